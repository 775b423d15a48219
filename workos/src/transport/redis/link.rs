//! [`Link`]: a client's connection to Redis and what it knows of Redis's health. Every round
//! trip runs under the configured timeout; one that fails or times out marks Redis down
//! (logging a warning and telling the metrics hook, once per outage), after which callers
//! do not wait for Redis at all, except one a second that tries it again. The connection
//! manager reconnects by itself; the first answer after an outage marks Redis up again.

use std::sync::Mutex;
use std::time::Duration;

use redis::aio::{ConnectionManager, ConnectionManagerConfig};
use redis::{FromRedisValue, ScriptInvocation};
use tokio::sync::OnceCell;
use tokio::time::Instant;

use super::config::RedisPacing;
use crate::transport::metrics::Hook;

/// How often a call tries Redis again while it is down.
const PROBE_INTERVAL: Duration = Duration::from_secs(1);

/// Whether Redis is thought to answer.
#[derive(Debug, Clone, Copy)]
enum Health {
    Up,
    /// Down; the next call at or after this time tries it again.
    Down {
        next_probe: Instant,
    },
}

/// A client's connection to Redis, shared by its pacer and its retry budget.
pub(crate) struct Link {
    config: RedisPacing,
    /// Made on the first call (it needs a runtime, which building a client does not).
    connection: OnceCell<ConnectionManager>,
    health: Mutex<Health>,
    metrics: Hook,
}

impl std::fmt::Debug for Link {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Link")
            .field("config", &self.config)
            .field("health", &self.health)
            .finish_non_exhaustive()
    }
}

impl Link {
    pub(crate) fn new(config: RedisPacing, metrics: Hook) -> Link {
        Link { config, connection: OnceCell::new(), health: Mutex::new(Health::Up), metrics }
    }

    /// A key under the configured prefix.
    pub(crate) fn key(&self, rest: &str) -> String {
        format!("{{{}}}:{rest}", self.config.prefix)
    }

    /// Whether a round trip is worth trying now: Redis is up, or a probe is due (which this
    /// caller then makes, the others waiting for the next one).
    pub(crate) fn usable(&self) -> bool {
        let mut health = self.health.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        match *health {
            Health::Up => true,
            Health::Down { next_probe } => {
                let now = Instant::now();
                if now < next_probe {
                    return false;
                }
                *health = Health::Down { next_probe: crate::time::later(now, PROBE_INTERVAL) };
                true
            }
        }
    }

    /// Whether Redis is thought down, without claiming a probe.
    pub(crate) fn is_down(&self) -> bool {
        let health = self.health.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        matches!(*health, Health::Down { next_probe } if Instant::now() < next_probe)
    }

    /// Runs `script` in one round trip (three after Redis lost its script cache: `EVALSHA`,
    /// `SCRIPT LOAD`, `EVAL`), within the timeout. `None` when Redis is down, does not answer
    /// in time or answers an error: the caller then uses this process's state.
    pub(crate) async fn run<T: FromRedisValue>(&self, script: &ScriptInvocation<'_>) -> Option<T> {
        if !self.usable() {
            return None;
        }
        let timeout = self.config.timeout;
        let result = tokio::time::timeout(timeout, async {
            let connection = self
                .connection
                .get_or_try_init(|| async {
                    let config = ConnectionManagerConfig::new()
                        .set_connection_timeout(Some(timeout))
                        .set_response_timeout(Some(timeout))
                        // The manager reconnects on the next request after a failure; calls do
                        // not wait through its retries, they go on in-process meanwhile.
                        .set_number_of_retries(1)
                        .set_max_delay(timeout);
                    ConnectionManager::new_lazy_with_config(self.config.client.clone(), config)
                })
                .await?;
            script.invoke_async::<T>(&mut connection.clone()).await
        })
        .await;
        match result {
            Ok(Ok(value)) => {
                self.answered();
                Some(value)
            }
            Ok(Err(error)) => {
                self.failed(&error.to_string());
                None
            }
            Err(_) => {
                self.failed(&format!("no answer within {timeout:?}"));
                None
            }
        }
    }

    fn answered(&self) {
        let mut health = self.health.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        if matches!(*health, Health::Down { .. }) {
            *health = Health::Up;
            drop(health);
            tracing::info!("Redis answers again: WorkOS pacing and retry budget are shared again");
            if let Some(metrics) = self.metrics.get() {
                metrics.shared_store_recovered();
            }
        }
    }

    fn failed(&self, reason: &str) {
        let mut health = self.health.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let was_up = matches!(*health, Health::Up);
        *health = Health::Down { next_probe: crate::time::later(Instant::now(), PROBE_INTERVAL) };
        drop(health);
        if was_up {
            tracing::warn!(
                reason,
                "Redis cannot be reached: WorkOS pacing and retry budget fall back to this process until it answers"
            );
            if let Some(metrics) = self.metrics.get() {
                metrics.shared_store_unavailable();
            }
        }
    }
}
