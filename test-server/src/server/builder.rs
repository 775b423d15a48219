//! [`TestServerBuilder`]: the port and the limits a server starts with, and the ways to
//! start a [`TestServer`] (`TestServer::start`, `start_on`, `builder`).

use std::time::Duration;

use super::limits::Limits;
use super::test_server::TestServer;

/// Timeouts beyond this are taken as this: a year is "never" for a test, and hyper adds the
/// timeout to the current instant, which must not overflow.
const LONGEST_TIMEOUT: Duration = Duration::from_secs(365 * 24 * 60 * 60);

/// Starts a [`TestServer`] with a port or limits other than the defaults.
///
/// ```
/// use std::time::Duration;
///
/// # #[tokio::main] async fn main() -> std::io::Result<()> {
/// let server = workos_test_server::TestServer::builder()
///     .max_body_size(64 * 1024)
///     .header_read_timeout(Duration::from_secs(2))
///     .request_log_capacity(100)
///     .start()
///     .await?;
/// assert!(server.url().starts_with("http://127.0.0.1:"));
/// # Ok(()) }
/// ```
#[derive(Debug, Clone)]
#[must_use]
pub struct TestServerBuilder {
    port: u16,
    limits: Limits,
}

impl TestServer {
    /// Starts a server on `127.0.0.1` with an ephemeral port and the default limits. Needs a
    /// Tokio runtime.
    pub async fn start() -> TestServer {
        TestServer::start_on(0).await.expect("binding 127.0.0.1 with an ephemeral port")
    }

    /// Starts a server on `127.0.0.1:port` with the default limits.
    pub async fn start_on(port: u16) -> std::io::Result<TestServer> {
        TestServer::builder().port(port).start().await
    }

    /// A builder, to start a server with other limits (body and header sizes, header
    /// timeout, request log capacity) or on a given port.
    pub fn builder() -> TestServerBuilder {
        TestServerBuilder::new()
    }
}

impl TestServerBuilder {
    fn new() -> TestServerBuilder {
        TestServerBuilder { port: 0, limits: Limits::default() }
    }

    /// Listens on `127.0.0.1:port` (0, the default, picks a free port).
    pub fn port(mut self, port: u16) -> TestServerBuilder {
        self.port = port;
        self
    }

    /// The largest request body the server reads, in bytes ([`DEFAULT_MAX_BODY_SIZE`] unless
    /// set). A request whose body is larger is answered `413 Payload Too Large` and recorded
    /// with an empty body; when its `Content-Length` says so, none of the body is read.
    ///
    /// Whatever the limit, a request to an operation that needs a key (or an access token)
    /// and comes without a valid one is answered `401` before any of its body is read.
    ///
    /// [`DEFAULT_MAX_BODY_SIZE`]: crate::DEFAULT_MAX_BODY_SIZE
    pub fn max_body_size(mut self, bytes: usize) -> TestServerBuilder {
        self.limits.max_body_size = bytes;
        self
    }

    /// The largest request head (request line and headers together) the server reads, in
    /// bytes ([`DEFAULT_MAX_HEADER_SIZE`] unless set); a larger one is answered
    /// `431 Request Header Fields Too Large` and the connection closed. Hyper's own read
    /// buffer (about 400 KB) bounds it whatever is set.
    ///
    /// [`DEFAULT_MAX_HEADER_SIZE`]: crate::DEFAULT_MAX_HEADER_SIZE
    pub fn max_header_size(mut self, bytes: usize) -> TestServerBuilder {
        self.limits.max_header_size = bytes;
        self
    }

    /// How long a client has to send a whole request head ([`DEFAULT_HEADER_READ_TIMEOUT`]
    /// unless set); a connection whose head is not complete by then is closed without an
    /// answer, so a client that never finishes its headers cannot hold a connection for
    /// ever. The same time bounds how long an idle keep-alive connection waits for its next
    /// request. `None` means no limit; a timeout above a year is taken as a year.
    ///
    /// [`DEFAULT_HEADER_READ_TIMEOUT`]: crate::DEFAULT_HEADER_READ_TIMEOUT
    pub fn header_read_timeout(mut self, timeout: impl Into<Option<Duration>>) -> TestServerBuilder {
        self.limits.header_read_timeout = timeout.into().map(|t| t.min(LONGEST_TIMEOUT));
        self
    }

    /// How many requests [`TestServer::requests`] keeps ([`DEFAULT_REQUEST_LOG_CAPACITY`]
    /// unless set): once it holds that many, each new request drops the oldest one.
    /// [`RecordedRequest::number`](crate::RecordedRequest::number) still counts every
    /// request. 0 keeps none.
    ///
    /// [`DEFAULT_REQUEST_LOG_CAPACITY`]: crate::DEFAULT_REQUEST_LOG_CAPACITY
    pub fn request_log_capacity(mut self, entries: usize) -> TestServerBuilder {
        self.limits.request_log_capacity = entries;
        self
    }

    /// Starts the server. Needs a Tokio runtime.
    pub async fn start(self) -> std::io::Result<TestServer> {
        TestServer::start_with(self.port, self.limits).await
    }
}
