//! Building a [`Workos`] client: where it connects, with what credentials, how patiently;
//! [`WorkosBuilder::build`] checks it all and makes the client.

use std::time::Duration;

use std::sync::Arc;

pub use super::http::DEFAULT_CONNECT_TIMEOUT;
use super::{CallSettings, Inner, Workos};
use crate::Secret;
use crate::error::{Error, Result};
use crate::transport::Transport;
use crate::transport::budget::{Budget, RetryBudget};
use crate::transport::metrics::{Hook, Metrics};
use crate::transport::pacing::{Pacer, Pacing, RateLimit};
use crate::transport::retry::RetryPolicy;

/// The production API.
pub const DEFAULT_BASE_URL: &str = "https://api.workos.com";

/// How long a call may take in all, by default.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// The longest success body a call reads, by default: 16 MiB.
pub const DEFAULT_MAX_RESPONSE_SIZE: usize = workos_api::DEFAULT_MAX_RESPONSE_BYTES;

/// Configures and builds a [`Workos`] client.
///
/// ```
/// # fn main() -> Result<(), workos::Error> {
/// let workos = workos::Workos::builder()
///     .api_key("sk_test_1234")
///     .client_id("client_1234")
///     .timeout(std::time::Duration::from_secs(20))
///     .build()?;
/// assert_eq!(workos.base_url(), "https://api.workos.com");
/// # Ok(()) }
/// ```
#[derive(Clone)]
pub struct WorkosBuilder {
    pub(crate) api_key: Option<Secret>,
    pub(crate) client_id: Option<String>,
    pub(crate) base_url: String,
    pub(crate) timeout: Duration,
    pub(crate) connect_timeout: Duration,
    pub(crate) attempt_timeout: Option<Duration>,
    pub(crate) user_agent: Option<String>,
    pub(crate) retry: RetryPolicy,
    pub(crate) rate_limit: RateLimit,
    pub(crate) operation_rate_limits: bool,
    pub(crate) retry_budget: RetryBudget,
    pub(crate) metrics: Hook,
    #[cfg(feature = "redis")]
    pub(crate) redis: Option<crate::transport::redis::RedisPacing>,
    pub(crate) max_response_size: usize,
    pub(crate) http_client: Option<reqwest::Client>,
}

impl Default for WorkosBuilder {
    fn default() -> Self {
        // Every client starts here: from now on, the application's own
        // `workos::reqwest::Client::new()` has a TLS provider too.
        super::tls::install_default_provider();
        WorkosBuilder {
            api_key: None,
            client_id: None,
            base_url: DEFAULT_BASE_URL.to_owned(),
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            attempt_timeout: None,
            user_agent: None,
            retry: RetryPolicy::default(),
            rate_limit: RateLimit::WORKOS_OVERALL,
            operation_rate_limits: true,
            retry_budget: RetryBudget::default(),
            metrics: Hook::default(),
            #[cfg(feature = "redis")]
            redis: None,
            max_response_size: DEFAULT_MAX_RESPONSE_SIZE,
            http_client: None,
        }
    }
}

impl std::fmt::Debug for WorkosBuilder {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut f = f.debug_struct("WorkosBuilder");
        f.field("api_key", &self.api_key)
            .field("client_id", &self.client_id)
            .field("base_url", &self.base_url)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("attempt_timeout", &self.attempt_timeout)
            .field("user_agent", &self.user_agent)
            .field("retry", &self.retry)
            .field("rate_limit", &self.rate_limit)
            .field("operation_rate_limits", &self.operation_rate_limits)
            .field("retry_budget", &self.retry_budget)
            .field("metrics", &self.metrics);
        #[cfg(feature = "redis")]
        f.field("redis_pacing", &self.redis);
        f.field("max_response_size", &self.max_response_size)
            .field("http_client", &if self.http_client.is_some() { "yours" } else { super::tls::BACKEND })
            .finish()
    }
}

/// The user agent every request carries, before the application's own.
const USER_AGENT: &str = concat!("workos-rust/", env!("CARGO_PKG_VERSION"));

impl Workos {
    /// A builder for a client with custom settings.
    pub fn builder() -> WorkosBuilder {
        WorkosBuilder::default()
    }

    /// A client with the given API key and every other setting at its default.
    pub fn new(api_key: impl Into<crate::Secret>) -> Result<Workos> {
        Workos::builder().api_key(api_key).build()
    }

    /// A client configured from `WORKOS_API_KEY`, `WORKOS_CLIENT_ID` and `WORKOS_BASE_URL`.
    pub fn from_env() -> Result<Workos> {
        WorkosBuilder::from_env().build()
    }
}

impl WorkosBuilder {
    /// A builder filled from the environment: `WORKOS_API_KEY`, `WORKOS_CLIENT_ID` and
    /// `WORKOS_BASE_URL`, each used when set and not empty.
    pub fn from_env() -> Self {
        let var = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
        let mut builder = WorkosBuilder::default();
        if let Some(key) = var("WORKOS_API_KEY") {
            builder = builder.api_key(key);
        }
        if let Some(id) = var("WORKOS_CLIENT_ID") {
            builder = builder.client_id(id);
        }
        if let Some(url) = var("WORKOS_BASE_URL") {
            builder = builder.base_url(url);
        }
        builder
    }

    /// The secret API key, `sk_...`, sent as `Authorization: Bearer` on every call that needs it.
    pub fn api_key(mut self, api_key: impl Into<Secret>) -> Self {
        self.api_key = Some(api_key.into());
        self
    }

    /// The client id, `client_...`, used by sign-in flows and URL builders.
    pub fn client_id(mut self, client_id: impl Into<String>) -> Self {
        self.client_id = Some(client_id.into());
        self
    }

    /// Where the API is; `https://` only, except for loopback addresses (local test servers).
    pub fn base_url(mut self, base_url: impl Into<String>) -> Self {
        self.base_url = base_url.into();
        self
    }

    /// The longest a call may take in all, retries included (60 s by default).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The longest one attempt of a call may take (by default only the total timeout applies).
    pub fn attempt_timeout(mut self, timeout: Duration) -> Self {
        self.attempt_timeout = Some(timeout);
        self
    }

    /// How calls are retried; see [`RetryPolicy`].
    pub fn retry_policy(mut self, retry: RetryPolicy) -> Self {
        self.retry = retry;
        self
    }

    /// At most this many requests per period from this client and its clones (6,000 per
    /// minute by default, WorkOS's limit per IP address).
    pub fn rate_limit(mut self, limit: RateLimit) -> Self {
        self.rate_limit = limit;
        self
    }

    /// Whether to keep to WorkOS's published per-operation limits, such as 4 directory-user
    /// list requests per second per directory (on by default). Either way, a `429` holds only
    /// the calls of the limit it is about; see [`RetryPolicy`].
    pub fn operation_rate_limits(mut self, enabled: bool) -> Self {
        self.operation_rate_limits = enabled;
        self
    }

    /// How many retries the client may make when they keep failing: a token bucket that
    /// retries draw from and successes refill, shared by the client's clones (and, with
    /// `WorkosBuilder::redis_pacing` (feature `redis`), by every process of the fleet). See [`RetryBudget`]
    /// for the defaults; [`RetryBudget::unlimited`] turns it off.
    ///
    /// The bound it keeps: a retry that fails is paid for by the bucket's capacity or by
    /// successes, so retries that fail number at most `capacity / retry_cost` (100 with the
    /// defaults) plus `success_refill / retry_cost` (one in five) of the calls that succeed.
    /// Against an API that fails every request, `n` calls make at most `n + 100` requests,
    /// not `4n`. With Redis, while Redis cannot be reached, each process has its own bucket.
    pub fn retry_budget(mut self, budget: RetryBudget) -> Self {
        self.retry_budget = budget;
        self
    }

    /// Counts what the client's own pacing and retry budget do (waits, `429` pauses,
    /// refused retries, a shared store that cannot be reached); see [`Metrics`].
    pub fn metrics(mut self, metrics: std::sync::Arc<dyn Metrics>) -> Self {
        self.metrics = Hook::new(Some(metrics));
        self
    }

    /// Shares pacing (every window and `429` pause) and the retry budget with every
    /// process that uses the same Redis and key prefix; see
    /// [`RedisPacing`](crate::RedisPacing). Every process should set the same limits.
    #[cfg(feature = "redis")]
    #[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
    pub fn redis_pacing(mut self, redis: crate::transport::redis::RedisPacing) -> Self {
        self.redis = Some(redis);
        self
    }

    /// The longest opening a connection may take (10 s by default).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The longest success body a call reads, in bytes (16 MiB by default, about fifty times
    /// the largest page WorkOS sends). A longer answer fails the call with
    /// [`ErrorKind::ResponseTooLarge`](crate::ErrorKind::ResponseTooLarge) after reading no
    /// more than this. Decoding the body may build at most twice this; a body that would build
    /// more (tiny values, again and again) fails the same way. Real answers build two to five
    /// times their length (a page of directory users with their raw attributes, the most), so
    /// a limit set close to the answers you expect should leave them 2.5 times their length.
    /// A call then holds at most four times this. Error answers are read up to 64 KiB, and
    /// the key set of access tokens up to 64 KiB, whatever this says; `usize::MAX` sets no
    /// limit at all.
    pub fn max_response_size(mut self, bytes: usize) -> Self {
        self.max_response_size = bytes;
        self
    }

    /// Your application's name and version, appended to the SDK's user agent.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = Some(user_agent.into());
        self
    }

    /// Sends every request through this `reqwest` client instead of one the SDK builds: for
    /// proxies, your own root certificates, a TLS setup the cargo features do not offer, or a
    /// connection pool shared with the rest of your application. Start from
    /// [`http_client_builder`](crate::http_client_builder), which is set up as the SDK's own.
    ///
    /// The SDK still adds the key, user agent, deadlines, retries and pacing to each call, but
    /// the client's own settings are yours: give it no overall `timeout` shorter than the
    /// SDK's, and keep redirects off (`redirect::Policy::none()`), so that no answer can send
    /// your API key to another host. [`connect_timeout`] and the TLS features do not apply
    /// to a client handed in here.
    ///
    /// [`connect_timeout`]: WorkosBuilder::connect_timeout
    ///
    /// ```
    /// # fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// let http = workos::http_client_builder()?
    ///     .default_headers(FromIterator::from_iter([(
    ///         workos::reqwest::header::HeaderName::from_static("x-team"),
    ///         workos::reqwest::header::HeaderValue::from_static("billing"),
    ///     )]))
    ///     .build()?;
    /// let workos = workos::Workos::builder().api_key("sk_test_1234").http_client(http).build()?;
    /// # let _ = workos;
    /// # Ok(()) }
    /// ```
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.http_client = Some(client);
        self
    }

    /// Checks the configuration and builds the client.
    pub fn build(self) -> Result<Workos> {
        if let Some(key) = &self.api_key {
            check_api_key(key)?;
        }
        if self.api_key.is_none() && self.client_id.is_none() {
            return Err(Error::config(
                "set an API key, or a client id for public (PKCE) flows; neither is set",
            ));
        }
        let base_url = super::base_url::check(&self.base_url)?;
        self.client_for(base_url)
    }

    /// The client this configuration describes, once checked, sent to `base_url`.
    fn client_for(self, base_url: String) -> Result<Workos> {
        let builder = self;
        let user_agent = match &builder.user_agent {
            Some(app) => format!("{USER_AGENT} {app}"),
            None => USER_AGENT.to_owned(),
        };
        let user_agent = reqwest::header::HeaderValue::try_from(user_agent)
            .map_err(|_| Error::config("the user agent contains characters a header cannot carry"))?;
        let hooks = workos_api::Hooks::new(builder.api_key.as_ref(), user_agent)
            .map_err(|e| Error::config(e.to_string()))?
            .max_response_bytes(builder.max_response_size);
        let http = match builder.http_client.clone() {
            Some(http) => http,
            None => super::http::default_http_client(builder.connect_timeout, &base_url)?,
        };
        let (pacer, budget) = builder.pacing();
        Ok(Workos {
            inner: Arc::new(Inner {
                transport: Transport::new(
                    workos_api::Client::new_with_client(&base_url, http, hooks),
                    pacer,
                    budget,
                    builder.metrics.clone(),
                ),
                base_url,
                client_id: builder.client_id,
                api_key: builder.api_key.clone(),
            }),
            call: CallSettings {
                timeout: builder.timeout,
                attempt_timeout: builder.attempt_timeout,
                retry: builder.retry,
            },
        })
    }
}

impl WorkosBuilder {
    /// The pacer and retry budget this configuration describes: in-process, or shared
    /// through Redis.
    fn pacing(&self) -> (Box<dyn Pacing>, Budget) {
        #[cfg(feature = "redis")]
        if let Some(redis) = &self.redis {
            use crate::transport::redis::{Link, RedisPacer, SharedBudget};
            let link = Arc::new(Link::new(redis.clone(), self.metrics.clone()));
            let pacer = RedisPacer::new(link.clone(), self.rate_limit, self.operation_rate_limits);
            return (Box::new(pacer), Budget::shared(self.retry_budget, SharedBudget::new(link)));
        }
        (Box::new(Pacer::new(self.rate_limit, self.operation_rate_limits)), Budget::new(self.retry_budget))
    }
}

fn check_api_key(key: &Secret) -> Result<()> {
    let key = key.expose();
    if key.trim().is_empty() {
        return Err(Error::config("the API key is empty"));
    }
    if !key.starts_with("sk_") {
        return Err(Error::config("the API key does not start with `sk_`: is it a client id or a token?"));
    }
    if key.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err(Error::config("the API key contains whitespace"));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn api_keys_are_checked() {
        assert!(check_api_key(&Secret::new("sk_test_abc")).is_ok());
        assert!(check_api_key(&Secret::new("")).is_err());
        assert!(check_api_key(&Secret::new("client_123")).is_err());
        assert!(check_api_key(&Secret::new("sk_test abc")).is_err());
    }
}
