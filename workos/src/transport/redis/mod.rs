//! Pacing and the retry budget shared through Redis (the `redis` feature): every client that
//! uses the same Redis and key prefix keeps to the same windows, honours the same `429`
//! pauses and draws from the same retry budget, so that a fleet of processes behind one
//! egress address or one environment keeps to WorkOS's limits together.
//!
//! `config` holds [`RedisPacing`], the configuration; `link` holds the connection and its health (the
//! bounded wait, the fallback and its warning, the reconnection); `pacer` and `budget` are the
//! shared pacer and bucket, each one Lua script per step, so that a step is atomic.

mod budget;
mod config;
mod link;
mod pacer;

pub(crate) use budget::SharedBudget;
pub use config::{DEFAULT_REDIS_TIMEOUT, RedisPacing};
pub(crate) use link::Link;
pub(crate) use pacer::RedisPacer;
