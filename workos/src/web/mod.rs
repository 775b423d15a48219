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
//! let app: Router = Router::new()
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

mod auth;
mod callback;
pub mod cookies;
mod error_response;
mod extract;
pub mod flow;
mod layer;
mod webhook;

pub use auth::Auth;
pub use callback::{CallbackError, SignInOptions, SignedIn};
pub use cookies::{CookieOptions, SameSite};
pub use extract::{AuthUser, NotSignedIn};
pub use layer::{SessionLayer, SessionService, Unauthenticated};
#[cfg(feature = "events")]
pub use webhook::Webhook;
pub use webhook::{ActionRequest, MAX_WEBHOOK_BODY_SIZE, WebhookRejection};
