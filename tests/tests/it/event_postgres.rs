//! Two consumers of one event stream on a real PostgreSQL server
//! (`WORKOS_TEST_POSTGRES_URL`, started by `.ci/run`): one active at a time, the other
//! standing by, taking over within the lease when the active one stops, from its cursor;
//! the stopped one can no longer move the cursor.

use std::sync::Arc;
use std::time::{Duration, Instant};

use futures::StreamExt;
use workos::events::store::postgres::tokio_postgres::{self, NoTls};
use workos::events::store::postgres::{Lease, LeaseOptions};
use workos::events::{Follow, Start};

use crate::support::server_and_client;

/// The server's URL, or `None` (skipping, with the reason) outside CI.
fn postgres_url() -> Option<String> {
    match std::env::var("WORKOS_TEST_POSTGRES_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var_os("CI").is_some() => {
            panic!("WORKOS_TEST_POSTGRES_URL is not set: CI must start PostgreSQL (.ci/services)")
        }
        _ => {
            eprintln!(
                "skipped: WORKOS_TEST_POSTGRES_URL is not set (a PostgreSQL server for the lease test)"
            );
            None
        }
    }
}

async fn connect(url: &str) -> Arc<tokio_postgres::Client> {
    let (client, connection) = tokio_postgres::connect(url, NoTls).await.expect("PostgreSQL answers");
    tokio::spawn(connection);
    Arc::new(client)
}

/// Applies an event (a row per event: applying one twice fails) and stores the cursor in the
/// same transaction.
async fn apply(client: &mut tokio_postgres::Client, lease: &Lease, cursor: &str) {
    let tx = client.transaction().await.unwrap();
    tx.execute(
        "INSERT INTO workos_test_applied (stream, event_id) VALUES ($1, $2)",
        &[&lease.stream(), &cursor],
    )
    .await
    .unwrap();
    lease.save_in(&tx, cursor).await.unwrap();
    tx.commit().await.unwrap();
}

#[tokio::test]
async fn one_consumer_is_active_at_a_time_and_a_standby_takes_over_within_the_lease() {
    let Some(url) = postgres_url() else { return };
    let (server, workos) = server_and_client().await;
    for seed in 1..=6 {
        server.append_event(
            "dsync.user.created",
            server.example_event_data("dsync.user.created", seed).unwrap(),
        );
    }
    let stream_name = format!(
        "lease-test-{}-{}",
        std::process::id(),
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_nanos()
    );
    let lease_for = Duration::from_secs(1);
    let poll = Duration::from_millis(50);
    let setup = connect(&url).await;
    setup
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS workos_test_applied (stream TEXT NOT NULL, event_id TEXT NOT NULL,
             PRIMARY KEY (stream, event_id))",
        )
        .await
        .unwrap();

    // A takes the lease and renews it by hand, so the test can make it stop.
    let options = LeaseOptions::default().lease(lease_for).poll(poll);
    let a = Lease::acquire(
        connect(&url).await,
        &stream_name,
        options.clone().renew_in_background(false).holder("a"),
    )
    .await
    .unwrap();
    let mut a_writes = tokio_postgres::connect(&url, NoTls).await.unwrap();
    tokio::spawn(a_writes.1);
    // B stands by.
    let b_client = connect(&url).await;
    let b = {
        let stream_name = stream_name.clone();
        tokio::spawn(async move { Lease::acquire(b_client, &stream_name, options.holder("b")).await })
    };

    // A applies three events, then keeps renewing for twice the lease: B stays standing by.
    assert_eq!(a.cursor().await.unwrap(), None);
    let mut events = workos.events().follow(Start::Beginning, Follow::new().poll_interval(poll));
    let mut last = String::new();
    for _ in 0..3 {
        let delivery = events.next().await.unwrap().unwrap();
        apply(&mut a_writes.0, &a, delivery.cursor()).await;
        last = delivery.cursor().to_owned();
    }
    drop(events);
    let renewing_until = Instant::now() + 2 * lease_for;
    while Instant::now() < renewing_until {
        a.renew().await.unwrap();
        assert!(!b.is_finished(), "B took the lease while A held it");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // A stops renewing (a hang, a crash): B takes over within the lease and its poll.
    let stopped = Instant::now();
    let b = tokio::time::timeout(5 * lease_for, b).await.expect("B takes over").unwrap().unwrap();
    let took = stopped.elapsed();
    eprintln!("takeover {took:?} after A stopped (lease {lease_for:?}, poll {poll:?})");
    assert!(took <= lease_for + poll + Duration::from_millis(500), "takeover after {took:?}");

    // B resumes from A's cursor, and A, the former holder, can no longer move it.
    assert_eq!(b.cursor().await.unwrap().as_deref(), Some(last.as_str()));
    assert!(a.save("event_from_a_zombie").await.is_err());
    assert_eq!(b.cursor().await.unwrap().as_deref(), Some(last.as_str()));
    let mut b_writes = tokio_postgres::connect(&url, NoTls).await.unwrap();
    tokio::spawn(b_writes.1);
    let start = Start::from_cursor(b.cursor().await.unwrap());
    let mut events = workos.events().follow(start, Follow::new().poll_interval(poll));
    for _ in 0..3 {
        let delivery = events.next().await.unwrap().unwrap();
        apply(&mut b_writes.0, &b, delivery.cursor()).await;
    }

    // Every event applied once, in order, across the two.
    let rows = setup
        .query(
            "SELECT event_id FROM workos_test_applied WHERE stream = $1 ORDER BY event_id",
            &[&stream_name],
        )
        .await
        .unwrap();
    let applied: Vec<String> = rows.iter().map(|row| row.get(0)).collect();
    let all: Vec<String> = server.events().iter().map(|e| e["id"].as_str().unwrap().to_owned()).collect();
    assert_eq!(applied, all);

    // Released, the lease goes at once to the next one that asks.
    b.release().await.unwrap();
    let c = tokio::time::timeout(
        lease_for / 2,
        Lease::acquire(connect(&url).await, &stream_name, LeaseOptions::default().holder("c")),
    )
    .await
    .expect("a released lease is free at once")
    .unwrap();
    assert_eq!(c.cursor().await.unwrap().as_deref(), all.last().map(String::as_str));
    setup.execute("DELETE FROM workos_test_applied WHERE stream = $1", &[&stream_name]).await.unwrap();
    setup.execute("DELETE FROM workos_event_cursors WHERE stream = $1", &[&stream_name]).await.unwrap();
}
