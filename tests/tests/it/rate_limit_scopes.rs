//! What a `429` holds, over a real socket: the calls of the limit it is about and no others,
//! only while the call that met it waits, and a call the pause would hold past its deadline
//! is told so at once.

// The flat directory-user list is the one WorkOS limits per directory (the scoped routes are
// not limited that way), so it is the one these tests pace.
#![allow(deprecated)]

use std::time::{Duration, Instant};

use workos::ErrorKind;
use workos::types::{CreateUser, ListDirectoryUsersParams};
use workos_test_server::{Fault, RecordedRequest, TestServer};

use crate::support::{client_for, rate_limited};

/// How long the server asks to wait in these tests: long enough that a call it held cannot
/// pass for one it did not.
const RETRY_AFTER: Duration = Duration::from_secs(2);

/// The requests for `operation` that arrived after the `429`, with how long after it.
fn after(
    server: &TestServer,
    operation: &str,
    limited: &RecordedRequest,
) -> Vec<(RecordedRequest, Duration)> {
    server
        .requests_for(operation)
        .into_iter()
        .filter(|r| r.at > limited.at)
        .map(|r| {
            let delay = r.at.duration_since(limited.at);
            (r, delay)
        })
        .collect()
}

fn users_of(directory: &str) -> ListDirectoryUsersParams {
    ListDirectoryUsersParams::default().directory(directory)
}

#[tokio::test]
async fn a_429_on_one_directory_holds_that_directory_only() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    server.inject("list_directory_users", Fault::status(429).header("Retry-After", "2"));
    let waiting = workos.clone();
    let (directory_a, limited) = rate_limited(&server, "list_directory_users", async move {
        waiting.directory_sync().list_users(users_of("directory_a")).await
    })
    .await;
    assert_eq!(limited.query_param("directory"), Some("directory_a"));

    // Another directory's users and organizations, while directory A waits out its 429.
    for _ in 0..3 {
        let (users, organizations, organization) = tokio::join!(
            async { workos.directory_sync().list_users(users_of("directory_b")).await },
            async { workos.organizations().list(Default::default()).await },
            async { workos.organizations().get(&"org_1".into()).await },
        );
        users.unwrap();
        organizations.unwrap();
        organization.unwrap();
    }
    assert!(!directory_a.is_finished(), "directory A is still waiting");
    let others = [
        after(&server, "list_directory_users", &limited),
        after(&server, "list_organizations", &limited),
        after(&server, "get_organization", &limited),
    ]
    .concat();
    assert_eq!(others.len(), 9, "{others:?}");
    for (request, delay) in &others {
        if request.operation.as_deref() == Some("list_directory_users") {
            assert_eq!(request.query_param("directory"), Some("directory_b"));
        }
        assert!(*delay < RETRY_AFTER / 2, "{:?} was held {delay:?}", request.operation);
    }

    // Directory A itself was held for the whole `Retry-After`, then went on.
    directory_a.await.unwrap().unwrap();
    let retried: Vec<_> = after(&server, "list_directory_users", &limited)
        .into_iter()
        .filter(|(r, _)| r.query_param("directory") == Some("directory_a"))
        .collect();
    let [(retry, delay)] = &retried[..] else { panic!("one retry of directory A: {retried:?}") };
    assert_eq!(retry.status, 200);
    assert!(*delay >= RETRY_AFTER - Duration::from_millis(50), "{delay:?}");
}

#[tokio::test]
async fn a_429_on_a_sign_in_holds_no_other_call() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    server.inject("authenticate", Fault::status(429).header("Retry-After", "2"));
    let waiting = workos.clone();
    let (sign_in, limited) = rate_limited(&server, "authenticate", async move {
        waiting.authkit().authenticate_with_code("code_first", None).await
    })
    .await;

    // Another sign-in, an AuthKit write, an AuthKit read and an organization go on.
    let someone = CreateUser::new("someone@example.com");
    let (other_sign_in, created, fetched, organization) = tokio::join!(
        async { workos.authkit().authenticate_with_code("code_second", None).await },
        async { workos.user_management().create_user(&someone).await },
        async { workos.user_management().get_user(&"user_1".into()).await },
        async { workos.organizations().get(&"org_1".into()).await },
    );
    other_sign_in.unwrap();
    created.unwrap();
    fetched.unwrap();
    organization.unwrap();
    assert!(!sign_in.is_finished(), "the rate-limited sign-in is still waiting");
    let others = [
        after(&server, "authenticate", &limited),
        after(&server, "create_user", &limited),
        after(&server, "get_user", &limited),
        after(&server, "get_organization", &limited),
    ]
    .concat();
    assert_eq!(others.len(), 4, "{others:?}");
    for (request, delay) in &others {
        assert!(*delay < RETRY_AFTER / 2, "{:?} was held {delay:?}", request.operation);
    }

    sign_in.await.unwrap().unwrap();
    assert_eq!(server.requests_for("authenticate").len(), 3, "the first sign-in retried once");
}

#[tokio::test]
async fn a_call_the_pause_holds_past_its_deadline_fails_as_rate_limited_at_once() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    server.inject("list_directory_users", Fault::status(429).header("Retry-After", "2"));
    let waiting = workos.clone();
    let (first, _) = rate_limited(&server, "list_directory_users", async move {
        waiting.directory_sync().list_users(users_of("directory_a")).await
    })
    .await;

    let started = Instant::now();
    let short = workos.with_timeout(Duration::from_millis(800));
    let error = short.directory_sync().list_users(users_of("directory_a")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::RateLimited, "{error:?}");
    assert_eq!(error.attempts(), 0, "never sent");
    assert_eq!(error.status(), None, "no answer of its own");
    let left = error.retry_after().expect("how long the pause lasts");
    assert!(left > RETRY_AFTER / 2 && left <= RETRY_AFTER, "{left:?}");
    assert!(started.elapsed() < Duration::from_millis(800), "not left to time out");
    assert!(error.to_string().contains("429"), "{error}");
    assert_eq!(server.requests_for("list_directory_users").len(), 1, "nothing more was sent");

    // The call that met the 429 waited it out and went on.
    first.await.unwrap().unwrap();
    assert_eq!(server.requests_for("list_directory_users").len(), 2);
}

#[tokio::test]
async fn a_call_that_cannot_wait_holds_no_one() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    server.inject("get_organization", Fault::status(429).header("Retry-After", "2"));
    // A deadline shorter than `Retry-After`: the call gives up at once, with the 429.
    let error =
        workos.with_timeout(Duration::from_secs(1)).organizations().get(&"org_1".into()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::RateLimited);
    assert_eq!(error.attempts(), 1);
    assert_eq!(error.retry_after(), Some(RETRY_AFTER));
    assert_eq!(error.as_api().unwrap().retry_after(), Some(RETRY_AFTER));

    // Having waited for nothing, it set no pause: the next call is sent, and answered.
    let quick = workos.with_timeout(Duration::from_millis(800));
    quick.organizations().get(&"org_1".into()).await.unwrap();
    quick.organizations().list(Default::default()).await.unwrap();
    assert_eq!(server.requests_for("get_organization").len(), 2);
}
