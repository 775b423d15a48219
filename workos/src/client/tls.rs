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

    let provider = Arc::new(rustls::crypto::ring::default_provider());
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
