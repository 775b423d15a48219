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
///
/// The buffer grows with what arrives, never with what `Content-Length` claims: a server
/// may declare 2^60 bytes, and reserving that up front would abort the process (an
/// allocation failure is not a panic, nothing can catch it).
pub async fn read_body(
    response: &mut reqwest::Response,
    limit: usize,
) -> Result<(Bytes, bool), reqwest::Error> {
    let Some(first) = response.chunk().await? else { return Ok((Bytes::new(), false)) };
    if first.len() > limit {
        return Ok((first.slice(..limit), true));
    }
    let Some(second) = response.chunk().await? else {
        // The common case: the whole body in one chunk, kept without a copy.
        return Ok((first, false));
    };
    let mut body = Vec::new();
    push_within(&mut body, &first, limit);
    let mut next = Some(second);
    while let Some(chunk) = next {
        let room = limit - body.len();
        if chunk.len() > room {
            push_within(&mut body, &chunk[..room], limit);
            return Ok((body.into(), true));
        }
        push_within(&mut body, &chunk, limit);
        next = response.chunk().await?;
    }
    Ok((body.into(), false))
}

/// Appends `chunk`, which fits within `limit`, doubling the buffer as a `Vec` does but never
/// past `limit`.
fn push_within(body: &mut Vec<u8>, chunk: &[u8], limit: usize) {
    let needed = body.len() + chunk.len();
    if needed > body.capacity() {
        let target = needed.max(body.capacity().saturating_mul(2)).min(limit);
        body.reserve_exact(target - body.len());
    }
    body.extend_from_slice(chunk);
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

    #[test]
    fn the_buffer_doubles_but_never_past_the_limit() {
        let mut body = Vec::new();
        push_within(&mut body, &[1; 1000], 2500);
        push_within(&mut body, &[2; 10], 2500);
        // Doubled, not grown by ten bytes at a time.
        assert!(body.capacity() >= 2000, "{}", body.capacity());
        push_within(&mut body, &[3; 1490], 2500);
        assert_eq!(body.len(), 2500);
        assert!(body.capacity() <= 2500, "{}", body.capacity());
        assert_eq!((body[999], body[1000], body[1010]), (1, 2, 3));
    }
}
