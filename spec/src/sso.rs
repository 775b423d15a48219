//! Single Sign-On: connections to identity providers.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// A connection between an organization and its identity provider.
#[derive(JsonSchema)]
pub struct Connection {
    /// Always `connection`.
    #[schemars(extend("const" = "connection"))]
    pub object: String,
    /// Unique id, `conn_...`.
    pub id: String,
    /// The organization the connection belongs to.
    pub organization_id: Option<String>,
    /// The identity provider and protocol.
    pub connection_type: ConnectionType,
    /// Display name.
    pub name: String,
    /// Where the connection is in its life cycle.
    pub state: Option<ConnectionState>,
    /// Deprecated: `linked` or `unlinked`; read `state` instead.
    #[deprecated]
    pub status: Option<ConnectionStatus>,
    /// Domains routed to this connection.
    #[serde(default)]
    pub domains: Vec<ConnectionDomain>,
    /// When the connection was created.
    pub created_at: Timestamp,
    /// When the connection last changed.
    pub updated_at: Timestamp,
}

/// A domain whose users sign in through a connection.
#[derive(JsonSchema)]
pub struct ConnectionDomain {
    /// Unique id, `conn_domain_...`.
    pub id: String,
    /// Always `connection_domain`.
    #[schemars(extend("const" = "connection_domain"))]
    pub object: String,
    /// The domain name.
    pub domain: String,
}

/// Life cycle of a connection.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConnectionState {
    /// The provider has not been chosen yet.
    RequiresType,
    /// Set up has started.
    Draft,
    /// Users can sign in.
    Active,
    /// The configuration is being checked.
    Validating,
    /// Sign-in is turned off.
    Inactive,
    /// Being removed.
    Deleting,
}

/// Deprecated two-value status of a connection.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConnectionStatus {
    /// Active.
    Linked,
    /// Not active.
    Unlinked,
}

/// The identity provider and protocol of a connection.
#[derive(JsonSchema)]
pub enum ConnectionType {
    /// Not chosen yet.
    Pending,
    /// Microsoft AD FS over SAML.
    #[serde(rename = "ADFSSAML")]
    AdfsSaml,
    /// ADP over OpenID Connect.
    AdpOidc,
    /// Sign in with Apple.
    AppleOAuth,
    /// Users migrated from Auth0.
    Auth0Migration,
    /// Auth0 over SAML.
    #[serde(rename = "Auth0SAML")]
    Auth0Saml,
    /// Microsoft Entra ID (Azure AD) over SAML.
    #[serde(rename = "AzureSAML")]
    AzureSaml,
    /// Bitbucket OAuth.
    BitbucketOAuth,
    /// CAS over SAML.
    #[serde(rename = "CasSAML")]
    CasSaml,
    /// ClassLink over SAML.
    #[serde(rename = "ClassLinkSAML")]
    ClassLinkSaml,
    /// Clever over OpenID Connect.
    #[serde(rename = "CleverOIDC")]
    CleverOidc,
    /// Cloudflare over SAML.
    #[serde(rename = "CloudflareSAML")]
    CloudflareSaml,
    /// CyberArk over SAML.
    #[serde(rename = "CyberArkSAML")]
    CyberArkSaml,
    /// Discord OAuth.
    DiscordOAuth,
    /// Duo over SAML.
    #[serde(rename = "DuoSAML")]
    DuoSaml,
    /// Microsoft Entra ID over OpenID Connect.
    #[serde(rename = "EntraIdOIDC")]
    EntraIdOidc,
    /// Any OpenID Connect provider.
    #[serde(rename = "GenericOIDC")]
    GenericOidc,
    /// Any SAML provider.
    #[serde(rename = "GenericSAML")]
    GenericSaml,
    /// GitHub OAuth.
    GitHubOAuth,
    /// GitLab OAuth.
    GitLabOAuth,
    /// Google OAuth.
    GoogleOAuth,
    /// Google over OpenID Connect.
    #[serde(rename = "GoogleOIDC")]
    GoogleOidc,
    /// Google over SAML.
    #[serde(rename = "GoogleSAML")]
    GoogleSaml,
    /// Grok OAuth.
    GrokOAuth,
    /// X (Twitter) OAuth.
    XOAuth,
    /// Intuit OAuth.
    IntuitOAuth,
    /// JumpCloud over SAML.
    #[serde(rename = "JumpCloudSAML")]
    JumpCloudSaml,
    /// Keycloak over SAML.
    #[serde(rename = "KeycloakSAML")]
    KeycloakSaml,
    /// LastPass over SAML.
    #[serde(rename = "LastPassSAML")]
    LastPassSaml,
    /// LinkedIn OAuth.
    LinkedInOAuth,
    /// Login.gov over OpenID Connect.
    LoginGovOidc,
    /// Passwordless sign-in by e-mailed link.
    MagicLink,
    /// Microsoft OAuth.
    MicrosoftOAuth,
    /// miniOrange over SAML.
    #[serde(rename = "MiniOrangeSAML")]
    MiniOrangeSaml,
    /// NetIQ over SAML.
    #[serde(rename = "NetIqSAML")]
    NetIqSaml,
    /// Okta over OpenID Connect.
    #[serde(rename = "OktaOIDC")]
    OktaOidc,
    /// Okta over SAML.
    #[serde(rename = "OktaSAML")]
    OktaSaml,
    /// OneLogin over SAML.
    #[serde(rename = "OneLoginSAML")]
    OneLoginSaml,
    /// Oracle over SAML.
    #[serde(rename = "OracleSAML")]
    OracleSaml,
    /// PingFederate over SAML.
    #[serde(rename = "PingFederateSAML")]
    PingFederateSaml,
    /// PingOne over SAML.
    #[serde(rename = "PingOneSAML")]
    PingOneSaml,
    /// Rippling over SAML.
    #[serde(rename = "RipplingSAML")]
    RipplingSaml,
    /// Salesforce over SAML.
    #[serde(rename = "SalesforceSAML")]
    SalesforceSaml,
    /// Shibboleth (generic) over SAML.
    #[serde(rename = "ShibbolethGenericSAML")]
    ShibbolethGenericSaml,
    /// Shibboleth over SAML.
    #[serde(rename = "ShibbolethSAML")]
    ShibbolethSaml,
    /// SimpleSAMLphp over SAML.
    #[serde(rename = "SimpleSamlPhpSAML")]
    SimpleSamlPhpSaml,
    /// Salesforce OAuth.
    SalesforceOAuth,
    /// Slack OAuth.
    SlackOAuth,
    /// The WorkOS test identity provider.
    TestIdp,
    /// Vercel Marketplace OAuth.
    VercelMarketplaceOAuth,
    /// Vercel OAuth.
    VercelOAuth,
    /// VMware over SAML.
    #[serde(rename = "VMwareSAML")]
    VmwareSaml,
    /// Xero OAuth.
    XeroOAuth,
}

/// Query of the connection list.
#[derive(JsonSchema)]
pub struct ListConnectionsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only connections of this type.
    pub connection_type: Option<ConnectionType>,
    /// Only connections that serve this domain.
    pub domain: Option<String>,
    /// Only connections of this organization.
    pub organization_id: Option<String>,
    /// Only connections whose name contains this text.
    pub search: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub enum SsoAuthorizeProvider {
    /// DOC
    #[serde(rename = "AppleOAuth")]
    AppleOauth,
    /// DOC
    #[serde(rename = "BitbucketOAuth")]
    BitbucketOauth,
    /// DOC
    #[serde(rename = "GitHubOAuth")]
    GitHubOauth,
    /// DOC
    #[serde(rename = "GitLabOAuth")]
    GitLabOauth,
    /// DOC
    #[serde(rename = "GoogleOAuth")]
    GoogleOauth,
    /// DOC
    #[serde(rename = "IntuitOAuth")]
    IntuitOauth,
    /// DOC
    #[serde(rename = "LinkedInOAuth")]
    LinkedInOauth,
    /// DOC
    #[serde(rename = "MicrosoftOAuth")]
    MicrosoftOauth,
    /// DOC
    #[serde(rename = "SalesforceOAuth")]
    SalesforceOauth,
    /// DOC
    #[serde(rename = "SlackOAuth")]
    SlackOauth,
    /// DOC
    #[serde(rename = "VercelMarketplaceOAuth")]
    VercelMarketplaceOauth,
    /// DOC
    #[serde(rename = "VercelOAuth")]
    VercelOauth,
    /// DOC
    #[serde(rename = "XeroOAuth")]
    XeroOauth,
}

/// DOC
#[derive(JsonSchema)]
pub struct SsoAuthorizeQuery {
    /// DOC
    #[serde(default)]
    pub provider_scopes: Vec<String>,
    /// DOC
    #[serde(default)]
    pub provider_query_params: Metadata,
    /// DOC
    pub client_id: String,
    /// DOC
    #[deprecated]
    pub domain: Option<String>,
    /// DOC
    pub provider: Option<SsoAuthorizeProvider>,
    /// DOC
    pub redirect_uri: String,
    /// DOC
    pub response_type: String,
    /// DOC
    pub state: Option<String>,
    /// DOC
    pub connection: Option<String>,
    /// DOC
    pub organization: Option<String>,
    /// DOC
    pub domain_hint: Option<String>,
    /// DOC
    pub login_hint: Option<String>,
    /// DOC
    pub nonce: Option<String>,
    /// DOC
    pub prompt: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct SsoLogoutQuery {
    /// DOC
    pub token: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthorizeSsoLogoutRequest {
    /// DOC
    pub profile_id: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct SsoLogoutAuthorizeResponse {
    /// DOC
    pub logout_url: String,
    /// DOC
    pub logout_token: String,
}

/// DOC
#[derive(JsonSchema)]
pub enum ProfileConnectionType {
    /// DOC
    #[serde(rename = "Pending")]
    Pending,
    /// DOC
    #[serde(rename = "ADFSSAML")]
    Adfssaml,
    /// DOC
    #[serde(rename = "AdpOidc")]
    AdpOidc,
    /// DOC
    #[serde(rename = "AppleOAuth")]
    AppleOauth,
    /// DOC
    #[serde(rename = "Auth0Migration")]
    Auth0Migration,
    /// DOC
    #[serde(rename = "Auth0SAML")]
    Auth0Saml,
    /// DOC
    #[serde(rename = "AzureSAML")]
    AzureSaml,
    /// DOC
    #[serde(rename = "BitbucketOAuth")]
    BitbucketOauth,
    /// DOC
    #[serde(rename = "CasSAML")]
    CasSaml,
    /// DOC
    #[serde(rename = "ClassLinkSAML")]
    ClassLinkSaml,
    /// DOC
    #[serde(rename = "CleverOIDC")]
    CleverOidc,
    /// DOC
    #[serde(rename = "CloudflareSAML")]
    CloudflareSaml,
    /// DOC
    #[serde(rename = "CyberArkSAML")]
    CyberArkSaml,
    /// DOC
    #[serde(rename = "DiscordOAuth")]
    DiscordOauth,
    /// DOC
    #[serde(rename = "DuoSAML")]
    DuoSaml,
    /// DOC
    #[serde(rename = "EntraIdOIDC")]
    EntraIdOidc,
    /// DOC
    #[serde(rename = "GenericOIDC")]
    GenericOidc,
    /// DOC
    #[serde(rename = "GenericSAML")]
    GenericSaml,
    /// DOC
    #[serde(rename = "GitHubOAuth")]
    GitHubOauth,
    /// DOC
    #[serde(rename = "GitLabOAuth")]
    GitLabOauth,
    /// DOC
    #[serde(rename = "GoogleOAuth")]
    GoogleOauth,
    /// DOC
    #[serde(rename = "GoogleOIDC")]
    GoogleOidc,
    /// DOC
    #[serde(rename = "GoogleSAML")]
    GoogleSaml,
    /// DOC
    #[serde(rename = "GrokOAuth")]
    GrokOauth,
    /// DOC
    #[serde(rename = "XOAuth")]
    Xoauth,
    /// DOC
    #[serde(rename = "IntuitOAuth")]
    IntuitOauth,
    /// DOC
    #[serde(rename = "JumpCloudSAML")]
    JumpCloudSaml,
    /// DOC
    #[serde(rename = "KeycloakSAML")]
    KeycloakSaml,
    /// DOC
    #[serde(rename = "LastPassSAML")]
    LastPassSaml,
    /// DOC
    #[serde(rename = "LinkedInOAuth")]
    LinkedInOauth,
    /// DOC
    #[serde(rename = "LoginGovOidc")]
    LoginGovOidc,
    /// DOC
    #[serde(rename = "MagicLink")]
    MagicLink,
    /// DOC
    #[serde(rename = "MicrosoftOAuth")]
    MicrosoftOauth,
    /// DOC
    #[serde(rename = "MiniOrangeSAML")]
    MiniOrangeSaml,
    /// DOC
    #[serde(rename = "NetIqSAML")]
    NetIqSaml,
    /// DOC
    #[serde(rename = "OktaOIDC")]
    OktaOidc,
    /// DOC
    #[serde(rename = "OktaSAML")]
    OktaSaml,
    /// DOC
    #[serde(rename = "OneLoginSAML")]
    OneLoginSaml,
    /// DOC
    #[serde(rename = "OracleSAML")]
    OracleSaml,
    /// DOC
    #[serde(rename = "PingFederateSAML")]
    PingFederateSaml,
    /// DOC
    #[serde(rename = "PingOneSAML")]
    PingOneSaml,
    /// DOC
    #[serde(rename = "RipplingSAML")]
    RipplingSaml,
    /// DOC
    #[serde(rename = "SalesforceSAML")]
    SalesforceSaml,
    /// DOC
    #[serde(rename = "ShibbolethGenericSAML")]
    ShibbolethGenericSaml,
    /// DOC
    #[serde(rename = "ShibbolethSAML")]
    ShibbolethSaml,
    /// DOC
    #[serde(rename = "SimpleSamlPhpSAML")]
    SimpleSamlPhpSaml,
    /// DOC
    #[serde(rename = "SalesforceOAuth")]
    SalesforceOauth,
    /// DOC
    #[serde(rename = "SlackOAuth")]
    SlackOauth,
    /// DOC
    #[serde(rename = "TestIdp")]
    TestIdp,
    /// DOC
    #[serde(rename = "VercelMarketplaceOAuth")]
    VercelMarketplaceOauth,
    /// DOC
    #[serde(rename = "VercelOAuth")]
    VercelOauth,
    /// DOC
    #[serde(rename = "VMwareSAML")]
    VmwareSaml,
    /// DOC
    #[serde(rename = "XeroOAuth")]
    XeroOauth,
}

/// DOC
#[derive(JsonSchema)]
pub struct Profile {
    /// DOC
    #[schemars(extend("const" = "profile"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub connection_id: Option<String>,
    /// DOC
    pub connection_type: Option<ProfileConnectionType>,
    /// DOC
    pub idp_id: Option<String>,
    /// DOC
    pub email: Option<String>,
    /// DOC
    pub first_name: Option<String>,
    /// DOC
    pub last_name: Option<String>,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub role: Option<crate::directory_sync::SlimRole>,
    /// DOC
    #[serde(default)]
    pub roles: Vec<crate::directory_sync::SlimRole>,
    /// DOC
    #[serde(default)]
    pub groups: Vec<String>,
    /// DOC
    #[serde(default)]
    pub custom_attributes: Json,
    /// DOC
    #[serde(default)]
    pub raw_attributes: Json,
}

/// DOC
#[derive(JsonSchema)]
pub struct GetSsoProfileAndTokenQuery {
    /// DOC
    pub client_id: String,
    /// DOC
    pub client_secret: String,
    /// DOC
    pub code: String,
    /// DOC
    pub grant_type: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct TokenQuery {
    /// DOC
    pub client_id: String,
    /// DOC
    pub client_secret: String,
    /// DOC
    pub code: String,
    /// DOC
    #[schemars(extend("const" = "authorization_code"))]
    pub grant_type: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct SsoTokenResponse {
    /// DOC
    #[schemars(extend("const" = "Bearer"))]
    pub token_type: String,
    /// DOC
    pub access_token: String,
    /// DOC
    pub expires_in: i64,
    /// DOC
    pub profile: Profile,
    /// DOC
    pub oauth_tokens: Option<crate::authkit::OAuthTokens>,
}

const ID: &str = "The connection's id, `conn_...`.";

/// The operations on SSO connections.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/connections", "list_connections")
            .tag("connections")
            .doc("Lists SSO connections, optionally filtered by type, domain or organization.")
            .query::<ListConnectionsQuery>()
            .list::<Connection>()
            .errors(&[403, 422]),
        Operation::get("/connections/{id}", "get_connection")
            .tag("connections")
            .doc("Fetches one SSO connection.")
            .path_param("id", ID)
            .returns::<Connection>(200)
            .errors(&[403, 404]),
        Operation::delete("/connections/{id}", "delete_connection")
            .tag("connections")
            .doc("Deletes an SSO connection.")
            .path_param("id", ID)
            .empty(204)
            .errors(&[403, 404]),
        Operation::get("/sso/authorize", "sso_authorize")
            .tag("sso")
            .doc("DOC")
            .comma_separated("provider_scopes")
            .query::<SsoAuthorizeQuery>()
            .browser_redirect()
            .empty(302)
            .public(),
        Operation::get("/sso/logout", "sso_logout")
            .tag("sso")
            .doc("DOC")
            .query::<SsoLogoutQuery>()
            .browser_redirect()
            .empty(302)
            .errors(&[404])
            .public(),
        Operation::post("/sso/logout/authorize", "authorize_sso_logout")
            .tag("sso")
            .doc("DOC")
            .json_body::<AuthorizeSsoLogoutRequest>()
            .returns::<SsoLogoutAuthorizeResponse>(200)
            .errors(&[400, 404]),
        Operation::get("/sso/profile", "get_sso_profile")
            .tag("sso")
            .doc("DOC")
            .returns::<Profile>(200)
            .errors(&[401, 404]),
        Operation::post("/sso/token", "get_sso_profile_and_token")
            .tag("sso")
            .doc("DOC")
            .query::<GetSsoProfileAndTokenQuery>()
            .form_body::<TokenQuery>()
            .returns::<SsoTokenResponse>(200)
            .errors(&[400, 404, 422])
            .public(),
    ]
}
