//! The retry budget over a real socket: against a server that fails every request, a
//! client's calls cost at most the bound `WorkosBuilder::retry_budget` states (one request
//! per call, plus `capacity / retry_cost` retries), not one per retry the policy allows; and
//! once the server answers again, successes refill the budget and retries come back.

use std::sync::Arc;
use std::time::Duration;

use workos::{RetryBudget, RetryPolicy, Workos};
use workos_test_server::{Fault, TestServer};

use crate::support::Counters;

/// Quick retries, three at most per call.
pub fn quick_retries() -> RetryPolicy {
    RetryPolicy::default()
        .max_retries(3)
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(4))
}

#[tokio::test]
async fn an_outage_costs_at_most_the_budget_in_retries_and_successes_refill_it() {
    let server = TestServer::start().await;
    let counters = Arc::new(Counters::default());
    // 20 tokens, 5 a retry: at most 4 retries the bucket pays for.
    let budget = RetryBudget::default().capacity(20).retry_cost(5).success_refill(1);
    let workos = Workos::builder()
        .api_key(server.api_key())
        .base_url(server.url())
        .retry_policy(quick_retries())
        .retry_budget(budget)
        .metrics(counters.clone())
        .build()
        .unwrap();
    server.inject("get_organization", Fault::status(503).times(usize::MAX));
    const CALLS: usize = 30;
    for _ in 0..CALLS {
        let error = workos.organizations().get(&"org_1".into()).await.unwrap_err();
        assert_eq!(error.status(), Some(503));
    }
    let requests = server.requests_for("get_organization").len();
    // Without a budget: 4 requests a call, 120.
    assert!(requests <= CALLS + 20 / 5, "{requests} requests for {CALLS} calls");
    assert!(requests > CALLS, "the budget pays for some retries: {requests}");
    let refused = Counters::get(&counters.refused_retries);
    assert!(refused >= (CALLS - 2) as u64, "{refused} refused retries");

    // The server answers again (the latest injection wins): successes refill the bucket.
    server.inject("get_organization", Fault::delay(Duration::ZERO).times(usize::MAX));
    for _ in 0..20 {
        workos.organizations().get(&"org_1".into()).await.unwrap();
    }
    // A failure now is retried again, and the retry succeeds.
    server.clear_requests();
    server.inject("get_organization", Fault::status(503));
    workos.organizations().get(&"org_1".into()).await.unwrap();
    let statuses: Vec<u16> = server.requests_for("get_organization").iter().map(|r| r.status).collect();
    assert_eq!(statuses, [503, 200]);
}

#[tokio::test]
async fn an_unlimited_budget_retries_as_the_policy_says() {
    let server = TestServer::start().await;
    let workos = Workos::builder()
        .api_key(server.api_key())
        .base_url(server.url())
        .retry_policy(quick_retries())
        .retry_budget(RetryBudget::unlimited())
        .build()
        .unwrap();
    server.inject("get_organization", Fault::status(503).times(usize::MAX));
    for _ in 0..10 {
        workos.organizations().get(&"org_1".into()).await.unwrap_err();
    }
    assert_eq!(server.requests_for("get_organization").len(), 40);
}
