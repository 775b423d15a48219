//! Sign-in for web services on [tower](https://docs.rs/tower) and
//! [axum](https://docs.rs/axum) (feature `axum`): a session layer, sign-in, callback and
//! sign-out responses, extractors for the signed-in user and for verified webhooks and
//! Actions, and `IntoResponse` for [`Error`](crate::Error).
//!
//! ```no_run
//! use axum::{Router, extract::State, http::{HeaderMap, Uri}, response::IntoResponse, routing::get};
//! use workos::web::{Auth, AuthUser, SignInOptions};
//!
//! # async fn demo(workos: workos::Workos, password: String) -> Result<(), Box<dyn std::error::Error>> {
//! let auth = Auth::new(&workos, password, "https://app.example.com")?;
//! let app = Router::new()
//!     .route("/account", get(|user: AuthUser| async move { format!("Hello {}", user.user.email) }))
//!     .layer(auth.layer()) // signed-in only: the others are sent to sign in
//!     .route("/login", get(|State(auth): State<Auth>, uri: Uri| async move {
//!         auth.sign_in(&SignInOptions::from_query(uri.query()))
//!     }))
//!     .route("/callback", get(|State(auth): State<Auth>, headers: HeaderMap, uri: Uri| async move {
//!         auth.callback(&headers, uri.query()).await
//!     }))
//!     .route("/logout", get(|State(auth): State<Auth>, headers: HeaderMap| async move { auth.sign_out(&headers) }))
//!     .with_state(auth);
//! # let _ = app; Ok(()) }
//! ```
//!
//! - [`SessionLayer`] (from [`Auth::layer`], [`Auth::api_layer`], [`Auth::optional_layer`])
//!   opens the session cookie on every request, verifies its access token, refreshes it once
//!   when it has expired (one refresh for all the concurrent requests of a session), sets the
//!   new cookie on the response and hands the handler an [`AuthUser`].
//! - [`Auth::sign_in`], [`Auth::callback`], [`Auth::sign_out`] and
//!   [`Auth::switch_organization`] answer the routes of the flow.
//! - [`Webhook`] and [`ActionRequest`] verify what WorkOS sends.

mod callback;
pub mod cookies;
mod error_response;
mod extract;
pub mod flow;
mod layer;
mod webhook;

use std::sync::Arc;

pub use callback::{CallbackError, SignInOptions, SignedIn};
pub use cookies::{CookieOptions, SameSite};
pub use extract::{AuthUser, NotSignedIn};
pub use layer::{SessionLayer, SessionService, Unauthenticated};
#[cfg(feature = "events")]
pub use webhook::Webhook;
pub use webhook::{ActionRequest, MAX_WEBHOOK_BODY_SIZE, WebhookRejection};

use crate::Secret;
use crate::client::Workos;
use crate::error::{Error, Result};
use crate::signin::session::SessionCookies;

/// The sign-in set-up of one web app: its WorkOS client, its cookies and where it is reached.
/// Cheap to clone (one `Arc`); use it as (part of) an axum state.
#[derive(Debug, Clone)]
pub struct Auth {
    inner: Arc<Inner>,
}

#[derive(Debug, Clone)]
struct Inner {
    workos: Workos,
    cookies: SessionCookies,
    /// Where browsers reach the app, without a trailing slash.
    public_url: String,
    secure_by_default: bool,
    cookie: CookieOptions,
    sign_in_path: String,
    callback_path: String,
    after_sign_out: String,
}

impl Auth {
    /// The set-up for `workos` (with a client id), sealing cookies with `cookie_password` (32
    /// characters or more), for an app that browsers reach at `public_url`
    /// (`https://app.example.com`). The sign-in route is `/login`, the callback (the redirect
    /// URI to register with WorkOS) `/callback`, and after sign-out the browser lands on `/`.
    pub fn new(workos: &Workos, cookie_password: impl Into<Secret>, public_url: &str) -> Result<Auth> {
        workos.require_client_id("signing users in")?;
        let parsed = url::Url::parse(public_url)
            .map_err(|e| Error::config(format!("the app's public URL `{public_url}` is not a URL: {e}")))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(Error::config("the app's public URL must be http or https"));
        }
        let public_url = public_url.trim_end_matches('/').to_owned();
        Ok(Auth {
            inner: Arc::new(Inner {
                workos: workos.clone(),
                cookies: SessionCookies::new(workos, cookie_password)?,
                secure_by_default: cookies::secure_by_default(&parsed),
                after_sign_out: format!("{public_url}/"),
                public_url,
                cookie: CookieOptions::default(),
                sign_in_path: "/login".to_owned(),
                callback_path: "/callback".to_owned(),
            }),
        })
    }

    fn change(mut self, edit: impl FnOnce(&mut Inner)) -> Self {
        // Only while building: a set-up already shared is copied, not changed under others.
        let inner = Arc::make_mut(&mut self.inner);
        edit(inner);
        self
    }

    /// Other attributes for the session cookie (name, domain, `Secure`, `SameSite`, max age).
    pub fn cookie_options(self, options: CookieOptions) -> Self {
        self.change(|inner| inner.cookie = options)
    }

    /// The app's sign-in route (default `/login`), where [`Auth::layer`] sends browsers.
    pub fn sign_in_path(self, path: &str) -> Self {
        self.change(|inner| inner.sign_in_path = path.to_owned())
    }

    /// The app's callback route (default `/callback`).
    pub fn callback_path(self, path: &str) -> Self {
        self.change(|inner| inner.callback_path = path.to_owned())
    }

    /// Where WorkOS sends the browser after sign-out (default the app's `/`): an absolute URL
    /// registered with WorkOS as a sign-out redirect.
    pub fn after_sign_out(self, url: &str) -> Self {
        self.change(|inner| inner.after_sign_out = url.to_owned())
    }

    /// Verifies access tokens with `cookies` instead (its own verifier: issuer, leeway).
    pub fn session_cookies(self, cookies: SessionCookies) -> Self {
        self.change(|inner| inner.cookies = cookies)
    }

    /// The redirect URI to register with WorkOS: the public URL and the callback path.
    pub fn callback_url(&self) -> String {
        format!("{}{}", self.inner.public_url, self.inner.callback_path)
    }

    /// The session cookies this set-up seals and opens.
    pub fn cookies(&self) -> &SessionCookies {
        &self.inner.cookies
    }

    /// The client.
    pub fn workos(&self) -> &Workos {
        &self.inner.workos
    }

    /// A layer for pages: a request without a usable session is sent to sign in (`303` to the
    /// sign-in route, remembering its path to return to).
    pub fn layer(&self) -> SessionLayer {
        SessionLayer::new(self.clone(), Unauthenticated::RedirectToSignIn)
    }

    /// A layer for APIs: a request without a usable session is answered `401` with a JSON body.
    pub fn api_layer(&self) -> SessionLayer {
        SessionLayer::new(self.clone(), Unauthenticated::Unauthorized)
    }

    /// A layer for routes open to all: a request without a usable session goes on without a
    /// user (`Option<AuthUser>` is `None`); a session is still refreshed when it must be.
    pub fn optional_layer(&self) -> SessionLayer {
        SessionLayer::new(self.clone(), Unauthenticated::Continue)
    }

    fn set_session_cookie(&self, sealed: &str) -> String {
        self.inner.cookie.set(sealed, self.inner.secure_by_default)
    }

    fn clear_session_cookie(&self) -> String {
        self.inner.cookie.clear(self.inner.secure_by_default)
    }

    fn session_cookie<'h>(&self, headers: &'h http::HeaderMap) -> Option<&'h str> {
        cookies::read(headers, &self.inner.cookie.name)
    }
}
