//! The local WorkOS server, in modules that each do one thing and name only their siblings
//! (this module declares them and re-exports the public API).
//!
//! - Starting and driving a server: `builder` (the port, the limits, `TestServer::start`)
//!   starts a `test_server` (what a test asks of a running server), which runs `accept`
//!   (the connection loop) over a `state` (what a server holds: `limits`, `fault`s, the
//!   request `log`, `sessions`, the `spec`).
//! - Serving one request: `handle` (routing, faults, `credentials`, the `body` limit, the
//!   `rate_limits` a test asks for, the log, the HTTP response; an `idempotency` key's first answer replayed), then `operation` (checks against the spec with `validate`,
//!   then the answer): a `redirect`, a `lists` page (`pages` slices it), an operation's own
//!   behaviour (`behaviours` says which: `tokens`, `vault`) or one of the `objects`, built
//!   by `example` and carried as an `answer`. Writes and seeds append `events` to the
//!   `event_log`, which `GET /events` pages over and `webhooks` delivers.

mod accept;
mod answer;
mod behaviours;
mod body;
mod builder;
mod codes;
mod credentials;
mod event_log;
mod events;
mod example;
mod fault;
mod handle;
mod idempotency;
mod limits;
mod lists;
mod log;
mod objects;
mod operation;
mod pages;
mod rate_limits;
mod redirect;
mod sessions;
mod spec;
mod state;
mod test_server;
mod tokens;
mod validate;
mod vault;
mod webhooks;

pub use builder::TestServerBuilder;
pub use example::{example, example_json, example_json_for};
pub use fault::Fault;
pub use limits::{
    DEFAULT_HEADER_READ_TIMEOUT, DEFAULT_MAX_BODY_SIZE, DEFAULT_MAX_HEADER_SIZE, DEFAULT_REQUEST_LOG_CAPACITY,
};
pub use lists::DEFAULT_LIST_SIZE;
pub use log::RecordedRequest;
pub use state::{DEFAULT_ACCESS_TOKEN_LIFETIME, DEFAULT_API_KEY};
pub use test_server::TestServer;
pub use tokens::DEFAULT_CLIENT_ID;
pub use webhooks::WebhookDelivery;
