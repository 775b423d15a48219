//! AuthKit sign-ins that need another step, and polling a device authorization.
//!
//! When `POST /user_management/authenticate` cannot finish a sign-in yet, it answers an error
//! whose `code` says what is missing (verify the e-mail address, enrol or pass a second
//! factor, choose an organization, use SSO...) and a `pending_authentication_token` to
//! continue with. [`crate::Error::authentication_step`] reads that answer into an
//! [`AuthenticationStep`].
//!
//! ```no_run
//! # async fn demo(workos: workos::Workos, grant: workos::types::AuthenticateRequest) -> Result<(), workos::Error> {
//! use workos::signin::authentication::AuthenticationStep;
//! match workos.authkit().authenticate(&grant).await {
//!     Ok(signed_in) => println!("welcome {}", signed_in.user.email),
//!     Err(error) => match error.authentication_step() {
//!         Some(AuthenticationStep::MfaChallenge { pending_authentication_token, authentication_factors, .. }) => {
//!             // Ask for a TOTP code for one of the factors, then authenticate with it.
//!             # let _ = (pending_authentication_token, authentication_factors);
//!         }
//!         Some(other) => println!("one more step: {}", other.code()),
//!         None => return Err(error),
//!     },
//! }
//! # Ok(()) }
//! ```

use std::time::Duration;

use serde::Deserialize;

use crate::Secret;
use crate::error::{Error, ErrorKind, Result};
use crate::types::{
    AuthenticateRequest, AuthenticateResponse, AuthenticateWithCode, AuthenticateWithDeviceCode,
    AuthenticationChallenge, AuthenticationFactor, DeviceAuthorization, User,
};

/// An organization the user may choose when signing in.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct PendingOrganization {
    /// The organization's id, `org_...`.
    pub id: String,
    /// Its name.
    #[serde(default)]
    pub name: Option<String>,
}

/// What a sign-in still needs, with what it takes to continue. Each variant carries the
/// `pending_authentication_token` to send with the next `authenticate` call.
#[derive(Debug, Clone, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
#[non_exhaustive]
pub enum AuthenticationStep {
    /// The user must verify their e-mail address with the code WorkOS sent.
    EmailVerificationRequired {
        /// Continues the sign-in.
        pending_authentication_token: Secret,
        /// The address to verify.
        #[serde(default)]
        email: Option<String>,
        /// The verification WorkOS started.
        #[serde(default)]
        email_verification_id: Option<String>,
        /// Who is signing in.
        #[serde(default, deserialize_with = "lenient")]
        user: Option<Box<User>>,
    },
    /// The user must enrol a second factor first.
    MfaEnrollment {
        /// Continues the sign-in.
        pending_authentication_token: Secret,
        /// Who is signing in.
        #[serde(default, deserialize_with = "lenient")]
        user: Option<Box<User>>,
    },
    /// The user must pass a challenge of one of their second factors.
    MfaChallenge {
        /// Continues the sign-in.
        pending_authentication_token: Secret,
        /// Who is signing in.
        #[serde(default, deserialize_with = "lenient")]
        user: Option<Box<User>>,
        /// The factors the user can answer with.
        #[serde(default, deserialize_with = "lenient_items")]
        authentication_factors: Vec<AuthenticationFactor>,
        /// The challenge WorkOS already issued, when the answer carries one (instead of, or
        /// beside, the factors).
        #[serde(default, deserialize_with = "lenient")]
        authentication_challenge: Option<Box<AuthenticationChallenge>>,
    },
    /// The user belongs to several organizations and must choose one.
    OrganizationSelectionRequired {
        /// Continues the sign-in.
        pending_authentication_token: Secret,
        /// Who is signing in.
        #[serde(default, deserialize_with = "lenient")]
        user: Option<Box<User>>,
        /// The organizations to choose from.
        #[serde(default, deserialize_with = "lenient_items")]
        organizations: Vec<PendingOrganization>,
    },
    /// The user's organization requires SSO: send them to one of these connections.
    SsoRequired {
        /// Continues the sign-in.
        pending_authentication_token: Secret,
        /// The address the user gave.
        #[serde(default)]
        email: Option<String>,
        /// The SSO connections the user may use.
        #[serde(default)]
        connection_ids: Vec<String>,
    },
    /// The user's organization restricts how its members sign in.
    OrganizationAuthenticationMethodsRequired {
        /// Continues the sign-in.
        pending_authentication_token: Secret,
        /// The address the user gave.
        #[serde(default)]
        email: Option<String>,
        /// The SSO connections the user may use.
        #[serde(default)]
        sso_connection_ids: Vec<String>,
        /// Which methods the organization allows, by name.
        #[serde(default)]
        auth_methods: std::collections::BTreeMap<String, bool>,
    },
    /// Radar asks the user to pass a challenge before signing in.
    RadarChallenge {
        /// Continues the sign-in.
        pending_authentication_token: Secret,
        /// Who is signing in, when known.
        #[serde(default, deserialize_with = "lenient")]
        user: Option<Box<User>>,
    },
    /// Radar asks the user to pass a challenge before signing up.
    RadarSignUpChallenge {
        /// Continues the sign-up.
        pending_authentication_token: Secret,
    },
    /// Radar asks the user to confirm the sign-in with a code sent by SMS.
    RadarSmsSignInChallenge {
        /// Continues the sign-in.
        pending_authentication_token: Secret,
        /// Who is signing in, when known.
        #[serde(default, deserialize_with = "lenient")]
        user: Option<Box<User>>,
    },
    /// The user is asked to add a passkey.
    PasskeyProgressiveEnrollment {
        /// Continues the sign-in.
        pending_authentication_token: Secret,
        /// Who is signing in.
        #[serde(default, deserialize_with = "lenient")]
        user: Option<Box<User>>,
    },
    /// The user must consent to the application first.
    ApplicationConsentRequired {
        /// Continues the sign-in.
        pending_authentication_token: Secret,
        /// Who is signing in.
        #[serde(default, deserialize_with = "lenient")]
        user: Option<Box<User>>,
    },
}

/// A value that does not parse is left out rather than losing the whole step: the code and
/// the pending token are what a caller cannot do without.
fn lenient<'de, D, T>(deserializer: D) -> std::result::Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned + Default,
{
    let value = serde_json::Value::deserialize(deserializer)?;
    Ok(serde_json::from_value(value).unwrap_or_default())
}

/// The items of a list that parse; the others are left out.
fn lenient_items<'de, D, T>(deserializer: D) -> std::result::Result<Vec<T>, D::Error>
where
    D: serde::Deserializer<'de>,
    T: serde::de::DeserializeOwned,
{
    let items = Option::<Vec<serde_json::Value>>::deserialize(deserializer)?.unwrap_or_default();
    Ok(items.into_iter().filter_map(|item| serde_json::from_value(item).ok()).collect())
}

impl AuthenticationStep {
    /// The error code that names the step, such as `mfa_challenge`.
    pub fn code(&self) -> &'static str {
        match self {
            AuthenticationStep::EmailVerificationRequired { .. } => "email_verification_required",
            AuthenticationStep::MfaEnrollment { .. } => "mfa_enrollment",
            AuthenticationStep::MfaChallenge { .. } => "mfa_challenge",
            AuthenticationStep::OrganizationSelectionRequired { .. } => "organization_selection_required",
            AuthenticationStep::SsoRequired { .. } => "sso_required",
            AuthenticationStep::OrganizationAuthenticationMethodsRequired { .. } => {
                "organization_authentication_methods_required"
            }
            AuthenticationStep::RadarChallenge { .. } => "radar_challenge",
            AuthenticationStep::RadarSignUpChallenge { .. } => "radar_sign_up_challenge",
            AuthenticationStep::RadarSmsSignInChallenge { .. } => "radar_sms_sign_in_challenge",
            AuthenticationStep::PasskeyProgressiveEnrollment { .. } => "passkey_progressive_enrollment",
            AuthenticationStep::ApplicationConsentRequired { .. } => "application_consent_required",
        }
    }

    /// The token to continue the sign-in with.
    pub fn pending_authentication_token(&self) -> &Secret {
        match self {
            AuthenticationStep::EmailVerificationRequired { pending_authentication_token, .. }
            | AuthenticationStep::MfaEnrollment { pending_authentication_token, .. }
            | AuthenticationStep::MfaChallenge { pending_authentication_token, .. }
            | AuthenticationStep::OrganizationSelectionRequired { pending_authentication_token, .. }
            | AuthenticationStep::SsoRequired { pending_authentication_token, .. }
            | AuthenticationStep::OrganizationAuthenticationMethodsRequired {
                pending_authentication_token,
                ..
            }
            | AuthenticationStep::RadarChallenge { pending_authentication_token, .. }
            | AuthenticationStep::RadarSignUpChallenge { pending_authentication_token }
            | AuthenticationStep::RadarSmsSignInChallenge { pending_authentication_token, .. }
            | AuthenticationStep::PasskeyProgressiveEnrollment { pending_authentication_token, .. }
            | AuthenticationStep::ApplicationConsentRequired { pending_authentication_token, .. } => {
                pending_authentication_token
            }
        }
    }
}

impl Error {
    /// The next step of a sign-in, when this error is an AuthKit answer asking for one. An
    /// error with another code, or without a pending authentication token, gives `None`.
    pub fn authentication_step(&self) -> Option<AuthenticationStep> {
        let api = self.as_api()?;
        let mut body: serde_json::Value = serde_json::from_slice(api.body()).ok()?;
        // Most steps come as `{"code": ...}` (403); some as OAuth errors, `{"error": ...}` (400).
        if body.get("code").is_none()
            && let Some(error) = body.get("error").cloned()
        {
            body["code"] = error;
        }
        serde_json::from_value(body).ok()
    }
}

/// How long to wait more after a `slow_down` answer (RFC 8628).
const SLOW_DOWN_STEP: Duration = Duration::from_secs(5);
/// The wait between polls when the authorization gives none, or none that is a positive
/// number of seconds: RFC 8628's default.
const DEFAULT_INTERVAL: Duration = Duration::from_secs(5);
/// The shortest wait between polls whatever the server says, so that an interval of a
/// nanosecond is not a busy loop against the API.
const MIN_INTERVAL: Duration = Duration::from_millis(100);
/// The longest wait between polls, however large the interval or however often `slow_down`
/// comes: beyond it, a user who confirmed would wait on the device for nothing.
const MAX_INTERVAL: Duration = Duration::from_secs(60);
/// How long a device code lives when the authorization does not say (WorkOS's own).
const DEFAULT_LIFETIME: Duration = Duration::from_secs(300);
/// The longest a device code is polled for, however long the server says it lives: device
/// codes live minutes, and a caller who wants to wait longer can poll again.
const MAX_LIFETIME: Duration = Duration::from_secs(60 * 60);

/// A positive number of seconds as a `Duration` within `min..=max`. Numbers beyond
/// `Duration`'s range (`1e300`, infinity) are `max`; `Duration::from_secs_f64` would panic.
fn clamp_seconds(seconds: f64, min: Duration, max: Duration) -> Duration {
    Duration::try_from_secs_f64(seconds).unwrap_or(Duration::MAX).clamp(min, max)
}

/// The wait between polls for the `interval` a device authorization gives.
fn poll_interval(interval: Option<f64>) -> Duration {
    match interval {
        // `> 0.0` also leaves out NaN.
        Some(seconds) if seconds > 0.0 => clamp_seconds(seconds, MIN_INTERVAL, MAX_INTERVAL),
        _ => DEFAULT_INTERVAL,
    }
}

/// The wait after a `slow_down` answer: five seconds more, up to the longest wait.
fn slowed_down(interval: Duration) -> Duration {
    interval.saturating_add(SLOW_DOWN_STEP).min(MAX_INTERVAL)
}

/// How long to poll for the `expires_in` a device authorization gives. Zero, negative or NaN
/// seconds mean the code has no time left: it is not polled at all.
fn code_lifetime(expires_in: Option<f64>) -> Duration {
    match expires_in {
        None => DEFAULT_LIFETIME,
        Some(seconds) if seconds > 0.0 => clamp_seconds(seconds, Duration::ZERO, MAX_LIFETIME),
        Some(_) => Duration::ZERO,
    }
}

impl crate::handles::AuthKit<'_> {
    /// Exchanges the `code` AuthKit's redirect brought back for the user and their tokens.
    /// The client id comes from the client; the API key goes in as `client_secret` when the
    /// client has one (a public client sends none and relies on the PKCE `code_verifier`).
    /// A sign-in that needs another step fails with an error whose
    /// [`Error::authentication_step`] says which.
    pub async fn authenticate_with_code(
        &self,
        code: &str,
        code_verifier: Option<&Secret>,
    ) -> Result<AuthenticateResponse> {
        let client_id = self.client.require_client_id("exchanging an authorization code")?.to_owned();
        let mut with_code = AuthenticateWithCode::new(client_id, Secret::new(code));
        with_code.client_secret = self.client.api_key().cloned();
        with_code.code_verifier = code_verifier.cloned();
        let grant = AuthenticateRequest::AuthorizationCode(with_code);
        self.authenticate(&grant).await
    }

    /// Waits for the user to confirm a device authorization (CLI Auth): polls
    /// `authenticate` with the device code at the interval the authorization gives, waits
    /// longer when asked to (`slow_down`), keeps waiting while the user has not answered
    /// (`authorization_pending`), and stops when the code expires or is refused.
    ///
    /// The server's numbers are bounded: the interval is kept between 100 ms and a minute
    /// (5 s when it is absent or not a positive number), `slow_down` lengthens it up to that
    /// minute, and the code is polled for at most an hour (5 minutes when `expires_in` is
    /// absent; not at all when it is zero, negative or NaN). When the code's time runs out
    /// before the next poll, the error is of kind [`ErrorKind::Timeout`].
    pub async fn poll_device_authorization(
        &self,
        authorization: &DeviceAuthorization,
    ) -> Result<AuthenticateResponse> {
        let client_id = self.client.require_client_id("polling a device authorization")?.to_owned();
        let mut interval = poll_interval(authorization.interval);
        let lifetime = code_lifetime(authorization.expires_in);
        // The time left is counted down rather than added to `now`: no instant to overflow.
        let started = tokio::time::Instant::now();
        let grant = AuthenticateRequest::DeviceCode(AuthenticateWithDeviceCode::new(
            client_id,
            authorization.device_code.clone(),
        ));
        loop {
            if lifetime.saturating_sub(started.elapsed()) < interval {
                return Err(Error::expired("the device code expired before the user confirmed it"));
            }
            tokio::time::sleep(interval).await;
            match self.authenticate(&grant).await {
                Ok(signed_in) => return Ok(signed_in),
                Err(error)
                    if error.kind() == ErrorKind::BadRequest || error.kind() == ErrorKind::Unprocessable =>
                {
                    match error.as_api().and_then(|api| api.code()) {
                        Some("authorization_pending") => {}
                        Some("slow_down") => interval = slowed_down(interval),
                        _ => return Err(error),
                    }
                }
                Err(error) => return Err(error),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Seconds at and beyond every edge: of sign, of `Duration`'s range, of `f64`'s.
    const EXTREMES: &[f64] = &[
        0.0,
        -0.0,
        -1.0,
        -1e300,
        f64::MIN,
        f64::NEG_INFINITY,
        f64::NAN,
        5e-324,
        f64::MIN_POSITIVE,
        1e-300,
        0.05,
        1.5,
        59.999_999_999,
        60.000_000_001,
        3599.5,
        1.8446744073709552e19,
        1e20,
        1e300,
        f64::MAX,
        f64::INFINITY,
    ];

    #[test]
    fn every_interval_is_within_bounds_and_stays_there_after_any_slow_down() {
        for seconds in EXTREMES.iter().copied().map(Some).chain([None]) {
            let mut interval = poll_interval(seconds);
            assert!((MIN_INTERVAL..=MAX_INTERVAL).contains(&interval), "{seconds:?}: {interval:?}");
            for _ in 0..10_000 {
                let next = slowed_down(interval);
                assert!(next >= interval && next <= MAX_INTERVAL, "{seconds:?}: {next:?}");
                interval = next;
            }
            assert_eq!(interval, MAX_INTERVAL, "{seconds:?}");
        }
        // Even from a wait no interval gives.
        assert_eq!(slowed_down(Duration::MAX), MAX_INTERVAL);
    }

    #[test]
    fn intervals_are_the_server_s_when_sane_and_the_nearest_bound_otherwise() {
        let cases = [
            (None, DEFAULT_INTERVAL),
            (Some(-1.0), DEFAULT_INTERVAL),
            (Some(0.0), DEFAULT_INTERVAL),
            (Some(f64::NAN), DEFAULT_INTERVAL),
            (Some(f64::NEG_INFINITY), DEFAULT_INTERVAL),
            (Some(5e-324), MIN_INTERVAL),
            (Some(0.05), MIN_INTERVAL),
            (Some(0.25), Duration::from_millis(250)),
            (Some(1.5), Duration::from_millis(1500)),
            (Some(5.0), Duration::from_secs(5)),
            (Some(1e300), MAX_INTERVAL),
            (Some(f64::INFINITY), MAX_INTERVAL),
        ];
        for (seconds, expected) in cases {
            assert_eq!(poll_interval(seconds), expected, "{seconds:?}");
        }
        assert_eq!(slowed_down(Duration::from_secs(5)), Duration::from_secs(10));
        assert_eq!(slowed_down(Duration::from_secs(58)), MAX_INTERVAL);
    }

    #[test]
    fn a_code_lives_at_most_an_hour_and_not_at_all_without_time_left() {
        for seconds in EXTREMES.iter().copied().map(Some).chain([None]) {
            let lifetime = code_lifetime(seconds);
            assert!(lifetime <= MAX_LIFETIME, "{seconds:?}: {lifetime:?}");
        }
        let cases = [
            (None, DEFAULT_LIFETIME),
            (Some(-1.0), Duration::ZERO),
            (Some(-0.0), Duration::ZERO),
            (Some(0.0), Duration::ZERO),
            (Some(f64::NAN), Duration::ZERO),
            (Some(f64::MIN), Duration::ZERO),
            (Some(5e-324), Duration::ZERO),
            (Some(0.45), Duration::from_millis(450)),
            (Some(300.0), Duration::from_secs(300)),
            (Some(1e300), MAX_LIFETIME),
            (Some(f64::INFINITY), MAX_LIFETIME),
        ];
        for (seconds, expected) in cases {
            assert_eq!(code_lifetime(seconds), expected, "{seconds:?}");
        }
    }
}
