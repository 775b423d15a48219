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
//! use workos::authentication::AuthenticationStep;
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
    AuthenticationFactor, DeviceAuthorization, User,
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

impl crate::authkit::AuthKit<'_> {
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
        let grant = AuthenticateRequest::AuthorizationCode(AuthenticateWithCode {
            client_secret: self.client.api_key().cloned(),
            code_verifier: code_verifier.cloned(),
            ..AuthenticateWithCode::new(client_id, Secret::new(code))
        });
        self.authenticate(&grant).await
    }

    /// Waits for the user to confirm a device authorization (CLI Auth): polls
    /// `authenticate` with the device code at the interval the authorization gives, waits
    /// longer when asked to (`slow_down`), keeps waiting while the user has not answered
    /// (`authorization_pending`), and stops when the code expires or is refused.
    pub async fn poll_device_authorization(
        &self,
        authorization: &DeviceAuthorization,
    ) -> Result<AuthenticateResponse> {
        let client_id = self.client.require_client_id("polling a device authorization")?.to_owned();
        let mut interval = authorization.interval.map_or(Duration::from_secs(5), Duration::from_secs_f64);
        let expires_in = authorization.expires_in.map_or(Duration::from_secs(300), Duration::from_secs_f64);
        let deadline = tokio::time::Instant::now() + expires_in;
        let grant = AuthenticateRequest::DeviceCode(AuthenticateWithDeviceCode::new(
            client_id,
            authorization.device_code.clone(),
        ));
        loop {
            if tokio::time::Instant::now() + interval > deadline {
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
                        Some("slow_down") => interval += SLOW_DOWN_STEP,
                        _ => return Err(error),
                    }
                }
                Err(error) => return Err(error),
            }
        }
    }
}
