//! What shared pacing costs per call: `organizations().get` against a minimal local server,
//! with the in-process pacer (the default) and with the Redis one (`WORKOS_TEST_REDIS_URL`,
//! the `redis` feature), in the same run. The Redis client's every call makes one round
//! trip to Redis before its request (the window checked and its place taken, one Lua script).
//!
//! Both keep a limit that never binds (`RateLimit::new(u32::MAX, 1 s)`), so that the numbers
//! are the pacer's cost, not waits. Without `WORKOS_TEST_REDIS_URL` the Redis client is
//! skipped, with a message saying so, and only the in-process one is measured.
//!
//! After criterion's numbers, a paired measurement has the two take turns call by call and
//! reports the median over rounds of the Redis client's ratio to the in-process one.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use criterion::Criterion;

const ORGANIZATION: &str = r#"{"object":"organization","id":"org_01EHZNVPK3SFK441A1RGBFSHRT","name":"Foo Corporation","allow_profiles_outside_organization":false,"domains":[],"metadata":{},"created_at":"2021-06-25T19:07:33.155Z","updated_at":"2021-06-25T19:07:33.155Z"}"#;

fn client(base_url: &str, redis: Option<&str>) -> workos::Workos {
    let mut builder = workos::Workos::builder()
        .api_key("sk_test_bench")
        .base_url(base_url)
        .rate_limit(workos::RateLimit::new(u32::MAX, Duration::from_secs(1)));
    if let Some(url) = redis {
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
        let pacing =
            workos::RedisPacing::new(url).expect("a Redis URL").key_prefix(format!("workos-bench-{nanos}"));
        builder = builder.redis_pacing(pacing);
    }
    builder.build().expect("a workos client")
}

async fn call(workos: &workos::Workos) {
    let organization = workos.organizations().get(&"org_1".into()).await.expect("workos call");
    std::hint::black_box(organization);
}

fn main() {
    workos::install_tls_provider();
    let body = Bytes::from_static(ORGANIZATION.as_bytes());
    let base_url = common::serve(Duration::ZERO, || {}, Arc::new(move |_| body.clone()));
    let runtime = common::client_runtime();
    let redis_url = std::env::var("WORKOS_TEST_REDIS_URL").ok().filter(|v| !v.is_empty());
    if redis_url.is_none() {
        println!(
            "pacing/redis skipped: WORKOS_TEST_REDIS_URL is not set (a Redis server to share pacing through)"
        );
    }
    let mut clients = vec![("in-process", client(&base_url, None))];
    if let Some(url) = &redis_url {
        clients.push(("redis", client(&base_url, Some(url))));
    }
    // Each opens its connections (and Redis loads its script) before anything is measured.
    runtime.block_on(async {
        for (_, workos) in &clients {
            call(workos).await;
        }
    });

    let mut criterion = Criterion::default().configure_from_args();
    let mut group = criterion.benchmark_group("pacing");
    for (name, workos) in &clients {
        group.bench_function(*name, |b| b.to_async(&runtime).iter(|| call(workos)));
    }
    group.finish();

    if clients.len() == 2 && common::wants("pacing/paired") {
        paired(&runtime, &clients);
    }
    criterion.final_summary();
}

/// Rounds in which the two clients take turns call by call; the medians over rounds of each
/// one's time per call and of the Redis client's ratio to the in-process one.
fn paired(runtime: &tokio::runtime::Runtime, clients: &[(&str, workos::Workos)]) {
    const ROUNDS: usize = 31;
    const CALLS: usize = 200;
    let mut times: Vec<Vec<f64>> = vec![Vec::with_capacity(ROUNDS); clients.len()];
    runtime.block_on(async {
        for _ in 0..ROUNDS {
            let mut sums = vec![0.0; clients.len()];
            for i in 0..CALLS {
                for k in 0..clients.len() {
                    let which = (i + k) % clients.len();
                    let start = Instant::now();
                    call(&clients[which].1).await;
                    sums[which] += start.elapsed().as_secs_f64();
                }
            }
            for (which, sum) in sums.iter().enumerate() {
                times[which].push(sum / CALLS as f64);
            }
        }
    });
    common::report_heading(&format!(
        "pacing, paired: {ROUNDS} rounds of {CALLS} calls per client taking turns, medians"
    ));
    println!("| pacing | time per call | relative to in-process |");
    println!("|---|---|---|");
    for (which, (name, _)) in clients.iter().enumerate() {
        let ratio = common::median_ratio(&times, which, 0);
        println!(
            "| {name} | {} | {ratio:.3} ({:+.1} %) |",
            common::human(common::median(&times[which])),
            (ratio - 1.0) * 100.0
        );
    }
}
