//! Cursors in SQLite (feature `events-sqlite`, through `rusqlite`): [`SqliteCursors`] for a
//! connection of the store's own, and [`load`] / [`save`] on the application's connection
//! or transaction, so that an event's effects and the cursor past it commit together.
//!
//! ```no_run
//! # fn demo(conn: &mut rusqlite::Connection, delivery: &workos::events::Delivery) -> Result<(), Box<dyn std::error::Error>> {
//! use workos::events::store::sqlite;
//!
//! sqlite::create_table(conn)?;
//! let tx = conn.transaction()?;
//! // ... the application's writes for `delivery.event`, on `tx` ...
//! sqlite::save(&tx, "directory-mirror", delivery.cursor())?;
//! tx.commit()?; // both, or neither
//! # Ok(()) }
//! ```

use std::sync::{Arc, Mutex};

use futures::future::BoxFuture;
pub use rusqlite;
use rusqlite::{Connection, OptionalExtension};

use super::cursor::{CursorStore, StoreError};

/// Creates the cursor table, `workos_event_cursors` (one row per stream), if it is not there
/// yet.
pub fn create_table(conn: &Connection) -> rusqlite::Result<()> {
    conn.execute_batch(
        "CREATE TABLE IF NOT EXISTS workos_event_cursors (stream TEXT PRIMARY KEY NOT NULL, cursor TEXT NOT NULL)",
    )
}

/// The stored cursor of `stream`, read on `conn` (a connection or a transaction).
pub fn load(conn: &Connection, stream: &str) -> rusqlite::Result<Option<String>> {
    conn.query_row("SELECT cursor FROM workos_event_cursors WHERE stream = ?1", [stream], |row| row.get(0))
        .optional()
}

/// Stores `cursor` as `stream`'s on `conn`: inside the application's transaction, it commits
/// or rolls back with the application's own writes.
pub fn save(conn: &Connection, stream: &str, cursor: &str) -> rusqlite::Result<()> {
    conn.execute(
        "INSERT INTO workos_event_cursors (stream, cursor) VALUES (?1, ?2) \
         ON CONFLICT (stream) DO UPDATE SET cursor = excluded.cursor",
        [stream, cursor],
    )
    .map(drop)
}

/// A [`CursorStore`] on a SQLite connection of its own (or shared with the application
/// through the same `Arc<Mutex<Connection>>`). Each call runs on Tokio's blocking threads.
#[derive(Debug, Clone)]
pub struct SqliteCursors {
    conn: Arc<Mutex<Connection>>,
}

impl SqliteCursors {
    /// A store on `conn`, whose cursor table is created if needed.
    pub fn new(conn: Connection) -> rusqlite::Result<SqliteCursors> {
        SqliteCursors::shared(Arc::new(Mutex::new(conn)))
    }

    /// A store on a connection the application shares.
    pub fn shared(conn: Arc<Mutex<Connection>>) -> rusqlite::Result<SqliteCursors> {
        create_table(&conn.lock().unwrap_or_else(|p| p.into_inner()))?;
        Ok(SqliteCursors { conn })
    }

    /// The connection, for the application's own statements.
    pub fn connection(&self) -> &Arc<Mutex<Connection>> {
        &self.conn
    }

    async fn run<T: Send + 'static>(
        &self,
        work: impl FnOnce(&Connection) -> rusqlite::Result<T> + Send + 'static,
    ) -> Result<T, StoreError> {
        let conn = self.conn.clone();
        // Run to its end even when the caller is dropped: one statement, all or nothing.
        tokio::task::spawn_blocking(move || work(&conn.lock().unwrap_or_else(|p| p.into_inner())))
            .await
            .map_err(|joined| StoreError::new("the SQLite call stopped", joined))?
            .map_err(|error| StoreError::new("SQLite failed", error))
    }
}

impl CursorStore for SqliteCursors {
    fn load<'a>(&'a self, stream: &'a str) -> BoxFuture<'a, Result<Option<String>, StoreError>> {
        let stream = stream.to_owned();
        Box::pin(self.run(move |conn| load(conn, &stream)))
    }

    fn save<'a>(&'a self, stream: &'a str, cursor: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
        let (stream, cursor) = (stream.to_owned(), cursor.to_owned());
        Box::pin(self.run(move |conn| save(conn, &stream, &cursor)))
    }
}
