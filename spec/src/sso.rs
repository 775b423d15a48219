//! Single Sign-On: connections to identity providers.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{PageQuery, Timestamp};

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
    ]
}
