//! Pacing: the client keeps itself under WorkOS's published rate limits, so that a
//! well-behaved program does not meet a `429`, and when one comes anyway, holds the calls the
//! limit is about (and only those) until the API's `Retry-After` has passed.
//!
//! Each limit is a sliding window: at most `limit` requests in any `period`. A request waits
//! until every window that applies to it has room, then takes a place in all of them at
//! once. State is shared by all clones of a client.
//!
//! A `429` does not say which limit it is about, so its scope is inferred from the operation
//! ([`PauseScope`]): the narrowest limit WorkOS publishes for it. When the pause ends, the calls
//! it held leave spread over a short while rather than all at once.
//!
//! [`Pacing`] is what the send loop asks of a pacer; [`Pacer`] is the in-process one (the
//! default). With the `redis` feature, `super::redis` offers one shared by every process
//! that uses the same Redis, which falls back to a [`Pacer`] while Redis cannot be reached.

use std::collections::{HashMap, VecDeque};
use std::future::Future;
use std::pin::Pin;
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

    /// Requests allowed in a window (the shared Redis pacer's script takes it).
    #[cfg(feature = "redis")]
    pub(crate) fn limit(&self) -> u32 {
        self.limit
    }

    /// The window's length.
    #[cfg(feature = "redis")]
    pub(crate) fn period(&self) -> Duration {
        self.period
    }
}

/// A future a pacer returns, boxed so that [`Pacing`] can be used as `dyn Pacing`.
pub(crate) type PacingFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

/// What the send loop asks of a pacer, whichever keeps the windows: this process's memory
/// ([`Pacer`]) or a store shared by a fleet.
///
/// Every method is cancellation-safe: a caller dropped at any await leaves each window and
/// pause either as it was or with its change made whole (at worst a place taken for a
/// request that is then not sent, which errs on the side of the limit).
pub(crate) trait Pacing: Send + Sync + std::fmt::Debug {
    /// Takes `op`'s place at once when that needs neither a wait nor a round trip, the common
    /// case of the in-process pacer; false sends the caller to [`Pacing::acquire`].
    fn try_acquire(&self, op: &Operation, key: Option<&str>) -> bool;

    /// Waits until `op` may start and takes its place in every window that applies, as
    /// [`Pacer::acquire`] says. `Ok` carries how long the call was held; `Err` what is left
    /// of a `429`'s pause that holds it past `deadline`.
    fn acquire<'a>(
        &'a self,
        op: &'a Operation,
        key: Option<&'a str>,
        deadline: Instant,
    ) -> PacingFuture<'a, Result<Duration, Duration>>;

    /// Holds the calls a `429` on `op` is about for `wait` (see [`PauseScope`]).
    fn pause<'a>(&'a self, op: &'a Operation, key: Option<&'a str>, wait: Duration) -> PacingFuture<'a, ()>;
}

impl Pacing for Pacer {
    fn try_acquire(&self, op: &Operation, key: Option<&str>) -> bool {
        Pacer::try_acquire(self, op, key)
    }

    fn acquire<'a>(
        &'a self,
        op: &'a Operation,
        key: Option<&'a str>,
        deadline: Instant,
    ) -> PacingFuture<'a, Result<Duration, Duration>> {
        Box::pin(async move {
            let start = Instant::now();
            Pacer::acquire(self, op, key, deadline).await?;
            Ok(start.elapsed())
        })
    }

    fn pause<'a>(&'a self, op: &'a Operation, key: Option<&'a str>, wait: Duration) -> PacingFuture<'a, ()> {
        Pacer::pause(self, op, key, wait);
        Box::pin(std::future::ready(()))
    }
}

/// When a call that a pause ending at `end` held may leave: at a random time within
/// [`RELEASE_SPREAD`] of the end (less for a short pause or a near deadline), and not before
/// `ready`, when its windows have room.
pub(crate) fn release_time(ready: Instant, end: Instant, now: Instant, deadline: Instant) -> Instant {
    let spread = RELEASE_SPREAD.min(end.duration_since(now) / 2).min(deadline.duration_since(end) / 2);
    ready.max(crate::time::later(end, spread.mul_f64(super::retry::jitter())))
}

/// The longest spread of the departures of the calls a pause held, after it ends.
const RELEASE_SPREAD: Duration = Duration::from_secs(1);

/// The per-operation window a request counts against, besides the overall one: the window
/// of the limit the spec gives the operation (`Operation::rate_limit`), per pacing key for
/// the operations that have one (the directory of a directory-user list).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) struct Scope {
    pub(crate) name: &'static str,
    pub(crate) key: Option<String>,
}

/// What a `429` on an operation holds besides the call that met it: the calls of the limit it
/// is most likely about, which is the narrowest one WorkOS publishes for the operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum PauseScope {
    /// No other call. The operation has a limit per subject of its body (10 sign-ins a minute
    /// per e-mail address): one user's sign-ins, or someone trying passwords on one address,
    /// must not hold every other sign-in. The pacer does not read bodies, so it holds none.
    Call,
    /// The calls of one window: the operation's published limit, per pacing key when it has
    /// one (one directory's users, AuthKit writes, organization deletions).
    Window(Scope, RateLimit),
    /// Every call of the client: an operation with no published limit of its own most
    /// likely met the overall limit per IP address, which every request counts against.
    Overall,
}

#[derive(Debug)]
struct Window {
    limit: RateLimit,
    started: VecDeque<Instant>,
    /// Until when a `429` holds the window's requests.
    paused_until: Option<Instant>,
}

impl Window {
    fn new(limit: RateLimit) -> Self {
        Window { limit, started: VecDeque::new(), paused_until: None }
    }

    /// When the window has room for one more request (now, if it has).
    fn free_at(&mut self, now: Instant) -> Instant {
        while self.started.front().is_some_and(|&t| now.duration_since(t) >= self.limit.period) {
            self.started.pop_front();
        }
        if self.started.len() < self.limit.limit as usize {
            now
        } else {
            crate::time::later(self.started[0], self.limit.period)
        }
    }

    /// When the pause that holds the window ends, if one does.
    fn paused(&self, now: Instant) -> Option<Instant> {
        self.paused_until.filter(|&t| t > now)
    }

    fn pause(&mut self, until: Instant) {
        self.paused_until = Some(self.paused_until.map_or(until, |t| t.max(until)));
    }
}

#[derive(Debug)]
struct State {
    /// The overall window, which every request counts against: kept apart from the others so
    /// that the common request, which has no other, costs no hashing and no allocation.
    overall: Window,
    windows: HashMap<Scope, Window>,
    /// The end of the latest pause of a window in `windows`. Once it has passed, a request the
    /// client does not pace per operation has no window to look up.
    windows_paused_until: Option<Instant>,
}

/// Why a request cannot start yet.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Wait {
    /// When to try again.
    until: Instant,
    /// When the `429` pause that holds the request ends, if one does.
    pause: Option<Instant>,
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
                windows_paused_until: None,
            }),
        }
    }

    /// The per-operation window `op` counts against, if it has one: paced when the client
    /// keeps to per-operation limits, and paused by a `429` in any case.
    pub(crate) fn scope(op: &Operation, key: Option<&str>) -> Option<(Scope, RateLimit)> {
        let published = op.rate_limit?;
        let limit = RateLimit::new(published.limit, Duration::from_millis(published.period_ms));
        Some((Scope { name: published.name, key: key.map(str::to_owned) }, limit))
    }

    /// What a `429` on `op` holds; see [`PauseScope`].
    pub(crate) fn pause_scope(op: &Operation, key: Option<&str>) -> PauseScope {
        if op.subject_limit.is_some() {
            return PauseScope::Call;
        }
        match Pacer::scope(op, key) {
            Some((scope, limit)) => PauseScope::Window(scope, limit),
            None => PauseScope::Overall,
        }
    }

    /// Takes a place for a request at `now` in the overall window and in `scope`'s, if every
    /// one has room and no pause holds the request; otherwise says when to try again.
    fn take(&self, scope: Option<&(Scope, RateLimit)>, now: Instant) -> Result<(), Wait> {
        let mut state = self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let state = &mut *state;
        let mut pause = state.overall.paused(now);
        let mut ready = state.overall.free_at(now);
        let mut window = None;
        if let Some((scope, limit)) = scope {
            if self.operation_limits {
                if !state.windows.contains_key(scope) {
                    state.windows.insert(scope.clone(), Window::new(*limit));
                }
                let scoped = state.windows.get_mut(scope).expect("inserted above");
                ready = ready.max(scoped.free_at(now));
                pause = pause.max(scoped.paused(now));
                window = Some(scoped);
            } else if state.windows_paused_until.is_some_and(|t| t > now) {
                // Not paced, but perhaps paused.
                pause = pause.max(state.windows.get(scope).and_then(|w| w.paused(now)));
            }
        }
        if let Some(end) = pause {
            ready = ready.max(end);
        }
        if ready > now {
            return Err(Wait { until: ready, pause });
        }
        if let Some(window) = window {
            window.started.push_back(now);
        }
        state.overall.started.push_back(now);
        if state.windows.len() > 1_000 {
            state.windows.retain(|_, w| {
                w.paused(now).is_some()
                    || w.started.back().is_some_and(|&t| now.duration_since(t) < w.limit.period)
            });
        }
        Ok(())
    }

    /// Takes `op`'s place at once if every window that applies has room: the common case,
    /// which then needs no timer. False when the request must wait; see [`Pacer::acquire`].
    pub(crate) fn try_acquire(&self, op: &Operation, key: Option<&str>) -> bool {
        self.take(Pacer::scope(op, key).as_ref(), Instant::now()).is_ok()
    }

    /// Waits until `op` may start, and takes its place in every window that applies.
    /// `key` scopes per-object limits (the directory of a directory-user list).
    ///
    /// A call that a `429`'s pause holds past `deadline` does not wait for nothing: it is
    /// refused at once with what is left of the pause. When a pause ends, the calls it held
    /// leave at random times within [`RELEASE_SPREAD`] (less for a short pause, or when
    /// their deadline is near), not all at once. Waiting for room in a window is bounded by
    /// the caller's own timeout.
    pub(crate) async fn acquire(
        &self,
        op: &Operation,
        key: Option<&str>,
        deadline: Instant,
    ) -> Result<(), Duration> {
        let scope = Pacer::scope(op, key);
        loop {
            let now = Instant::now();
            let wait = match self.take(scope.as_ref(), now) {
                Ok(()) => return Ok(()),
                Err(wait) => wait,
            };
            let until = match wait.pause {
                Some(end) if end >= deadline => return Err(end.duration_since(now)),
                Some(end) => release_time(wait.until, end, now, deadline),
                None => wait.until,
            };
            tokio::time::sleep_until(until).await;
        }
    }

    /// Holds the calls a `429` on `op` is about (see [`PauseScope`]) for `wait`.
    pub(crate) fn pause(&self, op: &Operation, key: Option<&str>, wait: Duration) {
        let scope = Pacer::pause_scope(op, key);
        let mut state = self.state.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
        let until = crate::time::later(Instant::now(), wait);
        match scope {
            PauseScope::Call => {}
            PauseScope::Overall => state.overall.pause(until),
            PauseScope::Window(scope, limit) => {
                state.windows.entry(scope).or_insert_with(|| Window::new(limit)).pause(until);
                let latest = state.windows_paused_until.map_or(until, |t| t.max(until));
                state.windows_paused_until = Some(latest);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The operation as the generated table gives it, limits included.
    fn op(method: &'static str, path: &'static str) -> Operation {
        *workos_api::operations::ALL
            .iter()
            .find(|op| op.method == method && op.path == path)
            .unwrap_or_else(|| panic!("no operation {method} {path}"))
    }

    /// A deadline far enough away not to matter.
    fn no_deadline() -> Instant {
        crate::time::later(Instant::now(), Duration::from_secs(3600))
    }

    #[tokio::test(start_paused = true)]
    async fn never_more_than_the_limit_in_any_window() {
        let pacer = Pacer::new(RateLimit::new(3, Duration::from_secs(1)), false);
        let get = op("GET", "/organizations");
        let start = Instant::now();
        let mut times = Vec::new();
        for _ in 0..9 {
            pacer.acquire(&get, None, no_deadline()).await.unwrap();
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
            pacer.acquire(&list, Some("directory_a"), no_deadline()).await.unwrap();
        }
        // Another directory is not held up by the first.
        pacer.acquire(&list, Some("directory_b"), no_deadline()).await.unwrap();
        assert_eq!(Instant::now(), start);
        // A fifth request for the first directory waits for its window.
        pacer.acquire(&list, Some("directory_a"), no_deadline()).await.unwrap();
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
    async fn a_pause_without_a_narrower_scope_holds_every_caller() {
        let pacer = Pacer::new(RateLimit::WORKOS_OVERALL, true);
        let start = Instant::now();
        // A 429 on an operation with no published limit of its own: the overall limit.
        pacer.pause(&op("GET", "/organizations"), None, Duration::from_secs(2));
        pacer.acquire(&op("GET", "/events"), None, no_deadline()).await.unwrap();
        assert!(Instant::now().duration_since(start) >= Duration::from_secs(2));
        let start = Instant::now();
        pacer.pause(&op("GET", "/organizations"), None, Duration::from_secs(2));
        pacer.acquire(&op("GET", "/directory_users"), Some("directory_a"), no_deadline()).await.unwrap();
        assert!(Instant::now().duration_since(start) >= Duration::from_secs(2));
    }

    #[test]
    fn a_429_holds_the_narrowest_published_scope_of_its_operation() {
        let window = |name: &'static str, key: Option<&str>| {
            let (scope, limit) = Pacer::scope(&op_with_limit(name), key).unwrap();
            PauseScope::Window(scope, limit)
        };
        fn op_with_limit(name: &'static str) -> Operation {
            *workos_api::operations::ALL
                .iter()
                .find(|op| op.rate_limit.is_some_and(|l| l.name == name) && op.subject_limit.is_none())
                .unwrap()
        }
        let table: &[(&str, &str, Option<&str>, PauseScope)] = &[
            ("GET", "/directory_users", Some("directory_a"), window("directory_users", Some("directory_a"))),
            ("GET", "/directory_users", None, window("directory_users", None)),
            ("DELETE", "/organizations/{id}", None, window("delete_organization", None)),
            ("GET", "/user_management/users", None, window("authkit_reads", None)),
            ("POST", "/user_management/users", None, window("authkit_writes", None)),
            ("POST", "/user_management/authenticate", None, PauseScope::Call),
            ("POST", "/user_management/magic_auth", None, PauseScope::Call),
            ("POST", "/user_management/password_reset", None, PauseScope::Call),
            ("POST", "/user_management/users/{id}/email_verification/send", None, PauseScope::Call),
            ("GET", "/organizations", None, PauseScope::Overall),
            ("POST", "/organizations", None, PauseScope::Overall),
            ("GET", "/events", None, PauseScope::Overall),
        ];
        for (method, path, key, scope) in table {
            assert_eq!(&Pacer::pause_scope(&op(method, path), *key), scope, "{method} {path} {key:?}");
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_scoped_pause_holds_its_scope_only() {
        for operation_limits in [true, false] {
            let pacer = Pacer::new(RateLimit::WORKOS_OVERALL, operation_limits);
            let users = op("GET", "/directory_users");
            let start = Instant::now();
            pacer.pause(&users, Some("directory_a"), Duration::from_secs(2));
            // Other directories, other operations, AuthKit: not held.
            assert!(pacer.try_acquire(&users, Some("directory_b")));
            assert!(pacer.try_acquire(&users, None));
            assert!(pacer.try_acquire(&op("GET", "/organizations"), None));
            assert!(pacer.try_acquire(&op("GET", "/user_management/users"), None));
            // The paused directory is, whether or not the client paces per operation.
            assert!(!pacer.try_acquire(&users, Some("directory_a")), "{operation_limits}");
            pacer.acquire(&users, Some("directory_a"), no_deadline()).await.unwrap();
            assert!(Instant::now().duration_since(start) >= Duration::from_secs(2));

            // A 429 on a sign-in holds no other call, sign-ins included.
            let sign_in = op("POST", "/user_management/authenticate");
            pacer.pause(&sign_in, None, Duration::from_secs(60));
            assert!(pacer.try_acquire(&sign_in, None));
            assert!(pacer.try_acquire(&op("POST", "/user_management/users"), None));

            // A 429 on AuthKit reads holds AuthKit reads, not writes.
            pacer.pause(&op("GET", "/user_management/users"), None, Duration::from_secs(60));
            assert!(!pacer.try_acquire(&op("GET", "/user_management/users/{id}"), None));
            assert!(pacer.try_acquire(&op("POST", "/user_management/users"), None));
            assert!(pacer.try_acquire(&users, Some("directory_a")));
        }
    }

    #[tokio::test(start_paused = true)]
    async fn a_call_a_pause_holds_past_its_deadline_is_refused_at_once() {
        let pacer = Pacer::new(RateLimit::WORKOS_OVERALL, true);
        let users = op("GET", "/directory_users");
        pacer.pause(&users, Some("directory_a"), Duration::from_secs(2));
        tokio::time::advance(Duration::from_millis(500)).await;
        let start = Instant::now();
        let deadline = start + Duration::from_secs(1);
        let left = pacer.acquire(&users, Some("directory_a"), deadline).await.unwrap_err();
        assert_eq!(left, Duration::from_millis(1500));
        assert_eq!(Instant::now(), start, "refused without waiting");
        // A deadline after the pause's end waits it out, and leaves before the deadline.
        let deadline = start + Duration::from_secs(3);
        pacer.acquire(&users, Some("directory_a"), deadline).await.unwrap();
        let now = Instant::now();
        assert!(now >= start + Duration::from_millis(1500) && now < deadline, "{:?}", now - start);
    }

    #[tokio::test(start_paused = true)]
    async fn the_callers_a_pause_held_leave_spread_out() {
        let pacer = std::sync::Arc::new(Pacer::new(RateLimit::WORKOS_OVERALL, true));
        let start = Instant::now();
        pacer.pause(&op("GET", "/organizations"), None, Duration::from_secs(2));
        let waiters: Vec<_> = (0..50)
            .map(|_| {
                let pacer = pacer.clone();
                tokio::spawn(async move {
                    pacer.acquire(&op("GET", "/organizations"), None, no_deadline()).await.unwrap();
                    Instant::now().duration_since(start)
                })
            })
            .collect();
        let mut left = Vec::new();
        for waiter in waiters {
            left.push(waiter.await.unwrap());
        }
        left.sort();
        let (first, last) = (left[0], left[left.len() - 1]);
        assert!(first >= Duration::from_secs(2), "none before the pause ends: {first:?}");
        assert!(last <= Duration::from_secs(3), "all within a second of its end: {last:?}");
        assert!(last - first >= Duration::from_millis(500), "spread over at least half a second: {left:?}");
        // No crowd: no tenth of a second sees 40 % of them leave. Spread at random over a
        // second, more than 20 of 50 within a tenth of it did not happen once in 200,000
        // simulated draws; all at once is 50.
        for (i, t) in left.iter().enumerate() {
            let crowd = left[i..].iter().take_while(|u| **u < *t + Duration::from_millis(100)).count();
            assert!(crowd <= 20, "{crowd} left within 100 ms of {t:?}: {left:?}");
        }
    }
}
