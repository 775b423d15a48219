//! Radar: risk verdicts on sign-in and sign-up attempts, and the allow and block lists that
//! steer them.

use schemars::JsonSchema;

use crate::Operation;

/// Request body that asks Radar for a verdict on an authentication attempt.
#[derive(JsonSchema)]
pub struct CreateRadarAttempt {
    /// The IP address the attempt came from.
    pub ip_address: String,
    /// The `User-Agent` of the client that made the attempt.
    pub user_agent: String,
    /// The e-mail address of the user who is signing in or up.
    #[schemars(extend("format" = "email"))]
    pub email: String,
    /// How the user is authenticating.
    pub auth_method: RadarAuthMethod,
    /// Whether the user is signing in or signing up.
    pub action: RadarAction,
    /// The id of the Radar signals collected on the client, if any.
    pub signals_id: Option<String>,
}

/// How a user authenticates in an attempt Radar assesses.
#[derive(JsonSchema)]
pub enum RadarAuthMethod {
    /// A password.
    Password,
    /// A passkey.
    Passkey,
    /// An authenticator app.
    Authenticator,
    /// A one-time code sent by text message.
    #[serde(rename = "SMS_OTP")]
    SmsOtp,
    /// A one-time code sent by e-mail.
    #[serde(rename = "Email_OTP")]
    EmailOtp,
    /// A social login provider.
    Social,
    /// Single Sign-On.
    #[serde(rename = "SSO")]
    Sso,
    /// Any other method.
    Other,
}

/// What a user is doing in an attempt Radar assesses.
#[derive(JsonSchema)]
pub enum RadarAction {
    /// Creating an account.
    #[serde(rename = "sign-up")]
    SignUp,
    /// Signing in to an existing account.
    #[serde(rename = "sign-in")]
    SignIn,
}

/// Radar's verdict on an authentication attempt.
#[derive(JsonSchema)]
pub struct RadarAssessment {
    /// What to do with the attempt.
    pub verdict: RadarVerdict,
    /// Why Radar decided so, in words.
    pub reason: Option<String>,
    /// The attempt's id, with which to report later that the attempt succeeded.
    pub attempt_id: String,
    /// The control that caused a `block` or `challenge` verdict.
    pub control: Option<RadarControl>,
    /// The kind of list entry that matched, when `control` is `restriction`.
    pub blocklist_type: Option<RadarListType>,
}

/// What Radar advises doing with an attempt.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RadarVerdict {
    /// Let it through.
    Allow,
    /// Refuse it.
    Block,
    /// Ask the user for an extra check first.
    Challenge,
}

/// The Radar control behind a verdict.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RadarControl {
    /// The client looks like a bot.
    BotDetection,
    /// Many failed attempts on the same account.
    BruteForceAttack,
    /// Sign-ins from places too far apart for the time between them.
    ImpossibleTravel,
    /// The same person signing up again and again.
    RepeatSignUp,
    /// An account unused for a long time.
    StaleAccount,
    /// A device the user has not used before.
    UnrecognizedDevice,
    /// An entry of a block list.
    Restriction,
    /// Too many sign-ups from one domain in a short time.
    // Read by WorkOS's Node SDK (workos-newer2-changes.md C4, medium).
    DomainSignUpRateLimit,
}

/// The kinds of Radar list; also the `{type}` of the list endpoints.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RadarListType {
    /// IP addresses.
    IpAddress,
    /// Domains.
    Domain,
    /// E-mail addresses.
    Email,
    /// Devices.
    Device,
    /// `User-Agent` strings.
    UserAgent,
    /// Device fingerprints.
    DeviceFingerprint,
    /// Countries.
    Country,
}

/// Which Radar list an entry belongs to: the `{action}` of the list endpoints.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RadarListAction {
    /// The allow list: entries Radar always lets through.
    Allow,
    /// The block list: entries Radar always stops.
    Block,
}

/// Request body that reports the success of an attempt Radar assessed. Set either field, or
/// both.
#[derive(JsonSchema)]
pub struct UpdateRadarAttempt {
    /// `success`: the user passed the challenge Radar asked for.
    #[schemars(extend("const" = "success"))]
    pub challenge_status: Option<String>,
    /// `success`: the user authenticated.
    #[schemars(extend("const" = "success"))]
    pub attempt_status: Option<String>,
}

/// Request body that adds an entry to, or removes it from, a Radar list.
#[derive(JsonSchema)]
pub struct RadarListEntry {
    /// The value, in the form the list's type expects (an IP address, an e-mail address, ...).
    pub entry: String,
}

const LIST_TYPE: &str = "The kind of list: `ip_address`, `domain`, `email`, `device`, `user_agent`, \
                         `device_fingerprint` or `country`.";
const LIST_ACTION: &str = "Which list: `allow` or `block`.";

/// The operations of Radar.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/radar/attempts", "create_radar_attempt")
            .sdk("radar", "create_attempt")
            .tag("radar")
            .doc("Asks Radar whether to allow, block or challenge an authentication attempt.")
            .json_body::<CreateRadarAttempt>()
            .returns::<RadarAssessment>(200)
            .errors(&[400]),
        Operation::put("/radar/attempts/{id}", "update_radar_attempt")
            .sdk("radar", "update_attempt")
            .tag("radar")
            .doc("Tells Radar that an assessed attempt, or its challenge, succeeded.")
            .details("Some controls, such as impossible travel, learn from recent successful attempts.")
            .path_param("id", "The attempt's id, from `attempt_id` of the assessment.")
            .json_body::<UpdateRadarAttempt>()
            .empty(204)
            .errors(&[400, 404]),
        // Wire: the reference answers `200` with `{message}` when the entry was already on the
        // list and `201`/`204` without a body when it was added; one declared body cannot
        // decode an empty answer, so the operation is declared empty and the note is dropped.
        Operation::post("/radar/lists/{type}/{action}", "add_radar_list_entry")
            .sdk("radar", "add_list_entry")
            .tag("radar")
            .doc("Adds an entry to a Radar allow or block list; adding one already there is not an error.")
            .path_param_of::<RadarListType>("type", LIST_TYPE)
            .path_param_of::<RadarListAction>("action", LIST_ACTION)
            .json_body::<RadarListEntry>()
            .empty(204)
            .errors(&[400]),
        Operation::delete("/radar/lists/{type}/{action}", "remove_radar_list_entry")
            .sdk("radar", "remove_list_entry")
            .tag("radar")
            .doc("Removes an entry from a Radar allow or block list.")
            .path_param_of::<RadarListType>("type", LIST_TYPE)
            .path_param_of::<RadarListAction>("action", LIST_ACTION)
            .json_body::<RadarListEntry>()
            .empty(204)
            .errors(&[400, 404]),
    ]
}
