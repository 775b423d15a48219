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

/// The child half of [`an_applications_own_reqwest_client_works`]: in a process where nothing
/// installed a rustls provider, builds a client the SDK's way and then a plain
/// `workos::reqwest::Client`, which panicked ("No rustls crypto provider is configured") while
/// only the SDK's own client had *ring*.
#[tokio::test]
#[ignore = "run by an_applications_own_reqwest_client_works, in a process of its own"]
async fn own_reqwest_client_child() {
    let url = std::env::var("WORKOS_OWN_CLIENT_TEST_URL").expect("run by its parent test");
    let early = std::env::var_os("WORKOS_OWN_CLIENT_TEST_EARLY").is_some();
    if early {
        // Before any `Workos` exists.
        workos::install_tls_provider();
    } else {
        let workos =
            workos::Workos::builder().api_key("sk_test_local_server").base_url(&url).build().unwrap();
        workos.organizations().get(&"org_1".into()).await.unwrap();
    }
    let http = reqwest::Client::new();
    let answer = http.get(format!("{url}/organizations/org_1")).bearer_auth("sk_test_local_server").send();
    let organization: serde_json::Value =
        answer.await.unwrap().error_for_status().unwrap().json().await.unwrap();
    assert_eq!(organization["id"], "org_1");
    // An https client builds too (its TLS set up with the same provider).
    reqwest::Client::builder().https_only(true).build().unwrap();
}

#[tokio::test]
async fn an_applications_own_reqwest_client_works() {
    let server = TestServer::start().await;
    for early in [false, true] {
        let mut child = std::process::Command::new(std::env::current_exe().unwrap());
        child
            .args(["http_client::own_reqwest_client_child", "--exact", "--ignored", "--quiet"])
            .env("WORKOS_OWN_CLIENT_TEST_URL", server.url())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::piped());
        if early {
            child.env("WORKOS_OWN_CLIENT_TEST_EARLY", "1");
        }
        let output = tokio::task::spawn_blocking(move || child.output()).await.unwrap().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "the child's own client failed (early: {early}): {stderr}");
    }
    // The child's plain reqwest GETs, besides the SDK's own call.
    assert_eq!(server.requests_for("get_organization").len(), 3);
}
