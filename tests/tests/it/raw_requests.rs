//! The escape hatch (`Workos::get`, `post`, `request`) against the local server: the same key,
//! retries, deadlines and errors as a generated method, and a path a caller's value cannot
//! take elsewhere.

use std::time::Duration;

use serde_json::{Value, json};
use workos::ErrorKind;
use workos_test_server::{Fault, TestServer};

use crate::support::quick_client;

#[tokio::test]
async fn a_raw_get_goes_with_the_key_and_the_encoded_query() {
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    let organization: workos::types::Organization = workos.get("/organizations/org_01", &[]).await.unwrap();
    assert_eq!(organization.id, "org_01");

    let page: Value =
        workos.get("/organizations", &[("limit", "3"), ("after", "org_1&limit=100")]).await.unwrap();
    assert_eq!(page["data"].as_array().unwrap().len(), 3);
    let sent = server.requests_for("list_organizations");
    assert_eq!(sent[0].query_param("limit"), Some("3"));
    assert_eq!(sent[0].query_param("after"), Some("org_1&limit=100"), "a value cannot add a parameter");
    let authorization = sent[0].header("authorization").unwrap();
    assert_eq!(authorization, format!("Bearer {}", server.api_key()));
    assert!(sent[0].header("user-agent").unwrap().starts_with("workos-rust/"));
}

#[tokio::test]
async fn a_raw_read_is_retried_and_a_raw_write_is_not() {
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    server.inject("get_organization", Fault::status(503));
    let _: Value = workos.get("/organizations/org_1", &[]).await.unwrap();
    assert_eq!(server.requests_for("get_organization").len(), 2, "a read is retried");

    server.inject("create_organization", Fault::status(503));
    let error = workos.post::<Value>("/organizations", &json!({ "name": "Acme" })).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server);
    assert_eq!(error.attempts(), 1);
    assert_eq!(server.requests_for("create_organization").len(), 1, "a write is not repeated");
    assert!(error.request_id().is_some(), "{error}");

    // With a key the endpoint honours, a write is retried like a read, the key the same.
    let account = workos_test_server::example_json("AddApiKeyConnectedAccount").unwrap();
    server.inject("add_api_key_connected_account", Fault::drop_mid_body());
    let created: Value = workos
        .request(workos::reqwest::Method::POST, "/data-integrations/slack/api-key")
        .json(&account)
        .idempotency_key("raw-7")
        .send()
        .await
        .unwrap();
    let sent = server.requests_for("add_api_key_connected_account");
    assert_eq!(sent.len(), 2);
    assert!(sent.iter().all(|r| r.header("idempotency-key") == Some("raw-7")));
    let stored = server.created("/data-integrations/slack/api-key");
    assert_eq!(stored.len(), 1);
    assert_eq!(stored[0]["id"], created["id"]);
}

#[tokio::test]
async fn a_raw_request_fails_as_the_methods_do() {
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    let error = workos.get::<Value>("/organizations/org_missing", &[]).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::NotFound, "{error}");
    assert_eq!(error.operation(), Some("raw_request"));

    // The call's deadline holds, retries included.
    server.inject("get_organization", Fault::delay(Duration::from_secs(5)).times(usize::MAX));
    let quick = workos.with_timeout(Duration::from_millis(300));
    let error = quick.get::<Value>("/organizations/org_1", &[]).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Timeout, "{error}");

    // An answer that is not what the caller asked for is a decode error naming the field.
    let error = workos.get::<Vec<String>>("/organizations/org_2", &[]).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode, "{error}");

    // An empty answer reads as `()`.
    let () = workos.request(workos::reqwest::Method::DELETE, "/organizations/org_3").send().await.unwrap();
}

#[tokio::test]
async fn a_path_cannot_reach_another_host_endpoint_or_query() {
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    let hostile = "../user_management/users?limit=100";
    for path in [
        format!("/organizations/{hostile}"),
        "//evil.example/organizations".to_owned(),
        "@evil.example/organizations".to_owned(),
        "/organizations/%2e%2e/users".to_owned(),
        "/organizations?limit=1".to_owned(),
        "/organizations/org_1#x".to_owned(),
    ] {
        let error = workos.get::<Value>(&path, &[]).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{path}: {error}");
        assert!(!error.to_string().contains("evil"), "the path is not echoed: {error}");
    }
    assert!(server.requests().is_empty(), "nothing was sent");

    // Encoded, the same value stays one segment of the path asked for.
    let path = format!("/organizations/{}", workos::encode_path_segment(hostile));
    let error = workos.get::<Value>(&path, &[]).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidRequest, "`%2F` is refused too: {error}");
    let path = format!("/organizations/{}", workos::encode_path_segment("org 1"));
    let organization: Value = workos.get(&path, &[]).await.unwrap();
    assert_eq!(organization["id"], "org 1");
}
