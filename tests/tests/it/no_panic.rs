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
        let outcome = match workos.organizations().get("org_1").await {
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
