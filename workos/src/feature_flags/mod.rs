//! The feature-flag runtime client: flags evaluated in this process, from the whole
//! configuration polled in the background.
//!
//! [`RuntimeClient`] fetches the environment's runtime payload (`GET /sdk/feature-flags`,
//! version 2: every flag with its rules) at once and then every 30 seconds (give or take
//! 10 %), and answers [`RuntimeClient::is_enabled`] from the last payload it read, without a
//! request and without waiting: until a first payload arrives, and for a flag the payload
//! lacks, the answer is the default the caller gives. The rules are evaluated as WorkOS's
//! Node SDK evaluates them (see `evaluate.rs`), which `.ci/run` checks over a table of
//! payloads and contexts.
//!
//! While the endpoint fails, the last payload keeps serving and the poll backs off (1 s,
//! doubling to a minute, never less than the interval); a payload this SDK cannot read is a
//! failure too, and never replaces a good one. A `401` stops the poll for good (a new client
//! with a valid key resumes). Each poll is one attempt under its own timeout, paced with
//! the client's other calls. The poll is a task of its own, which stops when the last clone
//! of the client is dropped.
//!
//! ```no_run
//! # async fn demo(workos: workos::Workos) -> Result<(), workos::Error> {
//! use std::time::Duration;
//! use workos::feature_flags::EvaluationContext;
//!
//! let flags = workos.feature_flags().runtime_client()?;
//! flags.wait_until_ready(Duration::from_secs(5)).await?;
//! let context = EvaluationContext::new().user("user_01E4ZCR3C56J083X43JQXF3JK5").organization("org_01EHZNVPK3SFK441A1RGBFSHRT");
//! if flags.is_enabled("new-billing", &context, false) {
//!     // ...
//! }
//! println!("flags as of {:?}", flags.fetched_at());
//! # Ok(()) }
//! ```

mod context;
mod evaluate;
mod poller;
mod shared;

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use tokio::sync::watch;
use tokio::task::AbortHandle;

pub use context::EvaluationContext;
use evaluate::Snapshot;
use poller::Readiness;
pub use shared::RuntimeStats;
use shared::{Options, Shared};

use crate::Workos;
use crate::error::{Error, Result};
use crate::types::FeatureFlagsRuntimePayload;

/// How often the payload is polled, by default (as WorkOS's SDKs do).
pub const DEFAULT_POLL_INTERVAL: Duration = Duration::from_secs(30);
/// The shortest interval [`RuntimeOptions::poll_interval`] takes.
pub const MIN_POLL_INTERVAL: Duration = Duration::from_secs(1);
/// How long one poll may take, by default.
pub const DEFAULT_REQUEST_TIMEOUT: Duration = Duration::from_secs(10);

/// How a [`RuntimeClient`] polls.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct RuntimeOptions {
    options: Options,
    bootstrap: Option<FeatureFlagsRuntimePayload>,
}

impl Default for RuntimeOptions {
    fn default() -> Self {
        RuntimeOptions {
            options: Options {
                poll_interval: DEFAULT_POLL_INTERVAL,
                request_timeout: DEFAULT_REQUEST_TIMEOUT,
            },
            bootstrap: None,
        }
    }
}

impl RuntimeOptions {
    /// Polls every `interval` (30 s by default; at least [`MIN_POLL_INTERVAL`]), give or
    /// take 10 %.
    pub fn poll_interval(mut self, interval: Duration) -> Self {
        self.options.poll_interval = interval.max(MIN_POLL_INTERVAL);
        self
    }

    /// Gives up on one poll after `timeout` (10 s by default); the next one comes after the
    /// backoff.
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.options.request_timeout = timeout;
        self
    }

    /// Serves `payload` until the first poll succeeds (a payload saved from an earlier run,
    /// say), so that the client is ready at once. A payload this SDK cannot read is ignored.
    pub fn bootstrap(mut self, payload: FeatureFlagsRuntimePayload) -> Self {
        self.bootstrap = Some(payload);
        self
    }
}

/// Aborts the poll when the last clone of its client goes.
#[derive(Debug)]
struct Poller(AbortHandle);

impl Drop for Poller {
    fn drop(&mut self) {
        self.0.abort();
    }
}

/// Feature flags evaluated locally from a payload polled in the background; see the
/// [module](self). Cheap to clone: clones share the payload and the poll, which stops when
/// the last clone is dropped.
#[derive(Debug, Clone)]
pub struct RuntimeClient {
    shared: Arc<Shared>,
    ready: watch::Receiver<Readiness>,
    _poller: Arc<Poller>,
}

impl RuntimeClient {
    /// Starts polling for `workos`'s environment (it needs the API key). Needs a Tokio
    /// runtime, which the poll runs on.
    pub fn start(workos: &Workos, options: RuntimeOptions) -> Result<RuntimeClient> {
        let runtime = tokio::runtime::Handle::try_current().map_err(|_| {
            Error::config(
                "the feature-flag runtime client polls on a Tokio runtime, and none is running here",
            )
        })?;
        let shared = Arc::new(Shared::default());
        let mut readiness = Readiness::Pending;
        if let Some(payload) = &options.bootstrap {
            match Snapshot::read(payload) {
                Ok(snapshot) => {
                    shared.bootstrap(snapshot);
                    readiness = Readiness::Ready;
                }
                Err(unreadable) => tracing::warn!(reason = %unreadable.0, "ignoring the bootstrap payload"),
            }
        }
        let (sender, ready) = watch::channel(readiness);
        let task = runtime.spawn(poller::run(workos.clone(), shared.clone(), options.options, sender));
        Ok(RuntimeClient { shared, ready, _poller: Arc::new(Poller(task.abort_handle())) })
    }

    /// Whether flag `slug` is on for `context`, from the last payload. `default` when no
    /// payload has arrived yet, when the payload lacks the flag, or when its value is not a
    /// boolean. Makes no request and never waits.
    pub fn is_enabled(&self, slug: &str, context: &EvaluationContext, default: bool) -> bool {
        match self.shared.snapshot() {
            Some(snapshot) => snapshot.is_enabled(slug, context, default),
            None => default,
        }
    }

    /// Every flag of the last payload for `context` (a value that is not a boolean reads as
    /// `false`); empty before the first payload.
    pub fn all_flags(&self, context: &EvaluationContext) -> BTreeMap<String, bool> {
        self.shared.snapshot().map(|snapshot| snapshot.all(context)).unwrap_or_default()
    }

    /// When the payload served now was fetched: `None` until a poll succeeds.
    pub fn fetched_at(&self) -> Option<SystemTime> {
        self.shared.stats().fetched_at
    }

    /// What the client knows of its polls.
    pub fn stats(&self) -> RuntimeStats {
        self.shared.stats().clone()
    }

    /// Waits until a payload is served (at once with a bootstrap payload), for at most
    /// `timeout`: an error of kind [`Timeout`](crate::ErrorKind::Timeout) if none arrived by
    /// then, or of the kind that stopped the poll (`Unauthorized`).
    pub async fn wait_until_ready(&self, timeout: Duration) -> Result<()> {
        let mut ready = self.ready.clone();
        let settled =
            tokio::time::timeout(timeout, ready.wait_for(|r| !matches!(r, Readiness::Pending))).await;
        match settled {
            Err(_) => Err(Error::timeout(timeout)),
            // The poll ended without a word: only when its task is gone, which a live client prevents.
            Ok(Err(_)) => Err(Error::config("the feature-flag poll is not running")),
            Ok(Ok(readiness)) => match &*readiness {
                Readiness::Stopped(kind, why) if self.shared.snapshot().is_none() => {
                    Err(Error::transport(*kind, Stopped(why.clone())))
                }
                _ => Ok(()),
            },
        }
    }
}

/// The poll stopped (its key was refused) before any payload arrived.
#[derive(Debug)]
struct Stopped(String);

impl std::fmt::Display for Stopped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the feature-flag poll stopped before any payload arrived: {}", self.0)
    }
}

impl std::error::Error for Stopped {}

impl crate::handles::FeatureFlags<'_> {
    /// A [`RuntimeClient`] for this environment with the default options: it polls the
    /// runtime payload every 30 seconds and evaluates flags locally. Needs a Tokio runtime.
    pub fn runtime_client(&self) -> Result<RuntimeClient> {
        RuntimeClient::start(self.client, RuntimeOptions::default())
    }

    /// A [`RuntimeClient`] with `options`.
    pub fn runtime_client_with(&self, options: RuntimeOptions) -> Result<RuntimeClient> {
        RuntimeClient::start(self.client, options)
    }
}
