//! Pacing: the client keeps itself under WorkOS's published rate limits, so that a
//! well-behaved program does not meet a `429`, and waits with every other caller of the same
//! client when one comes anyway.
//!
//! Each limit is a sliding window: at most `limit` requests in any `period`. A request waits
//! until every window that applies to it has room, then takes a place in all of them at
//! once. State is shared by all clones of a client.

use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use std::time::Duration;

use tokio::time::Instant;
use workos_api::Operation;

/// A limit on how many requests may start within a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RateLimit {
    limit: u32,
    period: Duration,
}

impl RateLimit {
    /// At most `limit` requests in any window of `period`.
    pub fn new(limit: u32, period: Duration) -> Self {
        RateLimit { limit: limit.max(1), period }
    }

    /// The API's overall limit: 6,000 requests per minute per IP address.
    pub const WORKOS_OVERALL: RateLimit = RateLimit { limit: 6_000, period: Duration::from_secs(60) };
}

/// The per-operation window a request counts against, besides the overall one: the window
/// of the limit the spec gives the operation (`Operation::rate_limit`), per pacing key for
/// the operations that have one (the directory of a directory-user list).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Scope {
    name: &'static str,
    key: Option<String>,
}

#[derive(Debug)]
struct Window {
    limit: RateLimit,
    started: VecDeque<Instant>,
}

impl Window {
    fn new(limit: RateLimit) -> Self {
        Window { limit, started: VecDeque::new() }
    }

    /// When the window has room for one more request (now, if it has).
    fn free_at(&mut self, now: Instant) -> Instant {
        while self.started.front().is_some_and(|&t| now.duration_since(t) >= self.limit.period) {
            self.started.pop_front();
        }
        if self.started.len() < self.limit.limit as usize {
            now
        } else {
            crate::transport::later(self.started[0], self.limit.period)
        }
    }
}

#[derive(Debug)]
struct State {
    /// The overall window, which every request counts against: kept apart from the others so
    /// that the common request, which has no other, costs no hashing and no allocation.
    overall: Window,
    windows: HashMap<Scope, Window>,
    paused_until: Option<Instant>,
}

/// The shared pacing state of one client.
#[derive(Debug)]
pub(crate) struct Pacer {
    operation_limits: bool,
    state: Mutex<State>,
}

impl Pacer {
    pub(crate) fn new(overall: RateLimit, operation_limits: bool) -> Self {
        Pacer {
            operation_limits,
            state: Mutex::new(State {
                overall: Window::new(overall),
                windows: HashMap::new(),
                paused_until: None,
            }),
        }
    }

    /// The per-operation window `op` counts against, if any.
    fn scope(&self, op: &Operation, key: Option<&str>) -> Option<(Scope, RateLimit)> {
        let published = op.rate_limit.filter(|_| self.operation_limits)?;
        let limit = RateLimit::new(published.limit, Duration::from_millis(published.period_ms));
        Some((Scope { name: published.name, key: key.map(str::to_owned) }, limit))
    }

    /// Takes a place for a request at `now` in the overall window and in `scope`'s, if every
    /// one has room; otherwise returns when to try again.
    fn take(&self, scope: Option<&(Scope, RateLimit)>, now: Instant) -> Result<(), Instant> {
        let mut state = self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let state = &mut *state;
        let mut ready = state.paused_until.filter(|&t| t > now).unwrap_or(now);
        ready = ready.max(state.overall.free_at(now));
        let mut window = None;
        if let Some((scope, limit)) = scope {
            if !state.windows.contains_key(scope) {
                state.windows.insert(scope.clone(), Window::new(*limit));
            }
            let scoped = state.windows.get_mut(scope).expect("inserted above");
            ready = ready.max(scoped.free_at(now));
            window = Some(scoped);
        }
        if ready > now {
            return Err(ready);
        }
        if let Some(window) = window {
            window.started.push_back(now);
        }
        state.overall.started.push_back(now);
        if state.windows.len() > 1_000 {
            state
                .windows
                .retain(|_, w| w.started.back().is_some_and(|&t| now.duration_since(t) < w.limit.period));
        }
        Ok(())
    }

    /// Takes `op`'s place at once if every window that applies has room: the common case,
    /// which then needs no timer. False when the request must wait; see [`Pacer::acquire`].
    pub(crate) fn try_acquire(&self, op: &Operation, key: Option<&str>) -> bool {
        self.take(self.scope(op, key).as_ref(), Instant::now()).is_ok()
    }

    /// Waits until `op` may start, and takes its place in every window that applies.
    /// `key` scopes per-object limits (the directory of a directory-user list).
    pub(crate) async fn acquire(&self, op: &Operation, key: Option<&str>) {
        let scope = self.scope(op, key);
        loop {
            match self.take(scope.as_ref(), Instant::now()) {
                Ok(()) => return,
                Err(wait_until) => tokio::time::sleep_until(wait_until).await,
            }
        }
    }

    /// Holds every request of this client for `wait`: the API said it is rate limiting us.
    pub(crate) fn pause(&self, wait: Duration) {
        let mut state = self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let until = crate::transport::later(Instant::now(), wait);
        state.paused_until = Some(state.paused_until.map_or(until, |t| t.max(until)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn op(method: &'static str, path: &'static str) -> Operation {
        // The limits as the generated table gives them.
        let rate_limit = workos_api::operations::ALL
            .iter()
            .find(|op| op.method == method && op.path == path)
            .and_then(|op| op.rate_limit);
        Operation {
            id: "op",
            method,
            path,
            tag: "t",
            list: false,
            idempotent: false,
            public: false,
            redirect: false,
            rate_limit,
            max_response_bytes: None,
        }
    }

    #[tokio::test(start_paused = true)]
    async fn never_more_than_the_limit_in_any_window() {
        let pacer = Pacer::new(RateLimit::new(3, Duration::from_secs(1)), false);
        let get = op("GET", "/organizations");
        let start = Instant::now();
        let mut times = Vec::new();
        for _ in 0..9 {
            pacer.acquire(&get, None).await;
            times.push(Instant::now().duration_since(start));
        }
        for (i, t) in times.iter().enumerate() {
            let in_window = times.iter().filter(|u| **u >= *t && **u < *t + Duration::from_secs(1)).count();
            assert!(in_window <= 3, "{in_window} requests in the second after request {i}: {times:?}");
        }
        assert!(times[8] >= Duration::from_secs(2));
    }

    #[tokio::test(start_paused = true)]
    async fn directory_users_are_paced_per_directory() {
        let pacer = Pacer::new(RateLimit::WORKOS_OVERALL, true);
        let list = op("GET", "/directory_users");
        let start = Instant::now();
        for _ in 0..4 {
            pacer.acquire(&list, Some("directory_a")).await;
        }
        // Another directory is not held up by the first.
        pacer.acquire(&list, Some("directory_b")).await;
        assert_eq!(Instant::now(), start);
        // A fifth request for the first directory waits for its window.
        pacer.acquire(&list, Some("directory_a")).await;
        assert!(Instant::now().duration_since(start) >= Duration::from_secs(1));
    }

    #[tokio::test(start_paused = true)]
    async fn try_acquire_takes_a_place_only_when_every_window_has_room() {
        let pacer = Pacer::new(RateLimit::new(5, Duration::from_secs(10)), true);
        let list = op("GET", "/directory_users");
        for _ in 0..4 {
            assert!(pacer.try_acquire(&list, Some("directory_a")));
        }
        // The directory's window is full: refused, and the overall window keeps its last place.
        assert!(!pacer.try_acquire(&list, Some("directory_a")));
        assert!(pacer.try_acquire(&list, Some("directory_b")));
        // Now the overall window is full too.
        assert!(!pacer.try_acquire(&op("GET", "/organizations"), None));
        tokio::time::advance(Duration::from_secs(10)).await;
        assert!(pacer.try_acquire(&op("GET", "/organizations"), None));
        assert!(pacer.try_acquire(&list, Some("directory_a")));
    }

    #[tokio::test(start_paused = true)]
    async fn a_pause_holds_every_caller() {
        let pacer = Pacer::new(RateLimit::WORKOS_OVERALL, true);
        let start = Instant::now();
        pacer.pause(Duration::from_secs(2));
        pacer.acquire(&op("GET", "/events"), None).await;
        assert!(Instant::now().duration_since(start) >= Duration::from_secs(2));
    }
}
