//! AuthKit sign-in: authentication grants, authorization and logout URLs, sessions, Magic
//! Auth, Radar challenges, and the environment's AuthKit settings (CORS origins, redirect
//! URIs, the JWT template, the signing keys).

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{ListQuery, Metadata, Timestamp};

/// One public key that signs AuthKit access tokens, as a JSON Web Key.
#[derive(JsonSchema)]
pub struct Jwk {
    /// The signing algorithm: `RS256`.
    #[schemars(extend("const" = "RS256"))]
    pub alg: String,
    /// The key type: `RSA`.
    #[schemars(extend("const" = "RSA"))]
    pub kty: String,
    /// What the key is for: `sig`, signatures.
    #[serde(rename = "use")]
    #[schemars(extend("const" = "sig"))]
    pub use_: String,
    /// The key's X.509 certificate chain, base64-encoded DER.
    #[serde(default)]
    pub x5c: Vec<String>,
    /// The RSA modulus, base64url-encoded.
    pub n: String,
    /// The RSA public exponent, base64url-encoded.
    pub e: String,
    /// The key id, which a token names in its `kid` header.
    pub kid: String,
    /// The SHA-256 thumbprint of the key's certificate, base64url-encoded.
    #[serde(rename = "x5t#S256")]
    pub x5t_s256: Option<String>,
}

/// The public keys that verify an application's AuthKit access tokens (a JWKS).
#[derive(JsonSchema)]
pub struct Jwks {
    /// The keys; a token's `kid` header picks one.
    #[serde(default)]
    pub keys: Vec<Jwk>,
}

/// The `authorization_code` grant: exchanges the code from the AuthKit redirect. Confidential
/// clients send `client_secret`; public clients send `code_verifier` (PKCE) instead.
#[derive(JsonSchema)]
pub struct AuthenticateWithCode {
    /// Your application's client id, `client_...`.
    pub client_id: String,
    /// Your API key, for confidential clients; left out by public clients using PKCE.
    #[schemars(extend("format" = "password"))]
    pub client_secret: Option<String>,
    /// The authorization code from the redirect.
    #[schemars(extend("format" = "password"))]
    pub code: String,
    /// The PKCE code verifier whose challenge went into the authorization URL.
    #[schemars(extend("format" = "password"))]
    pub code_verifier: Option<String>,
    /// An invitation token to accept as the user signs in.
    #[schemars(extend("format" = "password"))]
    pub invitation_token: Option<String>,
    /// The IP address the user signs in from.
    pub ip_address: Option<String>,
    /// Your identifier for the user's device.
    pub device_id: Option<String>,
    /// The user agent of the user's browser.
    pub user_agent: Option<String>,
    /// The Radar signals id that ties client-side signals to this attempt.
    pub signals_id: Option<String>,
}

/// The `password` grant: signs a user in with e-mail address and password.
#[derive(JsonSchema)]
pub struct AuthenticateWithPassword {
    /// Your application's client id, `client_...`.
    pub client_id: String,
    /// Your API key.
    #[schemars(extend("format" = "password"))]
    pub client_secret: String,
    /// The user's e-mail address.
    pub email: String,
    /// The user's password.
    #[schemars(extend("format" = "password"))]
    pub password: String,
    /// An invitation token to accept as the user signs in.
    #[schemars(extend("format" = "password"))]
    pub invitation_token: Option<String>,
    /// The IP address the user signs in from.
    pub ip_address: Option<String>,
    /// Your identifier for the user's device.
    pub device_id: Option<String>,
    /// The user agent of the user's browser.
    pub user_agent: Option<String>,
    /// The Radar signals id that ties client-side signals to this attempt.
    pub signals_id: Option<String>,
    /// A Radar authentication attempt this sign-in continues, `radar_auth_attempt_...`.
    pub radar_auth_attempt_id: Option<String>,
}

/// The `refresh_token` grant: trades a refresh token for a new access and refresh token,
/// optionally switching the session to another organization. Public clients leave out
/// `client_secret`.
#[derive(JsonSchema)]
pub struct AuthenticateWithRefreshToken {
    /// Your application's client id, `client_...`.
    pub client_id: String,
    /// Your API key, for confidential clients.
    #[schemars(extend("format" = "password"))]
    pub client_secret: Option<String>,
    /// The refresh token from an earlier authentication.
    #[schemars(extend("format" = "password"))]
    pub refresh_token: String,
    /// The organization the new session should belong to.
    pub organization_id: Option<String>,
    /// The IP address the user signs in from.
    pub ip_address: Option<String>,
    /// Your identifier for the user's device.
    pub device_id: Option<String>,
    /// The user agent of the user's browser.
    pub user_agent: Option<String>,
}

/// The Magic Auth grant: signs a user in with the one-time code e-mailed to them.
#[derive(JsonSchema)]
pub struct AuthenticateWithMagicAuth {
    /// Your application's client id, `client_...`.
    pub client_id: String,
    /// Your API key.
    #[schemars(extend("format" = "password"))]
    pub client_secret: String,
    /// The one-time code from the e-mail.
    #[schemars(extend("format" = "password"))]
    pub code: String,
    /// The e-mail address the code was sent to.
    pub email: String,
    /// The code of a link authorization, when the sign-in completes one (a Magic Auth link
    /// opened on another device).
    // Sent by WorkOS's Node and Elixir SDKs (workos-newer2-changes.md C2, medium).
    #[schemars(extend("format" = "password"))]
    pub link_authorization_code: Option<String>,
    /// An invitation token to accept as the user signs in.
    #[schemars(extend("format" = "password"))]
    pub invitation_token: Option<String>,
    /// The IP address the user signs in from.
    pub ip_address: Option<String>,
    /// Your identifier for the user's device.
    pub device_id: Option<String>,
    /// The user agent of the user's browser.
    pub user_agent: Option<String>,
    /// The Radar authentication attempt that sending the code opened.
    pub radar_auth_attempt_id: Option<String>,
}

/// The e-mail verification grant: finishes a sign-in that stopped because the user's e-mail
/// address was not verified yet.
#[derive(JsonSchema)]
pub struct AuthenticateWithEmailVerification {
    /// Your application's client id, `client_...`.
    pub client_id: String,
    /// Your API key.
    #[schemars(extend("format" = "password"))]
    pub client_secret: String,
    /// The verification code e-mailed to the user.
    #[schemars(extend("format" = "password"))]
    pub code: String,
    /// The token of the sign-in that stopped.
    #[schemars(extend("format" = "password"))]
    pub pending_authentication_token: String,
    /// The IP address the user signs in from.
    pub ip_address: Option<String>,
    /// Your identifier for the user's device.
    pub device_id: Option<String>,
    /// The user agent of the user's browser.
    pub user_agent: Option<String>,
}

/// The MFA TOTP grant: finishes a sign-in that stopped for a second factor, with a code from
/// the user's authenticator app.
#[derive(JsonSchema)]
pub struct AuthenticateWithTotp {
    /// Your application's client id, `client_...`.
    pub client_id: String,
    /// Your API key.
    #[schemars(extend("format" = "password"))]
    pub client_secret: String,
    /// The current code from the authenticator app.
    #[schemars(extend("format" = "password"))]
    pub code: String,
    /// The token of the sign-in that stopped.
    #[schemars(extend("format" = "password"))]
    pub pending_authentication_token: String,
    /// The challenge the code answers, `auth_challenge_...`.
    pub authentication_challenge_id: String,
    /// The IP address the user signs in from.
    pub ip_address: Option<String>,
    /// Your identifier for the user's device.
    pub device_id: Option<String>,
    /// The user agent of the user's browser.
    pub user_agent: Option<String>,
}

/// The organization selection grant: finishes a sign-in that stopped because the user
/// belongs to several organizations and must pick one.
#[derive(JsonSchema)]
pub struct AuthenticateWithOrganizationSelection {
    /// Your application's client id, `client_...`.
    pub client_id: String,
    /// Your API key.
    #[schemars(extend("format" = "password"))]
    pub client_secret: String,
    /// The token of the sign-in that stopped.
    #[schemars(extend("format" = "password"))]
    pub pending_authentication_token: String,
    /// The organization the user picked.
    pub organization_id: String,
    /// The IP address the user signs in from.
    pub ip_address: Option<String>,
    /// Your identifier for the user's device.
    pub device_id: Option<String>,
    /// The user agent of the user's browser.
    pub user_agent: Option<String>,
}

/// The Radar e-mail challenge grant: finishes a sign-in that Radar stopped, with the code
/// it e-mailed to the user.
#[derive(JsonSchema)]
pub struct AuthenticateWithRadarEmailChallenge {
    /// Your application's client id, `client_...`.
    pub client_id: String,
    /// Your API key.
    #[schemars(extend("format" = "password"))]
    pub client_secret: String,
    /// The one-time code from the challenge e-mail.
    #[schemars(extend("format" = "password"))]
    pub code: String,
    /// The challenge the code answers, `radar_challenge_...`.
    pub radar_challenge_id: String,
    /// The token of the sign-in that stopped.
    #[schemars(extend("format" = "password"))]
    pub pending_authentication_token: String,
    /// The IP address the user signs in from.
    pub ip_address: Option<String>,
    /// Your identifier for the user's device.
    pub device_id: Option<String>,
    /// The user agent of the user's browser.
    pub user_agent: Option<String>,
}

/// The Radar SMS challenge grant: finishes a sign-in or sign-up that Radar stopped, with the
/// code texted to the user. Sign-up challenges also send `verification_id` and
/// `phone_number`; sign-in challenges leave both out.
#[derive(JsonSchema)]
pub struct AuthenticateWithRadarSmsChallenge {
    /// Your application's client id, `client_...`.
    pub client_id: String,
    /// Your API key.
    #[schemars(extend("format" = "password"))]
    pub client_secret: String,
    /// The one-time code from the text message.
    #[schemars(extend("format" = "password"))]
    pub code: String,
    /// The SMS verification the code confirms (sign-up only).
    pub verification_id: Option<String>,
    /// The phone number the code went to (sign-up only).
    pub phone_number: Option<String>,
    /// The token of the sign-in that stopped.
    #[schemars(extend("format" = "password"))]
    pub pending_authentication_token: String,
    /// The IP address the user signs in from.
    pub ip_address: Option<String>,
    /// Your identifier for the user's device.
    pub device_id: Option<String>,
    /// The user agent of the user's browser.
    pub user_agent: Option<String>,
}

/// The device code grant (CLI Auth): polled by a device until the user has confirmed its
/// code in a browser. Needs no client secret.
#[derive(JsonSchema)]
pub struct AuthenticateWithDeviceCode {
    /// Your application's client id, `client_...`.
    pub client_id: String,
    /// The device code from `POST /user_management/authorize/device`.
    #[schemars(extend("format" = "password"))]
    pub device_code: String,
    /// The IP address the user signs in from.
    pub ip_address: Option<String>,
    /// Your identifier for the user's device.
    pub device_id: Option<String>,
    /// The user agent of the device.
    pub user_agent: Option<String>,
}

/// Request body of `POST /user_management/authenticate`: one grant, named by `grant_type`.
#[derive(JsonSchema)]
#[serde(tag = "grant_type")]
pub enum AuthenticateRequest {
    /// Exchange an authorization code (`authorization_code`).
    #[serde(rename = "authorization_code")]
    #[schemars(title = "AuthorizationCode")]
    AuthorizationCode(AuthenticateWithCode),
    /// Sign in with e-mail address and password (`password`).
    #[serde(rename = "password")]
    #[schemars(title = "Password")]
    Password(AuthenticateWithPassword),
    /// Refresh a session (`refresh_token`).
    #[serde(rename = "refresh_token")]
    #[schemars(title = "RefreshToken")]
    RefreshToken(AuthenticateWithRefreshToken),
    /// Sign in with a Magic Auth code.
    #[serde(rename = "urn:workos:oauth:grant-type:magic-auth:code")]
    #[schemars(title = "MagicAuth")]
    MagicAuth(AuthenticateWithMagicAuth),
    /// Finish a sign-in with an e-mail verification code.
    #[serde(rename = "urn:workos:oauth:grant-type:email-verification:code")]
    #[schemars(title = "EmailVerification")]
    EmailVerification(AuthenticateWithEmailVerification),
    /// Finish a sign-in with a TOTP code.
    #[serde(rename = "urn:workos:oauth:grant-type:mfa-totp")]
    #[schemars(title = "MfaTotp")]
    MfaTotp(AuthenticateWithTotp),
    /// Finish a sign-in by choosing an organization.
    #[serde(rename = "urn:workos:oauth:grant-type:organization-selection")]
    #[schemars(title = "OrganizationSelection")]
    OrganizationSelection(AuthenticateWithOrganizationSelection),
    /// Finish a sign-in with a Radar e-mail challenge code.
    #[serde(rename = "urn:workos:oauth:grant-type:radar-email-challenge:code")]
    #[schemars(title = "RadarEmailChallenge")]
    RadarEmailChallenge(AuthenticateWithRadarEmailChallenge),
    /// Finish a sign-in with a Radar SMS challenge code.
    #[serde(rename = "urn:workos:oauth:grant-type:radar-sms-challenge:code")]
    #[schemars(title = "RadarSmsChallenge")]
    RadarSmsChallenge(AuthenticateWithRadarSmsChallenge),
    /// Poll for the tokens of a device authorization.
    #[serde(rename = "urn:ietf:params:oauth:grant-type:device_code")]
    #[schemars(title = "DeviceCode")]
    DeviceCode(AuthenticateWithDeviceCode),
}

/// How the user started the session.
#[derive(JsonSchema)]
pub enum AuthenticationMethod {
    /// Enterprise SSO.
    #[serde(rename = "SSO")]
    Sso,
    /// E-mail address and password.
    Password,
    /// A passkey.
    Passkey,
    /// Sign in with Apple.
    AppleOAuth,
    /// Bitbucket.
    BitbucketOAuth,
    /// Sign-in carried over from another application.
    CrossAppAuth,
    /// Discord.
    DiscordOAuth,
    /// An external authentication provider of your own.
    ExternalAuth,
    /// GitHub.
    GitHubOAuth,
    /// GitLab.
    GitLabOAuth,
    /// Google.
    GoogleOAuth,
    /// Grok.
    GrokOAuth,
    /// X (Twitter).
    XOAuth,
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
    /// A Magic Auth code.
    MagicAuth,
    /// A dashboard administrator impersonating the user.
    Impersonation,
    /// A session imported from another system.
    MigratedSession,
}

/// The tokens an OAuth provider issued when the user signed in through it.
#[derive(JsonSchema)]
pub struct OAuthTokens {
    /// The provider, such as `GoogleOAuth`; absent from some live answers.
    pub provider: Option<String>,
    /// The provider's refresh token, if it issued one.
    #[schemars(extend("format" = "password"))]
    pub refresh_token: Option<String>,
    /// The provider's access token.
    #[schemars(extend("format" = "password"))]
    pub access_token: String,
    /// When the access token expires, in seconds since the Unix epoch.
    pub expires_at: Option<i64>,
    /// The scopes the access token grants.
    #[serde(default)]
    pub scopes: Vec<String>,
}

/// A successful authentication: the user and the session's tokens.
#[derive(JsonSchema)]
pub struct AuthenticateResponse {
    /// The user who signed in.
    pub user: crate::user_management::User,
    /// The organization the session belongs to, if any.
    pub organization_id: Option<String>,
    /// A code another application can exchange for tokens of this session.
    #[schemars(extend("format" = "password"))]
    pub authkit_authorization_code: Option<String>,
    /// A JWT that describes the session; verify it with the JWKS.
    #[schemars(extend("format" = "password"))]
    pub access_token: String,
    /// Trade it in with the `refresh_token` grant for a new access token.
    #[schemars(extend("format" = "password"))]
    pub refresh_token: String,
    /// How the session was started.
    pub authentication_method: Option<AuthenticationMethod>,
    /// Who is impersonating the user, when a dashboard administrator started the session.
    pub impersonator: Option<crate::user_management::Impersonator>,
    /// The OAuth provider's own tokens, when the user signed in through one that returns them.
    pub oauth_tokens: Option<OAuthTokens>,
}

/// Which AuthKit screen opens first.
#[derive(JsonSchema)]
pub enum ScreenHint {
    /// The sign-up screen.
    #[serde(rename = "sign-up")]
    SignUp,
    /// The sign-in screen (the default).
    #[serde(rename = "sign-in")]
    SignIn,
}

/// Where AuthKit's authorization URL sends the user: the hosted AuthKit pages or an OAuth
/// provider directly.
#[derive(JsonSchema)]
pub enum AuthKitProvider {
    /// The hosted AuthKit pages.
    #[serde(rename = "authkit")]
    AuthKit,
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

/// Query of the AuthKit authorization URL. Choose where the user signs in with `provider`,
/// `connection_id` or `organization_id`.
#[derive(JsonSchema)]
pub struct AuthKitAuthorizeQuery {
    /// How `code_challenge` was derived; only `S256` is accepted.
    #[schemars(extend("const" = "S256"))]
    pub code_challenge_method: Option<String>,
    /// The PKCE challenge derived from the code verifier the code exchange will carry.
    pub code_challenge: Option<String>,
    /// Prefills the domain on Microsoft OAuth and Google SAML sign-in pages.
    pub domain_hint: Option<String>,
    /// Sign in through this SSO connection, `conn_...`.
    pub connection_id: Option<String>,
    /// Extra query parameters passed on to an OAuth provider.
    #[serde(default)]
    pub provider_query_params: Metadata,
    /// Extra scopes to ask an OAuth provider for.
    #[serde(default)]
    pub provider_scopes: Vec<String>,
    /// An invitation token; the user signs up to accept that invitation.
    #[schemars(extend("format" = "password"))]
    pub invitation_token: Option<String>,
    /// Make the user sign in again when their last sign-in is older than this many seconds.
    pub max_age: Option<u32>,
    /// Which AuthKit screen opens first.
    pub screen_hint: Option<ScreenHint>,
    /// Prefills the e-mail address on the sign-in page.
    pub login_hint: Option<String>,
    /// The hosted AuthKit pages or an OAuth provider.
    pub provider: Option<AuthKitProvider>,
    /// `login` forces the user to sign in again; other values follow OpenID Connect.
    pub prompt: Option<String>,
    /// An opaque value returned unchanged on the redirect.
    pub state: Option<String>,
    /// Sign in through the SSO connection of this organization, `org_...`.
    pub organization_id: Option<String>,
    /// Always `code`: the authorization code flow.
    #[schemars(extend("const" = "code"))]
    pub response_type: String,
    /// Where AuthKit sends the user back with a code; one of the configured redirect URIs.
    pub redirect_uri: String,
    /// Your application's client id, `client_...`.
    pub client_id: String,
}

/// Request body that starts CLI Auth (the OAuth device authorization flow).
#[derive(JsonSchema)]
pub struct AuthorizeDevice {
    /// Your application's client id, `client_...`.
    pub client_id: String,
}

/// The codes and URLs of a device authorization: show `user_code` and `verification_uri` to
/// the user, and poll with `device_code`.
#[derive(JsonSchema)]
pub struct DeviceAuthorization {
    /// The code the device polls `POST /user_management/authenticate` with; never show it.
    #[schemars(extend("format" = "password"))]
    pub device_code: String,
    /// The short code the user confirms in the browser.
    pub user_code: String,
    /// The page where the user enters `user_code`.
    pub verification_uri: String,
    /// The same page with `user_code` already filled in.
    pub verification_uri_complete: Option<String>,
    /// Seconds until both codes expire.
    pub expires_in: Option<f64>,
    /// The fewest seconds to wait between two polls.
    pub interval: Option<f64>,
}

/// Request body that allows a browser origin to call AuthKit.
#[derive(JsonSchema)]
pub struct CreateCorsOrigin {
    /// The origin, such as `https://app.example.com`.
    pub origin: String,
}

/// A browser origin allowed to call AuthKit.
#[derive(JsonSchema)]
pub struct CorsOrigin {
    /// Always `cors_origin`.
    #[schemars(extend("const" = "cors_origin"))]
    pub object: String,
    /// Unique id, `cors_origin_...`.
    pub id: String,
    /// The origin, such as `https://app.example.com`.
    pub origin: String,
    /// When the origin was added.
    pub created_at: Timestamp,
    /// When the origin last changed.
    pub updated_at: Timestamp,
}

/// The Liquid template that adds custom claims to AuthKit access tokens.
#[derive(JsonSchema)]
pub struct JwtTemplate {
    /// Always `jwt_template`.
    #[schemars(extend("const" = "jwt_template"))]
    pub object: String,
    /// The template, in Liquid.
    pub content: String,
    /// When the template was created.
    pub created_at: String,
    /// When the template last changed.
    pub updated_at: String,
}

/// Request body that replaces the JWT template.
#[derive(JsonSchema)]
pub struct UpdateJwtTemplate {
    /// The new template, in Liquid.
    pub content: String,
}

/// Request body that creates a Magic Auth code and e-mails it.
#[derive(JsonSchema)]
pub struct CreateMagicAuth {
    /// The e-mail address to send the code to.
    pub email: String,
    /// An invitation token the code's sign-in will accept.
    #[schemars(extend("format" = "password"))]
    pub invitation_token: Option<String>,
    /// The IP address of the user who asked for the code.
    pub ip_address: Option<String>,
    /// The user agent of the user who asked for the code.
    pub user_agent: Option<String>,
    /// A Radar authentication attempt this request continues.
    pub radar_auth_attempt_id: Option<String>,
    /// The Radar signals id that ties client-side signals to this request.
    pub signals_id: Option<String>,
    /// The language of the e-mail with the code; left out, the environment's default.
    pub locale: Option<crate::invitations::InvitationLocale>,
}

/// A one-time sign-in code sent by e-mail.
#[derive(JsonSchema)]
pub struct MagicAuth {
    /// Always `magic_auth`.
    #[schemars(extend("const" = "magic_auth"))]
    pub object: String,
    /// Unique id, `magic_auth_...`.
    pub id: String,
    /// The user the code signs in.
    pub user_id: Option<String>,
    /// The e-mail address the code went to.
    pub email: String,
    /// When the code stops working.
    pub expires_at: Option<Timestamp>,
    /// When the code was created.
    pub created_at: Timestamp,
    /// When the code last changed.
    pub updated_at: Timestamp,
    /// The code itself.
    #[schemars(extend("format" = "password"))]
    pub code: Option<String>,
}

/// A Magic Auth code just created, with the Radar attempt that sending it opened.
#[derive(JsonSchema)]
pub struct CreatedMagicAuth {
    /// The code.
    #[serde(flatten)]
    pub magic_auth: MagicAuth,
    /// The Radar authentication attempt opened for this code, when Radar is on; pass it to
    /// the Magic Auth grant.
    pub radar_auth_attempt_id: Option<String>,
}

/// Request body that texts a Radar SMS challenge code to the user.
#[derive(JsonSchema)]
pub struct SendRadarSmsChallenge {
    /// The user to challenge.
    pub user_id: String,
    /// The token of the sign-in that Radar stopped.
    #[schemars(extend("format" = "password"))]
    pub pending_authentication_token: String,
    /// The phone number to text the code to.
    pub phone_number: String,
    /// The IP address of the user's request.
    pub ip_address: Option<String>,
    /// The user agent of the user's request.
    pub user_agent: Option<String>,
}

/// A Radar SMS challenge that was sent.
#[derive(JsonSchema)]
pub struct RadarSmsChallenge {
    /// The SMS verification; pass it to the Radar SMS challenge grant.
    pub verification_id: String,
    /// The phone number the code went to.
    pub phone_number: String,
}

/// A one-time code Radar e-mailed to confirm a suspicious sign-in.
#[derive(JsonSchema)]
pub struct RadarChallenge {
    /// Always `radar_challenge`.
    #[schemars(extend("const" = "radar_challenge"))]
    pub object: String,
    /// Unique id, `radar_challenge_...`.
    pub id: String,
    /// How the code was delivered: `email`.
    #[serde(rename = "type")]
    #[schemars(extend("const" = "email"), transform = crate::extensions::rust_name("kind"))]
    pub kind: String,
    /// The user being challenged.
    pub user_id: Option<String>,
    /// The e-mail address the code went to.
    pub email: Option<String>,
    /// When the code stops working.
    pub expires_at: Option<Timestamp>,
    /// When the challenge was created.
    pub created_at: Timestamp,
    /// When the challenge last changed.
    pub updated_at: Timestamp,
    /// The code itself.
    #[schemars(extend("format" = "password"))]
    pub code: Option<String>,
}

/// Request body that allows a URI as a redirect target after AuthKit sign-in.
#[derive(JsonSchema)]
pub struct CreateRedirectUri {
    /// The URI.
    pub uri: String,
}

/// A URI that AuthKit may redirect to after sign-in.
#[derive(JsonSchema)]
pub struct RedirectUri {
    /// Always `redirect_uri`.
    #[schemars(extend("const" = "redirect_uri"))]
    pub object: String,
    /// Unique id, `redir_...`.
    pub id: String,
    /// The URI.
    pub uri: String,
    /// Whether this URI is used when a request names none.
    pub default: Option<bool>,
    /// When the URI was added.
    pub created_at: String,
    /// When the URI last changed.
    pub updated_at: String,
}

/// Query of the AuthKit logout redirect.
#[derive(JsonSchema)]
pub struct AuthKitLogoutQuery {
    /// The session to end: the `sid` claim of its access token.
    pub session_id: String,
    /// Where to send the browser afterwards; one of the configured sign-out redirects.
    pub return_to: Option<String>,
}

/// Request body that ends a session.
#[derive(JsonSchema)]
pub struct RevokeSession {
    /// The session to end: the `sid` claim of its access token.
    pub session_id: String,
}

/// The AuthKit operations: sign-in, sessions, Magic Auth, Radar challenges and settings.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/sso/jwks/{clientId}", "get_jwks")
            .sdk("authkit", "jwks")
            .tag("user-management.session-tokens")
            .doc("Fetches the public keys that verify an application's access tokens.")
            .path_param("clientId", "Your application's client id, `client_...`.")
            .returns::<Jwks>(200)
            .errors(&[404])
            .public()
            // WorkOS publishes one or two RSA keys, each with its certificate: a few KiB. A
            // dozen 4096-bit keys with their chains still fit.
            .max_response_bytes(64 * 1024),
        Operation::post("/user_management/authenticate", "authenticate")
            .sdk("authkit", "authenticate")
            .limited_per_subject(crate::rate_limits::SIGN_INS)
            .tag("user-management.authentication")
            .doc("Signs a user in with one grant and returns the user and the session's tokens.")
            .details(
                "The body's client credentials authenticate the call, so it needs no API key: \
                 confidential clients put their API key in `client_secret`; public clients use \
                 PKCE (`code_verifier`), a refresh token or a device code without a secret.",
            )
            .json_body::<AuthenticateRequest>()
            .returns::<AuthenticateResponse>(200)
            .errors(&[400, 403, 404, 422, 429])
            .public(),
        Operation::get("/user_management/authorize", "authkit_authorize")
            .tag("user-management.authentication")
            .doc("Starts AuthKit sign-in: the browser signs in, then returns with a code.")
            .comma_separated("provider_scopes")
            .query::<AuthKitAuthorizeQuery>()
            .browser_redirect()
            .empty(302)
            .public(),
        Operation::post("/user_management/authorize/device", "authorize_device")
            .sdk("authkit", "authorize_device")
            .tag("user-management.authentication")
            .doc("Starts CLI Auth: issues a device code, a user code and the page to confirm it on.")
            .json_body::<AuthorizeDevice>()
            .returns::<DeviceAuthorization>(200)
            .errors(&[400, 403])
            .public(),
        // The OAuth 2.0 form of the same start (RFC 8628), which WorkOS's Ruby SDK 10.2.1 calls
        // (workos-newer2-operations.yaml, medium): a public client, no API key.
        Operation::post("/oauth2/device_authorization", "start_device_authorization")
            .sdk("authkit", "start_device_authorization")
            .tag("user-management.authentication")
            .doc("Starts a device authorization (RFC 8628) as a public client: a device code, a user code and the page to confirm it on.")
            .details("The same codes as `authorize_device`, from the OAuth 2.0 route; no API key is sent.")
            .json_body::<AuthorizeDevice>()
            .returns::<DeviceAuthorization>(200)
            .errors(&[400, 422])
            .public(),
        Operation::post("/user_management/cors_origins", "create_cors_origin")
            .sdk("authkit", "create_cors_origin")
            .tag("user-management.cors-origins")
            .doc("Allows a browser origin to call AuthKit.")
            .json_body::<CreateCorsOrigin>()
            .returns::<CorsOrigin>(201)
            .errors(&[409, 422]),
        Operation::get("/user_management/cors_origins", "list_cors_origins")
            .sdk("authkit", "list_cors_origins")
            .tag("user-management.cors-origins")
            .doc("Lists the browser origins allowed to call AuthKit.")
            .query::<ListQuery>()
            .list::<CorsOrigin>()
            .errors(&[401]),
        Operation::get("/user_management/jwt_template", "get_jwt_template")
            .sdk("authkit", "get_jwt_template")
            .tag("user-management.jwt-template")
            .doc("Fetches the template of the custom claims in access tokens.")
            .returns::<JwtTemplate>(200)
            .errors(&[404]),
        Operation::put("/user_management/jwt_template", "update_jwt_template")
            .sdk("authkit", "update_jwt_template")
            .tag("user-management.jwt-template")
            .doc("Replaces the template of the custom claims in access tokens.")
            .json_body::<UpdateJwtTemplate>()
            .returns::<JwtTemplate>(200)
            .errors(&[422]),
        Operation::post("/user_management/magic_auth", "create_magic_auth")
            .sdk("authkit", "create_magic_auth")
            .limited_per_subject(crate::rate_limits::MAGIC_AUTH_SENDS)
            .tag("user-management.magic-auth")
            .doc("Creates a Magic Auth code and e-mails it to the address.")
            .json_body::<CreateMagicAuth>()
            .returns::<CreatedMagicAuth>(201)
            .errors(&[400, 422, 429]),
        Operation::get("/user_management/magic_auth/{id}", "get_magic_auth")
            .sdk("authkit", "get_magic_auth")
            .tag("user-management.magic-auth")
            .doc("Fetches one Magic Auth code.")
            .path_param("id", "The Magic Auth code's id, `magic_auth_...`.")
            .returns::<MagicAuth>(200)
            .errors(&[404]),
        Operation::post("/user_management/radar_challenges", "send_radar_challenge")
            .sdk("authkit", "send_radar_challenge")
            .tag("user-management.authentication")
            .doc("Texts a Radar challenge code to the user of a sign-in that Radar stopped.")
            .json_body::<SendRadarSmsChallenge>()
            .returns::<RadarSmsChallenge>(201),
        Operation::get("/user_management/radar_challenges/{id}", "get_radar_challenge")
            .sdk("authkit", "get_radar_challenge")
            .tag("user-management.authentication")
            .doc("Fetches one Radar e-mail challenge.")
            .path_param("id", "The challenge's id, `radar_challenge_...`.")
            .returns::<RadarChallenge>(200)
            .errors(&[404]),
        Operation::post("/user_management/redirect_uris", "create_redirect_uri")
            .sdk("authkit", "create_redirect_uri")
            .tag("user-management.redirect-uris")
            .doc("Allows a URI as a redirect target after sign-in.")
            .json_body::<CreateRedirectUri>()
            .returns::<RedirectUri>(201)
            .errors(&[400, 401, 422]),
        Operation::get("/user_management/redirect_uris", "list_redirect_uris")
            .sdk("authkit", "list_redirect_uris")
            .tag("user-management.redirect-uris")
            .doc("Lists the URIs allowed as redirect targets after sign-in.")
            .query::<ListQuery>()
            .list::<RedirectUri>()
            .errors(&[401]),
        Operation::delete("/user_management/redirect_uris/{id}", "delete_redirect_uri")
            .sdk("authkit", "delete_redirect_uri")
            .tag("user-management.redirect-uris")
            .doc("Removes a URI from the allowed redirect targets.")
            .path_param("id", "The redirect URI's id, `redir_...`.")
            .empty(204)
            .errors(&[401, 404, 409]),
        Operation::get("/user_management/sessions/logout", "authkit_logout")
            .tag("user-management.authentication")
            .doc("Ends a session in the browser, then sends the user on to `return_to`.")
            .query::<AuthKitLogoutQuery>()
            .browser_redirect()
            .empty(302)
            .errors(&[422])
            .public(),
        Operation::post("/user_management/sessions/revoke", "revoke_session")
            .sdk("authkit", "revoke_session")
            .tag("user-management.authentication")
            .doc("Ends a session, so that its refresh token stops working.")
            .json_body::<RevokeSession>()
            .empty(200)
            .errors(&[400]),
    ]
}
