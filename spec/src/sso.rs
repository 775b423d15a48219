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
    /// GitHub OAuth, spelled as the connection list's filter spells it.
    // Wire: the reference's filter lists `GithubOAuth` while connections carry `GitHubOAuth`;
    // both are kept so that either parses and either can be sent.
    GithubOAuth,
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

/// An OAuth provider that `GET /sso/authorize` can send the user to directly, without a
/// connection.
#[derive(JsonSchema)]
pub enum SsoProvider {
    /// Sign in with Apple.
    AppleOAuth,
    /// Bitbucket.
    BitbucketOAuth,
    /// GitHub.
    GitHubOAuth,
    /// GitLab.
    GitLabOAuth,
    /// Google.
    GoogleOAuth,
    /// Intuit.
    IntuitOAuth,
    /// LinkedIn.
    LinkedInOAuth,
    /// Microsoft.
    MicrosoftOAuth,
    /// Salesforce.
    SalesforceOAuth,
    /// Slack.
    SlackOAuth,
    /// Vercel Marketplace.
    VercelMarketplaceOAuth,
    /// Vercel.
    VercelOAuth,
    /// Xero.
    XeroOAuth,
}

/// Query of the SSO authorization URL. Name exactly one of `connection`, `organization` or
/// `provider` (or the deprecated `domain`) to choose where the user signs in.
#[derive(JsonSchema)]
pub struct SsoAuthorizeQuery {
    /// Extra scopes to ask an OAuth or OpenID Connect provider for.
    #[serde(default)]
    pub provider_scopes: Vec<String>,
    /// Extra query parameters passed on to an OAuth provider.
    #[serde(default)]
    pub provider_query_params: Metadata,
    /// Your environment's client id, `client_...`.
    pub client_id: String,
    /// Deprecated: start SSO through the connection that serves this domain; use
    /// `connection` or `organization` instead.
    #[deprecated]
    pub domain: Option<String>,
    /// Sign in through this OAuth provider.
    pub provider: Option<SsoProvider>,
    /// Where WorkOS sends the user back with a code; one of the redirect URIs configured for
    /// the environment.
    pub redirect_uri: String,
    /// Always `code`: the authorization code flow.
    #[schemars(extend("const" = "code"))]
    pub response_type: String,
    /// An opaque value returned unchanged on the redirect, to restore state and to check
    /// that the answer belongs to this request.
    pub state: Option<String>,
    /// Sign in through this connection, `conn_...`.
    pub connection: Option<String>,
    /// Sign in through the connection of this organization, `org_...`.
    pub organization: Option<String>,
    /// Prefills the domain on Microsoft OAuth and Google SAML sign-in pages.
    pub domain_hint: Option<String>,
    /// Prefills the user name or e-mail address on the provider's sign-in page.
    pub login_hint: Option<String>,
    /// A random value echoed in the ID token, against replay.
    pub nonce: Option<String>,
    /// `login` (the only value) makes the identity provider ask for credentials again.
    #[schemars(extend("const" = "login"))]
    pub prompt: Option<String>,
    /// The PKCE challenge derived from the code verifier that `POST /sso/token` will carry.
    // Wire: not in the reference; the API accepts PKCE here, as WorkOS's Node SDK sends it.
    pub code_challenge: Option<String>,
    /// How `code_challenge` was derived; only `S256` is accepted.
    // Wire: not in the reference; sent with `code_challenge`.
    #[schemars(extend("const" = "S256"))]
    pub code_challenge_method: Option<String>,
}

/// Query of the SSO logout redirect.
#[derive(JsonSchema)]
pub struct SsoLogoutQuery {
    /// The logout token from `POST /sso/logout/authorize`.
    #[schemars(extend("format" = "password"))]
    pub token: String,
}

/// Request body that asks for a logout token for one SSO profile.
#[derive(JsonSchema)]
pub struct AuthorizeSsoLogout {
    /// The profile to sign out, `prof_...`.
    pub profile_id: String,
}

/// A short-lived permission to sign a user out of their identity provider.
#[derive(JsonSchema)]
pub struct SsoLogoutAuthorization {
    /// The logout redirect URL, token included, to send the user's browser to.
    #[schemars(extend("format" = "password"))]
    pub logout_url: String,
    /// The logout token on its own, for building the redirect yourself.
    #[schemars(extend("format" = "password"))]
    pub logout_token: String,
}

/// A user as an identity provider described them when they signed in through SSO.
#[derive(JsonSchema)]
pub struct Profile {
    /// Always `profile`.
    #[schemars(extend("const" = "profile"))]
    pub object: String,
    /// Unique id, `prof_...`.
    pub id: String,
    /// The organization of the connection, if it has one.
    pub organization_id: Option<String>,
    /// The connection the user signed in through.
    pub connection_id: String,
    /// The identity provider and protocol of that connection.
    pub connection_type: ConnectionType,
    /// The user's id at the identity provider.
    pub idp_id: String,
    /// The user's e-mail address.
    pub email: String,
    /// Given name, if the provider sent one.
    pub first_name: Option<String>,
    /// Family name, if the provider sent one.
    pub last_name: Option<String>,
    /// Full name, if the provider sent one.
    pub name: Option<String>,
    /// The user's role in the organization, when roles are mapped.
    pub role: Option<crate::directory_sync::SlimRole>,
    /// All of the user's roles in the organization, when roles are mapped.
    #[serde(default)]
    pub roles: Vec<crate::directory_sync::SlimRole>,
    /// The provider's group names for the user.
    #[serde(default)]
    pub groups: Vec<String>,
    /// Attributes mapped through the connection's custom attribute settings.
    #[serde(default)]
    pub custom_attributes: Json,
    /// Every attribute the provider sent, unchanged.
    #[serde(default)]
    pub raw_attributes: Json,
}

/// Request body of `POST /sso/token`: one grant, named by `grant_type`.
// Wire: the reference also lists the code exchange's fields as query parameters; they travel
// only in the JSON body (as WorkOS's description, its Python SDK and its Rust crate send
// them), which keeps the secret out of URLs.
#[derive(JsonSchema)]
#[serde(tag = "grant_type")]
pub enum SsoTokenRequest {
    /// Exchange the authorization code from the redirect (`authorization_code`).
    #[serde(rename = "authorization_code")]
    #[schemars(title = "AuthorizationCode")]
    AuthorizationCode(SsoCodeExchange),
    /// Exchange a token from another issuer for a WorkOS one (RFC 8693 token exchange).
    #[serde(rename = "urn:ietf:params:oauth:grant-type:token-exchange")]
    #[schemars(title = "TokenExchange")]
    TokenExchange(SsoTokenExchange),
}

/// An SSO authorization code to exchange. Confidential clients send `client_secret` (their
/// API key); public clients send the PKCE `code_verifier` instead; both may be sent together.
#[derive(JsonSchema)]
pub struct SsoCodeExchange {
    /// Your environment's client id, `client_...`.
    pub client_id: String,
    /// Your API key, for confidential clients.
    // Wire: required in the reference; public clients using PKCE leave it out.
    #[schemars(extend("format" = "password"))]
    pub client_secret: Option<String>,
    /// The authorization code from the redirect.
    #[schemars(extend("format" = "password"))]
    pub code: String,
    /// The PKCE code verifier whose challenge went into the authorization URL.
    #[schemars(extend("format" = "password"))]
    pub code_verifier: Option<String>,
}

/// A token to exchange for a WorkOS access token (`urn:ietf:params:oauth:grant-type:token-exchange`).
#[derive(JsonSchema)]
pub struct SsoTokenExchange {
    /// Your environment's client id, `client_...`.
    pub client_id: String,
    /// Your API key.
    #[schemars(extend("format" = "password"))]
    pub client_secret: Option<String>,
    /// The token to exchange.
    #[schemars(extend("format" = "password"))]
    pub subject_token: String,
    /// What kind of token `subject_token` is, as an RFC 8693 token type URI, such as
    /// `urn:ietf:params:oauth:token-type:access_token`.
    pub subject_token_type: String,
    /// The organization the new token is for, `org_...`.
    pub organization_id: Option<String>,
}

/// Answer of the SSO code exchange: the signed-in user's profile and a token for
/// `GET /sso/profile`.
#[derive(JsonSchema)]
pub struct SsoTokenResponse {
    /// The kind of token: `Bearer`. Optional, because older answers may not carry it.
    #[schemars(extend("const" = "Bearer"))]
    pub token_type: Option<String>,
    /// A short-lived token that fetches the profile again from `GET /sso/profile`.
    #[schemars(extend("format" = "password"))]
    pub access_token: String,
    /// Seconds until `access_token` expires.
    pub expires_in: Option<i64>,
    /// The user who signed in.
    pub profile: Profile,
    /// The OAuth provider's own tokens, when the connection is an OAuth one and returns them.
    pub oauth_tokens: Option<crate::authkit::OAuthTokens>,
}

/// Request body that creates an SSO connection for an organization. Give exactly one of
/// `saml_options` or `oidc_options`.
#[derive(JsonSchema)]
pub struct CreateConnection {
    /// The organization the connection is for, `org_...`.
    pub organization_id: String,
    /// Display name.
    pub name: Option<String>,
    /// Your own identifier for the connection.
    pub external_id: Option<String>,
    /// The identity provider and protocol.
    pub connection_type: Option<ConnectionType>,
    /// How the provider's attributes map to profile fields.
    pub attribute_maps: Option<ConnectionAttributeMaps>,
    /// The SAML settings, for a SAML connection.
    pub saml_options: Option<CreateConnectionSamlOptions>,
    /// The OpenID Connect settings, for an OIDC connection.
    pub oidc_options: Option<CreateConnectionOidcOptions>,
}

/// Request body that changes some settings of an SSO connection. Give at most one of
/// `saml_options` or `oidc_options`.
// Wire: the API resets some fields (`external_id`, `redirect_uri`, `idp_metadata_url`,
// `acs_url`, `sp_entity_id`, mapped attributes) when they are sent as `null`; an absent
// `Option` is never sent as `null`, so that use is not available.
#[derive(JsonSchema)]
pub struct UpdateConnection {
    /// New display name.
    pub name: Option<String>,
    /// New identifier of your own.
    pub external_id: Option<String>,
    /// New identity provider and protocol.
    pub connection_type: Option<ConnectionType>,
    /// New attribute mappings.
    pub attribute_maps: Option<ConnectionAttributeMaps>,
    /// SAML settings to change.
    pub saml_options: Option<UpdateConnectionSamlOptions>,
    /// OpenID Connect settings to change.
    pub oidc_options: Option<UpdateConnectionOidcOptions>,
}

/// Which of the identity provider's attributes fill which profile fields.
#[derive(JsonSchema)]
pub struct ConnectionAttributeMaps {
    /// The provider attributes behind the standard profile fields.
    pub standard_attributes: Option<ConnectionStandardAttributes>,
    /// Your custom attribute names, each mapped to the provider attribute that fills it.
    pub custom_attributes: Option<std::collections::BTreeMap<String, String>>,
}

/// The names of the identity provider's attributes that fill the standard profile fields.
#[derive(JsonSchema)]
pub struct ConnectionStandardAttributes {
    /// The attribute holding the user's id at the provider.
    pub idp_id: Option<String>,
    /// The attribute holding the e-mail address.
    pub email: Option<String>,
    /// The attribute holding the given name.
    pub first_name: Option<String>,
    /// The attribute holding the family name.
    pub last_name: Option<String>,
    /// The attribute holding the user's groups.
    pub groups: Option<String>,
    /// The attribute holding the full name.
    pub name: Option<String>,
}

/// A private key and its certificate, both PEM encoded.
#[derive(JsonSchema)]
pub struct ConnectionKeyPair {
    /// The private key.
    #[schemars(extend("format" = "password"))]
    pub key: String,
    /// The certificate that goes with the key.
    pub cert: String,
}

/// SAML settings of a new connection: either the identity provider's metadata URL or its
/// entity id, sign-in URL and certificates.
#[derive(JsonSchema)]
pub struct CreateConnectionSamlOptions {
    /// Where the identity provider publishes its SAML metadata.
    pub idp_metadata_url: Option<String>,
    /// The assertion consumer service URL the provider posts responses to.
    pub acs_url: Option<String>,
    /// The entity id of the service provider side.
    pub sp_entity_id: Option<String>,
    /// The identity provider's entity id.
    pub idp_entity_id: Option<String>,
    /// The identity provider's sign-in URL.
    pub idp_sso_url: Option<String>,
    /// The identity provider's signing certificates, PEM or base64 encoded.
    pub idp_signing_certs: Option<Vec<String>>,
    /// A key pair with which to sign requests to the provider.
    pub sp_signing_key_pair: Option<ConnectionKeyPair>,
    /// Key pairs with which the provider's assertions are decrypted.
    pub sp_encryption_key_pairs: Option<Vec<ConnectionKeyPair>>,
}

/// SAML settings to change on a connection.
#[derive(JsonSchema)]
pub struct UpdateConnectionSamlOptions {
    /// New metadata URL of the identity provider.
    pub idp_metadata_url: Option<String>,
    /// New assertion consumer service URL.
    pub acs_url: Option<String>,
    /// New entity id of the service provider side.
    pub sp_entity_id: Option<String>,
    /// New entity id of the identity provider.
    pub idp_entity_id: Option<String>,
    /// New sign-in URL of the identity provider.
    pub idp_sso_url: Option<String>,
}

/// OpenID Connect settings of a new connection.
#[derive(JsonSchema)]
pub struct CreateConnectionOidcOptions {
    /// The provider's discovery document URL (`.../.well-known/openid-configuration`).
    pub discovery_endpoint: String,
    /// The client id registered with the provider.
    pub client_id: String,
    /// The client secret registered with the provider.
    #[schemars(extend("format" = "password"))]
    pub client_secret: Option<String>,
    /// The redirect URI registered with the provider.
    pub redirect_uri: Option<String>,
    /// Whether to use PKCE in the authorization flow.
    pub pkce: Option<bool>,
    /// How the client authenticates at the provider's token endpoint.
    pub token_authentication_method: Option<OidcTokenAuthenticationMethod>,
    /// The key pair that signs client assertions, with `private_key_jwt`.
    pub jwt_signing_key_pair: Option<ConnectionKeyPair>,
    /// The algorithm the provider signs ID tokens with.
    pub id_token_signature_algorithm: Option<IdTokenSignatureAlgorithm>,
    /// Whether to also read the provider's user info endpoint.
    pub fetch_user_info: Option<bool>,
}

/// OpenID Connect settings to change on a connection.
#[derive(JsonSchema)]
pub struct UpdateConnectionOidcOptions {
    /// New discovery document URL.
    pub discovery_endpoint: Option<String>,
    /// New client id.
    pub client_id: Option<String>,
    /// New client secret.
    #[schemars(extend("format" = "password"))]
    pub client_secret: Option<String>,
    /// New redirect URI.
    pub redirect_uri: Option<String>,
    /// Whether to use PKCE.
    pub pkce: Option<bool>,
    /// New token endpoint authentication method.
    pub token_authentication_method: Option<OidcTokenAuthenticationMethod>,
    /// New ID token signing algorithm.
    pub id_token_signature_algorithm: Option<IdTokenSignatureAlgorithm>,
    /// Whether to also read the user info endpoint.
    pub fetch_user_info: Option<bool>,
}

/// How an OpenID Connect client proves its identity at the token endpoint.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OidcTokenAuthenticationMethod {
    /// The secret in the form body.
    ClientSecretPost,
    /// The secret in HTTP Basic authentication.
    ClientSecretBasic,
    /// A JWT signed with the connection's key pair.
    PrivateKeyJwt,
}

/// A JSON Web Signature algorithm for ID tokens.
#[derive(JsonSchema)]
pub enum IdTokenSignatureAlgorithm {
    /// ECDSA with P-256 and SHA-256.
    #[serde(rename = "ES256")]
    Es256,
    /// ECDSA with P-384 and SHA-384.
    #[serde(rename = "ES384")]
    Es384,
    /// ECDSA with P-521 and SHA-512.
    #[serde(rename = "ES512")]
    Es512,
    /// Edwards-curve signatures.
    #[serde(rename = "EdDSA")]
    EdDsa,
    /// HMAC with SHA-256.
    #[serde(rename = "HS256")]
    Hs256,
    /// HMAC with SHA-384.
    #[serde(rename = "HS384")]
    Hs384,
    /// HMAC with SHA-512.
    #[serde(rename = "HS512")]
    Hs512,
    /// RSASSA-PSS with SHA-256.
    #[serde(rename = "PS256")]
    Ps256,
    /// RSASSA-PSS with SHA-384.
    #[serde(rename = "PS384")]
    Ps384,
    /// RSASSA-PSS with SHA-512.
    #[serde(rename = "PS512")]
    Ps512,
    /// RSASSA-PKCS1-v1_5 with SHA-256.
    #[serde(rename = "RS256")]
    Rs256,
    /// RSASSA-PKCS1-v1_5 with SHA-384.
    #[serde(rename = "RS384")]
    Rs384,
    /// RSASSA-PKCS1-v1_5 with SHA-512.
    #[serde(rename = "RS512")]
    Rs512,
}

const ID: &str = "The connection's id, `conn_...`.";

/// The operations on SSO connections, sign-in and logout.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/connections", "list_connections")
            .sdk("sso", "list_connections")
            .tag("connections")
            .doc("Lists SSO connections, optionally filtered by type, domain or organization.")
            .query::<ListConnectionsQuery>()
            .list::<Connection>()
            .errors(&[403, 422]),
        Operation::get("/connections/{id}", "get_connection")
            .sdk("sso", "get_connection")
            .tag("connections")
            .doc("Fetches one SSO connection.")
            .path_param("id", ID)
            .returns::<Connection>(200)
            .errors(&[403, 404]),
        Operation::delete("/connections/{id}", "delete_connection")
            .sdk("sso", "delete_connection")
            .tag("connections")
            .doc("Deletes an SSO connection.")
            .path_param("id", ID)
            .empty(204)
            .errors(&[403, 404]),
        Operation::get("/sso/authorize", "sso_authorize")
            .tag("sso")
            .doc("Starts SSO: the browser goes on to the identity provider, then back with a code.")
            .comma_separated("provider_scopes")
            .query::<SsoAuthorizeQuery>()
            .browser_redirect()
            .empty(302)
            .public(),
        Operation::get("/sso/logout", "sso_logout")
            .tag("sso")
            .doc("Signs the user out at their identity provider, with a token from the logout authorization.")
            .query::<SsoLogoutQuery>()
            .browser_redirect()
            .empty(302)
            .errors(&[404])
            .public(),
        Operation::post("/sso/logout/authorize", "authorize_sso_logout")
            .sdk("sso", "authorize_logout")
            .tag("sso")
            .doc("Issues a short-lived logout token and URL for one SSO profile.")
            .json_body::<AuthorizeSsoLogout>()
            .returns::<SsoLogoutAuthorization>(200)
            .errors(&[400, 404]),
        Operation::get("/sso/profile", "get_sso_profile")
            .sdk("sso", "get_profile")
            .tag("sso")
            .doc("Fetches the profile that an SSO access token belongs to.")
            .access_token()
            .returns::<Profile>(200)
            .errors(&[401, 404]),
        Operation::post("/sso/token", "get_sso_profile_and_token")
            .sdk("sso", "get_profile_and_token")
            .tag("sso")
            .doc("Exchanges an SSO authorization code, or another issuer's token, for a profile and an access token.")
            .json_body::<SsoTokenRequest>()
            .returns::<SsoTokenResponse>(200)
            .errors(&[400, 404, 422])
            .public(),
        Operation::post("/connections", "create_connection")
            .sdk("sso", "create_connection")
            .tag("connections")
            .doc("Creates an SSO connection for an organization, with SAML or OpenID Connect settings.")
            .details("The success status is inferred, not documented.")
            .json_body::<CreateConnection>()
            .returns::<Connection>(201)
            .errors(&[400, 401, 403, 404, 409, 422, 429]),
        Operation::patch("/connections/{id}", "update_connection")
            .sdk("sso", "update_connection")
            .tag("connections")
            .doc("Changes the given settings of an SSO connection and leaves the others as they are.")
            .details("The success status is inferred, not documented.")
            .path_param("id", ID)
            .json_body::<UpdateConnection>()
            .returns::<Connection>(200)
            .errors(&[400, 401, 403, 404, 409, 422, 429]),
    ]
}
