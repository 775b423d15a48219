//! Extractors for what WorkOS sends to the app: [`Webhook`] (a verified, typed event) and
//! [`ActionRequest`] (a verified AuthKit Actions request, answered with a signed
//! [`ActionResponse`]). Each reads the raw body (at most [`MAX_WEBHOOK_BODY_SIZE`] bytes) and
//! the `WorkOS-Signature` header, and refuses a malformed request with `400`, a bad signature
//! with `401`, and a longer body with `413`. The verifier comes from the app's state
//! (`FromRef`).

use axum_core::body::Body;
use axum_core::extract::{FromRef, FromRequest, Request};
use axum_core::response::{IntoResponse, Response};
use bytes::{Bytes, BytesMut};
use futures::StreamExt;
use http::HeaderValue;
use http::StatusCode;
use http::header::CONTENT_TYPE;

use super::error_response;
use crate::error::{Error, ErrorKind};
#[cfg(feature = "events")]
use crate::webhooks::WebhookVerifier;
use crate::webhooks::{ActionResponse, ActionSigner, SIGNATURE_HEADER};

/// The longest webhook or Actions body read: WorkOS's events are a few KiB; a longer body is
/// refused (`413`) without reading the rest.
pub const MAX_WEBHOOK_BODY_SIZE: usize = 1024 * 1024;

/// Why a webhook or Actions request was refused.
#[derive(Debug)]
#[non_exhaustive]
pub enum WebhookRejection {
    /// No signature header, a body that could not be read, or one that is not an event (`400`).
    Malformed(String),
    /// The signature does not verify: wrong secret, altered body, stale timestamp (`401`).
    BadSignature(Error),
    /// The body is longer than [`MAX_WEBHOOK_BODY_SIZE`] (`413`).
    TooLarge,
}

impl IntoResponse for WebhookRejection {
    fn into_response(self) -> Response {
        match self {
            WebhookRejection::Malformed(message) => {
                error_response::json(StatusCode::BAD_REQUEST, "malformed_webhook", &message)
            }
            WebhookRejection::BadSignature(_) => error_response::json(
                StatusCode::UNAUTHORIZED,
                "invalid_signature",
                "the signature does not verify",
            ),
            WebhookRejection::TooLarge => error_response::json(
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                "the body is longer than a webhook may be",
            ),
        }
    }
}

/// The raw body and signature header of a request.
async fn read(request: Request) -> Result<(Bytes, String), WebhookRejection> {
    let header = request
        .headers()
        .get(SIGNATURE_HEADER)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
        .ok_or_else(|| WebhookRejection::Malformed(format!("no `{SIGNATURE_HEADER}` header")))?;
    let declared = request
        .headers()
        .get(http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok()?.parse::<u64>().ok());
    if declared.is_some_and(|n| n > MAX_WEBHOOK_BODY_SIZE as u64) {
        return Err(WebhookRejection::TooLarge);
    }
    let mut stream = Body::into_data_stream(request.into_body());
    let mut body = BytesMut::new();
    while let Some(chunk) = stream.next().await {
        let chunk =
            chunk.map_err(|e| WebhookRejection::Malformed(format!("the body could not be read: {e}")))?;
        if body.len() + chunk.len() > MAX_WEBHOOK_BODY_SIZE {
            return Err(WebhookRejection::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok((body.freeze(), header))
}

fn refused(error: Error) -> WebhookRejection {
    if error.kind() == ErrorKind::InvalidSignature
        && error.rejection() != Some(crate::error::Rejection::MalformedSignature)
    {
        WebhookRejection::BadSignature(error)
    } else {
        WebhookRejection::Malformed(match error.rejection() {
            Some(_) => "the signature header is malformed".to_owned(),
            None => "the body is not a WorkOS event".to_owned(),
        })
    }
}

/// A webhook whose signature verified, parsed into its typed event.
#[cfg(feature = "events")]
#[derive(Debug)]
#[non_exhaustive]
pub struct Webhook {
    /// The event.
    pub event: crate::events::Event,
}

#[cfg(feature = "events")]
impl<S> FromRequest<S> for Webhook
where
    WebhookVerifier: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let verifier = WebhookVerifier::from_ref(state);
        let (body, header) = read(request).await?;
        let event = verifier.construct_event(&body, &header).map_err(refused)?;
        Ok(Webhook { event })
    }
}

/// An AuthKit Actions request whose signature verified, with the signer to answer it
/// ([`ActionRequest::respond`]).
#[derive(Debug)]
#[non_exhaustive]
pub struct ActionRequest {
    /// The request's JSON payload (the user, the organization, the IP address...).
    pub payload: serde_json::Value,
    signer: ActionSigner,
}

impl ActionRequest {
    /// The signed answer, to return from the handler.
    pub fn respond(
        &self,
        kind: crate::webhooks::ActionKind,
        verdict: crate::webhooks::Verdict,
    ) -> ActionResponse {
        self.signer.respond(kind, verdict)
    }
}

impl<S> FromRequest<S> for ActionRequest
where
    ActionSigner: FromRef<S>,
    S: Send + Sync,
{
    type Rejection = WebhookRejection;

    async fn from_request(request: Request, state: &S) -> Result<Self, Self::Rejection> {
        let signer = ActionSigner::from_ref(state);
        let (body, header) = read(request).await?;
        let payload = signer.verify_request(&body, &header).map_err(refused)?;
        Ok(ActionRequest { payload, signer })
    }
}

impl IntoResponse for ActionResponse {
    fn into_response(self) -> Response {
        let mut response = (StatusCode::OK, self.to_json()).into_response();
        response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        response
    }
}
