//! The sign-in example's web application. `main.rs` serves it; the workspace's tests drive
//! this same router over HTTP, so what the example shows is what is tested.
//!
//! The flow: `/login` sends the browser to AuthKit with a `state` and a PKCE challenge, kept
//! in a short-lived sealed cookie; AuthKit sends it back to `/callback` with a code, which is
//! exchanged for the user and their tokens, sealed into the session cookie; `/account` opens
//! that cookie and verifies its access token on every request, refreshing the session when
//! the token has expired; `/logout` clears the cookie and ends the session at WorkOS.

use std::sync::Arc;

use axum::Router;
use axum::extract::{Query, State};
use axum::http::header::{LOCATION, SET_COOKIE};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{AppendHeaders, Html, IntoResponse, Response};
use axum::routing::get;
use serde::Deserialize;
use serde_json::json;
use workos::signin::access_token::AccessTokenClaims;
use workos::signin::pkce::Pkce;
use workos::signin::session::{Session, SessionCookies};
use workos::{ErrorKind, Rejection, Secret, Workos};

/// The cookie that holds the sealed session.
pub const SESSION_COOKIE: &str = "wos-session";
/// The short-lived cookie that carries a sign-in's `state` and PKCE verifier to the callback.
pub const SIGN_IN_COOKIE: &str = "wos-sign-in";
/// How long a started sign-in may take, in seconds.
const SIGN_IN_MAX_AGE: u64 = 600;

/// What the handlers share.
pub struct SignInApp {
    workos: Workos,
    cookies: SessionCookies,
    /// Where browsers reach the app, such as `http://127.0.0.1:3000`.
    public_url: String,
}

impl SignInApp {
    /// The app for `workos` (which needs a client id), sealing cookies with
    /// `cookie_password` (at least 32 characters), reached by browsers at `public_url`.
    pub fn new(workos: Workos, cookie_password: Secret, public_url: &str) -> workos::Result<SignInApp> {
        let cookies = SessionCookies::new(&workos, cookie_password)?;
        Ok(SignInApp { workos, cookies, public_url: public_url.trim_end_matches('/').to_owned() })
    }

    /// The redirect URI to register with WorkOS.
    pub fn callback_url(&self) -> String {
        format!("{}/callback", self.public_url)
    }

    /// A `Set-Cookie` value: HTTP-only, same-site lax, and secure whenever the app is served
    /// over HTTPS. `max_age: Some(0)` deletes the cookie.
    fn set_cookie(&self, name: &str, value: &str, max_age: Option<u64>) -> String {
        let mut cookie = format!("{name}={value}; Path=/; HttpOnly; SameSite=Lax");
        if self.public_url.starts_with("https://") {
            cookie.push_str("; Secure");
        }
        if let Some(seconds) = max_age {
            cookie.push_str(&format!("; Max-Age={seconds}"));
        }
        cookie
    }
}

/// The app's routes.
pub fn router(app: Arc<SignInApp>) -> Router {
    Router::new()
        .route("/", get(home))
        .route("/login", get(login))
        .route("/callback", get(callback))
        .route("/account", get(account))
        .route("/logout", get(logout))
        .with_state(app)
}

async fn home(State(app): State<Arc<SignInApp>>, headers: HeaderMap) -> Html<String> {
    // Only the cookie is opened here: the page shows no more than the cookie already holds.
    match cookie(&headers, SESSION_COOKIE).and_then(|c| app.cookies.unseal(c).ok()) {
        Some(session) => page(&format!(
            "<p>Signed in as {}.</p><p><a href=\"/account\">Your account</a> · <a href=\"/logout\">Sign out</a></p>",
            escape(&session.user.email)
        )),
        None => page("<p><a href=\"/login\">Sign in</a></p>"),
    }
}

async fn login(State(app): State<Arc<SignInApp>>) -> Response {
    let pkce = Pkce::new();
    let state = workos::signin::urls::new_state();
    let url = match app.workos.authkit_authorization_url(&app.callback_url()) {
        Ok(url) => url.provider("authkit").state(&state).pkce(&pkce).build(),
        Err(error) => return failure(&error),
    };
    let pending = json!({ "state": state, "code_verifier": pkce.verifier().expose() });
    let pending = match app.cookies.seal_json(&pending) {
        Ok(sealed) => sealed,
        Err(error) => return failure(&error),
    };
    let set_cookie = app.set_cookie(SIGN_IN_COOKIE, pending.expose(), Some(SIGN_IN_MAX_AGE));
    (StatusCode::SEE_OTHER, AppendHeaders([(LOCATION, url), (SET_COOKIE, set_cookie)])).into_response()
}

/// What AuthKit's redirect brings back.
#[derive(Deserialize)]
struct Callback {
    code: Option<String>,
    state: Option<String>,
    error: Option<String>,
    error_description: Option<String>,
}

async fn callback(
    State(app): State<Arc<SignInApp>>,
    headers: HeaderMap,
    Query(callback): Query<Callback>,
) -> Response {
    if let Some(error) = callback.error {
        let reason = callback.error_description.unwrap_or(error);
        return refuse(StatusCode::BAD_REQUEST, &format!("Sign-in failed: {reason}"));
    }
    let pending = cookie(&headers, SIGN_IN_COOKIE).and_then(|c| app.cookies.unseal_json(c).ok());
    let (Some(pending), Some(code), Some(state)) = (pending, callback.code, callback.state) else {
        return refuse(StatusCode::BAD_REQUEST, "This sign-in did not start here, or took too long.");
    };
    // The state proves that this browser started this sign-in.
    if pending["state"].as_str() != Some(state.as_str()) {
        return refuse(StatusCode::BAD_REQUEST, "This sign-in did not start here, or took too long.");
    }
    let verifier = pending["code_verifier"].as_str().map(Secret::new);
    let signed_in = match app.workos.authkit().authenticate_with_code(&code, verifier.as_ref()).await {
        Ok(signed_in) => signed_in,
        Err(error) => match error.authentication_step() {
            // A real app would continue here (verify the e-mail, enrol MFA, pick an
            // organization...) with the step's pending authentication token.
            Some(step) => {
                return refuse(StatusCode::FORBIDDEN, &format!("One more step is needed: {}.", step.code()));
            }
            None => return failure(&error),
        },
    };
    let sealed = match app.cookies.seal_authentication(&signed_in) {
        Ok(sealed) => sealed,
        Err(error) => return failure(&error),
    };
    (
        StatusCode::SEE_OTHER,
        AppendHeaders([
            (LOCATION, "/account".to_owned()),
            (SET_COOKIE, app.set_cookie(SESSION_COOKIE, sealed.expose(), None)),
            (SET_COOKIE, app.set_cookie(SIGN_IN_COOKIE, "", Some(0))),
        ]),
    )
        .into_response()
}

async fn account(State(app): State<Arc<SignInApp>>, headers: HeaderMap) -> Response {
    let Some(sealed) = cookie(&headers, SESSION_COOKIE) else {
        return to_login(&app);
    };
    match app.cookies.authenticate(sealed).await {
        Ok(signed_in) => account_page(&signed_in.session, &signed_in.claims, None),
        // The access token lives minutes; the refresh token exchanges it for a new one.
        Err(error) if error.rejection() == Some(Rejection::TokenExpired) => {
            match app.cookies.refresh(sealed, None).await {
                Ok(refreshed) => {
                    let set_cookie = app.set_cookie(SESSION_COOKIE, refreshed.cookie.expose(), None);
                    account_page(&refreshed.session, &refreshed.claims, Some(set_cookie))
                }
                Err(error) if is_refused(&error) => to_login(&app),
                Err(error) => failure(&error),
            }
        }
        Err(error) if is_refused(&error) => to_login(&app),
        Err(error) => failure(&error),
    }
}

async fn logout(State(app): State<Arc<SignInApp>>, headers: HeaderMap) -> Response {
    let clear = app.set_cookie(SESSION_COOKIE, "", Some(0));
    let target = cookie(&headers, SESSION_COOKIE)
        .and_then(|sealed| app.cookies.logout_url(sealed, Some(&format!("{}/", app.public_url))).ok())
        .unwrap_or_else(|| "/".to_owned());
    (StatusCode::SEE_OTHER, AppendHeaders([(LOCATION, target), (SET_COOKIE, clear)])).into_response()
}

fn account_page(session: &Session, claims: &AccessTokenClaims, set_cookie: Option<String>) -> Response {
    let user = &session.user;
    let body = page(&format!(
        "<h1>Your account</h1><dl><dt>E-mail</dt><dd>{}</dd><dt>User</dt><dd>{}</dd>\
         <dt>Session</dt><dd>{}</dd><dt>Organization</dt><dd>{}</dd></dl><p><a href=\"/logout\">Sign out</a></p>",
        escape(&user.email),
        escape(&claims.sub),
        escape(claims.sid.as_deref().unwrap_or("-")),
        escape(claims.org_id.as_deref().unwrap_or("-")),
    ));
    match set_cookie {
        Some(set_cookie) => (AppendHeaders([(SET_COOKIE, set_cookie)]), body).into_response(),
        None => body.into_response(),
    }
}

/// The session cannot be used (a cookie that does not open, a token that does not verify,
/// a refresh token WorkOS refuses): the user signs in again.
fn is_refused(error: &workos::Error) -> bool {
    error.rejection().is_some()
        || matches!(error.kind(), ErrorKind::BadRequest | ErrorKind::Unauthorized | ErrorKind::Decode)
}

fn to_login(app: &SignInApp) -> Response {
    let clear = app.set_cookie(SESSION_COOKIE, "", Some(0));
    (StatusCode::SEE_OTHER, AppendHeaders([(LOCATION, "/login".to_owned()), (SET_COOKIE, clear)]))
        .into_response()
}

fn refuse(status: StatusCode, message: &str) -> Response {
    (status, page(&format!("<p>{}</p><p><a href=\"/login\">Sign in</a></p>", escape(message))))
        .into_response()
}

/// An error the user cannot fix: logged in full, shown in one sentence (never with secrets,
/// which `workos::Error` does not carry).
fn failure(error: &workos::Error) -> Response {
    eprintln!("sign-in example: {error}");
    refuse(StatusCode::BAD_GATEWAY, "WorkOS could not be reached; try again.")
}

/// The value of cookie `name` in the request's `Cookie` headers.
fn cookie<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(axum::http::header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, value)| *key == name && !value.is_empty())
        .map(|(_, value)| value)
}

fn page(body: &str) -> Html<String> {
    Html(format!("<!doctype html><meta charset=\"utf-8\"><title>WorkOS sign-in example</title>{body}"))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
