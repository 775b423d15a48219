//! Access tokens that verify: the server signs AuthKit's tokens and agents' access tokens as
//! RS256 JWTs with a committed throwaway key and publishes that key at `/sso/jwks/{client_id}`,
//! so code that verifies tokens, refreshes sessions and checks agent credentials runs
//! unchanged against it.

use std::sync::OnceLock;
use std::sync::atomic::Ordering;
use std::time::{SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::SystemRandom;
use ring::signature::{RSA_PKCS1_SHA256, RsaKeyPair, RsaPublicKeyComponents};
use serde_json::{Value, json};

use super::answer::Answer;
use super::codes;
use super::sessions::IssuedSession;
use super::state::State;

/// The client id the server's agent access tokens are meant for (their `aud`): give a client
/// this id to check them with.
pub const DEFAULT_CLIENT_ID: &str = "client_local_server";

/// The `kid` of the server's signing key.
const KEY_ID: &str = "sso_jwk_local_server";

/// A 2048-bit RSA key as PKCS#8 DER, made once with `openssl genpkey` and committed. It is a
/// THROWAWAY KEY FOR LOCAL TESTS ONLY: public in this repository, so never a secret, and it
/// must never sign or protect anything real (see `README.md` beside it).
const SIGNING_KEY_PKCS8: &[u8] = include_bytes!("test-signing-key.pk8");

/// Parsed on first use and shared by every server of the process.
fn signing_key() -> &'static RsaKeyPair {
    static KEY: OnceLock<RsaKeyPair> = OnceLock::new();
    KEY.get_or_init(|| RsaKeyPair::from_pkcs8(SIGNING_KEY_PKCS8).expect("the committed test key parses"))
}

/// The key set `GET /sso/jwks/{client_id}` answers.
pub(crate) fn key_set() -> Value {
    // Both big-endian without leading zeros, as a JWK wants them.
    let public = RsaPublicKeyComponents::<Vec<u8>>::from(signing_key().public());
    json!({ "keys": [{
        "alg": "RS256", "kty": "RSA", "use": "sig", "kid": KEY_ID,
        "n": URL_SAFE_NO_PAD.encode(public.n),
        "e": URL_SAFE_NO_PAD.encode(public.e),
        "x5c": [], "x5t#S256": null,
    }]})
}

fn sign(claims: &Value) -> String {
    let encode = |value: &Value| URL_SAFE_NO_PAD.encode(value.to_string());
    let signed =
        format!("{}.{}", encode(&json!({ "alg": "RS256", "typ": "JWT", "kid": KEY_ID })), encode(claims));
    let key = signing_key();
    let mut signature = vec![0; key.public().modulus_len()];
    key.sign(&RSA_PKCS1_SHA256, &SystemRandom::new(), signed.as_bytes(), &mut signature)
        .expect("RS256 signing with the test key");
    format!("{signed}.{}", URL_SAFE_NO_PAD.encode(signature))
}

/// Fills a successful `mint_agent_token` answer with an access token signed as WorkOS signs
/// agents' tokens: for the agent registration `sub`, acting for an organization (the
/// request's, or a generated one), meant for the environment's client id
/// ([`DEFAULT_CLIENT_ID`]).
pub(crate) fn complete_agent_token(state: &State, request: Option<&Value>, answer: &mut Value) {
    let number = state.counter.fetch_add(1, Ordering::Relaxed);
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    let lifetime = state.access_token_lifetime.load(Ordering::Relaxed);
    let organization = request
        .and_then(|r| r["organization_id"].as_str())
        .map_or_else(|| format!("org_01K{number:023}"), str::to_owned);
    let claims = json!({
        "iss": "https://api.workos.com",
        "aud": DEFAULT_CLIENT_ID,
        "sub": format!("agent_registration_01K{number:023}"),
        "jti": format!("jti_agent_{number}"),
        "org_id": organization,
        "scope": "openid",
        "exp": now.saturating_add(lifetime),
        "iat": now,
    });
    answer["access_token"] = Value::String(sign(&claims));
    answer["token_type"] = json!("Bearer");
    answer["expires_in"] = json!(lifetime);
}

/// Fills a successful `authenticate` answer with a signed access token and a fresh refresh
/// token. A refresh token the server issued continues its session (same user and session id)
/// once: used again, or after [`end_sessions`], it is refused with `invalid_grant`, as is a
/// code the server issued that is spent or exchanged without its PKCE verifier
/// (`codes.rs`); anything else starts a new session for the generated user.
pub(crate) fn complete_authentication(
    state: &State,
    request: Option<&Value>,
    answer: &mut Value,
) -> Result<(), Answer> {
    let request = request.cloned().unwrap_or_default();
    if let Some(refused) = codes::check_exchange(state, &request) {
        return Err(refused);
    }
    let number = state.counter.fetch_add(1, Ordering::Relaxed);
    let presented =
        (request["grant_type"] == "refresh_token").then(|| request["refresh_token"].as_str()).flatten();
    // Taken out of the map in one step: of two refreshes with one token, one wins.
    let continued = presented.and_then(|token| state.sessions.lock().unwrap().remove(token));
    if continued.is_none() && presented.is_some_and(|token| token.starts_with(REFRESH_PREFIX)) {
        return Err(codes::invalid_grant("The refresh token has expired or has already been used."));
    }
    let mut session = continued.unwrap_or_else(|| IssuedSession {
        session_id: format!("session_01K{number:023}"),
        user: answer["user"].clone(),
        organization_id: answer.get("organization_id").cloned().filter(|v| !v.is_null()),
    });
    if let Some(organization) = request.get("organization_id").filter(|v| v.is_string()) {
        session.organization_id = Some(organization.clone());
    }

    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    let lifetime = state.access_token_lifetime.load(Ordering::Relaxed);
    let client_id = request["client_id"].as_str().unwrap_or("client_local");
    let mut claims = json!({
        "iss": format!("https://api.workos.com/user_management/{client_id}"),
        "sub": session.user["id"],
        "sid": session.session_id,
        "role": "member",
        "roles": ["member"],
        "permissions": [],
        "exp": now.saturating_add(lifetime),
        "iat": now,
        "jti": format!("jti_{number}"),
    });
    if let Some(organization) = &session.organization_id {
        claims["org_id"] = organization.clone();
    }
    let refresh_token = format!("{REFRESH_PREFIX}{number:016x}");

    answer["user"] = session.user.clone();
    answer["organization_id"] = session.organization_id.clone().unwrap_or(Value::Null);
    answer["access_token"] = Value::String(sign(&claims));
    answer["refresh_token"] = Value::String(refresh_token.clone());
    state.sessions.lock().unwrap().insert(refresh_token, session);
    Ok(())
}

/// How the server's refresh tokens start.
const REFRESH_PREFIX: &str = "refresh_local_";

/// Ends every session the server signed in, as when sessions expire at WorkOS: their refresh
/// tokens are refused from now on.
pub(crate) fn end_sessions(state: &State) {
    state.sessions.lock().unwrap().clear();
}

/// `token` (a JWT this server signed) signed again with the same claims but an `exp` an hour
/// ago: the access token of a session whose token has expired, on demand. `None` for a token
/// that is not a JWT with a JSON payload.
pub(crate) fn expired_copy(token: &str) -> Option<String> {
    let payload = token.split('.').nth(1)?;
    let mut claims: Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()?;
    let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs() as i64);
    claims.as_object()?;
    claims["exp"] = json!(now - 3600);
    claims["iat"] = json!(now - 3900);
    Some(sign(&claims))
}
