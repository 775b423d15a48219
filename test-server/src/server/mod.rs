//! The local WorkOS server.

mod accept;
mod builder;
mod example;
mod log;
mod pages;
mod spec;
mod tokens;
mod validate;
mod vault;

use std::collections::HashMap;
use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http::{HeaderMap, Method, Request, Response, StatusCode};
use http_body_util::{BodyExt, Full, Limited, StreamBody};
use hyper::body::{Body as _, Frame, Incoming};
use serde_json::{Map, Value, json};

pub use builder::{
    DEFAULT_HEADER_READ_TIMEOUT, DEFAULT_MAX_BODY_SIZE, DEFAULT_MAX_HEADER_SIZE,
    DEFAULT_REQUEST_LOG_CAPACITY, TestServerBuilder,
};
pub use log::RecordedRequest;

use builder::Limits;
use log::{Arrival, Log};
use spec::{Route, Spec};
use validate::Problem;

/// The spec, parsed once for the examples below.
fn shared_spec() -> &'static Spec {
    static SPEC: std::sync::OnceLock<Spec> = std::sync::OnceLock::new();
    SPEC.get_or_init(Spec::load)
}

/// A deterministic example of the component `name` of the spec, as JSON: every field
/// filled with a plausible value (ids with the right prefix, timestamps, enum values).
pub fn example_json(name: &str) -> Option<Value> {
    let spec = shared_spec();
    if spec.doc["components"]["schemas"].get(name).is_some() {
        let reference = json!({ "$ref": format!("#/components/schemas/{name}") });
        return Some(example::generate(spec, &reference, 1, ""));
    }
    // `<Operation>Params`: the query parameters codegen gathers for an operation.
    let operation = snake_case(name.strip_suffix("Params")?);
    let route = spec.routes.iter().find(|r| r.id == operation)?;
    let mut object = Map::new();
    for param in route.operation["parameters"].as_array().into_iter().flatten().filter(|p| p["in"] == "query")
    {
        let name = param["name"].as_str().unwrap_or_default();
        object.insert(name.to_owned(), example::generate(spec, &param["schema"], 1, name));
    }
    Some(Value::Object(object))
}

/// A deterministic example of any schema of the spec (a `$ref`, or one variant of a union),
/// as [`example_json`] makes them for components.
pub fn example_json_for(schema: &Value) -> Value {
    example::generate(shared_spec(), schema, 1, "")
}

fn snake_case(pascal: &str) -> String {
    let mut out = String::new();
    for (i, c) in pascal.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// A deterministic example of a type of `workos::types`, built from its schema in the spec:
/// a quick way to fill a request in a test.
///
/// ```
/// // With the SDK: `let body: workos::types::CreateOrganization = example();`. Any type that
/// // deserializes and has the name of a component of the spec works:
/// #[derive(serde::Deserialize)]
/// struct CreateOrganization {
///     name: String,
/// }
/// let organization: CreateOrganization = workos_test_server::example();
/// assert!(!organization.name.is_empty());
/// ```
///
/// # Panics
/// If `T` is not a type generated from the spec.
pub fn example<T: serde::de::DeserializeOwned>() -> T {
    let full = std::any::type_name::<T>();
    let name = full.rsplit("::").next().unwrap_or(full);
    let json = example_json(name).unwrap_or_else(|| panic!("`{full}` is not a component of the spec"));
    serde_json::from_value(json).unwrap_or_else(|e| panic!("the example of `{name}` does not parse: {e}"))
}

/// The API key the server accepts unless told otherwise.
pub const DEFAULT_API_KEY: &str = "sk_test_local_server";

/// How many objects each list holds until a test seeds it otherwise.
pub const DEFAULT_LIST_SIZE: usize = 25;

/// The client id the server's agent access tokens are meant for (their `aud`): give a client
/// this id to check them with.
pub const DEFAULT_CLIENT_ID: &str = "client_local_server";

/// Seconds the access tokens the server signs stay valid, unless a test says otherwise.
pub const DEFAULT_ACCESS_TOKEN_LIFETIME: i64 = 300;

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

/// A fault to inject in place of (or before) the normal answer.
#[derive(Debug, Clone, Default)]
pub struct Fault {
    status: Option<u16>,
    body: Option<Bytes>,
    headers: Vec<(String, String)>,
    delay: Option<Duration>,
    drop_connection: bool,
    drop_mid_body: bool,
    times: usize,
}

impl Fault {
    /// Answer `status` (with a small JSON error body unless [`Fault::body`] says otherwise).
    pub fn status(status: u16) -> Fault {
        Fault { status: Some(status), times: 1, ..Fault::default() }
    }

    /// Wait `delay` before answering normally (or with the other parts of the fault).
    pub fn delay(delay: Duration) -> Fault {
        Fault { delay: Some(delay), times: 1, ..Fault::default() }
    }

    /// Close the connection without answering.
    pub fn drop_connection() -> Fault {
        Fault { drop_connection: true, times: 1, ..Fault::default() }
    }

    /// Send the status line and half of the body, then close the connection.
    pub fn drop_mid_body() -> Fault {
        Fault { drop_mid_body: true, times: 1, ..Fault::default() }
    }

    /// Answer with exactly these bytes as the body.
    pub fn body(mut self, body: impl Into<Bytes>) -> Fault {
        self.body = Some(body.into());
        self
    }

    /// Add a response header.
    pub fn header(mut self, name: &str, value: &str) -> Fault {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Also wait `delay` first.
    pub fn with_delay(mut self, delay: Duration) -> Fault {
        self.delay = Some(delay);
        self
    }

    /// Apply to the next `times` matching requests (1 by default; `usize::MAX` for all).
    pub fn times(mut self, times: usize) -> Fault {
        self.times = times;
        self
    }
}

struct FaultRule {
    operation: Option<String>,
    fault: Fault,
}

struct State {
    spec: Spec,
    api_keys: Mutex<Vec<String>>,
    faults: Mutex<Vec<FaultRule>>,
    requests: Mutex<Log>,
    limits: Limits,
    /// Seeded list sizes by list operation id.
    list_sizes: Mutex<HashMap<String, usize>>,
    /// Objects created through the API, by collection path, oldest first.
    created: Mutex<HashMap<String, Vec<Value>>>,
    /// AuthKit sessions the server signed in, by refresh token.
    sessions: Mutex<tokens::Sessions>,
    /// Seconds from issue to expiry of the access tokens the server signs.
    access_token_lifetime: AtomicI64,
    counter: AtomicU64,
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

    async fn start_with(port: u16, limits: Limits) -> std::io::Result<TestServer> {
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
        let addr = listener.local_addr()?;
        let state = Arc::new(State {
            spec: Spec::load(),
            api_keys: Mutex::new(vec![DEFAULT_API_KEY.to_owned()]),
            faults: Mutex::new(Vec::new()),
            requests: Mutex::new(Log::new(limits.request_log_capacity)),
            limits,
            list_sizes: Mutex::new(HashMap::new()),
            created: Mutex::new(HashMap::new()),
            sessions: Mutex::new(HashMap::new()),
            access_token_lifetime: AtomicI64::new(DEFAULT_ACCESS_TOKEN_LIFETIME),
            counter: AtomicU64::new(1_000_000),
        });
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
        self.state.faults.lock().unwrap().push(FaultRule { operation, fault });
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

type Body = http_body_util::combinators::BoxBody<Bytes, std::io::Error>;

/// The error hyper sees when a fault drops the connection.
#[derive(Debug)]
struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by an injected fault")
    }
}

impl std::error::Error for Dropped {}

/// An answer before it becomes an HTTP response.
struct Answer {
    status: u16,
    body: Option<Bytes>,
    headers: Vec<(String, String)>,
}

impl Answer {
    fn json(status: u16, body: &Value) -> Answer {
        Answer { status, body: Some(Bytes::from(body.to_string())), headers: Vec::new() }
    }

    fn error(status: u16, code: &str, message: &str) -> Answer {
        Answer::json(status, &json!({ "code": code, "message": message }))
    }

    fn problem(problem: &Problem) -> Answer {
        Answer::json(
            422,
            &json!({
                "code": "invalid_request_parameters",
                "message": problem.message,
                "errors": [{ "field": problem.field, "code": "invalid", "message": problem.message }],
            }),
        )
    }
}

async fn handle(state: &State, request: Request<Incoming>) -> Result<Response<Body>, Dropped> {
    let at = Instant::now();
    let (parts, body) = request.into_parts();
    let path = parts.uri.path().to_owned();
    let query: Vec<(String, String)> = parts
        .uri
        .query()
        .map(|q| url::form_urlencoded::parse(q.as_bytes()).into_owned().collect())
        .unwrap_or_default();
    let routed = state.spec.route(parts.method.as_str(), &path);
    let operation = routed.as_ref().ok().map(|(route, _)| route.id.clone());

    let fault = operation.as_deref().and_then(|op| take_fault(state, op)).or_else(|| take_fault(state, ""));
    // An injected status replaces the answer, which is then not worked out at all: the
    // request has no effect, as when the API fails it.
    let injected = fault.as_ref().and_then(|f| f.status);

    // Credentials are checked before the body is read: a client without a valid key gets
    // its `401` having sent only its headers, and nothing of its body is read or kept.
    let refused = match (&routed, injected) {
        (Ok((route, _)), None) => refuse_credentials(state, route, &parts.headers),
        _ => None,
    };
    let body = match refused {
        Some(_) => Ok(Bytes::new()),
        None => read_limited(body, state.limits.max_body_size).await,
    };

    // Recorded on arrival: a client that gives up while the answer is delayed still shows.
    let number = state.requests.lock().unwrap().arrive(Arrival {
        method: parts.method.to_string(),
        path: path.clone(),
        query: query.clone(),
        headers: parts.headers.clone(),
        body: body.clone().unwrap_or_default(),
        operation: operation.clone(),
        at,
    });
    if let Some(delay) = fault.as_ref().and_then(|f| f.delay) {
        tokio::time::sleep(delay).await;
    }
    if let Some(fault) = &fault
        && fault.drop_connection
    {
        return Err(Dropped);
    }

    let mut answer = match (&routed, injected, refused, body) {
        (_, Some(status), _, _) => {
            Answer::error(status, "injected_fault", &format!("injected status {status}"))
        }
        (_, None, Some(refused), _) => refused,
        (_, None, None, Err(TooLarge)) => Answer::error(
            413,
            "payload_too_large",
            &format!("the body is larger than the server's limit of {} bytes", state.limits.max_body_size),
        ),
        (Err(_), None, None, Ok(_)) => {
            Answer::error(404, "not_found", &format!("no operation answers {} {path}", parts.method))
        }
        (Ok((route, params)), None, None, Ok(body)) => {
            answer(state, route, params, &parts.method, &parts.headers, &query, &body)
        }
    };
    if let Some(fault) = &fault {
        if let Some(body) = &fault.body {
            answer.body = Some(body.clone());
        }
        answer.headers.extend(fault.headers.iter().cloned());
    }

    state.requests.lock().unwrap().answered(number, answer.status);

    let request_id = format!("req_{}", state.counter.fetch_add(1, Ordering::Relaxed));
    let mut response = Response::builder()
        .status(StatusCode::from_u16(answer.status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR))
        .header("x-request-id", request_id);
    if answer.body.is_some() {
        response = response.header("content-type", "application/json");
    }
    for (name, value) in &answer.headers {
        response = response.header(name.as_str(), value.as_str());
    }
    let bytes = answer.body.unwrap_or_default();
    let body: Body = if fault.as_ref().is_some_and(|f| f.drop_mid_body) {
        response = response.header("content-length", bytes.len().max(2).to_string());
        let half = bytes.slice(..bytes.len() / 2);
        let frames: Vec<Result<Frame<Bytes>, std::io::Error>> =
            vec![Ok(Frame::data(half)), Err(std::io::Error::other("dropped mid-body"))];
        BodyExt::boxed(StreamBody::new(futures_util::stream::iter(frames)))
    } else {
        BodyExt::boxed(Full::new(bytes).map_err(|never: Infallible| match never {}))
    };
    Ok(response.body(body).expect("a valid response"))
}

/// A body larger than the server reads.
#[derive(Debug, Clone, Copy)]
struct TooLarge;

/// Reads `body` whole if it is at most `limit` bytes. One that declares a larger length is
/// refused before any of it is read; one that turns out larger (chunked) is read no further
/// than the limit. A body the client stops sending reads as empty: the client will not see
/// the answer anyway.
async fn read_limited(body: Incoming, limit: usize) -> Result<Bytes, TooLarge> {
    if body.size_hint().lower() > u64::try_from(limit).unwrap_or(u64::MAX) {
        return Err(TooLarge);
    }
    match Limited::new(body, limit).collect().await {
        Ok(collected) => Ok(collected.to_bytes()),
        Err(error) if error.is::<http_body_util::LengthLimitError>() => Err(TooLarge),
        Err(_) => Ok(Bytes::new()),
    }
}

fn take_fault(state: &State, operation: &str) -> Option<Fault> {
    let mut faults = state.faults.lock().unwrap();
    let wanted = (!operation.is_empty()).then_some(operation);
    // The latest injection wins, so that a test can replace an answer it injected before.
    let index =
        faults.iter().rposition(|rule| rule.operation.as_deref() == wanted && rule.fault.times > 0)?;
    let rule = &mut faults[index];
    rule.fault.times -= 1;
    let fault = rule.fault.clone();
    if rule.fault.times == 0 {
        faults.remove(index);
    }
    Some(fault)
}

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers.get(http::header::AUTHORIZATION)?.to_str().ok()?.strip_prefix("Bearer ").map(str::trim)
}

/// A stable seed for an object named by `text` (FNV-1a).
fn seed_of(text: &str) -> u64 {
    text.bytes()
        .fold(0xcbf2_9ce4_8422_2325u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
        % 1_000_000
}

/// The `401` for a request to `route` without the key or access token it needs, if so.
fn refuse_credentials(state: &State, route: &Route, headers: &HeaderMap) -> Option<Answer> {
    if route.needs_key() {
        match bearer(headers) {
            None => {
                return Some(Answer::error(
                    401,
                    "unauthorized",
                    "no API key: send `Authorization: Bearer sk_...`",
                ));
            }
            Some(key) if !state.api_keys.lock().unwrap().iter().any(|k| k == key) => {
                return Some(Answer::error(401, "unauthorized", "the API key is not valid"));
            }
            Some(_) => {}
        }
    }
    if route.needs_access_token() && bearer(headers).is_none_or(str::is_empty) {
        return Some(Answer::error(
            401,
            "unauthorized",
            "no access token: send `Authorization: Bearer <token>`",
        ));
    }
    None
}

/// The normal answer to a routed request, once its credentials are checked.
fn answer(
    state: &State,
    route: &Route,
    params: &[(String, String)],
    method: &Method,
    headers: &HeaderMap,
    query: &[(String, String)],
    body: &Bytes,
) -> Answer {
    let spec = &state.spec;
    for (name, value) in params {
        if value.is_empty() || value == "." || value == ".." {
            return Answer::problem(&Problem {
                field: name.clone(),
                message: format!("`{name}` is not a valid id"),
            });
        }
    }
    if let Err(problem) =
        validate::path(spec, route, params).and_then(|()| validate::query(spec, route, query))
    {
        return Answer::problem(&problem);
    }
    let request_body = match read_body(spec, route, headers, body) {
        Ok(value) => value,
        Err(answer) => return answer,
    };
    if let Some((name, _)) = params.iter().find(|(_, v)| v.starts_with("missing") || v.ends_with("_missing"))
    {
        return Answer::error(404, "entity_not_found", &format!("no object has this `{name}`"));
    }
    if route.extension.redirect {
        return redirect(query, state);
    }

    let (status, schema) = route.success();
    let Some(schema) = schema else {
        forget(state, route, method, params);
        return Answer { status, body: None, headers: Vec::new() };
    };
    let value = if route.extension.list {
        list(state, route, params, query, schema)
    } else if route.id == "get_jwks" {
        tokens::key_set()
    } else if route.id == "decrypt_vault_data_key"
        && let Some(decrypted) = vault::decrypt_data_key(request_body.as_ref())
    {
        match decrypted {
            Some(key) => key,
            None => return Answer::error(400, "invalid_keys", "the encrypted data key does not decrypt"),
        }
    } else {
        let mut value = object_answer(state, route, method, params, request_body.as_ref(), schema);
        if route.id == "authenticate" {
            tokens::complete_authentication(state, request_body.as_ref(), &mut value);
        }
        if route.id == "create_vault_data_key" {
            vault::create_data_key(&mut value);
        }
        if route.id == "mint_agent_token" {
            tokens::complete_agent_token(state, request_body.as_ref(), &mut value);
        }
        value
    };
    Answer::json(status, &value)
}

/// Parses and checks the body the operation takes; refuses one it does not take.
fn read_body(spec: &Spec, route: &Route, headers: &HeaderMap, body: &Bytes) -> Result<Option<Value>, Answer> {
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

/// Browser redirects send the browser back where the request said, as the API would.
fn redirect(query: &[(String, String)], state: &State) -> Answer {
    let get = |name: &str| query.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
    let target = match (get("redirect_uri"), get("return_to")) {
        (Some(uri), _) => {
            let code = format!("code_{}", state.counter.fetch_add(1, Ordering::Relaxed));
            let mut url = match url::Url::parse(uri) {
                Ok(url) => url,
                Err(_) => return Answer::error(422, "invalid_redirect_uri", "`redirect_uri` is not a URL"),
            };
            url.query_pairs_mut().append_pair("code", &code);
            if let Some(state) = get("state") {
                url.query_pairs_mut().append_pair("state", state);
            }
            url.to_string()
        }
        (None, Some(return_to)) => return_to.to_owned(),
        (None, None) => return Answer { status: 200, body: None, headers: Vec::new() },
    };
    Answer { status: 302, body: None, headers: vec![("location".into(), target)] }
}

/// The collection an item route belongs to (`/organizations` for `/organizations/org_1`) and
/// the item's id, or the route's own path for a collection route.
fn collection_of(
    route: &Route,
    params: &[(String, String)],
    path_of: impl Fn() -> String,
) -> (String, Option<String>) {
    let path = path_of();
    if route.template.ends_with('}')
        && let Some((parent, _)) = path.rsplit_once('/')
    {
        return (parent.to_owned(), params.last().map(|(_, v)| v.clone()));
    }
    (path, None)
}

fn concrete_path(route: &Route, params: &[(String, String)]) -> String {
    let mut path = route.template.clone();
    for (name, value) in params {
        path = path.replace(&format!("{{{name}}}"), value);
    }
    path
}

fn forget(state: &State, route: &Route, method: &Method, params: &[(String, String)]) {
    if method != Method::DELETE {
        return;
    }
    let (collection, id) = collection_of(route, params, || concrete_path(route, params));
    if let (Some(items), Some(id)) = (state.created.lock().unwrap().get_mut(&collection), id) {
        items.retain(|item| item["id"] != id.as_str());
    }
}

/// The answer of a non-list operation: a stored object when the collection has it, else a
/// generated one that carries the request's id and body.
fn object_answer(
    state: &State,
    route: &Route,
    method: &Method,
    params: &[(String, String)],
    body: Option<&Value>,
    schema: &Value,
) -> Value {
    let spec = &state.spec;
    let path = concrete_path(route, params);
    let (collection, item_id) = collection_of(route, params, || path.clone());
    let resolved = spec.resolve(schema).into_owned();
    let has_id = resolved["properties"].get("id").is_some();
    let mut created = state.created.lock().unwrap();

    if let Some(id) = &item_id
        && has_id
        && let Some(stored) =
            created.get_mut(&collection).and_then(|items| items.iter_mut().find(|i| i["id"] == id.as_str()))
    {
        if method == Method::PUT || method == Method::PATCH {
            overlay(spec, &resolved, stored, body);
        }
        if method == Method::DELETE {
            let snapshot = stored.clone();
            if let Some(items) = created.get_mut(&collection) {
                items.retain(|i| i["id"] != id.as_str());
            }
            return snapshot;
        }
        return stored.clone();
    }

    let seed = if method == Method::POST && item_id.is_none() {
        state.counter.fetch_add(1, Ordering::Relaxed)
    } else {
        seed_of(&path)
    };
    let mut value = example::generate(spec, schema, seed, "");
    for (name, param) in params {
        if resolved["properties"].get(name).is_some() {
            value[name.as_str()] = Value::String(param.clone());
        }
    }
    overlay(spec, &resolved, &mut value, body);
    if method == Method::POST && item_id.is_none() && has_id {
        created.entry(collection).or_default().push(value.clone());
    }
    value
}

/// Copies the request's fields into the answer where the answer has a field of that name
/// and type, as the API echoes what it was given.
fn overlay(spec: &Spec, schema: &Value, target: &mut Value, body: Option<&Value>) {
    let Some(Value::Object(fields)) = body else { return };
    for (name, value) in fields {
        if let Some(property) = schema["properties"].get(name)
            && validate::value_against(spec, property, value, name).is_ok()
        {
            target[name.as_str()] = value.clone();
        }
    }
}

/// A page of the list operation: seeded objects plus those created through the API.
fn list(
    state: &State,
    route: &Route,
    params: &[(String, String)],
    query: &[(String, String)],
    schema: &Value,
) -> Value {
    let spec = &state.spec;
    let page_schema = spec.resolve(schema).into_owned();
    let item_schema = page_schema["properties"]["data"]["items"].clone();
    let item = spec.resolve(&item_schema).into_owned();
    let kind = item["properties"]["object"]
        .as_object()
        .map(|o| spec.resolve(&Value::Object(o.clone()))["enum"][0].as_str().unwrap_or_default().to_owned());
    let prefix = example::prefix_for_object(kind.as_deref().unwrap_or("obj"));
    let size = state.list_sizes.lock().unwrap().get(&route.id).copied().unwrap_or(DEFAULT_LIST_SIZE);
    let created =
        state.created.lock().unwrap().get(&concrete_path(route, params)).cloned().unwrap_or_default();

    let mut ids: Vec<String> = (1..=size as u64).map(|seed| example::id(&prefix, seed)).collect();
    ids.extend(created.iter().map(|c| c["id"].as_str().unwrap_or_default().to_owned()));
    let slice = pages::page(&ids, &pages::PageRequest::from_query(query));
    let data: Vec<Value> = slice
        .indexes
        .iter()
        .map(|&i| {
            if i < size {
                example::generate(spec, &item_schema, i as u64 + 1, "")
            } else {
                created[i - size].clone()
            }
        })
        .collect();
    let mut page = Map::new();
    page.insert("object".into(), json!("list"));
    page.insert("data".into(), Value::Array(data));
    page.insert("list_metadata".into(), json!({ "before": slice.before, "after": slice.after }));
    Value::Object(page)
}
