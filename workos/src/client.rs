//! The [`Workos`] client: one per application, cheap to clone, safe to share.

use std::sync::Arc;
use std::time::Duration;

use crate::config::WorkosBuilder;
use crate::error::{Error, Result};
use crate::pacing::Pacer;
use crate::retry::RetryPolicy;

/// A WorkOS client. Clones share one connection pool and configuration.
///
/// Reach the API through its areas: [`Workos::organizations`], [`Workos::sso`],
/// [`Workos::directory_sync`], and so on.
///
/// # Rate limits
///
/// Clones share one pacing state: together they keep under WorkOS's overall limit and, unless
/// [`WorkosBuilder::operation_rate_limits`](crate::WorkosBuilder::operation_rate_limits) turns
/// them off, under the limits it publishes per operation (4 directory-user lists a second
/// per directory, AuthKit reads and writes, organization deletions). When a `429` comes
/// anyway and the call waits it out, the calls of the same limit wait with it: one directory's
/// user lists for that directory, AuthKit reads for AuthKit reads, and every call for an
/// operation with no limit of its own; a `429` on a sign-in or another call WorkOS limits per
/// e-mail address or user holds no other call. A call the pause would hold past its deadline
/// fails at once with [`ErrorKind::RateLimited`](crate::ErrorKind::RateLimited) and
/// [`Error::retry_after`]. [`RetryPolicy`] has the details.
#[derive(Clone)]
pub struct Workos {
    pub(crate) inner: Arc<Inner>,
    /// Timeouts and retries of the calls made through this value; see [`Workos::with_timeout`].
    pub(crate) call: CallSettings,
}

pub(crate) struct Inner {
    pub(crate) api: workos_api::Client,
    pub(crate) base_url: String,
    pub(crate) client_id: Option<String>,
    pub(crate) api_key: Option<crate::Secret>,
    pub(crate) pacer: Pacer,
}

/// How patient each call is, and how it retries.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CallSettings {
    pub(crate) timeout: Duration,
    pub(crate) attempt_timeout: Option<Duration>,
    pub(crate) retry: RetryPolicy,
}

impl std::fmt::Debug for Workos {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Workos")
            .field("base_url", &self.inner.base_url)
            .field("client_id", &self.inner.client_id)
            .field("api_key", &if self.inner.api_key.is_some() { "[redacted]" } else { "none" })
            .field("timeout", &self.call.timeout)
            .field("attempt_timeout", &self.call.attempt_timeout)
            .field("retry", &self.call.retry)
            .finish()
    }
}

/// The user agent every request carries, before the application's own.
pub(crate) const USER_AGENT: &str = concat!("workos-rust/", env!("CARGO_PKG_VERSION"));

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

    pub(crate) fn from_builder(builder: WorkosBuilder, base_url: String) -> Result<Workos> {
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
            None => default_http_client(&builder, &base_url)?,
        };
        Ok(Workos {
            inner: Arc::new(Inner {
                api: workos_api::Client::new_with_client(&base_url, http, hooks),
                base_url,
                client_id: builder.client_id,
                api_key: builder.api_key.clone(),
                pacer: Pacer::new(builder.rate_limit, builder.operation_rate_limits),
            }),
            call: CallSettings {
                timeout: builder.timeout,
                attempt_timeout: builder.attempt_timeout,
                retry: builder.retry,
            },
        })
    }

    /// The base URL calls go to, without a trailing `/`.
    pub fn base_url(&self) -> &str {
        &self.inner.base_url
    }

    /// The client id, if one was configured.
    pub fn client_id(&self) -> Option<&str> {
        self.inner.client_id.as_deref()
    }

    /// This client with another total timeout for each call (retries included). Clones
    /// share the connection pool and pacing; only calls made through the returned value
    /// are affected.
    ///
    /// ```no_run
    /// # async fn demo(workos: workos::Workos) -> Result<(), workos::Error> {
    /// let quick = workos.with_timeout(std::time::Duration::from_secs(2));
    /// quick.organizations().get("org_123").await?;
    /// # Ok(()) }
    /// ```
    pub fn with_timeout(&self, timeout: Duration) -> Workos {
        let mut client = self.clone();
        client.call.timeout = timeout;
        client
    }

    /// This client with another limit on each attempt of a call.
    pub fn with_attempt_timeout(&self, timeout: Duration) -> Workos {
        let mut client = self.clone();
        client.call.attempt_timeout = Some(timeout);
        client
    }

    /// This client with another retry policy for its calls.
    pub fn with_retry_policy(&self, retry: RetryPolicy) -> Workos {
        let mut client = self.clone();
        client.call.retry = retry;
        client
    }

    /// The API key, for the sign-in calls that carry it in their body as `client_secret`.
    pub(crate) fn api_key(&self) -> Option<&crate::Secret> {
        self.inner.api_key.as_ref()
    }

    /// The client id, or a configuration error naming what needs it.
    pub(crate) fn require_client_id(&self, what: &str) -> Result<&str> {
        self.client_id()
            .ok_or_else(|| Error::config(format!("{what} needs a client id: set one with `client_id`")))
    }

    /// The generated low-level client, for what this crate does not wrap.
    pub(crate) fn api(&self) -> &workos_api::Client {
        &self.inner.api
    }

    /// A low-level client for an operation served by another host (the environment's OAuth
    /// issuer): the same connection pool, user agent and body limit, `host` as its base URL.
    /// `host` is held to the rules of the base URL; plain `http://` (loopback only) is taken
    /// only when this client talks plain `http://` too, since only then does its HTTP client
    /// ignore proxies from the environment.
    pub(crate) fn api_at(&self, host: &str) -> Result<workos_api::Client> {
        // The host is not echoed: it may carry credentials, which are refused, not shown.
        let base = crate::config::check_base_url(host)
            .map_err(|e| Error::invalid_request(format!("the operation's host is refused: {e}")))?;
        if base.starts_with("http://") && !self.inner.base_url.starts_with("http://") {
            return Err(Error::invalid_request(
                "a plain http:// host is only used by a client whose own base URL is plain http:// (a local server)",
            ));
        }
        let api = &self.inner.api;
        let hooks = progenitor_client::ClientInfo::inner(api).clone();
        Ok(workos_api::Client::new_with_client(
            &base,
            progenitor_client::ClientInfo::client(api).clone(),
            hooks,
        ))
    }
}

/// A `reqwest` client builder set up as the SDK sets up its own: TLS as the cargo features
/// say, redirects off, a 10 s connect timeout, idle connections closed after 90 s. Add your
/// settings (a proxy, a pool size, default headers), build it, and hand it to
/// [`WorkosBuilder::http_client`].
///
/// Start from here rather than from `reqwest::Client::builder()`: the SDK's `reqwest` has
/// rustls without a crypto provider of its own (the SDK gives it *ring*), so a bare reqwest
/// builder panics when built unless your own dependency on `reqwest` turns on its `rustls`
/// feature, or you give it TLS with `tls_backend_preconfigured`.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let http = workos::http_client_builder()?.pool_max_idle_per_host(4).build()?;
/// let workos = workos::Workos::builder().api_key("sk_test_1234").http_client(http).build()?;
/// # let _ = workos;
/// # Ok(()) }
/// ```
pub fn http_client_builder() -> Result<reqwest::ClientBuilder> {
    crate::tls::configure(base_http_builder(crate::DEFAULT_CONNECT_TIMEOUT))
}

/// What every client the SDK sets up has, TLS aside.
fn base_http_builder(connect_timeout: Duration) -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .connect_timeout(connect_timeout)
        .pool_idle_timeout(Duration::from_secs(90))
        .redirect(reqwest::redirect::Policy::none())
}

/// The SDK's own HTTP client: TLS as the cargo features say, no redirects, no overall
/// timeout (each call runs under its own deadline, `CallSettings`).
fn default_http_client(builder: &WorkosBuilder, base_url: &str) -> Result<reqwest::Client> {
    // Plain http to a loopback test server needs no TLS; anything else does.
    if !crate::tls::ENABLED && !base_url.starts_with("http://") {
        return Err(Error::config(
            "no TLS is enabled: turn on the `rustls` (default), `rustls-webpki-roots` or `native-tls` \
             feature, or hand in a client with `http_client`",
        ));
    }
    let http = crate::tls::configure(base_http_builder(builder.connect_timeout))?;
    // A proxy from the environment (`HTTP_PROXY`, `ALL_PROXY`) would read a plain-http
    // request, key included. An https base URL keeps them: the proxy only sees a tunnel.
    let http = if base_url.starts_with("http://") { http.no_proxy() } else { http };
    http.build().map_err(|e| Error::transport(crate::ErrorKind::Config, e))
}
