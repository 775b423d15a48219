//! The cookies the web integration writes: their attributes ([`CookieOptions`]), the
//! `Set-Cookie` values, and reading one cookie out of a request's `Cookie` headers.

use std::time::Duration;

use http::HeaderMap;
use http::header::COOKIE;

/// The `SameSite` attribute of a cookie.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum SameSite {
    /// Sent on top-level navigations from other sites (the link in an e-mail) but not on
    /// their requests: the default, and what AuthKit's redirect back to the callback needs.
    Lax,
    /// Never sent from other sites: the callback's redirect arrives without the sign-in
    /// cookie, so only for cookies other than those of the sign-in flow.
    Strict,
    /// Sent everywhere (needs `Secure`).
    None,
}

/// The attributes of the session cookie. The defaults are right for production: `HttpOnly`,
/// `Secure` (except when the app is served over plain http on a loopback address, where a
/// browser would not keep it), `SameSite=Lax`, `Path=/`, and a `Max-Age` of
/// [`DEFAULT_SESSION_MAX_AGE`].
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct CookieOptions {
    /// The cookie's name (default `wos-session`, as AuthKit's JavaScript libraries name it).
    pub name: String,
    /// `Path` (default `/`).
    pub path: String,
    /// `Domain`, when the cookie is shared with subdomains (default none: this host only).
    pub domain: Option<String>,
    /// `Secure`: `None` (the default) decides from the app's public URL.
    pub secure: Option<bool>,
    /// `HttpOnly` (default on: scripts never read the session).
    pub http_only: bool,
    /// `SameSite` (default `Lax`).
    pub same_site: SameSite,
    /// `Max-Age`: how long the browser keeps the cookie. `None` makes it a browser-session
    /// cookie.
    pub max_age: Option<Duration>,
}

/// How long the browser keeps the session cookie by default: 400 days (the most browsers
/// allow), as AuthKit's JavaScript libraries do. The session itself ends when WorkOS says so
/// (it refuses the refresh token), and the cookie is cleared then.
pub const DEFAULT_SESSION_MAX_AGE: Duration = Duration::from_secs(400 * 24 * 60 * 60);

/// The default name of the session cookie.
pub const DEFAULT_SESSION_COOKIE: &str = "wos-session";

impl Default for CookieOptions {
    fn default() -> Self {
        CookieOptions {
            name: DEFAULT_SESSION_COOKIE.to_owned(),
            path: "/".to_owned(),
            domain: None,
            secure: None,
            http_only: true,
            same_site: SameSite::Lax,
            max_age: Some(DEFAULT_SESSION_MAX_AGE),
        }
    }
}

impl CookieOptions {
    /// A `Set-Cookie` value that stores `value` under these options (`secure_by_default` is
    /// what `secure: None` means for this app).
    pub(crate) fn set(&self, value: &str, secure_by_default: bool) -> String {
        self.render(&self.name, value, self.max_age, secure_by_default)
    }

    /// A `Set-Cookie` value that deletes the cookie.
    pub(crate) fn clear(&self, secure_by_default: bool) -> String {
        self.render(&self.name, "", Some(Duration::ZERO), secure_by_default)
    }

    /// The same attributes for another cookie of the app (the sign-in flow's).
    pub(crate) fn render(
        &self,
        name: &str,
        value: &str,
        max_age: Option<Duration>,
        secure_by_default: bool,
    ) -> String {
        let mut cookie = format!("{name}={value}; Path={}", self.path);
        if let Some(domain) = &self.domain {
            cookie.push_str("; Domain=");
            cookie.push_str(domain);
        }
        if let Some(max_age) = max_age {
            cookie.push_str(&format!("; Max-Age={}", max_age.as_secs()));
        }
        if self.http_only {
            cookie.push_str("; HttpOnly");
        }
        if self.secure.unwrap_or(secure_by_default) {
            cookie.push_str("; Secure");
        }
        cookie.push_str(match self.same_site {
            SameSite::Lax => "; SameSite=Lax",
            SameSite::Strict => "; SameSite=Strict",
            SameSite::None => "; SameSite=None",
        });
        cookie
    }
}

/// Whether cookies of an app reached at `public_url` are `Secure` by default: always, except
/// over plain http to a loopback address (a browser keeps no `Secure` cookie from there).
pub(crate) fn secure_by_default(public_url: &url::Url) -> bool {
    let loopback = match public_url.host() {
        Some(url::Host::Domain(domain)) => domain == "localhost" || domain.ends_with(".localhost"),
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    !(public_url.scheme() == "http" && loopback)
}

/// The value of the (first non-empty) cookie `name` in `headers`.
pub(crate) fn read<'h>(headers: &'h HeaderMap, name: &str) -> Option<&'h str> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, value)| *key == name && !value.is_empty())
        .map(|(_, value)| value.trim_matches('"'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secure_except_loopback_http() {
        let secure = |u: &str| secure_by_default(&url::Url::parse(u).unwrap());
        assert!(!secure("http://127.0.0.1:3000"));
        assert!(!secure("http://localhost:3000"));
        assert!(!secure("http://[::1]:3000"));
        assert!(secure("https://127.0.0.1:3000"));
        assert!(secure("http://example.com"));
        assert!(secure("https://app.example.com"));
    }

    #[test]
    fn default_attributes() {
        let set = CookieOptions::default().set("v", true);
        assert_eq!(set, "wos-session=v; Path=/; Max-Age=34560000; HttpOnly; Secure; SameSite=Lax");
        assert_eq!(
            CookieOptions::default().clear(false),
            "wos-session=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax"
        );
    }

    #[test]
    fn attributes_are_overridable() {
        let options = CookieOptions {
            name: "app-session".into(),
            path: "/app".into(),
            domain: Some("example.com".into()),
            secure: Some(false),
            http_only: false,
            same_site: SameSite::Strict,
            max_age: None,
        };
        assert_eq!(options.set("v", true), "app-session=v; Path=/app; Domain=example.com; SameSite=Strict");
        let forced = CookieOptions { secure: Some(true), ..CookieOptions::default() };
        assert!(forced.set("v", false).contains("; Secure"), "Secure on loopback when asked");
    }

    #[test]
    fn reads_one_cookie_among_others() {
        let mut headers = HeaderMap::new();
        headers.append(COOKIE, "a=1; wos-session=; b=2".parse().unwrap());
        headers.append(COOKIE, "wos-session=sealed".parse().unwrap());
        assert_eq!(read(&headers, "wos-session"), Some("sealed"));
        assert_eq!(read(&headers, "b"), Some("2"));
        assert_eq!(read(&headers, "c"), None);
    }
}
