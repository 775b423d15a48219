//! Rate limits a test asks the server to enforce, as WorkOS does: a sliding window of
//! requests per scope (every request, or the operations of one published limit, per value
//! of their pacing key), and `429` with `Retry-After` for a request that finds its window
//! full. A refused request does not take a place.

use std::collections::{HashMap, VecDeque};
use std::time::{Duration, Instant};

use super::spec::Route;

/// The most pacing-key values a rule keeps windows for; past that, the idle ones are
/// dropped, so that a client inventing directory ids cannot grow the server.
const MAX_KEYS: usize = 10_000;

struct Rule {
    /// `None`: every request; else the name of a published limit.
    scope: Option<String>,
    limit: usize,
    period: Duration,
    /// Start times of the admitted requests, per pacing-key value ("" without one).
    windows: HashMap<String, VecDeque<Instant>>,
}

impl Rule {
    /// The pacing-key value `route`'s request counts under, if the rule applies to it.
    fn key(&self, route: &Route, query: &[(String, String)]) -> Option<String> {
        let Some(scope) = &self.scope else { return Some(String::new()) };
        let published = route.extension.rate_limit.as_ref()?;
        if &published.name != scope {
            return None;
        }
        let value = route
            .extension
            .pacing_key
            .iter()
            .find_map(|name| query.iter().find(|(key, _)| key == name).map(|(_, value)| value.clone()));
        Some(value.unwrap_or_default())
    }

    /// When the window of `key` has room again (`now` if it has).
    fn free_at(&mut self, key: &str, now: Instant) -> Instant {
        let Some(window) = self.windows.get_mut(key) else { return now };
        while window.front().is_some_and(|&t| now.duration_since(t) >= self.period) {
            window.pop_front();
        }
        if window.len() < self.limit { now } else { window[window.len() - self.limit] + self.period }
    }
}

/// The limits a server enforces (none unless a test asks).
#[derive(Default)]
pub(crate) struct RateLimits {
    rules: Vec<Rule>,
}

impl RateLimits {
    /// Enforces at most `limit` requests per `period` in `scope` (`None`: every request).
    pub fn add(&mut self, scope: Option<String>, limit: u32, period: Duration) {
        self.rules.push(Rule { scope, limit: limit.max(1) as usize, period, windows: HashMap::new() });
    }

    /// Admits a request to `route` (taking its place in every window that applies), or
    /// says how long until it would find room in all of them.
    pub fn admit(
        &mut self,
        route: Option<&Route>,
        query: &[(String, String)],
        now: Instant,
    ) -> Result<(), Duration> {
        let mut keys = Vec::with_capacity(self.rules.len());
        let mut ready = now;
        for rule in &mut self.rules {
            let key = match (&rule.scope, route) {
                (None, _) => Some(String::new()),
                (Some(_), Some(route)) => rule.key(route, query),
                (Some(_), None) => None,
            };
            if let Some(key) = &key {
                ready = ready.max(rule.free_at(key, now));
            }
            keys.push(key);
        }
        if ready > now {
            return Err(ready - now);
        }
        for (rule, key) in self.rules.iter_mut().zip(keys) {
            if let Some(key) = key {
                if rule.windows.len() >= MAX_KEYS && !rule.windows.contains_key(&key) {
                    let period = rule.period;
                    rule.windows.retain(|_, w| w.back().is_some_and(|&t| now.duration_since(t) < period));
                }
                rule.windows.entry(key).or_default().push_back(now);
            }
        }
        Ok(())
    }
}

/// `Retry-After` for a wait: whole seconds, rounded up, at least one.
pub(crate) fn retry_after(wait: Duration) -> String {
    let seconds = wait.as_secs() + u64::from(wait.subsec_nanos() > 0);
    seconds.max(1).to_string()
}
