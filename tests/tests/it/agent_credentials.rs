//! Agent credentials: access tokens the local server signs are checked locally against its
//! key set (no call per credential), and every way one can be wrong is `valid: false` with
//! its reason; API keys are checked by WorkOS.

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::SystemRandom;
use ring::signature::{RSA_PKCS1_SHA256, RsaKeyPair};
use serde_json::{Value, json};
use workos::agents::{AgentCredential, AgentCredentialVerifier};
use workos::types::{MintAgentToken, MintAutonomousAgentToken};
use workos::{ErrorKind, Rejection, Secret, Workos};
use workos_test_server::{DEFAULT_CLIENT_ID, Fault, TestServer};

/// A key other than the server's (committed, a throwaway for tests: see access_tokens.rs).
const OTHER_KEY: &[u8] = include_bytes!("other-test-signing-key.pk8");

fn client(server: &TestServer, client_id: &str) -> Workos {
    Workos::builder().api_key(server.api_key()).client_id(client_id).base_url(server.url()).build().unwrap()
}

/// An agent access token minted by the server, for `org_1`.
async fn mint(workos: &Workos) -> Secret {
    let body = MintAgentToken::Autonomous(MintAutonomousAgentToken::new("org_1".into()));
    workos.agents().mint_token("agent_blueprint_1", &body).await.unwrap().access_token.unwrap()
}

fn token_check<'a>(token: &'a Secret, audience: Option<&'a str>) -> AgentCredential<'a> {
    AgentCredential::AccessToken { token, audience }
}

#[tokio::test]
async fn a_token_the_server_signs_is_valid_without_a_call_per_check() {
    let server = TestServer::start().await;
    let workos = client(&server, DEFAULT_CLIENT_ID);
    let token = mint(&workos).await;
    let agents = AgentCredentialVerifier::new(&workos).unwrap();
    for _ in 0..3 {
        let check = agents.validate(token_check(&token, None)).await.unwrap();
        assert!(check.valid, "{check:?}");
        let claims = check.claims.unwrap();
        assert_eq!(check.registration_id.as_deref(), Some(claims.registration_id.as_str()));
        assert!(claims.registration_id.starts_with("agent_registration_"));
        assert_eq!(claims.organization_id, "org_1");
        assert_eq!(claims.audience, [DEFAULT_CLIENT_ID]);
        assert_eq!(check.expires_at.map(|at| at.timestamp()), Some(claims.expires_at));
    }
    // One key set fetch for the three checks, and WorkOS was never asked about the token.
    assert_eq!(server.requests_for("get_jwks").len(), 1);
    assert!(server.requests_for("validate_agent_credential").is_empty());
    assert_eq!(server.requests_for("get_jwks")[0].path, format!("/sso/jwks/{DEFAULT_CLIENT_ID}"));
}

#[tokio::test]
async fn the_access_token_verifiers_cache_serves_agent_tokens_too() {
    let server = TestServer::start().await;
    let workos = client(&server, DEFAULT_CLIENT_ID);
    let token = mint(&workos).await;
    let users = workos::signin::access_token::AccessTokenVerifier::new(&workos).unwrap();
    let agents = AgentCredentialVerifier::with_keys_of(&users);
    assert!(agents.validate(token_check(&token, None)).await.unwrap().valid);
    // A user token signed by the same keys: the cache is warm, so no second fetch.
    let _ = users.verify(token.expose()).await;
    assert_eq!(server.requests_for("get_jwks").len(), 1, "the agents' fetch served the users' verifier");
}

#[tokio::test]
async fn an_expired_token_is_invalid() {
    let server = TestServer::start().await;
    server.set_access_token_lifetime(-120);
    let workos = client(&server, DEFAULT_CLIENT_ID);
    let token = mint(&workos).await;
    let check =
        AgentCredentialVerifier::new(&workos).unwrap().validate(token_check(&token, None)).await.unwrap();
    assert!(!check.valid);
    assert_eq!(check.rejection, Some(Rejection::TokenExpired));
    assert_eq!((check.registration_id, check.claims), (None, None));
}

#[tokio::test]
async fn a_token_for_another_audience_is_invalid() {
    let server = TestServer::start().await;
    let token = mint(&client(&server, DEFAULT_CLIENT_ID)).await;
    // Checked by another client of the environment: the same keys, another audience.
    let other = AgentCredentialVerifier::new(&client(&server, "client_someone_else")).unwrap();
    let check = other.validate(token_check(&token, None)).await.unwrap();
    assert_eq!((check.valid, check.rejection), (false, Some(Rejection::WrongAudience)));
    // Or with an explicit audience (a resource indicator) the token was not minted for.
    let ours = AgentCredentialVerifier::new(&client(&server, DEFAULT_CLIENT_ID)).unwrap();
    let check = ours.validate(token_check(&token, Some("https://mcp.example.com"))).await.unwrap();
    assert_eq!((check.valid, check.rejection), (false, Some(Rejection::WrongAudience)));
    // ...and with the audience it was minted for, it passes.
    let check = ours.validate(token_check(&token, Some(DEFAULT_CLIENT_ID))).await.unwrap();
    assert!(check.valid);
}

#[tokio::test]
async fn a_token_signed_with_another_key_is_invalid() {
    let server = TestServer::start().await;
    let workos = client(&server, DEFAULT_CLIENT_ID);
    let minted = mint(&workos).await;
    // The server's own token, its header and claims kept, signed again with another key.
    let (signed, _) = minted.expose().rsplit_once('.').unwrap();
    let key = RsaKeyPair::from_pkcs8(OTHER_KEY).unwrap();
    let mut signature = vec![0; key.public().modulus_len()];
    key.sign(&RSA_PKCS1_SHA256, &SystemRandom::new(), signed.as_bytes(), &mut signature).unwrap();
    let forged = Secret::new(format!("{signed}.{}", URL_SAFE_NO_PAD.encode(signature)));
    let agents = AgentCredentialVerifier::new(&workos).unwrap();
    let check = agents.validate(token_check(&forged, None)).await.unwrap();
    assert_eq!((check.valid, check.rejection), (false, Some(Rejection::BadSignature)));

    // A user's access token, signed by the right key, is not an agent credential.
    let header: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(signed.split('.').next().unwrap()).unwrap()).unwrap();
    let claims = json!({ "sub": "user_1", "aud": DEFAULT_CLIENT_ID, "exp": i64::MAX / 2, "iss": "https://api.workos.com" });
    let unsigned = format!(
        "{}.{}",
        URL_SAFE_NO_PAD.encode(header.to_string()),
        URL_SAFE_NO_PAD.encode(claims.to_string())
    );
    let server_key =
        RsaKeyPair::from_pkcs8(include_bytes!("../../../test-server/src/server/test-signing-key.pk8"))
            .unwrap();
    let mut signature = vec![0; server_key.public().modulus_len()];
    server_key.sign(&RSA_PKCS1_SHA256, &SystemRandom::new(), unsigned.as_bytes(), &mut signature).unwrap();
    let user_token = Secret::new(format!("{unsigned}.{}", URL_SAFE_NO_PAD.encode(signature)));
    let check = agents.validate(token_check(&user_token, None)).await.unwrap();
    assert_eq!((check.valid, check.rejection), (false, Some(Rejection::MalformedToken)));
    // Neither was sent to WorkOS.
    assert!(server.requests_for("validate_agent_credential").is_empty());
}

#[tokio::test]
async fn a_key_set_that_cannot_be_fetched_is_an_error_not_an_invalid_token() {
    let server = TestServer::start().await;
    let workos = client(&server, DEFAULT_CLIENT_ID);
    let token = mint(&workos).await;
    server.inject("get_jwks", Fault::status(503).times(usize::MAX));
    let error =
        AgentCredentialVerifier::new(&workos).unwrap().validate(token_check(&token, None)).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server);
    crate::support::assert_no_secret(&error, &[token.expose()]);
}

#[tokio::test]
async fn an_api_key_is_checked_by_workos() {
    let server = TestServer::start().await;
    let workos = client(&server, DEFAULT_CLIENT_ID);
    let agents = AgentCredentialVerifier::new(&workos).unwrap();
    let key = Secret::new("sk_agent_01K0000000000000000000000");
    server.inject(
        "validate_agent_credential",
        Fault::status(200).body(r#"{"valid":true,"registration_id":"agent_registration_7","expires_at":"2027-01-01T00:00:00.000Z"}"#),
    );
    let check = agents.validate(AgentCredential::ApiKey(&key)).await.unwrap();
    assert!(check.valid);
    assert_eq!(check.registration_id.as_deref(), Some("agent_registration_7"));
    assert_eq!(check.expires_at.map(|at| at.to_rfc3339()), Some("2027-01-01T00:00:00+00:00".to_owned()));
    assert_eq!(check.claims, None);
    let sent: Value =
        serde_json::from_slice(&server.requests_for("validate_agent_credential")[0].body).unwrap();
    assert_eq!(sent, json!({ "type": "api_key", "credential": key.expose() }));
    assert!(server.requests_for("get_jwks").is_empty(), "an API key needs no key set");

    // Valid without a registration is not valid, as WorkOS's SDKs read it.
    server.inject(
        "validate_agent_credential",
        Fault::status(200).body(r#"{"valid":true,"registration_id":null}"#),
    );
    assert!(!agents.validate(AgentCredential::ApiKey(&key)).await.unwrap().valid);
    server.inject("validate_agent_credential", Fault::status(200).body(r#"{"valid":false}"#));
    assert!(!agents.validate(AgentCredential::ApiKey(&key)).await.unwrap().valid);
}

#[tokio::test]
async fn checking_for_revocation_asks_workos_and_it_must_agree_on_the_registration() {
    let server = TestServer::start().await;
    let workos = client(&server, DEFAULT_CLIENT_ID);
    let token = mint(&workos).await;
    let agents = AgentCredentialVerifier::new(&workos).unwrap().check_for_revoked(true);
    let local =
        AgentCredentialVerifier::new(&workos).unwrap().validate(token_check(&token, None)).await.unwrap();
    let registration = local.registration_id.unwrap();

    server.inject(
        "validate_agent_credential",
        Fault::status(200).body(format!(r#"{{"valid":true,"registration_id":"{registration}"}}"#)),
    );
    let check = agents.validate(token_check(&token, None)).await.unwrap();
    assert!(check.valid && check.claims.is_some(), "{check:?}");
    let sent: Value =
        serde_json::from_slice(&server.requests_for("validate_agent_credential")[0].body).unwrap();
    assert_eq!(sent["type"], "access_token");

    server.inject("validate_agent_credential", Fault::status(200).body(r#"{"valid":false}"#));
    assert!(!agents.validate(token_check(&token, None)).await.unwrap().valid, "revoked");
    server.inject(
        "validate_agent_credential",
        Fault::status(200).body(r#"{"valid":true,"registration_id":"agent_registration_someone_else"}"#),
    );
    assert!(!agents.validate(token_check(&token, None)).await.unwrap().valid, "another registration's");
}
