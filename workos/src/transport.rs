//! Sending one operation: the single place every call of the SDK goes through. It paces the
//! call, runs it under the call's deadline, traces each attempt, turns failures into
//! [`Error`]s and retries them when that is safe.
//!
//! Every byte of an attempt, an error body included, is read under the attempt's deadline,
//! and no body is read past its limit: [`ERROR_BODY_LIMIT`] for error answers, the client's
//! `max_response_size` for successes (in the generated client).

use std::future::Future;
use std::time::Duration;

use progenitor_client::{Error as ProgenitorError, ResponseValue};
use tokio::time::Instant;
use tracing::Instrument;
use workos_api::Operation;

use crate::client::Workos;
use crate::error::{ApiError, DecodeError, Error, ErrorKind, Result};
use crate::retry::{self, Decision, Outcome};

/// What a generated method returns.
pub(crate) type ApiResult<T> = std::result::Result<ResponseValue<T>, ProgenitorError<()>>;

/// The request id header WorkOS sets on every answer.
const REQUEST_ID: &str = "x-request-id";

/// How much of an error answer is kept: WorkOS's are a few hundred bytes; a longer one (a
/// proxy's page, a hostile server) is cut here and the rest is never read.
pub(crate) const ERROR_BODY_LIMIT: usize = 64 * 1024;

/// `now + wait`, or a time far enough away to mean "never" when that would overflow (a
/// timeout of `Duration::MAX`, a `Retry-After` of centuries).
pub(crate) fn later(now: Instant, wait: Duration) -> Instant {
    // About 30 years: further than any call will run, near enough to stay representable.
    const FAR: Duration = Duration::from_secs(30 * 365 * 24 * 3600);
    now.checked_add(wait.min(FAR)).unwrap_or(now)
}

impl Workos {
    /// Sends `op` by calling `call`, which runs the generated method; `call` runs again for
    /// each retry, so it must build the same request every time.
    pub(crate) async fn send<T, F, Fut>(&self, op: &'static Operation, call: F) -> Result<T>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = ApiResult<T>>,
    {
        self.send_paced(op, None, call).await
    }

    /// [`Workos::send`], counting the call against the per-object rate limit of `pacing_key`
    /// (the directory of a directory-user list).
    pub(crate) async fn send_paced<T, F, Fut>(
        &self,
        op: &'static Operation,
        pacing_key: Option<&str>,
        call: F,
    ) -> Result<T>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = ApiResult<T>>,
    {
        let settings = self.call;
        let deadline = later(Instant::now(), settings.timeout);
        let mut attempt = 0;
        loop {
            attempt += 1;
            // Most calls find room at once and need no timer; the others wait, within the deadline.
            if !self.inner.pacer.try_acquire(op, pacing_key) {
                let paced = self.inner.pacer.acquire(op, pacing_key, deadline);
                match tokio::time::timeout_at(deadline, paced).await {
                    Ok(Ok(())) => {}
                    // A 429's pause holds the call past its deadline: say so, and for how long.
                    Ok(Err(left)) => return Err(Error::held(left).with_operation(op.id, attempt - 1)),
                    Err(_) => return Err(Error::timeout(settings.timeout).with_operation(op.id, attempt - 1)),
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
            }
            let error = match result {
                Ok(Ok(value)) => {
                    if traced {
                        span.record("status", value.status().as_u16());
                        if let Some(id) = value.headers().get(REQUEST_ID).and_then(|v| v.to_str().ok()) {
                            span.record("request_id", id);
                        }
                    }
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

            let decision = retry::decide(&settings.retry, op, outcome_of(&error), attempt, retry::jitter());
            let Decision::Retry { after, shared } = decision else {
                return Err(error.with_operation(op.id, attempt));
            };
            if later(Instant::now(), after) >= deadline {
                return Err(error.with_operation(op.id, attempt));
            }
            // Only a call that waits holds others with it: one that gives up leaves them to
            // meet the limit, or not, on their own.
            if shared {
                self.inner.pacer.pause(op, pacing_key, after);
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

/// Turns what the generated client reports into our error.
pub(crate) async fn map_error(error: ProgenitorError<()>) -> Error {
    match error {
        ProgenitorError::UnexpectedResponse(response) => api_error(response).await,
        ProgenitorError::InvalidResponsePayload(body, source) => {
            Error::decode(DecodeError::new(&body, source))
        }
        ProgenitorError::CommunicationError(e)
        | ProgenitorError::ResponseBodyError(e)
        | ProgenitorError::InvalidUpgrade(e) => reqwest_error(e),
        ProgenitorError::Custom(message) => match workos_api::ResponseTooLarge::from_message(&message) {
            Some(too_large) => Error::too_large(too_large.limit),
            None => Error::invalid_request(message),
        },
        ProgenitorError::InvalidRequest(message) => Error::invalid_request(message),
        ProgenitorError::ErrorResponse(value) => {
            Error::api(ApiError::new(value.status().as_u16(), None, None, bytes::Bytes::new()))
        }
    }
}

pub(crate) fn reqwest_error(error: reqwest::Error) -> Error {
    let kind = if error.is_timeout() {
        ErrorKind::Timeout
    } else if error.is_builder() {
        ErrorKind::InvalidRequest
    } else {
        ErrorKind::Connection
    };
    let not_sent = error.is_connect();
    // reqwest names the URL in its messages; ours stay free of anything a caller passed.
    Error::transport(kind, error.without_url()).sent(!not_sent)
}

/// Reads a non-success answer, up to [`ERROR_BODY_LIMIT`], and keeps what a caller needs.
async fn api_error(mut response: reqwest::Response) -> Error {
    let status = response.status().as_u16();
    let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let request_id = header(REQUEST_ID);
    let retry_after = header("retry-after").and_then(|v| parse_retry_after(&v, std::time::SystemTime::now()));
    match workos_api::read_body(&mut response, ERROR_BODY_LIMIT).await {
        Ok((body, _cut)) => Error::api(ApiError::new(status, request_id, retry_after, body)),
        Err(e) => reqwest_error(e),
    }
}

/// `Retry-After` in either form: whole seconds, or an HTTP date.
pub(crate) fn parse_retry_after(value: &str, now: std::time::SystemTime) -> Option<Duration> {
    let value = value.trim();
    if value.bytes().all(|b| b.is_ascii_digit()) && !value.is_empty() {
        // More seconds than a u64 holds is still "a very long time", not "no header".
        return Some(Duration::from_secs(value.parse::<u64>().unwrap_or(u64::MAX)));
    }
    let at = httpdate::parse_http_date(value).ok()?;
    Some(at.duration_since(now).unwrap_or(Duration::ZERO))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retry_after_reads_both_forms() {
        let now = std::time::UNIX_EPOCH + Duration::from_secs(1_700_000_000);
        assert_eq!(parse_retry_after("3", now), Some(Duration::from_secs(3)));
        let later = httpdate::fmt_http_date(now + Duration::from_secs(7));
        assert_eq!(parse_retry_after(&later, now), Some(Duration::from_secs(7)));
        let earlier = httpdate::fmt_http_date(now - Duration::from_secs(7));
        assert_eq!(parse_retry_after(&earlier, now), Some(Duration::ZERO));
        assert_eq!(parse_retry_after("soon", now), None);
        assert_eq!(parse_retry_after("-1", now), None);
        assert_eq!(parse_retry_after("99999999999999999999999", now), Some(Duration::from_secs(u64::MAX)));
    }

    #[test]
    fn later_saturates() {
        let now = Instant::now();
        assert!(later(now, Duration::MAX) > later(now, Duration::from_secs(3600 * 24 * 365)));
        assert_eq!(later(now, Duration::from_secs(1)), now + Duration::from_secs(1));
    }
}
