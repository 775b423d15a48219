//! Access tokens signed with keys the test generates, verified against a key set the local
//! server publishes; every way a token can be wrong is refused with its own reason.

use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rsa::pkcs1v15::SigningKey;
use rsa::signature::{SignatureEncoding, Signer};
use rsa::traits::PublicKeyParts;
use rsa::{RsaPrivateKey, RsaPublicKey};
use serde_json::{Value, json};
use workos::Rejection;
use workos::access_token::AccessTokenVerifier;
use workos_tests::{Fault, TestServer};

use crate::support::client_for;

const NOW: i64 = 1_767_225_600;

struct Key {
    kid: &'static str,
    private: RsaPrivateKey,
}

impl Key {
    fn generate(kid: &'static str) -> Key {
        Key { kid, private: RsaPrivateKey::new(&mut rand::thread_rng(), 2048).unwrap() }
    }

    fn public(&self) -> RsaPublicKey {
        self.private.to_public_key()
    }

    fn jwk(&self) -> Value {
        let public = self.public();
        json!({
            "alg": "RS256", "kty": "RSA", "use": "sig", "kid": self.kid,
            "n": URL_SAFE_NO_PAD.encode(public.n().to_bytes_be()),
            "e": URL_SAFE_NO_PAD.encode(public.e().to_bytes_be()),
        })
    }

    fn sign(&self, header: &Value, claims: &Value) -> String {
        let signed = format!("{}.{}", b64(header), b64(claims));
        let signature = SigningKey::<rsa::sha2::Sha256>::new(self.private.clone()).sign(signed.as_bytes());
        format!("{signed}.{}", URL_SAFE_NO_PAD.encode(signature.to_bytes()))
    }

    fn token(&self, claims: &Value) -> String {
        self.sign(&json!({ "alg": "RS256", "typ": "JWT", "kid": self.kid }), claims)
    }
}

fn b64(value: &Value) -> String {
    URL_SAFE_NO_PAD.encode(value.to_string())
}

fn claims() -> Value {
    json!({
        "iss": "https://api.workos.com",
        "sub": "user_01",
        "sid": "session_01",
        "org_id": "org_01",
        "role": "admin",
        "roles": ["admin", "member"],
        "permissions": ["posts:read"],
        "entitlements": ["audit-logs"],
        "feature_flags": ["beta"],
        "impersonator": { "email": "support@example.com", "reason": "ticket 42" },
        "exp": NOW + 300,
        "iat": NOW - 10,
        "nbf": NOW - 10,
        "jti": "jti_01",
        "custom": { "plan": "pro" },
    })
}

fn publish(server: &TestServer, keys: &[&Key]) {
    let jwks = json!({ "keys": keys.iter().map(|k| k.jwk()).collect::<Vec<_>>() });
    server.inject("get_jwks", Fault::status(200).body(jwks.to_string()).times(usize::MAX));
}

fn jwks_fetches(server: &TestServer) -> usize {
    server.requests_for("get_jwks").len()
}

#[tokio::test]
async fn a_good_token_verifies_with_typed_claims_and_the_key_set_is_cached() {
    let server = TestServer::start().await;
    let key = Key::generate("key_1");
    publish(&server, &[&key]);
    let verifier = AccessTokenVerifier::new(&client_for(&server)).unwrap().issuer("https://api.workos.com");

    let token = key.token(&claims());
    let verified = verifier.verify_at(&token, NOW).await.unwrap();
    assert_eq!(verified.sub, "user_01");
    assert_eq!(verified.sid.as_deref(), Some("session_01"));
    assert_eq!(verified.org_id.as_deref(), Some("org_01"));
    assert_eq!(verified.role.as_deref(), Some("admin"));
    assert_eq!(verified.roles, ["admin", "member"]);
    assert_eq!(verified.permissions, ["posts:read"]);
    assert_eq!(verified.entitlements, ["audit-logs"]);
    assert_eq!(verified.feature_flags, ["beta"]);
    assert_eq!(verified.impersonator.as_ref().unwrap().email, "support@example.com");
    assert_eq!(verified.raw["custom"]["plan"], "pro");

    for _ in 0..20 {
        verifier.verify_at(&token, NOW).await.unwrap();
    }
    assert_eq!(jwks_fetches(&server), 1, "one fetch for many verifications");
    let request = &server.requests_for("get_jwks")[0];
    assert_eq!(request.header("authorization"), None, "the key set is public: no API key is sent");
}

#[tokio::test]
async fn a_rotated_key_is_picked_up_by_one_refetch() {
    let server = TestServer::start().await;
    let (old, new) = (Key::generate("old"), Key::generate("new"));
    publish(&server, &[&old]);
    let verifier = AccessTokenVerifier::new(&client_for(&server))
        .unwrap()
        .min_refetch_interval(Duration::from_millis(200));
    verifier.verify_at(&old.token(&claims()), NOW).await.unwrap();

    server.clear_requests();
    publish(&server, &[&old, &new]);
    tokio::time::sleep(Duration::from_millis(250)).await;
    verifier.verify_at(&new.token(&claims()), NOW).await.unwrap();
    assert_eq!(jwks_fetches(&server), 1, "an unknown kid refetches once");

    // A kid nobody publishes: refused after the one refetch the interval allows...
    tokio::time::sleep(Duration::from_millis(250)).await;
    let stranger = Key::generate("stranger");
    let error = verifier.verify_at(&stranger.token(&claims()), NOW).await.unwrap_err();
    assert_eq!(error.rejection(), Some(Rejection::UnknownKey));
    assert_eq!(jwks_fetches(&server), 2);
    // ...and a flood of them right after makes no more requests.
    for _ in 0..10 {
        let error = verifier.verify_at(&stranger.token(&claims()), NOW).await.unwrap_err();
        assert_eq!(error.rejection(), Some(Rejection::UnknownKey));
    }
    assert_eq!(jwks_fetches(&server), 2, "refetches are limited by the minimum interval");
}

#[tokio::test]
async fn every_bad_token_is_refused_for_its_own_reason() {
    let server = TestServer::start().await;
    let key = Key::generate("key_1");
    publish(&server, &[&key]);
    let verifier = AccessTokenVerifier::new(&client_for(&server)).unwrap().issuer("https://api.workos.com");
    let check = |token: String| {
        let verifier = verifier.clone();
        async move { verifier.verify_at(&token, NOW).await.unwrap_err().rejection().unwrap() }
    };

    // A valid token whose claims were changed after signing.
    let good = key.token(&claims());
    let parts: Vec<&str> = good.split('.').collect();
    let forged_claims = json!({ "sub": "user_admin", "exp": NOW + 300 });
    assert_eq!(
        check(format!("{}.{}.{}", parts[0], b64(&forged_claims), parts[2])).await,
        Rejection::BadSignature
    );
    // Signed by another key under the same kid.
    let impostor = Key { kid: "key_1", private: Key::generate("x").private };
    assert_eq!(check(impostor.token(&claims())).await, Rejection::BadSignature);
    // `alg: none` with no signature.
    let none = format!("{}.{}.", b64(&json!({ "alg": "none", "kid": "key_1" })), b64(&claims()));
    assert_eq!(check(none).await, Rejection::UnsupportedAlgorithm);
    // HS256 "signed" with the public key as the HMAC secret.
    let header = json!({ "alg": "HS256", "kid": "key_1" });
    let signed = format!("{}.{}", b64(&header), b64(&claims()));
    let secret = key.jwk().to_string();
    let mac = ring::hmac::sign(
        &ring::hmac::Key::new(ring::hmac::HMAC_SHA256, secret.as_bytes()),
        signed.as_bytes(),
    );
    assert_eq!(
        check(format!("{signed}.{}", URL_SAFE_NO_PAD.encode(mac.as_ref()))).await,
        Rejection::UnsupportedAlgorithm
    );
    // Expired, beyond the 30 s leeway; and within it.
    let mut expired = claims();
    expired["exp"] = json!(NOW - 31);
    assert_eq!(check(key.token(&expired)).await, Rejection::TokenExpired);
    expired["exp"] = json!(NOW - 29);
    verifier.verify_at(&key.token(&expired), NOW).await.unwrap();
    // Not valid yet.
    let mut early = claims();
    early["nbf"] = json!(NOW + 120);
    assert_eq!(check(key.token(&early)).await, Rejection::TokenNotYetValid);
    // Another issuer.
    let mut foreign = claims();
    foreign["iss"] = json!("https://evil.example.com");
    assert_eq!(check(key.token(&foreign)).await, Rejection::WrongIssuer);
    // Malformed in every way, without a panic.
    for token in [
        "",
        "abc",
        "a.b",
        "a.b.c",
        "a.b.c.d",
        &format!("{}.!!.x", b64(&json!({"alg":"RS256","kid":"key_1"}))),
    ] {
        assert_eq!(check(token.to_owned()).await, Rejection::MalformedToken, "{token:?}");
    }
    let mut no_exp = claims();
    no_exp.as_object_mut().unwrap().remove("exp");
    assert_eq!(check(key.token(&no_exp)).await, Rejection::MalformedToken);
}
