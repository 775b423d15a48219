//! Webhook delivery: every event appended after a test names a URL and a secret is POSTed
//! there, in order, signed as WorkOS signs webhooks (`WorkOS-Signature: t=<ms>, v1=<hex
//! HMAC-SHA256 of "<t>.<body>">`). Each target has a task of its own that sends one event at
//! a time, three attempts each (200 ms apart, 10 s per attempt), and records the outcome.

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;
use serde_json::Value;
use tokio::sync::mpsc;

/// Attempts per event before the target's task records a failure and moves on.
const ATTEMPTS: u32 = 3;
/// How long one attempt may take, connection included.
const ATTEMPT_TIMEOUT: Duration = Duration::from_secs(10);

/// The outcome of delivering one event to one target.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub struct WebhookDelivery {
    /// The URL it went to.
    pub url: String,
    /// The event's id.
    pub event_id: String,
    /// The status of the last attempt, `None` when no answer came.
    pub status: Option<u16>,
    /// How many attempts were made.
    pub attempts: u32,
}

/// A URL the server delivers events to.
pub(crate) struct Target {
    sender: mpsc::UnboundedSender<Value>,
}

/// The targets of a server and what they delivered.
#[derive(Default)]
pub(crate) struct Webhooks {
    targets: Vec<Target>,
    pub(crate) delivered: Arc<Mutex<Vec<WebhookDelivery>>>,
}

impl Webhooks {
    /// Starts delivering events appended from now on to `url` (plain `http://`), signed
    /// with `secret`.
    pub(crate) fn add_target(&mut self, url: &str, secret: &str) -> Result<(), String> {
        let parsed = url::Url::parse(url).map_err(|e| format!("not a URL: {e}"))?;
        if parsed.scheme() != "http" || parsed.host_str().is_none() {
            return Err("webhook delivery needs an http:// URL with a host".into());
        }
        let (sender, receiver) = mpsc::unbounded_channel();
        tokio::spawn(run(parsed, secret.as_bytes().to_vec(), receiver, self.delivered.clone()));
        self.targets.push(Target { sender });
        Ok(())
    }

    /// Hands `event` to every target.
    pub(crate) fn deliver(&self, event: &Value) {
        for target in &self.targets {
            // A target whose task has ended (its runtime gone) no longer receives anything.
            let _ = target.sender.send(event.clone());
        }
    }
}

async fn run(
    url: url::Url,
    secret: Vec<u8>,
    mut events: mpsc::UnboundedReceiver<Value>,
    delivered: Arc<Mutex<Vec<WebhookDelivery>>>,
) {
    let key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &secret);
    while let Some(event) = events.recv().await {
        let body = Bytes::from(event.to_string());
        let mut outcome = WebhookDelivery {
            url: url.to_string(),
            event_id: event["id"].as_str().unwrap_or_default().to_owned(),
            status: None,
            attempts: 0,
        };
        while outcome.attempts < ATTEMPTS {
            if outcome.attempts > 0 {
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            outcome.attempts += 1;
            let millis = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis());
            let mut signed = format!("{millis}.").into_bytes();
            signed.extend_from_slice(&body);
            let tag = ring::hmac::sign(&key, &signed);
            let hex: String = tag.as_ref().iter().map(|b| format!("{b:02x}")).collect();
            let header = format!("t={millis}, v1={hex}");
            outcome.status =
                tokio::time::timeout(ATTEMPT_TIMEOUT, post(&url, &header, body.clone())).await.ok().flatten();
            if outcome.status.is_some_and(|s| (200..300).contains(&s)) {
                break;
            }
        }
        delivered.lock().unwrap().push(outcome);
    }
}

/// One POST of `body` to `url`; the answer's status, `None` when none came.
async fn post(url: &url::Url, signature: &str, body: Bytes) -> Option<u16> {
    let host = url.host_str()?;
    let port = url.port_or_known_default()?;
    let stream = tokio::net::TcpStream::connect((host, port)).await.ok()?;
    let (mut sender, connection) = hyper::client::conn::http1::handshake(TokioIo::new(stream)).await.ok()?;
    tokio::spawn(connection);
    let path = match url.query() {
        Some(query) => format!("{}?{query}", url.path()),
        None => url.path().to_owned(),
    };
    let request = http::Request::post(path)
        .header("host", format!("{host}:{port}"))
        .header("content-type", "application/json")
        .header("workos-signature", signature)
        .body(Full::new(body))
        .ok()?;
    let response = sender.send_request(request).await.ok()?;
    let status = response.status().as_u16();
    // Read the answer (up to 64 KiB, within the attempt's timeout), then close.
    let _ = http_body_util::Limited::new(response.into_body(), 64 * 1024).collect().await;
    Some(status)
}
