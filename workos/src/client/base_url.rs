//! Where a client connects: a URL without query, fragment or credentials, HTTPS except on
//! loopback (a local test server), given back without its trailing `/`.

use std::net::IpAddr;

use crate::error::{Error, Result};

/// Parses the base URL and enforces HTTPS (loopback excepted); returns it without a trailing `/`.
pub(crate) fn check(raw: &str) -> Result<String> {
    let url =
        url::Url::parse(raw.trim()).map_err(|e| Error::config(format!("the base URL is not a URL: {e}")))?;
    if url.query().is_some() || url.fragment().is_some() {
        return Err(Error::config("the base URL must not carry a query or a fragment"));
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(Error::config("the base URL must not carry credentials"));
    }
    match url.scheme() {
        "https" => {}
        "http" if is_loopback(&url) => {}
        "http" => {
            return Err(Error::config(
                "the base URL must use https://; http:// is only allowed for loopback test servers",
            ));
        }
        other => return Err(Error::config(format!("the base URL scheme `{other}` is not https"))),
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

fn is_loopback(url: &url::Url) -> bool {
    match url.host() {
        Some(url::Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        Some(url::Host::Ipv4(ip)) => IpAddr::V4(ip).is_loopback(),
        Some(url::Host::Ipv6(ip)) => IpAddr::V6(ip).is_loopback(),
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn https_is_required_except_on_loopback() {
        assert_eq!(check("https://api.workos.com/").unwrap(), "https://api.workos.com");
        assert!(check("http://127.0.0.1:8080").is_ok());
        assert!(check("http://[::1]:8080").is_ok());
        assert!(check("http://localhost:1234/").is_ok());
        assert!(check("http://api.workos.com").is_err());
        assert!(check("http://127.0.0.1.nip.io").is_err());
        assert!(check("ftp://api.workos.com").is_err());
        assert!(check("https://user:pw@api.workos.com").is_err());
        assert!(check("not a url").is_err());
    }
}
