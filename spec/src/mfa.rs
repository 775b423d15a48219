//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub struct AuthenticationChallengeVerifyResponse {
    /// DOC
    pub challenge: crate::user_management::AuthenticationChallenge,
    /// DOC
    pub valid: bool,
}

/// DOC
#[derive(JsonSchema)]
pub enum EnrollMfaFactorRequestType {
    /// DOC
    #[serde(rename = "generic_otp")]
    GenericOtp,
    /// DOC
    #[serde(rename = "sms")]
    Sms,
    /// DOC
    #[serde(rename = "totp")]
    Totp,
}

/// DOC
#[derive(JsonSchema)]
pub struct EnrollMfaFactorRequest {
    /// DOC
    #[serde(rename = "type")]
    pub kind: EnrollMfaFactorRequestType,
    /// DOC
    pub phone_number: Option<String>,
    /// DOC
    pub totp_issuer: Option<String>,
    /// DOC
    pub totp_user: Option<String>,
    /// DOC
    pub user_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ChallengeAuthenticationFactor {
    /// DOC
    pub sms_template: Option<String>,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/auth/challenges/{id}/verify", "verify_mfa_challenge")
            .tag("multi-factor-auth.challenges")
            .doc("DOC")
            .path_param("id", "DOC")
            .json_body::<crate::user_management::VerifyEmailAddress>()
            .returns::<AuthenticationChallengeVerifyResponse>(201)
            .errors(&[400, 404, 422]),
        Operation::post("/auth/factors/enroll", "enroll_mfa_factor")
            .tag("multi-factor-auth")
            .doc("DOC")
            .json_body::<EnrollMfaFactorRequest>()
            .returns::<crate::user_management::AuthenticationFactorEnrolled>(201)
            .errors(&[422]),
        Operation::get("/auth/factors/{id}", "get_mfa_factor")
            .tag("multi-factor-auth")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<crate::user_management::AuthenticationFactor>(200)
            .errors(&[404]),
        Operation::delete("/auth/factors/{id}", "delete_mfa_factor")
            .tag("multi-factor-auth")
            .doc("DOC")
            .path_param("id", "DOC")
            .empty(204)
            .errors(&[404]),
        Operation::post("/auth/factors/{id}/challenge", "challenge_mfa_factor")
            .tag("multi-factor-auth")
            .doc("DOC")
            .path_param("id", "DOC")
            .json_body::<ChallengeAuthenticationFactor>()
            .returns::<crate::user_management::AuthenticationChallenge>(201)
            .errors(&[404, 422]),
    ]
}
