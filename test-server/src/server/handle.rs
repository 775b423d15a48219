//! Serving one request, from its arrival to the response: routing, injected faults and
//! enforced rate limits, credentials and the body limit (checked in that order, before any of
//! the body is read that need not be), the request log, then the answer (replayed for a known
//! `Idempotency-Key`) as an HTTP response.

use std::convert::Infallible;
use std::sync::atomic::Ordering;
use std::time::Instant;

use bytes::Bytes;
use http::{Request, Response, StatusCode};
use http_body_util::{BodyExt, Full, StreamBody};
use hyper::body::{Frame, Incoming};

use super::answer::Answer;
use super::body::{TooLarge, read_limited};
use super::credentials;
use super::fault::Fault;
use super::idempotency;
use super::log::Arrival;
use super::operation;
use super::rate_limits;
use super::state::State;

pub(crate) type Body = http_body_util::combinators::BoxBody<Bytes, std::io::Error>;

/// The error hyper sees when a fault drops the connection.
#[derive(Debug)]
pub(crate) struct Dropped;

impl std::fmt::Display for Dropped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("connection dropped by an injected fault")
    }
}

impl std::error::Error for Dropped {}

/// Serves `request`; `Err` drops the connection without an answer, as a fault asks.
pub(crate) async fn handle(state: &State, request: Request<Incoming>) -> Result<Response<Body>, Dropped> {
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

    let fault = {
        let mut faults = state.faults.lock().unwrap();
        operation.as_deref().and_then(|op| faults.take(op)).or_else(|| faults.take(""))
    };
    // A request the API would refuse for its rate limit is answered like an injected `429`.
    let fault = fault.or_else(|| {
        let route = routed.as_ref().ok().map(|(route, _)| *route);
        let refused = state.rate_limits.lock().unwrap().admit(route, &query, at).err()?;
        Some(Fault::status(429).header("Retry-After", &rate_limits::retry_after(refused)))
    });
    // An injected status replaces the answer, which is then not worked out at all: the
    // request has no effect, as when the API fails it.
    let injected = fault.as_ref().and_then(|f| f.status);

    // Credentials are checked before the body is read: a client without a valid key gets
    // its `401` having sent only its headers, and nothing of its body is read or kept.
    let refused = match (&routed, injected) {
        (Ok((route, _)), None) => credentials::refuse_credentials(state, route, &parts.headers),
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
            let answer =
                || operation::answer(state, route, params, &parts.method, &parts.headers, &query, &body);
            match parts.headers.get("idempotency-key").filter(|_| route.extension.idempotent) {
                Some(key) => {
                    // Keys are an environment's: scoped by the credential that sent them.
                    let scope = parts.headers.get("authorization").map(|v| v.as_bytes()).unwrap_or_default();
                    let scope = String::from_utf8_lossy(scope);
                    let key = String::from_utf8_lossy(key.as_bytes());
                    let print = idempotency::fingerprint(&route.id, &body);
                    state.replays.lock().unwrap().answer(&scope, &key, print, answer)
                }
                None => answer(),
            }
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
