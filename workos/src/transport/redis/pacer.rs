//! [`RedisPacer`]: the windows and pauses of `crate::transport::pacing`, kept in Redis so
//! that every process with the same Redis and key prefix shares them, each step one Lua
//! script (atomic, one round trip), timed by Redis's clock. While Redis cannot be reached
//! it paces with an in-process [`Pacer`], which also keeps every pause it sets, so that a
//! `429` seen just before an outage still holds.
//!
//! Keys: a window is a sorted set of the start times of its requests (`{prefix}:w:all` for
//! the overall limit, `{prefix}:w:op:<name>` per published limit, `:<digest>` added per
//! pacing key); a pause is a key that expires when the pause ends (`{prefix}:p:...`). Each
//! expires one period after its last request, so idle scopes leave nothing behind, and a
//! window never holds more members than its limit. A pacing key (a directory id, chosen by
//! whoever created the directory) appears only as a SHA-256 digest: bounded, and never a
//! key of the caller's choosing.

use std::sync::LazyLock;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use redis::Script;
use tokio::time::Instant;
use workos_api::Operation;

use super::link::Link;
use crate::transport::pacing::{Pacer, Pacing, PacingFuture, PauseScope, RateLimit, Scope, release_time};

/// Checks the overall window (KEYS[1], pause KEYS[2]) and, when the operation has one, its
/// own (KEYS[3], pause KEYS[4]); takes a place in each when all have room and no pause
/// holds the request. Returns `{0, -1}` when taken, else `{ms until the windows have room,
/// ms until the pause ends or -1}`.
///
/// ARGV: overall limit, overall period (ms), whether to pace the operation's window (its
/// pause applies either way), its limit, its period (ms), a member unique to this request.
const ACQUIRE: &str = r#"
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local ready = now
local pause = -1
local function room(key, limit, period)
  redis.call('ZREMRANGEBYSCORE', key, '-inf', now - period)
  local n = redis.call('ZCARD', key)
  if n >= limit then
    local oldest = redis.call('ZRANGE', key, n - limit, n - limit, 'WITHSCORES')
    local free = tonumber(oldest[2]) + period
    if free > ready then ready = free end
  end
end
local function paused(key)
  local left = redis.call('PTTL', key)
  if left > 0 and left > pause then pause = left end
end
local limit, period = tonumber(ARGV[1]), tonumber(ARGV[2])
local scoped = #KEYS > 2
local pace = ARGV[3] == '1'
local scope_limit, scope_period = tonumber(ARGV[4]), tonumber(ARGV[5])
room(KEYS[1], limit, period)
paused(KEYS[2])
if scoped then
  if pace then room(KEYS[3], scope_limit, scope_period) end
  paused(KEYS[4])
end
if pause >= 0 and now + pause > ready then ready = now + pause end
if ready > now then return {ready - now, pause} end
redis.call('ZADD', KEYS[1], now, ARGV[6])
redis.call('PEXPIRE', KEYS[1], period)
if scoped and pace then
  redis.call('ZADD', KEYS[3], now, ARGV[6])
  redis.call('PEXPIRE', KEYS[3], scope_period)
end
return {0, -1}
"#;

/// Holds a scope (KEYS[1]) for ARGV[1] ms, or longer if it is already held longer.
const PAUSE: &str = r#"
local wait = tonumber(ARGV[1])
if redis.call('PTTL', KEYS[1]) < wait then
  redis.call('SET', KEYS[1], '1', 'PX', wait)
end
return 1
"#;

static ACQUIRE_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(ACQUIRE));
static PAUSE_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(PAUSE));

/// The longest pause set in Redis: a `Retry-After` the policy allows is at most minutes;
/// a larger one (a hostile or broken answer) is not kept for days.
const LONGEST_PAUSE: Duration = Duration::from_secs(3600);

/// A pacer whose windows and pauses live in Redis, with an in-process one to fall back on.
#[derive(Debug)]
pub(crate) struct RedisPacer {
    link: std::sync::Arc<Link>,
    local: Pacer,
    overall: RateLimit,
    operation_limits: bool,
    /// Makes each request's member of a window unique within this process; `nonce` across
    /// processes.
    counter: AtomicU64,
    nonce: u64,
}

impl RedisPacer {
    pub(crate) fn new(link: std::sync::Arc<Link>, overall: RateLimit, operation_limits: bool) -> RedisPacer {
        RedisPacer {
            link,
            local: Pacer::new(overall, operation_limits),
            overall,
            operation_limits,
            counter: AtomicU64::new(0),
            nonce: (crate::transport::retry::jitter() * (1u64 << 53) as f64) as u64,
        }
    }

    /// The key suffix of a per-operation scope.
    fn scope_key(scope: &Scope) -> String {
        match &scope.key {
            None => format!("op:{}", scope.name),
            Some(key) => {
                let digest = ring::digest::digest(&ring::digest::SHA256, key.as_bytes());
                let hex: String = digest.as_ref()[..16].iter().map(|b| format!("{b:02x}")).collect();
                format!("op:{}:{hex}", scope.name)
            }
        }
    }

    /// One try at taking `op`'s place in Redis: `None` when Redis is not to be had, else
    /// `Some(None)` when taken, `Some(Some((room in, pause left)))` when it must wait.
    async fn take(&self, op: &Operation, key: Option<&str>) -> Option<Option<(Duration, Option<Duration>)>> {
        let scope = Pacer::scope(op, key);
        let member = format!("{:x}-{}", self.nonce, self.counter.fetch_add(1, Ordering::Relaxed));
        let mut invocation = ACQUIRE_SCRIPT.prepare_invoke();
        invocation.key(self.link.key("w:all")).key(self.link.key("p:all"));
        let (limit, period) = match &scope {
            Some((scope, limit)) => {
                let name = RedisPacer::scope_key(scope);
                invocation.key(self.link.key(&format!("w:{name}"))).key(self.link.key(&format!("p:{name}")));
                (limit.limit(), limit.period())
            }
            None => (1, Duration::from_millis(1)),
        };
        invocation
            .arg(self.overall.limit())
            .arg(millis(self.overall.period()))
            .arg(if self.operation_limits { "1" } else { "0" })
            .arg(limit)
            .arg(millis(period))
            .arg(member);
        let (ready_ms, pause_ms): (i64, i64) = self.link.run(&invocation).await?;
        if ready_ms <= 0 {
            return Some(None);
        }
        let pause = u64::try_from(pause_ms).ok().map(Duration::from_millis);
        Some(Some((Duration::from_millis(ready_ms as u64), pause)))
    }
}

/// A period in whole milliseconds, at least one.
fn millis(period: Duration) -> u64 {
    u64::try_from(period.as_millis()).unwrap_or(u64::MAX).max(1)
}

impl Pacing for RedisPacer {
    fn try_acquire(&self, op: &Operation, key: Option<&str>) -> bool {
        // While Redis is down, the in-process fast path; otherwise every call asks Redis.
        self.link.is_down() && self.local.try_acquire(op, key)
    }

    fn acquire<'a>(
        &'a self,
        op: &'a Operation,
        key: Option<&'a str>,
        deadline: Instant,
    ) -> PacingFuture<'a, Result<Duration, Duration>> {
        Box::pin(async move {
            let start = Instant::now();
            loop {
                let now = Instant::now();
                let (ready, pause) = match self.take(op, key).await {
                    None => {
                        Pacer::acquire(&self.local, op, key, deadline).await?;
                        return Ok(start.elapsed());
                    }
                    Some(None) => return Ok(start.elapsed()),
                    Some(Some(wait)) => wait,
                };
                let until = match pause {
                    Some(left) => {
                        let end = crate::time::later(now, left);
                        if end >= deadline {
                            return Err(left);
                        }
                        release_time(crate::time::later(now, ready), end, now, deadline)
                    }
                    None => crate::time::later(now, ready),
                };
                tokio::time::sleep_until(until).await;
            }
        })
    }

    fn pause<'a>(&'a self, op: &'a Operation, key: Option<&'a str>, wait: Duration) -> PacingFuture<'a, ()> {
        // Here first, synchronously: it holds whatever happens to the round trip.
        Pacer::pause(&self.local, op, key, wait);
        Box::pin(async move {
            let name = match Pacer::pause_scope(op, key) {
                PauseScope::Call => return,
                PauseScope::Overall => "p:all".to_owned(),
                PauseScope::Window(scope, _) => format!("p:{}", RedisPacer::scope_key(&scope)),
            };
            let mut invocation = PAUSE_SCRIPT.prepare_invoke();
            invocation.key(self.link.key(&name)).arg(millis(wait.min(LONGEST_PAUSE)));
            let _: Option<i64> = self.link.run(&invocation).await;
        })
    }
}
