//! Reading a response body within a size limit.
//!
//! A server (or anything between it and us) decides how long a body is; reading it whole
//! with `Response::bytes` lets it decide how much memory a call takes too. Bodies here are
//! read chunk by chunk and reading stops at the limit.

use bytes::Bytes;

/// The largest success body read by default: 16 MiB. A page of 100 directory users with
/// their raw attributes is about 320 KB.
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 16 * 1024 * 1024;

/// A body longer than the limit the caller set; the rest of it was not read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ResponseTooLarge {
    /// The limit, in bytes.
    pub limit: usize,
}

/// How [`ResponseTooLarge`] reads; progenitor's error type carries it as a message.
const MESSAGE: &str = "the response body is longer than the limit of ";

impl ResponseTooLarge {
    /// Recognises the message of a [`progenitor_client::Error::Custom`] made from this error.
    pub fn from_message(message: &str) -> Option<ResponseTooLarge> {
        let limit = message.strip_prefix(MESSAGE)?.strip_suffix(" bytes")?.parse().ok()?;
        Some(ResponseTooLarge { limit })
    }
}

impl std::fmt::Display for ResponseTooLarge {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{MESSAGE}{} bytes", self.limit)
    }
}

impl std::error::Error for ResponseTooLarge {}

/// Reads at most `limit` bytes of `response`'s body. The flag is `true` when the body was
/// longer (it is then cut at `limit`, and the rest is never read).
pub async fn read_body(
    response: &mut reqwest::Response,
    limit: usize,
) -> Result<(Bytes, bool), reqwest::Error> {
    // A declared length is only a hint for the first allocation: it may lie either way.
    let hint = response.content_length().map_or(0, |n| usize::try_from(n).unwrap_or(usize::MAX));
    let Some(first) = response.chunk().await? else { return Ok((Bytes::new(), false)) };
    if first.len() > limit {
        return Ok((first.slice(..limit), true));
    }
    let Some(second) = response.chunk().await? else {
        // The common case: the whole body in one chunk, kept without a copy.
        return Ok((first, false));
    };
    let mut body = Vec::with_capacity(hint.max(first.len() + second.len()).min(limit));
    body.extend_from_slice(&first);
    let mut next = Some(second);
    while let Some(chunk) = next {
        let room = limit - body.len();
        if chunk.len() > room {
            body.extend_from_slice(&chunk[..room]);
            return Ok((body.into(), true));
        }
        body.extend_from_slice(&chunk);
        next = response.chunk().await?;
    }
    Ok((body.into(), false))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_message_is_recognised() {
        let error = ResponseTooLarge { limit: 1234 };
        assert_eq!(ResponseTooLarge::from_message(&error.to_string()), Some(error));
        assert_eq!(ResponseTooLarge::from_message("something else"), None);
    }
}
