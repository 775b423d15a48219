//! [`State`]: what a running server holds and shares between its connections (the spec,
//! accepted keys, injected faults, idempotency keys' answers, the request log, seeded and created objects, sessions),
//! and what a new server starts with.

use std::collections::HashMap;
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, AtomicU64};

use serde_json::Value;

use super::event_log::EventLog;
use super::fault::Faults;
use super::idempotency::Replays;
use super::limits::Limits;
use super::log::Log;
use super::rate_limits::RateLimits;
use super::sessions::{Codes, Sessions};
use super::spec::Spec;
use super::webhooks::Webhooks;

/// The API key the server accepts unless told otherwise.
pub const DEFAULT_API_KEY: &str = "sk_test_local_server";

/// Seconds the access tokens the server signs stay valid, unless a test says otherwise.
pub const DEFAULT_ACCESS_TOKEN_LIFETIME: i64 = 300;

/// What a running server holds, shared by the tasks that serve its connections.
pub(crate) struct State {
    pub spec: Spec,
    pub api_keys: Mutex<Vec<String>>,
    pub faults: Mutex<Faults>,
    pub rate_limits: Mutex<RateLimits>,
    /// The first answers to the `Idempotency-Key`s of the operations that honour one.
    pub replays: Mutex<Replays>,
    pub requests: Mutex<Log>,
    pub limits: Limits,
    /// Seeded list sizes by list operation id.
    pub list_sizes: Mutex<HashMap<String, usize>>,
    /// Objects created through the API, by collection path, oldest first.
    pub created: Mutex<HashMap<String, Vec<Value>>>,
    /// AuthKit sessions the server signed in, by refresh token.
    pub sessions: Mutex<Sessions>,
    /// Authorization codes issued by the authorize redirect, waiting for their exchange.
    pub codes: Mutex<Codes>,
    /// Seconds from issue to expiry of the access tokens the server signs.
    pub access_token_lifetime: AtomicI64,
    /// Numbers request ids, created objects, codes and tokens, so that each is new.
    pub counter: AtomicU64,
    /// The event stream: what writes, seeds and tests appended.
    pub events: Mutex<EventLog>,
    /// Where events are delivered as webhooks, and what was delivered.
    pub webhooks: Mutex<Webhooks>,
}

impl State {
    /// The state of a server that has just started with `limits`.
    pub fn new(limits: Limits) -> State {
        State {
            spec: Spec::load(),
            api_keys: Mutex::new(vec![DEFAULT_API_KEY.to_owned()]),
            faults: Mutex::new(Faults::default()),
            rate_limits: Mutex::new(RateLimits::default()),
            replays: Mutex::new(Replays::default()),
            requests: Mutex::new(Log::new(limits.request_log_capacity)),
            limits,
            list_sizes: Mutex::new(HashMap::new()),
            created: Mutex::new(HashMap::new()),
            sessions: Mutex::new(HashMap::new()),
            codes: Mutex::new(HashMap::new()),
            access_token_lifetime: AtomicI64::new(DEFAULT_ACCESS_TOKEN_LIFETIME),
            counter: AtomicU64::new(1_000_000),
            events: Mutex::new(EventLog::default()),
            webhooks: Mutex::new(Webhooks::default()),
        }
    }
}
