//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub struct JwksResponseKey {
    /// DOC
    #[schemars(extend("const" = "RS256"))]
    pub alg: String,
    /// DOC
    #[schemars(extend("const" = "RSA"))]
    pub kty: String,
    /// DOC
    #[serde(rename = "use")]
    #[schemars(extend("const" = "sig"))]
    pub use_: String,
    /// DOC
    #[serde(default)]
    pub x5c: Vec<String>,
    /// DOC
    pub n: String,
    /// DOC
    pub e: String,
    /// DOC
    pub kid: String,
    /// DOC
    #[serde(rename = "x5t#S256")]
    pub x5t_s256: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct JwksResponse {
    /// DOC
    #[serde(default)]
    pub keys: Vec<JwksResponseKey>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticateRequestAuthorizationCode {
    /// DOC
    pub client_id: String,
    /// DOC
    pub client_secret: Option<String>,
    /// DOC
    pub code: String,
    /// DOC
    pub code_verifier: Option<String>,
    /// DOC
    pub invitation_token: Option<String>,
    /// DOC
    pub ip_address: Option<String>,
    /// DOC
    pub device_id: Option<String>,
    /// DOC
    pub user_agent: Option<String>,
    /// DOC
    pub signals_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticateRequestPassword {
    /// DOC
    pub client_id: String,
    /// DOC
    pub client_secret: String,
    /// DOC
    pub email: String,
    /// DOC
    pub password: String,
    /// DOC
    pub invitation_token: Option<String>,
    /// DOC
    pub ip_address: Option<String>,
    /// DOC
    pub device_id: Option<String>,
    /// DOC
    pub user_agent: Option<String>,
    /// DOC
    pub signals_id: Option<String>,
    /// DOC
    pub radar_auth_attempt_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticateRequestRefreshToken {
    /// DOC
    pub client_id: String,
    /// DOC
    pub client_secret: Option<String>,
    /// DOC
    pub refresh_token: String,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub ip_address: Option<String>,
    /// DOC
    pub device_id: Option<String>,
    /// DOC
    pub user_agent: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticateRequestUrnWorkosOauthGrantTypeMagicAuthCode {
    /// DOC
    pub client_id: String,
    /// DOC
    pub client_secret: String,
    /// DOC
    pub code: String,
    /// DOC
    pub email: String,
    /// DOC
    pub invitation_token: Option<String>,
    /// DOC
    pub ip_address: Option<String>,
    /// DOC
    pub device_id: Option<String>,
    /// DOC
    pub user_agent: Option<String>,
    /// DOC
    pub radar_auth_attempt_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticateRequestUrnWorkosOauthGrantTypeEmailVerificationCode {
    /// DOC
    pub client_id: String,
    /// DOC
    pub client_secret: String,
    /// DOC
    pub code: String,
    /// DOC
    pub pending_authentication_token: String,
    /// DOC
    pub ip_address: Option<String>,
    /// DOC
    pub device_id: Option<String>,
    /// DOC
    pub user_agent: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticateRequestUrnWorkosOauthGrantTypeMfaTotp {
    /// DOC
    pub client_id: String,
    /// DOC
    pub client_secret: String,
    /// DOC
    pub code: String,
    /// DOC
    pub pending_authentication_token: String,
    /// DOC
    pub authentication_challenge_id: String,
    /// DOC
    pub ip_address: Option<String>,
    /// DOC
    pub device_id: Option<String>,
    /// DOC
    pub user_agent: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticateRequestUrnWorkosOauthGrantTypeOrganizationSelection {
    /// DOC
    pub client_id: String,
    /// DOC
    pub client_secret: String,
    /// DOC
    pub pending_authentication_token: String,
    /// DOC
    pub organization_id: String,
    /// DOC
    pub ip_address: Option<String>,
    /// DOC
    pub device_id: Option<String>,
    /// DOC
    pub user_agent: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticateRequestUrnWorkosOauthGrantTypeRadarEmailChallengeCode {
    /// DOC
    pub client_id: String,
    /// DOC
    pub client_secret: String,
    /// DOC
    pub code: String,
    /// DOC
    pub radar_challenge_id: String,
    /// DOC
    pub pending_authentication_token: String,
    /// DOC
    pub ip_address: Option<String>,
    /// DOC
    pub device_id: Option<String>,
    /// DOC
    pub user_agent: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticateRequestUrnWorkosOauthGrantTypeRadarSmsChallengeCode {
    /// DOC
    pub client_id: String,
    /// DOC
    pub client_secret: String,
    /// DOC
    pub code: String,
    /// DOC
    pub verification_id: Option<String>,
    /// DOC
    pub phone_number: Option<String>,
    /// DOC
    pub pending_authentication_token: String,
    /// DOC
    pub ip_address: Option<String>,
    /// DOC
    pub device_id: Option<String>,
    /// DOC
    pub user_agent: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticateRequestUrnIetfParamsOauthGrantTypeDeviceCode {
    /// DOC
    pub client_id: String,
    /// DOC
    pub device_code: String,
    /// DOC
    pub ip_address: Option<String>,
    /// DOC
    pub device_id: Option<String>,
    /// DOC
    pub user_agent: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
#[serde(tag = "grant_type")]
pub enum AuthenticateRequest {
    /// DOC
    #[serde(rename = "authorization_code")]
    AuthorizationCode(AuthenticateRequestAuthorizationCode),
    /// DOC
    #[serde(rename = "password")]
    Password(AuthenticateRequestPassword),
    /// DOC
    #[serde(rename = "refresh_token")]
    RefreshToken(AuthenticateRequestRefreshToken),
    /// DOC
    #[serde(rename = "urn:workos:oauth:grant-type:magic-auth:code")]
    UrnWorkosOauthGrantTypeMagicAuthCode(AuthenticateRequestUrnWorkosOauthGrantTypeMagicAuthCode),
    /// DOC
    #[serde(rename = "urn:workos:oauth:grant-type:email-verification:code")]
    UrnWorkosOauthGrantTypeEmailVerificationCode(
        AuthenticateRequestUrnWorkosOauthGrantTypeEmailVerificationCode,
    ),
    /// DOC
    #[serde(rename = "urn:workos:oauth:grant-type:mfa-totp")]
    UrnWorkosOauthGrantTypeMfaTotp(AuthenticateRequestUrnWorkosOauthGrantTypeMfaTotp),
    /// DOC
    #[serde(rename = "urn:workos:oauth:grant-type:organization-selection")]
    UrnWorkosOauthGrantTypeOrganizationSelection(
        AuthenticateRequestUrnWorkosOauthGrantTypeOrganizationSelection,
    ),
    /// DOC
    #[serde(rename = "urn:workos:oauth:grant-type:radar-email-challenge:code")]
    UrnWorkosOauthGrantTypeRadarEmailChallengeCode(
        AuthenticateRequestUrnWorkosOauthGrantTypeRadarEmailChallengeCode,
    ),
    /// DOC
    #[serde(rename = "urn:workos:oauth:grant-type:radar-sms-challenge:code")]
    UrnWorkosOauthGrantTypeRadarSmsChallengeCode(
        AuthenticateRequestUrnWorkosOauthGrantTypeRadarSmsChallengeCode,
    ),
    /// DOC
    #[serde(rename = "urn:ietf:params:oauth:grant-type:device_code")]
    UrnIetfParamsOauthGrantTypeDeviceCode(AuthenticateRequestUrnIetfParamsOauthGrantTypeDeviceCode),
}

/// DOC
#[derive(JsonSchema)]
pub enum AuthenticateResponseAuthenticationMethod {
    /// DOC
    #[serde(rename = "SSO")]
    Sso,
    /// DOC
    #[serde(rename = "Password")]
    Password,
    /// DOC
    #[serde(rename = "Passkey")]
    Passkey,
    /// DOC
    #[serde(rename = "AppleOAuth")]
    AppleOauth,
    /// DOC
    #[serde(rename = "BitbucketOAuth")]
    BitbucketOauth,
    /// DOC
    #[serde(rename = "CrossAppAuth")]
    CrossAppAuth,
    /// DOC
    #[serde(rename = "DiscordOAuth")]
    DiscordOauth,
    /// DOC
    #[serde(rename = "ExternalAuth")]
    ExternalAuth,
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
    #[serde(rename = "GrokOAuth")]
    GrokOauth,
    /// DOC
    #[serde(rename = "XOAuth")]
    Xoauth,
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
    /// DOC
    #[serde(rename = "MagicAuth")]
    MagicAuth,
    /// DOC
    #[serde(rename = "Impersonation")]
    Impersonation,
    /// DOC
    #[serde(rename = "MigratedSession")]
    MigratedSession,
}

/// DOC
#[derive(JsonSchema)]
pub struct OAuthTokens {
    /// DOC
    pub provider: String,
    /// DOC
    pub refresh_token: String,
    /// DOC
    pub access_token: String,
    /// DOC
    pub expires_at: i64,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticateResponse {
    /// DOC
    pub user: crate::user_management::User,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub authkit_authorization_code: Option<String>,
    /// DOC
    pub access_token: String,
    /// DOC
    pub refresh_token: String,
    /// DOC
    pub authentication_method: Option<AuthenticateResponseAuthenticationMethod>,
    /// DOC
    pub impersonator: Option<crate::user_management::Impersonator>,
    /// DOC
    pub oauth_tokens: Option<OAuthTokens>,
}

/// DOC
#[derive(JsonSchema)]
pub enum AuthkitAuthorizeScreenHint {
    /// DOC
    #[serde(rename = "sign-up")]
    SignUp,
    /// DOC
    #[serde(rename = "sign-in")]
    SignIn,
}

/// DOC
#[derive(JsonSchema)]
pub enum AuthkitAuthorizeProvider {
    /// DOC
    #[serde(rename = "authkit")]
    Authkit,
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
pub struct AuthkitAuthorizeQuery {
    /// DOC
    pub code_challenge_method: Option<String>,
    /// DOC
    pub code_challenge: Option<String>,
    /// DOC
    pub domain_hint: Option<String>,
    /// DOC
    pub connection_id: Option<String>,
    /// DOC
    #[serde(default)]
    pub provider_query_params: Metadata,
    /// DOC
    #[serde(default)]
    pub provider_scopes: Vec<String>,
    /// DOC
    pub invitation_token: Option<String>,
    /// DOC
    pub max_age: Option<i64>,
    /// DOC
    pub screen_hint: Option<AuthkitAuthorizeScreenHint>,
    /// DOC
    pub login_hint: Option<String>,
    /// DOC
    pub provider: Option<AuthkitAuthorizeProvider>,
    /// DOC
    pub prompt: Option<String>,
    /// DOC
    pub state: Option<String>,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub response_type: String,
    /// DOC
    pub redirect_uri: String,
    /// DOC
    pub client_id: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthorizeDeviceRequest {
    /// DOC
    pub client_id: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct DeviceAuthorizationResponse {
    /// DOC
    pub device_code: String,
    /// DOC
    pub user_code: String,
    /// DOC
    pub verification_uri: String,
    /// DOC
    pub verification_uri_complete: Option<String>,
    /// DOC
    pub expires_in: f64,
    /// DOC
    pub interval: Option<f64>,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateCorsOrigin {
    /// DOC
    pub origin: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct CorsOriginResponse {
    /// DOC
    #[schemars(extend("const" = "cors_origin"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub origin: Option<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListCorsOriginsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListCorsOriginsResponse {
    /// DOC
    #[schemars(extend("const" = "list"))]
    pub object: String,
    /// DOC
    pub list_metadata: Option<crate::common::ListMetadata>,
    /// DOC
    #[serde(default)]
    pub data: Vec<CorsOriginResponse>,
}

/// DOC
#[derive(JsonSchema)]
pub struct JwtTemplate {
    /// DOC
    #[schemars(extend("const" = "jwt_template"))]
    pub object: String,
    /// DOC
    pub content: String,
    /// DOC
    pub created_at: String,
    /// DOC
    pub updated_at: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateJwtTemplate {
    /// DOC
    pub content: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateMagicCodeAndReturn {
    /// DOC
    pub email: String,
    /// DOC
    pub invitation_token: Option<String>,
    /// DOC
    pub ip_address: Option<String>,
    /// DOC
    pub user_agent: Option<String>,
    /// DOC
    pub radar_auth_attempt_id: Option<String>,
    /// DOC
    pub signals_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateMagicAuthResponse {
    /// DOC
    #[schemars(extend("const" = "magic_auth"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub user_id: Option<String>,
    /// DOC
    pub email: Option<String>,
    /// DOC
    pub expires_at: Option<Timestamp>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
    /// DOC
    pub code: Option<String>,
    /// DOC
    pub radar_auth_attempt_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct MagicAuth {
    /// DOC
    #[schemars(extend("const" = "magic_auth"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub user_id: Option<String>,
    /// DOC
    pub email: Option<String>,
    /// DOC
    pub expires_at: Option<Timestamp>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
    /// DOC
    pub code: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct SendRadarSmsChallenge {
    /// DOC
    pub user_id: String,
    /// DOC
    pub pending_authentication_token: String,
    /// DOC
    pub phone_number: String,
    /// DOC
    pub ip_address: Option<String>,
    /// DOC
    pub user_agent: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct SendRadarSmsChallengeResponse {
    /// DOC
    pub verification_id: String,
    /// DOC
    pub phone_number: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct RadarChallenge {
    /// DOC
    #[schemars(extend("const" = "radar_challenge"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    #[serde(rename = "type")]
    #[schemars(extend("const" = "email"))]
    pub kind: String,
    /// DOC
    pub user_id: Option<String>,
    /// DOC
    pub email: Option<String>,
    /// DOC
    pub expires_at: Option<Timestamp>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
    /// DOC
    pub code: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateRedirectUri {
    /// DOC
    pub uri: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct RedirectUri {
    /// DOC
    #[schemars(extend("const" = "redirect_uri"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub uri: Option<String>,
    /// DOC
    pub default: Option<bool>,
    /// DOC
    pub created_at: String,
    /// DOC
    pub updated_at: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListRedirectUrisQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListRedirectUrisResponse {
    /// DOC
    #[schemars(extend("const" = "list"))]
    pub object: String,
    /// DOC
    pub list_metadata: Option<crate::common::ListMetadata>,
    /// DOC
    #[serde(default)]
    pub data: Vec<RedirectUri>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthkitLogoutQuery {
    /// DOC
    pub session_id: String,
    /// DOC
    pub return_to: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct RevokeSession {
    /// DOC
    pub session_id: String,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/sso/jwks/{clientId}", "get_jwks")
            .tag("user-management.session-tokens")
            .doc("DOC")
            .path_param("clientId", "DOC")
            .returns::<JwksResponse>(200)
            .errors(&[404])
            .public(),
        Operation::post("/user_management/authenticate", "authenticate")
            .tag("user-management.authentication")
            .doc("DOC")
            .json_body::<AuthenticateRequest>()
            .returns::<AuthenticateResponse>(200)
            .errors(&[400, 403, 404, 422, 429]),
        Operation::get("/user_management/authorize", "authkit_authorize")
            .tag("user-management.authentication")
            .doc("DOC")
            .comma_separated("provider_scopes")
            .query::<AuthkitAuthorizeQuery>()
            .browser_redirect()
            .empty(302)
            .public(),
        Operation::post("/user_management/authorize/device", "authorize_device")
            .tag("user-management.authentication")
            .doc("DOC")
            .json_body::<AuthorizeDeviceRequest>()
            .returns::<DeviceAuthorizationResponse>(200)
            .errors(&[400, 403])
            .public(),
        Operation::post("/user_management/cors_origins", "create_cors_origin")
            .tag("user-management.cors-origins")
            .doc("DOC")
            .json_body::<CreateCorsOrigin>()
            .returns::<CorsOriginResponse>(201)
            .errors(&[409, 422]),
        Operation::get("/user_management/cors_origins", "list_cors_origins")
            .tag("user-management.cors-origins")
            .doc("DOC")
            .query::<ListCorsOriginsQuery>()
            .returns::<ListCorsOriginsResponse>(200)
            .errors(&[401]),
        Operation::get("/user_management/jwt_template", "get_jwt_template")
            .tag("user-management.jwt-template")
            .doc("DOC")
            .returns::<JwtTemplate>(200)
            .errors(&[404]),
        Operation::put("/user_management/jwt_template", "update_jwt_template")
            .tag("user-management.jwt-template")
            .doc("DOC")
            .json_body::<UpdateJwtTemplate>()
            .returns::<JwtTemplate>(200)
            .errors(&[422]),
        Operation::post("/user_management/magic_auth", "create_magic_auth")
            .tag("user-management.magic-auth")
            .doc("DOC")
            .json_body::<CreateMagicCodeAndReturn>()
            .returns::<CreateMagicAuthResponse>(201)
            .errors(&[400, 422, 429]),
        Operation::get("/user_management/magic_auth/{id}", "get_magic_auth")
            .tag("user-management.magic-auth")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<MagicAuth>(200)
            .errors(&[404]),
        Operation::post("/user_management/radar_challenges", "send_radar_challenge")
            .tag("user-management.authentication")
            .doc("DOC")
            .json_body::<SendRadarSmsChallenge>()
            .returns::<SendRadarSmsChallengeResponse>(201),
        Operation::get("/user_management/radar_challenges/{id}", "get_radar_challenge")
            .tag("user-management.authentication")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<RadarChallenge>(200)
            .errors(&[404]),
        Operation::post("/user_management/redirect_uris", "create_redirect_uri")
            .tag("user-management.redirect-uris")
            .doc("DOC")
            .json_body::<CreateRedirectUri>()
            .returns::<RedirectUri>(201)
            .errors(&[400, 401, 422]),
        Operation::get("/user_management/redirect_uris", "list_redirect_uris")
            .tag("user-management.redirect-uris")
            .doc("DOC")
            .query::<ListRedirectUrisQuery>()
            .returns::<ListRedirectUrisResponse>(200)
            .errors(&[401]),
        Operation::delete("/user_management/redirect_uris/{id}", "delete_redirect_uri")
            .tag("user-management.redirect-uris")
            .doc("DOC")
            .path_param("id", "DOC")
            .empty(204)
            .errors(&[401, 404, 409]),
        Operation::get("/user_management/sessions/logout", "authkit_logout")
            .tag("user-management.authentication")
            .doc("DOC")
            .query::<AuthkitLogoutQuery>()
            .browser_redirect()
            .empty(302)
            .errors(&[422])
            .public(),
        Operation::post("/user_management/sessions/revoke", "revoke_session")
            .tag("user-management.authentication")
            .doc("DOC")
            .json_body::<RevokeSession>()
            .empty(200)
            .errors(&[400]),
    ]
}
