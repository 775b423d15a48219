//! Sending one operation: the single place every call of the SDK goes through. It paces the
//! call, runs it under the call's deadline, traces each attempt, turns failures into
//! [`Error`]s and retries them when that is safe.

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
        let deadline = Instant::now() + settings.timeout;
        let mut attempt = 0;
        loop {
            attempt += 1;
            // Most calls find room at once and need no timer; the others wait, within the deadline.
            if !self.inner.pacer.try_acquire(op, pacing_key) {
                let paced = tokio::time::timeout_at(deadline, self.inner.pacer.acquire(op, pacing_key)).await;
                if paced.is_err() {
                    return Err(Error::timeout(settings.timeout).with_operation(op.id, attempt - 1));
                }
            }
            let now = Instant::now();
            let limit = settings.attempt_timeout.map_or(deadline, |t| (now + t).min(deadline));
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
            let result = tokio::time::timeout_at(limit, call()).instrument(span.clone()).await;
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
                Ok(Err(error)) => map_error(error).await,
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
            if shared {
                self.inner.pacer.pause(after);
            }
            if Instant::now() + after >= deadline {
                return Err(error.with_operation(op.id, attempt));
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
        ProgenitorError::InvalidRequest(message) | ProgenitorError::Custom(message) => {
            Error::invalid_request(message)
        }
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

/// Reads a non-success answer whole and keeps what a caller needs from it.
async fn api_error(response: reqwest::Response) -> Error {
    let status = response.status().as_u16();
    let header = |name: &str| response.headers().get(name).and_then(|v| v.to_str().ok()).map(str::to_owned);
    let request_id = header(REQUEST_ID);
    let retry_after = header("retry-after").and_then(|v| parse_retry_after(&v, std::time::SystemTime::now()));
    match response.bytes().await {
        Ok(body) => Error::api(ApiError::new(status, request_id, retry_after, body)),
        Err(e) => reqwest_error(e),
    }
}

/// `Retry-After` in either form: whole seconds, or an HTTP date.
pub(crate) fn parse_retry_after(value: &str, now: std::time::SystemTime) -> Option<Duration> {
    let value = value.trim();
    if let Ok(seconds) = value.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
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
    }
}
