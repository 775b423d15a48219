//! AuthKit answers that need another step, device authorization polling, a public client
//! (client id, no API key) signing in with PKCE, and the one POST that is retried because it
//! carries an `Idempotency-Key`.

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use workos::ErrorKind;
use workos::signin::authentication::AuthenticationStep;
use workos::signin::pkce::Pkce;
use workos::types::{AuthorizeDevice, CreateAuditLogEvent, DeviceAuthorization};
use workos_test_server::{Fault, TestServer, example};

use crate::support::{assert_no_secret, client_for, quick_client};

const TOKEN: &str = "pat_01K2PENDINGAUTHENTICATION";

fn user() -> Value {
    serde_json::to_value(example::<workos::types::User>()).unwrap()
}

/// A whole factor, as the API sends it.
fn factor() -> Value {
    let mut factor = serde_json::to_value(example::<workos::types::AuthenticationFactor>()).unwrap();
    factor["id"] = json!("auth_factor_01K2");
    factor
}

/// Each step as the API sends it: status, body.
fn steps() -> Vec<(u16, Value)> {
    let token = TOKEN;
    vec![
        (
            403,
            json!({ "code": "email_verification_required", "message": "Verify the e-mail address.",
                    "pending_authentication_token": token, "email": "ada@example.com",
                    "email_verification_id": "email_verification_01K2", "user": user() }),
        ),
        (
            403,
            json!({ "code": "mfa_enrollment", "message": "Enrol a factor.", "pending_authentication_token": token, "user": user() }),
        ),
        (
            403,
            json!({ "code": "mfa_challenge", "message": "Pass a challenge.", "pending_authentication_token": token,
                    "user": user(), "authentication_factors": [factor(), { "id": "auth_factor_sparse" }] }),
        ),
        (
            403,
            json!({ "code": "organization_selection_required", "message": "Choose.",
                    "pending_authentication_token": token, "user": user(),
                    "organizations": [{ "id": "org_01K2A", "name": "Acme" }, { "id": "org_01K2B", "name": "Globex" }] }),
        ),
        (
            400,
            json!({ "error": "sso_required", "error_description": "Use SSO.", "pending_authentication_token": token,
                    "email": "ada@example.com", "connection_ids": ["conn_01K2"] }),
        ),
        (
            400,
            json!({ "error": "organization_authentication_methods_required", "error_description": "Restricted.",
                    "pending_authentication_token": token, "email": "ada@example.com",
                    "sso_connection_ids": ["conn_01K2"], "auth_methods": { "google_oauth": true, "password": false } }),
        ),
        (
            403,
            json!({ "code": "radar_challenge", "message": "Radar.", "pending_authentication_token": token, "user": user() }),
        ),
        (
            403,
            json!({ "code": "radar_sign_up_challenge", "message": "Radar.", "pending_authentication_token": token }),
        ),
        (
            403,
            json!({ "code": "radar_sms_sign_in_challenge", "message": "SMS.", "pending_authentication_token": token }),
        ),
        (
            403,
            json!({ "code": "passkey_progressive_enrollment", "message": "Passkey.", "pending_authentication_token": token, "user": user() }),
        ),
        (
            403,
            json!({ "code": "application_consent_required", "message": "Consent.", "pending_authentication_token": token, "user": user() }),
        ),
    ]
}

#[tokio::test]
async fn each_follow_up_step_parses_into_its_typed_form_with_the_token() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    for (status, body) in steps() {
        let code = body.get("code").or(body.get("error")).unwrap().as_str().unwrap().to_owned();
        server.inject("authenticate", Fault::status(status).body(body.to_string()).times(1));
        let error = workos.authkit().authenticate_with_code("code_1", None).await.unwrap_err();
        let kind = if status == 403 { ErrorKind::Forbidden } else { ErrorKind::BadRequest };
        assert_eq!(error.kind(), kind, "{code}");
        assert_eq!(error.attempts(), 1, "{code}: a follow-up is not retried");
        assert_eq!(error.as_api().unwrap().code(), Some(code.as_str()));
        let step = error.authentication_step().unwrap_or_else(|| panic!("{code} is not typed"));
        assert_eq!(step.code(), code);
        assert_eq!(step.pending_authentication_token().expose(), TOKEN);
        assert!(!format!("{error}").contains(TOKEN), "{code}: the token stays out of the message");
        assert!(!format!("{step:?}").contains(TOKEN), "{code}: the token stays out of Debug");
        assert!(!format!("{step:#?}").contains(TOKEN), "{code}: the token stays out of pretty Debug");
        // The exchange sent the API key as `client_secret` and the code as a secret too.
        assert_no_secret(&error, &[server.api_key(), TOKEN, "code_1"]);
        match step {
            AuthenticationStep::EmailVerificationRequired { email, email_verification_id, user, .. } => {
                assert_eq!(email.as_deref(), Some("ada@example.com"));
                assert_eq!(email_verification_id.as_deref(), Some("email_verification_01K2"));
                assert!(user.is_some());
            }
            AuthenticationStep::MfaChallenge { authentication_factors, .. } => {
                // A factor that does not parse is left out; the step itself still parses.
                assert_eq!(authentication_factors.len(), 1);
                assert_eq!(authentication_factors[0].id, "auth_factor_01K2");
            }
            AuthenticationStep::OrganizationSelectionRequired { organizations, .. } => {
                let ids: Vec<&str> = organizations.iter().map(|o| o.id.as_str()).collect();
                assert_eq!(ids, ["org_01K2A", "org_01K2B"]);
            }
            AuthenticationStep::SsoRequired { connection_ids, email, .. } => {
                assert_eq!(connection_ids, ["conn_01K2"]);
                assert_eq!(email.as_deref(), Some("ada@example.com"));
            }
            AuthenticationStep::OrganizationAuthenticationMethodsRequired {
                sso_connection_ids,
                auth_methods,
                ..
            } => {
                assert_eq!(sso_connection_ids, ["conn_01K2"]);
                assert_eq!(auth_methods.get("google_oauth"), Some(&true));
            }
            _ => {}
        }
    }

    // A code this version does not know is still a plain error, with its code and token.
    let unknown =
        json!({ "code": "brand_new_step", "message": "Later.", "pending_authentication_token": TOKEN });
    server.inject("authenticate", Fault::status(403).body(unknown.to_string()).times(1));
    let error = workos.authkit().authenticate_with_code("code_1", None).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Forbidden);
    assert_eq!(error.as_api().unwrap().code(), Some("brand_new_step"));
    assert!(error.authentication_step().is_none());
    assert_no_secret(&error, &[server.api_key(), TOKEN, "code_1"]);
    // A known code without its token is not a step one could continue.
    server.inject(
        "authenticate",
        Fault::status(403).body(r#"{"code":"mfa_challenge","message":"x"}"#).times(1),
    );
    let error = workos.authkit().authenticate_with_code("code_1", None).await.unwrap_err();
    assert!(error.authentication_step().is_none());
    assert_no_secret(&error, &[server.api_key(), "code_1"]);
}

fn device(interval: f64, expires_in: f64) -> DeviceAuthorization {
    let mut authorization = example::<DeviceAuthorization>();
    authorization.interval = Some(interval);
    authorization.expires_in = Some(expires_in);
    authorization.device_code = "device_code_01K2".into();
    authorization
}

fn oauth_error(error: &str) -> String {
    json!({ "error": error, "error_description": format!("The request failed due to: {error}.") }).to_string()
}

#[tokio::test]
async fn device_polling_waits_while_pending_slows_down_when_asked_and_signs_in() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    server.inject("authenticate", Fault::status(400).body(oauth_error("slow_down")).times(1));
    server.inject("authenticate", Fault::status(400).body(oauth_error("authorization_pending")).times(2));

    let started = Instant::now();
    let signed_in = workos.authkit().poll_device_authorization(&device(0.2, 60.0)).await.unwrap();
    assert!(signed_in.user.id.starts_with("user_"));

    let polls = server.requests_for("authenticate");
    assert_eq!(polls.len(), 4, "two pending, one slow down, then the tokens");
    for poll in &polls {
        let grant: Value = serde_json::from_slice(&poll.body).unwrap();
        assert_eq!(grant["grant_type"], "urn:ietf:params:oauth:grant-type:device_code");
        assert_eq!(grant["device_code"], "device_code_01K2");
        assert_eq!(grant["client_id"], "client_test_123");
    }
    let gaps: Vec<Duration> = polls.windows(2).map(|w| w[1].at - w[0].at).collect();
    assert!(polls[0].at - started >= Duration::from_millis(200), "the first poll waits one interval");
    for gap in &gaps[..2] {
        assert!(*gap >= Duration::from_millis(200) && *gap < Duration::from_secs(2), "{gaps:?}");
    }
    assert!(gaps[2] >= Duration::from_millis(5_200), "slow_down adds five seconds: {gaps:?}");
}

#[tokio::test]
async fn device_polling_stops_at_expiry_and_on_a_refusal() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    server.inject(
        "authenticate",
        Fault::status(400).body(oauth_error("authorization_pending")).times(usize::MAX),
    );
    let error = workos.authkit().poll_device_authorization(&device(0.1, 0.45)).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Timeout);
    assert_no_secret(&error, &[server.api_key(), "device_code_01K2"]);
    let polls = server.requests_for("authenticate").len();
    assert!((3..=4).contains(&polls), "polled until the code expired: {polls}");

    // The user refused, or the code expired at WorkOS: no more polling.
    for refusal in ["access_denied", "expired_token"] {
        server.clear_requests();
        server.inject("authenticate", Fault::status(400).body(oauth_error(refusal)).times(1));
        let error = workos.authkit().poll_device_authorization(&device(0.05, 60.0)).await.unwrap_err();
        assert_eq!(error.as_api().unwrap().code(), Some(refusal));
        assert_no_secret(&error, &[server.api_key(), "device_code_01K2"]);
        assert_eq!(server.requests_for("authenticate").len(), 1);
    }
}

/// The body of a recorded request, as JSON.
fn body_of(request: &workos_test_server::RecordedRequest) -> Value {
    serde_json::from_slice(&request.body).unwrap()
}

#[tokio::test]
async fn a_public_client_signs_in_with_pkce_and_never_sends_a_key() {
    let server = TestServer::start().await;
    let public = workos::Workos::builder().client_id("client_public").base_url(server.url()).build().unwrap();

    // The authorization URL carries the challenge; the exchange carries the verifier.
    let pkce = Pkce::new();
    let url = public.authkit_authorization_url("http://127.0.0.1/callback").unwrap().pkce(&pkce).build();
    assert!(
        url.contains(&format!("&code_challenge={}&code_challenge_method=S256", pkce.challenge())),
        "{url}"
    );
    let signed_in =
        public.authkit().authenticate_with_code("code_01K2", Some(pkce.verifier())).await.unwrap();
    assert!(signed_in.user.id.starts_with("user_"));
    let [exchange] = &server.requests_for("authenticate")[..] else { panic!("one code exchange") };
    assert_eq!(exchange.status, 200);
    assert_eq!(exchange.header("authorization"), None);
    let grant = body_of(exchange);
    assert_eq!(grant["grant_type"], "authorization_code");
    assert_eq!(grant["client_id"], "client_public");
    assert_eq!(grant["code"], "code_01K2");
    assert_eq!(grant["code_verifier"], pkce.verifier().expose());
    assert!(grant.get("client_secret").is_none(), "{grant}");

    // CLI Auth from the same client: start, then poll until the tokens come.
    server.clear_requests();
    let mut authorization =
        public.authkit().authorize_device(&AuthorizeDevice::new("client_public")).await.unwrap();
    authorization.interval = Some(0.05);
    public.authkit().poll_device_authorization(&authorization).await.unwrap();
    let [start] = &server.requests_for("authorize_device")[..] else { panic!("one device authorization") };
    let [poll] = &server.requests_for("authenticate")[..] else { panic!("one poll") };
    for request in [start, poll] {
        assert_eq!(request.status, 200, "{}", request.path);
        assert_eq!(request.header("authorization"), None, "{}", request.path);
        assert!(body_of(request).get("client_secret").is_none(), "{}", request.path);
    }
    assert_eq!(body_of(poll)["device_code"], authorization.device_code.expose());

    // An operation that needs a key is still sent, without one, and the API's 401 comes back.
    server.clear_requests();
    let error = public.organizations().get(&"org_01K2".into()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Unauthorized);
    let [refused] = &server.requests_for("get_organization")[..] else { panic!("one request") };
    assert_eq!(refused.header("authorization"), None);
    assert_eq!(refused.status, 401);
}

#[tokio::test]
async fn a_confidential_client_sends_its_key_as_client_secret_not_as_a_header() {
    // The other side of the test above: with an API key the code exchange carries it, in the
    // body, so the public client's missing `client_secret` is not an accident of the server.
    let server = TestServer::start().await;
    client_for(&server).authkit().authenticate_with_code("code_01K2", None).await.unwrap();
    let [exchange] = &server.requests_for("authenticate")[..] else { panic!("one code exchange") };
    assert_eq!(exchange.header("authorization"), None);
    assert_eq!(body_of(exchange)["client_secret"], server.api_key());
    assert!(body_of(exchange).get("code_verifier").is_none());
}

#[tokio::test]
async fn an_audit_log_event_is_retried_with_the_same_idempotency_key() {
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    let event = example::<CreateAuditLogEvent>();

    server.inject("create_audit_log_event", Fault::status(500).times(2));
    workos.audit_logs().create_event(&event, None).await.unwrap();
    let sent = server.requests_for("create_audit_log_event");
    assert_eq!(sent.len(), 3, "a 500 on an idempotent POST is retried");
    let keys: Vec<&str> = sent.iter().map(|r| r.header("idempotency-key").unwrap()).collect();
    assert!(!keys[0].is_empty());
    assert!(keys.iter().all(|k| *k == keys[0]), "one key for every attempt: {keys:?}");
    assert_eq!(sent[0].body, sent[2].body);

    // The next call is another event: another key. A caller's own key is sent as given.
    server.clear_requests();
    workos.audit_logs().create_event(&event, None).await.unwrap();
    workos.audit_logs().create_event(&event, Some("order-42-shipped")).await.unwrap();
    let sent = server.requests_for("create_audit_log_event");
    assert_ne!(sent[0].header("idempotency-key"), Some(keys[0]));
    assert_eq!(sent[1].header("idempotency-key"), Some("order-42-shipped"));

    // A timeout is retried too, since the key makes a repeat harmless.
    server.clear_requests();
    server.inject("create_audit_log_event", Fault::delay(Duration::from_millis(500)).times(1));
    workos
        .with_attempt_timeout(Duration::from_millis(150))
        .audit_logs()
        .create_event(&event, None)
        .await
        .unwrap();
    let sent = server.requests_for("create_audit_log_event");
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0].header("idempotency-key"), sent[1].header("idempotency-key"));
}

#[tokio::test]
async fn a_caller_supplied_idempotency_key_is_kept_across_retries() {
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    let event = example::<CreateAuditLogEvent>();

    // A fresh key on a retry would let the API apply the event twice.
    server.inject("create_audit_log_event", Fault::status(500).times(2));
    workos.audit_logs().create_event(&event, Some("order-42-shipped")).await.unwrap();
    let sent = server.requests_for("create_audit_log_event");
    let statuses: Vec<u16> = sent.iter().map(|r| r.status).collect();
    // The success is the spec's: 201, as WorkOS answers it.
    assert_eq!(statuses, [500, 500, 201], "two failures retried, then the success");
    let keys: Vec<Option<&str>> = sent.iter().map(|r| r.header("idempotency-key")).collect();
    assert_eq!(keys, [Some("order-42-shipped"); 3]);
    assert!(sent.iter().all(|r| r.body == sent[0].body), "every attempt sends the same event");
}

#[tokio::test]
async fn a_token_exchange_sends_its_grant_as_json_with_the_client_credentials() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let subject = workos::Secret::new("external_token_abc");
    let answer = workos
        .sso()
        .exchange_token(&subject, workos::ACCESS_TOKEN_TYPE, Some(&"org_123".into()))
        .await
        .expect("the local server accepts the exchange as the spec describes it");
    assert!(!answer.access_token.expose().is_empty());

    let sent = &server.requests_for("get_sso_profile_and_token")[0];
    assert!(sent.header("content-type").unwrap().starts_with("application/json"));
    let body: serde_json::Value = serde_json::from_slice(&sent.body).unwrap();
    assert_eq!(body["grant_type"], "urn:ietf:params:oauth:grant-type:token-exchange");
    assert_eq!(body["subject_token"], "external_token_abc");
    assert_eq!(body["subject_token_type"], "urn:ietf:params:oauth:token-type:access_token");
    assert_eq!(body["organization_id"], "org_123");
    assert_eq!(body["client_id"], "client_test_123");
    assert_eq!(body["client_secret"], server.api_key());
    assert!(body.get("code").is_none(), "no code in a token exchange: {body}");

    // Without a client id there is nothing to exchange with: refused before sending.
    let keyless = workos::Workos::builder().api_key(server.api_key()).base_url(server.url()).build().unwrap();
    let error = keyless.sso().exchange_token(&subject, workos::ACCESS_TOKEN_TYPE, None).await.unwrap_err();
    assert_eq!(error.kind(), workos::ErrorKind::Config);
    assert_eq!(server.requests_for("get_sso_profile_and_token").len(), 1);
}

/// WorkOS's docs and SDKs list AuthKit's calls under User Management: `user_management()`
/// offers them too, and each sends what the `authkit()` call sends.
#[tokio::test]
async fn user_management_offers_authkits_calls_where_workos_lists_them() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let signed_in = workos.user_management().authenticate_with_code("code_01K2", None).await.unwrap();
    assert!(signed_in.user.id.has_documented_prefix(), "{}", signed_in.user.id);
    let [exchange] = &server.requests_for("authenticate")[..] else { panic!("one code exchange") };
    assert_eq!(body_of(exchange)["grant_type"], "authorization_code");
    assert_eq!(body_of(exchange)["code"], "code_01K2");

    let id = workos::types::MagicAuthId::new("magic_auth_01K2");
    let through_alias = workos.user_management().get_magic_auth(&id).await.unwrap();
    let canonical = workos.authkit().get_magic_auth(&id).await.unwrap();
    assert_eq!(through_alias.id, canonical.id);
    let sent = server.requests_for("get_magic_auth");
    assert_eq!(sent.len(), 2);
    assert_eq!(sent[0].path, sent[1].path);
    assert_eq!(sent[0].path, "/user_management/magic_auth/magic_auth_01K2");

    assert_eq!(workos.user_management().jwks_url("client_1"), workos.authkit().jwks_url("client_1"));
}
