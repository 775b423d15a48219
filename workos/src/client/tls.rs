//! Which TLS the client's own HTTP client speaks, chosen by cargo features.
//!
//! - `rustls` (default): rustls with the *ring* provider, certificates checked against the
//!   operating system's trust store. No C toolchain beyond *ring*'s own, and about a third of
//!   aws-lc-rs's build time.
//! - `rustls-webpki-roots`: rustls with Mozilla's root certificates compiled in, for scratch
//!   or distroless images that carry no CA store. Wins over `rustls` when both are on.
//! - `native-tls`: the platform's TLS library (OpenSSL on Linux). Used when neither rustls
//!   feature is on.
//!
//! With none of them, the client still talks plain HTTP to loopback test servers, and an
//! application can hand in a `reqwest::Client` of its own
//! ([`WorkosBuilder::http_client`](crate::WorkosBuilder::http_client)).
//!
//! With rustls, the SDK's `reqwest` has no crypto provider of its own (reqwest's only built-in
//! one is aws-lc-rs, three times *ring*'s build): [`install_default_provider`] makes *ring*
//! rustls's process-wide default, unless the application installed one first, so that a
//! `workos::reqwest::Client::new()` of the application's works too.

use crate::error::Result;

/// Whether any TLS feature is on: without one, only plain-http (loopback) URLs can be reached.
pub(crate) const ENABLED: bool =
    cfg!(any(feature = "rustls", feature = "rustls-webpki-roots", feature = "native-tls"));

/// Sets up TLS on `builder` as the enabled features say (with none, returns it as it is).
pub(crate) fn configure(builder: reqwest::ClientBuilder) -> Result<reqwest::ClientBuilder> {
    #[cfg(any(feature = "rustls", feature = "rustls-webpki-roots"))]
    {
        Ok(builder.tls_backend_preconfigured(rustls_config()?))
    }
    #[cfg(all(feature = "native-tls", not(any(feature = "rustls", feature = "rustls-webpki-roots"))))]
    {
        Ok(builder.tls_backend_native())
    }
    #[cfg(not(any(feature = "rustls", feature = "rustls-webpki-roots", feature = "native-tls")))]
    {
        Ok(builder)
    }
}

/// Makes *ring* rustls's process-wide crypto provider when no provider is installed yet, so
/// that a plain `reqwest::Client::new()` (`workos::reqwest`) has one and does not panic.
/// Building a [`Workos`](crate::Workos) (or [`http_client_builder`](crate::http_client_builder))
/// does this already; call it first where a reqwest client is made before any of them.
///
/// rustls keeps the first provider installed: an application with a provider of its own
/// (aws-lc-rs, say) installs it before building a client, and keeps it. Without a rustls
/// feature (`native-tls`, or none), reqwest needs no provider and this does nothing.
///
/// ```
/// workos::install_tls_provider();
/// let http = workos::reqwest::Client::new(); // downloads an audit-log export's URL, say
/// # let _ = http;
/// ```
pub fn install_default_provider() {
    #[cfg(any(feature = "rustls", feature = "rustls-webpki-roots"))]
    {
        static INSTALLED: std::sync::Once = std::sync::Once::new();
        INSTALLED.call_once(|| {
            if rustls::crypto::CryptoProvider::get_default().is_none() {
                // Losing a race with the application's own install leaves its provider in place.
                let _ = ring_provider().install_default();
            }
        });
    }
}

/// *ring*'s provider, the one the SDK's own client speaks with.
#[cfg(any(feature = "rustls", feature = "rustls-webpki-roots"))]
fn ring_provider() -> rustls::crypto::CryptoProvider {
    // rustls 0.23.48 deprecates *ring*'s provider for lacking post-quantum key exchange, which
    // only its aws-lc-rs provider has; the SDK keeps *ring* for its build time (see the module
    // documentation), and `rustls-webpki-roots` or a client handed in choose otherwise.
    #[allow(deprecated)]
    rustls::crypto::ring::default_provider()
}

/// The name of the TLS the enabled features select, for errors and debugging.
pub(crate) const BACKEND: &str = if cfg!(feature = "rustls-webpki-roots") {
    "rustls with bundled webpki roots"
} else if cfg!(feature = "rustls") {
    "rustls with the platform's trust store"
} else if cfg!(feature = "native-tls") {
    "native-tls"
} else {
    "none"
};

#[cfg(any(feature = "rustls", feature = "rustls-webpki-roots"))]
fn rustls_config() -> Result<rustls::ClientConfig> {
    use std::sync::Arc;

    use crate::error::{Error, ErrorKind};

    let provider = Arc::new(ring_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| Error::transport(ErrorKind::Config, e))?;
    #[cfg(feature = "rustls-webpki-roots")]
    let builder = {
        let roots = rustls::RootCertStore { roots: webpki_roots::TLS_SERVER_ROOTS.to_vec() };
        builder.with_root_certificates(roots)
    };
    #[cfg(not(feature = "rustls-webpki-roots"))]
    let builder = {
        use rustls_platform_verifier::BuilderVerifierExt;
        builder.with_platform_verifier().map_err(|e| Error::transport(ErrorKind::Config, e))?
    };
    let mut config = builder.with_no_client_auth();
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_enabled_tls_makes_a_client() {
        assert_eq!(ENABLED, BACKEND != "none");
        configure(reqwest::Client::builder()).unwrap().build().unwrap();
    }
}
