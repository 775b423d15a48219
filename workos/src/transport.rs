//! Sending one operation: the single place every call of the SDK goes through.

use std::future::Future;
use std::time::Duration;

use progenitor_client::{Error as ProgenitorError, ResponseValue};
use workos_api::Operation;

use crate::client::Workos;
use crate::error::{ApiError, DecodeError, Error, ErrorKind, Result};

/// What a generated method returns.
pub(crate) type ApiResult<T> = std::result::Result<ResponseValue<T>, ProgenitorError<()>>;

/// The request id header WorkOS sets on every answer.
const REQUEST_ID: &str = "x-request-id";

impl Workos {
    /// Sends `op` by calling `call`, which runs the generated method.
    pub(crate) async fn send<T, F, Fut>(&self, op: &'static Operation, call: F) -> Result<T>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = ApiResult<T>>,
    {
        let attempt = 1;
        let timeout = self.inner.timeout;
        match tokio::time::timeout(timeout, call()).await {
            Ok(Ok(value)) => Ok(value.into_inner()),
            Ok(Err(error)) => Err(map_error(error).await.with_operation(op.id, attempt)),
            Err(_) => Err(Error::timeout(timeout).with_operation(op.id, attempt)),
        }
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
    // reqwest names the URL in its messages; ours stay free of anything a caller passed.
    Error::transport(kind, error.without_url())
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
