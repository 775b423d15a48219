//! [`SharedBudget`]: the retry budget's bucket kept in Redis (`{prefix}:retry-budget`), so
//! that every process of a fleet draws from one. Taking tokens is one Lua script (atomic);
//! refills from successes are gathered here and sent with the next take, or once
//! [`REFILL_BATCH`] have gathered, so that a success costs a round trip only now and then.

use std::sync::Arc;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicU32, Ordering};

use redis::Script;

use super::link::Link;

/// Adds ARGV[3] tokens (capped at the capacity ARGV[1]; a bucket not yet made is full),
/// then takes ARGV[2] if the bucket holds that many. Returns `{1 if taken else 0, tokens
/// left}`. An idle bucket expires after an hour, and is full again when next read.
const TAKE: &str = r#"
local capacity, cost, refill = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
local held = redis.call('GET', KEYS[1])
local tokens = capacity
if held then tokens = tonumber(held) or capacity end
tokens = math.min(capacity, tokens + refill)
local taken = 0
if tokens >= cost then
  tokens = tokens - cost
  taken = 1
end
redis.call('SET', KEYS[1], tokens, 'PX', 3600000)
return {taken, tokens}
"#;

static TAKE_SCRIPT: LazyLock<Script> = LazyLock::new(|| Script::new(TAKE));

/// How many refill tokens gather before they are sent on their own.
const REFILL_BATCH: u32 = 10;

/// The shared bucket of a client's retry budget.
#[derive(Debug)]
pub(crate) struct SharedBudget {
    link: Arc<Link>,
    /// Refills not yet sent. Taken (swapped to zero) before a round trip: a caller dropped
    /// during it loses them, leaving the bucket emptier, never fuller, than it should be.
    pending: AtomicU32,
}

impl SharedBudget {
    pub(crate) fn new(link: Arc<Link>) -> SharedBudget {
        SharedBudget { link, pending: AtomicU32::new(0) }
    }

    /// Takes `cost` tokens: `Some(Ok(left))` when taken, `Some(Err(left))` when the shared
    /// bucket holds fewer, `None` when Redis is not to be had.
    pub(crate) async fn take(&self, capacity: u32, cost: u32) -> Option<Result<u32, u32>> {
        // Refills are not risked on a round trip that will not be made.
        let refill = if self.link.is_down() { 0 } else { self.pending.swap(0, Ordering::AcqRel) };
        let (taken, left): (u8, u32) = self.run(capacity, cost, refill).await?;
        Some(if taken == 1 { Ok(left) } else { Err(left) })
    }

    /// Gathers `tokens` of refill, sending them once [`REFILL_BATCH`] have gathered.
    pub(crate) async fn refill(&self, capacity: u32, tokens: u32) {
        let pending = self.pending.fetch_add(tokens, Ordering::AcqRel).saturating_add(tokens);
        if pending < REFILL_BATCH || self.link.is_down() {
            return;
        }
        let refill = self.pending.swap(0, Ordering::AcqRel);
        if refill > 0 {
            let _: Option<(u8, u32)> = self.run(capacity, 0, refill).await;
        }
    }

    async fn run(&self, capacity: u32, cost: u32, refill: u32) -> Option<(u8, u32)> {
        let mut invocation = TAKE_SCRIPT.prepare_invoke();
        invocation.key(self.link.key("retry-budget")).arg(capacity).arg(cost).arg(refill);
        self.link.run(&invocation).await
    }
}
