//! [`TestServer`]: a running server, and what a test asks of it (its address and key,
//! injected faults, seeded lists, the requests it received). `builder.rs` starts one.

use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::Ordering;

use super::accept;
use super::events;
use super::fault::Fault;
use super::limits::Limits;
use super::log::RecordedRequest;
use super::state::{DEFAULT_API_KEY, State};
use super::tokens;
use super::webhooks::WebhookDelivery;

/// A WorkOS-like server on `127.0.0.1`, answering every operation of `spec/openapi.json`.
///
/// It checks each request against its operation (API key, path, query and body) and
/// answers `422` naming the offending field when one does not fit; it answers with
/// deterministic objects that fit the response schema; lists page over a seeded data set;
/// objects you create are returned by later reads of the same collection. Tests can inject
/// faults per operation and read back the requests the server received.
///
/// It acts the event stream out: writes (creating, updating, deleting organizations, users,
/// memberships...) and seeded lists append their events, each with typed `data` of its
/// event type; `GET /events` pages over them newest first unless `order` says otherwise,
/// with its `events`, `organization_id` and range filters; tests append events of their own
/// ([`TestServer::append_event`]) and have them delivered as signed webhooks
/// ([`TestServer::deliver_webhooks`]).
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

    /// Enforces a rate limit, as WorkOS does: at most `limit` requests in any window of
    /// `period` in `scope`, which is `*` for every request, or the name of a limit the spec
    /// publishes (`directory_users`, `authkit_reads`...) for the operations that count against
    /// it, per value of their pacing key (per directory). A request that finds its window full
    /// is answered `429` with `Retry-After` (whole seconds until a place frees, at least 1) and
    /// takes no place. Injected faults come first, and a request they answer takes no place.
    pub fn enforce_rate_limit(&self, scope: &str, limit: u32, period: std::time::Duration) {
        let scope = (scope != "*").then(|| scope.to_owned());
        self.state.rate_limits.lock().unwrap().add(scope, limit, period);
    }

    /// Makes the list operation `operation` hold `count` seeded objects. When one event type
    /// `<object>.created` carries the list's objects (organizations, directory users and
    /// groups, users...), each seeded object also appends that event to the event stream.
    pub fn seed(&self, operation: &str, count: usize) {
        self.state.list_sizes.lock().unwrap().insert(operation.to_owned(), count);
        events::after_seed(&self.state, operation, count);
    }

    /// Appends an event of `event_type` with `data` to the event stream (and delivers it to
    /// the webhook URLs), as if it had just happened; returns it as `GET /events` lists it.
    /// `data` may be anything, to test how a consumer meets data that does not decode.
    pub fn append_event(&self, event_type: &str, data: serde_json::Value) -> serde_json::Value {
        events::append(&self.state, event_type, data)
    }

    /// A `data` of the component `event_type` carries in the spec, the `seed`th example (the
    /// one a list's `seed`th object is); `None` for a type the spec does not know.
    pub fn example_event_data(&self, event_type: &str, seed: u64) -> Option<serde_json::Value> {
        events::example_data(&self.state.spec, event_type, seed)
    }

    /// Appends one event of every event type of the spec, each with an example of its data.
    pub fn append_every_event_type(&self) -> Vec<serde_json::Value> {
        let types = events::event_types(&self.state.spec);
        types
            .keys()
            .map(|event_type| {
                let data = events::example_data(&self.state.spec, event_type, 1).unwrap_or_default();
                events::append(&self.state, event_type, data)
            })
            .collect()
    }

    /// Every event of the stream so far, oldest first.
    pub fn events(&self) -> Vec<serde_json::Value> {
        self.state.events.lock().unwrap().all().to_vec()
    }

    /// Delivers every event appended from now on to `url` (`http://`), signed with `secret`
    /// as WorkOS signs webhooks, one at a time in order (three attempts each). Call it within
    /// a Tokio runtime: the deliveries run on a task of their own.
    ///
    /// # Errors
    /// When `url` is not an `http://` URL with a host.
    pub fn deliver_webhooks(&self, url: &str, secret: &str) -> Result<(), String> {
        self.state.webhooks.lock().unwrap().add_target(url, secret)
    }

    /// The webhook deliveries made so far, in order.
    pub fn webhook_deliveries(&self) -> Vec<WebhookDelivery> {
        self.state.webhooks.lock().unwrap().delivered.lock().unwrap().clone()
    }

    /// Makes the access tokens signed from now on (AuthKit's and agents') expire `seconds`
    /// after they are issued (five minutes by default). A negative lifetime issues tokens
    /// that have already expired, to exercise refreshing a session or an expired credential.
    pub fn set_access_token_lifetime(&self, seconds: i64) {
        self.state.access_token_lifetime.store(seconds, Ordering::Relaxed);
    }

    /// Ends every AuthKit session the server signed in, as when they expire at WorkOS: their
    /// refresh tokens are refused (`400 invalid_grant`) from now on.
    pub fn end_sessions(&self) {
        tokens::end_sessions(&self.state);
    }

    /// The access token `token` (one this server signed) with the same claims, signed again
    /// with an `exp` an hour in the past: to make a signed-in session's token expire on demand.
    /// `None` when `token` is not such a JWT.
    pub fn expired_access_token(&self, token: &str) -> Option<String> {
        tokens::expired_copy(token)
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
