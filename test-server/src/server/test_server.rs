//! [`TestServer`]: a running server, and what a test asks of it (its address and key,
//! injected faults, seeded lists, the requests it received). `builder.rs` starts one.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use super::accept;
use super::fault::Fault;
use super::limits::Limits;
use super::log::RecordedRequest;
use super::state::{DEFAULT_API_KEY, State};

/// A WorkOS-like server on `127.0.0.1`, answering every operation of `spec/openapi.json`.
///
/// It checks each request against its operation (API key, path, query and body) and
/// answers `422` naming the offending field when one does not fit; it answers with
/// deterministic objects that fit the response schema; lists page over a seeded data set;
/// objects you create are returned by later reads of the same collection. Tests can inject
/// faults per operation and read back the requests the server received.
///
/// Whatever a client sends, the server stays bounded ([`TestServer::builder`] sets each
/// limit): bodies up to [`DEFAULT_MAX_BODY_SIZE`] (larger: `413`), and none of the body is
/// read of a request refused `401` for its key; request heads up to
/// [`DEFAULT_MAX_HEADER_SIZE`] (larger: `431`), sent within [`DEFAULT_HEADER_READ_TIMEOUT`]
/// (else the connection is closed); the last [`DEFAULT_REQUEST_LOG_CAPACITY`] requests in
/// the log. After an accept error that lasts (out of file descriptors), it waits before
/// accepting again, from 5 ms doubling to 1 s, rather than spin.
///
/// By convention an id that starts with `missing` (`org_missing`, `missing_user`...) names
/// an object that does not exist: reads of it answer `404`.
///
/// The server stops when the value is dropped.
///
/// [`DEFAULT_MAX_BODY_SIZE`]: crate::DEFAULT_MAX_BODY_SIZE
/// [`DEFAULT_MAX_HEADER_SIZE`]: crate::DEFAULT_MAX_HEADER_SIZE
/// [`DEFAULT_HEADER_READ_TIMEOUT`]: crate::DEFAULT_HEADER_READ_TIMEOUT
/// [`DEFAULT_REQUEST_LOG_CAPACITY`]: crate::DEFAULT_REQUEST_LOG_CAPACITY
pub struct TestServer {
    addr: SocketAddr,
    state: Arc<State>,
    task: tokio::task::JoinHandle<()>,
}

impl std::fmt::Debug for TestServer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TestServer").field("addr", &self.addr).finish_non_exhaustive()
    }
}

impl TestServer {
    /// Binds `127.0.0.1:port` and serves there with `limits` until the value is dropped.
    pub(crate) async fn start_with(port: u16, limits: Limits) -> std::io::Result<TestServer> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(State::new(limits));
        let task = tokio::spawn(accept::accept_loop(listener, state.clone()));
        Ok(TestServer { addr, state, task })
    }

    /// The base URL to give the client, `http://127.0.0.1:<port>`.
    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The address the server listens on.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// An API key the server accepts.
    pub fn api_key(&self) -> &'static str {
        DEFAULT_API_KEY
    }

    /// Accepts one more API key.
    pub fn accept_api_key(&self, key: &str) {
        self.state.api_keys.lock().unwrap().push(key.to_owned());
    }

    /// Injects `fault` into the answers of `operation` (an operation id, or `*` for any).
    /// When several faults match a request, the one injected last applies.
    pub fn inject(&self, operation: &str, fault: Fault) {
        let operation = (operation != "*").then(|| operation.to_owned());
        self.state.faults.lock().unwrap().inject(operation, fault);
    }

    /// Makes the list operation `operation` hold `count` seeded objects.
    pub fn seed(&self, operation: &str, count: usize) {
        self.state.list_sizes.lock().unwrap().insert(operation.to_owned(), count);
    }

    /// Makes the access tokens signed from now on (AuthKit's and agents') expire `seconds`
    /// after they are issued (five minutes by default). A negative lifetime issues tokens
    /// that have already expired, to exercise refreshing a session or an expired credential.
    pub fn set_access_token_lifetime(&self, seconds: i64) {
        self.state.access_token_lifetime.store(seconds, Ordering::Relaxed);
    }

    /// The requests received so far, in order: all of them, or the latest ones once more
    /// have arrived than the log keeps ([`TestServerBuilder::request_log_capacity`]).
    ///
    /// [`TestServerBuilder::request_log_capacity`]: crate::TestServerBuilder::request_log_capacity
    pub fn requests(&self) -> Vec<RecordedRequest> {
        self.state.requests.lock().unwrap().snapshot()
    }

    /// The requests routed to `operation`, of those [`TestServer::requests`] returns.
    pub fn requests_for(&self, operation: &str) -> Vec<RecordedRequest> {
        self.requests().into_iter().filter(|r| r.operation.as_deref() == Some(operation)).collect()
    }

    /// Forgets the requests received so far.
    pub fn clear_requests(&self) {
        self.state.requests.lock().unwrap().clear();
    }

    /// The objects created through the API in `collection`, the path a create was sent to
    /// (`/organizations`, `/data-integrations/slack/api-key`), oldest first: what a test
    /// counts to see that a retried create had its effect once.
    pub fn created(&self, collection: &str) -> Vec<serde_json::Value> {
        self.state.created.lock().unwrap().get(collection).cloned().unwrap_or_default()
    }

    /// The ids and tags of every operation the server routes.
    pub fn operations(&self) -> Vec<(String, String)> {
        self.state.spec.routes.iter().map(|r| (r.id.clone(), r.tag.clone())).collect()
    }
}

impl Drop for TestServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}
