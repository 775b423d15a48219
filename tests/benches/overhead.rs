//! Per-call overhead of `workos` over plain `reqwest` + `serde_json`.
//!
//! Four clients fetch the same organization from the same minimal server (one fixed JSON
//! answer, keep-alive, on its own thread and core), each over one reused connection:
//!
//! - `workos`: `workos.organizations().get("org_1")`, with the SDK's whole per-call path
//!   (path check, pacing, deadline, tracing span, the generated method and its hook, decoding
//!   into `workos::types::Organization`);
//! - `workos-api`: the generated method alone, called on the low-level client;
//! - `reqwest+serde_json, 60 s timeout`: the plain client under `tokio::time::timeout`, as
//!   every SDK call runs under a deadline: what that timer costs by itself;
//! - `reqwest+serde_json`: what a careful program would write by hand: the same headers,
//!   `bytes()`, and `serde_json::from_slice` into an equivalent hand-written struct. The
//!   reference.
//!
//! Pacing stays on, as in production, but with a limit that never binds
//! (`RateLimit::new(u32::MAX, 1 s)`): at the default 6,000 requests a minute, this benchmark's
//! tens of thousands of calls would wait for the limit instead of measuring the client.
//! Retries keep their default policy; the server never fails, so none happens.
//!
//! After criterion's numbers, a paired measurement has the clients take turns call by call,
//! round after round, and reports the median over rounds of each one's ratio to the
//! reference, which holds up far better than the ratio of two separate runs on a machine
//! shared with other work.

mod common;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use chrono::{DateTime, Utc};
use criterion::Criterion;
use serde::Deserialize;

/// The organization every request gets: a realistic one, with a verified domain and metadata.
const ORGANIZATION: &str = r#"{"object":"organization","id":"org_01EHZNVPK3SFK441A1RGBFSHRT","name":"Foo Corporation","allow_profiles_outside_organization":false,"domains":[{"object":"organization_domain","id":"org_domain_01EHZNVPK2QXHMVWCEDQEKY69A","domain":"foo-corp.com","organization_id":"org_01EHZNVPK3SFK441A1RGBFSHRT","state":"verified","verification_strategy":"dns","verification_token":"m5Oztg3jdK4NJLgs8uIlIprMw","verification_prefix":"superapp-domain-verification-z3kjny","created_at":"2021-06-25T19:07:33.155Z","updated_at":"2021-06-25T19:07:33.155Z"}],"metadata":{"tier":"enterprise","region":"eu-west-1"},"external_id":"2fe01467-f7ea-4dd2-8b79-c2b4f56d0191","stripe_customer_id":"cus_R9qWAGMQ6nGE7V","created_at":"2021-06-25T19:07:33.155Z","updated_at":"2021-06-25T19:07:33.155Z"}"#;

const API_KEY: &str = "sk_test_bench";

/// The organization as a program would declare it by hand, with the same fields as
/// `workos::types::Organization`.
#[derive(Debug, Deserialize)]
#[allow(dead_code)] // Decoded, then dropped: the fields are there to be decoded.
struct PlainOrganization {
    object: String,
    id: String,
    name: String,
    allow_profiles_outside_organization: Option<bool>,
    #[serde(default)]
    domains: Vec<PlainDomain>,
    #[serde(default)]
    metadata: BTreeMap<String, String>,
    external_id: Option<String>,
    stripe_customer_id: Option<String>,
    created_at: DateTime<Utc>,
    updated_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct PlainDomain {
    object: String,
    id: String,
    domain: String,
    organization_id: String,
    state: Option<String>,
    verification_strategy: Option<String>,
    verification_token: Option<String>,
    verification_prefix: Option<String>,
    created_at: Option<DateTime<Utc>>,
    updated_at: Option<DateTime<Utc>>,
}

/// Plain `reqwest` and `serde_json`, configured like the SDK's own `reqwest::Client`.
struct Plain {
    http: reqwest::Client,
    url: String,
    authorization: reqwest::header::HeaderValue,
}

impl Plain {
    fn new(base_url: &str) -> Plain {
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .pool_idle_timeout(Duration::from_secs(90))
            .build()
            .expect("a reqwest client");
        Plain {
            http,
            url: format!("{base_url}/organizations/org_1"),
            authorization: format!("Bearer {API_KEY}").try_into().expect("a header value"),
        }
    }

    async fn get(&self) -> Result<PlainOrganization, Box<dyn std::error::Error>> {
        let response = self
            .http
            .get(&self.url)
            .header(reqwest::header::ACCEPT, "application/json")
            .header(reqwest::header::USER_AGENT, "plain-reqwest/0")
            .header(reqwest::header::AUTHORIZATION, self.authorization.clone())
            .send()
            .await?;
        if !response.status().is_success() {
            return Err(format!("status {}", response.status()).into());
        }
        let body = response.bytes().await?;
        Ok(serde_json::from_slice(&body)?)
    }
}

/// The clients, ready to call.
struct Clients {
    workos: workos::Workos,
    api: workos_api::Client,
    plain: Plain,
}

impl Clients {
    async fn call_workos(&self) {
        let organization = self.workos.organizations().get(&"org_1".into()).await.expect("workos call");
        std::hint::black_box(organization);
    }

    async fn call_api(&self) {
        let organization = self.api.get_organization("org_1").await.expect("workos-api call");
        std::hint::black_box(organization.into_inner());
    }

    async fn call_plain(&self) {
        let organization = self.plain.get().await.expect("plain call");
        std::hint::black_box(organization);
    }

    /// Plain `reqwest` under a deadline, as the SDK runs every call (its default is 60 s):
    /// what the deadline's timer costs on its own.
    async fn call_plain_with_deadline(&self) {
        let organization = tokio::time::timeout(Duration::from_secs(60), self.plain.get())
            .await
            .expect("in time")
            .expect("plain call");
        std::hint::black_box(organization);
    }

    async fn call(&self, which: usize) {
        match which {
            0 => self.call_workos().await,
            1 => self.call_api().await,
            2 => self.call_plain_with_deadline().await,
            _ => self.call_plain().await,
        }
    }
}

const NAMES: [&str; 4] = ["workos", "workos-api", "reqwest+serde_json, 60 s timeout", "reqwest+serde_json"];
/// The reference the others are compared with: plain `reqwest` and `serde_json`.
const PLAIN: usize = 3;

fn main() {
    workos::install_tls_provider();
    let body = Bytes::from_static(ORGANIZATION.as_bytes());
    let base_url = common::serve(Duration::ZERO, || {}, Arc::new(move |_| body.clone()));
    let runtime = common::client_runtime();

    let workos = workos::Workos::builder()
        .api_key(API_KEY)
        .base_url(&base_url)
        .rate_limit(workos::RateLimit::new(u32::MAX, Duration::from_secs(1)))
        .build()
        .expect("a workos client");
    let hooks = workos_api::Hooks::new(
        Some(&workos::Secret::new(API_KEY)),
        reqwest::header::HeaderValue::from_static("workos-api-bench/0"),
    )
    .expect("hooks");
    let http = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .pool_idle_timeout(Duration::from_secs(90))
        .build()
        .expect("a reqwest client");
    let clients = Clients {
        workos,
        api: workos_api::Client::new_with_client(&base_url, http, hooks),
        plain: Plain::new(&base_url),
    };
    // Each client opens its connection before anything is measured, and all decode the same
    // organization.
    runtime.block_on(async {
        let a = clients.workos.organizations().get(&"org_1".into()).await.expect("workos call");
        let b = clients.plain.get().await.expect("plain call");
        assert_eq!((a.id.as_str(), a.domains.len()), (b.id.as_str(), b.domains.len()));
        clients.call_api().await;
    });

    let mut criterion = Criterion::default().configure_from_args();
    let mut group = criterion.benchmark_group("per_call");
    for (which, name) in NAMES.iter().enumerate() {
        let clients = &clients;
        group.bench_function(*name, |b| b.to_async(&runtime).iter(|| clients.call(which)));
    }
    group.finish();

    if common::wants("per_call/paired") {
        paired(&runtime, &clients);
    }
    criterion.final_summary();
}

/// Rounds in which the clients take turns call by call (the order rotating from one
/// call to the next), each call timed on its own; reports the median over rounds of each
/// client's mean time per call, and of its ratio to plain `reqwest` within the same round.
/// Taking turns call by call keeps the machine's changing load, and the changing cost of
/// waking the server's core, from favouring one client.
fn paired(runtime: &tokio::runtime::Runtime, clients: &Clients) {
    const ROUNDS: usize = 61;
    const CALLS: usize = 300;
    let n = NAMES.len();
    let mut times: Vec<Vec<f64>> = vec![Vec::with_capacity(ROUNDS); n];
    runtime.block_on(async {
        for _ in 0..ROUNDS {
            let mut sums = vec![0.0; n];
            for call in 0..CALLS {
                for k in 0..n {
                    let which = (call + k) % n;
                    let start = Instant::now();
                    clients.call(which).await;
                    sums[which] += start.elapsed().as_secs_f64();
                }
            }
            for which in 0..n {
                times[which].push(sums[which] / CALLS as f64);
            }
        }
    });
    common::report_heading(&format!(
        "per-call overhead, paired: {ROUNDS} rounds of {CALLS} calls per client taking turns, medians"
    ));
    println!("| client | time per call | relative to reqwest+serde_json |");
    println!("|---|---|---|");
    for which in 0..n {
        let ratio = common::median_ratio(&times, which, PLAIN);
        println!(
            "| {} | {} | {ratio:.3} ({:+.1} %) |",
            NAMES[which],
            common::human(common::median(&times[which])),
            (ratio - 1.0) * 100.0
        );
    }
}
