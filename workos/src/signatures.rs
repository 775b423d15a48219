//! Signed payloads: webhooks WorkOS sends you, and AuthKit Actions requests and responses.
//!
//! WorkOS signs a payload with HMAC-SHA256 over `"<timestamp>.<raw body>"` and sends
//! `WorkOS-Signature: t=<timestamp in ms>, v1=<hex digest>`. A payload is accepted only if
//! the digest matches (compared in constant time) and the timestamp is within the tolerance
//! of now, in either direction, so that a captured request cannot be replayed later.
//!
//! ```
//! use workos::signatures::WebhookVerifier;
//! let verifier = WebhookVerifier::new("whsec_example");
//! let body = br#"{"id":"event_1","event":"user.created","data":{}}"#;
//! let header = verifier.sign(body, 1_700_000_000_000);
//! verifier.verify_at(body, &header, 1_700_000_010_000).unwrap();
//! assert!(verifier.verify_at(b"{}", &header, 1_700_000_010_000).is_err());
//! ```

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::Serialize;

use crate::Secret;
use crate::error::{Error, Rejection, Result};

/// The header that carries the signature.
pub const SIGNATURE_HEADER: &str = "WorkOS-Signature";

/// How old (or how far in the future) a webhook's timestamp may be, by default.
pub const DEFAULT_WEBHOOK_TOLERANCE: Duration = Duration::from_secs(180);

/// How old (or how far in the future) an Actions request's timestamp may be, by default.
pub const DEFAULT_ACTION_TOLERANCE: Duration = Duration::from_secs(30);

fn now_ms() -> u128 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_millis()
}

fn hmac_hex(secret: &Secret, timestamp: &str, payload: &[u8]) -> String {
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret.expose().as_bytes());
    let mut context = ring::hmac::Context::with_key(&key);
    context.update(timestamp.as_bytes());
    context.update(b".");
    context.update(payload);
    context.sign().as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

fn decode_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len()).step_by(2).map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok()).collect()
}

/// Checks a `WorkOS-Signature` header against a payload and secret.
fn verify(secret: &Secret, payload: &[u8], header: &str, tolerance: Duration, now_ms: u128) -> Result<()> {
    let malformed = |why: &str| {
        Error::rejected(Rejection::MalformedSignature, format!("the signature header is malformed: {why}"))
    };
    let mut timestamp = None;
    let mut digests = Vec::new();
    for part in header.split(',') {
        match part.trim().split_once('=') {
            Some(("t", value)) => timestamp = Some(value.trim()),
            Some(("v1", value)) => digests.push(value.trim()),
            _ => {}
        }
    }
    let timestamp = timestamp.ok_or_else(|| malformed("no `t=` timestamp"))?;
    if digests.is_empty() {
        return Err(malformed("no `v1=` signature"));
    }
    let at: u128 =
        timestamp.parse().map_err(|_| malformed("the timestamp is not a number of milliseconds"))?;
    let tolerance = tolerance.as_millis();
    if at.saturating_add(tolerance) < now_ms {
        return Err(Error::rejected(Rejection::StaleSignature, "the signature is older than the tolerance"));
    }
    if at > now_ms.saturating_add(tolerance) {
        return Err(Error::rejected(
            Rejection::FutureSignature,
            "the signature's timestamp is in the future",
        ));
    }
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret.expose().as_bytes());
    let mut signed = Vec::with_capacity(timestamp.len() + 1 + payload.len());
    signed.extend_from_slice(timestamp.as_bytes());
    signed.push(b'.');
    signed.extend_from_slice(payload);
    // `ring::hmac::verify` compares in constant time.
    let matches = digests
        .iter()
        .filter_map(|digest| decode_hex(digest))
        .any(|digest| ring::hmac::verify(&key, &signed, &digest).is_ok());
    if matches {
        Ok(())
    } else {
        Err(Error::rejected(
            Rejection::SignatureMismatch,
            "the signature does not match the payload and secret",
        ))
    }
}

/// Verifies webhooks sent to one endpoint, with that endpoint's secret.
#[derive(Debug, Clone)]
pub struct WebhookVerifier {
    secret: Secret,
    tolerance: Duration,
}

impl WebhookVerifier {
    /// A verifier for the endpoint whose signing secret is `secret`.
    pub fn new(secret: impl Into<Secret>) -> Self {
        WebhookVerifier { secret: secret.into(), tolerance: DEFAULT_WEBHOOK_TOLERANCE }
    }

    /// How far a timestamp may be from now (180 s by default).
    pub fn tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// Checks that `payload` (the raw body, byte for byte) carries a valid `signature_header`.
    pub fn verify(&self, payload: &[u8], signature_header: &str) -> Result<()> {
        self.verify_at(payload, signature_header, now_ms())
    }

    /// [`WebhookVerifier::verify`] as if the time were `now_ms` (milliseconds since the epoch).
    pub fn verify_at(&self, payload: &[u8], signature_header: &str, now_ms: u128) -> Result<()> {
        verify(&self.secret, payload, signature_header, self.tolerance, now_ms)
    }

    /// Verifies the payload, then parses it into a typed event.
    pub fn construct_event(&self, payload: &[u8], signature_header: &str) -> Result<crate::event::Event> {
        self.verify(payload, signature_header)?;
        crate::event::Event::from_slice(payload)
    }

    /// The header WorkOS would send for `payload` at `timestamp_ms`: for your own tests.
    pub fn sign(&self, payload: &[u8], timestamp_ms: u128) -> String {
        format!("t={timestamp_ms}, v1={}", hmac_hex(&self.secret, &timestamp_ms.to_string(), payload))
    }
}

/// The two kinds of AuthKit Actions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ActionKind {
    /// Runs when a user signs in.
    Authentication,
    /// Runs when a user signs up.
    UserRegistration,
}

impl ActionKind {
    fn response_object(self) -> &'static str {
        match self {
            ActionKind::Authentication => "authentication_action_response",
            ActionKind::UserRegistration => "user_registration_action_response",
        }
    }
}

/// What an Action decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Let the user in.
    Allow,
    /// Keep the user out, with a message AuthKit shows them.
    Deny {
        /// The message for the user, if any.
        message: Option<String>,
    },
}

/// The signed answer to an Actions request, to send back as the JSON response body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActionResponse {
    object: &'static str,
    payload: ActionResponsePayload,
    signature: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
struct ActionResponsePayload {
    timestamp: u128,
    verdict: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    error_message: Option<String>,
}

impl ActionResponse {
    /// The response as the JSON body to send.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("an Actions response always serializes")
    }
}

/// Verifies AuthKit Actions requests and signs their responses, with the Action's secret.
#[derive(Debug, Clone)]
pub struct ActionSigner {
    secret: Secret,
    tolerance: Duration,
}

impl ActionSigner {
    /// A signer for the Action whose secret is `secret`.
    pub fn new(secret: impl Into<Secret>) -> Self {
        ActionSigner { secret: secret.into(), tolerance: DEFAULT_ACTION_TOLERANCE }
    }

    /// How far a request's timestamp may be from now (30 s by default).
    pub fn tolerance(mut self, tolerance: Duration) -> Self {
        self.tolerance = tolerance;
        self
    }

    /// Checks the request's signature and returns its JSON.
    pub fn verify_request(&self, payload: &[u8], signature_header: &str) -> Result<serde_json::Value> {
        self.verify_request_at(payload, signature_header, now_ms())
    }

    /// [`ActionSigner::verify_request`] as if the time were `now_ms`.
    pub fn verify_request_at(
        &self,
        payload: &[u8],
        signature_header: &str,
        now_ms: u128,
    ) -> Result<serde_json::Value> {
        verify(&self.secret, payload, signature_header, self.tolerance, now_ms)?;
        serde_json::from_slice(payload).map_err(|e| {
            Error::rejected(Rejection::MalformedSignature, format!("the signed payload is not JSON: {e}"))
        })
    }

    /// The signed response carrying `verdict`, timestamped now.
    pub fn respond(&self, kind: ActionKind, verdict: Verdict) -> ActionResponse {
        self.respond_at(kind, verdict, now_ms())
    }

    /// [`ActionSigner::respond`] with a given timestamp (milliseconds since the epoch).
    pub fn respond_at(&self, kind: ActionKind, verdict: Verdict, timestamp_ms: u128) -> ActionResponse {
        let (verdict, error_message) = match verdict {
            Verdict::Allow => ("Allow", None),
            Verdict::Deny { message } => ("Deny", message),
        };
        let payload = ActionResponsePayload { timestamp: timestamp_ms, verdict, error_message };
        // The signature covers the payload's JSON exactly as it is sent.
        let json = serde_json::to_string(&payload).expect("an Actions payload always serializes");
        let signature = hmac_hex(&self.secret, &timestamp_ms.to_string(), json.as_bytes());
        ActionResponse { object: kind.response_object(), payload, signature }
    }

    /// Checks a signed response, as WorkOS does: for your own tests.
    pub fn verify_response_at(&self, response: &ActionResponse, now_ms: u128) -> Result<()> {
        let json = serde_json::to_string(&response.payload).expect("an Actions payload always serializes");
        let header = format!("t={}, v1={}", response.payload.timestamp, response.signature);
        verify(&self.secret, json.as_bytes(), &header, self.tolerance, now_ms)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NOW: u128 = 1_767_225_600_000;
    const BODY: &[u8] = br#"{"id":"event_01","event":"user.created","data":{"object":"user","id":"user_1"}}"#;

    fn verifier() -> WebhookVerifier {
        WebhookVerifier::new("whsec_test_secret")
    }

    #[test]
    fn accepts_a_valid_signature() {
        let header = verifier().sign(BODY, NOW - 5_000);
        verifier().verify_at(BODY, &header, NOW).unwrap();
        // Extra spaces and an unknown scheme do not matter.
        let spaced = header.replace(", ", " ,  ") + ", v0=abcd";
        verifier().verify_at(BODY, &spaced, NOW).unwrap();
    }

    #[test]
    fn matches_an_independent_hmac() {
        // HMAC-SHA256("secret", "1.{}") computed by another implementation.
        let verifier = WebhookVerifier::new("secret");
        let header = "t=1, v1=1122767b193110cfec322b6f199b599edbf608ed087f2d27afb0b97d99523908";
        let expected = verifier.sign(b"{}", 1);
        assert_eq!(expected.split("v1=").nth(1), header.split("v1=").nth(1));
    }

    #[test]
    fn refuses_each_way_of_being_wrong() {
        let header = verifier().sign(BODY, NOW);
        let check = |verifier: &WebhookVerifier, body: &[u8], header: &str, now| {
            verifier.verify_at(body, header, now).unwrap_err().rejection().unwrap()
        };
        assert_eq!(check(&verifier(), b"{\"tampered\":true}", &header, NOW), Rejection::SignatureMismatch);
        assert_eq!(
            check(&WebhookVerifier::new("whsec_other"), BODY, &header, NOW),
            Rejection::SignatureMismatch
        );
        assert_eq!(check(&verifier(), BODY, &header, NOW + 181_000), Rejection::StaleSignature);
        assert_eq!(check(&verifier(), BODY, &header, NOW - 181_000), Rejection::FutureSignature);
        for malformed in ["", "t=1", "v1=00", "t=abc, v1=00", "garbage", "t=, v1="] {
            assert_eq!(
                check(&verifier(), BODY, malformed, NOW),
                Rejection::MalformedSignature,
                "{malformed:?}"
            );
        }
        let odd = format!("t={NOW}, v1=abc");
        assert_eq!(check(&verifier(), BODY, &odd, NOW), Rejection::SignatureMismatch);
        assert!(
            verifier().tolerance(Duration::from_secs(600)).verify_at(BODY, &header, NOW + 500_000).is_ok()
        );
    }

    #[test]
    fn actions_round_trip() {
        let signer = ActionSigner::new("action_secret");
        let request = br#"{"object":"authentication_action_context","user":{"id":"user_1"}}"#;
        let header = WebhookVerifier::new("action_secret").sign(request, NOW);
        let json = signer.verify_request_at(request, &header, NOW + 1_000).unwrap();
        assert_eq!(json["user"]["id"], "user_1");
        assert_eq!(
            signer.verify_request_at(request, &header, NOW + 31_000).unwrap_err().rejection(),
            Some(Rejection::StaleSignature)
        );

        let response =
            signer.respond_at(ActionKind::Authentication, Verdict::Deny { message: Some("No.".into()) }, NOW);
        assert_eq!(
            serde_json::to_value(&response).unwrap(),
            serde_json::json!({
                "object": "authentication_action_response",
                "payload": { "timestamp": NOW as u64, "verdict": "Deny", "error_message": "No." },
                "signature": hmac_hex(&Secret::new("action_secret"), &NOW.to_string(),
                    format!(r#"{{"timestamp":{NOW},"verdict":"Deny","error_message":"No."}}"#).as_bytes()),
            })
        );
        signer.verify_response_at(&response, NOW).unwrap();
        let allow = signer.respond_at(ActionKind::UserRegistration, Verdict::Allow, NOW);
        assert!(
            allow
                .to_json()
                .starts_with(r#"{"object":"user_registration_action_response","payload":{"timestamp":"#)
        );
        assert!(!allow.to_json().contains("error_message"));
    }
}
