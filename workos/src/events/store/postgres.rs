//! Cursors in PostgreSQL with one active consumer per stream (feature `events-postgres`,
//! through `tokio-postgres`): for a service that runs several instances, of which one follows
//! the events while the others stand by.
//!
//! Each stream's row holds its cursor and a lease: the holder's name and the time the lease
//! ends. [`Lease::acquire`] waits (standing by) until the row has no live lease or is already
//! its holder's, then takes it; the holder renews it (by itself every third of the lease, by
//! default) and every save renews it too. Saves are fenced: one by a holder whose lease has
//! passed to another changes nothing and fails with [`StoreError`], so an instance that was
//! paused past its lease cannot move the cursor of the one that took over. An instance that
//! stops (or whose [`Lease`] is dropped) stops renewing; a standby takes over within the lease
//! and its poll interval. [`Lease::release`] hands over at once.
//!
//! ```no_run
//! # async fn demo(client: std::sync::Arc<tokio_postgres::Client>) -> Result<(), Box<dyn std::error::Error>> {
//! use workos::events::store::postgres::{Lease, LeaseOptions};
//!
//! let lease = Lease::acquire(client.clone(), "directory-mirror", LeaseOptions::default()).await?; // waits its turn
//! let start = workos::events::Start::from_cursor(lease.cursor().await?);
//! // ... follow from `start`; per event, in the application's transaction:
//! // lease.save_in(&transaction, delivery.cursor()).await?; transaction.commit().await?;
//! # Ok(()) }
//! ```

use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use futures::future::BoxFuture;
pub use tokio_postgres;
use tokio_postgres::{Client, GenericClient};

use super::cursor::{CursorStore, StoreError};

/// How long a lease lasts unless renewed, by default.
pub const DEFAULT_LEASE: Duration = Duration::from_secs(30);

/// Creates the cursor table if it is not there yet.
pub async fn create_table(client: &impl GenericClient) -> Result<(), StoreError> {
    client
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS workos_event_cursors (
                stream TEXT PRIMARY KEY NOT NULL,
                cursor TEXT,
                holder TEXT NOT NULL,
                lease_until TIMESTAMPTZ NOT NULL
            )",
        )
        .await
        .map_err(|e| StoreError::new("cannot create the cursor table", e))
}

/// How a [`Lease`] is held.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct LeaseOptions {
    /// How long the lease lasts after each renewal ([`DEFAULT_LEASE`]).
    pub lease: Duration,
    /// How often a standby asks whether the lease is free (a tenth of the lease by default).
    pub poll: Option<Duration>,
    /// Whether a task renews the lease every third of it while the [`Lease`] lives (on by
    /// default); off, the holder renews it by saving or with [`Lease::renew`].
    pub renew_in_background: bool,
    /// The holder's name (a unique one by default: process id, time and a counter).
    pub holder: Option<String>,
}

impl Default for LeaseOptions {
    fn default() -> LeaseOptions {
        LeaseOptions { lease: DEFAULT_LEASE, poll: None, renew_in_background: true, holder: None }
    }
}

impl LeaseOptions {
    /// The lease's length (at least 100 ms).
    pub fn lease(mut self, lease: Duration) -> Self {
        self.lease = lease.max(Duration::from_millis(100));
        self
    }

    /// How often a standby asks (at least 10 ms).
    pub fn poll(mut self, poll: Duration) -> Self {
        self.poll = Some(poll.max(Duration::from_millis(10)));
        self
    }

    /// Whether a background task renews the lease.
    pub fn renew_in_background(mut self, renew: bool) -> Self {
        self.renew_in_background = renew;
        self
    }

    /// The holder's name, as the table shows it.
    pub fn holder(mut self, holder: impl Into<String>) -> Self {
        self.holder = Some(holder.into());
        self
    }
}

/// The lease of one stream: while it holds, this instance is the stream's one consumer.
pub struct Lease {
    client: Arc<Client>,
    stream: String,
    holder: String,
    lease: Duration,
    renewing: Option<tokio::task::JoinHandle<()>>,
}

impl std::fmt::Debug for Lease {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lease")
            .field("stream", &self.stream)
            .field("holder", &self.holder)
            .finish_non_exhaustive()
    }
}

fn unique_holder() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos());
    format!("{}-{nanos}-{}", std::process::id(), COUNTER.fetch_add(1, Ordering::Relaxed))
}

/// Takes or renews the lease in one statement: when the row is new, its lease has ended, or
/// it is already `holder`'s. Whether `holder` holds it afterwards.
async fn claim(client: &Client, stream: &str, holder: &str, lease: Duration) -> Result<bool, StoreError> {
    let rows = client
        .query(
            "INSERT INTO workos_event_cursors (stream, cursor, holder, lease_until)
             VALUES ($1, NULL, $2, clock_timestamp() + make_interval(secs => $3))
             ON CONFLICT (stream) DO UPDATE SET holder = excluded.holder, lease_until = excluded.lease_until
             WHERE workos_event_cursors.holder = excluded.holder
                OR workos_event_cursors.lease_until < clock_timestamp()
             RETURNING holder",
            &[&stream, &holder, &lease.as_secs_f64()],
        )
        .await
        .map_err(|e| StoreError::new("cannot claim the lease", e))?;
    Ok(!rows.is_empty())
}

impl Lease {
    /// Waits until this instance holds the lease of `stream`, then returns it. Standing by
    /// is polling the row every [`LeaseOptions::poll`]; drop the future to stop waiting.
    /// Creates the table if needed.
    pub async fn acquire(
        client: Arc<Client>,
        stream: &str,
        options: LeaseOptions,
    ) -> Result<Lease, StoreError> {
        create_table(&*client).await?;
        let holder = options.holder.clone().unwrap_or_else(unique_holder);
        let poll = options.poll.unwrap_or(options.lease / 10);
        while !claim(&client, stream, &holder, options.lease).await? {
            tokio::time::sleep(poll).await;
        }
        let renewing = options.renew_in_background.then(|| {
            let (client, stream, holder, lease) =
                (client.clone(), stream.to_owned(), holder.clone(), options.lease);
            tokio::spawn(async move {
                loop {
                    tokio::time::sleep(lease / 3).await;
                    // A renewal that fails (lost to another, or the database away) is tried
                    // again; a lost lease makes the holder's saves fail.
                    if let Err(error) = claim(&client, &stream, &holder, lease).await {
                        tracing::warn!(stream, "cannot renew the event stream's lease: {error}");
                    }
                }
            })
        });
        Ok(Lease { client, stream: stream.to_owned(), holder, lease: options.lease, renewing })
    }

    /// The stream this lease is of.
    pub fn stream(&self) -> &str {
        &self.stream
    }

    /// The holder's name.
    pub fn holder(&self) -> &str {
        &self.holder
    }

    /// The stored cursor, `None` before the first save.
    pub async fn cursor(&self) -> Result<Option<String>, StoreError> {
        let row = self
            .client
            .query_opt("SELECT cursor FROM workos_event_cursors WHERE stream = $1", &[&self.stream])
            .await
            .map_err(|e| StoreError::new("cannot read the cursor", e))?;
        Ok(row.and_then(|row| row.get::<_, Option<String>>(0)))
    }

    /// Renews the lease; fails when another holder has it now.
    pub async fn renew(&self) -> Result<(), StoreError> {
        self.update(&*self.client, None).await
    }

    /// Stores `cursor` and renews the lease, on the lease's own connection.
    pub async fn save(&self, cursor: &str) -> Result<(), StoreError> {
        self.update(&*self.client, Some(cursor)).await
    }

    /// Stores `cursor` and renews the lease on `client`: the application's transaction, so
    /// that the cursor commits or rolls back with its writes. Fails, changing nothing, when
    /// the lease has passed to another holder.
    pub async fn save_in(&self, client: &impl GenericClient, cursor: &str) -> Result<(), StoreError> {
        self.update(client, Some(cursor)).await
    }

    async fn update(&self, client: &impl GenericClient, cursor: Option<&str>) -> Result<(), StoreError> {
        let updated = client
            .execute(
                "UPDATE workos_event_cursors
                 SET cursor = COALESCE($3, cursor), lease_until = clock_timestamp() + make_interval(secs => $4)
                 WHERE stream = $1 AND holder = $2 AND lease_until >= clock_timestamp()",
                &[&self.stream, &self.holder, &cursor, &self.lease.as_secs_f64()],
            )
            .await
            .map_err(|e| StoreError::new("cannot store the cursor", e))?;
        if updated == 1 {
            Ok(())
        } else {
            Err(StoreError::msg(format!("the lease of `{}` is no longer this holder's", self.stream)))
        }
    }

    /// Gives the lease up at once: a standby takes over at its next poll.
    pub async fn release(mut self) -> Result<(), StoreError> {
        if let Some(task) = self.renewing.take() {
            task.abort();
        }
        self.client
            .execute(
                "UPDATE workos_event_cursors SET lease_until = '-infinity' WHERE stream = $1 AND holder = $2",
                &[&self.stream, &self.holder],
            )
            .await
            .map(drop)
            .map_err(|e| StoreError::new("cannot release the lease", e))
    }
}

impl Drop for Lease {
    fn drop(&mut self) {
        // No more renewals: a standby takes over once the lease ends.
        if let Some(task) = self.renewing.take() {
            task.abort();
        }
    }
}

/// The lease as a [`CursorStore`] of its one stream (the `stream` argument must name it).
impl CursorStore for Lease {
    fn load<'a>(&'a self, stream: &'a str) -> BoxFuture<'a, Result<Option<String>, StoreError>> {
        Box::pin(async move {
            if stream != self.stream {
                return Err(StoreError::msg(format!("this lease is of `{}`, not `{stream}`", self.stream)));
            }
            self.cursor().await
        })
    }

    fn save<'a>(&'a self, stream: &'a str, cursor: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
        Box::pin(async move {
            if stream != self.stream {
                return Err(StoreError::msg(format!("this lease is of `{}`, not `{stream}`", self.stream)));
            }
            Lease::save(self, cursor).await
        })
    }
}
