//! Session cookies: the signed-in user's tokens, sealed into one cookie value in the format
//! WorkOS's Node SDK and AuthKit's JavaScript libraries use, so that a Rust service and a
//! JavaScript front end can share the cookie.
//!
//! ```no_run
//! # async fn demo(workos: workos::Workos, cookie: &str) -> Result<(), workos::Error> {
//! let sessions = workos::signin::session::SessionCookies::new(&workos, std::env::var("WORKOS_COOKIE_PASSWORD").unwrap())?;
//! match sessions.authenticate(cookie).await {
//!     Ok(signed_in) => println!("{} is signed in", signed_in.session.user.email),
//!     Err(error) if error.rejection() == Some(workos::Rejection::TokenExpired) => {
//!         let refreshed = sessions.refresh(cookie, None).await?;
//!         // Send `refreshed.cookie` back in a `Set-Cookie` header.
//!         # let _ = refreshed;
//!     }
//!     Err(error) => return Err(error),
//! }
//! # Ok(()) }
//! ```

mod iron;
mod single_flight;

pub use single_flight::{MAX_SHARED_REFRESHES, REFRESH_REUSE_WINDOW};

use std::sync::Arc;

use serde::{Deserialize, Serialize};

use crate::Secret;
use crate::client::Workos;
use crate::error::{DecodeError, Error, Rejection, Result};
use crate::signin::access_token::{AccessTokenClaims, AccessTokenVerifier};
use crate::types::{
    AuthenticateRequest, AuthenticateResponse, AuthenticateWithRefreshToken, Impersonator, OrganizationId,
    User,
};

/// What a session cookie holds.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Session {
    /// The access token: a short-lived JWT to verify on every request.
    pub access_token: Secret,
    /// The refresh token: exchanges for a new access token when that one expires.
    pub refresh_token: Secret,
    /// The signed-in user. The cookie holds it as WorkOS's JavaScript libraries do, with
    /// camelCase field names (`firstName`, `createdAt`); the API's snake_case names are read
    /// too.
    #[serde(with = "javascript_user")]
    pub user: User,
    /// The administrator impersonating the user, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub impersonator: Option<Impersonator>,
    /// Anything else the cookie holds, kept as it was.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Session {
    /// The session of a successful `authenticate` answer. Like WorkOS's Node SDK, it keeps
    /// the organization the user signed in to as `organizationId`.
    pub fn from_authentication(signed_in: &AuthenticateResponse) -> Session {
        let mut extra = serde_json::Map::new();
        if let Some(organization_id) = &signed_in.organization_id {
            extra.insert("organizationId".into(), organization_id.as_str().into());
        }
        Session {
            access_token: signed_in.access_token.clone(),
            refresh_token: signed_in.refresh_token.clone(),
            user: signed_in.user.clone(),
            impersonator: signed_in.impersonator.clone(),
            extra,
        }
    }
}

/// A session whose cookie opened and whose access token verified.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct AuthenticatedSession {
    /// The session.
    pub session: Session,
    /// The verified claims of its access token.
    pub claims: AccessTokenClaims,
}

/// A session refreshed with its refresh token, and the cookie that now holds it.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RefreshedSession {
    /// The new cookie value: send it back to the browser.
    pub cookie: Secret,
    /// The refreshed session.
    pub session: Session,
    /// The verified claims of the new access token.
    pub claims: AccessTokenClaims,
}

/// A session a cookie holds, checked and refreshed when it had to be
/// ([`SessionCookies::authenticate_or_refresh`]).
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct CurrentSession {
    /// The session.
    pub session: Session,
    /// The verified claims of its access token.
    pub claims: AccessTokenClaims,
    /// When the session was refreshed: the new cookie value, to send back in a `Set-Cookie`
    /// header.
    pub refreshed_cookie: Option<Secret>,
}

/// Seals, opens, checks and refreshes session cookies with one cookie password.
///
/// Clones share one record of the refreshes in flight, so that the requests of one session
/// refresh it once ([`SessionCookies::authenticate_or_refresh`]).
#[derive(Debug, Clone)]
pub struct SessionCookies {
    workos: Workos,
    password: Secret,
    verifier: AccessTokenVerifier,
    flights: Arc<single_flight::SingleFlight<RefreshedSession>>,
}

impl SessionCookies {
    /// Session cookies sealed with `password` (at least 32 characters; the same password as
    /// the JavaScript side, to share cookies), for `workos`'s environment (it needs a client
    /// id).
    pub fn new(workos: &Workos, password: impl Into<Secret>) -> Result<SessionCookies> {
        let password = password.into();
        if password.expose().len() < iron::MIN_PASSWORD_LENGTH {
            return Err(Error::rejected(
                Rejection::PasswordTooShort,
                format!("the cookie password must be at least {} characters", iron::MIN_PASSWORD_LENGTH),
            ));
        }
        Ok(SessionCookies {
            workos: workos.clone(),
            password,
            verifier: AccessTokenVerifier::new(workos)?,
            flights: Arc::default(),
        })
    }

    /// The same cookies, verifying access tokens with `verifier` (to set an issuer, a leeway
    /// or a key cache of your choice).
    pub fn with_verifier(mut self, verifier: AccessTokenVerifier) -> Self {
        self.verifier = verifier;
        self
    }

    /// Seals a session into a cookie value.
    pub fn seal(&self, session: &Session) -> Result<Secret> {
        let json = serde_json::to_vec(session).expect("a session always serializes");
        iron::seal(&json, self.password.expose()).map(Secret::new)
    }

    /// Seals the session of a successful `authenticate` answer.
    pub fn seal_authentication(&self, signed_in: &AuthenticateResponse) -> Result<Secret> {
        self.seal(&Session::from_authentication(signed_in))
    }

    /// Seals any JSON value, for cookies that hold something other than a session.
    pub fn seal_json(&self, value: &serde_json::Value) -> Result<Secret> {
        iron::seal(value.to_string().as_bytes(), self.password.expose()).map(Secret::new)
    }

    /// Opens a cookie value into its JSON, checking that it was sealed with this password and
    /// not altered.
    pub fn unseal_json(&self, cookie: &str) -> Result<serde_json::Value> {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default()
            .as_millis();
        let opened = iron::unseal(cookie, self.password.expose(), now)?;
        let json: serde_json::Value = serde_json::from_slice(&opened.json).map_err(|e| {
            Error::rejected(Rejection::MalformedSession, format!("the session is not JSON: {e}"))
        })?;
        // Cookies from before version 2 of the format keep the session under `persistent`.
        Ok(match json {
            serde_json::Value::Object(mut object) if opened.legacy && object.contains_key("persistent") => {
                object.remove("persistent").unwrap_or_default()
            }
            other => other,
        })
    }

    /// Opens a cookie value into its session, checking that it was sealed with this password
    /// and not altered.
    pub fn unseal(&self, cookie: &str) -> Result<Session> {
        let bytes = self.unseal_json(cookie)?.to_string();
        serde_json::from_str(&bytes).map_err(|e| {
            Error::decode(DecodeError::new(bytes.as_bytes(), e).of("unexpected session contents"))
        })
    }

    /// Opens a cookie and verifies its access token. An expired token is refused with
    /// [`Rejection::TokenExpired`]: call [`SessionCookies::refresh`] then.
    pub async fn authenticate(&self, cookie: &str) -> Result<AuthenticatedSession> {
        let session = self.unseal(cookie)?;
        let claims = self.verifier.verify(session.access_token.expose()).await?;
        Ok(AuthenticatedSession { session, claims })
    }

    /// Exchanges the cookie's refresh token for new tokens (optionally switching to
    /// `organization_id`), and seals them into a new cookie.
    pub async fn refresh(&self, cookie: &str, organization_id: Option<&str>) -> Result<RefreshedSession> {
        let session = self.unseal(cookie)?;
        let client_id = self.workos.require_client_id("refreshing a session")?.to_owned();
        let mut with_refresh_token =
            AuthenticateWithRefreshToken::new(client_id, session.refresh_token.clone());
        with_refresh_token.client_secret = self.workos.api_key().cloned();
        with_refresh_token.organization_id = organization_id.map(OrganizationId::from);
        let grant = AuthenticateRequest::RefreshToken(with_refresh_token);
        let signed_in = self.workos.authkit().authenticate(&grant).await?;
        let claims = self.verifier.verify(signed_in.access_token.expose()).await?;
        let mut refreshed = Session::from_authentication(&signed_in);
        // What the old cookie held beyond the session stays, but the new answer's own fields win.
        let fresh = std::mem::replace(&mut refreshed.extra, session.extra);
        refreshed.extra.extend(fresh);
        let cookie = self.seal(&refreshed)?;
        Ok(RefreshedSession { cookie, session: refreshed, claims })
    }

    /// Opens a cookie and verifies its access token; when the token has expired, refreshes the
    /// session, once for all the requests that carry this cookie at the same time (and for
    /// those that still carry it within [`REFRESH_REUSE_WINDOW`] after): a refresh token is
    /// used once. The refresh runs in a task of its own, so a caller dropped while it waits
    /// loses nothing. For a framework without a [`tower`](https://docs.rs/tower) stack:
    ///
    /// ```no_run
    /// # async fn demo(sessions: workos::signin::session::SessionCookies, cookie: &str) -> Result<(), workos::Error> {
    /// let current = sessions.authenticate_or_refresh(cookie).await?;
    /// if let Some(new_cookie) = &current.refreshed_cookie {
    ///     // Send it back in a `Set-Cookie` header.
    ///     # let _ = new_cookie;
    /// }
    /// println!("{} is signed in", current.session.user.email);
    /// # Ok(()) }
    /// ```
    ///
    /// A session that cannot be used any more (a cookie that does not open, a token that does
    /// not verify, a refresh token WorkOS refuses) fails with an error for which
    /// [`is_signed_out`] is true: sign the user in again.
    pub async fn authenticate_or_refresh(&self, cookie: &str) -> Result<CurrentSession> {
        let session = self.unseal(cookie)?;
        match self.verifier.verify(session.access_token.expose()).await {
            Ok(claims) => return Ok(CurrentSession { session, claims, refreshed_cookie: None }),
            Err(error) if error.rejection() == Some(Rejection::TokenExpired) => {}
            Err(error) => return Err(error),
        }
        let this = self.clone();
        let owned = cookie.to_owned();
        let outcome = self
            .flights
            .run(session.refresh_token.expose(), async move { this.refresh(&owned, None).await })
            .await;
        match outcome {
            Ok(refreshed) => Ok(CurrentSession {
                session: refreshed.session.clone(),
                claims: refreshed.claims.clone(),
                refreshed_cookie: Some(refreshed.cookie.clone()),
            }),
            Err(error) => Err(error.replay()),
        }
    }

    /// The URL that ends the cookie's session at WorkOS, then sends the browser to
    /// `return_to`. The session id is read from the access token without checking it:
    /// the URL only asks WorkOS to end that session, so an expired token still works.
    pub fn logout_url(&self, cookie: &str, return_to: Option<&str>) -> Result<String> {
        let session = self.unseal(cookie)?;
        let session_id = session_id_of(session.access_token.expose())?;
        self.workos.authkit_logout_url(&session_id, return_to)
    }
}

/// Whether `error` (from [`SessionCookies::authenticate_or_refresh`] and the others) means the
/// session is over, so the user must sign in again: a cookie that does not open, an access
/// token that does not verify, a refresh token WorkOS refuses (`400`/`401`). Any other error
/// (WorkOS unreachable, a timeout) is not the session's fault.
pub fn is_signed_out(error: &Error) -> bool {
    use crate::error::ErrorKind;
    error.rejection().is_some()
        || matches!(
            error.kind(),
            ErrorKind::BadRequest
                | ErrorKind::Unauthorized
                | ErrorKind::Decode
                | ErrorKind::InvalidSession
                | ErrorKind::InvalidToken
        )
}

/// The user as WorkOS's JavaScript libraries keep it in a session cookie: the API's fields
/// with camelCase names. Only the user's own field names change; the keys inside its
/// `metadata` are the application's and stay as they are.
mod javascript_user {
    use serde::{Deserialize, Deserializer, Serialize, Serializer};
    use serde_json::{Map, Value};

    use crate::types::User;

    pub(super) fn serialize<S: Serializer>(user: &User, serializer: S) -> Result<S::Ok, S::Error> {
        let Value::Object(fields) = serde_json::to_value(user).map_err(serde::ser::Error::custom)? else {
            return Err(serde::ser::Error::custom("a user serializes to an object"));
        };
        let renamed: Map<String, Value> = fields.into_iter().map(|(k, v)| (camel_case(&k), v)).collect();
        renamed.serialize(serializer)
    }

    pub(super) fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<User, D::Error> {
        let fields = Map::<String, Value>::deserialize(deserializer)?;
        let renamed: Map<String, Value> = fields.into_iter().map(|(k, v)| (snake_case(&k), v)).collect();
        serde_json::from_value(Value::Object(renamed)).map_err(serde::de::Error::custom)
    }

    fn camel_case(name: &str) -> String {
        let mut out = String::with_capacity(name.len());
        let mut upper = false;
        for c in name.chars() {
            if c == '_' {
                upper = true;
            } else if upper {
                out.extend(c.to_uppercase());
                upper = false;
            } else {
                out.push(c);
            }
        }
        out
    }

    fn snake_case(name: &str) -> String {
        let mut out = String::with_capacity(name.len() + 4);
        for c in name.chars() {
            if c.is_ascii_uppercase() {
                out.push('_');
                out.push(c.to_ascii_lowercase());
            } else {
                out.push(c);
            }
        }
        out
    }
}

/// The `sid` claim of a JWT, read without verification.
fn session_id_of(token: &str) -> Result<String> {
    use base64::Engine;
    let malformed = || Error::rejected(Rejection::MalformedToken, "the access token has no session id");
    let payload = token.split('.').nth(1).ok_or_else(malformed)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload).map_err(|_| malformed())?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).map_err(|_| malformed())?;
    claims["sid"].as_str().map(str::to_owned).ok_or_else(malformed)
}
