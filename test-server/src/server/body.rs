//! Request bodies: read no further than the server's limit, then parsed and checked against
//! the body the operation takes.

use bytes::Bytes;
use http::HeaderMap;
use http_body_util::{BodyExt, Limited};
use hyper::body::{Body as _, Incoming};
use serde_json::Value;

use super::answer::Answer;
use super::spec::{Route, Spec};
use super::validate;

/// A body larger than the server reads.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TooLarge;

/// Reads `body` whole if it is at most `limit` bytes. One that declares a larger length is
/// refused before any of it is read; one that turns out larger (chunked) is read no further
/// than the limit. A body the client stops sending reads as empty: the client will not see
/// the answer anyway.
pub(crate) async fn read_limited(body: Incoming, limit: usize) -> Result<Bytes, TooLarge> {
    if body.size_hint().lower() > u64::try_from(limit).unwrap_or(u64::MAX) {
        return Err(TooLarge);
    }
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(error) if error.is::<http_body_util::LengthLimitError>() => Err(TooLarge),
        Err(_) => Ok(Bytes::new()),
    }
}

/// Parses and checks the body the operation takes; refuses one it does not take.
pub(crate) fn read_body(
    spec: &Spec,
    route: &Route,
    headers: &HeaderMap,
    body: &Bytes,
) -> Result<Option<Value>, Answer> {
    let content = route.operation["requestBody"]["content"].as_object();
    let Some(content) = content else {
        return Ok(None);
    };
    let media = headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .map(|v| v.split(';').next().unwrap_or_default().trim().to_ascii_lowercase())
        .unwrap_or_default();
    if !content.contains_key(&media) {
        let expected: Vec<&String> = content.keys().collect();
        return Err(Answer::error(
            415,
            "unsupported_media_type",
            &format!("this operation takes {expected:?}, not `{media}`"),
        ));
    }
    if media == "application/json" {
        let value: Value = serde_json::from_slice(body)
            .map_err(|e| Answer::error(400, "invalid_json", &format!("the body is not JSON: {e}")))?;
        validate::json_body(spec, route, &value).map_err(|p| Answer::problem(&p))?;
        Ok(Some(value))
    } else {
        let pairs: Vec<(String, String)> = url::form_urlencoded::parse(body).into_owned().collect();
        validate::form_body(spec, route, &pairs).map(Some).map_err(|p| Answer::problem(&p))
    }
}
