//! One refresh per session at a time: the requests of one session that find its access token
//! expired share one refresh, since a refresh token is used once (a second refresh with it is
//! refused, and would sign the user out).
//!
//! The refresh runs in a task of its own, so a request that is dropped while it waits (the
//! browser gave up) does not drop the refresh: the others still get its result, and so do
//! requests that arrive for a while after with the old cookie (the browser sent them before
//! the new cookie came back), which would otherwise present a spent refresh token.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use futures::FutureExt;
use futures::future::{BoxFuture, Shared};

use crate::error::Error;

/// How long a finished refresh is kept for requests still carrying the old cookie.
pub const REFRESH_REUSE_WINDOW: Duration = Duration::from_secs(30);

/// The most sessions refreshing (or kept for [`REFRESH_REUSE_WINDOW`]) at once; past it a
/// refresh still runs in its own task, but is not shared.
pub const MAX_SHARED_REFRESHES: usize = 10_000;

/// The shared result of one refresh.
pub(crate) type Outcome<T> = Result<Arc<T>, Arc<Error>>;

struct Flight<T> {
    started: Instant,
    /// Told apart from a later flight of the same key, so that a finished task only removes
    /// its own entry.
    id: u64,
    result: Shared<BoxFuture<'static, Outcome<T>>>,
}

/// Refreshes in flight, by a digest of the refresh token they spend (the token itself is not
/// kept as a key).
pub(crate) struct SingleFlight<T> {
    flights: Mutex<Flights<T>>,
}

struct Flights<T> {
    next_id: u64,
    by_key: HashMap<[u8; 32], Flight<T>>,
}

impl<T> Default for SingleFlight<T> {
    fn default() -> Self {
        SingleFlight { flights: Mutex::new(Flights { next_id: 0, by_key: HashMap::new() }) }
    }
}

impl<T> std::fmt::Debug for SingleFlight<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let count = self.flights.lock().map_or(0, |f| f.by_key.len());
        f.debug_struct("SingleFlight").field("flights", &count).finish()
    }
}

impl<T: Send + Sync + 'static> SingleFlight<T> {
    /// The result of refreshing the session whose refresh token is `refresh_token`: the
    /// refresh in flight for it (or finished within the reuse window), or a new one run by
    /// `refresh` in a spawned task.
    pub(crate) async fn run(
        self: &Arc<Self>,
        refresh_token: &str,
        refresh: impl std::future::Future<Output = Result<T, Error>> + Send + 'static,
    ) -> Outcome<T> {
        let key: [u8; 32] = ring::digest::digest(&ring::digest::SHA256, refresh_token.as_bytes())
            .as_ref()
            .try_into()
            .expect("SHA-256 is 32 bytes");
        let shared = {
            let mut flights = self.flights.lock().unwrap_or_else(|p| p.into_inner());
            let now = Instant::now();
            // Only finished flights go: one still running has waiters.
            flights.by_key.retain(|_, flight| {
                now.duration_since(flight.started) < REFRESH_REUSE_WINDOW || flight.result.peek().is_none()
            });
            if let Some(flight) = flights.by_key.get(&key) {
                flight.result.clone()
            } else {
                flights.next_id += 1;
                let id = flights.next_id;
                let this = Arc::downgrade(self);
                let task = tokio::spawn(async move {
                    let outcome = refresh.await.map(Arc::new).map_err(Arc::new);
                    // A failure is not kept: the next request tries again (the failure may
                    // have been the network's).
                    if let (Err(_), Some(this)) = (&outcome, this.upgrade()) {
                        let mut flights = this.flights.lock().unwrap_or_else(|p| p.into_inner());
                        if flights.by_key.get(&key).is_some_and(|f| f.id == id) {
                            flights.by_key.remove(&key);
                        }
                    }
                    outcome
                });
                let result = task
                    .map(|joined| match joined {
                        Ok(outcome) => outcome,
                        Err(_) => Err(Arc::new(Error::config("the session refresh task was cancelled"))),
                    })
                    .boxed()
                    .shared();
                if flights.by_key.len() < MAX_SHARED_REFRESHES {
                    flights.by_key.insert(key, Flight { started: now, id, result: result.clone() });
                }
                result
            }
        };
        shared.await
    }

    /// How many refreshes are kept (running or within the reuse window).
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.flights.lock().unwrap().by_key.len()
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    #[tokio::test]
    async fn concurrent_callers_share_one_run_and_a_failure_is_not_kept() {
        let flights = Arc::new(SingleFlight::<()>::default());
        let runs = Arc::new(AtomicUsize::new(0));
        let refresh = |runs: Arc<AtomicUsize>| async move {
            runs.fetch_add(1, Ordering::SeqCst);
            tokio::time::sleep(Duration::from_millis(20)).await;
            Err(Error::config("WorkOS is unreachable"))
        };
        let (a, b) = tokio::join!(
            flights.run("refresh_1", refresh(runs.clone())),
            flights.run("refresh_1", refresh(runs.clone())),
        );
        assert!(a.is_err() && b.is_err());
        assert_eq!(runs.load(Ordering::SeqCst), 1, "one refresh for both");
        assert_eq!(flights.len(), 0, "a failure is tried again next time");
        let _ = flights.run("refresh_1", refresh(runs.clone())).await;
        assert_eq!(runs.load(Ordering::SeqCst), 2);
    }
}
