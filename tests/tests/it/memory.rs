//! Memory per call, measured: each case runs in a process of its own (this test binary run
//! again with one case named in its environment), which calls a raw TCP server of its own
//! and reports how far its resident memory rose during the call (`VmHWM` over the `VmRSS`
//! before it, from `/proc/self/status`). In a process of its own, the rise is the call's
//! alone, and a call that makes the allocator abort takes only that process down.
//!
//! The bound asserted is the one SECURITY.md states for memory per call.

// The flat directory-user read is the simplest call whose answer holds raw attributes.
#![allow(deprecated)]

use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;
use workos::{RetryPolicy, Workos};

/// The environment variable naming the case a child process runs.
const CASE: &str = "WORKOS_MEMORY_CASE";

/// What SECURITY.md states: a call holds at most this many times `max_response_size`, the
/// body included.
const TIMES_THE_LIMIT: usize = 4;

const MIB: usize = 1024 * 1024;

/// How the server answers the call being measured.
enum Answer {
    /// `200` with this body, its length declared.
    Body(&'static [u8]),
    /// `200` declaring `Content-Length: 2^60`, two short chunks of body, then `close` or not.
    LyingLength { close: bool },
}

/// Serves `answer` on 127.0.0.1; a request whose head names `warmup` gets `{}` instead.
async fn serve(answer: Answer) -> String {
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
                let warmup = head.windows(6).any(|w| w == b"warmup");
                let body: &[u8] = match (&*answer, warmup) {
                    (_, true) => b"{}",
                    (Answer::Body(body), false) => body,
                    (Answer::LyingLength { close }, false) => {
                        let head = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n", 1u64 << 60);
                        let _ = socket.write_all(head.as_bytes()).await;
                        let _ = socket.write_all(b"{\"id\":").await;
                        let _ = socket.flush().await;
                        tokio::time::sleep(Duration::from_millis(100)).await;
                        let _ = socket.write_all(b"\"x\"").await;
                        let _ = socket.flush().await;
                        if !close {
                            std::future::pending::<()>().await;
                        }
                        return;
                    }
                };
                let head = format!(
                    "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
                    body.len()
                );
                let _ = socket.write_all(head.as_bytes()).await;
                let _ = socket.write_all(body).await;
            });
        }
    });
    url
}

/// A field of `/proc/self/status`, in bytes.
fn status_bytes(field: &str) -> usize {
    let status = std::fs::read_to_string("/proc/self/status").expect("/proc/self/status");
    let line = status.lines().find(|l| l.starts_with(field)).unwrap_or_else(|| panic!("no {field}"));
    let kib: usize = line[field.len()..].trim().trim_end_matches("kB").trim().parse().unwrap();
    kib * 1024
}

/// Leaks `body`, which the server then writes without a copy.
fn leak(body: String) -> &'static [u8] {
    Box::leak(body.into_bytes().into_boxed_slice())
}

/// Repeats `item`, separated by commas, up to about `bytes` bytes.
fn repeated(item: &str, bytes: usize) -> String {
    let count = bytes / (item.len() + 1);
    let mut out = String::with_capacity(count * (item.len() + 1));
    for i in 0..count {
        if i > 0 {
            out.push(',');
        }
        out.push_str(item);
    }
    out
}

/// A body just under the default 16 MiB limit, all of which is read.
const BODY: usize = workos_api::DEFAULT_MAX_RESPONSE_BYTES - 4096;

/// A list page of objects with nothing but their required fields, empty: the list of a
/// user's authorized Connect applications, whose objects take 368 bytes each.
fn tiny_items_page() -> String {
    let items = repeated(r#"{"id":"","object":""}"#, BODY - 64);
    format!(r#"{{"object":"list","data":[{items}],"list_metadata":{{}}}}"#)
}

/// A directory user whose raw attributes hold an empty array, again and again.
fn empty_raw_attributes_user() -> String {
    let arrays = repeated("[]", BODY - 256);
    format!(
        r#"{{"object":"directory_user","id":"directory_user_1","directory_id":"directory_1",
        "created_at":"2024-01-01T00:00:00.000Z","updated_at":"2024-01-01T00:00:00.000Z",
        "raw_attributes":{{"groups":[{arrays}]}}}}"#
    )
}

/// A directory user with many raw attributes, each an empty array.
fn many_raw_attributes_user() -> String {
    let mut attributes = String::with_capacity(BODY);
    let mut i = 0usize;
    while attributes.len() < BODY - 256 {
        if i > 0 {
            attributes.push(',');
        }
        attributes.push_str(&format!(r#""{i:x}":[]"#));
        i += 1;
    }
    format!(
        r#"{{"object":"directory_user","id":"directory_user_1","directory_id":"directory_1",
        "created_at":"2024-01-01T00:00:00.000Z","updated_at":"2024-01-01T00:00:00.000Z",
        "raw_attributes":{{{attributes}}}}}"#
    )
}

/// A key set of many small keys.
fn oversized_key_set() -> String {
    let keys =
        repeated(r#"{"alg":"RS256","kty":"RSA","use":"sig","n":"AQAB","e":"AQAB","kid":"k"}"#, BODY - 16);
    format!(r#"{{"keys":[{keys}]}}"#)
}

/// A token naming a key no key set holds: verifying it fetches the key set.
fn token_with_unknown_key() -> String {
    let header = URL_SAFE_NO_PAD.encode(r#"{"alg":"RS256","kid":"key_unknown"}"#);
    let claims = URL_SAFE_NO_PAD.encode(r#"{"sub":"user_1","exp":99999999999}"#);
    format!("{header}.{claims}.c2lnbmF0dXJl")
}

/// What a case's call came to: `ok`, or the error's kind.
fn outcome<T>(result: workos::Result<T>) -> String {
    match result {
        Ok(_) => "ok".to_owned(),
        Err(error) => format!("{:?}", error.kind()),
    }
}

/// Runs the case named in the environment, and prints `peak=<bytes> outcome=<outcome>`.
#[tokio::test]
#[ignore = "run by the tests below, each case in a process of its own"]
async fn memory_child() {
    let case = std::env::var(CASE).expect("run by a parent test");
    let answer = match case.as_str() {
        "tiny_items" => Answer::Body(leak(tiny_items_page())),
        "empty_raw_attributes" => Answer::Body(leak(empty_raw_attributes_user())),
        "many_raw_attributes" => Answer::Body(leak(many_raw_attributes_user())),
        "key_set" => Answer::Body(leak(oversized_key_set())),
        "lying_length_close" => Answer::LyingLength { close: true },
        "lying_length_hang" => Answer::LyingLength { close: false },
        other => panic!("no case {other}"),
    };
    let url = serve(answer).await;
    let mut builder = Workos::builder()
        .api_key("sk_test_memory")
        .client_id("client_memory")
        .base_url(&url)
        .retry_policy(RetryPolicy::none());
    if case.starts_with("lying_length") {
        builder = builder.max_response_size(usize::MAX).timeout(Duration::from_secs(2));
    }
    let workos = builder.build().unwrap();
    // The client's first call sets up what every later call shares (connections, buffers):
    // that is not what the measured call takes.
    let _ = workos.directory_sync().get_user(&"warmup".into()).await;
    let verifier = workos::signin::access_token::AccessTokenVerifier::new(&workos).unwrap();

    // The peak so far is forgotten (where the kernel allows), so that it rises from here.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let before = status_bytes("VmRSS:");
    let outcome = match case.as_str() {
        "tiny_items" => outcome(
            workos.connect().list_user_authorizations(&"user_1".into(), Default::default()).page().await,
        ),
        "key_set" => outcome(verifier.verify(&token_with_unknown_key()).await),
        _ => outcome(workos.directory_sync().get_user(&"directory_user_1".into()).await),
    };
    let peak = status_bytes("VmHWM:").saturating_sub(before);
    println!("peak={peak} outcome={outcome}");
}

/// Runs `case` in a child process: how much its call took, and what came of it.
fn run_case(case: &str) -> (usize, String) {
    let output = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["memory::memory_child", "--exact", "--ignored", "--nocapture", "--test-threads=1", "--quiet"])
        .env(CASE, case)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "the {case} process failed ({}):\n{stdout}\n{}",
        output.status,
        String::from_utf8_lossy(&output.stderr)
    );
    let line = stdout.lines().find(|l| l.starts_with("peak=")).unwrap_or_else(|| panic!("{stdout}"));
    let (peak, outcome) = line.split_once(" outcome=").unwrap();
    (peak["peak=".len()..].parse().unwrap(), outcome.to_owned())
}

fn assert_within_bound(case: &str, peak: usize) {
    let bound = TIMES_THE_LIMIT * workos_api::DEFAULT_MAX_RESPONSE_BYTES;
    eprintln!("{case}: the call took {:.1} MiB (bound {} MiB)", peak as f64 / MIB as f64, bound / MIB);
    assert!(peak <= bound, "{case}: the call took {} MiB, more than {} MiB", peak / MIB, bound / MIB);
}

#[test]
fn a_page_of_tiny_objects_stays_within_the_memory_bound() {
    let (peak, outcome) = run_case("tiny_items");
    assert_within_bound("tiny_items", peak);
    assert_eq!(outcome, "ResponseTooLarge");
}

#[test]
fn raw_attributes_of_empty_arrays_stay_within_the_memory_bound() {
    let (peak, outcome) = run_case("empty_raw_attributes");
    assert_within_bound("empty_raw_attributes", peak);
    assert_eq!(outcome, "ResponseTooLarge");
}

#[test]
fn many_raw_attributes_stay_within_the_memory_bound() {
    let (peak, outcome) = run_case("many_raw_attributes");
    assert_within_bound("many_raw_attributes", peak);
    assert_eq!(outcome, "ResponseTooLarge");
}

#[test]
fn an_oversized_key_set_is_refused_after_64_kib() {
    let (peak, outcome) = run_case("key_set");
    assert_eq!(outcome, "ResponseTooLarge");
    // The body is cut at the key set's own limit; nothing of it is decoded.
    assert!(peak <= 4 * MIB, "the key set took {:.1} MiB", peak as f64 / MIB as f64);
}

#[test]
fn a_lying_content_length_does_not_abort_under_a_huge_limit() {
    // The body ends long before the length it declared: the connection broke.
    let (_, outcome) = run_case("lying_length_close");
    assert_eq!(outcome, "Connection");
    // The rest never comes: the deadline ends the call.
    let (_, outcome) = run_case("lying_length_hang");
    assert_eq!(outcome, "Timeout");
}
