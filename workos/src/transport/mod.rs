//! Sending one operation: the single place every call of the SDK goes through. A
//! [`Transport`] paces the call ([`pacing`]), runs it under the call's deadline, traces each
//! attempt, turns what came back into an [`Error`] ([`answer`]) and retries when that is safe
//! ([`retry`]). The client holds one transport, shared by its clones; each call brings its own
//! [`CallSettings`]. Retries draw from the client's retry [`budget`]; what pacing and the
//! budget do is told to the application's [`metrics`] hook and recorded in the request's span.
//!
//! Every byte of an attempt, an error body included, is read under the attempt's deadline,
//! and no body is read past its limit: `ERROR_BODY_LIMIT` for error answers, the client's
//! `max_response_size` for successes (in the generated client).

pub(crate) mod answer;
pub(crate) mod budget;
pub(crate) mod metrics;
pub(crate) mod pacing;
#[cfg(feature = "redis")]
pub(crate) mod redis;
pub(crate) mod retry;

use std::future::Future;
use std::time::Duration;

use tokio::time::Instant;
use tracing::Instrument;
use workos_api::Operation;

use crate::error::{Error, ErrorKind, Result};
use crate::time::later;
use answer::{ApiResult, REQUEST_ID, map_error};
use budget::Budget;
use metrics::Hook;
use pacing::Pacing;
use retry::{Decision, Outcome, RetryPolicy};

/// How patient one call is, and how it retries: the client's settings, or those of a
/// `with_timeout` / `with_retry_policy` copy of it.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CallSettings {
    pub(crate) timeout: Duration,
    pub(crate) attempt_timeout: Option<Duration>,
    pub(crate) retry: RetryPolicy,
}

/// The generated low-level client and the pacing state, retry budget and metrics hook
/// every call of a client shares.
#[derive(Debug)]
pub(crate) struct Transport {
    api: workos_api::Client,
    pacer: Box<dyn Pacing>,
    budget: Budget,
    metrics: Hook,
}

impl Transport {
    pub(crate) fn new(
        api: workos_api::Client,
        pacer: Box<dyn Pacing>,
        budget: Budget,
        metrics: Hook,
    ) -> Transport {
        Transport { api, pacer, budget, metrics }
    }

    /// The generated low-level client, whose methods build and send one request.
    pub(crate) fn api(&self) -> &workos_api::Client {
        &self.api
    }

    /// Sends `op` by calling `call`, which runs the generated method, under `settings`,
    /// counting it against the per-object rate limit of `pacing_key` when it has one (the
    /// directory of a directory-user list). `call` runs again for each retry, so it must
    /// build the same request every time.
    pub(crate) async fn send<T, F, Fut>(
        &self,
        settings: CallSettings,
        op: &'static Operation,
        pacing_key: Option<&str>,
        call: F,
    ) -> Result<T>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = ApiResult<T>>,
    {
        let deadline = later(Instant::now(), settings.timeout);
        let mut attempt = 0;
        // What the last retry cost the budget, given back if it succeeds.
        let mut retry_cost = None;
        loop {
            attempt += 1;
            // Most calls find room at once and need no timer; the others wait, within the deadline.
            let mut waited = Duration::ZERO;
            if !self.pacer.try_acquire(op, pacing_key) {
                let paced = self.pacer.acquire(op, pacing_key, deadline);
                match tokio::time::timeout_at(deadline, paced).await {
                    Ok(Ok(held)) => waited = held,
                    // A 429's pause holds the call past its deadline: say so, and for how long.
                    Ok(Err(left)) => return Err(Error::held(left).with_operation(op.id, attempt - 1)),
                    Err(_) => return Err(Error::timeout(settings.timeout).with_operation(op.id, attempt - 1)),
                }
                // A shared pacer's round trip is not a wait; a sleep for a window or a pause is.
                if waited >= Duration::from_millis(1)
                    && let Some(metrics) = self.metrics.get()
                {
                    metrics.pacing_waited(op.id, waited);
                }
            }
            let now = Instant::now();
            let limit = settings.attempt_timeout.map_or(deadline, |t| later(now, t).min(deadline));
            let span = tracing::debug_span!(
                "workos.request",
                operation = op.id,
                method = op.method,
                path = op.path,
                attempt,
                pacing_wait_ms = tracing::field::Empty,
                retry_budget = tracing::field::Empty,
                status = tracing::field::Empty,
                request_id = tracing::field::Empty,
                duration_ms = tracing::field::Empty,
            );
            // An error answer's body is read inside the attempt's deadline too.
            let attempt_result = async {
                match call().await {
                    Ok(value) => Ok(value),
                    Err(error) => Err(map_error(error).await),
                }
            };
            let result = tokio::time::timeout_at(limit, attempt_result).instrument(span.clone()).await;
            // With no subscriber listening, the span is disabled: skip reading the clock and the
            // headers for it.
            let traced = !span.is_disabled();
            if traced {
                span.record("duration_ms", now.elapsed().as_millis() as u64);
                if !waited.is_zero() {
                    span.record("pacing_wait_ms", waited.as_millis() as u64);
                }
            }
            let error = match result {
                Ok(Ok(value)) => {
                    if traced {
                        span.record("status", value.status().as_u16());
                        if let Some(id) = value.headers().get(REQUEST_ID).and_then(|v| v.to_str().ok()) {
                            span.record("request_id", id);
                        }
                    }
                    self.budget.succeeded(retry_cost).await;
                    return Ok(value.into_inner());
                }
                Ok(Err(error)) => error,
                Err(_) => Error::timeout(limit.duration_since(now)),
            };
            if let Some(api) = error.as_api() {
                span.record("status", api.status());
                if let Some(id) = api.request_id() {
                    span.record("request_id", id);
                }
            }

            let outcome = outcome_of(&error);
            let decision = retry::decide(&settings.retry, op, outcome, attempt, retry::jitter());
            let Decision::Retry { after, shared } = decision else {
                return Err(error.with_operation(op.id, attempt));
            };
            if later(Instant::now(), after) >= deadline {
                return Err(error.with_operation(op.id, attempt));
            }
            match self.budget.take(outcome).await {
                Ok((cost, left)) => {
                    span.record("retry_budget", left);
                    retry_cost = Some(cost);
                }
                Err(left) => {
                    span.record("retry_budget", left);
                    tracing::debug!(parent: &span, tokens = left, "retry budget spent: not retrying");
                    if let Some(metrics) = self.metrics.get() {
                        metrics.retry_refused(op.id);
                    }
                    return Err(error.with_operation(op.id, attempt));
                }
            }
            // Only a call that waits holds others with it: one that gives up leaves them to
            // meet the limit, or not, on their own.
            if shared {
                self.pacer.pause(op, pacing_key, after).await;
                if let Some(metrics) = self.metrics.get() {
                    metrics.paused(op.id, after);
                }
            }
            tracing::debug!(parent: &span, retry_in_ms = after.as_millis() as u64, "retrying");
            tokio::time::sleep(after).await;
        }
    }
}

/// What a failed attempt means for retrying.
fn outcome_of(error: &Error) -> Outcome {
    if let Some(api) = error.as_api() {
        return Outcome::Status { status: api.status(), retry_after: api.retry_after() };
    }
    match error.kind() {
        ErrorKind::Timeout => Outcome::Timeout,
        ErrorKind::Connection if error.not_sent() => Outcome::NotSent,
        ErrorKind::Connection => Outcome::ConnectionLost,
        _ => Outcome::Final,
    }
}
