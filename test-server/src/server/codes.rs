//! Authorization codes: the authorize redirect issues one (remembering the PKCE challenge it
//! was asked with), and the code exchange checks it as WorkOS does: a code the server issued is
//! used once, and with the verifier of its challenge; otherwise `400 invalid_grant`.

use std::sync::atomic::Ordering;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde_json::{Value, json};

use super::answer::Answer;
use super::sessions::IssuedCode;
use super::state::State;

/// How the server's codes start; a code with this prefix it did not issue (or issued and saw
/// used) is refused. Other codes (a test's `code_1`) are answered as before, with a new session.
pub(crate) const PREFIX: &str = "code_local_";

/// The most codes kept waiting for their exchange; past it the oldest is forgotten, so a
/// client that follows authorize redirects without exchanging them cannot grow the server.
const MAX_PENDING: usize = 10_000;

/// Issues a code for an authorize request carrying `challenge`.
pub(crate) fn issue(state: &State, challenge: Option<&str>) -> String {
    let number = state.counter.fetch_add(1, Ordering::Relaxed);
    let code = format!("{PREFIX}{number:016x}");
    let mut codes = state.codes.lock().unwrap();
    let oldest = (codes.len() >= MAX_PENDING)
        .then(|| codes.iter().min_by_key(|(_, c)| c.number).map(|(k, _)| k.clone()))
        .flatten();
    if let Some(oldest) = oldest {
        codes.remove(&oldest);
    }
    codes.insert(code.clone(), IssuedCode { number, challenge: challenge.map(str::to_owned) });
    code
}

/// WorkOS's answer to a code or refresh token it does not accept.
pub(crate) fn invalid_grant(description: &str) -> Answer {
    Answer::json(400, &json!({ "error": "invalid_grant", "error_description": description }))
}

/// Checks the code of an `authorization_code` grant: `Some(refusal)` when the server issued
/// codes like it and this one is unknown, used, or sent without its PKCE verifier.
pub(crate) fn check_exchange(state: &State, request: &Value) -> Option<Answer> {
    if request["grant_type"] != "authorization_code" {
        return None;
    }
    let code = request["code"].as_str()?;
    if !code.starts_with(PREFIX) {
        return None;
    }
    let Some(issued) = state.codes.lock().unwrap().remove(code) else {
        return Some(invalid_grant("The code has expired or has already been used."));
    };
    let challenge = issued.challenge?;
    let verifier = request["code_verifier"].as_str().unwrap_or_default();
    let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
    // The code is spent either way, as at WorkOS: a wrong verifier does not leave it to retry.
    (URL_SAFE_NO_PAD.encode(digest.as_ref()) != challenge).then(|| {
        invalid_grant("The code_verifier does not match the code_challenge of the authorization request.")
    })
}
