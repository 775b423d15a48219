//! Signed payloads: webhooks WorkOS sends you, and AuthKit Actions requests and responses.
//!
//! WorkOS signs a payload with HMAC-SHA256 over `"<timestamp>.<raw body>"` and sends
//! `WorkOS-Signature: t=<timestamp in ms>, v1=<hex digest>`. A payload is accepted only if
//! the digest matches (compared in constant time) and the timestamp is within the tolerance
//! of now, in either direction, so that a captured request cannot be replayed later.
//!
//! The header is read before any HMAC work: one longer than [`MAX_SIGNATURE_HEADER_LENGTH`]
//! bytes, or with more than [`MAX_SIGNATURES`] `v1=` entries, is refused as malformed. The
//! HMAC over the body is then computed once, however many entries there are.
//!
//! A secret shorter than [`MIN_SECRET_LENGTH`] bytes is refused when the verifier or signer
//! is made, so that an unset secret read as `""` cannot make forgeries verify.
//!
//! ```
//! use workos::webhooks::WebhookVerifier;
//! let verifier = WebhookVerifier::new("whsec_example_secret")?;
//! let body = br#"{"id":"event_1","event":"user.created","data":{}}"#;
//! let header = verifier.sign(body, 1_700_000_000_000);
//! verifier.verify_at(body, &header, 1_700_000_010_000).unwrap();
//! assert!(verifier.verify_at(b"{}", &header, 1_700_000_010_000).is_err());
//! assert!(WebhookVerifier::new("").is_err());
//! # Ok::<(), workos::Error>(())
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

/// The shortest secret accepted, in bytes.
///
/// The secrets WorkOS generates for webhook endpoints and Actions are long random strings,
/// well above this; the floor is there to refuse an empty secret (an unset environment
/// variable read with `unwrap_or_default`, say) or a placeholder, under which anyone could
/// sign a payload.
pub const MIN_SECRET_LENGTH: usize = 16;

/// The most `v1=` entries a signature header may carry (WorkOS sends one).
///
/// Each entry is compared against the one HMAC of the payload; the cap keeps a header from
/// being a list of thousands of guesses.
pub const MAX_SIGNATURES: usize = 8;

/// The longest signature header read, in bytes: far more than a timestamp and
/// [`MAX_SIGNATURES`] entries take.
pub const MAX_SIGNATURE_HEADER_LENGTH: usize = 1024;

/// Refuses a secret under which signatures would be guessable; `what` names it in the error
/// (the secret itself never appears).
fn check_secret(secret: Secret, what: &str) -> Result<Secret> {
    let length = secret.expose().len();
    if length == 0 {
        return Err(Error::config(format!("the {what} is empty")));
    }
    if length < MIN_SECRET_LENGTH {
        return Err(Error::config(format!("the {what} must be at least {MIN_SECRET_LENGTH} bytes")));
    }
    Ok(secret)
}

fn now_ms() -> u128 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_millis()
}

/// HMAC-SHA256 of `"<timestamp>.<payload>"`, fed in pieces so the body is not copied.
fn hmac(secret: &Secret, timestamp: &str, payload: &[u8]) -> ring::hmac::Tag {
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret.expose().as_bytes());
    let mut context = ring::hmac::Context::with_key(&key);
    context.update(timestamp.as_bytes());
    context.update(b".");
    context.update(payload);
    context.sign()
}

fn hmac_hex(secret: &Secret, timestamp: &str, payload: &[u8]) -> String {
    hmac(secret, timestamp, payload).as_ref().iter().map(|b| format!("{b:02x}")).collect()
}

/// A SHA-256 digest written in hex, or `None` if `text` is not one.
fn decode_digest(text: &str) -> Option<[u8; 32]> {
    let bytes = text.as_bytes();
    if bytes.len() != 64 {
        return None;
    }
    // By hand: `u8::from_str_radix` would also take a `+` sign.
    let nibble = |c: u8| match c {
        b'0'..=b'9' => Some(c - b'0'),
        b'a'..=b'f' => Some(c - b'a' + 10),
        b'A'..=b'F' => Some(c - b'A' + 10),
        _ => None,
    };
    let mut digest = [0u8; 32];
    for (byte, pair) in digest.iter_mut().zip(bytes.chunks_exact(2)) {
        let &[high, low] = pair else { return None };
        *byte = nibble(high)? << 4 | nibble(low)?;
    }
    Some(digest)
}

/// Equality whose time does not depend on where the inputs differ, so that a forger cannot
/// learn the expected digest byte by byte. (The lengths are public: a digest's is fixed.)
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let difference = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    // Keeps the optimizer from turning the fold into an early exit.
    std::hint::black_box(difference) == 0
}

/// Checks a `WorkOS-Signature` header against a payload and secret.
fn verify(secret: &Secret, payload: &[u8], header: &str, tolerance: Duration, now_ms: u128) -> Result<()> {
    let malformed = |why: &str| {
        Error::rejected(Rejection::MalformedSignature, format!("the signature header is malformed: {why}"))
    };
    if header.len() > MAX_SIGNATURE_HEADER_LENGTH {
        return Err(malformed("it is too long"));
    }
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
    if digests.len() > MAX_SIGNATURES {
        return Err(malformed("too many `v1=` signatures"));
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
    // Once, whatever the number of entries: the body may be large.
    let expected = hmac(secret, timestamp, payload);
    let matches = digests
        .iter()
        .filter_map(|digest| decode_digest(digest))
        .any(|digest| constant_time_eq(&digest, expected.as_ref()));
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
    ///
    /// Fails with [`ErrorKind::Config`](crate::ErrorKind::Config) if the secret is shorter
    /// than [`MIN_SECRET_LENGTH`] bytes (empty, most likely: an unset variable).
    pub fn new(secret: impl Into<Secret>) -> Result<Self> {
        let secret = check_secret(secret.into(), "webhook secret")?;
        Ok(WebhookVerifier { secret, tolerance: DEFAULT_WEBHOOK_TOLERANCE })
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
    #[cfg(feature = "events")]
    #[inline]
    pub fn construct_event(&self, payload: &[u8], signature_header: &str) -> Result<crate::events::Event> {
        self.verify(payload, signature_header)?;
        crate::events::Event::from_slice(payload)
    }

    /// The header WorkOS would send for `payload` at `timestamp_ms`: for your own tests.
    pub fn sign(&self, payload: &[u8], timestamp_ms: u128) -> String {
        format!("t={timestamp_ms}, v1={}", hmac_hex(&self.secret, &timestamp_ms.to_string(), payload))
    }
}

/// The kinds of AuthKit Actions (two today; WorkOS may add more).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
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
    ///
    /// Fails with [`ErrorKind::Config`](crate::ErrorKind::Config) if the secret is shorter
    /// than [`MIN_SECRET_LENGTH`] bytes (empty, most likely: an unset variable).
    pub fn new(secret: impl Into<Secret>) -> Result<Self> {
        let secret = check_secret(secret.into(), "Actions secret")?;
        Ok(ActionSigner { secret, tolerance: DEFAULT_ACTION_TOLERANCE })
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
        match workos_api::decode_json(payload, workos_api::payload_budget(payload.len())) {
            Ok(value) => Ok(value),
            Err(workos_api::DecodeFailure::TooLarge(too_large)) => {
                Err(Error::decoded_too_large(too_large.budget))
            }
            Err(workos_api::DecodeFailure::Invalid(e)) => Err(Error::rejected(
                Rejection::MalformedSignature,
                format!("the signed payload is not JSON: {e}"),
            )),
        }
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
        WebhookVerifier::new("whsec_test_secret").unwrap()
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
        // HMAC-SHA256("whsec_independent_check", "1.{}") computed by OpenSSL.
        let verifier = WebhookVerifier::new("whsec_independent_check").unwrap();
        let header = "t=1, v1=d294ab8bdacabbaca80100b72dba3420176169005faae5e9f074c4ba1f281f99";
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
            check(&WebhookVerifier::new("whsec_other_secret").unwrap(), BODY, &header, NOW),
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
    fn digests_are_strict_hex() {
        assert_eq!(decode_digest(&"0f".repeat(32)), Some([15; 32]));
        assert_eq!(decode_digest(&"0F".repeat(32)), Some([15; 32]));
        // `u8::from_str_radix` would read `+f` as 15.
        assert_eq!(decode_digest(&"+f".repeat(32)), None);
        assert_eq!(decode_digest(&"0f".repeat(31)), None);
        assert_eq!(decode_digest(&"é".repeat(32)), None);
        assert!(constant_time_eq(&[7; 32], &[7; 32]));
        assert!(!constant_time_eq(&[7; 32], &[7; 31]));
        let mut last = [7; 32];
        last[31] = 8;
        assert!(!constant_time_eq(&[7; 32], &last));
    }

    #[test]
    fn actions_round_trip() {
        let signer = ActionSigner::new("action_secret_for_tests").unwrap();
        let request = br#"{"object":"authentication_action_context","user":{"id":"user_1"}}"#;
        let header = WebhookVerifier::new("action_secret_for_tests").unwrap().sign(request, NOW);
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
                "signature": hmac_hex(&Secret::new("action_secret_for_tests"), &NOW.to_string(),
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
