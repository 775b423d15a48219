//! No answer from a server can make the SDK panic: arbitrary statuses, headers and bodies,
//! straight from a socket, all end in `Ok` or an `Error`.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use workos::{RetryPolicy, Workos};

/// A small deterministic generator (xorshift), so that a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }

    fn bytes(&mut self, len: usize) -> Vec<u8> {
        (0..len).map(|_| self.next() as u8).collect()
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const BODIES: &[&str] = &[
    "",
    "{",
    "null",
    "[]",
    "{}",
    r#"{"object":"organization","id":"org_1","name":"A","created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}"#,
    r#"{"object":"organization","id":1}"#,
    r#"{"message": 12, "code": ["x"], "errors": "nope"}"#,
    r#"{"errors":[{"field":null}]}"#,
    "<html>oops</html>",
    "\u{feff}{}",
    "\"\\ud800\"",
];

fn random_response(rng: &mut Rng) -> Vec<u8> {
    let status = match rng.below(4) {
        0 => 200,
        1 => [400, 401, 403, 404, 409, 422, 429][rng.below(7) as usize],
        2 => [500, 502, 503, 504][rng.below(4) as usize],
        _ => 100 + rng.below(500) as u16,
    };
    let body: Vec<u8> = if rng.below(3) == 0 {
        let len = rng.below(300) as usize;
        rng.bytes(len)
    } else {
        rng.pick(BODIES).as_bytes().to_vec()
    };
    let mut head = format!("HTTP/1.1 {status} X\r\n");
    let headers = [
        "Retry-After: 0",
        "Retry-After: -5",
        "Retry-After: Wed, 21 Oct 2015 07:28:00 GMT",
        "Retry-After: \u{1}",
        "X-Request-ID: req_1",
        "X-Request-ID: \u{7f}\u{80}",
        "Content-Type: application/json",
        "Content-Type: text/html; charset=utf-8",
        "Transfer-Encoding: chunked",
        "Content-Encoding: gzip",
        "Connection: close",
    ];
    for _ in 0..rng.below(4) {
        head.push_str(rng.pick(&headers));
        head.push_str("\r\n");
    }
    let length = match rng.below(5) {
        0 => None,
        1 => Some(body.len() + 10),
        2 => Some(body.len().saturating_sub(3)),
        _ => Some(body.len()),
    };
    if let Some(length) = length {
        head.push_str(&format!("Content-Length: {length}\r\n"));
    }
    head.push_str("\r\n");
    let mut out = head.into_bytes();
    out.extend(body);
    if rng.below(10) == 0 {
        let keep = rng.below(out.len() as u64 + 1) as usize;
        out.truncate(keep);
    }
    out
}

#[tokio::test]
async fn arbitrary_answers_never_panic() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let cases = 300;
    tokio::spawn(async move {
        let mut rng = Rng(0x5eed_1234_abcd_0001);
        loop {
            let Ok((mut socket, _)) = listener.accept().await else { return };
            let response = random_response(&mut rng);
            tokio::spawn(async move {
                let mut buffer = vec![0u8; 16 * 1024];
                let _ = socket.read(&mut buffer).await;
                let _ = socket.write_all(&response).await;
                let _ = socket.shutdown().await;
            });
        }
    });

    let workos = Workos::builder()
        .api_key("sk_test_fuzz")
        .base_url(url)
        .retry_policy(RetryPolicy::none())
        .timeout(Duration::from_secs(2))
        .build()
        .unwrap();
    let mut outcomes = std::collections::BTreeMap::new();
    for _ in 0..cases {
        let outcome = match workos.organizations().get(&"org_1".into()).await {
            Ok(_) => "ok".to_owned(),
            Err(error) => {
                // Rendering the error must not panic either.
                let _ = (error.to_string(), format!("{error:?}"), error.as_api().map(|a| a.body_json()));
                format!("{:?}", error.kind())
            }
        };
        *outcomes.entry(outcome).or_insert(0) += 1;
    }
    assert_eq!(outcomes.values().sum::<i32>(), cases);
    assert!(outcomes.len() >= 4, "the answers should reach several outcomes: {outcomes:?}");
}

/// Durations from the configuration and from the server, at their extremes, through every
/// piece of arithmetic a call does (deadlines, backoff, pacing, `Retry-After`, shared pauses):
/// each call ends in `Ok` or an `Error`, and soon.
#[tokio::test]
async fn extreme_durations_never_panic() {
    let durations = [
        Duration::ZERO,
        Duration::from_nanos(1),
        Duration::from_millis(1),
        Duration::from_secs(u64::MAX),
        Duration::MAX,
    ];
    let retry_afters =
        ["0", "18446744073709551615", "99999999999999999999999999", "Fri, 31 Dec 9999 23:59:59 GMT"];
    let server = workos_test_server::TestServer::start().await;
    let mut rng = Rng(0x0dd5_eed5_0000_0002);
    let mut outcomes = std::collections::BTreeMap::new();
    for case in 0..60 {
        let mut pick = || durations[rng.below(durations.len() as u64) as usize];
        let (timeout, attempt, connect, backoff, max_backoff, max_retry_after, period) =
            (pick(), pick(), pick(), pick(), pick(), pick(), pick());
        // Keep every call short: a zero total timeout is a legal setting, and so is a long one
        // as long as the server answers at once.
        let workos = Workos::builder()
            .api_key(server.api_key())
            .base_url(server.url())
            .timeout(timeout)
            .attempt_timeout(attempt.max(Duration::from_millis(500)))
            .connect_timeout(connect)
            .rate_limit(workos::RateLimit::new(1 + rng.below(3) as u32, period))
            .retry_policy(
                RetryPolicy::default()
                    .max_retries(rng.below(3) as u32)
                    .initial_backoff(backoff)
                    .max_backoff(max_backoff)
                    .max_retry_after(max_retry_after),
            )
            .build()
            .unwrap();
        let status = [429, 503][rng.below(2) as usize];
        let retry_after = retry_afters[rng.below(retry_afters.len() as u64) as usize];
        server.inject(
            "get_organization",
            workos_test_server::Fault::status(status).header("Retry-After", retry_after).times(1),
        );
        let short = [Duration::ZERO, Duration::from_millis(1), Duration::from_secs(2)][case % 3];
        let bounded = workos.with_timeout(short);
        let first =
            tokio::time::timeout(Duration::from_secs(10), bounded.organizations().get(&"org_1".into())).await;
        // The client's own timeout, possibly endless: a call then waits as long as the
        // configuration allows, which is for ever if a pause or a window can last for ever.
        let day = Duration::from_secs(24 * 3600);
        let mut results = vec![first];
        if period < day && max_retry_after < day && backoff.min(max_backoff) < day {
            results.push(
                tokio::time::timeout(Duration::from_secs(10), workos.organizations().get(&"org_1".into()))
                    .await,
            );
        }
        for outcome in results {
            let name = match outcome {
                Err(_) => "did not end within 10 s".to_owned(),
                Ok(Ok(_)) => "ok".to_owned(),
                Ok(Err(error)) => format!("{:?}", error.kind()),
            };
            assert_ne!(name, "did not end within 10 s", "case {case}");
            *outcomes.entry(name).or_insert(0) += 1;
        }
    }
    assert!(outcomes.len() >= 2, "several outcomes expected: {outcomes:?}");
}
