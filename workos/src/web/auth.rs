//! [`Auth`]: the sign-in set-up of one web app (its client, cookies, public URL and routes),
//! which the layer (`layer.rs`) and the flow's routes (`callback.rs`) work from.

use std::sync::Arc;

use super::cookies::{self, CookieOptions};
use crate::Secret;
use crate::client::Workos;
use crate::error::{Error, Result};
use crate::signin::session::SessionCookies;

/// The sign-in set-up of one web app: its WorkOS client, its cookies and where it is reached.
/// Cheap to clone (one `Arc`); use it as (part of) an axum state. Its layers are
/// [`Auth::layer`], [`Auth::api_layer`] and [`Auth::optional_layer`]; its routes
/// [`Auth::sign_in`], [`Auth::callback`], [`Auth::sign_out`] and [`Auth::switch_organization`].
#[derive(Debug, Clone)]
pub struct Auth {
    pub(super) inner: Arc<Inner>,
}

#[derive(Debug, Clone)]
pub(super) struct Inner {
    pub(super) workos: Workos,
    pub(super) cookies: SessionCookies,
    /// Where browsers reach the app, without a trailing slash.
    pub(super) public_url: String,
    pub(super) secure_by_default: bool,
    pub(super) cookie: CookieOptions,
    pub(super) sign_in_path: String,
    pub(super) callback_path: String,
    pub(super) after_sign_out: String,
}

impl Auth {
    /// The set-up for `workos` (with a client id), sealing cookies with `cookie_password` (32
    /// characters or more), for an app that browsers reach at `public_url`
    /// (`https://app.example.com`). The sign-in route is `/login`, the callback (the redirect
    /// URI to register with WorkOS) `/callback`, and after sign-out the browser lands on `/`.
    pub fn new(workos: &Workos, cookie_password: impl Into<Secret>, public_url: &str) -> Result<Auth> {
        workos.require_client_id("signing users in")?;
        let parsed = url::Url::parse(public_url)
            .map_err(|e| Error::config(format!("the app's public URL `{public_url}` is not a URL: {e}")))?;
        if !matches!(parsed.scheme(), "http" | "https") {
            return Err(Error::config("the app's public URL must be http or https"));
        }
        let public_url = public_url.trim_end_matches('/').to_owned();
        Ok(Auth {
            inner: Arc::new(Inner {
                workos: workos.clone(),
                cookies: SessionCookies::new(workos, cookie_password)?,
                secure_by_default: cookies::secure_by_default(&parsed),
                after_sign_out: format!("{public_url}/"),
                public_url,
                cookie: CookieOptions::default(),
                sign_in_path: "/login".to_owned(),
                callback_path: "/callback".to_owned(),
            }),
        })
    }

    fn change(mut self, edit: impl FnOnce(&mut Inner)) -> Self {
        // Only while building: a set-up already shared is copied, not changed under others.
        let inner = Arc::make_mut(&mut self.inner);
        edit(inner);
        self
    }

    /// Other attributes for the session cookie (name, domain, `Secure`, `SameSite`, max age).
    pub fn cookie_options(self, options: CookieOptions) -> Self {
        self.change(|inner| inner.cookie = options)
    }

    /// The app's sign-in route (default `/login`), where [`Auth::layer`] sends browsers.
    pub fn sign_in_path(self, path: &str) -> Self {
        self.change(|inner| inner.sign_in_path = path.to_owned())
    }

    /// The app's callback route (default `/callback`).
    pub fn callback_path(self, path: &str) -> Self {
        self.change(|inner| inner.callback_path = path.to_owned())
    }

    /// Where WorkOS sends the browser after sign-out (default the app's `/`): an absolute URL
    /// registered with WorkOS as a sign-out redirect.
    pub fn after_sign_out(self, url: &str) -> Self {
        self.change(|inner| inner.after_sign_out = url.to_owned())
    }

    /// Verifies access tokens with `cookies` instead (its own verifier: issuer, leeway).
    pub fn session_cookies(self, cookies: SessionCookies) -> Self {
        self.change(|inner| inner.cookies = cookies)
    }

    /// The redirect URI to register with WorkOS: the public URL and the callback path.
    pub fn callback_url(&self) -> String {
        format!("{}{}", self.inner.public_url, self.inner.callback_path)
    }

    /// The session cookies this set-up seals and opens.
    pub fn cookies(&self) -> &SessionCookies {
        &self.inner.cookies
    }

    /// The client.
    pub fn workos(&self) -> &Workos {
        &self.inner.workos
    }

    pub(super) fn set_session_cookie(&self, sealed: &str) -> String {
        self.inner.cookie.set(sealed, self.inner.secure_by_default)
    }

    pub(super) fn clear_session_cookie(&self) -> String {
        self.inner.cookie.clear(self.inner.secure_by_default)
    }

    pub(super) fn session_cookie<'h>(&self, headers: &'h http::HeaderMap) -> Option<&'h str> {
        cookies::read(headers, &self.inner.cookie.name)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSWORD: &str = "a-cookie-password-of-at-least-32-characters";

    fn client(client_id: Option<&str>) -> Workos {
        let builder = Workos::builder().api_key("sk_test_123");
        match client_id {
            Some(id) => builder.client_id(id).build().unwrap(),
            None => builder.build().unwrap(),
        }
    }

    #[test]
    fn a_set_up_needs_a_client_id_a_web_url_and_a_long_password() {
        let with_id = client(Some("client_123"));
        assert_eq!(
            Auth::new(&client(None), PASSWORD, "https://app.example.com").unwrap_err().kind(),
            crate::ErrorKind::Config
        );
        assert!(Auth::new(&with_id, PASSWORD, "ftp://app.example.com").is_err());
        assert!(Auth::new(&with_id, PASSWORD, "not a url").is_err());
        assert!(Auth::new(&with_id, "short", "https://app.example.com").is_err());
        let auth = Auth::new(&with_id, PASSWORD, "https://app.example.com/")
            .unwrap()
            .callback_path("/auth/callback");
        assert_eq!(auth.callback_url(), "https://app.example.com/auth/callback");
        assert!(auth.set_session_cookie("v").contains("; Secure"), "https: Secure");
    }
}
