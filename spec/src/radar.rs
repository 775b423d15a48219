//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub enum CreateRadarAttemptRequestAuthMethod {
    /// DOC
    #[serde(rename = "Password")]
    Password,
    /// DOC
    #[serde(rename = "Passkey")]
    Passkey,
    /// DOC
    #[serde(rename = "Authenticator")]
    Authenticator,
    /// DOC
    #[serde(rename = "SMS_OTP")]
    SmsOtp,
    /// DOC
    #[serde(rename = "Email_OTP")]
    EmailOtp,
    /// DOC
    #[serde(rename = "Social")]
    Social,
    /// DOC
    #[serde(rename = "SSO")]
    Sso,
    /// DOC
    #[serde(rename = "Other")]
    Other,
}

/// DOC
#[derive(JsonSchema)]
pub enum CreateRadarAttemptRequestAction {
    /// DOC
    #[serde(rename = "sign-up")]
    SignUp,
    /// DOC
    #[serde(rename = "sign-in")]
    SignIn,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateRadarAttemptRequest {
    /// DOC
    pub ip_address: String,
    /// DOC
    pub user_agent: String,
    /// DOC
    pub email: String,
    /// DOC
    pub auth_method: CreateRadarAttemptRequestAuthMethod,
    /// DOC
    pub action: CreateRadarAttemptRequestAction,
    /// DOC
    pub signals_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub enum RadarStandaloneResponseVerdict {
    /// DOC
    #[serde(rename = "allow")]
    Allow,
    /// DOC
    #[serde(rename = "block")]
    Block,
    /// DOC
    #[serde(rename = "challenge")]
    Challenge,
}

/// DOC
#[derive(JsonSchema)]
pub enum RadarStandaloneResponseControl {
    /// DOC
    #[serde(rename = "bot_detection")]
    BotDetection,
    /// DOC
    #[serde(rename = "brute_force_attack")]
    BruteForceAttack,
    /// DOC
    #[serde(rename = "impossible_travel")]
    ImpossibleTravel,
    /// DOC
    #[serde(rename = "repeat_sign_up")]
    RepeatSignUp,
    /// DOC
    #[serde(rename = "stale_account")]
    StaleAccount,
    /// DOC
    #[serde(rename = "unrecognized_device")]
    UnrecognizedDevice,
    /// DOC
    #[serde(rename = "restriction")]
    Restriction,
}

/// DOC
#[derive(JsonSchema)]
pub enum RadarStandaloneResponseBlocklistType {
    /// DOC
    #[serde(rename = "ip_address")]
    IpAddress,
    /// DOC
    #[serde(rename = "domain")]
    Domain,
    /// DOC
    #[serde(rename = "email")]
    Email,
    /// DOC
    #[serde(rename = "device")]
    Device,
    /// DOC
    #[serde(rename = "user_agent")]
    UserAgent,
    /// DOC
    #[serde(rename = "device_fingerprint")]
    DeviceFingerprint,
    /// DOC
    #[serde(rename = "country")]
    Country,
}

/// DOC
#[derive(JsonSchema)]
pub struct RadarStandaloneResponse {
    /// DOC
    pub verdict: RadarStandaloneResponseVerdict,
    /// DOC
    pub reason: String,
    /// DOC
    pub attempt_id: String,
    /// DOC
    pub control: Option<RadarStandaloneResponseControl>,
    /// DOC
    pub blocklist_type: Option<RadarStandaloneResponseBlocklistType>,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateRadarAttemptRequest {
    /// DOC
    #[schemars(extend("const" = "success"))]
    pub challenge_status: String,
    /// DOC
    #[schemars(extend("const" = "success"))]
    pub attempt_status: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct AddRadarListEntryRequest {
    /// DOC
    pub entry: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct RadarListEntryAlreadyPresentResponse {
    /// DOC
    pub message: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct RemoveRadarListEntryRequest {
    /// DOC
    pub entry: String,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/radar/attempts", "create_radar_attempt")
            .tag("radar")
            .doc("DOC")
            .json_body::<CreateRadarAttemptRequest>()
            .returns::<RadarStandaloneResponse>(200)
            .errors(&[400]),
        Operation::put("/radar/attempts/{id}", "update_radar_attempt")
            .tag("radar")
            .doc("DOC")
            .path_param("id", "DOC")
            .json_body::<UpdateRadarAttemptRequest>()
            .empty(204)
            .errors(&[400, 404]),
        Operation::post("/radar/lists/{type}/{action}", "add_radar_list_entry")
            .tag("radar")
            .doc("DOC")
            .path_param("type", "DOC")
            .path_param("action", "DOC")
            .json_body::<AddRadarListEntryRequest>()
            .returns::<RadarListEntryAlreadyPresentResponse>(200)
            .errors(&[400]),
        Operation::delete("/radar/lists/{type}/{action}", "remove_radar_list_entry")
            .tag("radar")
            .doc("DOC")
            .path_param("type", "DOC")
            .path_param("action", "DOC")
            .json_body::<RemoveRadarListEntryRequest>()
            .empty(204)
            .errors(&[400, 404]),
    ]
}
