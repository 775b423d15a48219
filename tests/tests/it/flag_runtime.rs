//! The feature-flag runtime client against the local server: it polls the runtime payload,
//! evaluates from the last good one while the endpoint fails, falls back to the caller's
//! default before any payload, stops after a `401`, and stops polling when dropped.

use std::time::{Duration, Instant};

use serde_json::{Value, json};
use workos::ErrorKind;
use workos::feature_flags::{EvaluationContext, RuntimeClient, RuntimeOptions};
use workos_test_server::{Fault, TestServer};

use crate::support::client_for;

const OPERATION: &str = "get_feature_flags_runtime_payload";
const INTERVAL: Duration = Duration::from_secs(1);

/// A payload with one flag, `beta`, on for `org_1` alone, and `everyone` set to `everyone`.
fn payload(everyone: bool) -> Value {
    json!({ "version": 2, "flags": {
        "beta": { "slug": "beta", "enabled": true, "default_value": false, "off_value": false, "rules": [
            { "id": "rule_1", "kind": "conditions", "value": true,
              "conditions": [{ "operator": "one_of", "target_type": "organization", "values": ["org_1"] }] },
        ] },
        "everyone": { "slug": "everyone", "enabled": true, "default_value": everyone, "off_value": false, "rules": [] },
    } })
}

fn serve(server: &TestServer, payload: &Value) {
    server.inject(OPERATION, Fault::status(200).body(payload.to_string()).times(usize::MAX));
}

fn start(server: &TestServer) -> RuntimeClient {
    client_for(server)
        .feature_flags()
        .runtime_client_with(RuntimeOptions::default().poll_interval(INTERVAL))
        .unwrap()
}

/// Waits, up to ten seconds, until `done` holds; fails the test otherwise.
async fn eventually(what: &str, mut done: impl FnMut() -> bool) {
    let deadline = Instant::now() + Duration::from_secs(10);
    while !done() {
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

fn answered(server: &TestServer, status: u16) -> usize {
    server.requests_for(OPERATION).iter().filter(|r| r.status == status).count()
}

#[tokio::test]
async fn the_last_payload_serves_while_the_endpoint_fails_and_a_new_one_replaces_it() {
    let server = TestServer::start().await;
    serve(&server, &payload(false));
    let flags = start(&server);
    flags.wait_until_ready(Duration::from_secs(5)).await.unwrap();
    let (member, outsider) =
        (EvaluationContext::new().organization("org_1"), EvaluationContext::new().organization("org_2"));
    assert!(flags.is_enabled("beta", &member, false));
    assert!(!flags.is_enabled("beta", &outsider, true));
    let fetched = flags.fetched_at().expect("fetched");

    // The poll asks for payload version 2, with the key.
    let request = &server.requests_for(OPERATION)[0];
    assert_eq!(request.query_param("payload_version"), Some("2"));
    assert_eq!(request.headers["authorization"], format!("Bearer {}", server.api_key()));

    // The endpoint fails: the flags still answer from the payload fetched before.
    server.inject(OPERATION, Fault::status(500).times(usize::MAX));
    eventually("two polls failed", || answered(&server, 500) >= 2).await;
    assert!(flags.is_enabled("beta", &member, false));
    assert!(!flags.is_enabled("everyone", &outsider, true));
    assert_eq!(flags.fetched_at(), Some(fetched), "no payload since");
    let stats = flags.stats();
    assert!(stats.failed_polls >= 2, "{stats:?}");
    assert!(stats.last_error.is_some(), "{stats:?}");

    // A payload the SDK cannot read is a failure too, and does not replace the good one.
    serve(&server, &json!({ "version": 3, "flags": {} }));
    let before = flags.stats().failed_polls;
    eventually("an unreadable payload was polled", || flags.stats().failed_polls > before).await;
    assert!(flags.is_enabled("beta", &member, false));

    // The endpoint is back with another payload: it replaces the old one.
    serve(&server, &payload(true));
    eventually("a new payload arrived", || flags.fetched_at() != Some(fetched)).await;
    assert!(flags.is_enabled("everyone", &outsider, false));
    assert_eq!(flags.all_flags(&member), [("beta".to_owned(), true), ("everyone".to_owned(), true)].into());
}

#[tokio::test]
async fn the_poll_stops_when_the_last_clone_is_dropped() {
    let server = TestServer::start().await;
    serve(&server, &payload(true));
    let flags = start(&server);
    flags.wait_until_ready(Duration::from_secs(5)).await.unwrap();

    // A clone keeps the poll going after the original is dropped.
    let clone = flags.clone();
    drop(flags);
    let polled = server.requests_for(OPERATION).len();
    eventually("the clone's poll went on", || server.requests_for(OPERATION).len() > polled).await;
    assert!(clone.is_enabled("everyone", &EvaluationContext::new(), false));

    drop(clone);
    // Any poll in flight finishes first; after that, nothing for well over two intervals.
    tokio::time::sleep(Duration::from_millis(200)).await;
    let after_drop = server.requests_for(OPERATION).len();
    tokio::time::sleep(INTERVAL * 3).await;
    assert_eq!(
        server.requests_for(OPERATION).len(),
        after_drop,
        "the poll went on after the client was dropped"
    );
}

#[tokio::test]
async fn before_any_payload_the_callers_default_answers() {
    let server = TestServer::start().await;
    server.inject(OPERATION, Fault::status(503).times(usize::MAX));
    let flags = start(&server);
    eventually("a poll failed", || answered(&server, 503) >= 1).await;
    let context = EvaluationContext::new().organization("org_1");
    assert!(flags.is_enabled("beta", &context, true));
    assert!(!flags.is_enabled("beta", &context, false));
    assert!(flags.all_flags(&context).is_empty());
    assert_eq!(flags.fetched_at(), None);
    let error = flags.wait_until_ready(Duration::from_millis(300)).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Timeout);
}

#[tokio::test]
async fn a_bootstrap_payload_serves_at_once_until_the_first_poll() {
    let server = TestServer::start().await;
    server.inject(OPERATION, Fault::status(500).times(usize::MAX));
    let bootstrap = serde_json::from_value(payload(true)).unwrap();
    let flags = client_for(&server)
        .feature_flags()
        .runtime_client_with(RuntimeOptions::default().poll_interval(INTERVAL).bootstrap(bootstrap))
        .unwrap();
    flags.wait_until_ready(Duration::from_millis(1)).await.unwrap();
    assert!(flags.is_enabled("everyone", &EvaluationContext::new(), false));
    assert_eq!(flags.fetched_at(), None, "a bootstrap payload was not fetched");
}

#[tokio::test]
async fn a_refused_key_stops_the_poll() {
    let server = TestServer::start().await;
    server.inject(OPERATION, Fault::status(401).times(usize::MAX));
    let flags = start(&server);
    let error = flags.wait_until_ready(Duration::from_secs(5)).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Unauthorized);
    assert_no_key(&error, &server);
    tokio::time::sleep(INTERVAL * 2).await;
    assert_eq!(server.requests_for(OPERATION).len(), 1, "polled again after a 401");
    assert!(flags.is_enabled("beta", &EvaluationContext::new(), true));
}

fn assert_no_key(error: &workos::Error, server: &TestServer) {
    crate::support::assert_no_secret(error, &[server.api_key()]);
}

#[test]
fn outside_a_tokio_runtime_the_client_is_refused() {
    let workos = workos::Workos::builder().api_key("sk_test_1234567890").build().unwrap();
    let error = workos.feature_flags().runtime_client().unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Config);
}
