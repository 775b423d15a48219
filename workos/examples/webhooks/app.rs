//! The webhook example's receiver. `main.rs` serves it; the workspace's tests post to this
//! same router.
//!
//! `POST /webhooks` takes a [`Webhook`]: the extractor checks the `WorkOS-Signature` header
//! against the raw body (refusing a bad signature with 401, a malformed request with 400)
//! and parses it into a typed event. `POST /actions/authentication` takes an
//! [`ActionRequest`] and answers with a signed verdict.

use std::sync::{Arc, Mutex};

use axum::Router;
use axum::extract::{FromRef, State};
use axum::http::StatusCode;
use axum::routing::post;
use workos::Secret;
use workos::events::EventData;
use workos::web::{ActionRequest, Webhook};
use workos::webhooks::{ActionKind, ActionResponse, ActionSigner, Verdict, WebhookVerifier};

/// What the handlers share (the extractors take the verifier and the signer from it).
#[derive(Debug, Clone)]
pub struct Receiver {
    webhooks: WebhookVerifier,
    actions: ActionSigner,
    /// One line per event handled, for the demo to print and the tests to read.
    pub handled: Arc<Mutex<Vec<String>>>,
}

impl FromRef<Receiver> for WebhookVerifier {
    fn from_ref(receiver: &Receiver) -> Self {
        receiver.webhooks.clone()
    }
}

impl FromRef<Receiver> for ActionSigner {
    fn from_ref(receiver: &Receiver) -> Self {
        receiver.actions.clone()
    }
}

impl Receiver {
    /// A receiver checking webhooks with `webhook_secret` and Actions with `action_secret`;
    /// fails if either secret is empty or too short to be a real one.
    pub fn new(webhook_secret: Secret, action_secret: Secret) -> workos::Result<Receiver> {
        Ok(Receiver {
            webhooks: WebhookVerifier::new(webhook_secret)?,
            actions: ActionSigner::new(action_secret)?,
            handled: Arc::default(),
        })
    }

    fn record(&self, line: String) {
        println!("  {line}");
        self.handled.lock().unwrap().push(line);
    }
}

/// The receiver's routes.
pub fn router(receiver: Receiver) -> Router {
    Router::new()
        .route("/webhooks", post(webhook))
        .route("/actions/authentication", post(authentication_action))
        .with_state(receiver)
}

async fn webhook(State(receiver): State<Receiver>, Webhook { event, .. }: Webhook) -> StatusCode {
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
    // Answer quickly; slow work belongs in a queue. WorkOS retries anything but a 2xx.
    StatusCode::OK
}

async fn authentication_action(State(receiver): State<Receiver>, action: ActionRequest) -> ActionResponse {
    // An example rule: keep out addresses of one domain.
    let email = action.payload["user"]["email"].as_str().unwrap_or_default();
    let verdict = if email.ends_with("@blocked.example") {
        Verdict::Deny { message: Some("This address may not sign in.".into()) }
    } else {
        Verdict::Allow
    };
    receiver.record(format!("action: {email} -> {verdict:?}"));
    action.respond(ActionKind::Authentication, verdict)
}
