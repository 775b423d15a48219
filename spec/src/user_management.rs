//! AuthKit users: their accounts, e-mail verification, password resets, e-mail changes,
//! linked identities, sessions and second factors.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{ListQuery, Metadata, PageQuery, Timestamp};

/// A person who signs in to your application through AuthKit.
#[derive(JsonSchema)]
pub struct User {
    /// Always `user`.
    #[schemars(extend("const" = "user"))]
    pub object: String,
    /// Unique id, `user_...`.
    pub id: String,
    /// The e-mail address the user signs in with.
    pub email: String,
    /// Whether the user has proven they own `email`.
    pub email_verified: Option<bool>,
    /// Given name.
    pub first_name: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
    /// Full name.
    pub name: Option<String>,
    /// URL of the user's avatar.
    pub profile_picture_url: Option<String>,
    /// Your own identifier for the user, if you set one.
    pub external_id: Option<String>,
    /// Your own key-value data about the user.
    #[serde(default)]
    pub metadata: Metadata,
    /// When the user last signed in; `null` if never.
    pub last_sign_in_at: Option<Timestamp>,
    /// The user's preferred locale, such as `en-US`.
    pub locale: Option<String>,
    /// When the user was created.
    pub created_at: Timestamp,
    /// When the user last changed.
    pub updated_at: Timestamp,
}

/// A user just created, with the Radar attempt the creation started.
#[derive(JsonSchema)]
pub struct CreatedUser {
    /// The new user.
    #[serde(flatten)]
    pub user: User,
    /// The Radar authentication attempt created for this sign-up, when Radar is on; pass it
    /// on to the authenticate call that follows.
    pub radar_auth_attempt_id: Option<String>,
}

/// An answer that carries the user an action applied to.
#[derive(JsonSchema)]
pub struct UserEnvelope {
    /// The user, as the action left them.
    pub user: User,
}

/// Query of the user list.
#[derive(JsonSchema)]
pub struct ListUsersQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Deprecated: the same filter as `organization_id`.
    #[deprecated]
    pub organization: Option<String>,
    /// Only members of this organization.
    pub organization_id: Option<String>,
    /// Only the user with this e-mail address.
    pub email: Option<String>,
}

/// The algorithm that produced an imported password hash.
#[derive(JsonSchema)]
pub enum PasswordHashType {
    /// bcrypt.
    #[serde(rename = "bcrypt")]
    Bcrypt,
    /// Firebase's modified scrypt.
    #[serde(rename = "firebase-scrypt")]
    FirebaseScrypt,
    /// Salted SHA-1.
    #[serde(rename = "ssha")]
    Ssha,
    /// Salted SHA-256.
    #[serde(rename = "ssha256")]
    Ssha256,
    /// scrypt.
    #[serde(rename = "scrypt")]
    Scrypt,
    /// PBKDF2.
    #[serde(rename = "pbkdf2")]
    Pbkdf2,
    /// Argon2.
    #[serde(rename = "argon2")]
    Argon2,
}

/// Where the salt went when an imported hash was computed.
#[derive(JsonSchema)]
pub enum PasswordSaltPosition {
    /// Before the password: `hash(salt + password)`.
    #[serde(rename = "prefix")]
    Prefix,
    /// After the password: `hash(password + salt)` (the default).
    #[serde(rename = "suffix")]
    Suffix,
}

/// Request body that creates a user.
///
/// A password is optional and comes in one of two forms, never both: `password` in plain
/// text, or an imported `password_hash` together with its `password_hash_type` (plus
/// `password_salt_position` for `ssha256` hashes).
#[derive(JsonSchema)]
pub struct CreateUser {
    /// The e-mail address the user will sign in with.
    pub email: String,
    /// Given name.
    pub first_name: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
    /// Full name.
    pub name: Option<String>,
    /// Whether the address is already known to belong to the user.
    pub email_verified: Option<bool>,
    /// Your own key-value data.
    pub metadata: Option<Metadata>,
    /// Your own identifier, at most 128 ASCII characters.
    #[schemars(length(max = 128))]
    pub external_id: Option<String>,
    /// The IP address the sign-up came from, for Radar.
    pub ip_address: Option<String>,
    /// The user agent the sign-up came from, for Radar.
    pub user_agent: Option<String>,
    /// The Radar signals id collected in the browser, to tie its signals to this request.
    pub signals_id: Option<String>,
    /// A password in plain text. Not with `password_hash`.
    #[schemars(extend("format" = "password"))]
    pub password: Option<String>,
    /// A password hash imported from another system; needs `password_hash_type`. Not with
    /// `password`.
    #[schemars(extend("format" = "password"))]
    pub password_hash: Option<String>,
    /// The algorithm of `password_hash`; needs `password_hash`.
    pub password_hash_type: Option<PasswordHashType>,
    /// Where the salt sits in `password_hash`; `ssha256` hashes only.
    pub password_salt_position: Option<PasswordSaltPosition>,
}

/// Request body that changes a user; absent fields keep their value.
///
/// A new password comes in one of two forms, never both: `password` in plain text, or an
/// imported `password_hash` together with its `password_hash_type` (plus
/// `password_salt_position` for `ssha256` hashes).
#[derive(JsonSchema)]
pub struct UpdateUser {
    /// New sign-in e-mail address.
    pub email: Option<String>,
    /// New given name.
    pub first_name: Option<String>,
    /// New family name.
    pub last_name: Option<String>,
    /// New full name.
    pub name: Option<String>,
    /// Marks the address verified or not.
    pub email_verified: Option<bool>,
    /// New key-value data; replaces the old.
    pub metadata: Option<Metadata>,
    /// New external identifier, at most 128 ASCII characters.
    #[schemars(length(max = 128))]
    pub external_id: Option<String>,
    /// New preferred locale, such as `en-US`.
    pub locale: Option<String>,
    /// A new password in plain text. Not with `password_hash`.
    #[schemars(extend("format" = "password"))]
    pub password: Option<String>,
    /// A password hash imported from another system; needs `password_hash_type`. Not with
    /// `password`.
    #[schemars(extend("format" = "password"))]
    pub password_hash: Option<String>,
    /// The algorithm of `password_hash`; needs `password_hash`.
    pub password_hash_type: Option<PasswordHashType>,
    /// Where the salt sits in `password_hash`; `ssha256` hashes only.
    pub password_salt_position: Option<PasswordSaltPosition>,
}

/// A one-time code sent to a user to prove they own their e-mail address.
#[derive(JsonSchema)]
pub struct EmailVerification {
    /// Always `email_verification`.
    #[schemars(extend("const" = "email_verification"))]
    pub object: String,
    /// Unique id, `email_verification_...`.
    pub id: String,
    /// The user the code was sent to.
    pub user_id: Option<String>,
    /// The address the code was sent to.
    pub email: Option<String>,
    /// When the code stops working.
    pub expires_at: Option<Timestamp>,
    /// The code itself.
    #[schemars(extend("format" = "password"))]
    pub code: Option<String>,
    /// When the code was created.
    pub created_at: Timestamp,
    /// When the code last changed.
    pub updated_at: Timestamp,
}

/// A one-time code, as the user typed it in.
#[derive(JsonSchema)]
pub struct VerifyEmailAddress {
    /// The code.
    #[schemars(extend("format" = "password"))]
    pub code: String,
}

/// Request body that starts a password reset.
#[derive(JsonSchema)]
pub struct CreatePasswordReset {
    /// The e-mail address of the user who forgot their password.
    pub email: String,
    /// The language of the reset e-mail; left out, the environment's default.
    pub locale: Option<crate::invitations::InvitationLocale>,
}

/// A password reset: the token that lets a user choose a new password.
#[derive(JsonSchema)]
pub struct PasswordReset {
    /// Always `password_reset`.
    #[schemars(extend("const" = "password_reset"))]
    pub object: String,
    /// Unique id, `password_reset_...`.
    pub id: String,
    /// The user whose password may be reset.
    pub user_id: Option<String>,
    /// That user's e-mail address.
    pub email: Option<String>,
    /// When the token stops working.
    pub expires_at: Option<Timestamp>,
    /// The token to pass back with the new password.
    #[schemars(extend("format" = "password"))]
    pub password_reset_token: Option<String>,
    /// Your reset page's URL with the token in it, ready to send to the user.
    #[schemars(extend("format" = "password"))]
    pub password_reset_url: Option<String>,
    /// When the reset was started.
    pub created_at: Timestamp,
}

/// Request body that sets a new password with a reset token.
#[derive(JsonSchema)]
pub struct ResetPassword {
    /// The token of the password reset.
    #[schemars(extend("format" = "password"))]
    pub token: String,
    /// The new password.
    #[schemars(extend("format" = "password"))]
    pub new_password: String,
}

/// Request body that asks a user to confirm a new e-mail address.
#[derive(JsonSchema)]
pub struct SendEmailChange {
    /// The address the user wants to move to.
    pub new_email: String,
    /// The language of the confirmation e-mail; left out, the environment's default.
    pub locale: Option<crate::invitations::InvitationLocale>,
}

/// A pending change of a user's e-mail address, waiting for its code.
#[derive(JsonSchema)]
pub struct EmailChange {
    /// Always `email_change`.
    #[schemars(extend("const" = "email_change"))]
    pub object: String,
    /// The user whose address changes.
    pub user: User,
    /// The address the code was sent to.
    pub new_email: String,
    /// When the code stops working.
    pub expires_at: Option<Timestamp>,
    /// When the change was requested.
    pub created_at: Timestamp,
}

/// Request body that confirms an e-mail change.
#[derive(JsonSchema)]
pub struct ConfirmEmailChange {
    /// The one-time code sent to the new address.
    #[schemars(extend("format" = "password"))]
    pub code: String,
}

/// A completed e-mail change.
#[derive(JsonSchema)]
pub struct EmailChangeConfirmation {
    /// Always `email_change_confirmation`.
    #[schemars(extend("const" = "email_change_confirmation"))]
    pub object: String,
    /// The user, now with the new address.
    pub user: User,
}

/// The kind of a linked identity.
#[derive(JsonSchema)]
pub enum IdentityType {
    /// An account at an OAuth provider.
    #[serde(rename = "OAuth")]
    OAuth,
}

/// The OAuth provider of a linked identity.
#[derive(JsonSchema)]
pub enum IdentityProvider {
    /// Sign in with Apple.
    #[serde(rename = "AppleOAuth")]
    AppleOAuth,
    /// Bitbucket.
    #[serde(rename = "BitbucketOAuth")]
    BitbucketOAuth,
    /// Discord.
    #[serde(rename = "DiscordOAuth")]
    DiscordOAuth,
    /// GitHub, spelled `GithubOAuth`.
    #[serde(rename = "GithubOAuth")]
    GithubOAuth,
    // Wire: not in the reference. WorkOS's Node SDK types identity providers as either
    // `GithubOAuth` or `GitHubOAuth` (the spelling connections use), so both may arrive.
    /// GitHub, spelled `GitHubOAuth` as in connection types.
    #[serde(rename = "GitHubOAuth")]
    GitHubOAuth,
    /// GitLab.
    #[serde(rename = "GitLabOAuth")]
    GitLabOAuth,
    /// Google.
    #[serde(rename = "GoogleOAuth")]
    GoogleOAuth,
    /// Grok.
    #[serde(rename = "GrokOAuth")]
    GrokOAuth,
    /// X (Twitter).
    #[serde(rename = "XOAuth")]
    XOAuth,
    /// Intuit.
    #[serde(rename = "IntuitOAuth")]
    IntuitOAuth,
    /// LinkedIn.
    #[serde(rename = "LinkedInOAuth")]
    LinkedInOAuth,
    /// Microsoft.
    #[serde(rename = "MicrosoftOAuth")]
    MicrosoftOAuth,
    /// Salesforce.
    #[serde(rename = "SalesforceOAuth")]
    SalesforceOAuth,
    /// Slack.
    #[serde(rename = "SlackOAuth")]
    SlackOAuth,
    /// Vercel Marketplace.
    #[serde(rename = "VercelMarketplaceOAuth")]
    VercelMarketplaceOAuth,
    /// Vercel.
    #[serde(rename = "VercelOAuth")]
    VercelOAuth,
    /// Xero.
    #[serde(rename = "XeroOAuth")]
    XeroOAuth,
}

/// An account at an external provider that is linked to a user.
#[derive(JsonSchema)]
pub struct UserIdentity {
    /// The user's id at the provider.
    pub idp_id: String,
    /// The kind of identity.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: IdentityType,
    /// The provider.
    pub provider: IdentityProvider,
}

/// Every identity linked to a user.
#[derive(JsonSchema)]
#[schemars(transparent)]
pub struct UserIdentities(pub Vec<UserIdentity>);

/// The WorkOS Dashboard user behind an impersonated session.
#[derive(JsonSchema)]
pub struct Impersonator {
    /// The impersonator's e-mail address.
    pub email: String,
    /// Why they impersonate the user, as they stated it.
    pub reason: Option<String>,
}

/// The Rust variants of [`SessionAuthMethod`]'s values: the value `unknown` would otherwise
/// take the name of the generated enum's catch-all variant, `Unknown`.
const SESSION_AUTH_METHOD_VARIANTS: &[&str] = &[
    "CrossAppAuth",
    "ExternalAuth",
    "Impersonation",
    "MagicCode",
    "MigratedSession",
    "Oauth",
    "Passkey",
    "Password",
    "Sso",
    "UnknownMethod",
];

/// How a session was signed in.
#[derive(JsonSchema)]
#[schemars(transform = crate::extensions::enum_varnames(SESSION_AUTH_METHOD_VARIANTS))]
pub enum SessionAuthMethod {
    /// Cross-app authentication.
    #[serde(rename = "cross_app_auth")]
    CrossAppAuth,
    /// AuthKit's external authentication, where your own pages sign the user in.
    #[serde(rename = "external_auth")]
    ExternalAuth,
    /// A Dashboard user impersonating the user.
    #[serde(rename = "impersonation")]
    Impersonation,
    /// A Magic Auth code sent by e-mail.
    #[serde(rename = "magic_code")]
    MagicCode,
    /// Imported from another system.
    #[serde(rename = "migrated_session")]
    MigratedSession,
    /// An OAuth provider.
    #[serde(rename = "oauth")]
    Oauth,
    /// A passkey.
    #[serde(rename = "passkey")]
    Passkey,
    /// E-mail and password.
    #[serde(rename = "password")]
    Password,
    /// Single Sign-On.
    #[serde(rename = "sso")]
    Sso,
    /// The method was not recorded (the value `unknown`).
    #[serde(rename = "unknown")]
    UnknownMethod,
}

/// Whether a session can still be used.
#[derive(JsonSchema)]
pub enum SessionStatus {
    /// Signed in.
    #[serde(rename = "active")]
    Active,
    /// Ran out of time.
    #[serde(rename = "expired")]
    Expired,
    /// Ended by sign-out or revocation.
    #[serde(rename = "revoked")]
    Revoked,
}

/// One signed-in session of a user.
#[derive(JsonSchema)]
pub struct UserSession {
    /// Always `session`.
    #[schemars(extend("const" = "session"))]
    pub object: String,
    /// Unique id, `session_...`.
    pub id: String,
    /// The user the session belongs to.
    pub user_id: Option<String>,
    /// The organization the session is signed in to, if any.
    pub organization_id: Option<String>,
    /// How the session was signed in.
    pub auth_method: Option<SessionAuthMethod>,
    /// Whether the session can still be used.
    pub status: Option<SessionStatus>,
    /// The IP address the session was created from.
    pub ip_address: Option<String>,
    /// The user agent of the device that created the session.
    pub user_agent: Option<String>,
    /// Who is impersonating the user, for an impersonated session.
    pub impersonator: Option<Impersonator>,
    /// When the session runs out.
    pub expires_at: Option<Timestamp>,
    /// When the session ended; `null` while it lasts.
    pub ended_at: Option<Timestamp>,
    /// When the session was created.
    pub created_at: Timestamp,
    /// When the session last changed.
    pub updated_at: Timestamp,
}

/// Request body that enrolls a user in a TOTP second factor.
#[derive(JsonSchema)]
pub struct EnrollUserAuthenticationFactor {
    /// The kind of factor; only `totp`.
    #[serde(rename = "type")]
    #[schemars(extend("const" = "totp"), transform = crate::extensions::rust_name("kind"))]
    pub kind: String,
    /// The issuer the authenticator app shows, usually your application's name.
    pub totp_issuer: Option<String>,
    /// The account name the authenticator app shows, usually the user's e-mail.
    pub totp_user: Option<String>,
    /// A Base32 shared secret to use instead of a generated one; it must suit SHA-1, six
    /// digits and a 30-second step.
    #[schemars(extend("format" = "password"))]
    pub totp_secret: Option<String>,
}

/// The kind of a second factor.
#[derive(JsonSchema)]
pub enum AuthenticationFactorType {
    /// A one-time code delivered by other means.
    #[serde(rename = "generic_otp")]
    GenericOtp,
    /// A code sent by text message.
    #[serde(rename = "sms")]
    Sms,
    /// A time-based code from an authenticator app.
    #[serde(rename = "totp")]
    Totp,
    /// A WebAuthn credential.
    #[serde(rename = "webauthn")]
    Webauthn,
}

/// The phone of an SMS factor.
#[derive(JsonSchema)]
pub struct AuthenticationFactorSms {
    /// The phone number codes are sent to.
    pub phone_number: String,
}

/// A TOTP factor as enrollment returns it, with the secret the authenticator app needs.
#[derive(JsonSchema)]
pub struct AuthenticationFactorEnrolledTotp {
    /// The issuer the authenticator app shows.
    pub issuer: Option<String>,
    /// The account name the authenticator app shows.
    pub user: Option<String>,
    /// The shared secret, for typing into an authenticator app by hand.
    #[schemars(extend("format" = "password"))]
    pub secret: Option<String>,
    /// A QR code image of `uri`, Base64-encoded, for scanning.
    #[schemars(extend("format" = "password"))]
    pub qr_code: Option<String>,
    /// The `otpauth://` URI, secret included, that the QR code encodes.
    #[schemars(extend("format" = "password"))]
    pub uri: Option<String>,
}

/// A second factor just enrolled: the only time its TOTP secret is shown.
#[derive(JsonSchema)]
pub struct AuthenticationFactorEnrolled {
    /// Always `authentication_factor`.
    #[schemars(extend("const" = "authentication_factor"))]
    pub object: String,
    /// Unique id, `auth_factor_...`.
    pub id: String,
    /// The kind of factor.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: Option<AuthenticationFactorType>,
    /// The user the factor belongs to, if it belongs to one.
    pub user_id: Option<String>,
    /// The phone, for an SMS factor.
    pub sms: Option<AuthenticationFactorSms>,
    /// The authenticator app set-up, for a TOTP factor.
    pub totp: Option<AuthenticationFactorEnrolledTotp>,
    /// When the factor was enrolled.
    pub created_at: Timestamp,
    /// When the factor last changed.
    pub updated_at: Timestamp,
}

/// The public details of a TOTP factor.
#[derive(JsonSchema)]
pub struct AuthenticationFactorTotp {
    /// The issuer the authenticator app shows.
    pub issuer: Option<String>,
    /// The account name the authenticator app shows.
    pub user: Option<String>,
}

/// A second factor a user has enrolled.
#[derive(JsonSchema)]
pub struct AuthenticationFactor {
    /// Always `authentication_factor`.
    #[schemars(extend("const" = "authentication_factor"))]
    pub object: String,
    /// Unique id, `auth_factor_...`.
    pub id: String,
    /// The kind of factor.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: Option<AuthenticationFactorType>,
    /// The user the factor belongs to, if it belongs to one.
    pub user_id: Option<String>,
    /// The phone, for an SMS factor.
    pub sms: Option<AuthenticationFactorSms>,
    /// Issuer and account name, for a TOTP factor.
    pub totp: Option<AuthenticationFactorTotp>,
    /// When the factor was enrolled.
    pub created_at: Timestamp,
    /// When the factor last changed.
    pub updated_at: Timestamp,
}

/// A request to prove a second factor, answered with a one-time code.
#[derive(JsonSchema)]
pub struct AuthenticationChallenge {
    /// Always `authentication_challenge`.
    #[schemars(extend("const" = "authentication_challenge"))]
    pub object: String,
    /// Unique id, `auth_challenge_...`.
    pub id: String,
    /// The factor being challenged.
    pub authentication_factor_id: Option<String>,
    /// When the challenge stops accepting codes; absent for TOTP factors.
    pub expires_at: Option<Timestamp>,
    /// The one-time code, for factors whose code you deliver yourself.
    #[schemars(extend("format" = "password"))]
    pub code: Option<String>,
    /// When the challenge was created.
    pub created_at: Timestamp,
    /// When the challenge last changed.
    pub updated_at: Timestamp,
}

/// A new second factor with the first challenge to complete.
#[derive(JsonSchema)]
pub struct AuthenticationFactorEnrollment {
    /// The factor, with its set-up secrets.
    pub authentication_factor: AuthenticationFactorEnrolled,
    /// A challenge of the new factor.
    pub authentication_challenge: AuthenticationChallenge,
}

const USER_ID: &str = "The user's id, `user_...`.";

/// The operations on users and what belongs to them.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/user_management/email_verification/{id}", "get_email_verification")
            .sdk("user_management", "get_email_verification")
            .tag("user-management.users")
            .doc("Fetches an e-mail verification code and whom it was sent to.")
            .path_param("id", "The verification's id, `email_verification_...`.")
            .returns::<EmailVerification>(200)
            .errors(&[404]),
        Operation::post("/user_management/password_reset", "create_password_reset")
            .sdk("user_management", "create_password_reset")
            .limited_per_subject(crate::rate_limits::PASSWORD_RESET_SENDS)
            .tag("user-management.users")
            .doc("Starts a password reset: a one-time token for the user with an e-mail address.")
            .json_body::<CreatePasswordReset>()
            .returns::<PasswordReset>(201)
            .errors(&[403, 404, 422, 429]),
        Operation::post("/user_management/password_reset/confirm", "reset_password")
            .sdk("user_management", "reset_password")
            .tag("user-management.users")
            .doc("Sets a user's new password with a password reset token.")
            .details("A successful reset also marks the user's e-mail address verified.")
            .json_body::<ResetPassword>()
            // Live: answered 201, where WorkOS's description says 200.
            .returns::<UserEnvelope>(201)
            .errors(&[400, 403, 404, 422]),
        Operation::get("/user_management/password_reset/{id}", "get_password_reset")
            .sdk("user_management", "get_password_reset")
            .tag("user-management.users")
            .doc("Fetches a password reset.")
            .path_param("id", "The reset's id, `password_reset_...`.")
            .returns::<PasswordReset>(200)
            .errors(&[404]),
        Operation::get("/user_management/users", "list_users")
            .sdk("user_management", "list_users")
            .tag("user-management.users")
            .doc("Lists users, optionally only members of one organization or one e-mail address.")
            .query::<ListUsersQuery>()
            .list::<User>()
            .errors(&[422]),
        Operation::post("/user_management/users", "create_user")
            .sdk("user_management", "create_user")
            .tag("user-management.users")
            .doc("Creates a user, with or without a password.")
            .json_body::<CreateUser>()
            .returns::<CreatedUser>(201)
            .errors(&[400, 404, 422]),
        Operation::get("/user_management/users/external_id/{external_id}", "get_user_by_external_id")
            .sdk("user_management", "get_user_by_external_id")
            .tag("user-management.users")
            .doc("Fetches the user that carries your external id.")
            .path_param("external_id", "Your own identifier for the user.")
            .returns::<User>(200)
            .errors(&[404]),
        Operation::put("/user_management/users/{id}", "update_user")
            .sdk("user_management", "update_user")
            .tag("user-management.users")
            .doc("Changes a user's profile, e-mail, password, metadata or external id.")
            .path_param("id", USER_ID)
            .json_body::<UpdateUser>()
            .returns::<User>(200)
            .errors(&[400, 422]),
        Operation::get("/user_management/users/{id}", "get_user")
            .sdk("user_management", "get_user")
            .tag("user-management.users")
            .doc("Fetches one user.")
            .path_param("id", USER_ID)
            .returns::<User>(200)
            .errors(&[404]),
        Operation::delete("/user_management/users/{id}", "delete_user")
            .sdk("user_management", "delete_user")
            .tag("user-management.users")
            .doc("Deletes a user for good.")
            .path_param("id", USER_ID)
            .empty(200)
            .errors(&[404, 409]),
        Operation::post("/user_management/users/{id}/email_change/confirm", "confirm_email_change")
            .sdk("user_management", "confirm_email_change")
            .tag("user-management.users")
            .doc("Completes a user's e-mail change with the code sent to the new address.")
            .path_param("id", USER_ID)
            .json_body::<ConfirmEmailChange>()
            .returns::<EmailChangeConfirmation>(200)
            .errors(&[400, 404, 409, 422, 429]),
        Operation::post("/user_management/users/{id}/email_change/send", "send_email_change")
            .sdk("user_management", "send_email_change")
            .tag("user-management.users")
            .doc("Starts a user's e-mail change by sending a one-time code to the new address.")
            .path_param("id", USER_ID)
            .json_body::<SendEmailChange>()
            .returns::<EmailChange>(200)
            .errors(&[404, 409, 422, 429]),
        Operation::post("/user_management/users/{id}/email_verification/confirm", "verify_email")
            .sdk("user_management", "verify_email")
            .tag("user-management.users")
            .doc("Marks a user's e-mail address verified with the code they received.")
            .path_param("id", USER_ID)
            .json_body::<VerifyEmailAddress>()
            // Live: answered 201, where WorkOS's description says 200.
            .returns::<UserEnvelope>(201)
            .errors(&[400, 404, 422]),
        Operation::post("/user_management/users/{id}/email_verification/send", "send_verification_email")
            .sdk("user_management", "send_verification_email")
            .limited_per_subject(crate::rate_limits::EMAIL_VERIFICATION_SENDS)
            .tag("user-management.users")
            .doc("E-mails a user a one-time code that verifies their address.")
            .path_param("id", USER_ID)
            // Live: answered 201, where WorkOS's description says 200.
            .returns::<UserEnvelope>(201)
            .errors(&[400, 404, 429]),
        Operation::get("/user_management/users/{id}/identities", "list_user_identities")
            .sdk("user_management", "list_identities")
            .tag("user-management.users")
            .doc("Lists the OAuth accounts linked to a user.")
            .path_param("id", USER_ID)
            .returns::<UserIdentities>(200)
            .errors(&[404]),
        Operation::get("/user_management/users/{id}/sessions", "list_user_sessions")
            .sdk("user_management", "list_sessions")
            .tag("user-management.users")
            .doc("Lists a user's sessions.")
            .path_param("id", USER_ID)
            .query::<ListQuery>()
            .list::<UserSession>()
            .errors(&[404, 422]),
        Operation::post("/user_management/users/{userlandUserId}/auth_factors", "enroll_user_auth_factor")
            .sdk("user_management", "enroll_auth_factor")
            .tag("user-management.multi-factor-authentication")
            .doc("Enrolls a user in a TOTP second factor and opens its first challenge.")
            .path_param("userlandUserId", USER_ID)
            .json_body::<EnrollUserAuthenticationFactor>()
            .returns::<AuthenticationFactorEnrollment>(201)
            .errors(&[422]),
        Operation::get("/user_management/users/{userlandUserId}/auth_factors", "list_user_auth_factors")
            .sdk("user_management", "list_auth_factors")
            .tag("user-management.multi-factor-authentication")
            .doc("Lists the second factors a user has enrolled.")
            .path_param("userlandUserId", USER_ID)
            .query::<ListQuery>()
            .list::<AuthenticationFactor>()
            .errors(&[422]),
    ]
}
