//! The sign-in example's web application. `main.rs` serves it; the workspace's tests drive
//! this same router over HTTP (and in a browser), so what the example shows is what is tested.
//!
//! `workos::web` does the work: `/login` sends the browser to AuthKit, `/callback` signs it
//! in, the session layer keeps `/account` and `/api/me` signed in (refreshing the session when
//! its access token expires), `/switch` moves the session to another organization and
//! `/logout` ends it.

use axum::Router;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, Uri};
use axum::response::{Html, IntoResponse, Json, Response};
use axum::routing::get;
use serde::Deserialize;
use workos::web::{Auth, AuthUser, CallbackError, SignInOptions};

/// The app's routes.
pub fn router(auth: Auth) -> Router {
    let pages = Router::new().route("/account", get(account)).layer(auth.layer());
    let api = Router::new().route("/api/me", get(me)).layer(auth.api_layer());
    let open = Router::new().route("/", get(home)).layer(auth.optional_layer());
    Router::new()
        .merge(pages)
        .merge(api)
        .merge(open)
        .route(
            "/login",
            get(|State(auth): State<Auth>, uri: Uri| async move {
                auth.sign_in(&SignInOptions::from_query(uri.query()))
            }),
        )
        .route("/callback", get(callback))
        .route(
            "/logout",
            get(|State(auth): State<Auth>, headers: HeaderMap| async move { auth.sign_out(&headers) }),
        )
        .route("/switch", get(switch))
        .with_state(auth)
}

async fn home(user: Option<AuthUser>) -> Html<String> {
    page(&match user {
        Some(user) => format!(
            "<p>Signed in as {}. <a href=\"/account\">Account</a> · <a href=\"/logout\">Sign out</a></p>",
            escape(&user.user.email)
        ),
        None => "<p><a href=\"/login\">Sign in</a></p>".to_owned(),
    })
}

async fn callback(State(auth): State<Auth>, headers: HeaderMap, uri: Uri) -> Response {
    match auth.callback(&headers, uri.query()).await {
        Ok(signed_in) => signed_in.into_response(),
        // A real app continues here with the step's pending token (verify the e-mail, MFA,
        // choose an organization...).
        Err(CallbackError::Step(step)) => {
            page(&format!("<p>One more step: {}.</p>", step.code())).into_response()
        }
        Err(refused) => refused.into_response(),
    }
}

async fn account(user: AuthUser) -> Html<String> {
    page(&format!(
        "<h1>Your account</h1><dl><dt>E-mail</dt><dd id=\"email\">{}</dd><dt>Session</dt><dd id=\"session\">{}</dd>\
         <dt>Organization</dt><dd id=\"organization\">{}</dd><dt>Role</dt><dd>{}</dd></dl><p><a href=\"/logout\">Sign out</a></p>",
        escape(&user.user.email),
        escape(user.session_id().unwrap_or("-")),
        escape(user.organization_id().unwrap_or("-")),
        escape(user.role().unwrap_or("-")),
    ))
}

async fn me(user: AuthUser) -> Json<serde_json::Value> {
    Json(
        serde_json::json!({ "id": user.user.id, "email": user.user.email, "organization_id": user.organization_id() }),
    )
}

#[derive(Deserialize)]
struct Switch {
    organization_id: String,
}

async fn switch(State(auth): State<Auth>, headers: HeaderMap, Query(to): Query<Switch>) -> Response {
    auth.switch_organization(&headers, &to.organization_id, "/account").await
}

fn page(body: &str) -> Html<String> {
    Html(format!("<!doctype html><meta charset=\"utf-8\"><title>WorkOS sign-in example</title>{body}"))
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}
