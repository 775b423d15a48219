//! The background poll of the runtime payload: one task per runtime client, which keeps the
//! last good payload, backs off while the endpoint fails, stops after a `401`, and is aborted
//! when the last clone of its client is dropped.

use std::sync::Arc;
use std::time::{Duration, SystemTime};

use tokio::sync::watch;

use super::evaluate::Snapshot;
use super::shared::{Options, Shared};
use crate::RetryPolicy;
use crate::Workos;
use crate::error::{Error, ErrorKind};
use crate::types::GetFeatureFlagsRuntimePayloadParams;

/// The first wait after a failed poll; it doubles with each failure in a row.
const INITIAL_BACKOFF: Duration = Duration::from_secs(1);
/// The longest wait after failures.
const MAX_BACKOFF: Duration = Duration::from_secs(60);
/// Each wait is the interval (or the backoff) give or take this share, so that clients
/// started together do not poll together.
const JITTER: f64 = 0.1;
/// No wait is shorter, jitter included.
const MIN_DELAY: Duration = Duration::from_secs(1);

/// Where a client stands: waiting for its first payload, serving one, or stopped for good.
#[derive(Debug, Clone)]
pub(crate) enum Readiness {
    Pending,
    Ready,
    /// The endpoint refused the key: polling stopped, the last payload (if any) stays.
    Stopped(ErrorKind, String),
}

/// Polls until the task is aborted (its client dropped) or the key is refused.
pub(crate) async fn run(
    workos: Workos,
    shared: Arc<Shared>,
    options: Options,
    ready: watch::Sender<Readiness>,
) {
    // The poller has its own backoff: a retrying call would hold the next poll back, and
    // each attempt is bounded by the request timeout alone.
    let workos = workos.with_retry_policy(RetryPolicy::none()).with_timeout(options.request_timeout);
    let params = GetFeatureFlagsRuntimePayloadParams::new();
    let mut failures: u32 = 0;
    loop {
        let polled_at = SystemTime::now();
        let fetched = workos.feature_flags().runtime_payload(&params).await;
        let outcome = fetched.and_then(|payload| {
            Snapshot::read(&payload).map_err(|unreadable| {
                Error::transport(ErrorKind::Decode, unreadable)
                    .with_operation(workos_api::operations::GET_FEATURE_FLAGS_RUNTIME_PAYLOAD.id, 1)
            })
        });
        match outcome {
            Ok(snapshot) => {
                let count = snapshot.len();
                shared.store(snapshot, polled_at);
                failures = 0;
                ready.send_replace(Readiness::Ready);
                tracing::debug!(flags = count, "feature flags polled");
            }
            Err(error) => {
                failures = failures.saturating_add(1);
                shared.failed(polled_at, &error);
                if error.kind() == ErrorKind::Unauthorized {
                    tracing::error!(%error, "the feature flag poll stopped: the API key was refused; the last flags stay");
                    ready.send_replace(Readiness::Stopped(error.kind(), error.to_string()));
                    return;
                }
                tracing::warn!(%error, failures, "the feature flag poll failed; the last flags stay");
            }
        }
        tokio::time::sleep(delay(options.poll_interval, failures, crate::transport::retry::jitter())).await;
    }
}

/// The wait before the next poll: the interval, or the backoff after `failures` failures in
/// a row when that is longer, give or take [`JITTER`] (`jitter` uniform in `[0, 1)`).
pub(crate) fn delay(interval: Duration, failures: u32, jitter: f64) -> Duration {
    let mut base = interval;
    if failures > 0 {
        let doubled = INITIAL_BACKOFF.saturating_mul(2u32.saturating_pow(failures - 1));
        base = base.max(doubled.min(MAX_BACKOFF));
    }
    let factor = 1.0 + (jitter.clamp(0.0, 1.0) * 2.0 - 1.0) * JITTER;
    Duration::try_from_secs_f64(base.as_secs_f64() * factor).unwrap_or(base).max(MIN_DELAY)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_grow_with_failures_up_to_a_minute_and_carry_jitter() {
        let interval = Duration::from_secs(5);
        let middle = 0.5; // no jitter
        assert_eq!(delay(interval, 0, middle), interval);
        assert_eq!(delay(interval, 1, middle), interval, "the interval is longer than the first backoff");
        assert_eq!(delay(interval, 4, middle), Duration::from_secs(8));
        assert_eq!(delay(interval, 7, middle), Duration::from_secs(60));
        assert_eq!(delay(interval, u32::MAX, middle), Duration::from_secs(60));
        assert_eq!(delay(interval, 0, 0.0), Duration::from_millis(4_500));
        assert!(delay(interval, 0, 0.999_999) <= Duration::from_millis(5_500));
        assert_eq!(delay(Duration::ZERO, 0, 0.0), MIN_DELAY);
        assert_eq!(delay(Duration::MAX, 0, 1.0), Duration::MAX, "saturates instead of panicking");
    }
}
