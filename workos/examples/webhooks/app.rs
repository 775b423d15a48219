//! The webhook example's receiver. `main.rs` serves it; the workspace's tests post to this
//! same router.
//!
//! `POST /webhooks` checks the `WorkOS-Signature` header against the raw body, then parses
//! the body into a typed [`Event`]. `POST /actions/authentication` answers an AuthKit Action:
//! it checks the request's signature and returns a signed verdict.

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::body::Bytes;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::post;
use workos::events::{Event, EventData};
use workos::webhooks::{ActionKind, ActionSigner, Verdict, WebhookVerifier};
use workos::{ErrorKind, Secret};

/// What the handlers share.
pub struct Receiver {
    webhooks: WebhookVerifier,
    actions: ActionSigner,
    /// One line per event handled, for the demo to print and the tests to read.
    pub handled: Mutex<Vec<String>>,
}

impl Receiver {
    /// A receiver checking webhooks with `webhook_secret` and Actions with `action_secret`;
    /// fails if either secret is empty or too short to be a real one.
    pub fn new(webhook_secret: Secret, action_secret: Secret) -> workos::Result<Receiver> {
        Ok(Receiver {
            webhooks: WebhookVerifier::new(webhook_secret)?,
            actions: ActionSigner::new(action_secret)?,
            handled: Mutex::new(Vec::new()),
        })
    }

    fn record(&self, line: String) {
        println!("  {line}");
        self.handled.lock().unwrap().push(line);
    }
}

/// The receiver's routes.
pub fn router(receiver: Arc<Receiver>) -> Router {
    Router::new()
        .route("/webhooks", post(webhook))
        .route("/actions/authentication", post(authentication_action))
        .with_state(receiver)
}

async fn webhook(State(receiver): State<Arc<Receiver>>, headers: HeaderMap, body: Bytes) -> Response {
    let signature = headers.get("workos-signature").and_then(|v| v.to_str().ok()).unwrap_or_default();
    // The signature covers the body byte for byte: check it before parsing anything.
    let event = match receiver.webhooks.construct_event(&body, signature) {
        Ok(event) => event,
        Err(error) if error.kind() == ErrorKind::InvalidSignature => {
            receiver.record(format!("refused: {error}"));
            return StatusCode::BAD_REQUEST.into_response();
        }
        Err(error) => {
            // Signed by WorkOS, but its data does not fit this version's types: sending it
            // again would not help, so take it and log it for a closer look.
            receiver.record(format!("accepted, not understood: {error}"));
            return StatusCode::OK.into_response();
        }
    };
    handle(&receiver, &event);
    // Answer quickly; slow work belongs in a queue. WorkOS retries anything but a 2xx.
    StatusCode::OK.into_response()
}

fn handle(receiver: &Receiver, event: &Event) {
    let line = match &event.data {
        EventData::UserCreated(user) => format!("user.created: welcome {} ({})", user.email, user.id),
        EventData::DsyncUserCreated(user) => {
            format!("dsync.user.created: provision {} in directory {}", user.id, user.directory_id)
        }
        EventData::OrganizationCreated(organization) => {
            format!("organization.created: {} `{}`", organization.id, organization.name)
        }
        EventData::Unknown { event: name, .. } => format!("{name}: an event type this version does not know"),
        other => format!("{}: not handled by this example", other.name()),
    };
    receiver.record(format!("{} {line}", event.id));
}

async fn authentication_action(
    State(receiver): State<Arc<Receiver>>,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let signature = headers.get("workos-signature").and_then(|v| v.to_str().ok()).unwrap_or_default();
    let request = match receiver.actions.verify_request(&body, signature) {
        Ok(request) => request,
        Err(error) => {
            receiver.record(format!("action refused: {error}"));
            return StatusCode::BAD_REQUEST.into_response();
        }
    };
    // An example rule: keep out addresses of one domain.
    let email = request["user"]["email"].as_str().unwrap_or_default();
    let verdict = if email.ends_with("@blocked.example") {
        Verdict::Deny { message: Some("This address may not sign in.".into()) }
    } else {
        Verdict::Allow
    };
    receiver.record(format!("action: {email} -> {verdict:?}"));
    let response = receiver.actions.respond(ActionKind::Authentication, verdict);
    ([(axum::http::header::CONTENT_TYPE, "application/json")], response.to_json()).into_response()
}
