//! `IntoResponse` for [`Error`]: a status that says whose fault it was and a small JSON body
//! (`{"error": "...", "message": "..."}`) that names the kind of failure and nothing else:
//! never the API's own message, a token, a cookie or a key. Log the error itself for the rest.

use axum_core::response::{IntoResponse, Response};

use http::header::{CONTENT_TYPE, RETRY_AFTER};
use http::{HeaderValue, StatusCode};

use crate::error::{Error, ErrorKind};

impl IntoResponse for Error {
    fn into_response(self) -> Response {
        response(&self)
    }
}

/// The status and short description for `error`.
fn classify(error: &Error) -> (StatusCode, &'static str, &'static str) {
    use ErrorKind::*;
    match error.kind() {
        InvalidToken | InvalidSession => {
            (StatusCode::UNAUTHORIZED, "unauthenticated", "the session is not valid")
        }
        InvalidSignature => (StatusCode::UNAUTHORIZED, "invalid_signature", "the signature is not valid"),
        BadRequest | InvalidRequest | InvalidCiphertext => {
            (StatusCode::BAD_REQUEST, "bad_request", "the request is not valid")
        }
        NotFound => (StatusCode::NOT_FOUND, "not_found", "no such object"),
        Conflict => (StatusCode::CONFLICT, "conflict", "the request conflicts with the object's state"),
        Unprocessable => (StatusCode::UNPROCESSABLE_ENTITY, "unprocessable", "the request did not validate"),
        RateLimited => {
            (StatusCode::SERVICE_UNAVAILABLE, "rate_limited", "too many requests to WorkOS; try again later")
        }
        Timeout => (StatusCode::GATEWAY_TIMEOUT, "timeout", "WorkOS did not answer in time"),
        // The app's key or set-up is wrong: the caller cannot fix that.
        Unauthorized | Forbidden | Config => {
            (StatusCode::INTERNAL_SERVER_ERROR, "server_error", "the server is not set up to do this")
        }
        _ => (StatusCode::BAD_GATEWAY, "upstream_error", "WorkOS could not be reached or answered wrongly"),
    }
}

/// The response for `error`.
pub(crate) fn response(error: &Error) -> Response {
    response_with(error)
}

/// The response for `error`, with any body type made from a `String`.
pub(crate) fn response_with<B: From<String>>(error: &Error) -> http::Response<B> {
    let (status, code, message) = classify(error);
    let mut response = json_with(status, code, message);
    if let Some(after) = error.retry_after() {
        let seconds = after.as_secs().max(1);
        response.headers_mut().insert(RETRY_AFTER, HeaderValue::from(seconds));
    }
    response
}

/// A JSON error body `{"error": code, "message": message}` with `status`.
pub(crate) fn json(status: StatusCode, code: &str, message: &str) -> Response {
    json_with(status, code, message)
}

/// [`json`] with any body type made from a `String`.
pub(crate) fn json_with<B: From<String>>(status: StatusCode, code: &str, message: &str) -> http::Response<B> {
    let body = serde_json::json!({ "error": code, "message": message }).to_string();
    let mut response = http::Response::new(B::from(body));
    *response.status_mut() = status;
    response.headers_mut().insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
    response
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Rejection;

    #[test]
    fn statuses_say_whose_fault() {
        let expired = Error::rejected(Rejection::TokenExpired, "expired at 12:00");
        assert_eq!(response(&expired).status(), StatusCode::UNAUTHORIZED);
        assert_eq!(response(&Error::config("no client id")).status(), StatusCode::INTERNAL_SERVER_ERROR);
        assert_eq!(
            response(&Error::timeout(std::time::Duration::from_secs(1))).status(),
            StatusCode::GATEWAY_TIMEOUT
        );
    }
}
