//! The routes of the sign-in flow: [`Auth::sign_in`] (to AuthKit, with the flow cookie),
//! [`Auth::callback`] (state check, code exchange, session cookie), [`Auth::sign_out`] and
//! [`Auth::switch_organization`], and what the callback answers ([`SignedIn`],
//! [`CallbackError`]).

use axum_core::response::{IntoResponse, Response};
use http::header::{CACHE_CONTROL, LOCATION, SET_COOKIE};
use http::{HeaderMap, HeaderValue, StatusCode};

use super::auth::Auth;
use super::flow::{FLOW_COOKIE, FLOW_MAX_AGE, Flow, local_path};
use super::{cookies, error_response};
use crate::error::Error;
use crate::signin::authentication::AuthenticationStep;
use crate::signin::pkce::Pkce;
use crate::signin::session::{Session, is_signed_out};
use crate::{Result, Secret};

/// Where a sign-in goes and returns to.
#[derive(Debug, Clone, Default)]
#[non_exhaustive]
pub struct SignInOptions {
    /// The app's path to return to after sign-in (default `/`); anything but a path of this
    /// app is ignored.
    pub return_to: Option<String>,
    /// Sign in to this organization (its SSO connection, if it has one).
    pub organization_id: Option<String>,
    /// Sign in with this SSO connection, skipping AuthKit's page.
    pub connection_id: Option<String>,
    /// The e-mail address to fill in.
    pub login_hint: Option<String>,
    /// Open AuthKit's sign-up screen (`sign-up`) instead of sign-in.
    pub screen_hint: Option<String>,
}

impl SignInOptions {
    /// The options a sign-in route's query string carries: `return_to` (set by
    /// [`Auth::layer`]'s redirect).
    pub fn from_query(query: Option<&str>) -> SignInOptions {
        let return_to = query
            .into_iter()
            .flat_map(|q| url::form_urlencoded::parse(q.as_bytes()))
            .find(|(k, _)| k == "return_to")
            .map(|(_, v)| v.into_owned());
        SignInOptions { return_to, ..SignInOptions::default() }
    }

    /// Returns to `path` after sign-in.
    pub fn return_to(mut self, path: &str) -> Self {
        self.return_to = Some(path.to_owned());
        self
    }

    /// Signs in to `organization_id`.
    pub fn organization(mut self, organization_id: &str) -> Self {
        self.organization_id = Some(organization_id.to_owned());
        self
    }

    /// Signs in with the SSO connection `connection_id`.
    pub fn connection(mut self, connection_id: &str) -> Self {
        self.connection_id = Some(connection_id.to_owned());
        self
    }
}

/// A finished sign-in: its response redirects to where the sign-in was to return, setting the
/// session cookie and clearing the flow cookie.
#[derive(Debug)]
#[non_exhaustive]
pub struct SignedIn {
    /// The new session.
    pub session: Session,
    /// The app's path the browser returns to.
    pub return_to: String,
    sealed: Secret,
    set_session: String,
    clear_flow: String,
}

impl IntoResponse for SignedIn {
    fn into_response(self) -> Response {
        redirect(&self.return_to, [self.set_session, self.clear_flow])
    }
}

/// Why a callback did not sign the user in.
#[derive(Debug)]
#[non_exhaustive]
pub enum CallbackError {
    /// No sign-in was started in this browser, it took longer than
    /// [`FLOW_MAX_AGE`](super::flow::FLOW_MAX_AGE), or the `state` does not match it: the
    /// request is forged or stale (`400`).
    InvalidState,
    /// AuthKit sent the browser back with an error (the user cancelled, say) (`400`).
    Denied {
        /// The OAuth error code.
        error: String,
        /// Its description, when AuthKit gave one.
        description: Option<String>,
    },
    /// The sign-in needs another step (verify the e-mail, enrol or pass MFA, choose an
    /// organization...): continue with the step's pending authentication token (`403` when
    /// answered as is).
    Step(Box<AuthenticationStep>),
    /// The code exchange failed: a code WorkOS refuses (`400`), or WorkOS unreachable.
    Failed(Error),
}

impl std::fmt::Display for CallbackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CallbackError::InvalidState => {
                f.write_str("the sign-in did not start in this browser, or took too long")
            }
            CallbackError::Denied { error, description } => {
                write!(f, "AuthKit refused the sign-in: {}", printable(error))?;
                match description {
                    Some(description) => write!(f, " ({})", printable(description)),
                    None => Ok(()),
                }
            }
            CallbackError::Step(step) => write!(f, "the sign-in needs another step: {}", step.code()),
            CallbackError::Failed(error) => write!(f, "the code exchange failed: {error}"),
        }
    }
}

impl std::error::Error for CallbackError {}

/// At most 100 visible characters of text from a query string.
fn printable(text: &str) -> String {
    text.chars().filter(|c| !c.is_control()).take(100).collect()
}

impl IntoResponse for CallbackError {
    fn into_response(self) -> Response {
        let (status, code) = match &self {
            CallbackError::InvalidState => (StatusCode::BAD_REQUEST, "invalid_state"),
            CallbackError::Denied { .. } => (StatusCode::BAD_REQUEST, "sign_in_denied"),
            CallbackError::Step(step) => (StatusCode::FORBIDDEN, step.code()),
            CallbackError::Failed(error) if is_signed_out(error) => {
                (StatusCode::BAD_REQUEST, "invalid_grant")
            }
            CallbackError::Failed(error) => return error_response::response(error),
        };
        error_response::json(status, code, &self.to_string())
    }
}

/// A `303 See Other` to `location`, setting `cookies`; never cached.
pub(crate) fn redirect<I: IntoIterator<Item = String>>(location: &str, cookies: I) -> Response {
    let mut response = StatusCode::SEE_OTHER.into_response();
    let headers = response.headers_mut();
    match HeaderValue::try_from(location) {
        Ok(value) => headers.insert(LOCATION, value),
        Err(_) => headers.insert(LOCATION, HeaderValue::from_static("/")),
    };
    headers.insert(CACHE_CONTROL, HeaderValue::from_static("no-store"));
    for cookie in cookies {
        if let Ok(value) = HeaderValue::try_from(cookie) {
            headers.append(SET_COOKIE, value);
        }
    }
    response
}

impl Auth {
    /// Starts a sign-in: a `303` to AuthKit (or the SSO connection the options name), with a
    /// fresh `state` and PKCE challenge, and the flow cookie that carries them (sealed,
    /// [`FLOW_MAX_AGE`] long) to [`Auth::callback`].
    pub fn sign_in(&self, options: &SignInOptions) -> Result<Response> {
        let pkce = Pkce::new();
        let state = crate::signin::urls::new_state();
        let mut url =
            self.inner.workos.authkit_authorization_url(&self.callback_url())?.state(&state).pkce(&pkce);
        url = match (&options.connection_id, &options.organization_id) {
            (Some(connection), _) => url.connection(connection),
            (None, Some(organization)) => url.organization(organization),
            (None, None) => url.provider("authkit"),
        };
        if let Some(hint) = &options.login_hint {
            url = url.login_hint(hint);
        }
        if let Some(screen) = &options.screen_hint {
            url = url.screen_hint(screen);
        }
        let return_to = options.return_to.as_deref().and_then(local_path).unwrap_or("/").to_owned();
        let flow = Flow::new(state, pkce.verifier().expose().to_owned(), return_to);
        let sealed = flow.seal(&self.inner.cookies)?;
        // Lax whatever the session cookie's `SameSite`: AuthKit's redirect back is a navigation
        // from another site, and a Strict cookie would not come with it.
        let mut flow_options = self.inner.cookie.clone();
        flow_options.same_site = cookies::SameSite::Lax;
        let cookie = flow_options.render(
            FLOW_COOKIE,
            sealed.expose(),
            Some(FLOW_MAX_AGE),
            self.inner.secure_by_default,
        );
        Ok(redirect(&url.build(), [cookie]))
    }

    /// Finishes a sign-in on the callback route, given the request's headers and query string:
    /// checks the `state` against the flow cookie, exchanges the code with the PKCE verifier,
    /// and seals the session. The [`SignedIn`] answers the browser (a redirect with the
    /// session cookie); a [`CallbackError`] says why not, and answers too.
    pub async fn callback(
        &self,
        headers: &HeaderMap,
        query: Option<&str>,
    ) -> Result<SignedIn, CallbackError> {
        let get = |name: &str| {
            query
                .into_iter()
                .flat_map(|q| url::form_urlencoded::parse(q.as_bytes()))
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.into_owned())
        };
        if let Some(error) = get("error") {
            return Err(CallbackError::Denied { error, description: get("error_description") });
        }
        let flow =
            cookies::read(headers, FLOW_COOKIE).and_then(|sealed| Flow::open(&self.inner.cookies, sealed));
        let (Some(flow), Some(code), Some(state)) = (flow, get("code"), get("state")) else {
            return Err(CallbackError::InvalidState);
        };
        // The state proves that this browser started this sign-in.
        if !ring_eq(flow.state.as_bytes(), state.as_bytes()) {
            return Err(CallbackError::InvalidState);
        }
        let verifier = Secret::new(flow.code_verifier);
        let signed_in = match self.inner.workos.authkit().authenticate_with_code(&code, Some(&verifier)).await
        {
            Ok(signed_in) => signed_in,
            Err(error) => {
                return Err(match error.authentication_step() {
                    Some(step) => CallbackError::Step(Box::new(step)),
                    None => CallbackError::Failed(error),
                });
            }
        };
        let session = Session::from_authentication(&signed_in);
        let sealed = self.inner.cookies.seal(&session).map_err(CallbackError::Failed)?;
        Ok(SignedIn {
            session,
            return_to: local_path(&flow.return_to).unwrap_or("/").to_owned(),
            set_session: self.set_session_cookie(sealed.expose()),
            sealed,
            clear_flow: self.inner.cookie.render(
                FLOW_COOKIE,
                "",
                Some(std::time::Duration::ZERO),
                self.inner.secure_by_default,
            ),
        })
    }

    /// Signs out: clears the session cookie and sends the browser through WorkOS's logout URL
    /// (which ends the session there) to [`Auth::after_sign_out`]; without a session, straight
    /// there.
    pub fn sign_out(&self, headers: &HeaderMap) -> Response {
        let target = self
            .session_cookie(headers)
            .and_then(|sealed| self.inner.cookies.logout_url(sealed, Some(&self.inner.after_sign_out)).ok())
            .unwrap_or_else(|| self.inner.after_sign_out.clone());
        redirect(&target, [self.clear_session_cookie()])
    }

    /// Switches the signed-in session to `organization_id` (refreshing it into that
    /// organization, which WorkOS checks the user belongs to) and redirects to `return_to` (a
    /// path of this app) with the new cookie. A request without a session is sent to sign in.
    pub async fn switch_organization(
        &self,
        headers: &HeaderMap,
        organization_id: &str,
        return_to: &str,
    ) -> Response {
        let Some(sealed) = self.session_cookie(headers) else {
            return redirect(&self.inner.sign_in_path, []);
        };
        match self.inner.cookies.refresh(sealed, Some(organization_id)).await {
            Ok(refreshed) => redirect(
                local_path(return_to).unwrap_or("/"),
                [self.set_session_cookie(refreshed.cookie.expose())],
            ),
            Err(error) => error_response::response(&error),
        }
    }
}

impl SignedIn {
    /// The sealed session cookie value the response sets.
    pub fn cookie(&self) -> &Secret {
        &self.sealed
    }
}

fn ring_eq(a: &[u8], b: &[u8]) -> bool {
    // Length first: the state is not secret from the browser that holds it, only unguessable.
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}
