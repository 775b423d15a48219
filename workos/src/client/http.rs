//! The HTTP client under the SDK: reqwest, set up with TLS as the cargo features say, no
//! redirects, and no overall timeout (each call runs under its own deadline).

use std::time::Duration;

use crate::error::{Error, Result};

/// How long opening a connection may take, by default.
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// A `reqwest` client builder set up as the SDK sets up its own: TLS as the cargo features
/// say, redirects off, a 10 s connect timeout, idle connections closed after 90 s. Add your
/// settings (a proxy, a pool size, default headers), build it, and hand it to
/// [`WorkosBuilder::http_client`](crate::WorkosBuilder::http_client).
///
/// `reqwest::Client::builder()` works too once this (or [`Workos::builder`](crate::Workos::builder))
/// has run, or [`install_tls_provider`](crate::install_tls_provider): the SDK's `reqwest` has
/// rustls without a crypto provider of its own, and they make *ring* rustls's default.
///
/// ```
/// # fn main() -> Result<(), Box<dyn std::error::Error>> {
/// let http = workos::http_client_builder()?.pool_max_idle_per_host(4).build()?;
/// let workos = workos::Workos::builder().api_key("sk_test_1234").http_client(http).build()?;
/// # let _ = workos;
/// # Ok(()) }
/// ```
pub fn http_client_builder() -> Result<reqwest::ClientBuilder> {
    super::tls::install_default_provider();
    super::tls::configure(base_http_builder(DEFAULT_CONNECT_TIMEOUT))
}

/// What every client the SDK sets up has, TLS aside.
pub(crate) fn base_http_builder(connect_timeout: Duration) -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .connect_timeout(connect_timeout)
        .pool_idle_timeout(Duration::from_secs(90))
        .redirect(reqwest::redirect::Policy::none())
}

/// The SDK's own HTTP client: TLS as the cargo features say, no redirects, no overall
/// timeout (each call runs under its own deadline, `CallSettings`).
pub(crate) fn default_http_client(connect_timeout: Duration, base_url: &str) -> Result<reqwest::Client> {
    // Plain http to a loopback test server needs no TLS; anything else does.
    if !super::tls::ENABLED && !base_url.starts_with("http://") {
        return Err(Error::config(
            "no TLS is enabled: turn on the `rustls` (default), `rustls-webpki-roots` or `native-tls` \
             feature, or hand in a client with `http_client`",
        ));
    }
    let http = super::tls::configure(base_http_builder(connect_timeout))?;
    // A proxy from the environment (`HTTP_PROXY`, `ALL_PROXY`) would read a plain-http
    // request, key included. An https base URL keeps them: the proxy only sees a tunnel.
    let http = if base_url.starts_with("http://") { http.no_proxy() } else { http };
    http.build().map_err(|e| Error::transport(crate::ErrorKind::Config, e))
}
