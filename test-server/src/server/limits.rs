//! The limits a server holds every client to, and their defaults.
//!
//! The limits keep the server's memory and connections bounded whatever a client sends: the
//! server runs inside test suites, often next to other programs that can reach `127.0.0.1`.

use std::time::Duration;

/// The largest request body the server reads, in bytes (2 MiB); a larger one is answered
/// `413` and not kept.
pub const DEFAULT_MAX_BODY_SIZE: usize = 2 * 1024 * 1024;

/// The largest request head (request line and headers) the server reads, in bytes (16 KiB);
/// a larger one is answered `431`.
pub const DEFAULT_MAX_HEADER_SIZE: usize = 16 * 1024;

/// How long a client has to send a whole request head (10 s): a connection whose head is
/// not complete by then is closed. The same time bounds how long an idle connection waits
/// for its next request.
pub const DEFAULT_HEADER_READ_TIMEOUT: Duration = Duration::from_secs(10);

/// How many requests the request log keeps (10 000); past that, the oldest are dropped.
pub const DEFAULT_REQUEST_LOG_CAPACITY: usize = 10_000;

/// What the server holds every client to.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Limits {
    pub max_body_size: usize,
    pub max_header_size: usize,
    pub header_read_timeout: Option<Duration>,
    pub request_log_capacity: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_body_size: DEFAULT_MAX_BODY_SIZE,
            max_header_size: DEFAULT_MAX_HEADER_SIZE,
            header_read_timeout: Some(DEFAULT_HEADER_READ_TIMEOUT),
            request_log_capacity: DEFAULT_REQUEST_LOG_CAPACITY,
        }
    }
}
