//! A client a production service can trust: retries, rate limits, timeouts, errors and
//! secrets, proven against the local server with injected faults.

use std::time::{Duration, Instant};

use futures::TryStreamExt;
use workos::types::{CreateOrganization, ListDirectoryUsersParams};
use workos::{ErrorKind, RetryPolicy, Workos};
use workos_test_server::{Fault, TestServer};

use crate::support::{assert_no_secret, client_for, quick_client};

#[tokio::test]
async fn a_429_with_retry_after_in_seconds_waits_then_succeeds() {
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    server.inject("get_organization", Fault::status(429).header("Retry-After", "1"));
    let started = Instant::now();
    workos.organizations().get(&"org_1".into()).await.unwrap();
    let waited = started.elapsed();
    assert!(waited >= Duration::from_millis(950) && waited < Duration::from_secs(3), "{waited:?}");
    assert_eq!(server.requests_for("get_organization").len(), 2);
}

#[tokio::test]
async fn a_429_with_retry_after_as_a_date_waits_until_then() {
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    let at = httpdate::fmt_http_date(std::time::SystemTime::now() + Duration::from_secs(2));
    server.inject("get_organization", Fault::status(429).header("Retry-After", &at));
    let started = Instant::now();
    workos.organizations().get(&"org_1".into()).await.unwrap();
    let waited = started.elapsed();
    // An HTTP date has whole seconds: the wait is between one and two seconds.
    assert!(waited >= Duration::from_millis(900) && waited < Duration::from_millis(2900), "{waited:?}");
}

#[tokio::test]
async fn a_retry_after_longer_than_max_retry_after_gives_up_at_once() {
    let server = TestServer::start().await;
    let policy = RetryPolicy::default().max_retry_after(Duration::from_millis(300));
    let workos = quick_client(&server).with_retry_policy(policy);
    server.inject("get_organization", Fault::status(429).header("Retry-After", "2"));
    let error = workos.organizations().get(&"org_1".into()).await.unwrap_err();
    // Retrying after 300 ms would only meet the same limit: the 429 is the answer.
    assert_eq!(error.kind(), ErrorKind::RateLimited);
    assert_eq!(error.attempts(), 1);
    assert_eq!(error.retry_after(), Some(Duration::from_secs(2)), "what the server asked");
    assert_eq!(server.requests_for("get_organization").len(), 1);
}

#[tokio::test]
async fn transient_failures_of_a_get_are_retried() {
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    server.inject("get_organization", Fault::status(503).times(2));
    let organization = workos.organizations().get(&"org_1".into()).await.unwrap();
    assert_eq!(organization.id, "org_1");
    let statuses: Vec<u16> = server.requests_for("get_organization").iter().map(|r| r.status).collect();
    assert_eq!(statuses, [503, 503, 200]);
}

#[tokio::test]
async fn a_persistent_failure_ends_with_the_last_error_and_the_attempt_count() {
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    // The latest injection answers first, so the faults go in from the last attempt back;
    // the one below them all would only answer a fifth attempt, which must not happen.
    server.inject(
        "get_organization",
        Fault::status(500).body(attempt_body("beyond the limit")).times(usize::MAX),
    );
    for attempt in (1..=4).rev() {
        server
            .inject("get_organization", Fault::status(500).body(attempt_body(&format!("attempt {attempt}"))));
    }
    let error = workos.organizations().get(&"org_1".into()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server);
    assert_eq!(error.status(), Some(500));
    assert_eq!(error.as_api().unwrap().message(), Some("attempt 4"), "the last answer is the one returned");
    assert!(error.to_string().contains("attempt 4"), "{error}");
    assert_eq!(error.attempts(), 4, "one attempt and three retries");
    let statuses: Vec<u16> = server.requests_for("get_organization").iter().map(|r| r.status).collect();
    assert_eq!(statuses, [500, 500, 500, 500]);
    assert_no_secret(&error, &[server.api_key()]);
}

/// A 500 body that says which attempt it answered.
fn attempt_body(message: &str) -> String {
    serde_json::json!({ "code": "injected_fault", "message": message }).to_string()
}

#[tokio::test]
async fn a_create_that_times_out_is_not_retried() {
    let server = TestServer::start().await;
    let workos = quick_client(&server).with_attempt_timeout(Duration::from_millis(150));
    server.inject("create_organization", Fault::delay(Duration::from_millis(600)).times(usize::MAX));
    let error = workos.organizations().create(&CreateOrganization::new("Slow")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Timeout);
    assert_eq!(error.attempts(), 1);
    assert_no_secret(&error, &[server.api_key()]);
    tokio::time::sleep(Duration::from_millis(700)).await;
    assert_eq!(
        server.requests_for("create_organization").len(),
        1,
        "a POST that may have been applied is not sent again"
    );

    // The same fault on a read is retried.
    server.inject("get_organization", Fault::delay(Duration::from_millis(600)).times(2));
    workos.organizations().get(&"org_1".into()).await.unwrap();
    assert_eq!(server.requests_for("get_organization").len(), 3);
}

#[tokio::test]
async fn a_post_is_retried_when_it_was_certainly_not_sent() {
    // A port with nothing listening: the connection is refused before anything is sent.
    let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", closed.local_addr().unwrap());
    drop(closed);
    let workos = Workos::builder()
        .api_key("sk_test_closed")
        .base_url(url)
        .retry_policy(
            RetryPolicy::default()
                .initial_backoff(Duration::from_millis(5))
                .max_backoff(Duration::from_millis(10)),
        )
        .build()
        .unwrap();
    let error = workos.organizations().create(&CreateOrganization::new("Nobody")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Connection);
    assert_eq!(error.attempts(), 4);
    // The cause is the HTTP stack's own error, worded by reqwest: the check below must reach it.
    assert!(std::error::Error::source(&error).is_some(), "{error:?}");
    assert_no_secret(&error, &["sk_test_closed"]);
}

#[tokio::test]
async fn client_errors_are_never_retried_and_map_to_their_kinds() {
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    let cases = [
        (400, ErrorKind::BadRequest),
        (401, ErrorKind::Unauthorized),
        (403, ErrorKind::Forbidden),
        (404, ErrorKind::NotFound),
        (409, ErrorKind::Conflict),
        (422, ErrorKind::Unprocessable),
    ];
    for (status, kind) in cases {
        server.clear_requests();
        server.inject("get_organization", Fault::status(status));
        let error = workos.organizations().get(&"org_1".into()).await.unwrap_err();
        assert_eq!(error.kind(), kind, "{status}");
        assert_eq!(error.status(), Some(status));
        assert_eq!(error.attempts(), 1);
        assert_eq!(server.requests_for("get_organization").len(), 1, "{status} was retried");
        assert_no_secret(&error, &[server.api_key()]);
    }
}

#[tokio::test]
async fn a_422_exposes_its_field_errors() {
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    let body = r#"{"code":"invalid_request_parameters","message":"Validation failed","errors":[
        {"field":"name","code":"required","message":"name is required"},
        {"field":"domains[0]","code":"invalid","message":"not a domain"}]}"#;
    server.inject("create_organization", Fault::status(422).body(body));
    let error = workos.organizations().create(&CreateOrganization::new("x")).await.unwrap_err();
    let api = error.as_api().unwrap();
    let fields: Vec<_> = api.field_errors().iter().map(|e| (e.field.as_deref(), e.code.as_deref())).collect();
    assert_eq!(fields, [(Some("name"), Some("required")), (Some("domains[0]"), Some("invalid"))]);
    assert_eq!(api.message(), Some("Validation failed"));
    assert_no_secret(&error, &[server.api_key()]);
}

#[tokio::test]
async fn broken_answers_give_the_right_kind_and_no_panic() {
    let server = TestServer::start().await;
    let workos = quick_client(&server).with_retry_policy(RetryPolicy::none());

    server.inject(
        "get_organization",
        Fault::drop_mid_body().body(r#"{"object":"organization","id":"org_1","name":"Half"}"#),
    );
    let error = workos.organizations().get(&"org_1".into()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Connection, "{error:?}");
    assert_no_secret(&error, &[server.api_key()]);

    server.inject("get_organization", Fault::drop_connection());
    let error = workos.organizations().get(&"org_1".into()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Connection, "{error:?}");
    assert_no_secret(&error, &[server.api_key()]);

    server.inject("get_organization", Fault::status(200).body("{\"object\": \"organization\", \"id\": "));
    let error = workos.organizations().get(&"org_1".into()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert_no_secret(&error, &[server.api_key()]);

    let html =
        "<html><head><title>502 Bad Gateway</title></head><body><h1>502 Bad Gateway</h1></body></html>";
    server.inject("get_organization", Fault::status(502).body(html).header("content-type", "text/html"));
    let error = workos.organizations().get(&"org_1".into()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server);
    assert_eq!(error.status(), Some(502));
    assert_eq!(error.as_api().unwrap().code(), None);
    assert_eq!(error.as_api().unwrap().body(), html.as_bytes());
    assert_no_secret(&error, &[server.api_key()]);

    server.inject("get_organization", Fault::status(200).body(""));
    let error = workos.organizations().get(&"org_1".into()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert_no_secret(&error, &[server.api_key()]);

    let huge = "x".repeat(10 * 1024 * 1024);
    server.inject("get_organization", Fault::status(200).body(huge));
    let error = workos.organizations().get(&"org_1".into()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert_no_secret(&error, &[server.api_key()]);
    let snippet = error.as_decode().unwrap().snippet();
    assert!(snippet.len() < 200, "the excerpt stays short: {} bytes", snippet.len());
    assert!(error.to_string().len() < 200);
}

#[tokio::test]
// The published per-directory limit is the flat list's, which WorkOS deprecated.
#[allow(deprecated)]
async fn walking_a_directory_keeps_to_four_requests_per_second() {
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    server.seed("list_directory_users", 50);
    let params = ListDirectoryUsersParams::default().directory("directory_1").limit(1);
    let users: Vec<_> = workos.directory_sync().list_users(params).items().try_collect().await.unwrap();
    assert_eq!(users.len(), 50);

    let times: Vec<Instant> = server.requests_for("list_directory_users").iter().map(|r| r.at).collect();
    assert_eq!(times.len(), 50);
    for (i, start) in times.iter().enumerate() {
        let in_second = times
            .iter()
            .filter(|t| **t >= *start && t.duration_since(*start) < Duration::from_secs(1))
            .count();
        assert!(in_second <= 4, "{in_second} requests within a second of request {i}");
    }
}

#[tokio::test]
async fn secrets_never_show_and_unsafe_input_is_refused() {
    let server = TestServer::start().await;
    let key = "sk_test_local_server";
    let workos = quick_client(&server);
    let debug = format!("{workos:?}");
    assert!(!debug.contains(key), "{debug}");
    let builder = Workos::builder().api_key(key).client_id("client_1");
    assert!(!format!("{builder:?}").contains(key));

    server.inject("get_organization", Fault::status(500).times(usize::MAX));
    let error = workos.organizations().get(&"org_1".into()).await.unwrap_err();
    assert_no_secret(&error, &[key]);

    let refused = Workos::builder().api_key(key).base_url("http://api.example.com").build().unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::Config);
    assert_no_secret(&refused, &[key]);

    server.clear_requests();
    for id in ["..", ".", ""] {
        let error = workos.organizations().get(&id.into()).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{id:?}");
        assert_eq!(error.attempts(), 0, "{id:?}");
        assert_no_secret(&error, &[key]);
    }
    assert!(server.requests().is_empty(), "nothing is sent for a refused id");
}

#[tokio::test]
async fn an_id_reaches_the_server_percent_encoded_as_one_segment() {
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    // A `/` left as is would turn the id into two segments and name another path.
    workos.organizations().get(&"a/b c".into()).await.unwrap();
    let sent = server.requests_for("get_organization");
    assert_eq!(sent.len(), 1, "routed to the one-id operation: {:?}", server.requests());
    assert_eq!(sent[0].path, "/organizations/a%2Fb%20c");
}

#[tokio::test]
async fn with_default_settings_an_hour_long_retry_after_gives_up_at_once() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    server.inject("get_organization", Fault::status(429).header("Retry-After", "3600"));
    let started = Instant::now();
    let error = workos.organizations().get(&"org_1".into()).await.unwrap_err();
    // An hour is longer than `max_retry_after` (60 s), and than the whole 60 s deadline of
    // the call: waiting could only end in a timeout, so the 429 is returned straight away.
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
    assert_eq!(error.kind(), ErrorKind::RateLimited);
    assert_eq!(error.status(), Some(429));
    assert_eq!(error.attempts(), 1);
    let api = error.as_api().unwrap();
    assert_eq!(api.retry_after(), Some(Duration::from_secs(3600)), "what the server asked, not the cap");
    assert_eq!(server.requests_for("get_organization").len(), 1);
    assert_no_secret(&error, &[server.api_key()]);

    // The call gave up rather than wait, so it holds no other call: a later one is sent.
    server.clear_requests();
    workos.with_timeout(Duration::from_millis(200)).organizations().get(&"org_1".into()).await.unwrap();
    assert_eq!(server.requests_for("get_organization").len(), 1);
}
