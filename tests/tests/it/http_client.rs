//! A `reqwest::Client` handed in with `WorkosBuilder::http_client` carries every call, and
//! the SDK still adds what it owns (key, user agent, retries) on top of the client's own
//! settings.

use workos::reqwest;
use workos_test_server::{Fault, TestServer};

#[tokio::test]
async fn calls_go_through_the_client_handed_in() {
    let server = TestServer::start().await;
    let mut headers = reqwest::header::HeaderMap::new();
    headers.insert("x-through", reqwest::header::HeaderValue::from_static("my-client"));
    let http = workos::http_client_builder().unwrap().default_headers(headers).build().unwrap();
    let workos = workos::Workos::builder()
        .api_key(server.api_key())
        .base_url(server.url())
        .http_client(http)
        .build()
        .unwrap();
    assert!(format!("{workos:?}").contains("base_url"));

    server.inject("get_organization", Fault::status(503).times(1));
    let organization = workos.organizations().get(&"org_123".into()).await.unwrap();
    assert_eq!(organization.id, "org_123");

    let sent = server.requests_for("get_organization");
    assert_eq!(sent.len(), 2, "the SDK's retry still applies");
    for request in &sent {
        assert_eq!(request.headers.get("x-through").unwrap(), "my-client");
        let authorization = request.headers.get("authorization").unwrap().to_str().unwrap();
        assert_eq!(authorization, format!("Bearer {}", server.api_key()));
        let agent = request.headers.get("user-agent").unwrap().to_str().unwrap();
        assert!(agent.starts_with("workos-rust/"), "{agent}");
    }
}

#[tokio::test]
async fn without_a_client_of_its_own_the_sdk_builds_one() {
    let server = TestServer::start().await;
    let workos = workos::Workos::builder().api_key(server.api_key()).base_url(server.url()).build().unwrap();
    workos.organizations().get(&"org_123".into()).await.unwrap();
    let sent = server.requests_for("get_organization");
    assert!(sent[0].headers.get("x-through").is_none());
}

#[test]
fn the_builder_says_which_http_client_it_will_use() {
    let default = format!("{:?}", workos::Workos::builder().api_key("sk_test_1"));
    assert!(default.contains("rustls"), "{default}");
    let custom = format!(
        "{:?}",
        workos::Workos::builder()
            .api_key("sk_test_1")
            .http_client(workos::http_client_builder().unwrap().build().unwrap())
    );
    assert!(custom.contains("http_client: \"yours\""), "{custom}");
}
