//! [`Metrics`]: a hook through which an operator counts what the client's own limiter does
//! (waits for a window, `429` pauses, retries the budget refused, a shared store that could
//! not be reached), so that a fleet held back by its limiter can be told from one held back
//! by WorkOS. Every method has an empty default: implement the ones you count.

use std::sync::Arc;
use std::time::Duration;

/// Counters of what the client's pacing and retry budget did; give one to
/// [`WorkosBuilder::metrics`](crate::WorkosBuilder::metrics).
///
/// The methods are called on the calling task, inside the call: keep them cheap (an atomic
/// increment, a metrics crate's counter), and never block in them.
///
/// ```
/// use std::sync::atomic::{AtomicU64, Ordering};
///
/// #[derive(Debug, Default)]
/// struct Counters { waits: AtomicU64 }
///
/// impl workos::Metrics for Counters {
///     fn pacing_waited(&self, _operation: &'static str, _waited: std::time::Duration) {
///         self.waits.fetch_add(1, Ordering::Relaxed);
///     }
/// }
///
/// let counters = std::sync::Arc::new(Counters::default());
/// let workos = workos::Workos::builder().api_key("sk_test_1234").metrics(counters.clone()).build();
/// # let _ = workos;
/// ```
pub trait Metrics: Send + Sync + std::fmt::Debug {
    /// A call of `operation` waited `waited` for room in a window or for a `429`'s pause.
    fn pacing_waited(&self, operation: &'static str, waited: Duration) {
        let _ = (operation, waited);
    }

    /// A `429` on `operation` paused the calls of its limit for `pause`.
    fn paused(&self, operation: &'static str, pause: Duration) {
        let _ = (operation, pause);
    }

    /// A retry of `operation` was not made: the retry budget had no tokens left for it.
    fn retry_refused(&self, operation: &'static str) {
        let _ = operation;
    }

    /// The shared store (Redis) could not be reached: pacing and the retry budget fall back
    /// to this process until it answers again. Called once per outage, when it starts.
    fn shared_store_unavailable(&self) {}

    /// The shared store answers again after an outage: pacing is shared once more.
    fn shared_store_recovered(&self) {}
}

/// The hook a client calls: the application's, or none.
#[derive(Clone, Default)]
pub(crate) struct Hook(Option<Arc<dyn Metrics>>);

impl Hook {
    pub(crate) fn new(metrics: Option<Arc<dyn Metrics>>) -> Hook {
        Hook(metrics)
    }

    /// The application's metrics, if it gave some.
    pub(crate) fn get(&self) -> Option<&dyn Metrics> {
        self.0.as_deref()
    }
}

impl std::fmt::Debug for Hook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.0 {
            Some(metrics) => metrics.fmt(f),
            None => f.write_str("none"),
        }
    }
}
