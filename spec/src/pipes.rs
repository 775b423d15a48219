//! Pipes: data integrations with third-party providers, and the accounts users connect
//! through them.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// How an account authenticates with a provider.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DataIntegrationAuthMethod {
    /// The user goes through the provider's OAuth flow.
    Oauth,
    /// An API key, supplied per connected account.
    ApiKey,
    /// An OAuth client id and secret, supplied per connected account.
    ClientCredentials,
}

/// Who supplies the OAuth app of a data integration.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DataIntegrationCredentialsType {
    /// Your own OAuth app, set on the integration.
    Custom,
    /// Each organization brings its own OAuth app.
    Organization,
}

/// The OAuth app a data integration uses. `client_id` and `client_secret` are required with
/// `custom` and must be left out with `organization`.
#[derive(JsonSchema)]
pub struct OAuthAppCredentials {
    /// Who supplies the OAuth app.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: DataIntegrationCredentialsType,
    /// The OAuth app's client id.
    pub client_id: Option<String>,
    /// The OAuth app's client secret.
    #[schemars(extend("format" = "password"))]
    pub client_secret: Option<String>,
}

/// An API key to store on the connected account of a user (and optionally an organization).
#[derive(JsonSchema)]
pub struct ApiKeyInstallation {
    /// The API key.
    #[schemars(extend("format" = "password"))]
    pub secret: String,
    /// The user the account belongs to, `user_...`.
    pub user_id: String,
    /// The organization the account is scoped to, if any.
    pub organization_id: Option<String>,
}

/// How a provider expects the OAuth client id and secret in token requests.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TokenEndpointAuth {
    /// As fields of the request body.
    RequestBody,
    /// In an HTTP Basic `Authorization` header.
    BasicAuthHeader,
}

/// The definition of a custom OAuth provider, given when its data integration is created.
/// The URLs are required for OAuth providers and left out for API key providers.
#[derive(JsonSchema)]
pub struct CustomProviderDefinition {
    /// Display name of the provider.
    pub name: String,
    /// The provider's authorization endpoint.
    pub authorization_url: Option<String>,
    /// The provider's token endpoint.
    pub token_url: Option<String>,
    /// The endpoint that refreshes tokens, when it is not the token endpoint.
    pub refresh_token_url: Option<String>,
    /// Whether the authorization flow uses PKCE (the API's default is `true`).
    pub pkce_enabled: Option<bool>,
    /// What joins scopes in a request (the API's default is a space).
    pub request_scope_separator: Option<String>,
    /// Whether a connection must request at least one scope (the API's default is `false`).
    pub scopes_required: Option<bool>,
    /// Whether the provider needs a client secret (the API's default is `true`).
    pub client_secret_required: Option<bool>,
    /// Fixed query parameters added to every authorization request.
    pub additional_authorization_parameters: Option<Metadata>,
    /// The `Content-Type` of token requests.
    pub token_body_content_type: Option<String>,
    /// How the client id and secret are sent in token requests.
    pub authenticate_via: Option<TokenEndpointAuth>,
}

/// Request body that creates a data integration.
///
/// For a built-in provider, `provider` is its slug; for a custom provider it is a new slug and
/// `custom_provider` is required. OAuth integrations (the default `auth_methods`) need
/// `credentials`; `api_key` and `client_credentials` integrations do not, and an `api_key`
/// integration may install its first key at once with `api_key`.
#[derive(JsonSchema)]
pub struct CreateDataIntegration {
    /// The built-in provider's slug, or the new custom provider's slug.
    pub provider: String,
    /// What the integration is for.
    pub description: Option<String>,
    /// Whether the integration is on (the API's default is `false`).
    pub enabled: Option<bool>,
    /// The OAuth scopes to request; left out, the provider's own scopes apply.
    pub scopes: Option<Vec<String>>,
    /// How accounts authenticate (the API's default is `oauth` only).
    #[serde(default)]
    pub auth_methods: Vec<DataIntegrationAuthMethod>,
    /// Values for the configuration fields the provider declares, by field name.
    pub config: Option<Metadata>,
    /// The OAuth app to use; required for OAuth integrations.
    pub credentials: Option<OAuthAppCredentials>,
    /// A first API key to install, on `api_key` integrations.
    pub api_key: Option<ApiKeyInstallation>,
    /// The definition of a custom provider.
    pub custom_provider: Option<CustomProviderDefinition>,
    /// Whether users or organizations connect to the new integration (the API's default is
    /// `user`); it cannot change later, and a provider has at most one integration of each.
    pub ownership: Option<DataIntegrationOwnership>,
}

/// Who connects accounts to a data integration.
#[derive(JsonSchema)]
pub enum DataIntegrationOwnership {
    /// Users connect their own accounts.
    #[serde(rename = "user")]
    User,
    /// Organizations connect accounts shared by their members.
    #[serde(rename = "organization")]
    Organization,
}

/// Query of the data integration list.
#[derive(JsonSchema)]
pub struct ListDataIntegrationsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only integrations with this ownership; left out, both kinds are listed.
    pub ownership: Option<DataIntegrationOwnership>,
}

/// Whether a data integration can be used.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DataIntegrationState {
    /// Configured and usable.
    Valid,
    /// The configuration does not work.
    Invalid,
    /// Requested, not set up yet.
    Requested,
}

/// The OAuth app of a data integration, without its secret.
#[derive(JsonSchema)]
pub struct RedactedOAuthAppCredentials {
    /// Who supplies the OAuth app.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: Option<DataIntegrationCredentialsType>,
    /// The OAuth app's client id; `null` with `organization` credentials.
    pub client_id: Option<String>,
    /// The last four characters of the client secret; `null` with `organization` credentials.
    pub redacted_client_secret: Option<String>,
}

/// The connected account installed along with a new `api_key` integration.
#[derive(JsonSchema)]
pub struct DataIntegrationInstallation {
    /// Unique id, `data_installation_...`.
    pub id: String,
    /// How the account takes part in the integration's connections.
    pub connection_role: Option<ConnectionRole>,
    /// The provider's identifier for the account, if one was given.
    pub account_identifier: Option<String>,
    /// A readable name for the account, if one was given.
    pub account_display_name: Option<String>,
    /// The user the key was installed for; `null` for an account held by an organization.
    pub user_id: Option<String>,
    /// The organization the account is scoped to, if any.
    pub organization_id: Option<String>,
    /// The last four characters of the stored key.
    pub api_key_last_4: Option<String>,
}

/// The definition of a custom OAuth provider, as stored.
#[derive(JsonSchema)]
pub struct DataIntegrationCustomProvider {
    /// Display name of the provider.
    pub name: String,
    /// The provider's authorization endpoint.
    pub authorization_url: Option<String>,
    /// The provider's token endpoint.
    pub token_url: Option<String>,
    /// The endpoint that refreshes tokens, when it is not the token endpoint.
    pub refresh_token_url: Option<String>,
    /// Whether the authorization flow uses PKCE.
    pub pkce_enabled: Option<bool>,
    /// What joins scopes in a request.
    pub request_scope_separator: Option<String>,
    /// Whether a connection must request at least one scope.
    pub scopes_required: Option<bool>,
    /// Whether the provider needs a client secret.
    pub client_secret_required: Option<bool>,
    /// Fixed query parameters added to every authorization request.
    #[serde(default)]
    pub additional_authorization_parameters: Metadata,
    /// The `Content-Type` of token requests.
    pub token_body_content_type: Option<String>,
    /// How the client id and secret are sent in token requests.
    pub authenticate_via: Option<TokenEndpointAuth>,
}

/// The environment's link to one provider, through which users connect their accounts.
#[derive(JsonSchema)]
pub struct DataIntegration {
    /// Always `data_integration`.
    #[schemars(extend("const" = "data_integration"))]
    pub object: String,
    /// Unique id, `data_integration_...`.
    pub id: String,
    /// The provider's slug, which names the integration in paths.
    pub slug: String,
    /// The kind of integration, derived from the provider.
    pub integration_type: Option<String>,
    /// Whether users or organizations connect to the integration.
    pub ownership: Option<DataIntegrationOwnership>,
    /// What the integration is for.
    pub description: Option<String>,
    /// Whether the integration is on.
    pub enabled: Option<bool>,
    /// Whether the integration can be used.
    pub state: Option<DataIntegrationState>,
    /// The OAuth scopes requested; empty when the provider's own scopes apply.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// The redirect URI to register with the provider's OAuth app.
    pub redirect_uri: Option<String>,
    /// How accounts authenticate.
    #[serde(default)]
    pub auth_methods: Vec<DataIntegrationAuthMethod>,
    /// The OAuth app; `null` on `api_key` integrations.
    pub credentials: Option<RedactedOAuthAppCredentials>,
    /// The account installed by an `api_key` given in the same request; `null` in lists and
    /// fetches.
    pub installation: Option<DataIntegrationInstallation>,
    /// Values of the provider's configuration fields, by field name.
    #[serde(default)]
    pub config: Metadata,
    /// The provider's definition, for a custom provider; `null` for a built-in one.
    pub custom_provider: Option<DataIntegrationCustomProvider>,
    /// When the integration was created.
    pub created_at: Timestamp,
    /// When the integration last changed.
    pub updated_at: Timestamp,
}

/// Changes to a custom provider's definition; absent fields keep their value.
#[derive(JsonSchema)]
pub struct UpdateCustomProviderDefinition {
    /// New display name.
    pub name: Option<String>,
    /// New authorization endpoint.
    pub authorization_url: Option<String>,
    /// New token endpoint.
    pub token_url: Option<String>,
    /// New refresh endpoint.
    pub refresh_token_url: Option<String>,
    /// Whether the authorization flow uses PKCE.
    pub pkce_enabled: Option<bool>,
    /// What joins scopes in a request.
    pub request_scope_separator: Option<String>,
    /// Whether a connection must request at least one scope.
    pub scopes_required: Option<bool>,
    /// Whether the provider needs a client secret.
    pub client_secret_required: Option<bool>,
    /// Fixed query parameters added to every authorization request.
    pub additional_authorization_parameters: Option<Metadata>,
    /// The `Content-Type` of token requests.
    pub token_body_content_type: Option<String>,
    /// How the client id and secret are sent in token requests.
    pub authenticate_via: Option<TokenEndpointAuth>,
}

/// Request body that changes a data integration; absent fields keep their value.
/// `credentials` and `api_key` cannot be given together.
#[derive(JsonSchema)]
pub struct UpdateDataIntegration {
    /// New description.
    pub description: Option<String>,
    /// Turns the integration on or off.
    pub enabled: Option<bool>,
    /// The OAuth scopes to request.
    pub scopes: Option<Vec<String>>,
    /// A new OAuth app; replaces the stored client secret.
    pub credentials: Option<OAuthAppCredentials>,
    /// An API key to install or rotate for one user (and organization), on `api_key`
    /// integrations.
    pub api_key: Option<ApiKeyInstallation>,
    /// Changes to the definition, for a custom provider only.
    pub custom_provider: Option<UpdateCustomProviderDefinition>,
}

/// Whether a connected account can be used.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConnectedAccountState {
    /// Connected; its credentials work.
    Connected,
    /// The user must authorize again, for example because the requested scopes changed.
    NeedsReauthorization,
    /// Disconnected.
    Disconnected,
}

/// A user's account at a provider, connected through a data integration.
#[derive(JsonSchema)]
pub struct ConnectedAccount {
    /// Always `connected_account`.
    #[schemars(extend("const" = "connected_account"))]
    pub object: String,
    /// Unique id, `data_installation_...`.
    pub id: String,
    /// The user the account belongs to.
    pub user_id: Option<String>,
    /// Deprecated: the user the account belongs to, under its older name.
    // Read by WorkOS's Node SDK on data providers' accounts (workos-newer2-changes.md C5).
    #[schemars(transform = crate::extensions::deprecated("read `user_id`, which holds the same id"))]
    pub userland_user_id: Option<String>,
    /// The organization the account is scoped to; `null` when it is not.
    pub organization_id: Option<String>,
    /// The OAuth scopes granted.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// How the account authenticates; absent means `oauth`.
    pub auth_method: Option<DataIntegrationAuthMethod>,
    /// The last four characters of the API key, on `api_key` accounts.
    pub api_key_last_4: Option<String>,
    /// The client id, on `client_credentials` accounts.
    pub client_id: Option<String>,
    /// The last four characters of the client secret, on `client_credentials` accounts.
    pub client_secret_last_4: Option<String>,
    /// The account's non-secret configuration values, on `client_credentials` accounts.
    #[serde(default)]
    pub config: Metadata,
    /// Whether the account can be used.
    pub state: Option<ConnectedAccountState>,
    /// Why the account is in its state, when it is not plainly usable.
    pub state_reason: Option<ConnectedAccountStateReason>,
    /// How the account takes part in the integration's connections.
    pub connection_role: Option<ConnectionRole>,
    /// The provider's identifier for the account (an e-mail address, a workspace id...).
    pub account_identifier: Option<String>,
    /// A readable name for the account, for your interface.
    pub account_display_name: Option<String>,
    /// The user who connected the account, when it belongs to an organization.
    pub established_by_user_id: Option<String>,
    /// Problems the account has that do not stop it from working.
    #[serde(default)]
    pub warnings: Vec<ConnectedAccountWarning>,
    /// When the account was connected.
    pub created_at: String,
    /// When the account last changed.
    pub updated_at: String,
}

/// Why a connected account is in its state.
#[derive(JsonSchema)]
pub enum ConnectedAccountStateReason {
    /// The member who connected the account for an organization has left it.
    #[serde(rename = "establishing_member_membership_ended")]
    EstablishingMemberMembershipEnded,
}

/// How a connected account takes part in its integration's connections.
#[derive(JsonSchema)]
pub enum ConnectionRole {
    /// An account among possibly several of the same owner.
    #[serde(rename = "standard")]
    Standard,
    /// The single account an owner had before several were allowed.
    #[serde(rename = "compatibility")]
    Compatibility,
}

/// What a connected account's warning is about.
#[derive(JsonSchema)]
pub enum ConnectedAccountWarningCode {
    /// Another account of the same owner already shows this display name.
    #[serde(rename = "duplicate_account_display_name")]
    DuplicateAccountDisplayName,
}

/// A problem with a connected account that does not stop it from working.
#[derive(JsonSchema)]
pub struct ConnectedAccountWarning {
    /// A machine-readable code.
    pub code: Option<ConnectedAccountWarningCode>,
    /// What the problem is.
    pub message: Option<String>,
}

/// Request body that asks for the URL where a user starts connecting an account.
#[derive(JsonSchema)]
pub struct AuthorizationUrlRequest {
    /// The user who connects, `user_...`.
    pub user_id: String,
    /// The organization to scope the account to, if any.
    pub organization_id: Option<String>,
    /// Where to send the user once authorization is done.
    pub return_to: Option<String>,
    /// Values for the provider's per-account configuration fields, by field name; required
    /// fields must be given unless the integration already sets them.
    pub config: Option<Metadata>,
    /// Whether the account will belong to the user or to the organization.
    pub connection_owner: Option<ConnectionOwner>,
    /// A PKCE challenge: the base64url SHA-256 of a verifier you keep. With it, the account
    /// is only saved once you call `POST /data-integrations/finish` with that verifier.
    pub code_challenge: Option<String>,
    /// How `code_challenge` was derived; only `S256`.
    #[schemars(extend("const" = "S256"))]
    pub code_challenge_method: Option<String>,
    /// Which account the flow is for: left out, the owner's single compatibility account;
    /// `add` for one more; `reauthorize` (with `connected_account_id`) for an existing one.
    pub connection_intent: Option<ConnectionIntent>,
    /// The account to authorize again, with `connection_intent: reauthorize`.
    pub connected_account_id: Option<String>,
    /// A name that tells this account apart from the owner's other accounts at the provider.
    pub account_display_name: Option<String>,
}

/// Which of an owner's accounts at a provider a connection flow is for.
#[derive(JsonSchema)]
pub enum ConnectionIntent {
    /// A new account, next to those the owner already has.
    #[serde(rename = "add")]
    Add,
    /// An existing account, named by `connected_account_id`, authorized again.
    #[serde(rename = "reauthorize")]
    Reauthorize,
}

/// What remains to do once the user has finished at the provider.
#[derive(JsonSchema)]
pub enum AuthorizationCompletion {
    /// The account is saved only when you call `POST /data-integrations/finish` with the
    /// connect code and your PKCE verifier.
    #[serde(rename = "finish_required")]
    FinishRequired,
}

/// The URL where a user starts connecting an account.
#[derive(JsonSchema)]
pub struct DataIntegrationAuthorizeUrlResponse {
    /// Send the user here to start the provider's OAuth flow.
    pub url: String,
    /// The value handed back with the connect code, to match the answer to this request.
    pub state: Option<String>,
    /// Present when a finishing call is still needed, as with a PKCE challenge.
    pub completion: Option<AuthorizationCompletion>,
}

/// An OAuth client id and secret to store on the connected account of a user (and
/// optionally an organization).
#[derive(JsonSchema)]
pub struct ClientCredentialsInstallation {
    /// The user the account belongs to, `user_...`.
    pub user_id: String,
    /// The organization the account is scoped to, if any.
    pub organization_id: Option<String>,
    /// The OAuth client id.
    pub client_id: String,
    /// The OAuth client secret.
    #[schemars(extend("format" = "password"))]
    pub client_secret: String,
    /// Values for the provider's per-account configuration fields, by field name.
    pub config: Option<Metadata>,
    /// Whether the account belongs to the user or to the organization.
    pub connection_owner: Option<ConnectionOwner>,
    /// `reauthorize` (with `connected_account_id`) records the call as a reauthorization of
    /// that account; left out, the owner's compatibility account is created or replaced.
    #[schemars(extend("const" = "reauthorize"))]
    pub connection_intent: Option<String>,
    /// The account to update, when the owner has several.
    pub connected_account_id: Option<String>,
    /// A name that tells this account apart from the owner's other accounts at the provider.
    pub account_display_name: Option<String>,
    /// The account's identifier at the provider, such as a username or workspace id.
    pub account_identifier: Option<String>,
}

/// Request body that stores the API key of a connected account, replacing any key it had.
#[derive(JsonSchema)]
pub struct UpsertApiKeyConnectedAccount {
    /// The API key.
    #[schemars(extend("format" = "password"))]
    pub secret: String,
    /// The user the account belongs to, or who connects it for the organization, `user_...`.
    pub user_id: String,
    /// The organization the account is scoped to, if any.
    pub organization_id: Option<String>,
    /// Whether the account belongs to the user or to the organization.
    pub connection_owner: Option<ConnectionOwner>,
    /// `reauthorize` (with `connected_account_id`) records the call as a reauthorization of
    /// that account; left out, the owner's compatibility account is created or replaced.
    #[schemars(extend("const" = "reauthorize"))]
    pub connection_intent: Option<String>,
    /// The account to update, when the owner has several.
    pub connected_account_id: Option<String>,
    /// A name that tells this account apart from the owner's other accounts at the provider.
    pub account_display_name: Option<String>,
    /// The account's identifier at the provider, such as a username or workspace id.
    pub account_identifier: Option<String>,
}

/// Whose connected account a request is about: a user, optionally within an organization.
#[derive(JsonSchema)]
pub struct ConnectedAccountOwner {
    /// The user, `user_...`.
    pub user_id: String,
    /// The organization the account is scoped to, if any.
    pub organization_id: Option<String>,
    /// Which account to use, when the owner has several.
    pub connected_account_id: Option<String>,
    /// Whether the account belongs to the user or to the organization.
    pub connection_owner: Option<ConnectionOwner>,
    /// Set to `true` when the owner may hold several accounts at the provider.
    pub supports_multiple_connections: Option<bool>,
}

/// A credential for a connected account. Every credential has `value`; `expires_at`, `scopes`
/// and `missing_scopes` come with `oauth` and `client_credentials`, and `metadata` with
/// `client_credentials` only.
#[derive(JsonSchema)]
pub struct VendedCredential {
    /// Always `credential`.
    #[schemars(extend("const" = "credential"))]
    pub object: String,
    /// Which kind of credential this is; more kinds may appear.
    pub auth_method: DataIntegrationAuthMethod,
    /// The credential: an OAuth access token or the API key.
    #[schemars(extend("format" = "password"))]
    pub value: String,
    /// When the credential expires (ISO 8601), if it does.
    pub expires_at: Option<String>,
    /// The scopes the credential grants.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// Scopes the integration asks for that the credential lacks.
    #[serde(default)]
    pub missing_scopes: Vec<String>,
    /// Non-secret values from the provider's token answer, such as an instance URL.
    #[serde(default)]
    pub metadata: Json,
}

/// Why a connected account has no usable credential.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum CredentialsUnavailableReason {
    /// The user has not connected an account.
    NotInstalled,
    /// The user must authorize again.
    NeedsReauthorization,
}

/// Answer of a credential request: with `active: true` it carries `credential`, with
/// `active: false` it carries `error`.
#[derive(JsonSchema)]
pub struct DataIntegrationCredentialsResponse {
    /// Whether a credential is available.
    pub active: bool,
    /// The credential, when `active` is `true`.
    pub credential: Option<VendedCredential>,
    /// Why there is no credential, when `active` is `false`; more reasons may appear.
    pub error: Option<CredentialsUnavailableReason>,
}

/// An OAuth access token for a connected account.
#[derive(JsonSchema)]
pub struct PipesAccessToken {
    /// Always `access_token`.
    #[schemars(extend("const" = "access_token"))]
    pub object: String,
    /// The access token.
    #[schemars(extend("format" = "password"))]
    pub access_token: String,
    /// When the token expires (ISO 8601), if it does.
    pub expires_at: Option<String>,
    /// The scopes the token grants.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// Scopes the integration asks for that the token lacks.
    #[serde(default)]
    pub missing_scopes: Vec<String>,
}

/// Answer of an access token request: with `active: true` it carries `access_token`, with
/// `active: false` it carries `error`.
#[derive(JsonSchema)]
pub struct DataIntegrationAccessTokenResponse {
    /// Whether a token is available.
    pub active: bool,
    /// The token, when `active` is `true`; refreshed by WorkOS when needed.
    pub access_token: Option<PipesAccessToken>,
    /// Why there is no token, when `active` is `false`.
    pub error: Option<CredentialsUnavailableReason>,
}

/// Who supplies the OAuth app of a provider.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ProviderCredentialsType {
    /// WorkOS's own OAuth app.
    Shared,
    /// Your OAuth app.
    Custom,
    /// The organization's OAuth app.
    Organization,
}

/// The OAuth app an organization brings for a provider.
#[derive(JsonSchema)]
pub struct OrganizationOAuthCredentials {
    /// Who supplies the provider's OAuth app.
    pub credentials_type: Option<ProviderCredentialsType>,
    /// Whether the organization has supplied its OAuth app.
    pub has_credentials: Option<bool>,
    /// The organization's client id, if set.
    pub client_id: Option<String>,
    /// The last four characters of the organization's client secret, if set.
    pub client_secret_last_four: Option<String>,
    /// The redirect URI to register with the organization's OAuth app.
    pub redirect_uri: Option<String>,
}

/// A provider as one organization sees it: the environment's settings with the
/// organization's overrides applied.
#[derive(JsonSchema)]
pub struct DataIntegrationConfiguration {
    /// Always `data_integration_configuration`.
    #[schemars(extend("const" = "data_integration_configuration"))]
    pub object: String,
    /// The data integration's id, `data_integration_...`.
    pub id: String,
    /// The organization.
    pub organization_id: Option<String>,
    /// The provider's slug.
    pub slug: String,
    /// Display name of the provider.
    pub name: Option<String>,
    /// Whether the provider is on for the organization.
    pub enabled: Option<bool>,
    /// The OAuth scopes in effect; empty when none are set.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// The provider's configuration values in effect, by field name.
    #[serde(default)]
    pub config: Metadata,
    /// When the configuration was created.
    pub created_at: String,
    /// When the configuration last changed.
    pub updated_at: String,
    /// The organization's OAuth app, for providers whose credentials organizations supply.
    pub credentials: Option<OrganizationOAuthCredentials>,
}

/// The providers available to an organization.
#[derive(JsonSchema)]
pub struct DataIntegrationConfigurationList {
    /// Always `list`.
    #[schemars(extend("const" = "list"))]
    pub object: String,
    /// One entry per provider.
    #[serde(default)]
    pub data: Vec<DataIntegrationConfiguration>,
}

/// Request body that sets an organization's overrides for one provider; absent fields keep
/// their value. Give at least one field; `client_id` and `client_secret` go together and only
/// for providers whose credentials organizations supply, as does `config`.
#[derive(JsonSchema)]
pub struct ConfigureOrganizationDataIntegration {
    /// Turns the provider on or off for the organization.
    pub enabled: Option<bool>,
    /// The OAuth scopes to request for the organization.
    pub scopes: Option<Vec<String>>,
    /// The client id of the organization's OAuth app.
    pub client_id: Option<String>,
    /// The client secret of the organization's OAuth app.
    #[schemars(extend("format" = "password"))]
    pub client_secret: Option<String>,
    /// Values for the provider's configuration fields, by field name.
    pub config: Option<Metadata>,
}

/// Query of the calls on a user's connected accounts: which organization they are scoped to.
#[derive(JsonSchema)]
pub struct OrganizationScopeQuery {
    /// The organization the account is scoped to, when it is scoped to one.
    pub organization_id: Option<String>,
}

/// Query of the fetch and the delete of a user's connected account.
#[derive(JsonSchema)]
pub struct UserConnectedAccountQuery {
    /// The organization the account is scoped to, when it is scoped to one.
    pub organization_id: Option<String>,
    /// Set to `true` when the user may hold several accounts at the provider.
    pub supports_multiple_connections: Option<bool>,
    /// Which account to act on, when there are several.
    pub connected_account_id: Option<String>,
}

/// Query of the update of a user's connected account.
#[derive(JsonSchema)]
pub struct UpdateUserConnectedAccountQuery {
    /// The organization the account is scoped to, when it is scoped to one.
    pub organization_id: Option<String>,
    /// Set to `true` when the user may hold several accounts at the provider.
    pub supports_multiple_connections: Option<bool>,
    /// Which account to act on, when there are several.
    pub connected_account_id: Option<String>,
    /// `reauthorize` records the update as a reauthorization of the account.
    #[schemars(extend("const" = "reauthorize"))]
    pub connection_intent: Option<String>,
}

/// Query of the list of a user's data providers.
#[derive(JsonSchema)]
pub struct UserDataProvidersQuery {
    /// Only connections scoped to this organization.
    pub organization_id: Option<String>,
    /// Set to `true` to receive every account at each provider, not only one.
    pub supports_multiple_connections: Option<bool>,
}

/// The state to give a connected account.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConnectedAccountInputState {
    /// Usable.
    Connected,
    /// The user must authorize again.
    NeedsReauthorization,
}

/// Request body with the tokens to store on a connected account.
#[derive(JsonSchema)]
pub struct ConnectedAccountTokens {
    /// The OAuth access token.
    #[schemars(extend("format" = "password"))]
    pub access_token: Option<String>,
    /// The OAuth refresh token.
    #[schemars(extend("format" = "password"))]
    pub refresh_token: Option<String>,
    /// When the access token expires; required with an access token that expires.
    pub expires_at: Option<Timestamp>,
    /// The OAuth scopes granted.
    pub scopes: Option<Vec<String>>,
    /// The state to set; left out, WorkOS derives it from the tokens given.
    pub state: Option<ConnectedAccountInputState>,
    /// A name that tells this account apart from the user's other accounts at the provider.
    pub account_display_name: Option<String>,
    /// The account's identifier at the provider, such as a username or workspace id.
    pub account_identifier: Option<String>,
}

/// Request body that creates a user's connected account from tokens obtained outside WorkOS.
#[derive(JsonSchema)]
pub struct ImportConnectedAccount {
    /// The OAuth access token.
    #[schemars(extend("format" = "password"))]
    pub access_token: Option<String>,
    /// The OAuth refresh token.
    #[schemars(extend("format" = "password"))]
    pub refresh_token: Option<String>,
    /// When the access token expires; required with an access token that expires.
    pub expires_at: Option<Timestamp>,
    /// The OAuth scopes granted.
    pub scopes: Option<Vec<String>>,
    /// The state to set; left out, WorkOS derives it from the tokens given.
    pub state: Option<ConnectedAccountInputState>,
    /// A name that tells this account apart from the user's other accounts at the provider.
    pub account_display_name: Option<String>,
    /// The account's identifier at the provider, such as a username or workspace id.
    pub account_identifier: Option<String>,
    /// `add` creates another account next to the ones the user already has.
    #[schemars(extend("const" = "add"))]
    pub connection_intent: Option<String>,
}

/// Who owns a provider's connections.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DataProviderOwnership {
    /// Each user connects their own account.
    UserlandUser,
    /// The organization connects one account.
    Organization,
}

/// A provider available in the environment, with one user's connection to it.
// Wire: the API also sends deprecated camelCase copies (`integrationType`, `credentialsType`,
// `createdAt`, `updatedAt` here; `userlandUserId`, `organizationId`, `createdAt`, `updatedAt`
// in `connected_account`). We read the snake_case fields only, so `connected_account` is the
// common `ConnectedAccount`.
#[derive(JsonSchema)]
pub struct DataProvider {
    /// Always `data_provider`.
    #[schemars(extend("const" = "data_provider"))]
    pub object: String,
    /// The data integration's id, `data_integration_...`.
    pub id: String,
    /// Display name of the provider.
    pub name: Option<String>,
    /// What the provider is used for, if set.
    pub description: Option<String>,
    /// The provider's slug, used in paths.
    pub slug: String,
    /// The kind of integration.
    pub integration_type: Option<String>,
    /// The kind of credentials the provider uses, such as `oauth2`.
    pub credentials_type: Option<String>,
    /// The OAuth scopes requested; empty when none are set.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// How accounts authenticate; absent means `oauth` only.
    #[serde(default)]
    pub auth_methods: Vec<DataIntegrationAuthMethod>,
    /// Deprecated: who owns the provider's connections, in the older spelling of
    /// `connection_owner`.
    #[schemars(transform = crate::extensions::deprecated("read `connection_owner`, which says the same"))]
    pub ownership: Option<DataProviderOwnership>,
    /// Whether the provider's accounts belong to users or to organizations.
    pub connection_owner: Option<ConnectionOwner>,
    /// When the provider was set up.
    pub created_at: String,
    /// When the provider last changed.
    pub updated_at: String,
    /// The user's account at the provider; `null` when the user has not connected.
    pub connected_account: Option<ConnectedAccount>,
    /// Every account of the owner at the provider, when several were asked for with
    /// `supports_multiple_connections`.
    #[serde(default)]
    pub connected_accounts: Vec<ConnectedAccount>,
}

/// The environment's providers, each with one user's connection.
#[derive(JsonSchema)]
pub struct DataProviderList {
    /// Always `list`.
    #[schemars(extend("const" = "list"))]
    pub object: String,
    /// One entry per provider.
    #[serde(default)]
    pub data: Vec<DataProvider>,
}

/// Request body that completes a connection begun with PKCE: it trades the connect code for
/// the pending connected account and saves it.
#[derive(JsonSchema)]
pub struct FinishDataIntegrationConnection {
    /// The one-time code handed back when the user finished at the provider.
    #[schemars(extend("format" = "password"))]
    pub connect_code: String,
    /// The PKCE code verifier whose challenge started the connection (43 to 128 characters).
    #[schemars(length(min = 43, max = 128), pattern(r"^[A-Za-z0-9._~-]+$"))]
    #[schemars(extend("format" = "password"))]
    pub code_verifier: String,
    /// The `state` value handed back with the connect code, if there was one.
    pub state: Option<String>,
}

/// Answer of a finished connection: the account it saved.
#[derive(JsonSchema)]
pub struct DataIntegrationFinishConnectionResponse {
    /// The connected account now stored.
    pub connected_account: Option<ConnectedAccount>,
}

/// Whether a connection belongs to a user or to an organization.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConnectionOwner {
    /// The user's own account.
    User,
    /// An account held for the organization.
    Organization,
}

/// Request body that adds one more API key account at a provider, next to any the owner
/// already has.
#[derive(JsonSchema)]
pub struct AddApiKeyConnectedAccount {
    /// The user the account is added for, `user_...`.
    pub user_id: String,
    /// The API key.
    #[schemars(extend("format" = "password"))]
    pub secret: String,
    /// Always `add`: a new account is created rather than an existing one replaced.
    #[schemars(extend("const" = "add"))]
    pub connection_intent: String,
    /// A name that tells this account apart from the owner's other accounts at the provider.
    pub account_display_name: Option<String>,
    /// The account's identifier at the provider, such as a username or workspace id.
    pub account_identifier: Option<String>,
    /// The organization the account is scoped to, if any.
    pub organization_id: Option<String>,
    /// Whether the account belongs to the user or to the organization.
    pub connection_owner: Option<ConnectionOwner>,
}

/// Request body that adds one more client credentials account at a provider, next to any the
/// owner already has.
#[derive(JsonSchema)]
pub struct AddClientCredentialsConnectedAccount {
    /// The user the account is added for, `user_...`.
    pub user_id: String,
    /// The OAuth client id.
    pub client_id: String,
    /// The OAuth client secret.
    #[schemars(extend("format" = "password"))]
    pub client_secret: String,
    /// Always `add`: a new account is created rather than an existing one replaced.
    #[schemars(extend("const" = "add"))]
    pub connection_intent: String,
    /// A name that tells this account apart from the owner's other accounts at the provider.
    pub account_display_name: Option<String>,
    /// The account's identifier at the provider, such as a username or workspace id.
    pub account_identifier: Option<String>,
    /// The organization the account is scoped to, if any.
    pub organization_id: Option<String>,
    /// Whether the account belongs to the user or to the organization.
    pub connection_owner: Option<ConnectionOwner>,
    /// Values for the provider's per-account configuration fields, by field name.
    pub config: Option<Metadata>,
}

/// Query of the calls on one organization's connected account at a provider.
#[derive(JsonSchema)]
pub struct OrganizationConnectedAccountQuery {
    /// Set to `true` when the organization may hold several accounts at the provider.
    pub supports_multiple_connections: Option<bool>,
    /// Which account to act on, when there are several.
    pub connected_account_id: Option<String>,
}

/// Query of the update of an organization's connected account.
#[derive(JsonSchema)]
pub struct UpdateOrganizationConnectedAccountQuery {
    /// Set to `true` when the organization may hold several accounts at the provider.
    pub supports_multiple_connections: Option<bool>,
    /// Which account to act on, when there are several.
    pub connected_account_id: Option<String>,
    /// `reauthorize` records the update as a reauthorization of the account.
    #[schemars(extend("const" = "reauthorize"))]
    pub connection_intent: Option<String>,
}

/// Query of the list of an organization's data providers.
#[derive(JsonSchema)]
pub struct OrganizationDataProvidersQuery {
    /// Set to `true` to receive every account at each provider, not only one.
    pub supports_multiple_connections: Option<bool>,
}

/// Request body that creates an organization's connected account from tokens obtained outside
/// WorkOS.
#[derive(JsonSchema)]
pub struct ImportOrganizationConnectedAccount {
    /// The user who connects the account on the organization's behalf, `user_...`.
    pub user_id: String,
    /// A name that tells this account apart from the organization's other accounts at the
    /// provider.
    pub account_display_name: Option<String>,
    /// The account's identifier at the provider, such as a username or workspace id.
    pub account_identifier: Option<String>,
    /// The OAuth access token.
    #[schemars(extend("format" = "password"))]
    pub access_token: Option<String>,
    /// The OAuth refresh token.
    #[schemars(extend("format" = "password"))]
    pub refresh_token: Option<String>,
    /// When the access token expires.
    pub expires_at: Option<Timestamp>,
    /// The OAuth scopes granted.
    pub scopes: Option<Vec<String>>,
    /// The state to set; left out, WorkOS derives it from the tokens given.
    pub state: Option<ConnectedAccountInputState>,
    /// `add` creates another account next to the ones the organization already has.
    #[schemars(extend("const" = "add"))]
    pub connection_intent: Option<String>,
}

/// Request body that changes the tokens, scopes or state of an organization's connected
/// account; absent fields keep their value.
#[derive(JsonSchema)]
pub struct UpdateOrganizationConnectedAccount {
    /// The user who connects the account on the organization's behalf, `user_...`.
    pub user_id: String,
    /// A name that tells this account apart from the organization's other accounts at the
    /// provider.
    pub account_display_name: Option<String>,
    /// The account's identifier at the provider, such as a username or workspace id.
    pub account_identifier: Option<String>,
    /// The OAuth access token.
    #[schemars(extend("format" = "password"))]
    pub access_token: Option<String>,
    /// The OAuth refresh token.
    #[schemars(extend("format" = "password"))]
    pub refresh_token: Option<String>,
    /// When the access token expires.
    pub expires_at: Option<Timestamp>,
    /// The OAuth scopes granted.
    pub scopes: Option<Vec<String>>,
    /// The state to set.
    pub state: Option<ConnectedAccountInputState>,
}

const SLUG: &str = "The data integration's slug, which is its provider's slug, such as `github`.";
const ORGANIZATION_ID: &str = "The organization's id, `org_...`.";
const USER_ID: &str = "The user's id, `user_...`.";

/// The operations of Pipes.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/data-integrations", "create_data_integration")
            .sdk("pipes", "create_integration")
            .tag("pipes")
            .doc("Creates a data integration for a built-in or a custom provider.")
            .json_body::<CreateDataIntegration>()
            .returns::<DataIntegration>(201)
            .errors(&[400, 401, 403, 404, 409, 422]),
        Operation::get("/data-integrations", "list_data_integrations")
            .sdk("pipes", "list_integrations")
            .tag("pipes")
            .doc("Lists the environment's data integrations, except those on WorkOS's shared OAuth apps.")
            .query::<ListDataIntegrationsQuery>()
            .list::<DataIntegration>()
            .errors(&[401]),
        Operation::get("/data-integrations/{slug}", "get_data_integration")
            .sdk("pipes", "get_integration")
            .tag("pipes")
            .doc("Fetches one data integration.")
            .path_param("slug", SLUG)
            .returns::<DataIntegration>(200)
            .errors(&[401, 404]),
        Operation::put("/data-integrations/{slug}", "update_data_integration")
            .sdk("pipes", "update_integration")
            .tag("pipes")
            .doc("Changes a data integration's description, state, scopes, OAuth app or definition.")
            .path_param("slug", SLUG)
            .json_body::<UpdateDataIntegration>()
            .returns::<DataIntegration>(200)
            .errors(&[400, 401, 403, 404, 422]),
        Operation::delete("/data-integrations/{slug}", "delete_data_integration")
            .sdk("pipes", "delete_integration")
            .tag("pipes")
            .doc("Deletes a data integration, its connected accounts and any custom provider definition.")
            .path_param("slug", SLUG)
            .empty(204)
            .errors(&[401, 404]),
        Operation::put("/data-integrations/{slug}/api-key", "upsert_data_integration_api_key")
            .sdk("pipes", "upsert_api_key")
            .tag("pipes")
            .doc("Stores the API key of a user's connected account, replacing any key it had.")
            .path_param("slug", SLUG)
            .json_body::<UpsertApiKeyConnectedAccount>()
            .returns::<ConnectedAccount>(200)
            .errors(&[400, 401, 403, 404, 422]),
        Operation::post("/data-integrations/{slug}/authorize", "get_data_integration_authorization_url")
            .sdk("pipes", "get_authorization_url")
            .tag("pipes")
            .doc("Creates the URL where a user starts connecting an account through OAuth.")
            .path_param("slug", SLUG)
            .json_body::<AuthorizationUrlRequest>()
            .returns::<DataIntegrationAuthorizeUrlResponse>(200)
            .errors(&[400, 401, 403, 404]),
        Operation::put(
            "/data-integrations/{slug}/client-credentials",
            "upsert_data_integration_client_credentials",
        )
        .sdk("pipes", "upsert_client_credentials")
        .tag("pipes")
        .doc("Stores the OAuth client credentials of a user's connected account, replacing any it had.")
        .path_param("slug", SLUG)
        .json_body::<ClientCredentialsInstallation>()
        .returns::<ConnectedAccount>(200)
        .errors(&[400, 401, 403, 404, 422]),
        Operation::post("/data-integrations/{slug}/credentials", "vend_data_integration_credentials")
            .sdk("pipes", "vend_credentials")
            .tag("pipes")
            .doc("Hands out a working credential for a user's connected account, whatever its auth method.")
            .path_param("slug", SLUG)
            .json_body::<ConnectedAccountOwner>()
            .returns::<DataIntegrationCredentialsResponse>(200)
            .errors(&[400, 401, 404, 422]),
        Operation::post("/data-integrations/{slug}/token", "get_data_integration_token")
            .sdk("pipes", "get_access_token")
            .tag("pipes")
            .doc("Hands out a valid OAuth access token for a user's connected account.")
            .path_param("slug", SLUG)
            .json_body::<ConnectedAccountOwner>()
            .returns::<DataIntegrationAccessTokenResponse>(200)
            .errors(&[400, 401, 404, 422]),
        Operation::get(
            "/organizations/{organizationId}/data_integration_configurations",
            "list_organization_data_integrations",
        )
        .sdk("pipes", "list_organization_integrations")
        .tag("pipes.provider")
        .doc("Lists the providers available to an organization, with its overrides applied.")
        .path_param("organizationId", ORGANIZATION_ID)
        .returns::<DataIntegrationConfigurationList>(200)
        .errors(&[401, 404]),
        Operation::put(
            "/organizations/{organizationId}/data_integration_configurations/{slug}",
            "configure_organization_data_integration",
        )
        .sdk("pipes", "configure_organization_integration")
        .tag("pipes.provider")
        .doc("Sets an organization's state, scopes, OAuth app or configuration for one provider.")
        .path_param("organizationId", ORGANIZATION_ID)
        .path_param("slug", "The provider's slug, such as `github`.")
        .json_body::<ConfigureOrganizationDataIntegration>()
        .returns::<DataIntegrationConfiguration>(200)
        .errors(&[400, 401, 404, 422]),
        Operation::get("/user_management/users/{user_id}/connected_accounts/{slug}", "get_connected_account")
            .sdk("pipes", "get_connected_account")
            .tag("user-management.data-providers")
            .doc("Fetches a user's connected account at one provider.")
            .path_param("user_id", USER_ID)
            .path_param("slug", "The provider's slug, such as `github`.")
            .query::<UserConnectedAccountQuery>()
            .returns::<ConnectedAccount>(200)
            .errors(&[401, 404]),
        Operation::delete(
            "/user_management/users/{user_id}/connected_accounts/{slug}",
            "delete_connected_account",
        )
        .sdk("pipes", "delete_connected_account")
        .tag("user-management.data-providers")
        .doc("Disconnects a user's account and deletes its stored tokens.")
        .details("The provider is not told: access granted there stays until the user revokes it.")
        .path_param("user_id", USER_ID)
        .path_param("slug", "The provider's slug, such as `github`.")
        .query::<UserConnectedAccountQuery>()
        .empty(204)
        .errors(&[401, 404]),
        Operation::post(
            "/user_management/users/{user_id}/connected_accounts/{slug}",
            "import_connected_account",
        )
        .sdk("pipes", "import_connected_account")
        .tag("user-management.data-providers")
        .doc("Creates a user's connected account from tokens obtained outside WorkOS.")
        .path_param("user_id", USER_ID)
        .path_param("slug", "The provider's slug, such as `github`.")
        .query::<OrganizationScopeQuery>()
        .json_body::<ImportConnectedAccount>()
        .returns::<ConnectedAccount>(201)
        .errors(&[401, 404, 409, 422]),
        Operation::put(
            "/user_management/users/{user_id}/connected_accounts/{slug}",
            "update_connected_account",
        )
        .sdk("pipes", "update_connected_account")
        .tag("user-management.data-providers")
        .doc("Changes the tokens, scopes or state of a user's connected account.")
        .path_param("user_id", USER_ID)
        .path_param("slug", "The provider's slug, such as `github`.")
        .query::<UpdateUserConnectedAccountQuery>()
        .json_body::<ConnectedAccountTokens>()
        .returns::<ConnectedAccount>(200)
        .errors(&[401, 404]),
        Operation::get("/user_management/users/{user_id}/data_providers", "list_user_data_providers")
            .sdk("pipes", "list_data_providers")
            .tag("user-management.data-providers")
            .doc("Lists the environment's providers with the user's connected account at each.")
            .path_param("user_id", USER_ID)
            .query::<UserDataProvidersQuery>()
            .returns::<DataProviderList>(200)
            .errors(&[401, 404]),
        Operation::post("/data-integrations/finish", "finish_data_integration_connection")
            .sdk("pipes", "finish_connection")
            .tag("pipes")
            .doc("Completes a PKCE connection: trades the connect code and verifier for the saved account.")
            .details(
                "WorkOS's Python SDK calls this; its status codes are inferred. A failed exchange answers \
                 `400` with a `code` such as `invalid_connect_code` or `authorization_state_expired`.",
            )
            .json_body::<FinishDataIntegrationConnection>()
            .returns::<DataIntegrationFinishConnectionResponse>(200)
            .errors(&[400, 401, 403]),
        Operation::post("/data-integrations/{slug}/api-key", "add_api_key_connected_account")
            .sdk("pipes", "add_api_key_account")
            .tag("pipes")
            .doc("Adds another API key account at a provider, keeping the owner's existing ones.")
            .path_param("slug", SLUG)
            .idempotent()
            .json_body::<AddApiKeyConnectedAccount>()
            .returns::<ConnectedAccount>(201)
            .errors(&[400, 401, 403, 404, 409]),
        Operation::post(
            "/data-integrations/{slug}/client-credentials",
            "add_client_credentials_connected_account",
        )
        .sdk("pipes", "add_client_credentials_account")
        .tag("pipes")
        .doc("Adds another client credentials account at a provider, keeping the owner's existing ones.")
        .path_param("slug", SLUG)
        .idempotent()
        .json_body::<AddClientCredentialsConnectedAccount>()
        .returns::<ConnectedAccount>(201)
        .errors(&[400, 401, 403, 404, 409]),
        Operation::get("/data-integrations/{slug}/organization", "get_organization_owned_data_integration")
            .sdk("pipes", "get_organization_owned_integration")
            .tag("pipes")
            .doc("Fetches the environment's organization-owned data integration for a provider.")
            .path_param("slug", SLUG)
            .returns::<DataIntegration>(200)
            .errors(&[401, 404]),
        Operation::put("/data-integrations/{slug}/organization", "update_organization_owned_data_integration")
            .sdk("pipes", "update_organization_owned_integration")
            .tag("pipes")
            .doc("Changes the organization-owned data integration for a provider.")
            .path_param("slug", SLUG)
            .json_body::<UpdateDataIntegration>()
            .returns::<DataIntegration>(200)
            .errors(&[400, 401, 403, 404, 409, 422]),
        Operation::delete(
            "/data-integrations/{slug}/organization",
            "delete_organization_owned_data_integration",
        )
        .sdk("pipes", "delete_organization_owned_integration")
        .tag("pipes")
        .doc("Deletes the organization-owned data integration for a provider, with every account connected through it.")
        .path_param("slug", SLUG)
        .empty(204)
        .errors(&[401, 404]),
        Operation::get(
            "/organizations/{organization_id}/connected_accounts/{slug}",
            "get_organization_connected_account",
        )
        .sdk("pipes", "get_organization_connected_account")
        .tag("organizations.data-providers")
        .doc("Fetches an organization's connected account at one provider.")
        .path_param("organization_id", ORGANIZATION_ID)
        .path_param("slug", "The provider's slug, such as `github`.")
        .query::<OrganizationConnectedAccountQuery>()
        .returns::<ConnectedAccount>(200)
        .errors(&[400, 401, 404, 409]),
        Operation::post(
            "/organizations/{organization_id}/connected_accounts/{slug}",
            "import_organization_connected_account",
        )
        .sdk("pipes", "import_organization_connected_account")
        .tag("organizations.data-providers")
        .doc("Creates an organization's connected account from tokens obtained outside WorkOS.")
        .path_param("organization_id", ORGANIZATION_ID)
        .path_param("slug", "The provider's slug, such as `github`.")
        .idempotent()
        .json_body::<ImportOrganizationConnectedAccount>()
        .returns::<ConnectedAccount>(201)
        .errors(&[401, 403, 404, 409, 422]),
        Operation::put(
            "/organizations/{organization_id}/connected_accounts/{slug}",
            "update_organization_connected_account",
        )
        .sdk("pipes", "update_organization_connected_account")
        .tag("organizations.data-providers")
        .doc("Changes the tokens, scopes or state of an organization's connected account.")
        .path_param("organization_id", ORGANIZATION_ID)
        .path_param("slug", "The provider's slug, such as `github`.")
        .query::<UpdateOrganizationConnectedAccountQuery>()
        .json_body::<UpdateOrganizationConnectedAccount>()
        .returns::<ConnectedAccount>(200)
        .errors(&[400, 401, 403, 404, 409, 422]),
        Operation::delete(
            "/organizations/{organization_id}/connected_accounts/{slug}",
            "delete_organization_connected_account",
        )
        .sdk("pipes", "delete_organization_connected_account")
        .tag("organizations.data-providers")
        .doc("Disconnects an organization's account at a provider and deletes its stored tokens.")
        .details("The provider is not told: access granted there stays until it is revoked there.")
        .path_param("organization_id", ORGANIZATION_ID)
        .path_param("slug", "The provider's slug, such as `github`.")
        .query::<OrganizationConnectedAccountQuery>()
        .empty(204)
        .errors(&[400, 401, 404, 409]),
        Operation::get("/organizations/{organization_id}/data_providers", "list_organization_data_providers")
            .sdk("pipes", "list_organization_data_providers")
            .tag("organizations.data-providers")
            .doc("Lists the organization-owned providers with the organization's connected account at each.")
            .path_param("organization_id", ORGANIZATION_ID)
            .query::<OrganizationDataProvidersQuery>()
            .returns::<DataProviderList>(200)
            .errors(&[401, 404]),
    ]
}
