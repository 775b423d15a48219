//! When to try a call again, and how long to wait first.
//!
//! [`RetryPolicy`] is the configuration; [`decide`] is a pure function of the policy, the
//! operation and what happened, so that every rule is tested with a table.

use std::time::Duration;

use workos_api::Operation;

/// How a client retries failed calls. The default retries up to three times with capped
/// exponential backoff and full jitter, and honours `Retry-After` up to 60 seconds.
///
/// What is retried, and only when it is safe:
/// - `GET`, `PUT` and `DELETE` after a connection failure, a timeout, or a `408`, `429`,
///   `500`, `502`, `503` or `504` answer;
/// - `POST` and `PATCH` only when the request certainly was not processed (the connection
///   could not be opened, or a `429`), or when the operation honours `Idempotency-Key`, in
///   which case every attempt carries the same key.
///
/// After a `429`, the call waits as long as `Retry-After` says (or its backoff, without one),
/// and the calls the limit is about wait with it, sharing the client's pacing state:
/// - for an operation WorkOS publishes a limit for, the calls of that limit: one directory's
///   user lists, AuthKit reads, AuthKit writes, organization deletions;
/// - for an operation WorkOS limits per e-mail address or user (sign-ins, Magic Auth codes,
///   password resets, verification e-mails), no other call: one person's sign-ins, or
///   someone trying passwords on one address, do not hold everyone's;
/// - for any other operation, every call of the client: the `429` is most likely the overall
///   limit per IP address, which every request counts against.
///
/// A call such a pause would hold past its deadline is not sent and fails at once with
/// [`ErrorKind::RateLimited`](crate::ErrorKind::RateLimited), its
/// [`Error::retry_after`](crate::Error::retry_after) saying how much of the pause is left.
/// A call that gives up instead of waiting (no retries left, a deadline before the wait
/// ends, or a `Retry-After` longer than [`RetryPolicy::max_retry_after`]) holds no other
/// call. When a pause ends, the calls it held leave at random times over up to a second
/// (half the pause, if shorter), not all at once.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    max_retries: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(8),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// Never retry.
    pub fn none() -> Self {
        RetryPolicy { max_retries: 0, ..RetryPolicy::default() }
    }

    /// Retry at most `retries` times (so `retries + 1` attempts in all).
    pub fn max_retries(mut self, retries: u32) -> Self {
        self.max_retries = retries;
        self
    }

    /// The first backoff, doubled at each retry up to [`RetryPolicy::max_backoff`].
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The longest backoff between two attempts (without `Retry-After`).
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// The longest wait a `Retry-After` header may ask for (60 s by default). When an answer
    /// asks for longer, the call gives up at once with that answer's error
    /// ([`ErrorKind::RateLimited`](crate::ErrorKind::RateLimited) for a `429`, with
    /// [`ApiError::retry_after`](crate::ApiError::retry_after)): retrying sooner than asked
    /// would only meet the same limit again.
    pub fn max_retry_after(mut self, wait: Duration) -> Self {
        self.max_retry_after = wait;
        self
    }

    /// How many retries the policy allows.
    pub fn retries(&self) -> u32 {
        self.max_retries
    }
}

/// What an attempt came to, as far as retrying is concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Outcome {
    /// The API answered with this non-success status, perhaps with `Retry-After`.
    Status { status: u16, retry_after: Option<Duration> },
    /// No connection could be opened: nothing was sent.
    NotSent,
    /// The connection failed after the request may have been sent.
    ConnectionLost,
    /// No answer in time.
    Timeout,
    /// Anything else (a body that does not decode, an invalid request): retrying cannot help.
    Final,
}

/// What to do after a failed attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Decision {
    /// Give up and return the error.
    Stop,
    /// Try again after this long. `shared` is set for rate limiting, which the calls the
    /// limit is about honour too (see `crate::transport::pacing`).
    Retry { after: Duration, shared: bool },
}

const RETRYABLE_STATUSES: [u16; 6] = [408, 429, 500, 502, 503, 504];

/// Whether to retry `op` after `outcome` on attempt number `attempt` (1 for the first), and
/// after how long; `jitter` is a uniform random number in `[0, 1)`.
pub(crate) fn decide(
    policy: &RetryPolicy,
    op: &Operation,
    outcome: Outcome,
    attempt: u32,
    jitter: f64,
) -> Decision {
    if attempt > policy.max_retries {
        return Decision::Stop;
    }
    let replay_safe = matches!(op.method, "GET" | "PUT" | "DELETE" | "HEAD" | "OPTIONS") || op.idempotent;
    let retryable = match outcome {
        Outcome::NotSent => true,
        Outcome::Status { status: 429, .. } => true,
        Outcome::Status { status, .. } => replay_safe && RETRYABLE_STATUSES.contains(&status),
        Outcome::ConnectionLost | Outcome::Timeout => replay_safe,
        Outcome::Final => false,
    };
    if !retryable {
        return Decision::Stop;
    }
    let retry_after = match outcome {
        Outcome::Status { retry_after: Some(wait), .. } => Some(wait),
        _ => None,
    };
    // Retrying sooner than asked would meet the same limit again.
    if retry_after.is_some_and(|wait| wait > policy.max_retry_after) {
        return Decision::Stop;
    }
    let after = retry_after.unwrap_or_else(|| backoff(policy, attempt, jitter));
    let shared = matches!(outcome, Outcome::Status { status: 429, .. });
    Decision::Retry { after, shared }
}

/// Full jitter: a uniform wait between zero and the capped exponential backoff.
fn backoff(policy: &RetryPolicy, attempt: u32, jitter: f64) -> Duration {
    let exponent = attempt.saturating_sub(1).min(20);
    let ceiling = policy.initial_backoff.saturating_mul(1 << exponent).min(policy.max_backoff);
    // Not `mul_f64`, which panics when float rounding takes a ceiling near `Duration::MAX` past it.
    let jitter = if jitter.is_finite() { jitter.clamp(0.0, 1.0) } else { 1.0 };
    Duration::try_from_secs_f64(ceiling.as_secs_f64() * jitter).map_or(ceiling, |wait| wait.min(ceiling))
}

/// A uniform number in `[0, 1)` for jitter. It needs no quality beyond decorrelating
/// clients, so it comes from the standard library's per-process random hasher keys.
pub(crate) fn jitter() -> f64 {
    use std::hash::{BuildHasher, Hasher};
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u128(
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos()),
    );
    (hasher.finish() >> 11) as f64 / (1u64 << 53) as f64
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(method: &'static str, idempotent: bool) -> Operation {
        Operation {
            id: "op",
            method,
            path: "/x",
            tag: "t",
            list: false,
            idempotent,
            public: false,
            redirect: false,
            rate_limit: None,
            subject_limit: None,
            max_response_bytes: None,
        }
    }

    fn status(status: u16) -> Outcome {
        Outcome::Status { status, retry_after: None }
    }

    #[test]
    fn retries_only_what_is_safe() {
        let policy = RetryPolicy::default();
        let get = op("GET", false);
        let post = op("POST", false);
        let idempotent_post = op("POST", true);
        let patch = op("PATCH", false);
        let table: &[(&Operation, Outcome, bool)] = &[
            (&get, status(408), true),
            (&get, status(429), true),
            (&get, status(500), true),
            (&get, status(502), true),
            (&get, status(503), true),
            (&get, status(504), true),
            (&get, status(501), false),
            (&get, status(400), false),
            (&get, status(401), false),
            (&get, status(403), false),
            (&get, status(404), false),
            (&get, status(409), false),
            (&get, status(422), false),
            (&get, Outcome::Timeout, true),
            (&get, Outcome::ConnectionLost, true),
            (&get, Outcome::NotSent, true),
            (&get, Outcome::Final, false),
            (&op("PUT", false), status(503), true),
            (&op("DELETE", false), Outcome::Timeout, true),
            (&post, status(503), false),
            (&post, status(500), false),
            (&post, Outcome::Timeout, false),
            (&post, Outcome::ConnectionLost, false),
            (&post, Outcome::NotSent, true),
            (&post, status(429), true),
            (&patch, status(502), false),
            (&patch, status(429), true),
            (&idempotent_post, status(500), true),
            (&idempotent_post, Outcome::Timeout, true),
            (&idempotent_post, status(422), false),
        ];
        for (op, outcome, retried) in table {
            let decision = decide(&policy, op, *outcome, 1, 0.5);
            assert_eq!(matches!(decision, Decision::Retry { .. }), *retried, "{} {outcome:?}", op.method);
        }
    }

    #[test]
    fn stops_after_the_last_retry() {
        let policy = RetryPolicy::default().max_retries(2);
        let get = op("GET", false);
        assert!(matches!(decide(&policy, &get, status(503), 1, 0.5), Decision::Retry { .. }));
        assert!(matches!(decide(&policy, &get, status(503), 2, 0.5), Decision::Retry { .. }));
        assert_eq!(decide(&policy, &get, status(503), 3, 0.5), Decision::Stop);
        assert_eq!(decide(&RetryPolicy::none(), &get, status(503), 1, 0.5), Decision::Stop);
    }

    #[test]
    fn backoff_grows_with_full_jitter_and_a_cap() {
        let policy = RetryPolicy::default();
        let get = op("GET", false);
        let wait = |attempt, jitter| match decide(&policy, &get, status(503), attempt, jitter) {
            Decision::Retry { after, .. } => after,
            Decision::Stop => panic!("stopped"),
        };
        assert_eq!(wait(1, 0.0), Duration::ZERO);
        assert_eq!(wait(1, 0.999_999), Duration::from_millis(500).mul_f64(0.999_999));
        assert_eq!(wait(2, 0.5), Duration::from_millis(500));
        assert_eq!(wait(3, 0.5), Duration::from_secs(1));
        let long = RetryPolicy::default().max_retries(30);
        match decide(&long, &get, status(503), 30, 0.999) {
            Decision::Retry { after, .. } => assert!(after <= Duration::from_secs(8)),
            Decision::Stop => panic!("stopped"),
        }
    }

    #[test]
    fn retry_after_wins_and_a_longer_one_than_allowed_stops() {
        let policy = RetryPolicy::default();
        let get = op("GET", false);
        let limited =
            |seconds| Outcome::Status { status: 429, retry_after: Some(Duration::from_secs(seconds)) };
        assert_eq!(
            decide(&policy, &get, limited(2), 1, 0.9),
            Decision::Retry { after: Duration::from_secs(2), shared: true }
        );
        assert_eq!(
            decide(&policy, &get, limited(60), 1, 0.9),
            Decision::Retry { after: Duration::from_secs(60), shared: true }
        );
        // Longer than `max_retry_after`: retrying sooner would meet the same limit.
        assert_eq!(decide(&policy, &get, limited(61), 1, 0.9), Decision::Stop);
        assert_eq!(decide(&policy, &get, limited(3600), 1, 0.9), Decision::Stop);
        let short = RetryPolicy::default().max_retry_after(Duration::from_millis(300));
        assert_eq!(decide(&short, &get, limited(2), 1, 0.9), Decision::Stop);
        assert_eq!(decide(&short, &op("POST", false), limited(2), 1, 0.9), Decision::Stop);
        let unavailable =
            |seconds| Outcome::Status { status: 503, retry_after: Some(Duration::from_secs(seconds)) };
        assert_eq!(
            decide(&policy, &get, unavailable(1), 1, 0.9),
            Decision::Retry { after: Duration::from_secs(1), shared: false }
        );
        assert_eq!(decide(&policy, &get, unavailable(120), 1, 0.9), Decision::Stop);
        // Without `Retry-After`, a 429 waits its backoff, and shares it.
        assert_eq!(
            decide(&policy, &get, status(429), 2, 0.5),
            Decision::Retry { after: Duration::from_millis(500), shared: true }
        );
    }

    #[test]
    fn jitter_is_a_fraction() {
        for _ in 0..1000 {
            let j = jitter();
            assert!((0.0..1.0).contains(&j), "{j}");
        }
    }
}
