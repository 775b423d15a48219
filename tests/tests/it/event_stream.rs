//! The event consumer (`events().follow`) against the local server: typed events from the
//! list, a poisoned event given back whole, a full sync then the stream, a restart that
//! resumes exactly after the last applied event with the cursor in the application's SQLite
//! transaction, and the end of the stream waited on without a busy loop.

use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use serde_json::json;
use workos::ErrorKind;
use workos::events::store::sqlite::{self, rusqlite};
use workos::events::store::{CursorStore, MemoryCursors};
use workos::events::{Event, EventData, Follow, Start};
use workos::types::{ListEventsParams, PaginationOrder};
use workos_test_server::TestServer;

use crate::support::{client_for, server_and_client};

fn follow_quickly() -> Follow {
    Follow::new().poll_interval(Duration::from_millis(50))
}

/// The next item of `stream`, within 10 s (a stream that never ends must not hang a test).
async fn next(stream: &mut workos::events::EventStream) -> workos::Result<workos::events::Delivery> {
    tokio::time::timeout(Duration::from_secs(10), stream.next())
        .await
        .expect("an event within 10 s")
        .expect("the stream does not end")
}

#[tokio::test]
async fn the_list_yields_typed_events_and_a_poisoned_one_whole_in_its_place() {
    let (server, workos) = server_and_client().await;
    let good = server.example_event_data("dsync.user.created", 1).unwrap();
    let first = server.append_event("dsync.user.created", good.clone());
    let poisoned = server.append_event("dsync.user.created", json!({ "id": 42 }));
    let last = server.append_event("dsync.user.created", good);

    let params = ListEventsParams::default().order(PaginationOrder::Asc);
    let items: Vec<_> = workos.events().list(params.clone()).items().collect().await;
    assert_eq!(items.len(), 3);
    let event = items[0].as_ref().unwrap();
    assert_eq!(event.id, first["id"].as_str().unwrap());
    assert!(matches!(&event.data, EventData::DsyncUserCreated(_)), "{:?}", event.data);
    let error = items[1].as_ref().unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    let raw = error.undecoded_event().expect("the event, as it arrived");
    assert_eq!(raw.id(), poisoned["id"].as_str().unwrap());
    assert_eq!(raw.event(), "dsync.user.created");
    let json: serde_json::Value = serde_json::from_str(raw.json()).unwrap();
    assert_eq!(json["data"], json!({ "id": 42 }));
    // Debug never shows the data itself.
    assert!(!format!("{raw:?}").contains("42"), "{raw:?}");
    assert_eq!(items[2].as_ref().unwrap().id, last["id"].as_str().unwrap());

    // A webhook of it gives the same error, with the event.
    let webhook = Event::from_slice(raw.json().as_bytes()).unwrap_err();
    assert_eq!(webhook.undecoded_event().unwrap().id(), raw.id());
    assert_eq!(webhook.as_decode().unwrap().event(), Some("dsync.user.created"));

    // One page holding it is that error, with the event.
    let page = workos.events().list(params).await.unwrap_err();
    assert_eq!(page.undecoded_event().unwrap().id(), raw.id());
}

#[tokio::test]
async fn every_event_type_the_server_sends_decodes_into_its_own_variant() {
    let (server, workos) = server_and_client().await;
    let sent = server.append_every_event_type();
    assert!(sent.len() > 100, "{} event types", sent.len());
    let params = ListEventsParams::default().order(PaginationOrder::Asc);
    let events: Vec<_> = workos.events().list(params).items().try_collect().await.unwrap();
    assert_eq!(events.len(), sent.len());
    for (event, sent) in events.iter().zip(&sent) {
        assert_eq!(event.name(), sent["event"].as_str().unwrap());
        assert!(!matches!(event.data, EventData::Unknown { .. }), "{} is not typed", event.name());
    }
}

#[tokio::test]
async fn a_full_sync_then_the_stream_misses_nothing_and_repeats_nothing() {
    let (server, workos) = server_and_client().await;
    // Users that already exist, with their events.
    server.seed("list_directory_users_in_directory", 3);
    let filter = follow_quickly().events(["dsync.user.created", "dsync.user.updated"]);

    // The cursor first, then the full sync: what happens during the sync is followed.
    let start = workos.events().newest_cursor(&filter).await.unwrap();
    let newest = server.events().last().unwrap()["id"].as_str().unwrap().to_owned();
    assert_eq!(start, Start::After(newest));
    let synced: Vec<_> = workos
        .directory_sync()
        .list_directory_users(&"directory_1".into(), Default::default())
        .items()
        .try_collect()
        .await
        .unwrap();
    assert_eq!(synced.len(), 3);
    let during = server
        .append_event("dsync.user.updated", server.example_event_data("dsync.user.updated", 9).unwrap());
    server
        .append_event("organization.created", server.example_event_data("organization.created", 1).unwrap());

    let mut stream = workos.events().follow(start, filter);
    let delivery = next(&mut stream).await.unwrap();
    assert_eq!(delivery.cursor(), during["id"].as_str().unwrap());
    assert!(matches!(delivery.event.data, EventData::DsyncUserUpdated(_)));
    let after = server
        .append_event("dsync.user.created", server.example_event_data("dsync.user.created", 10).unwrap());
    let delivery = next(&mut stream).await.unwrap();
    assert_eq!(delivery.cursor(), after["id"].as_str().unwrap(), "the organization event is filtered out");
    // Each request asked for the oldest first, set explicitly, with the filter.
    for request in server.requests_for("list_events").iter().skip(1) {
        assert!(request.query.contains(&("order".into(), "asc".into())), "{:?}", request.query);
        assert!(
            request.query.iter().any(|(n, v)| n == "events" && v == "dsync.user.created,dsync.user.updated")
        );
    }
}

/// The mirror's tables, and the cursor's, in one database.
fn open_mirror(path: &std::path::Path) -> rusqlite::Connection {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.execute_batch("CREATE TABLE IF NOT EXISTS applied (event_id TEXT PRIMARY KEY NOT NULL)").unwrap();
    sqlite::create_table(&conn).unwrap();
    conn
}

#[tokio::test]
async fn a_restart_resumes_exactly_after_the_last_event_applied_in_the_same_transaction() {
    let (server, workos) = server_and_client().await;
    for seed in 1..=7 {
        server.append_event(
            "dsync.group.created",
            server.example_event_data("dsync.group.created", seed).unwrap(),
        );
    }
    let dir = std::env::temp_dir().join(format!("workos-restart-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("mirror.sqlite");
    let _ = std::fs::remove_file(&path);

    // The first run applies three events, then fails half way through the fourth: its
    // writes and its cursor are rolled back together.
    {
        let mut conn = open_mirror(&path);
        let start = Start::from_cursor(sqlite::load(&conn, "groups").unwrap());
        assert_eq!(start, Start::Beginning);
        let mut stream = workos.events().follow(start, follow_quickly());
        for n in 0..4 {
            let delivery = next(&mut stream).await.unwrap();
            let tx = conn.transaction().unwrap();
            // `INSERT` without `OR IGNORE`: an event applied twice fails the test.
            tx.execute("INSERT INTO applied (event_id) VALUES (?1)", [delivery.cursor()]).unwrap();
            sqlite::save(&tx, "groups", delivery.cursor()).unwrap();
            if n < 3 {
                tx.commit().unwrap();
            } // the fourth: dropped, rolled back, as a crash would leave it
        }
    }

    // The second run starts from the stored cursor and gets the fourth event first.
    let mut conn = open_mirror(&path);
    let stored = sqlite::load(&conn, "groups").unwrap();
    assert_eq!(stored.as_deref(), server.events()[2]["id"].as_str());
    let mut stream = workos.events().follow(Start::from_cursor(stored), follow_quickly());
    for _ in 3..7 {
        let delivery = next(&mut stream).await.unwrap();
        let tx = conn.transaction().unwrap();
        tx.execute("INSERT INTO applied (event_id) VALUES (?1)", [delivery.cursor()]).unwrap();
        sqlite::save(&tx, "groups", delivery.cursor()).unwrap();
        tx.commit().unwrap();
    }
    let applied: Vec<String> = conn
        .prepare("SELECT event_id FROM applied ORDER BY event_id")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap();
    let all: Vec<String> = server.events().iter().map(|e| e["id"].as_str().unwrap().to_owned()).collect();
    assert_eq!(applied, all, "every event applied once, none lost");
    drop(conn);
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn the_sqlite_and_memory_stores_keep_one_cursor_per_stream() {
    let sqlite = sqlite::SqliteCursors::new(rusqlite::Connection::open_in_memory().unwrap()).unwrap();
    let memory = MemoryCursors::new();
    for store in [&sqlite as &dyn CursorStore, &memory] {
        assert_eq!(store.load("a").await.unwrap(), None);
        store.save("a", "event_1").await.unwrap();
        store.save("b", "event_9").await.unwrap();
        store.save("a", "event_2").await.unwrap();
        assert_eq!(store.load("a").await.unwrap().as_deref(), Some("event_2"));
        assert_eq!(store.load("b").await.unwrap().as_deref(), Some("event_9"));
    }
}

#[tokio::test]
async fn a_poisoned_event_is_skipped_by_choice_or_stops_the_consumer() {
    let (server, workos) = server_and_client().await;
    let data = |seed| server.example_event_data("organization.created", seed).unwrap();
    server.append_event("organization.created", data(1));
    let poisoned =
        server.append_event("organization.created", json!({ "object": "organization", "name": [] }));
    let after = server.append_event("organization.created", data(2));
    let store = MemoryCursors::new();

    // A consumer that stops at it stores nothing past it...
    let mut stream = workos.events().follow(Start::Beginning, follow_quickly());
    let first = next(&mut stream).await.unwrap();
    store.save("orgs", first.cursor()).await.unwrap();
    let error = next(&mut stream).await.unwrap_err();
    assert_eq!(error.undecoded_event().unwrap().id(), poisoned["id"].as_str().unwrap());
    drop(stream);

    // ...so the next run meets it again, and this one skips it by storing its id.
    let start = Start::from_cursor(store.load("orgs").await.unwrap());
    let mut stream = workos.events().follow(start, follow_quickly());
    let error = next(&mut stream).await.unwrap_err();
    let skipped = error.undecoded_event().unwrap();
    assert_eq!(skipped.id(), poisoned["id"].as_str().unwrap());
    store.save("orgs", skipped.id()).await.unwrap();
    let delivery = next(&mut stream).await.unwrap();
    assert_eq!(delivery.cursor(), after["id"].as_str().unwrap());
    drop(stream);

    // And a restart after the skip starts past it.
    let start = Start::from_cursor(store.load("orgs").await.unwrap());
    let mut stream = workos.events().follow(start, follow_quickly());
    assert_eq!(next(&mut stream).await.unwrap().cursor(), after["id"].as_str().unwrap());
}

#[tokio::test]
async fn the_end_of_the_stream_is_waited_on_without_a_busy_loop() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let interval = Duration::from_millis(100);
    let mut stream = workos.events().follow(Start::Beginning, Follow::new().poll_interval(interval));

    // Nothing to deliver: the consumer waits for 1 s of real time, one request per interval.
    let waited = tokio::time::timeout(Duration::from_secs(1), stream.next()).await;
    assert!(waited.is_err(), "no event to deliver");
    let asked = server.requests_for("list_events").len();
    assert!((2..=12).contains(&asked), "{asked} requests in 1 s at one per 100 ms");

    // Dropping `next()` above at its await lost nothing: the next event still arrives.
    let event = server.append_event("user.created", server.example_event_data("user.created", 1).unwrap());
    let delivery = next(&mut stream).await.unwrap();
    assert_eq!(delivery.cursor(), event["id"].as_str().unwrap());
    assert!(matches!(delivery.event.data, EventData::UserCreated(_)));
}

#[tokio::test]
async fn a_failed_request_is_an_item_and_the_stream_goes_on() {
    let (server, workos) = server_and_client().await;
    let event = server.append_event("user.created", server.example_event_data("user.created", 1).unwrap());
    server.inject("list_events", workos_test_server::Fault::status(401).times(1));
    let mut stream = workos.events().follow(Start::Beginning, follow_quickly());
    assert_eq!(next(&mut stream).await.unwrap_err().kind(), ErrorKind::Unauthorized);
    assert_eq!(next(&mut stream).await.unwrap().cursor(), event["id"].as_str().unwrap());
}
