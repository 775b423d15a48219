//! What a runtime client and its poller share: the payload served, what is known of the
//! polls, and how they are made.

use std::sync::{Arc, Mutex, PoisonError, RwLock};
use std::time::{Duration, SystemTime};

use super::evaluate::Snapshot;
use crate::error::Error;

/// How often, and how patiently, the poller asks for the payload.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Options {
    pub(super) poll_interval: Duration,
    pub(super) request_timeout: Duration,
}

/// What the client knows of its polls.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct RuntimeStats {
    /// Polls made.
    pub polls: u64,
    /// Polls that failed, a payload that does not read included.
    pub failed_polls: u64,
    /// When the last poll started.
    pub last_poll_at: Option<SystemTime>,
    /// When the payload served now was fetched; `None` before the first (or with only a
    /// bootstrap payload).
    pub fetched_at: Option<SystemTime>,
    /// Flags in the payload served now.
    pub flag_count: usize,
    /// Why the last poll failed, if it did.
    pub last_error: Option<String>,
}

/// What the poller and the clients share: the payload served and the statistics.
#[derive(Debug, Default)]
pub(crate) struct Shared {
    snapshot: RwLock<Option<Arc<Snapshot>>>,
    stats: Mutex<RuntimeStats>,
}

impl Shared {
    pub(super) fn snapshot(&self) -> Option<Arc<Snapshot>> {
        // Nothing panics while these locks are held; were it to, the values are still whole.
        self.snapshot.read().unwrap_or_else(PoisonError::into_inner).clone()
    }

    pub(super) fn stats(&self) -> std::sync::MutexGuard<'_, RuntimeStats> {
        self.stats.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Serves `snapshot` until a poll brings another: a payload the caller had before any poll.
    pub(super) fn bootstrap(&self, snapshot: Snapshot) {
        self.stats().flag_count = snapshot.len();
        *self.snapshot.write().unwrap_or_else(PoisonError::into_inner) = Some(Arc::new(snapshot));
    }

    /// Serves `snapshot` from now on, fetched by the poll started at `polled_at`.
    pub(super) fn store(&self, snapshot: Snapshot, polled_at: SystemTime) {
        let count = snapshot.len();
        *self.snapshot.write().unwrap_or_else(PoisonError::into_inner) = Some(Arc::new(snapshot));
        let mut stats = self.stats();
        stats.polls += 1;
        stats.last_poll_at = Some(polled_at);
        stats.fetched_at = Some(SystemTime::now());
        stats.flag_count = count;
        stats.last_error = None;
    }

    pub(super) fn failed(&self, polled_at: SystemTime, error: &Error) {
        let mut stats = self.stats();
        stats.polls += 1;
        stats.failed_polls += 1;
        stats.last_poll_at = Some(polled_at);
        stats.last_error = Some(error.to_string());
    }
}
