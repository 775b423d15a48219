//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub struct ConnectUser {
    /// DOC
    pub id: String,
    /// DOC
    pub email: String,
    /// DOC
    pub first_name: Option<String>,
    /// DOC
    pub last_name: Option<String>,
    /// DOC
    pub name: Option<String>,
    /// DOC
    #[serde(default)]
    pub metadata: Metadata,
}

/// DOC
#[derive(JsonSchema)]
pub struct UserConsentOptionChoice {
    /// DOC
    pub value: Option<String>,
    /// DOC
    pub label: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct UserConsentOption {
    /// DOC
    pub claim: String,
    /// DOC
    #[serde(rename = "type")]
    #[schemars(extend("const" = "enum"))]
    pub kind: String,
    /// DOC
    pub label: String,
    /// DOC
    pub choices: Vec<UserConsentOptionChoice>,
}

/// DOC
#[derive(JsonSchema)]
pub struct UserManagementLoginRequest {
    /// DOC
    pub external_auth_id: String,
    /// DOC
    pub user: ConnectUser,
    /// DOC
    #[serde(default)]
    pub user_consent_options: Vec<UserConsentOption>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ExternalAuthCompleteResponse {
    /// DOC
    pub redirect_uri: String,
}

/// DOC
#[derive(JsonSchema)]
pub enum ListConnectApplicationsRegistrationType {
    /// DOC
    #[serde(rename = "dynamic")]
    Dynamic,
    /// DOC
    #[serde(rename = "authenticated")]
    Authenticated,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListConnectApplicationsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// DOC
    #[serde(default)]
    pub registration_types: Vec<ListConnectApplicationsRegistrationType>,
    /// DOC
    pub organization_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ConnectApplication {
    /// DOC
    #[schemars(extend("const" = "connect_application"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub client_id: Option<String>,
    /// DOC
    pub description: Option<String>,
    /// DOC
    pub name: Option<String>,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct ConnectRedirectUri {
    /// DOC
    pub uri: String,
    /// DOC
    pub default: Option<bool>,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateConnectApplicationRequestOauth {
    /// DOC
    pub name: String,
    /// DOC
    pub description: Option<String>,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<String>,
    /// DOC
    #[serde(default)]
    pub redirect_uris: Vec<ConnectRedirectUri>,
    /// DOC
    pub uses_pkce: Option<bool>,
    /// DOC
    pub is_first_party: bool,
    /// DOC
    pub organization_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateConnectApplicationRequestM2m {
    /// DOC
    pub name: String,
    /// DOC
    pub description: Option<String>,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<String>,
    /// DOC
    pub organization_id: String,
}

/// DOC
#[derive(JsonSchema)]
#[serde(tag = "application_type")]
pub enum CreateConnectApplicationRequest {
    /// DOC
    #[serde(rename = "oauth")]
    Oauth(CreateConnectApplicationRequestOauth),
    /// DOC
    #[serde(rename = "m2m")]
    M2m(CreateConnectApplicationRequestM2m),
}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateOAuthApplication {
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub description: Option<String>,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<String>,
    /// DOC
    #[serde(default)]
    pub redirect_uris: Vec<ConnectRedirectUri>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListClientSecretsResponseItem {
    /// DOC
    #[schemars(extend("const" = "connect_application_secret"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub secret_hint: Option<String>,
    /// DOC
    pub last_used_at: Option<Timestamp>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
#[schemars(transparent)]
pub struct ListClientSecretsResponse(pub Vec<ListClientSecretsResponseItem>);

/// DOC
#[derive(JsonSchema)]
pub struct CreateApplicationSecret {}

/// DOC
#[derive(JsonSchema)]
pub struct NewConnectApplicationSecret {
    /// DOC
    #[schemars(extend("const" = "connect_application_secret"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub secret_hint: Option<String>,
    /// DOC
    pub last_used_at: Option<Timestamp>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
    /// DOC
    pub secret: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListOrganizationAuthorizedApplicationsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListOrganizationAuthorizedApplicationsItem {
    /// DOC
    #[schemars(extend("const" = "authorized_connect_application"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    #[serde(default)]
    pub granted_scopes: Vec<String>,
    /// DOC
    pub oauth_resource: Option<String>,
    /// DOC
    pub application: Option<ConnectApplication>,
    /// DOC
    pub user_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListUserAuthorizedApplicationsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListUserAuthorizedApplicationsItem {
    /// DOC
    #[schemars(extend("const" = "authorized_connect_application"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    #[serde(default)]
    pub granted_scopes: Vec<String>,
    /// DOC
    pub oauth_resource: Option<String>,
    /// DOC
    pub application: Option<ConnectApplication>,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/authkit/oauth2/complete", "complete_oauth2_login")
            .tag("workos-connect")
            .doc("DOC")
            .json_body::<UserManagementLoginRequest>()
            .returns::<ExternalAuthCompleteResponse>(200)
            .errors(&[400, 404, 422]),
        Operation::get("/connect/applications", "list_connect_applications")
            .tag("applications")
            .doc("DOC")
            .comma_separated("registration_types")
            .query::<ListConnectApplicationsQuery>()
            .list::<ConnectApplication>()
            .errors(&[422]),
        Operation::post("/connect/applications", "create_connect_application")
            .tag("applications")
            .doc("DOC")
            .json_body::<CreateConnectApplicationRequest>()
            .returns::<ConnectApplication>(201)
            .errors(&[404, 422]),
        Operation::get("/connect/applications/{id}", "get_connect_application")
            .tag("applications")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<ConnectApplication>(200)
            .errors(&[404]),
        Operation::put("/connect/applications/{id}", "update_connect_application")
            .tag("applications")
            .doc("DOC")
            .path_param("id", "DOC")
            .json_body::<UpdateOAuthApplication>()
            .returns::<ConnectApplication>(200)
            .errors(&[404, 422]),
        Operation::delete("/connect/applications/{id}", "delete_connect_application")
            .tag("applications")
            .doc("DOC")
            .path_param("id", "DOC")
            .empty(204)
            .errors(&[404]),
        Operation::get("/connect/applications/{id}/client_secrets", "list_client_secrets")
            .tag("application.client-secrets")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<ListClientSecretsResponse>(200)
            .errors(&[404]),
        Operation::post("/connect/applications/{id}/client_secrets", "create_client_secret")
            .tag("application.client-secrets")
            .doc("DOC")
            .path_param("id", "DOC")
            .json_body::<CreateApplicationSecret>()
            .returns::<NewConnectApplicationSecret>(201)
            .errors(&[404, 422]),
        Operation::delete("/connect/client_secrets/{id}", "delete_client_secret")
            .tag("application.client-secrets")
            .doc("DOC")
            .path_param("id", "DOC")
            .empty(204)
            .errors(&[404]),
        Operation::get(
            "/organizations/{organization_id}/authorized_applications",
            "list_organization_authorized_applications",
        )
        .tag("organizations.authorized-applications")
        .doc("DOC")
        .path_param("organization_id", "DOC")
        .query::<ListOrganizationAuthorizedApplicationsQuery>()
        .list::<ListOrganizationAuthorizedApplicationsItem>()
        .errors(&[404, 422]),
        Operation::get(
            "/user_management/users/{user_id}/authorized_applications",
            "list_user_authorized_applications",
        )
        .tag("user-management.users.authorized-applications")
        .doc("DOC")
        .path_param("user_id", "DOC")
        .query::<ListUserAuthorizedApplicationsQuery>()
        .list::<ListUserAuthorizedApplicationsItem>()
        .errors(&[404, 422]),
        Operation::delete(
            "/user_management/users/{user_id}/authorized_applications/{application_id}",
            "delete_user_authorized_application",
        )
        .tag("user-management.users.authorized-applications")
        .doc("DOC")
        .path_param("application_id", "DOC")
        .path_param("user_id", "DOC")
        .empty(204)
        .errors(&[404]),
    ]
}
