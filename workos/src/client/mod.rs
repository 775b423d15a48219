//! The [`Workos`] client: one per application, cheap to clone, safe to share. It holds the
//! configuration and the [`Transport`] every call goes through; [`builder`] makes one,
//! [`http`] and [`tls`] set up its HTTP client, [`base_url`] checks where it connects, [`raw`]
//! is the escape hatch to an endpoint without a method.

pub(crate) mod base_url;
pub(crate) mod builder;
pub(crate) mod http;
pub(crate) mod raw;
pub(crate) mod tls;

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use workos_api::Operation;

use crate::error::{Error, Result};
use crate::transport::answer::ApiResult;
use crate::transport::retry::RetryPolicy;
use crate::transport::{CallSettings, Transport};

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

/// What every clone of a client shares.
pub(crate) struct Inner {
    pub(crate) transport: Transport,
    pub(crate) base_url: String,
    pub(crate) client_id: Option<String>,
    pub(crate) api_key: Option<crate::Secret>,
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

impl Workos {
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
    /// quick.organizations().get(&"org_123".into()).await?;
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
        self.inner.transport.api()
    }

    /// Sends `op` by calling `call`, which runs the generated method, under this value's
    /// settings; see [`Transport::send`].
    pub(crate) async fn send<T, F, Fut>(&self, op: &'static Operation, call: F) -> Result<T>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = ApiResult<T>>,
    {
        self.inner.transport.send(self.call, op, None, call).await
    }

    /// [`Workos::send`], counting the call against the per-object rate limit of `pacing_key`
    /// (the directory of a directory-user list).
    pub(crate) async fn send_paced<T, F, Fut>(
        &self,
        op: &'static Operation,
        pacing_key: Option<&str>,
        call: F,
    ) -> Result<T>
    where
        F: Fn() -> Fut,
        Fut: Future<Output = ApiResult<T>>,
    {
        self.inner.transport.send(self.call, op, pacing_key, call).await
    }

    /// A low-level client for an operation served by another host (the environment's OAuth
    /// issuer): the same connection pool, user agent and body limit, `host` as its base URL.
    /// `host` is held to the rules of the base URL; plain `http://` (loopback only) is taken
    /// only when this client talks plain `http://` too, since only then does its HTTP client
    /// ignore proxies from the environment.
    pub(crate) fn api_at(&self, host: &str) -> Result<workos_api::Client> {
        // The host is not echoed: it may carry credentials, which are refused, not shown.
        let base = base_url::check(host)
            .map_err(|e| Error::invalid_request(format!("the operation's host is refused: {e}")))?;
        if base.starts_with("http://") && !self.inner.base_url.starts_with("http://") {
            return Err(Error::invalid_request(
                "a plain http:// host is only used by a client whose own base URL is plain http:// (a local server)",
            ));
        }
        let api = self.inner.transport.api();
        let hooks = progenitor_client::ClientInfo::inner(api).clone();
        Ok(workos_api::Client::new_with_client(
            &base,
            progenitor_client::ClientInfo::client(api).clone(),
            hooks,
        ))
    }
}
