//! A hostile or broken server, straight from a socket: answers that never end, bodies far
//! larger or deeper than any real one, secrets in bodies that do not decode, lists that never
//! move on. Each call ends in time, in bounded memory, with an error that shows no secret.

use std::time::Duration;

use futures::TryStreamExt;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use workos::types::ListOrganizationsParams;
use workos::{ErrorKind, RetryPolicy, Workos};
use workos_test_server::{Fault, TestServer};

use crate::support::{assert_no_secret, client_for};

/// Serves every connection with `answer`, after reading the request's head.
async fn raw_server<F, Fut>(answer: F) -> String
where
    F: Fn(TcpStream) -> Fut + Send + Sync + 'static,
    Fut: std::future::Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let answer = std::sync::Arc::new(answer);
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            let answer = answer.clone();
            tokio::spawn(async move {
                let mut head = Vec::new();
                let mut byte = [0u8; 1];
                while !head.ends_with(b"\r\n\r\n") && socket.read(&mut byte).await.is_ok_and(|n| n == 1) {
                    head.push(byte[0]);
                }
                answer(socket).await;
            });
        }
    });
    url
}

fn client(url: &str) -> workos::WorkosBuilder {
    Workos::builder().api_key("sk_test_hostile").base_url(url).retry_policy(RetryPolicy::none())
}

/// Fails the test rather than hanging it when a call does not end.
async fn bounded<T>(call: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(60), call).await.expect("the call never ended")
}

/// Writes `head`, then the body a byte every 50 ms, for ever (or until the client leaves).
async fn trickle(mut socket: TcpStream, head: &'static str) {
    let _ = socket.write_all(head.as_bytes()).await;
    while socket.write_all(b" ").await.is_ok() {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}

#[tokio::test]
async fn a_trickled_error_body_stays_inside_the_deadline() {
    let url = raw_server(|socket| {
        trickle(socket, "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 100000\r\n\r\n")
    })
    .await;
    // The total deadline, with retries.
    let workos = client(&url)
        .timeout(Duration::from_millis(800))
        .retry_policy(RetryPolicy::default())
        .build()
        .unwrap();
    let error = bounded(workos.organizations().get(&"org_1".into())).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Timeout, "{error:?}");

    // Each attempt's own deadline.
    let workos = client(&url).attempt_timeout(Duration::from_millis(300)).build().unwrap();
    let error = bounded(workos.organizations().get(&"org_1".into())).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Timeout, "{error:?}");
    assert_eq!(error.attempts(), 1);
}

#[tokio::test]
async fn a_trickled_success_body_stays_inside_the_deadline() {
    let url =
        raw_server(|socket| trickle(socket, "HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\n{")).await;
    let workos = client(&url).timeout(Duration::from_millis(500)).build().unwrap();
    let error = bounded(workos.organizations().get(&"org_1".into())).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Timeout, "{error:?}");
}

/// Sends `head`, then 64 KiB chunks of `filler` without end.
async fn endless(mut socket: TcpStream, head: &'static str, filler: u8) {
    let chunk = vec![filler; 64 * 1024];
    let _ = socket.write_all(head.as_bytes()).await;
    while socket.write_all(&chunk).await.is_ok() {}
}

#[tokio::test]
async fn an_endless_success_body_is_cut_at_the_limit() {
    let url =
        raw_server(|socket| endless(socket, "HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n[", b' ')).await;
    let workos = client(&url).max_response_size(1024 * 1024).build().unwrap();
    let error = bounded(workos.organizations().get(&"org_1".into())).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ResponseTooLarge, "{error:?}");
    assert!(error.to_string().contains("1048576"), "{error}");
    assert_eq!(error.attempts(), 1, "a body too large is not retried");

    // A declared length is no excuse either.
    let url = raw_server(|socket| {
        endless(socket, "HTTP/1.1 200 OK\r\nContent-Length: 1000000000000\r\n\r\n[", b' ')
    })
    .await;
    let workos = client(&url).max_response_size(100_000).build().unwrap();
    let error = bounded(workos.organizations().get(&"org_1".into())).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ResponseTooLarge, "{error:?}");
}

#[tokio::test]
async fn an_endless_error_body_keeps_only_its_beginning() {
    let url =
        raw_server(|socket| endless(socket, "HTTP/1.1 503 Busy\r\nConnection: close\r\n\r\n", b'x')).await;
    let workos = client(&url).build().unwrap();
    let error = bounded(workos.organizations().get(&"org_1".into())).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Server);
    let body = error.as_api().unwrap().body();
    assert!(!body.is_empty() && body.len() <= 64 * 1024, "{} bytes kept", body.len());
}

#[tokio::test]
async fn a_deeply_nested_body_gives_a_small_error() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    // An unknown field is skipped without serde's depth limit, so the failure comes at the
    // very end, ten megabytes and two million levels deep.
    let mut body = String::from(r#"{"id":"org_1","extra":"#);
    body.push_str(&r#"{"a":"#.repeat(2_000_000));
    server.inject("get_organization", Fault::status(200).body(body));
    let error = bounded(workos.organizations().get(&"org_1".into())).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    let decode = error.as_decode().unwrap();
    assert!(decode.path().starts_with("extra.a.a"), "{}", &decode.path()[..40]);
    assert!(decode.path().len() < 300, "the path is {} bytes", decode.path().len());
    assert!(decode.snippet().len() < 200, "the excerpt is {} bytes", decode.snippet().len());
    assert!(format!("{error:?}").len() < 2_000, "the error's Debug is {} bytes", format!("{error:?}").len());
}

#[tokio::test]
async fn decode_errors_never_show_a_string_value() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let secrets = ["sk_live_NEWKEY", "otpauth://totp/SECRETSEED", "https://invite.example/TOKENX"];
    let bodies = [
        // The string is the value that fails (serde quotes it in its message).
        r#"{"object":"organization","id":"org_1","name":"A","allow_profiles_outside_organization":"sk_live_NEWKEY"}"#,
        // Strings under innocent names, beside the failure.
        r#"{"object":"organization","id":"org_1","value":"sk_live_NEWKEY","uri":"otpauth://totp/SECRETSEED","name":7}"#,
        r#"{"id":"org_1","url":"https://invite.example/TOKENX","metadata":{"k":"otpauth://totp/SECRETSEED"},"name":[]}"#,
    ];
    for body in bodies {
        server.inject("get_organization", Fault::status(200).body(body));
        let error = workos.organizations().get(&"org_1".into()).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Decode, "{body}");
        assert_no_secret(&error, &secrets);
        assert_no_secret(&error, &[server.api_key()]);
    }
}

/// Whether `c` would break a log line or a terminal: a control, a bidirectional formatting
/// character, or a line or paragraph separator.
fn unprintable(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{61c}' | '\u{200e}' | '\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// An error message as a hostile server writes it: line breaks that forge a log line, terminal
/// escapes (`ESC`, the 8-bit `CSI`, a title change ended by `BEL`), `NUL`, a right-to-left
/// override and a line separator, then 60 KB of text. `Display` writes it escaped, as one line
/// of a few hundred bytes; the message itself stays whole on the error.
#[tokio::test]
async fn an_error_message_prints_as_one_short_line() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let forged = "Not found.\r\n2026-01-15T12:00:00Z INFO admin signed in\u{1b}[2J\u{1b}]0;owned\u{7}\0\u{9b}31m\u{202e}fdp.exe\u{2028}";
    let message = format!("{forged}{}", "A".repeat(60_000));
    let body = serde_json::json!({ "code": "entity_not_found", "message": message }).to_string();
    server.inject("get_organization", Fault::status(404).body(body.clone()));
    // The same text as an OAuth `error_description`.
    let oauth = serde_json::json!({ "error": "invalid_grant", "error_description": message }).to_string();
    server.inject("authenticate", Fault::status(400).body(oauth));

    let not_found = workos.organizations().get(&"org_1".into()).await.unwrap_err();
    assert_eq!(not_found.kind(), ErrorKind::NotFound);
    let refused = workos.authkit().authenticate_with_code("code_1", None).await.unwrap_err();
    assert_eq!(refused.kind(), ErrorKind::BadRequest);
    let escaped = r"Not found.\r\n2026-01-15T12:00:00Z INFO admin signed in\u{1b}[2J\u{1b}]0;owned\u{7}\0\u{9b}31m\u{202e}fdp.exe\u{2028}AAA";
    for (error, status) in [(&not_found, "not found (404"), (&refused, "bad request (400")] {
        let shown = error.to_string();
        let id = error.request_id().expect("the server's X-Request-ID");
        let status = format!("{status}, request {id})");
        assert!(shown.starts_with(&format!("{status}: {escaped}")), "{shown}");
        assert!(shown.ends_with(&format!("AAA... ({} bytes in all)", message.len())), "{shown}");
        assert!(shown.len() < 400, "Display wrote {} bytes", shown.len());
        assert!(!shown.chars().any(unprintable), "{shown:?}");
        assert_eq!(error.as_api().unwrap().message(), Some(message.as_str()), "the message as sent");
    }
    assert_eq!(not_found.as_api().unwrap().body(), body.as_bytes());
}

/// Object keys are the server's text too: one with a right-to-left override and a line
/// separator (both valid in JSON as they are) prints escaped in a decode error's `Display`.
#[tokio::test]
async fn a_decode_error_prints_its_path_as_one_line() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let body = "{\"object\":\"organization\",\"id\":\"org_1\",\"name\":\"A\",\"metadata\":{\"a\u{202e}b\u{2028}c\":7}}";
    server.inject("get_organization", Fault::status(200).body(body));
    let error = workos.organizations().get(&"org_1".into()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert_eq!(error.as_decode().unwrap().path(), "metadata.a\u{202e}b\u{2028}c", "the path as sent");
    let shown = error.to_string();
    assert!(shown.contains(r"at `metadata.a\u{202e}b\u{2028}c`"), "{shown}");
    assert!(!shown.chars().any(unprintable), "{shown:?}");
}

#[tokio::test]
async fn bearer_urls_do_not_print_in_debug() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let link = workos.admin_portal().generate_link(&workos_test_server::example()).await.unwrap();
    let url = link.link.expose().to_owned();
    assert!(!url.is_empty());
    assert!(!format!("{link:?}").contains(&url), "{link:?}");
    let export = workos.audit_logs().get_export(&"audit_log_export_1".into()).await.unwrap();
    let url = export.url.as_ref().map(|u| u.expose().to_owned()).unwrap_or_default();
    assert!(url.is_empty() || !format!("{export:?}").contains(&url), "{export:?}");
}

/// A page of no objects whose `after` cursor is `after`.
fn empty_page(after: &str) -> String {
    format!(r#"{{"object":"list","data":[],"list_metadata":{{"before":null,"after":"{after}"}}}}"#)
}

#[tokio::test]
async fn cursor_cycles_of_any_length_end_the_walk() {
    for length in [1, 2, 3, 9, 10, 25] {
        let server = TestServer::start().await;
        let workos = client_for(&server);
        // Each page holds one object, so that the run of empty pages is not what stops it.
        let page = |i: usize| {
            let next = format!("cursor_{}", (i + 1) % length);
            format!(
                r#"{{"object":"list","data":[{}],"list_metadata":{{"before":null,"after":"{next}"}}}}"#,
                serde_json::to_string(&workos_test_server::example_json("Organization").unwrap()).unwrap()
            )
        };
        // The fault injected last answers first.
        for i in (0..(length * 3)).rev() {
            server.inject("list_organizations", Fault::status(200).body(page(i % length)));
        }
        let params = ListOrganizationsParams::default().after("cursor_0");
        let pages: Vec<_> =
            bounded(workos.organizations().list(params).prefetch(false).pages().try_collect()).await.unwrap();
        assert_eq!(pages.len(), length, "a cycle of {length}");
        assert_eq!(server.requests_for("list_organizations").len(), length);
    }
}

#[tokio::test]
async fn a_run_of_empty_pages_ends_the_walk_with_an_error() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    for i in 0..1_000 {
        server.inject("list_organizations", Fault::status(200).body(empty_page(&format!("fresh_{i}"))));
    }
    let walked: Result<Vec<_>, _> =
        bounded(workos.organizations().list(ListOrganizationsParams::default()).items().try_collect()).await;
    let error = walked.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::StalledList, "{error:?}");
    assert_eq!(error.operation(), Some("list_organizations"));
    let sent = server.requests_for("list_organizations").len();
    assert!((10..=11).contains(&sent), "{sent} requests");

    // A few empty pages between full ones are fine.
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let organization =
        serde_json::to_string(&workos_test_server::example_json("Organization").unwrap()).unwrap();
    let full = |after: Option<&str>| {
        let after = after.map_or("null".to_owned(), |a| format!("\"{a}\""));
        format!(
            r#"{{"object":"list","data":[{organization}],"list_metadata":{{"before":null,"after":{after}}}}}"#
        )
    };
    let mut pages = vec![full(Some("c1"))];
    pages.extend((2..11).map(|i| empty_page(&format!("c{i}"))));
    pages.push(full(Some("c11")));
    pages.extend((12..20).map(|i| empty_page(&format!("c{i}"))));
    pages.push(full(None));
    for page in pages.into_iter().rev() {
        server.inject("list_organizations", Fault::status(200).body(page));
    }
    let items: Vec<_> =
        bounded(workos.organizations().list(ListOrganizationsParams::default()).items().try_collect())
            .await
            .unwrap();
    assert_eq!(items.len(), 3);
}

/// The child half of [`environment_proxies_never_see_plain_http`]: calls the server named
/// in its environment, where `HTTP_PROXY` and `ALL_PROXY` point at a listening trap.
#[tokio::test]
#[ignore = "run by environment_proxies_never_see_plain_http, in a process of its own"]
async fn proxy_child() {
    let url = std::env::var("WORKOS_PROXY_TEST_URL").expect("run by its parent test");
    let key = std::env::var("WORKOS_PROXY_TEST_KEY").unwrap();
    let workos = Workos::builder().api_key(key).base_url(url).build().unwrap();
    workos.organizations().get(&"org_1".into()).await.unwrap();
}

#[tokio::test]
async fn environment_proxies_never_see_plain_http() {
    let server = TestServer::start().await;
    let trap = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let trap_url = format!("http://{}", trap.local_addr().unwrap());
    let caught = std::sync::Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let counter = caught.clone();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = trap.accept().await {
            counter.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            let _ = socket.write_all(b"HTTP/1.1 502 Trap\r\nContent-Length: 0\r\n\r\n").await;
        }
    });
    // Proxy variables are read once per process: the call runs in a child process, the
    // environment variables set for it alone.
    let mut child = std::process::Command::new(std::env::current_exe().unwrap());
    child
        .args(["hostile_server::proxy_child", "--exact", "--ignored", "--quiet"])
        .env("HTTP_PROXY", &trap_url)
        .env("http_proxy", &trap_url)
        .env("ALL_PROXY", &trap_url)
        .env("all_proxy", &trap_url)
        .env_remove("NO_PROXY")
        .env_remove("no_proxy")
        .env("WORKOS_PROXY_TEST_URL", server.url())
        .env("WORKOS_PROXY_TEST_KEY", server.api_key())
        .stdout(std::process::Stdio::null());
    let status = tokio::task::spawn_blocking(move || child.status()).await.unwrap().unwrap();
    assert_eq!(caught.load(std::sync::atomic::Ordering::SeqCst), 0, "the proxy saw a request");
    assert!(status.success(), "the child's call failed");
    assert_eq!(server.requests_for("get_organization").len(), 1);
}

/// The request id is what support asks for first: on the error itself and in its one line,
/// escaped and cut like the server's other texts when the server sends a hostile one.
#[tokio::test]
async fn an_errors_request_id_is_on_it_and_in_its_line() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    server.inject("get_organization", Fault::status(404));
    let error = workos.organizations().get(&"org_1".into()).await.unwrap_err();
    let id = error.request_id().expect("the server's X-Request-ID");
    assert!(id.starts_with("req_"), "{id}");
    assert_eq!(Some(id), error.as_api().unwrap().request_id());
    assert!(error.to_string().starts_with(&format!("not found (404, request {id}): ")), "{error}");

    let long = format!("req_{}", "9".repeat(5_000));
    let url = raw_server(move |mut socket| {
        let long = long.clone();
        async move {
            let head = format!(
                "HTTP/1.1 500 Internal Server Error\r\nX-Request-ID: {long}\r\nContent-Length: 2\r\n\r\n{{}}"
            );
            let _ = socket.write_all(head.as_bytes()).await;
        }
    })
    .await;
    let error =
        bounded(client(&url).build().unwrap().organizations().get(&"org_1".into())).await.unwrap_err();
    let shown = error.to_string();
    assert!(shown.starts_with("WorkOS server error (500, request req_999"), "{shown}");
    assert!(shown.contains("... (5004 bytes in all))"), "{shown}");
    assert!(shown.len() < 200, "Display wrote {} bytes", shown.len());
}
