//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub struct ValidateApiKey {
    /// DOC
    pub value: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct ApiKeyOwnerOrganization {
    /// DOC
    pub id: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct ApiKeyOwnerUser {
    /// DOC
    pub id: String,
    /// DOC
    pub organization_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
#[serde(tag = "type")]
pub enum ApiKeyOwner {
    /// DOC
    #[serde(rename = "organization")]
    Organization(ApiKeyOwnerOrganization),
    /// DOC
    #[serde(rename = "user")]
    User(ApiKeyOwnerUser),
}

/// DOC
#[derive(JsonSchema)]
pub struct ApiKey {
    /// DOC
    #[schemars(extend("const" = "api_key"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub owner: Option<ApiKeyOwner>,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub obfuscated_value: Option<String>,
    /// DOC
    pub last_used_at: Option<Timestamp>,
    /// DOC
    pub expires_at: Option<Timestamp>,
    /// DOC
    #[serde(default)]
    pub permissions: Vec<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct ApiKeyValidationResponse {
    /// DOC
    pub api_key: Option<ApiKey>,
    /// DOC
    pub agent_registration_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ExpireApiKey {
    /// DOC
    pub expires_at: Option<Timestamp>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListOrganizationApiKeysQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct OrganizationApiKeyOwner {
    /// DOC
    #[serde(rename = "type")]
    #[schemars(extend("const" = "organization"))]
    pub kind: String,
    /// DOC
    pub id: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct OrganizationApiKey {
    /// DOC
    #[schemars(extend("const" = "api_key"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub owner: Option<OrganizationApiKeyOwner>,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub obfuscated_value: Option<String>,
    /// DOC
    pub last_used_at: Option<Timestamp>,
    /// DOC
    pub expires_at: Option<Timestamp>,
    /// DOC
    #[serde(default)]
    pub permissions: Vec<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateOrganizationApiKey {
    /// DOC
    pub name: String,
    /// DOC
    #[serde(default)]
    pub permissions: Vec<String>,
    /// DOC
    pub expires_at: Option<Timestamp>,
}

/// DOC
#[derive(JsonSchema)]
pub struct OrganizationApiKeyWithValue {
    /// DOC
    #[schemars(extend("const" = "api_key"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub owner: Option<OrganizationApiKeyOwner>,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub obfuscated_value: Option<String>,
    /// DOC
    pub last_used_at: Option<Timestamp>,
    /// DOC
    pub expires_at: Option<Timestamp>,
    /// DOC
    #[serde(default)]
    pub permissions: Vec<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
    /// DOC
    pub value: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListUserApiKeysQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// DOC
    pub organization_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct UserApiKeyOwner {
    /// DOC
    #[serde(rename = "type")]
    #[schemars(extend("const" = "user"))]
    pub kind: String,
    /// DOC
    pub id: String,
    /// DOC
    pub organization_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct UserApiKey {
    /// DOC
    #[schemars(extend("const" = "api_key"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub owner: Option<UserApiKeyOwner>,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub obfuscated_value: Option<String>,
    /// DOC
    pub last_used_at: Option<Timestamp>,
    /// DOC
    pub expires_at: Option<Timestamp>,
    /// DOC
    #[serde(default)]
    pub permissions: Vec<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateUserApiKey {
    /// DOC
    pub name: String,
    /// DOC
    pub organization_id: String,
    /// DOC
    #[serde(default)]
    pub permissions: Vec<String>,
    /// DOC
    pub expires_at: Option<Timestamp>,
}

/// DOC
#[derive(JsonSchema)]
pub struct UserApiKeyWithValue {
    /// DOC
    #[schemars(extend("const" = "api_key"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub owner: Option<UserApiKeyOwner>,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub obfuscated_value: Option<String>,
    /// DOC
    pub last_used_at: Option<Timestamp>,
    /// DOC
    pub expires_at: Option<Timestamp>,
    /// DOC
    #[serde(default)]
    pub permissions: Vec<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
    /// DOC
    pub value: Option<String>,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/api_keys/validations", "validate_api_key")
            .tag("api_keys")
            .doc("DOC")
            .json_body::<ValidateApiKey>()
            .returns::<ApiKeyValidationResponse>(200)
            .errors(&[401, 422]),
        Operation::delete("/api_keys/{id}", "delete_api_key")
            .tag("api_keys")
            .doc("DOC")
            .path_param("id", "DOC")
            .empty(204)
            .errors(&[404]),
        Operation::post("/api_keys/{id}/expire", "expire_api_key")
            .tag("api_keys")
            .doc("DOC")
            .path_param("id", "DOC")
            .json_body::<ExpireApiKey>()
            .returns::<ApiKey>(200)
            .errors(&[404, 409, 422]),
        Operation::get("/organizations/{organizationId}/api_keys", "list_organization_api_keys")
            .tag("organizations.api_keys")
            .doc("DOC")
            .path_param("organizationId", "DOC")
            .query::<ListOrganizationApiKeysQuery>()
            .list::<OrganizationApiKey>()
            .errors(&[404]),
        Operation::post("/organizations/{organizationId}/api_keys", "create_organization_api_key")
            .tag("organizations.api_keys")
            .doc("DOC")
            .path_param("organizationId", "DOC")
            .json_body::<CreateOrganizationApiKey>()
            .returns::<OrganizationApiKeyWithValue>(201)
            .errors(&[404, 422]),
        Operation::get("/user_management/users/{userId}/api_keys", "list_user_api_keys")
            .tag("api_keys")
            .doc("DOC")
            .path_param("userId", "DOC")
            .query::<ListUserApiKeysQuery>()
            .list::<UserApiKey>()
            .errors(&[404]),
        Operation::post("/user_management/users/{userId}/api_keys", "create_user_api_key")
            .tag("api_keys")
            .doc("DOC")
            .path_param("userId", "DOC")
            .json_body::<CreateUserApiKey>()
            .returns::<UserApiKeyWithValue>(201)
            .errors(&[400, 404, 422]),
    ]
}
