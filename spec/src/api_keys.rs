//! API keys that WorkOS issues and checks for your own API, owned by an organization or by a
//! user within an organization.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{ListQuery, PageQuery, Timestamp};

/// Request body that checks an API key value.
#[derive(JsonSchema)]
pub struct ValidateApiKey {
    /// The full key value a caller of your API presented.
    #[schemars(extend("format" = "password"))]
    pub value: String,
}

/// The outcome of a key check.
#[derive(JsonSchema)]
pub struct ApiKeyValidation {
    /// The key the value belongs to; `null` when the value is not a valid key.
    pub api_key: Option<ApiKey>,
    /// The agent registration the key was issued for, if any.
    pub agent_registration_id: Option<String>,
}

/// What kind of entity owns an API key.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ApiKeyOwnerType {
    /// An organization.
    Organization,
    /// A user, acting within one organization.
    User,
}

/// The entity an API key belongs to.
#[derive(JsonSchema)]
pub struct ApiKeyOwner {
    /// `organization` or `user`.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: ApiKeyOwnerType,
    /// The owner's id: `org_...` or `user_...`.
    pub id: String,
    /// For a user's key: the organization the key gives access to.
    pub organization_id: Option<String>,
}

// Wire: the reference describes three shapes (`ApiKey`, `OrganizationApiKey`, `UserApiKey`)
// that differ only in the owner they allow (either kind, an organization, a user); this one
// type, whose owner `type` is an open enum, serves every operation.
/// An API key, without its value.
#[derive(JsonSchema)]
pub struct ApiKey {
    /// Always `api_key`.
    #[schemars(extend("const" = "api_key"))]
    pub object: String,
    /// Unique id, `api_key_...`.
    pub id: String,
    /// Who the key belongs to.
    pub owner: Option<ApiKeyOwner>,
    /// Display name.
    pub name: Option<String>,
    /// The key with most characters masked (`sk_...3456`), to recognise it.
    pub obfuscated_value: Option<String>,
    /// When the key was last used; `null` if never.
    pub last_used_at: Option<Timestamp>,
    /// When the key stops working; `null` if it never expires.
    pub expires_at: Option<Timestamp>,
    /// The permission slugs granted to the key.
    #[serde(default)]
    pub permissions: Vec<String>,
    /// When the key was created.
    pub created_at: Timestamp,
    /// When the key last changed.
    pub updated_at: Timestamp,
}

// Wire: stands for the reference's `OrganizationApiKeyWithValue` and `UserApiKeyWithValue`,
// which differ only in their owner.
/// An API key just created, with its value.
#[derive(JsonSchema)]
pub struct NewApiKey {
    /// Always `api_key`.
    #[schemars(extend("const" = "api_key"))]
    pub object: String,
    /// Unique id, `api_key_...`.
    pub id: String,
    /// Who the key belongs to.
    pub owner: Option<ApiKeyOwner>,
    /// Display name.
    pub name: Option<String>,
    /// The key with most characters masked (`sk_...3456`), to recognise it.
    pub obfuscated_value: Option<String>,
    /// When the key was last used; `null` if never.
    pub last_used_at: Option<Timestamp>,
    /// When the key stops working; `null` if it never expires.
    pub expires_at: Option<Timestamp>,
    /// The permission slugs granted to the key.
    #[serde(default)]
    pub permissions: Vec<String>,
    /// When the key was created.
    pub created_at: Timestamp,
    /// When the key last changed.
    pub updated_at: Timestamp,
    /// The full key. Hand it to its owner now: the API never returns it again.
    #[schemars(extend("format" = "password"))]
    pub value: Option<String>,
}

/// Request body that expires an API key now or at a later time.
#[derive(JsonSchema)]
pub struct ExpireApiKey {
    /// When the key should stop working; absent or in the past, it stops at once.
    // Wire: the API also takes `null` here to cancel a scheduled expiry; an absent `Option`
    // is never sent as `null`, so that use is not available.
    pub expires_at: Option<Timestamp>,
}

/// Request body that creates an API key for an organization.
#[derive(JsonSchema)]
pub struct CreateOrganizationApiKey {
    /// Display name.
    pub name: String,
    /// The permission slugs to grant.
    #[serde(default)]
    pub permissions: Vec<String>,
    /// When the key should stop working, in the future; absent, it never expires.
    pub expires_at: Option<Timestamp>,
}

/// Query of a user's API key list.
#[derive(JsonSchema)]
pub struct ListUserApiKeysQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only keys that give access to this organization.
    pub organization_id: Option<String>,
}

/// Request body that creates an API key owned by a user.
#[derive(JsonSchema)]
pub struct CreateUserApiKey {
    /// Display name.
    pub name: String,
    /// The organization the key gives access to; the user must be an active member of it.
    pub organization_id: String,
    /// The permission slugs to grant; each must be allowed for user keys.
    #[serde(default)]
    pub permissions: Vec<String>,
    /// When the key should stop working, in the future; absent, it never expires.
    pub expires_at: Option<Timestamp>,
}

const ORGANIZATION_ID: &str = "The organization's id, `org_...`.";
const USER_ID: &str = "The user's id, `user_...`.";
const KEY_ID: &str = "The API key's id, `api_key_...`.";

/// The operations on API keys.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/api_keys/validations", "validate_api_key")
            .sdk("api_keys", "validate")
            .tag("api_keys")
            .doc("Checks an API key value and returns the key it belongs to, if any.")
            .json_body::<ValidateApiKey>()
            .returns::<ApiKeyValidation>(200)
            .errors(&[401, 422]),
        Operation::delete("/api_keys/{id}", "delete_api_key")
            .sdk("api_keys", "delete")
            .tag("api_keys")
            .doc("Deletes an API key for good; requests that present it fail from then on.")
            .path_param("id", KEY_ID)
            .empty(204)
            .errors(&[404]),
        Operation::post("/api_keys/{id}/expire", "expire_api_key")
            .sdk("api_keys", "expire")
            .tag("api_keys")
            .doc("Expires an API key now, or schedules its expiry.")
            .path_param("id", KEY_ID)
            .json_body::<ExpireApiKey>()
            .returns::<ApiKey>(200)
            .errors(&[404, 409, 422]),
        Operation::get("/organizations/{organizationId}/api_keys", "list_organization_api_keys")
            .sdk("api_keys", "list_for_organization")
            .tag("organizations.api_keys")
            .doc("Lists the API keys of an organization.")
            .path_param("organizationId", ORGANIZATION_ID)
            .query::<ListQuery>()
            .list::<ApiKey>()
            .errors(&[404]),
        Operation::post("/organizations/{organizationId}/api_keys", "create_organization_api_key")
            .sdk("api_keys", "create_for_organization")
            .tag("organizations.api_keys")
            .doc("Creates an API key owned by an organization; the answer holds its only copy.")
            .path_param("organizationId", ORGANIZATION_ID)
            .json_body::<CreateOrganizationApiKey>()
            .returns::<NewApiKey>(201)
            .errors(&[404, 422]),
        Operation::get("/user_management/users/{userId}/api_keys", "list_user_api_keys")
            .sdk("api_keys", "list_for_user")
            .tag("api_keys")
            .doc("Lists the API keys a user owns.")
            .path_param("userId", USER_ID)
            .query::<ListUserApiKeysQuery>()
            .list::<ApiKey>()
            .errors(&[404]),
        Operation::post("/user_management/users/{userId}/api_keys", "create_user_api_key")
            .sdk("api_keys", "create_for_user")
            .tag("api_keys")
            .doc("Creates an API key owned by a user; the answer holds its only copy.")
            .path_param("userId", USER_ID)
            .json_body::<CreateUserApiKey>()
            .returns::<NewApiKey>(201)
            .errors(&[400, 404, 422]),
    ]
}
