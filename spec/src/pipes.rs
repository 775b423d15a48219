//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub enum CreateDataIntegrationAuthMethod {
    /// DOC
    #[serde(rename = "oauth")]
    Oauth,
    /// DOC
    #[serde(rename = "api_key")]
    ApiKey,
    /// DOC
    #[serde(rename = "client_credentials")]
    ClientCredentials,
}

/// DOC
#[derive(JsonSchema)]
pub enum DataIntegrationCredentialsType {
    /// DOC
    #[serde(rename = "custom")]
    Custom,
    /// DOC
    #[serde(rename = "organization")]
    Organization,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationCredentials {
    /// DOC
    #[serde(rename = "type")]
    pub kind: DataIntegrationCredentialsType,
    /// DOC
    pub client_id: Option<String>,
    /// DOC
    pub client_secret: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ApiKeyInstallation {
    /// DOC
    pub secret: String,
    /// DOC
    pub user_id: String,
    /// DOC
    pub organization_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub enum CustomProviderDefinitionAuthenticateVia {
    /// DOC
    #[serde(rename = "request_body")]
    RequestBody,
    /// DOC
    #[serde(rename = "basic_auth_header")]
    BasicAuthHeader,
}

/// DOC
#[derive(JsonSchema)]
pub struct CustomProviderDefinition {
    /// DOC
    pub name: String,
    /// DOC
    pub authorization_url: Option<String>,
    /// DOC
    pub token_url: Option<String>,
    /// DOC
    pub refresh_token_url: Option<String>,
    /// DOC
    pub pkce_enabled: Option<bool>,
    /// DOC
    pub request_scope_separator: Option<String>,
    /// DOC
    pub scopes_required: Option<bool>,
    /// DOC
    pub client_secret_required: Option<bool>,
    /// DOC
    #[serde(default)]
    pub additional_authorization_parameters: Metadata,
    /// DOC
    pub token_body_content_type: Option<String>,
    /// DOC
    pub authenticate_via: Option<CustomProviderDefinitionAuthenticateVia>,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateDataIntegration {
    /// DOC
    pub provider: String,
    /// DOC
    pub description: Option<String>,
    /// DOC
    pub enabled: Option<bool>,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<String>,
    /// DOC
    #[serde(default)]
    pub auth_methods: Vec<CreateDataIntegrationAuthMethod>,
    /// DOC
    #[serde(default)]
    pub config: Metadata,
    /// DOC
    pub credentials: Option<DataIntegrationCredentials>,
    /// DOC
    pub api_key: Option<ApiKeyInstallation>,
    /// DOC
    pub custom_provider: Option<CustomProviderDefinition>,
}

/// DOC
#[derive(JsonSchema)]
pub enum DataIntegrationState {
    /// DOC
    #[serde(rename = "valid")]
    Valid,
    /// DOC
    #[serde(rename = "invalid")]
    Invalid,
    /// DOC
    #[serde(rename = "requested")]
    Requested,
}

/// DOC
#[derive(JsonSchema)]
pub struct PipesDataIntegrationCredentials {
    /// DOC
    #[serde(rename = "type")]
    pub kind: DataIntegrationCredentialsType,
    /// DOC
    pub client_id: Option<String>,
    /// DOC
    pub redacted_client_secret: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationInstallation {
    /// DOC
    pub id: String,
    /// DOC
    pub user_id: Option<String>,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub api_key_last_4: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationCustomProvider {
    /// DOC
    pub name: String,
    /// DOC
    pub authorization_url: Option<String>,
    /// DOC
    pub token_url: Option<String>,
    /// DOC
    pub refresh_token_url: Option<String>,
    /// DOC
    pub pkce_enabled: bool,
    /// DOC
    pub request_scope_separator: String,
    /// DOC
    pub scopes_required: bool,
    /// DOC
    pub client_secret_required: bool,
    /// DOC
    #[serde(default)]
    pub additional_authorization_parameters: Metadata,
    /// DOC
    pub token_body_content_type: String,
    /// DOC
    pub authenticate_via: CustomProviderDefinitionAuthenticateVia,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegration {
    /// DOC
    #[schemars(extend("const" = "data_integration"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub slug: Option<String>,
    /// DOC
    pub integration_type: Option<String>,
    /// DOC
    pub description: Option<String>,
    /// DOC
    pub enabled: Option<bool>,
    /// DOC
    pub state: Option<DataIntegrationState>,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<String>,
    /// DOC
    pub redirect_uri: Option<String>,
    /// DOC
    #[serde(default)]
    pub auth_methods: Vec<CreateDataIntegrationAuthMethod>,
    /// DOC
    pub credentials: Option<PipesDataIntegrationCredentials>,
    /// DOC
    pub installation: Option<DataIntegrationInstallation>,
    /// DOC
    #[serde(default)]
    pub config: Metadata,
    /// DOC
    pub custom_provider: Option<DataIntegrationCustomProvider>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListDataIntegrationsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateCustomProviderDefinition {
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub authorization_url: Option<String>,
    /// DOC
    pub token_url: Option<String>,
    /// DOC
    pub refresh_token_url: Option<String>,
    /// DOC
    pub pkce_enabled: Option<bool>,
    /// DOC
    pub request_scope_separator: Option<String>,
    /// DOC
    pub scopes_required: Option<bool>,
    /// DOC
    pub client_secret_required: Option<bool>,
    /// DOC
    #[serde(default)]
    pub additional_authorization_parameters: Metadata,
    /// DOC
    pub token_body_content_type: Option<String>,
    /// DOC
    pub authenticate_via: Option<CustomProviderDefinitionAuthenticateVia>,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateDataIntegration {
    /// DOC
    pub description: Option<String>,
    /// DOC
    pub enabled: Option<bool>,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<String>,
    /// DOC
    pub credentials: Option<DataIntegrationCredentials>,
    /// DOC
    pub api_key: Option<ApiKeyInstallation>,
    /// DOC
    pub custom_provider: Option<UpdateCustomProviderDefinition>,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpsertDataIntegrationApiKeyRequest {
    /// DOC
    pub user_id: String,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub secret: String,
}

/// DOC
#[derive(JsonSchema)]
pub enum ConnectedAccountState {
    /// DOC
    #[serde(rename = "connected")]
    Connected,
    /// DOC
    #[serde(rename = "needs_reauthorization")]
    NeedsReauthorization,
    /// DOC
    #[serde(rename = "disconnected")]
    Disconnected,
}

/// DOC
#[derive(JsonSchema)]
pub struct ConnectedAccount {
    /// DOC
    #[schemars(extend("const" = "connected_account"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub user_id: Option<String>,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<String>,
    /// DOC
    pub auth_method: Option<CreateDataIntegrationAuthMethod>,
    /// DOC
    pub api_key_last_4: Option<String>,
    /// DOC
    pub client_id: Option<String>,
    /// DOC
    pub client_secret_last_4: Option<String>,
    /// DOC
    #[serde(default)]
    pub config: Metadata,
    /// DOC
    pub state: Option<ConnectedAccountState>,
    /// DOC
    pub created_at: String,
    /// DOC
    pub updated_at: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct GetDataIntegrationAuthorizationUrlRequest {
    /// DOC
    pub user_id: String,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub return_to: Option<String>,
    /// DOC
    #[serde(default)]
    pub config: Metadata,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationAuthorizeUrlResponse {
    /// DOC
    pub url: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpsertDataIntegrationClientCredentialsRequest {
    /// DOC
    pub user_id: String,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub client_id: String,
    /// DOC
    pub client_secret: String,
    /// DOC
    #[serde(default)]
    pub config: Metadata,
}

/// DOC
#[derive(JsonSchema)]
pub struct VendDataIntegrationCredentialsRequest {
    /// DOC
    pub user_id: String,
    /// DOC
    pub organization_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationCredentialsResponseVariant1Credential {
    /// DOC
    #[schemars(extend("const" = "credential"))]
    pub object: String,
    /// DOC
    #[schemars(extend("const" = "oauth"))]
    pub auth_method: String,
    /// DOC
    pub value: String,
    /// DOC
    pub expires_at: Option<String>,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<String>,
    /// DOC
    #[serde(default)]
    pub missing_scopes: Vec<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationCredentialsResponseVariant1 {
    /// DOC
    pub active: bool,
    /// DOC
    pub credential: DataIntegrationCredentialsResponseVariant1Credential,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationCredentialsResponseVariant2Credential {
    /// DOC
    #[schemars(extend("const" = "credential"))]
    pub object: String,
    /// DOC
    #[schemars(extend("const" = "api_key"))]
    pub auth_method: String,
    /// DOC
    pub value: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationCredentialsResponseVariant2 {
    /// DOC
    pub active: bool,
    /// DOC
    pub credential: DataIntegrationCredentialsResponseVariant2Credential,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationCredentialsResponseVariant3Credential {
    /// DOC
    #[schemars(extend("const" = "credential"))]
    pub object: String,
    /// DOC
    #[schemars(extend("const" = "client_credentials"))]
    pub auth_method: String,
    /// DOC
    pub value: String,
    /// DOC
    pub expires_at: Option<String>,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<String>,
    /// DOC
    #[serde(default)]
    pub missing_scopes: Vec<String>,
    /// DOC
    #[serde(default)]
    pub metadata: Json,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationCredentialsResponseVariant3 {
    /// DOC
    pub active: bool,
    /// DOC
    pub credential: DataIntegrationCredentialsResponseVariant3Credential,
}

/// DOC
#[derive(JsonSchema)]
pub enum DataIntegrationCredentialsResponseVariant4Error {
    /// DOC
    #[serde(rename = "not_installed")]
    NotInstalled,
    /// DOC
    #[serde(rename = "needs_reauthorization")]
    NeedsReauthorization,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationCredentialsResponseVariant4 {
    /// DOC
    pub active: bool,
    /// DOC
    pub error: DataIntegrationCredentialsResponseVariant4Error,
}

/// DOC
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum DataIntegrationCredentialsResponse {
    /// DOC
    Variant1(DataIntegrationCredentialsResponseVariant1),
    /// DOC
    Variant2(DataIntegrationCredentialsResponseVariant2),
    /// DOC
    Variant3(DataIntegrationCredentialsResponseVariant3),
    /// DOC
    Variant4(DataIntegrationCredentialsResponseVariant4),
}

/// DOC
#[derive(JsonSchema)]
pub struct GetDataIntegrationTokenRequest {
    /// DOC
    pub user_id: String,
    /// DOC
    pub organization_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationAccessTokenResponseVariant1AccessToken {
    /// DOC
    #[schemars(extend("const" = "access_token"))]
    pub object: String,
    /// DOC
    pub access_token: String,
    /// DOC
    pub expires_at: Option<String>,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<String>,
    /// DOC
    #[serde(default)]
    pub missing_scopes: Vec<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationAccessTokenResponseVariant1 {
    /// DOC
    pub active: bool,
    /// DOC
    pub access_token: DataIntegrationAccessTokenResponseVariant1AccessToken,
}

/// DOC
#[derive(JsonSchema)]
pub enum DataIntegrationAccessTokenResponseVariant2Error {
    /// DOC
    #[serde(rename = "needs_reauthorization")]
    NeedsReauthorization,
    /// DOC
    #[serde(rename = "not_installed")]
    NotInstalled,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationAccessTokenResponseVariant2 {
    /// DOC
    pub active: bool,
    /// DOC
    pub error: DataIntegrationAccessTokenResponseVariant2Error,
}

/// DOC
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum DataIntegrationAccessTokenResponse {
    /// DOC
    Variant1(DataIntegrationAccessTokenResponseVariant1),
    /// DOC
    Variant2(DataIntegrationAccessTokenResponseVariant2),
}

/// DOC
#[derive(JsonSchema)]
pub enum DataIntegrationCredentials2CredentialsType {
    /// DOC
    #[serde(rename = "shared")]
    Shared,
    /// DOC
    #[serde(rename = "custom")]
    Custom,
    /// DOC
    #[serde(rename = "organization")]
    Organization,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationCredentials2 {
    /// DOC
    pub credentials_type: DataIntegrationCredentials2CredentialsType,
    /// DOC
    pub has_credentials: bool,
    /// DOC
    pub client_id: Option<String>,
    /// DOC
    pub client_secret_last_four: Option<String>,
    /// DOC
    pub redirect_uri: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationConfigurationResponse {
    /// DOC
    #[schemars(extend("const" = "data_integration_configuration"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub slug: Option<String>,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub enabled: Option<bool>,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<String>,
    /// DOC
    #[serde(default)]
    pub config: Metadata,
    /// DOC
    pub created_at: String,
    /// DOC
    pub updated_at: String,
    /// DOC
    pub credentials: Option<DataIntegrationCredentials2>,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationConfigurationListResponse {
    /// DOC
    #[schemars(extend("const" = "list"))]
    pub object: String,
    /// DOC
    #[serde(default)]
    pub data: Vec<DataIntegrationConfigurationResponse>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ConfigureDataIntegrationBody {
    /// DOC
    pub enabled: Option<bool>,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<String>,
    /// DOC
    pub client_id: Option<String>,
    /// DOC
    pub client_secret: Option<String>,
    /// DOC
    #[serde(default)]
    pub config: Metadata,
}

/// DOC
#[derive(JsonSchema)]
pub struct GetConnectedAccountQuery {
    /// DOC
    pub organization_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct DeleteConnectedAccountQuery {
    /// DOC
    pub organization_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ImportConnectedAccountQuery {
    /// DOC
    pub organization_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub enum PipesConnectedAccountState {
    /// DOC
    #[serde(rename = "connected")]
    Connected,
    /// DOC
    #[serde(rename = "needs_reauthorization")]
    NeedsReauthorization,
}

/// DOC
#[derive(JsonSchema)]
pub struct PipesConnectedAccount {
    /// DOC
    pub access_token: Option<String>,
    /// DOC
    pub refresh_token: Option<String>,
    /// DOC
    pub expires_at: Option<Timestamp>,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<String>,
    /// DOC
    pub state: Option<PipesConnectedAccountState>,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateConnectedAccountQuery {
    /// DOC
    pub organization_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListUserDataProvidersQuery {
    /// DOC
    pub organization_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub enum DataIntegrationsListResponseDataOwnership {
    /// DOC
    #[serde(rename = "userland_user")]
    UserlandUser,
    /// DOC
    #[serde(rename = "organization")]
    Organization,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationsListResponseDataConnectedAccount {
    /// DOC
    #[schemars(extend("const" = "connected_account"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub user_id: Option<String>,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<String>,
    /// DOC
    pub auth_method: Option<CreateDataIntegrationAuthMethod>,
    /// DOC
    pub api_key_last_4: Option<String>,
    /// DOC
    pub client_id: Option<String>,
    /// DOC
    pub client_secret_last_4: Option<String>,
    /// DOC
    #[serde(default)]
    pub config: Metadata,
    /// DOC
    pub state: Option<ConnectedAccountState>,
    /// DOC
    pub created_at: String,
    /// DOC
    pub updated_at: String,
    /// DOC
    #[serde(rename = "userlandUserId")]
    #[deprecated]
    pub userland_user_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationsListResponseData {
    /// DOC
    #[schemars(extend("const" = "data_provider"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub description: Option<String>,
    /// DOC
    pub slug: Option<String>,
    /// DOC
    pub integration_type: Option<String>,
    /// DOC
    pub credentials_type: Option<String>,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<String>,
    /// DOC
    #[serde(default)]
    pub auth_methods: Vec<CreateDataIntegrationAuthMethod>,
    /// DOC
    pub ownership: Option<DataIntegrationsListResponseDataOwnership>,
    /// DOC
    pub created_at: String,
    /// DOC
    pub updated_at: String,
    /// DOC
    pub connected_account: Option<DataIntegrationsListResponseDataConnectedAccount>,
}

/// DOC
#[derive(JsonSchema)]
pub struct DataIntegrationsListResponse {
    /// DOC
    #[schemars(extend("const" = "list"))]
    pub object: String,
    /// DOC
    #[serde(default)]
    pub data: Vec<DataIntegrationsListResponseData>,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/data-integrations", "create_data_integration")
            .tag("pipes")
            .doc("DOC")
            .json_body::<CreateDataIntegration>()
            .returns::<DataIntegration>(201)
            .errors(&[400, 401, 403, 404, 409, 422]),
        Operation::get("/data-integrations", "list_data_integrations")
            .tag("pipes")
            .doc("DOC")
            .query::<ListDataIntegrationsQuery>()
            .list::<DataIntegration>()
            .errors(&[401]),
        Operation::get("/data-integrations/{slug}", "get_data_integration")
            .tag("pipes")
            .doc("DOC")
            .path_param("slug", "DOC")
            .returns::<DataIntegration>(200)
            .errors(&[401, 404]),
        Operation::put("/data-integrations/{slug}", "update_data_integration")
            .tag("pipes")
            .doc("DOC")
            .path_param("slug", "DOC")
            .json_body::<UpdateDataIntegration>()
            .returns::<DataIntegration>(200)
            .errors(&[400, 401, 403, 404, 422]),
        Operation::delete("/data-integrations/{slug}", "delete_data_integration")
            .tag("pipes")
            .doc("DOC")
            .path_param("slug", "DOC")
            .empty(204)
            .errors(&[401, 404]),
        Operation::put("/data-integrations/{slug}/api-key", "upsert_data_integration_api_key")
            .tag("pipes")
            .doc("DOC")
            .path_param("slug", "DOC")
            .json_body::<UpsertDataIntegrationApiKeyRequest>()
            .returns::<ConnectedAccount>(200)
            .errors(&[400, 401, 403, 404, 422]),
        Operation::post("/data-integrations/{slug}/authorize", "get_data_integration_authorization_url")
            .tag("pipes")
            .doc("DOC")
            .path_param("slug", "DOC")
            .json_body::<GetDataIntegrationAuthorizationUrlRequest>()
            .returns::<DataIntegrationAuthorizeUrlResponse>(200)
            .errors(&[400, 401, 403, 404]),
        Operation::put(
            "/data-integrations/{slug}/client-credentials",
            "upsert_data_integration_client_credentials",
        )
        .tag("pipes")
        .doc("DOC")
        .path_param("slug", "DOC")
        .json_body::<UpsertDataIntegrationClientCredentialsRequest>()
        .returns::<ConnectedAccount>(200)
        .errors(&[400, 401, 403, 404, 422]),
        Operation::post("/data-integrations/{slug}/credentials", "vend_data_integration_credentials")
            .tag("pipes")
            .doc("DOC")
            .path_param("slug", "DOC")
            .json_body::<VendDataIntegrationCredentialsRequest>()
            .returns::<DataIntegrationCredentialsResponse>(200)
            .errors(&[400, 401, 404, 422]),
        Operation::post("/data-integrations/{slug}/token", "get_data_integration_token")
            .tag("pipes")
            .doc("DOC")
            .path_param("slug", "DOC")
            .json_body::<GetDataIntegrationTokenRequest>()
            .returns::<DataIntegrationAccessTokenResponse>(200)
            .errors(&[400, 401, 404, 422]),
        Operation::get(
            "/organizations/{organizationId}/data_integration_configurations",
            "list_organization_data_integrations",
        )
        .tag("pipes.provider")
        .doc("DOC")
        .path_param("organizationId", "DOC")
        .returns::<DataIntegrationConfigurationListResponse>(200)
        .errors(&[401, 404]),
        Operation::put(
            "/organizations/{organizationId}/data_integration_configurations/{slug}",
            "configure_organization_data_integration",
        )
        .tag("pipes.provider")
        .doc("DOC")
        .path_param("organizationId", "DOC")
        .path_param("slug", "DOC")
        .json_body::<ConfigureDataIntegrationBody>()
        .returns::<DataIntegrationConfigurationResponse>(200)
        .errors(&[400, 401, 404, 422]),
        Operation::get("/user_management/users/{user_id}/connected_accounts/{slug}", "get_connected_account")
            .tag("user-management.data-providers")
            .doc("DOC")
            .path_param("user_id", "DOC")
            .path_param("slug", "DOC")
            .query::<GetConnectedAccountQuery>()
            .returns::<ConnectedAccount>(200)
            .errors(&[401, 404]),
        Operation::delete(
            "/user_management/users/{user_id}/connected_accounts/{slug}",
            "delete_connected_account",
        )
        .tag("user-management.data-providers")
        .doc("DOC")
        .path_param("user_id", "DOC")
        .path_param("slug", "DOC")
        .query::<DeleteConnectedAccountQuery>()
        .empty(204)
        .errors(&[401, 404]),
        Operation::post(
            "/user_management/users/{user_id}/connected_accounts/{slug}",
            "import_connected_account",
        )
        .tag("user-management.data-providers")
        .doc("DOC")
        .path_param("user_id", "DOC")
        .path_param("slug", "DOC")
        .query::<ImportConnectedAccountQuery>()
        .json_body::<PipesConnectedAccount>()
        .returns::<ConnectedAccount>(201)
        .errors(&[401, 404, 409, 422]),
        Operation::put(
            "/user_management/users/{user_id}/connected_accounts/{slug}",
            "update_connected_account",
        )
        .tag("user-management.data-providers")
        .doc("DOC")
        .path_param("user_id", "DOC")
        .path_param("slug", "DOC")
        .query::<UpdateConnectedAccountQuery>()
        .json_body::<PipesConnectedAccount>()
        .returns::<ConnectedAccount>(200)
        .errors(&[401, 404]),
        Operation::get("/user_management/users/{user_id}/data_providers", "list_user_data_providers")
            .tag("user-management.data-providers")
            .doc("DOC")
            .path_param("user_id", "DOC")
            .query::<ListUserDataProvidersQuery>()
            .returns::<DataIntegrationsListResponse>(200)
            .errors(&[401, 404]),
    ]
}
