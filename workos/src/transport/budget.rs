//! The retry budget: a token bucket every retry of a client draws from and every success
//! refills, so that an outage of the API does not multiply the client's traffic by its retry
//! count. [`RetryBudget`] is the configuration; [`Budget`] the bucket a client's clones share
//! (and, with the `redis` feature and a shared store, every client of the fleet).
//!
//! The bound: a retry costs `retry_cost` tokens (`timeout_retry_cost` after a timeout), a
//! successful first attempt gives back `success_refill`, a successful retry gives back what
//! it cost. A retry that fails is therefore paid for by the bucket's capacity or by earlier
//! successes, and over any stretch of time
//!
//! `failed retries <= capacity / retry_cost + successes × success_refill / retry_cost`,
//!
//! which with the defaults (500, 5, 1) is at most 100 extra requests, plus one for every five
//! calls that succeed. Against an API that fails everything, `n` calls cost at most
//! `n + 100` requests rather than `4n`.

use std::sync::atomic::{AtomicU32, Ordering};

use super::retry::Outcome;

/// How many retries a client may make when they keep failing: a token bucket that retries
/// draw from and successes refill (see the bound in [`WorkosBuilder::retry_budget`]).
///
/// The default holds 500 tokens; a retry costs 5 (10 after a timeout, which held a connection
/// the longest); a call that succeeds at once gives back 1, and one that succeeds on a retry
/// gives back what the retry cost. When the bucket cannot pay for a retry, the call returns
/// the error it met instead of retrying, and [`Metrics::retry_refused`] counts it.
///
/// [`WorkosBuilder::retry_budget`]: crate::WorkosBuilder::retry_budget
/// [`Metrics::retry_refused`]: crate::Metrics::retry_refused
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryBudget {
    capacity: u32,
    retry_cost: u32,
    timeout_retry_cost: u32,
    success_refill: u32,
}

impl Default for RetryBudget {
    fn default() -> Self {
        RetryBudget { capacity: 500, retry_cost: 5, timeout_retry_cost: 10, success_refill: 1 }
    }
}

impl RetryBudget {
    /// No budget: every retry the [`RetryPolicy`](crate::RetryPolicy) allows is made.
    pub fn unlimited() -> Self {
        RetryBudget { capacity: 0, retry_cost: 0, timeout_retry_cost: 0, success_refill: 0 }
    }

    /// The bucket's size, and what it holds at first (500 by default).
    pub fn capacity(mut self, tokens: u32) -> Self {
        self.capacity = tokens;
        self
    }

    /// What a retry costs (5 by default); 0 makes retries free.
    pub fn retry_cost(mut self, tokens: u32) -> Self {
        self.retry_cost = tokens;
        self
    }

    /// What a retry after a timeout costs (10 by default).
    pub fn timeout_retry_cost(mut self, tokens: u32) -> Self {
        self.timeout_retry_cost = tokens;
        self
    }

    /// What a call that succeeds at its first attempt gives back (1 by default).
    pub fn success_refill(mut self, tokens: u32) -> Self {
        self.success_refill = tokens;
        self
    }

    /// What retrying after `outcome` costs.
    pub(crate) fn cost(&self, outcome: Outcome) -> u32 {
        match outcome {
            Outcome::Timeout => self.timeout_retry_cost,
            _ => self.retry_cost,
        }
    }
}

/// A client's bucket: kept here, or in the shared store when the client has one (this
/// process's bucket then stands in while the store cannot be reached).
#[derive(Debug)]
pub(crate) struct Budget {
    config: RetryBudget,
    tokens: AtomicU32,
    #[cfg(feature = "redis")]
    shared: Option<super::redis::SharedBudget>,
}

impl Budget {
    pub(crate) fn new(config: RetryBudget) -> Budget {
        Budget {
            config,
            tokens: AtomicU32::new(config.capacity),
            #[cfg(feature = "redis")]
            shared: None,
        }
    }

    /// A bucket kept in the shared store, with this process's as the fallback.
    #[cfg(feature = "redis")]
    pub(crate) fn shared(config: RetryBudget, shared: super::redis::SharedBudget) -> Budget {
        Budget { shared: Some(shared), ..Budget::new(config) }
    }

    /// Takes what a retry after `outcome` costs: `Ok` with its cost and the tokens left, `Err`
    /// with the tokens left when the bucket cannot pay. Free retries need no bucket.
    pub(crate) async fn take(&self, outcome: Outcome) -> Result<(u32, u32), u32> {
        let cost = self.config.cost(outcome);
        if cost == 0 {
            return Ok((0, self.config.capacity));
        }
        #[cfg(feature = "redis")]
        if let Some(shared) = &self.shared
            && let Some(taken) = shared.take(self.config.capacity, cost).await
        {
            return taken.map(|left| (cost, left));
        }
        // One atomic step: a caller dropped here has either paid or not.
        let mut left = 0;
        let taken = self.tokens.fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| {
            left = tokens;
            tokens.checked_sub(cost)
        });
        match taken {
            Ok(tokens) => Ok((cost, tokens - cost)),
            Err(_) => Err(left),
        }
    }

    /// A call succeeded; `retry_cost` is what its last retry cost (`None`: it succeeded at
    /// once, and gives back `success_refill`).
    pub(crate) async fn succeeded(&self, retry_cost: Option<u32>) {
        let refill = retry_cost.unwrap_or(self.config.success_refill);
        if refill == 0 {
            return;
        }
        // This process's bucket follows too, so that it is not empty when it stands in.
        let capacity = self.config.capacity;
        let _ = self.tokens.fetch_update(Ordering::AcqRel, Ordering::Acquire, |tokens| {
            (tokens < capacity).then(|| tokens.saturating_add(refill).min(capacity))
        });
        #[cfg(feature = "redis")]
        if let Some(shared) = &self.shared {
            shared.refill(capacity, refill).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn status(status: u16) -> Outcome {
        Outcome::Status { status, retry_after: None }
    }

    #[tokio::test]
    async fn retries_draw_tokens_and_successes_give_them_back() {
        let budget = Budget::new(RetryBudget::default().capacity(12));
        assert_eq!(budget.take(status(503)).await, Ok((5, 7)));
        assert_eq!(budget.take(Outcome::Timeout).await, Err(7), "a timeout's retry costs 10");
        assert_eq!(budget.take(status(503)).await, Ok((5, 2)));
        assert_eq!(budget.take(status(503)).await, Err(2));
        // A successful retry gives back its cost; a success at once gives back one token.
        budget.succeeded(Some(5)).await;
        budget.succeeded(None).await;
        assert_eq!(budget.take(status(503)).await, Ok((5, 3)));
        // Never past the capacity.
        for _ in 0..100 {
            budget.succeeded(None).await;
        }
        assert_eq!(budget.take(status(503)).await, Ok((5, 7)));
    }

    #[tokio::test]
    async fn an_unlimited_budget_never_refuses() {
        let budget = Budget::new(RetryBudget::unlimited());
        for _ in 0..1000 {
            assert!(budget.take(status(503)).await.is_ok());
        }
    }
}
