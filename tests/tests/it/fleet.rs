//! A fleet sharing its limits through a real Redis (`WORKOS_TEST_REDIS_URL`; the
//! stop-and-restart test spawns its own from `WORKOS_TEST_REDIS_SERVER`): clients with
//! separate pacers and connections, against a local server that enforces the limit, keep to
//! it together and get no `429`; a `Retry-After` one of them meets holds the others' calls
//! of the same scope, and only those; a stopped Redis costs no call more than the bounded
//! wait, and pacing is shared again once it is back; the retry budget is one for the fleet.

// The flat directory-user list is the one WorkOS limits per directory.
#![allow(deprecated)]

use std::sync::Arc;
use std::time::{Duration, Instant};

use workos::types::ListDirectoryUsersParams;
use workos::{RateLimit, RedisPacing, RetryBudget, RetryPolicy, Workos};
use workos_test_server::{Fault, RecordedRequest, TestServer};

use crate::support::{Counters, rate_limited, real_server};

const WHY: &str = "the shared pacing tests need a Redis server";

/// A key prefix no other test (nor another run) uses.
fn prefix(test: &str) -> String {
    let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos();
    format!("workos-test-{test}-{}-{nanos}", std::process::id())
}

/// A client of the fleet: its own pacer and Redis connection, sharing `prefix`.
fn member(server: &TestServer, url: &str, prefix: &str, limit: RateLimit, metrics: Arc<Counters>) -> Workos {
    Workos::builder()
        .api_key(server.api_key())
        .base_url(server.url())
        .rate_limit(limit)
        // A 429 would be a failure the test sees, not one a retry hides.
        .retry_policy(RetryPolicy::none())
        .redis_pacing(RedisPacing::new(url).unwrap().key_prefix(prefix))
        .metrics(metrics)
        .build()
        .unwrap()
}

fn statuses(requests: &[RecordedRequest]) -> Vec<u16> {
    requests.iter().map(|r| r.status).collect()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn separate_clients_keep_to_one_overall_limit_together() {
    let Some(url) = real_server("WORKOS_TEST_REDIS_URL", WHY) else { return };
    let server = TestServer::start().await;
    // The server allows 10 requests per 500 ms; each client keeps to 10 per 600 ms, the
    // margin covering the time from a place taken in Redis to the request's arrival.
    server.enforce_rate_limit("*", 10, Duration::from_millis(500));
    let prefix = prefix("overall");
    let counters = Arc::new(Counters::default());
    let limit = RateLimit::new(10, Duration::from_millis(600));
    let fleet: Vec<Workos> =
        (0..4).map(|_| member(&server, &url, &prefix, limit, counters.clone())).collect();
    // Each client alone is within its limit (8 calls); together they are 32.
    let calls = fleet.iter().flat_map(|workos| {
        (0..8).map(move |_| async move { workos.organizations().get(&"org_1".into()).await.map(drop) })
    });
    let results = futures::future::join_all(calls).await;
    for result in &results {
        result.as_ref().unwrap();
    }
    let requests = server.requests_for("get_organization");
    assert_eq!(statuses(&requests), vec![200; 32]);
    // Held back by their own limiter, and the hook says so.
    assert!(Counters::get(&counters.waits) >= 20, "{} waits", Counters::get(&counters.waits));
    assert_eq!(Counters::get(&counters.unavailable), 0);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn separate_clients_keep_to_a_directorys_limit_together() {
    let Some(url) = real_server("WORKOS_TEST_REDIS_URL", WHY) else { return };
    let server = TestServer::start().await;
    // WorkOS allows 4 directory-user lists a second per directory; the clients pace at that,
    // and the server holds them to 4 per 900 ms (the margin: see the test above).
    server.enforce_rate_limit("directory_users", 4, Duration::from_millis(900));
    let prefix = prefix("directory");
    let counters = Arc::new(Counters::default());
    let fleet: Vec<Workos> =
        (0..3).map(|_| member(&server, &url, &prefix, RateLimit::WORKOS_OVERALL, counters.clone())).collect();
    let calls = fleet.iter().flat_map(|workos| {
        ["directory_a", "directory_a", "directory_b"].map(move |directory| async move {
            workos.directory_sync().list_users(ListDirectoryUsersParams::default().directory(directory)).await
        })
    });
    let results = futures::future::join_all(calls).await;
    for result in results {
        result.unwrap();
    }
    assert_eq!(statuses(&server.requests_for("list_directory_users")), vec![200; 9]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_retry_after_one_client_meets_holds_the_others_in_its_scope_only() {
    let Some(url) = real_server("WORKOS_TEST_REDIS_URL", WHY) else { return };
    let server = TestServer::start().await;
    let prefix = prefix("pause");
    let counters = Arc::new(Counters::default());
    let retrying = |metrics| {
        Workos::builder()
            .api_key(server.api_key())
            .base_url(server.url())
            .redis_pacing(RedisPacing::new(&url).unwrap().key_prefix(&prefix))
            .metrics(metrics)
            .build()
            .unwrap()
    };
    let first = retrying(counters.clone());
    let other = retrying(Arc::new(Counters::default()));
    let users = |directory: &str| ListDirectoryUsersParams::default().directory(directory);

    // The first client meets a 429 for directory A, and waits out its two seconds.
    server.inject("list_directory_users", Fault::status(429).header("Retry-After", "2"));
    let waiting = first.clone();
    let (first_call, limited) = rate_limited(&server, "list_directory_users", async move {
        waiting
            .directory_sync()
            .list_users(ListDirectoryUsersParams::default().directory("directory_a"))
            .await
    })
    .await;
    let since_429 = |r: &RecordedRequest| r.at.duration_since(limited.at);

    // The other client: directory B and organizations go on at once...
    other.directory_sync().list_users(users("directory_b")).await.unwrap();
    other.organizations().get(&"org_1".into()).await.unwrap();
    for request in
        [server.requests_for("get_organization"), server.requests_for("list_directory_users")].concat()
    {
        if request.query_param("directory") != Some("directory_a") {
            assert!(since_429(&request) < Duration::from_secs(1), "{:?} was held", request.operation);
        }
    }
    // ...directory A waits for the pause the first client met.
    other.directory_sync().list_users(users("directory_a")).await.unwrap();
    first_call.await.unwrap().unwrap();
    let held: Vec<_> = server
        .requests_for("list_directory_users")
        .into_iter()
        .filter(|r| r.query_param("directory") == Some("directory_a") && r.at > limited.at)
        .collect();
    assert_eq!(held.len(), 2, "the first client's retry and the other's call: {held:?}");
    for request in &held {
        assert!(since_429(request) >= Duration::from_millis(1950), "held {:?}", since_429(request));
    }
    assert_eq!(Counters::get(&counters.pauses), 1);

    // A 429 on an operation without a limit of its own holds every call of the fleet.
    server.clear_requests();
    server.inject("get_organization", Fault::status(429).header("Retry-After", "1"));
    let waiting = first.clone();
    let (first_call, limited) = rate_limited(&server, "get_organization", async move {
        waiting.organizations().get(&"org_1".into()).await
    })
    .await;
    other.directory_sync().list_users(users("directory_b")).await.unwrap();
    first_call.await.unwrap().unwrap();
    let [request] = &server.requests_for("list_directory_users")[..] else { panic!("one list") };
    assert!(request.at.duration_since(limited.at) >= Duration::from_millis(950));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_retry_budget_is_one_for_the_fleet() {
    let Some(url) = real_server("WORKOS_TEST_REDIS_URL", WHY) else { return };
    let server = TestServer::start().await;
    let prefix = prefix("budget");
    let member = || {
        Workos::builder()
            .api_key(server.api_key())
            .base_url(server.url())
            .retry_policy(crate::retry_budget::quick_retries())
            // Two retries' worth for the whole fleet.
            .retry_budget(RetryBudget::default().capacity(10).retry_cost(5))
            .redis_pacing(RedisPacing::new(&url).unwrap().key_prefix(&prefix))
            .build()
            .unwrap()
    };
    let (first, second) = (member(), member());
    server.inject("get_organization", Fault::status(503).times(usize::MAX));
    // The first client spends the fleet's budget: its call makes 3 requests, 2 of them retries.
    first.organizations().get(&"org_1".into()).await.unwrap_err();
    assert_eq!(server.requests_for("get_organization").len(), 3);
    // The second, with a bucket of its own in-process, finds the shared one empty.
    server.clear_requests();
    for _ in 0..5 {
        second.organizations().get(&"org_1".into()).await.unwrap_err();
    }
    assert_eq!(server.requests_for("get_organization").len(), 5, "no retries left for the fleet");
}

/// A Redis server of this test's own, which it can stop and start again on the same port.
struct OwnRedis {
    binary: String,
    port: u16,
    child: Option<std::process::Child>,
}

impl OwnRedis {
    fn start(binary: &str) -> OwnRedis {
        let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
        let mut redis = OwnRedis { binary: binary.to_owned(), port, child: None };
        redis.restart();
        redis
    }

    fn url(&self) -> String {
        format!("redis://127.0.0.1:{}", self.port)
    }

    fn restart(&mut self) {
        let child = std::process::Command::new(&self.binary)
            .args([
                "--port",
                &self.port.to_string(),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ])
            .stdout(std::process::Stdio::null())
            .spawn()
            .expect("starting redis-server");
        self.child = Some(child);
        let started = Instant::now();
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_err() {
            assert!(started.elapsed() < Duration::from_secs(10), "redis-server did not start");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Whether the key exists, asked on a connection of the test's own.
    async fn exists(&self, key: &str) -> bool {
        let client = redis::Client::open(self.url()).unwrap();
        let mut connection = client.get_multiplexed_async_connection().await.unwrap();
        redis::cmd("EXISTS").arg(key).query_async::<i64>(&mut connection).await.unwrap() == 1
    }
}

impl Drop for OwnRedis {
    fn drop(&mut self) {
        self.stop();
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn with_redis_stopped_calls_go_on_within_the_bound_and_sharing_resumes_when_it_is_back() {
    let Some(binary) = real_server("WORKOS_TEST_REDIS_SERVER", WHY) else { return };
    let mut redis = OwnRedis::start(&binary);
    let server = TestServer::start().await;
    let prefix = prefix("outage");
    let overall = format!("{{{prefix}}}:w:all");
    let counters = Arc::new(Counters::default());
    const BOUND: Duration = Duration::from_millis(200);
    let workos = Workos::builder()
        .api_key(server.api_key())
        .base_url(server.url())
        .redis_pacing(RedisPacing::new(&redis.url()).unwrap().key_prefix(&prefix).round_trip_timeout(BOUND))
        .metrics(counters.clone())
        .build()
        .unwrap();
    workos.organizations().get(&"org_1".into()).await.unwrap();
    assert!(redis.exists(&overall).await, "the call took its place in Redis");

    redis.stop();
    // Every call succeeds, none waiting longer than the bound for Redis (plus the local
    // server's answer, well under a second).
    for _ in 0..20 {
        let started = Instant::now();
        workos.organizations().get(&"org_1".into()).await.unwrap();
        assert!(started.elapsed() < BOUND + Duration::from_millis(800), "{:?}", started.elapsed());
    }
    assert_eq!(Counters::get(&counters.unavailable), 1, "one warning for the outage");

    redis.restart();
    assert!(!redis.exists(&overall).await, "a new, empty Redis");
    // Within a probe interval (a second) and the manager's reconnection, calls use it again.
    let started = Instant::now();
    while !redis.exists(&overall).await {
        assert!(started.elapsed() < Duration::from_secs(10), "pacing did not go back to Redis");
        workos.organizations().get(&"org_1".into()).await.unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(Counters::get(&counters.recovered), 1);
    assert_eq!(statuses(&server.requests_for("get_organization")).len(), server.requests().len());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_redis_that_never_answers_holds_a_call_at_most_the_round_trip_timeout() {
    // No Redis needed: a listener that accepts connections and never answers on them.
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("redis://{}", listener.local_addr().unwrap());
    let silent = tokio::spawn(async move {
        let mut held = Vec::new();
        while let Ok((socket, _)) = listener.accept().await {
            held.push(socket);
        }
    });
    let server = TestServer::start().await;
    let counters = Arc::new(Counters::default());
    const BOUND: Duration = Duration::from_millis(300);
    let workos = Workos::builder()
        .api_key(server.api_key())
        .base_url(server.url())
        .redis_pacing(RedisPacing::new(&url).unwrap().round_trip_timeout(BOUND))
        .metrics(counters.clone())
        .build()
        .unwrap();
    let started = Instant::now();
    let mut slowest = Duration::ZERO;
    for _ in 0..10 {
        let call = Instant::now();
        workos.organizations().get(&"org_1".into()).await.unwrap();
        slowest = slowest.max(call.elapsed());
    }
    // The first call waits out the bound; the next ones pace in-process without waiting for
    // Redis (one a second tries it again).
    assert!(slowest >= BOUND, "the first call tried Redis: {slowest:?}");
    assert!(slowest < BOUND + Duration::from_millis(500), "{slowest:?}");
    assert!(started.elapsed() < BOUND * 3, "{:?} for ten calls", started.elapsed());
    assert_eq!(Counters::get(&counters.unavailable), 1);
    silent.abort();
}

#[test]
fn the_redis_url_s_password_never_shows() {
    let pacing = RedisPacing::new("redis://fleet:hunter2secret@127.0.0.1:6379/0").unwrap();
    assert!(!format!("{pacing:?}").contains("hunter2secret"), "{pacing:?}");
    let builder = Workos::builder().redis_pacing(pacing);
    assert!(!format!("{builder:?}").contains("hunter2secret"), "{builder:?}");
    let error = RedisPacing::new("rediz://fleet:hunter2secret@127.0.0.1:6379").unwrap_err();
    crate::support::assert_no_secret(&error, &["hunter2secret"]);
}
