//! Directory mirror: keeps a SQLite copy of Directory Sync (directories, and one directory's
//! users and groups) with a full sync, then the `dsync.*` events, each applied in one
//! transaction with the cursor past it: a restart resumes exactly after the last event
//! applied, and none is applied twice.
//!
//! ```sh
//! cargo run -p workos-sdk --features events-sqlite --example directory_mirror
//! ```
//!
//! `MIRROR_DB` names the database file (in memory by default); `DIRECTORY_ID` the directory
//! (the first listed by default). With `WORKOS_API_KEY` set it mirrors the real API and
//! follows its events until stopped. Without, it starts the local server, seeds users and
//! groups, makes a few changes there while following, and stops once it has applied them.

use std::time::Duration;

use futures::{StreamExt, TryStreamExt};
use workos::Workos;
use workos::events::store::sqlite::{self, rusqlite};
use workos::events::{Delivery, EventData, Follow, Start};
use workos::types::{
    DirectoryId, ListDirectoriesParams, ListDirectoryGroupsInDirectoryParams,
    ListDirectoryUsersInDirectoryParams,
};

/// The cursor's name in the database.
const STREAM: &str = "directory-mirror";

fn open(path: &str) -> rusqlite::Result<rusqlite::Connection> {
    let conn = if path.is_empty() {
        rusqlite::Connection::open_in_memory()?
    } else {
        rusqlite::Connection::open(path)?
    };
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS directories (id TEXT PRIMARY KEY, name TEXT NOT NULL);
         CREATE TABLE IF NOT EXISTS users (id TEXT PRIMARY KEY, directory_id TEXT NOT NULL, email TEXT);
         CREATE TABLE IF NOT EXISTS groups (id TEXT PRIMARY KEY, directory_id TEXT NOT NULL, name TEXT NOT NULL);",
    )?;
    sqlite::create_table(&conn)?;
    Ok(conn)
}

/// Applies one event and stores the cursor past it, in one transaction.
fn apply(conn: &mut rusqlite::Connection, delivery: &Delivery) -> rusqlite::Result<()> {
    let tx = conn.transaction()?;
    match &delivery.event.data {
        EventData::DsyncUserDeleted(user) => {
            tx.execute("DELETE FROM users WHERE id = ?1", [user.id.as_str()])?;
        }
        EventData::DsyncUserCreated(user) => {
            upsert_user(&tx, &user.id, &user.directory_id, user.email.as_deref())?
        }
        EventData::DsyncUserUpdated(user) => {
            upsert_user(&tx, &user.id, &user.directory_id, user.email.as_deref())?
        }
        EventData::DsyncGroupCreated(group) => {
            tx.execute(
                "INSERT INTO groups (id, directory_id, name) VALUES (?1, ?2, ?3)
                 ON CONFLICT (id) DO UPDATE SET name = excluded.name",
                rusqlite::params![group.id.as_str(), group.directory_id.as_str(), group.name],
            )?;
        }
        EventData::DsyncGroupUpdated(group) => {
            tx.execute(
                "UPDATE groups SET name = ?2 WHERE id = ?1",
                rusqlite::params![group.id.as_str(), group.name],
            )?;
        }
        EventData::DsyncGroupDeleted(group) => {
            tx.execute("DELETE FROM groups WHERE id = ?1", [group.id.as_str()])?;
        }
        // Other event types: nothing to mirror, but the cursor still moves past them.
        _ => {}
    }
    sqlite::save(&tx, STREAM, delivery.cursor())?;
    tx.commit()
}

fn upsert_user(
    tx: &rusqlite::Transaction<'_>,
    id: &str,
    directory_id: &str,
    email: Option<&str>,
) -> rusqlite::Result<()> {
    tx.execute(
        "INSERT INTO users (id, directory_id, email) VALUES (?1, ?2, ?3)
         ON CONFLICT (id) DO UPDATE SET directory_id = excluded.directory_id, email = excluded.email",
        rusqlite::params![id, directory_id, email],
    )
    .map(drop)
}

fn count(conn: &rusqlite::Connection, table: &str) -> rusqlite::Result<i64> {
    conn.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |row| row.get(0))
}

#[tokio::main]
// Public so that a test can run the mirror exactly as `cargo run` does.
pub async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let (workos, server) = match std::env::var("WORKOS_API_KEY") {
        Ok(key) if !key.trim().is_empty() => (Workos::from_env()?, None),
        _ => {
            let server = workos_test_server::TestServer::start().await;
            println!("WORKOS_API_KEY is not set: mirroring a local WorkOS server at {}", server.url());
            server.seed("list_directories", 2);
            server.seed("list_directory_users_in_directory", 4);
            server.seed("list_directory_groups_in_directory", 2);
            let workos = Workos::builder().api_key(server.api_key()).base_url(server.url()).build()?;
            (workos, Some(server))
        }
    };
    let mut conn = open(&std::env::var("MIRROR_DB").unwrap_or_default())?;
    let follow = Follow::new()
        .events([
            "dsync.user.created",
            "dsync.user.updated",
            "dsync.user.deleted",
            "dsync.group.created",
            "dsync.group.updated",
            "dsync.group.deleted",
        ])
        .poll_interval(if server.is_some() { Duration::from_millis(50) } else { Duration::from_secs(5) });

    let start = match sqlite::load(&conn, STREAM)? {
        Some(cursor) => {
            println!("Resuming after {cursor}");
            Start::After(cursor)
        }
        None => {
            // The cursor before the sync: what changes during the sync is followed too.
            let start = workos.events().newest_cursor(&follow).await?;
            let directories: Vec<_> = workos
                .directory_sync()
                .list_directories(ListDirectoriesParams::default())
                .items()
                .try_collect()
                .await?;
            let directory = std::env::var("DIRECTORY_ID")
                .ok()
                .map(DirectoryId::from)
                .or_else(|| directories.first().map(|d| d.id.clone()));
            let Some(directory) = directory else { return Err("no directory to mirror".into()) };
            let users: Vec<_> = workos
                .directory_sync()
                .list_directory_users(&directory, ListDirectoryUsersInDirectoryParams::default())
                .items()
                .try_collect()
                .await?;
            let groups: Vec<_> = workos
                .directory_sync()
                .list_directory_groups(&directory, ListDirectoryGroupsInDirectoryParams::default())
                .items()
                .try_collect()
                .await?;
            let tx = conn.transaction()?;
            for d in &directories {
                tx.execute(
                    "INSERT OR REPLACE INTO directories (id, name) VALUES (?1, ?2)",
                    [d.id.as_str(), d.name.as_str()],
                )?;
            }
            for u in &users {
                tx.execute(
                    "INSERT OR REPLACE INTO users (id, directory_id, email) VALUES (?1, ?2, ?3)",
                    rusqlite::params![u.id.as_str(), directory.as_str(), u.email],
                )?;
            }
            for g in &groups {
                tx.execute(
                    "INSERT OR REPLACE INTO groups (id, directory_id, name) VALUES (?1, ?2, ?3)",
                    rusqlite::params![g.id.as_str(), directory.as_str(), g.name],
                )?;
            }
            if let Start::After(cursor) = &start {
                sqlite::save(&tx, STREAM, cursor)?;
            }
            tx.commit()?;
            println!(
                "Full sync: {} directories, {} users, {} groups",
                directories.len(),
                users.len(),
                groups.len()
            );
            start
        }
    };

    // Offline, make a few changes on the local server to follow: a new user, a renamed
    // group, a user removed.
    let mut expected = None;
    if let Some(server) = &server {
        let new_user = server.example_event_data("dsync.user.created", 99).ok_or("no example user")?;
        server.append_event("dsync.user.created", new_user.clone());
        let mut group = server.example_event_data("dsync.group.updated", 1).ok_or("no example group")?;
        group["name"] = "Renamed".into();
        server.append_event("dsync.group.updated", group.clone());
        let gone = server.example_event_data("dsync.user.deleted", 1).ok_or("no example user")?;
        server.append_event("dsync.user.deleted", gone.clone());
        expected = Some((new_user, group, gone));
    }

    let mut stream = workos.events().follow(start, follow);
    let mut applied = 0;
    // Offline, the changes above arrive at once: waiting longer means something is wrong.
    let patience = if server.is_some() { Duration::from_secs(30) } else { Duration::MAX };
    while let Some(item) =
        tokio::time::timeout(patience, stream.next()).await.map_err(|_| "no event for 30 s")?
    {
        match item {
            Ok(delivery) => {
                apply(&mut conn, &delivery)?;
                applied += 1;
                println!("applied {} {}", delivery.event.name(), delivery.cursor());
            }
            Err(error) => match error.undecoded_event() {
                // One event that does not decode: log it and move past it.
                Some(raw) => {
                    eprintln!("skipping {} ({}): {error}", raw.id(), raw.event());
                    sqlite::save(&conn, STREAM, raw.id())?;
                }
                // A failed request: the stream asks again at its next poll.
                None => eprintln!("event stream: {error}"),
            },
        }
        if expected.is_some() && applied == 3 {
            break;
        }
    }

    if let Some((new_user, group, gone)) = expected {
        let has = |table: &str, id: &serde_json::Value| -> rusqlite::Result<bool> {
            conn.query_row(&format!("SELECT COUNT(*) FROM {table} WHERE id = ?1"), [id.as_str()], |row| {
                row.get::<_, i64>(0)
            })
            .map(|n| n == 1)
        };
        let renamed: String =
            conn.query_row("SELECT name FROM groups WHERE id = ?1", [group["id"].as_str()], |row| {
                row.get(0)
            })?;
        if !has("users", &new_user["id"])? || has("users", &gone["id"])? || renamed != "Renamed" {
            return Err("the mirror does not show the followed changes".into());
        }
    }
    println!(
        "Mirror: {} directories, {} users, {} groups; cursor {:?}",
        count(&conn, "directories")?,
        count(&conn, "users")?,
        count(&conn, "groups")?,
        sqlite::load(&conn, STREAM)?
    );
    Ok(())
}
