//! Every attempt of a call is one `tracing` span with what an operator needs, and no secret.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use workos::{RetryPolicy, Workos};
use workos_test_server::{Fault, TestServer};

/// One closed span: its id, its name and its recorded fields.
type SpanRecord = (u64, String, BTreeMap<String, String>);

#[derive(Default, Clone)]
struct Captured(Arc<Mutex<Vec<SpanRecord>>>);

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}").trim_matches('"').to_owned());
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
}

impl<S: tracing::Subscriber> Layer<S> for Captured {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, _: Context<'_, S>) {
        let mut fields = BTreeMap::new();
        attrs.record(&mut Fields(&mut fields));
        self.0.lock().unwrap().push((id.into_u64(), attrs.metadata().name().to_owned(), fields));
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, _: Context<'_, S>) {
        let mut spans = self.0.lock().unwrap();
        if let Some((_, _, fields)) = spans.iter_mut().rev().find(|(span, _, _)| *span == id.into_u64()) {
            values.record(&mut Fields(fields));
        }
    }
}

#[tokio::test]
async fn one_span_per_attempt_with_the_call_s_facts() {
    let server = TestServer::start().await;
    let workos = Workos::builder()
        .api_key(server.api_key())
        .base_url(server.url())
        .retry_policy(RetryPolicy::default().initial_backoff(Duration::from_millis(5)))
        .build()
        .unwrap();
    server.inject("get_organization", Fault::status(503));

    let captured = Captured::default();
    let subscriber = tracing_subscriber::registry().with(captured.clone());
    let _guard = tracing::subscriber::set_default(subscriber);
    workos.organizations().get(&"org_42".into()).await.unwrap();
    drop(_guard);

    let spans: Vec<BTreeMap<String, String>> = captured
        .0
        .lock()
        .unwrap()
        .iter()
        .filter(|(_, name, _)| name == "workos.request")
        .map(|(_, _, fields)| fields.clone())
        .collect();
    assert_eq!(spans.len(), 2, "{spans:#?}");
    for (i, span) in spans.iter().enumerate() {
        assert_eq!(span["operation"], "get_organization");
        assert_eq!(span["method"], "GET");
        assert_eq!(span["path"], "/organizations/{id}", "the template, never the id");
        assert_eq!(span["attempt"], (i + 1).to_string());
        assert!(span["request_id"].starts_with("req_"), "{span:?}");
        assert!(span.contains_key("duration_ms"));
        assert!(span.values().all(|v| !v.contains(server.api_key())), "{span:?}");
    }
    assert_eq!(spans[0]["status"], "503");
    assert_eq!(spans[1]["status"], "200");
    // The retry drew on the budget (500 tokens, 5 a retry), and the span says what is left.
    assert_eq!(spans[0]["retry_budget"], "495");
    assert!(!spans[1].contains_key("retry_budget"), "{spans:#?}");
}

#[tokio::test]
async fn a_span_shows_how_long_pacing_held_its_attempt() {
    let server = TestServer::start().await;
    let workos = Workos::builder()
        .api_key(server.api_key())
        .base_url(server.url())
        .rate_limit(workos::RateLimit::new(1, Duration::from_millis(300)))
        .build()
        .unwrap();
    let captured = Captured::default();
    let subscriber = tracing_subscriber::registry().with(captured.clone());
    let _guard = tracing::subscriber::set_default(subscriber);
    workos.organizations().get(&"org_1".into()).await.unwrap();
    workos.organizations().get(&"org_1".into()).await.unwrap();
    drop(_guard);
    let spans: Vec<BTreeMap<String, String>> = captured
        .0
        .lock()
        .unwrap()
        .iter()
        .filter(|(_, name, _)| name == "workos.request")
        .map(|(_, _, fields)| fields.clone())
        .collect();
    assert_eq!(spans.len(), 2, "{spans:#?}");
    assert!(!spans[0].contains_key("pacing_wait_ms"), "the first found room: {spans:#?}");
    let waited: u64 = spans[1]["pacing_wait_ms"].parse().unwrap();
    // At most the window (300 ms) less the first call, and some scheduling slack.
    assert!((1..=1000).contains(&waited), "the second waited for the window: {waited} ms");
}
