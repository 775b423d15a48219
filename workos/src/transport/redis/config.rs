//! [`RedisPacing`]: where the shared state is (the Redis URL), under which key prefix, and
//! how long a call waits for Redis before it paces in-process.

use std::time::Duration;

use crate::error::{Error, Result};

/// The longest one round trip to Redis may take by default (250 ms), connecting included.
pub const DEFAULT_REDIS_TIMEOUT: Duration = Duration::from_millis(250);

/// Shares a client's pacing and retry budget with every process that uses the same Redis
/// and key prefix; give it to [`WorkosBuilder::redis_pacing`](crate::WorkosBuilder::redis_pacing).
///
/// What is shared: every window (the overall limit, each directory's, AuthKit reads and
/// writes, each per-operation limit), every `429` pause, scoped as in-process, and the
/// [`RetryBudget`](crate::RetryBudget). Each step (a window checked and a place taken, a
/// pause set, tokens taken) is one Lua script, so one round trip and atomic; the windows are
/// timed by Redis's clock, so the processes' clocks need not agree.
///
/// When Redis cannot be reached, no WorkOS call fails for it: a call waits at most the
/// [round-trip timeout](RedisPacing::round_trip_timeout) (250 ms by default) for Redis, then
/// paces in-process as a client without Redis does, with a warning logged (once per outage)
/// and [`Metrics::shared_store_unavailable`](crate::Metrics::shared_store_unavailable).
/// While Redis is down, one call a second tries it again (within the same bound); the others
/// do not wait for it at all. Once it answers, pacing is shared again.
#[derive(Clone)]
pub struct RedisPacing {
    pub(crate) client: redis::Client,
    pub(crate) prefix: String,
    pub(crate) timeout: Duration,
}

impl RedisPacing {
    /// Redis at `url` (`redis://host:port/db`, with `user:password@` when it needs them;
    /// `rediss://` needs a TLS feature of the `redis` crate enabled by your application).
    /// Nothing is connected until the first call.
    pub fn new(url: &str) -> Result<RedisPacing> {
        // The URL may carry a password: the error does not repeat it.
        let client = redis::Client::open(url)
            .map_err(|e| Error::config(format!("the Redis URL is not valid ({:?})", e.kind())))?;
        Ok(RedisPacing { client, prefix: "workos".to_owned(), timeout: DEFAULT_REDIS_TIMEOUT })
    }

    /// What every key starts with (`workos` by default): processes with the same Redis and
    /// prefix share their limits; use one prefix per API key or environment. Keys are
    /// `{prefix}:...`, the braces making them one Redis Cluster hash slot.
    pub fn key_prefix(mut self, prefix: impl Into<String>) -> RedisPacing {
        self.prefix = prefix.into();
        self
    }

    /// The longest a call waits for one round trip to Redis, connecting included, before it
    /// paces in-process instead ([`DEFAULT_REDIS_TIMEOUT`] unless set).
    pub fn round_trip_timeout(mut self, timeout: Duration) -> RedisPacing {
        self.timeout = timeout;
        self
    }
}

impl std::fmt::Debug for RedisPacing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Not the URL, which may carry a password.
        f.debug_struct("RedisPacing")
            .field("prefix", &self.prefix)
            .field("timeout", &self.timeout)
            .finish_non_exhaustive()
    }
}
