//! What came back from one attempt, as the SDK's [`Error`]: an error answer read within
//! [`ERROR_BODY_LIMIT`] (status, request id, `Retry-After`, body), a transport failure, or a
//! body that does not decode.

use std::time::Duration;

use progenitor_client::{Error as ProgenitorError, ResponseValue};

use crate::error::{ApiError, DecodeError, Error, ErrorKind};

/// What a generated method returns.
pub(crate) type ApiResult<T> = std::result::Result<ResponseValue<T>, ProgenitorError<()>>;

/// The request id header WorkOS sets on every answer.
pub(crate) const REQUEST_ID: &str = "x-request-id";

/// How much of an error answer is kept: WorkOS's are a few hundred bytes; a longer one (a
/// proxy's page, a hostile server) is cut here and the rest is never read.
pub(crate) const ERROR_BODY_LIMIT: usize = 64 * 1024;

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
        ProgenitorError::Custom(message) => {
            if let Some(too_large) = workos_api::ResponseTooLarge::from_message(&message) {
                Error::too_large(too_large.limit)
            } else if let Some(too_large) = workos_api::DecodedTooLarge::from_message(&message) {
                Error::decoded_too_large(too_large.budget)
            } else {
                Error::invalid_request(message)
            }
        }
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
}
