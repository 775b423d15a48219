//! Access tokens signed with committed test keys, verified against a key set the local server
//! publishes; every way a token can be wrong is refused with its own reason.

use std::future::Future;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::SystemRandom;
use ring::signature::{RSA_PKCS1_SHA256, RsaKeyPair, RsaPublicKeyComponents};
use serde_json::{Value, json};
use workos::Rejection;
use workos::signin::access_token::AccessTokenVerifier;
use workos_test_server::{Fault, TestServer};

use crate::support::client_for;

const NOW: i64 = 1_767_225_600;

/// Two different 2048-bit RSA keys (PKCS#8 DER), committed: THROWAWAY KEYS FOR LOCAL TESTS
/// ONLY, public and never a secret (see `tests/src/server/README.md`). The first is also the
/// local server's own; the second is there to be a different key.
const KEY_A: &[u8] = include_bytes!("../../../test-server/src/server/test-signing-key.pk8");
const KEY_B: &[u8] = include_bytes!("other-test-signing-key.pk8");

struct Key {
    kid: &'static str,
    private: RsaKeyPair,
}

impl Key {
    fn new(kid: &'static str, pkcs8: &[u8]) -> Key {
        Key { kid, private: RsaKeyPair::from_pkcs8(pkcs8).unwrap() }
    }

    /// The first test key under `kid`.
    fn a(kid: &'static str) -> Key {
        Key::new(kid, KEY_A)
    }

    /// The second test key, different from the first, under `kid`.
    fn b(kid: &'static str) -> Key {
        Key::new(kid, KEY_B)
    }

    fn jwk(&self) -> Value {
        let public = RsaPublicKeyComponents::<Vec<u8>>::from(self.private.public());
        json!({
            "alg": "RS256", "kty": "RSA", "use": "sig", "kid": self.kid,
            "n": URL_SAFE_NO_PAD.encode(public.n),
            "e": URL_SAFE_NO_PAD.encode(public.e),
        })
    }

    fn sign(&self, header: &Value, claims: &Value) -> String {
        let signed = format!("{}.{}", b64(header), b64(claims));
        let mut signature = vec![0; self.private.public().modulus_len()];
        self.private
            .sign(&RSA_PKCS1_SHA256, &SystemRandom::new(), signed.as_bytes(), &mut signature)
            .unwrap();
        format!("{signed}.{}", URL_SAFE_NO_PAD.encode(signature))
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
    let key = Key::a("key_1");
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
    let (old, new) = (Key::a("old"), Key::b("new"));
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
    let stranger = Key::b("stranger");
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
    let key = Key::a("key_1");
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
    let impostor = Key::b("key_1");
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

/// A client for `server` whose retries are quick, so that code that still retried the key
/// set's fetch would show many requests rather than slow the test down.
fn quick_client(server: &TestServer) -> workos::Workos {
    workos::Workos::builder()
        .api_key(server.api_key())
        .client_id("client_test_123")
        .base_url(server.url())
        .retry_policy(
            workos::RetryPolicy::default()
                .initial_backoff(Duration::from_millis(5))
                .max_backoff(Duration::from_millis(10)),
        )
        .build()
        .unwrap()
}

/// A token naming `kid`, with a signature nobody made: the key lookup comes first.
fn forged(kid: &str) -> String {
    format!("{}.{}.c2ln", b64(&json!({ "alg": "RS256", "kid": kid })), b64(&claims()))
}

/// Waits (a few seconds at most) until the server has received `count` key set requests.
async fn until_jwks_fetches(server: &TestServer, count: usize) {
    let waited = tokio::time::timeout(Duration::from_secs(5), async {
        while jwks_fetches(server) < count {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    });
    assert!(waited.await.is_ok(), "{count} key set requests expected, {} seen", jwks_fetches(server));
}

#[tokio::test]
async fn forged_tokens_during_an_outage_make_one_fetch_per_interval() {
    let server = TestServer::start().await;
    let key = Key::a("key_1");
    publish(&server, &[&key]);
    let good = key.token(&claims());
    let interval = Duration::from_millis(500);
    let verifier = AccessTokenVerifier::new(&quick_client(&server)).unwrap().min_refetch_interval(interval);
    verifier.verify_at(&good, NOW).await.unwrap();

    server.inject("get_jwks", Fault::status(503).times(usize::MAX));
    tokio::time::sleep(interval + Duration::from_millis(50)).await;
    server.clear_requests();
    let flood: Vec<_> = (0..50)
        .map(|i| {
            let verifier = verifier.clone();
            tokio::spawn(async move { verifier.verify_at(&forged(&format!("forged_{i}")), NOW).await })
        })
        .collect();
    for verification in flood {
        let error = verification.await.unwrap().unwrap_err();
        assert_eq!(error.rejection(), Some(Rejection::UnknownKey), "{error:?}");
    }
    assert_eq!(jwks_fetches(&server), 1, "one fetch, not retried, for all the forged tokens");
    verifier.verify_at(&good, NOW).await.unwrap();

    // A verifier with nothing cached yet: its good tokens fail with the outage's own kind of
    // error (unavailable, not unauthorized), after one fetch between them.
    server.clear_requests();
    let cold = AccessTokenVerifier::new(&quick_client(&server)).unwrap();
    let batch: Vec<_> = (0..50)
        .map(|_| {
            let (cold, good) = (cold.clone(), good.clone());
            tokio::spawn(async move { cold.verify_at(&good, NOW).await })
        })
        .collect();
    for verification in batch {
        let error = verification.await.unwrap().unwrap_err();
        assert_eq!(error.kind(), workos::ErrorKind::Server, "{error:?}");
        assert_eq!(error.rejection(), None);
    }
    assert_eq!(jwks_fetches(&server), 1);
}

#[tokio::test]
async fn a_token_with_a_cached_key_never_waits_for_a_fetch() {
    let server = TestServer::start().await;
    let key = Key::a("key_1");
    publish(&server, &[&key]);
    let good = key.token(&claims());
    let verifier = AccessTokenVerifier::new(&client_for(&server))
        .unwrap()
        .min_refetch_interval(Duration::ZERO)
        .key_fetch_timeout(Duration::from_secs(3));
    verifier.verify_at(&good, NOW).await.unwrap();

    // The key endpoint hangs far longer than the fetch may take.
    server.clear_requests();
    server.inject("get_jwks", Fault::status(503).with_delay(Duration::from_secs(30)).times(usize::MAX));
    let started = tokio::time::Instant::now();
    let flood: Vec<_> = (0..20)
        .map(|i| {
            let verifier = verifier.clone();
            tokio::spawn(async move { verifier.verify_at(&forged(&format!("forged_{i}")), NOW).await })
        })
        .collect();
    until_jwks_fetches(&server, 1).await;

    // While that fetch hangs, a good token verifies at once: its key is cached.
    let quick = tokio::time::timeout(Duration::from_secs(2), verifier.verify_at(&good, NOW)).await;
    quick.expect("a cached key does not wait for the fetch in flight").unwrap();
    assert!(flood.iter().all(|v| !v.is_finished()), "the forged tokens wait for the fetch");

    for verification in flood {
        let error = verification.await.unwrap().unwrap_err();
        assert_eq!(error.rejection(), Some(Rejection::UnknownKey), "{error:?}");
    }
    let waited = started.elapsed();
    assert!(waited < Duration::from_secs(10), "the fetch gives up after its own timeout ({waited:?})");
    // Twenty forged tokens and no minimum interval, yet one fetch: those that waited for it
    // take its outcome instead of starting another.
    assert_eq!(jwks_fetches(&server), 1);
}

#[tokio::test]
async fn a_failed_fetch_counts_against_the_refetch_interval() {
    let server = TestServer::start().await;
    let key = Key::a("key_1");
    let good = key.token(&claims());
    let interval = Duration::from_secs(1);
    let verifier = AccessTokenVerifier::new(&quick_client(&server)).unwrap().min_refetch_interval(interval);

    server.inject("get_jwks", Fault::status(500).times(usize::MAX));
    let error = verifier.verify_at(&good, NOW).await.unwrap_err();
    assert_eq!(error.status(), Some(500), "the fetch's own error: {error:?}");
    assert_eq!(jwks_fetches(&server), 1, "one attempt, not retried");
    for _ in 0..10 {
        // The failure, kept: same kind, with what it was.
        let error = verifier.verify_at(&good, NOW).await.unwrap_err();
        assert_eq!(error.kind(), workos::ErrorKind::Server, "{error:?}");
        assert_eq!(error.operation(), Some("get_jwks"));
        let source = std::error::Error::source(&error).map(|e| e.to_string()).unwrap_or_default();
        assert!(source.contains("could not be fetched") && source.contains("(500, request req_"), "{source}");
    }
    assert_eq!(jwks_fetches(&server), 1, "the failure holds off the next fetch");

    // The endpoint recovers; the next fetch comes once the interval has passed.
    publish(&server, &[&key]);
    verifier.verify_at(&good, NOW).await.unwrap_err();
    assert_eq!(jwks_fetches(&server), 1);
    tokio::time::sleep(interval + Duration::from_millis(50)).await;
    verifier.verify_at(&good, NOW).await.unwrap();
    assert_eq!(jwks_fetches(&server), 2);
}

#[tokio::test]
async fn a_stale_key_set_serves_while_it_is_refreshed_or_the_endpoint_fails() {
    let server = TestServer::start().await;
    let (old, new) = (Key::a("old"), Key::b("new"));
    publish(&server, &[&old]);
    let interval = Duration::from_millis(200);
    let verifier = AccessTokenVerifier::new(&quick_client(&server))
        .unwrap()
        .key_ttl(Duration::ZERO)
        .min_refetch_interval(interval);
    let good = old.token(&claims());
    verifier.verify_at(&good, NOW).await.unwrap();

    // Past its lifetime, during an outage: the cached key still verifies, and the refresh
    // it starts fails without touching it.
    server.inject("get_jwks", Fault::status(503).times(usize::MAX));
    tokio::time::sleep(interval + Duration::from_millis(50)).await;
    verifier.verify_at(&good, NOW).await.unwrap();
    until_jwks_fetches(&server, 2).await;
    verifier.verify_at(&good, NOW).await.unwrap();

    // The endpoint recovers with the old key withdrawn: the next refresh drops it.
    publish(&server, &[&new]);
    tokio::time::sleep(interval + Duration::from_millis(50)).await;
    verifier.verify_at(&good, NOW).await.unwrap();
    until_jwks_fetches(&server, 3).await;
    let dropped = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            match verifier.verify_at(&good, NOW).await {
                Ok(_) => tokio::time::sleep(Duration::from_millis(5)).await,
                Err(error) => break error,
            }
        }
    });
    assert_eq!(dropped.await.unwrap().rejection(), Some(Rejection::UnknownKey));
    verifier.verify_at(&new.token(&claims()), NOW).await.unwrap();
}

#[tokio::test]
async fn extreme_settings_and_claims_saturate_without_panicking() {
    let server = TestServer::start().await;
    let key = Key::a("key_1");
    publish(&server, &[&key]);
    let verifier = AccessTokenVerifier::new(&client_for(&server))
        .unwrap()
        .leeway(Duration::MAX)
        .key_ttl(Duration::MAX)
        .min_refetch_interval(Duration::MAX)
        .key_fetch_timeout(Duration::MAX);
    // A leeway beyond any clock difference accepts a token long expired or not yet valid.
    let mut claims_far = claims();
    claims_far["exp"] = json!(NOW - 1_000_000);
    claims_far["nbf"] = json!(NOW + 1_000_000);
    verifier.verify_at(&key.token(&claims_far), NOW).await.unwrap();
    verifier.verify(&key.token(&claims_far)).await.unwrap();
    // An unknown key after the first fetch: the interval never allows another.
    let error = verifier.verify_at(&forged("stranger"), NOW).await.unwrap_err();
    assert_eq!(error.rejection(), Some(Rejection::UnknownKey));
    assert_eq!(jwks_fetches(&server), 1);

    let strict = AccessTokenVerifier::new(&client_for(&server)).unwrap().leeway(Duration::ZERO);
    let extremes = [i64::MIN, i64::MIN + 1, -1, 0, NOW, i64::MAX - 1, i64::MAX];
    for verifier in [&verifier, &strict] {
        for &exp in &extremes {
            for &nbf in &extremes {
                let mut extreme = claims();
                extreme["exp"] = json!(exp);
                extreme["nbf"] = json!(nbf);
                extreme["iat"] = json!(nbf);
                let token = key.token(&extreme);
                for &now in &extremes {
                    let _ = verifier.verify_at(&token, now).await;
                }
                let _ = verifier.verify(&token).await;
            }
        }
    }
    let mut forever = claims();
    forever["exp"] = json!(i64::MAX);
    forever["nbf"] = json!(i64::MIN);
    strict.verify_at(&key.token(&forever), i64::MAX).await.unwrap();
    strict.verify_at(&key.token(&forever), i64::MIN).await.unwrap();
    let mut past = claims();
    past["exp"] = json!(i64::MIN);
    let error = strict.verify_at(&key.token(&past), i64::MIN + 1).await.unwrap_err();
    assert_eq!(error.rejection(), Some(Rejection::TokenExpired));
}

#[tokio::test]
async fn a_malformed_or_oversized_key_set_is_a_clear_error() {
    let server = TestServer::start().await;
    let key = Key::a("key_1");
    let good = key.token(&claims());
    let fresh = || AccessTokenVerifier::new(&quick_client(&server)).unwrap();
    let answer = |body: String| server.inject("get_jwks", Fault::status(200).body(body).times(usize::MAX));

    for body in ["", "{", r#"{"keys":5}"#, r#"{"keys":[{"kid":"key_1"}]}"#, "null"] {
        answer(body.to_owned());
        let error = fresh().verify_at(&good, NOW).await.unwrap_err();
        assert_eq!(error.kind(), workos::ErrorKind::Decode, "{body:?}: {error:?}");
    }

    // More keys than any key set has, the good one among them: small ones, so that the body
    // fits in the key set's 64 KiB.
    let mut many = vec![key.jwk()];
    many.extend((1..150).map(|i| {
        json!({ "kid": format!("key_{i}"), "kty": "RSA", "alg": "RS256", "use": "sig", "n": "AQAB", "e": "AQAB" })
    }));
    answer(json!({ "keys": many }).to_string());
    let error = fresh().verify_at(&good, NOW).await.unwrap_err();
    assert_eq!(error.kind(), workos::ErrorKind::Decode, "{error:?}");
    let source = std::error::Error::source(&error).map(|e| e.to_string()).unwrap_or_default();
    assert!(source.contains("150 keys"), "{source}");

    // A key set longer than any WorkOS publishes is not read past 64 KiB, whatever the
    // client's limit.
    let mut many = vec![key.jwk(); 5_000];
    for (i, jwk) in many.iter_mut().enumerate().skip(1) {
        jwk["kid"] = json!(format!("key_{i}_copy"));
    }
    answer(json!({ "keys": many }).to_string());
    let error = fresh().verify_at(&good, NOW).await.unwrap_err();
    assert_eq!(error.kind(), workos::ErrorKind::ResponseTooLarge, "{error:?}");
    assert!(error.to_string().contains("65536"), "{error}");

    // A key far larger than RSA allows (131072 bits): its tokens are refused, nothing panics.
    let mut huge = key.jwk();
    huge["n"] = json!(URL_SAFE_NO_PAD.encode(vec![0xab; 16 * 1024]));
    answer(json!({ "keys": [huge] }).to_string());
    let error = fresh().verify_at(&good, NOW).await.unwrap_err();
    assert_eq!(error.rejection(), Some(Rejection::BadSignature), "{error:?}");
}

/// Answers the next key set request with `keys`, but only after `delay`: a verification that
/// fetches it can be dropped while it waits.
fn publish_slowly(server: &TestServer, keys: &[&Key], delay: Duration) {
    let jwks = json!({ "keys": keys.iter().map(|k| k.jwk()).collect::<Vec<_>>() });
    server.inject("get_jwks", Fault::status(200).body(jwks.to_string()).with_delay(delay).times(1));
}

/// Polls `verification` until the server has received `fetches` key set requests, then drops
/// it, as a client hanging up or a timeout around the verification would.
async fn drop_mid_fetch<T>(server: &TestServer, fetches: usize, verification: impl Future<Output = T>) {
    tokio::select! {
        _ = verification => panic!("the verification finished before the key set was answered"),
        () = until_jwks_fetches(server, fetches) => {}
    }
}

#[tokio::test]
async fn a_verification_dropped_while_it_fetches_the_key_set_leaves_the_fetch_to_finish() {
    let server = TestServer::start().await;
    let (old, new) = (Key::a("old"), Key::b("new"));
    publish(&server, &[&old]);
    publish_slowly(&server, &[&old], Duration::from_millis(500));
    let interval = Duration::from_secs(1);
    let verifier = AccessTokenVerifier::new(&client_for(&server)).unwrap().min_refetch_interval(interval);

    // The very first verification is dropped while it fetches: the fetch it started still
    // brings the key set, and the next token (well within the interval) gets its key from it.
    drop_mid_fetch(&server, 1, verifier.verify_at(&old.token(&claims()), NOW)).await;
    verifier.verify_at(&old.token(&claims()), NOW).await.unwrap();
    assert_eq!(jwks_fetches(&server), 1, "the dropped verification's fetch was used, not repeated");

    // The first verification after a rotation, dropped the same way.
    tokio::time::sleep(interval + Duration::from_millis(50)).await;
    publish(&server, &[&old, &new]);
    publish_slowly(&server, &[&old, &new], Duration::from_millis(500));
    drop_mid_fetch(&server, 2, verifier.verify_at(&new.token(&claims()), NOW)).await;
    verifier.verify_at(&new.token(&claims()), NOW).await.unwrap();
    verifier.verify_at(&old.token(&claims()), NOW).await.unwrap();
    assert_eq!(jwks_fetches(&server), 2);
}

#[tokio::test]
async fn verifications_queued_behind_a_dropped_one_all_get_the_key() {
    let server = TestServer::start().await;
    let key = Key::a("key_1");
    publish(&server, &[&key]);
    publish_slowly(&server, &[&key], Duration::from_secs(1));
    // The default interval: a fetch left half done would refuse every token for 30 s.
    let verifier = AccessTokenVerifier::new(&client_for(&server)).unwrap();
    let good = key.token(&claims());

    let first = {
        let (verifier, good) = (verifier.clone(), good.clone());
        tokio::spawn(async move { verifier.verify_at(&good, NOW).await })
    };
    until_jwks_fetches(&server, 1).await;
    let queued: Vec<_> = (0..10)
        .map(|_| {
            let (verifier, good) = (verifier.clone(), good.clone());
            tokio::spawn(async move { verifier.verify_at(&good, NOW).await })
        })
        .collect();
    // Let them all reach the fetch in flight and wait behind it.
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(queued.iter().all(|v| !v.is_finished()), "the queued verifications wait for the fetch");

    first.abort();
    assert!(first.await.unwrap_err().is_cancelled());
    for verification in queued {
        verification.await.unwrap().expect("a verification queued behind the dropped one");
    }
    verifier.verify_at(&good, NOW).await.unwrap();
    assert_eq!(jwks_fetches(&server), 1, "one fetch served the dropped verification and the queue");
}

/// Shuts `runtime` down from a blocking thread, waiting until its tasks have been dropped.
async fn shut_down(runtime: tokio::runtime::Runtime) {
    tokio::task::spawn_blocking(move || runtime.shutdown_timeout(Duration::from_secs(5))).await.unwrap();
}

#[tokio::test]
async fn a_fetch_cut_off_by_its_runtime_shutting_down_is_a_failed_fetch_not_a_missing_one() {
    let server = TestServer::start().await;
    let key = Key::a("key_1");
    publish(&server, &[&key]);
    publish_slowly(&server, &[&key], Duration::from_secs(30));
    let interval = Duration::from_secs(2);
    let verifier = AccessTokenVerifier::new(&client_for(&server)).unwrap().min_refetch_interval(interval);
    let good = key.token(&claims());

    // A verification on a runtime of its own, which shuts down while the key set is fetched:
    // the verification and the fetch go with it.
    let other = tokio::runtime::Builder::new_multi_thread().worker_threads(1).enable_all().build().unwrap();
    other.spawn({
        let (verifier, good) = (verifier.clone(), good.clone());
        async move { verifier.verify_at(&good, NOW).await }
    });
    until_jwks_fetches(&server, 1).await;
    shut_down(other).await;

    // Its request was out, so it counts as a failed fetch: the next token learns that the key
    // set is unavailable (not that its key is unknown), and the interval protects the endpoint.
    let error = verifier.verify_at(&good, NOW).await.unwrap_err();
    assert_eq!(error.kind(), workos::ErrorKind::Connection, "{error:?}");
    assert_eq!(error.rejection(), None, "{error:?}");
    let source = std::error::Error::source(&error).map(|e| e.to_string()).unwrap_or_default();
    assert!(source.contains("stopped before it finished"), "{source}");
    assert_eq!(jwks_fetches(&server), 1);
    tokio::time::sleep(interval + Duration::from_millis(50)).await;
    verifier.verify_at(&good, NOW).await.unwrap();
    assert_eq!(jwks_fetches(&server), 2);
}

#[tokio::test]
async fn a_refresh_whose_runtime_ends_before_it_runs_is_taken_back() {
    let server = TestServer::start().await;
    let key = Key::a("key_1");
    publish(&server, &[&key]);
    let interval = Duration::from_secs(1);
    let verifier = AccessTokenVerifier::new(&client_for(&server))
        .unwrap()
        .key_ttl(Duration::ZERO)
        .min_refetch_interval(interval);
    let good = key.token(&claims());
    verifier.verify_at(&good, NOW).await.unwrap();
    tokio::time::sleep(interval + Duration::from_millis(50)).await;

    // A program that builds a runtime for one call: the stale key verifies at once, and the
    // runtime is gone before the refresh it started in the background ever ran.
    let per_call = std::thread::spawn({
        let (verifier, good) = (verifier.clone(), good.clone());
        move || {
            let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
            runtime.block_on(verifier.verify_at(&good, NOW))
        }
    });
    per_call.join().unwrap().unwrap();
    assert_eq!(jwks_fetches(&server), 1, "the refresh never ran");

    // Nothing was sent, so nothing counts against the interval: the next verification
    // refreshes the key set at once.
    verifier.verify_at(&good, NOW).await.unwrap();
    until_jwks_fetches(&server, 2).await;
}

/// Runs `future` to completion on this thread with no Tokio runtime around it.
fn block_on_without_runtime<F: Future>(future: F) -> F::Output {
    struct Unpark(std::thread::Thread);
    impl std::task::Wake for Unpark {
        fn wake(self: std::sync::Arc<Self>) {
            self.0.unpark();
        }
    }
    let waker = std::sync::Arc::new(Unpark(std::thread::current())).into();
    let mut context = std::task::Context::from_waker(&waker);
    let mut future = std::pin::pin!(future);
    loop {
        if let std::task::Poll::Ready(output) = future.as_mut().poll(&mut context) {
            return output;
        }
        std::thread::park();
    }
}

#[tokio::test]
async fn a_key_fetch_outside_a_runtime_is_a_clear_error_that_leaves_the_cache_as_it_was() {
    let server = TestServer::start().await;
    let key = Key::a("key_1");
    publish(&server, &[&key]);
    let verifier = AccessTokenVerifier::new(&client_for(&server)).unwrap();
    let good = key.token(&claims());

    let outside = std::thread::spawn({
        let (verifier, good) = (verifier.clone(), good.clone());
        move || block_on_without_runtime(verifier.verify_at(&good, NOW))
    });
    let error = outside.join().expect("no panic outside a runtime").unwrap_err();
    assert_eq!(error.kind(), workos::ErrorKind::Config, "{error:?}");
    assert!(error.to_string().contains("runtime"), "{error}");
    assert_eq!(jwks_fetches(&server), 0);

    // Nothing was left half done: inside a runtime, the key set is fetched at once.
    verifier.verify_at(&good, NOW).await.unwrap();
    assert_eq!(jwks_fetches(&server), 1);

    // With the key cached, a verification needs no runtime at all.
    let cached = std::thread::spawn(move || block_on_without_runtime(verifier.verify_at(&good, NOW)));
    cached.join().unwrap().unwrap();
}
