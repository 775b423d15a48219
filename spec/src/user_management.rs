//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub struct EmailVerification {
    /// DOC
    #[schemars(extend("const" = "email_verification"))]
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
pub struct CreatePasswordResetToken {
    /// DOC
    pub email: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct PasswordReset {
    /// DOC
    #[schemars(extend("const" = "password_reset"))]
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
    pub password_reset_token: Option<String>,
    /// DOC
    pub password_reset_url: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreatePasswordReset {
    /// DOC
    pub token: String,
    /// DOC
    pub new_password: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct User {
    /// DOC
    #[schemars(extend("const" = "user"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub first_name: Option<String>,
    /// DOC
    pub last_name: Option<String>,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub profile_picture_url: Option<String>,
    /// DOC
    pub email: Option<String>,
    /// DOC
    pub email_verified: Option<bool>,
    /// DOC
    pub external_id: Option<String>,
    /// DOC
    #[serde(default)]
    pub metadata: Metadata,
    /// DOC
    pub last_sign_in_at: Option<Timestamp>,
    /// DOC
    pub locale: Option<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct ResetPasswordResponse {
    /// DOC
    pub user: User,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListUsersQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// DOC
    #[deprecated]
    pub organization: Option<String>,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub email: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateUser {
    /// DOC
    pub email: String,
    /// DOC
    pub first_name: Option<String>,
    /// DOC
    pub last_name: Option<String>,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub email_verified: Option<bool>,
    /// DOC
    #[serde(default)]
    pub metadata: Metadata,
    /// DOC
    pub external_id: Option<String>,
    /// DOC
    pub ip_address: Option<String>,
    /// DOC
    pub user_agent: Option<String>,
    /// DOC
    pub signals_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateUserResponse {
    /// DOC
    #[schemars(extend("const" = "user"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub first_name: Option<String>,
    /// DOC
    pub last_name: Option<String>,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub profile_picture_url: Option<String>,
    /// DOC
    pub email: Option<String>,
    /// DOC
    pub email_verified: Option<bool>,
    /// DOC
    pub external_id: Option<String>,
    /// DOC
    #[serde(default)]
    pub metadata: Metadata,
    /// DOC
    pub last_sign_in_at: Option<Timestamp>,
    /// DOC
    pub locale: Option<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
    /// DOC
    pub radar_auth_attempt_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateUser {
    /// DOC
    pub email: Option<String>,
    /// DOC
    pub first_name: Option<String>,
    /// DOC
    pub last_name: Option<String>,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub email_verified: Option<bool>,
    /// DOC
    #[serde(default)]
    pub metadata: Metadata,
    /// DOC
    pub external_id: Option<String>,
    /// DOC
    pub locale: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ConfirmEmailChange {
    /// DOC
    pub code: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct ConfirmEmailChangeResponse {
    /// DOC
    #[schemars(extend("const" = "email_change_confirmation"))]
    pub object: String,
    /// DOC
    pub user: User,
}

/// DOC
#[derive(JsonSchema)]
pub struct SendEmailChange {
    /// DOC
    pub new_email: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct EmailChange {
    /// DOC
    #[schemars(extend("const" = "email_change"))]
    pub object: String,
    /// DOC
    pub user: User,
    /// DOC
    pub new_email: String,
    /// DOC
    pub expires_at: Timestamp,
    /// DOC
    pub created_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct VerifyEmailAddress {
    /// DOC
    pub code: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct VerifyEmailResponse {
    /// DOC
    pub user: User,
}

/// DOC
#[derive(JsonSchema)]
pub struct SendVerificationEmailResponse {
    /// DOC
    pub user: User,
}

/// DOC
#[derive(JsonSchema)]
pub enum ListUserIdentitiesResponseItemProvider {
    /// DOC
    #[serde(rename = "AppleOAuth")]
    AppleOauth,
    /// DOC
    #[serde(rename = "BitbucketOAuth")]
    BitbucketOauth,
    /// DOC
    #[serde(rename = "DiscordOAuth")]
    DiscordOauth,
    /// DOC
    #[serde(rename = "GithubOAuth")]
    GithubOauth,
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
}

/// DOC
#[derive(JsonSchema)]
pub struct ListUserIdentitiesResponseItem {
    /// DOC
    pub idp_id: String,
    /// DOC
    #[serde(rename = "type")]
    #[schemars(extend("const" = "OAuth"))]
    pub kind: String,
    /// DOC
    pub provider: ListUserIdentitiesResponseItemProvider,
}

/// DOC
#[derive(JsonSchema)]
#[schemars(transparent)]
pub struct ListUserIdentitiesResponse(pub Vec<ListUserIdentitiesResponseItem>);

/// DOC
#[derive(JsonSchema)]
pub struct ListUserSessionsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct Impersonator {
    /// DOC
    pub email: String,
    /// DOC
    pub reason: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
#[schemars(extend("x-enum-varnames" = ["CrossAppAuth", "ExternalAuth", "Impersonation", "MagicCode", "MigratedSession", "Oauth", "Passkey", "Password", "Sso", "UnknownMethod"]))]
pub enum ListUserSessionsResponseDataAuthMethod {
    /// DOC
    #[serde(rename = "cross_app_auth")]
    CrossAppAuth,
    /// DOC
    #[serde(rename = "external_auth")]
    ExternalAuth,
    /// DOC
    #[serde(rename = "impersonation")]
    Impersonation,
    /// DOC
    #[serde(rename = "magic_code")]
    MagicCode,
    /// DOC
    #[serde(rename = "migrated_session")]
    MigratedSession,
    /// DOC
    #[serde(rename = "oauth")]
    Oauth,
    /// DOC
    #[serde(rename = "passkey")]
    Passkey,
    /// DOC
    #[serde(rename = "password")]
    Password,
    /// DOC
    #[serde(rename = "sso")]
    Sso,
    /// DOC
    #[serde(rename = "unknown")]
    Unknown,
}

/// DOC
#[derive(JsonSchema)]
pub enum ListUserSessionsResponseDataStatus {
    /// DOC
    #[serde(rename = "active")]
    Active,
    /// DOC
    #[serde(rename = "expired")]
    Expired,
    /// DOC
    #[serde(rename = "revoked")]
    Revoked,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListUserSessionsResponseData {
    /// DOC
    #[schemars(extend("const" = "session"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub impersonator: Option<Impersonator>,
    /// DOC
    pub ip_address: Option<String>,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub user_agent: Option<String>,
    /// DOC
    pub user_id: Option<String>,
    /// DOC
    pub auth_method: Option<ListUserSessionsResponseDataAuthMethod>,
    /// DOC
    pub status: Option<ListUserSessionsResponseDataStatus>,
    /// DOC
    pub expires_at: Option<Timestamp>,
    /// DOC
    pub ended_at: Option<Timestamp>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListUserSessionsResponse {
    /// DOC
    #[schemars(extend("const" = "list"))]
    pub object: String,
    /// DOC
    pub list_metadata: Option<crate::common::ListMetadata>,
    /// DOC
    #[serde(default)]
    pub data: Vec<ListUserSessionsResponseData>,
}

/// DOC
#[derive(JsonSchema)]
pub struct EnrollUserAuthenticationFactor {
    /// DOC
    #[serde(rename = "type")]
    #[schemars(extend("const" = "totp"))]
    pub kind: String,
    /// DOC
    pub totp_issuer: Option<String>,
    /// DOC
    pub totp_user: Option<String>,
    /// DOC
    pub totp_secret: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub enum AuthenticationFactorEnrolledType {
    /// DOC
    #[serde(rename = "generic_otp")]
    GenericOtp,
    /// DOC
    #[serde(rename = "sms")]
    Sms,
    /// DOC
    #[serde(rename = "totp")]
    Totp,
    /// DOC
    #[serde(rename = "webauthn")]
    Webauthn,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticationFactorEnrolledSms {
    /// DOC
    pub phone_number: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticationFactorEnrolledTotp {
    /// DOC
    pub issuer: String,
    /// DOC
    pub user: String,
    /// DOC
    pub secret: String,
    /// DOC
    pub qr_code: String,
    /// DOC
    pub uri: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticationFactorEnrolled {
    /// DOC
    #[schemars(extend("const" = "authentication_factor"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    #[serde(rename = "type")]
    pub kind: Option<AuthenticationFactorEnrolledType>,
    /// DOC
    pub user_id: Option<String>,
    /// DOC
    pub sms: Option<AuthenticationFactorEnrolledSms>,
    /// DOC
    pub totp: Option<AuthenticationFactorEnrolledTotp>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticationChallenge {
    /// DOC
    #[schemars(extend("const" = "authentication_challenge"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub expires_at: Option<Timestamp>,
    /// DOC
    pub code: Option<String>,
    /// DOC
    pub authentication_factor_id: Option<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct UserAuthenticationFactorEnrollResponse {
    /// DOC
    pub authentication_factor: AuthenticationFactorEnrolled,
    /// DOC
    pub authentication_challenge: AuthenticationChallenge,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListUserAuthFactorsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticationFactorTotp {
    /// DOC
    pub issuer: String,
    /// DOC
    pub user: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticationFactor {
    /// DOC
    #[schemars(extend("const" = "authentication_factor"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    #[serde(rename = "type")]
    pub kind: Option<AuthenticationFactorEnrolledType>,
    /// DOC
    pub user_id: Option<String>,
    /// DOC
    pub sms: Option<AuthenticationFactorEnrolledSms>,
    /// DOC
    pub totp: Option<AuthenticationFactorTotp>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/user_management/email_verification/{id}", "get_email_verification")
            .tag("user-management.users")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<EmailVerification>(200)
            .errors(&[404]),
        Operation::post("/user_management/password_reset", "create_password_reset")
            .tag("user-management.users")
            .doc("DOC")
            .json_body::<CreatePasswordResetToken>()
            .returns::<PasswordReset>(201)
            .errors(&[403, 404, 422, 429]),
        Operation::post("/user_management/password_reset/confirm", "reset_password")
            .tag("user-management.users")
            .doc("DOC")
            .json_body::<CreatePasswordReset>()
            .returns::<ResetPasswordResponse>(200)
            .errors(&[400, 403, 404, 422]),
        Operation::get("/user_management/password_reset/{id}", "get_password_reset")
            .tag("user-management.users")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<PasswordReset>(200)
            .errors(&[404]),
        Operation::get("/user_management/users", "list_users")
            .tag("user-management.users")
            .doc("DOC")
            .query::<ListUsersQuery>()
            .list::<User>()
            .errors(&[422]),
        Operation::post("/user_management/users", "create_user")
            .tag("user-management.users")
            .doc("DOC")
            .json_body::<CreateUser>()
            .returns::<CreateUserResponse>(201)
            .errors(&[400, 404, 422]),
        Operation::get("/user_management/users/external_id/{external_id}", "get_user_by_external_id")
            .tag("user-management.users")
            .doc("DOC")
            .path_param("external_id", "DOC")
            .returns::<User>(200)
            .errors(&[404]),
        Operation::put("/user_management/users/{id}", "update_user")
            .tag("user-management.users")
            .doc("DOC")
            .path_param("id", "DOC")
            .json_body::<UpdateUser>()
            .returns::<User>(200)
            .errors(&[400, 422]),
        Operation::get("/user_management/users/{id}", "get_user")
            .tag("user-management.users")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<User>(200)
            .errors(&[404]),
        Operation::delete("/user_management/users/{id}", "delete_user")
            .tag("user-management.users")
            .doc("DOC")
            .path_param("id", "DOC")
            .empty(200)
            .errors(&[404, 409]),
        Operation::post("/user_management/users/{id}/email_change/confirm", "confirm_email_change")
            .tag("user-management.users")
            .doc("DOC")
            .path_param("id", "DOC")
            .json_body::<ConfirmEmailChange>()
            .returns::<ConfirmEmailChangeResponse>(200)
            .errors(&[400, 404, 409, 422, 429]),
        Operation::post("/user_management/users/{id}/email_change/send", "send_email_change")
            .tag("user-management.users")
            .doc("DOC")
            .path_param("id", "DOC")
            .json_body::<SendEmailChange>()
            .returns::<EmailChange>(200)
            .errors(&[404, 409, 422, 429]),
        Operation::post("/user_management/users/{id}/email_verification/confirm", "verify_email")
            .tag("user-management.users")
            .doc("DOC")
            .path_param("id", "DOC")
            .json_body::<VerifyEmailAddress>()
            .returns::<VerifyEmailResponse>(200)
            .errors(&[400, 404, 422]),
        Operation::post("/user_management/users/{id}/email_verification/send", "send_verification_email")
            .tag("user-management.users")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<SendVerificationEmailResponse>(200)
            .errors(&[400, 404, 429]),
        Operation::get("/user_management/users/{id}/identities", "list_user_identities")
            .tag("user-management.users")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<ListUserIdentitiesResponse>(200)
            .errors(&[404]),
        Operation::get("/user_management/users/{id}/sessions", "list_user_sessions")
            .tag("user-management.users")
            .doc("DOC")
            .path_param("id", "DOC")
            .query::<ListUserSessionsQuery>()
            .returns::<ListUserSessionsResponse>(200)
            .errors(&[404, 422]),
        Operation::post("/user_management/users/{userlandUserId}/auth_factors", "enroll_user_auth_factor")
            .tag("user-management.multi-factor-authentication")
            .doc("DOC")
            .path_param("userlandUserId", "DOC")
            .json_body::<EnrollUserAuthenticationFactor>()
            .returns::<UserAuthenticationFactorEnrollResponse>(201)
            .errors(&[422]),
        Operation::get("/user_management/users/{userlandUserId}/auth_factors", "list_user_auth_factors")
            .tag("user-management.multi-factor-authentication")
            .doc("DOC")
            .path_param("userlandUserId", "DOC")
            .query::<ListUserAuthFactorsQuery>()
            .list::<AuthenticationFactor>()
            .errors(&[422]),
    ]
}
