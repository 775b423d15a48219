//! Multi-factor authentication: enrolling second factors, challenging them and checking the
//! codes users give back.

use schemars::JsonSchema;

use crate::Operation;
use crate::user_management::{AuthenticationChallenge, AuthenticationFactor, AuthenticationFactorEnrolled};

/// Request body that checks the code a user gave for a challenge.
#[derive(JsonSchema)]
pub struct VerifyMfaChallenge {
    /// The one-time code the user entered.
    #[schemars(extend("format" = "password"))]
    pub code: String,
}

/// The outcome of checking a challenge's code.
#[derive(JsonSchema)]
pub struct MfaChallengeVerification {
    /// The challenge that was checked.
    pub challenge: AuthenticationChallenge,
    /// Whether the code was right.
    pub valid: bool,
}

/// The kinds of factor that can be enrolled through the MFA API.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MfaFactorType {
    /// Codes produced by any one-time-password generator.
    GenericOtp,
    /// Codes sent by text message.
    Sms,
    /// Codes from an authenticator app (time-based one-time passwords).
    Totp,
}

/// Request body that enrolls a factor. Give `phone_number` with `sms`; give `totp_issuer`
/// and `totp_user` with `totp`; `generic_otp` needs neither.
#[derive(JsonSchema)]
pub struct EnrollMfaFactor {
    /// The kind of factor.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: MfaFactorType,
    /// The phone number that receives codes; required for `sms`.
    pub phone_number: Option<String>,
    /// The issuer shown in the authenticator app, usually your product's name; required for
    /// `totp`.
    pub totp_issuer: Option<String>,
    /// The account name shown in the authenticator app, such as the user's e-mail address;
    /// required for `totp`.
    pub totp_user: Option<String>,
    /// The user the factor belongs to, if any.
    pub user_id: Option<String>,
}

/// Request body that challenges a factor.
#[derive(JsonSchema)]
pub struct ChallengeMfaFactor {
    /// The text of the SMS, for `sms` factors; `{{code}}` marks where the code goes.
    pub sms_template: Option<String>,
}

const FACTOR_ID: &str = "The factor's id, `auth_factor_...`.";

/// The operations on MFA factors and challenges.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/auth/challenges/{id}/verify", "verify_mfa_challenge")
            .sdk("mfa", "verify_challenge")
            .tag("multi-factor-auth.challenges")
            .doc("Checks the code a user gave for a challenge.")
            .path_param("id", "The challenge's id, `auth_challenge_...`.")
            .json_body::<VerifyMfaChallenge>()
            .returns::<MfaChallengeVerification>(201)
            .errors(&[400, 404, 422]),
        Operation::post("/auth/factors/enroll", "enroll_mfa_factor")
            .sdk("mfa", "enroll_factor")
            .tag("multi-factor-auth")
            .doc("Enrolls a second factor; a `totp` factor comes back with its secret and QR code.")
            .json_body::<EnrollMfaFactor>()
            .returns::<AuthenticationFactorEnrolled>(201)
            .errors(&[422]),
        Operation::get("/auth/factors/{id}", "get_mfa_factor")
            .sdk("mfa", "get_factor")
            .tag("multi-factor-auth")
            .doc("Fetches one factor.")
            .path_param("id", FACTOR_ID)
            .returns::<AuthenticationFactor>(200)
            .errors(&[404]),
        Operation::delete("/auth/factors/{id}", "delete_mfa_factor")
            .sdk("mfa", "delete_factor")
            .tag("multi-factor-auth")
            .doc("Deletes a factor for good.")
            .path_param("id", FACTOR_ID)
            .empty(204)
            .errors(&[404]),
        Operation::post("/auth/factors/{id}/challenge", "challenge_mfa_factor")
            .sdk("mfa", "challenge_factor")
            .tag("multi-factor-auth")
            .doc("Starts a challenge of a factor; an `sms` factor is sent its code.")
            .path_param("id", FACTOR_ID)
            .json_body::<ChallengeMfaFactor>()
            .returns::<AuthenticationChallenge>(201)
            .errors(&[404, 422]),
    ]
}
