//! The URLs a browser opens: sign-in, logout and the key set. None of them is an API call;
//! building one sends nothing.
//!
//! ```
//! # fn main() -> Result<(), workos::Error> {
//! let workos = workos::Workos::builder().client_id("client_123").build()?;
//! let url = workos
//!     .authkit_authorization_url("https://app.example.com/callback")?
//!     .provider("authkit")
//!     .state("xyz")
//!     .build();
//! assert_eq!(
//!     url,
//!     "https://api.workos.com/user_management/authorize?client_id=client_123\
//!      &redirect_uri=https%3A%2F%2Fapp.example.com%2Fcallback&response_type=code\
//!      &provider=authkit&state=xyz"
//! );
//! # Ok(()) }
//! ```

use crate::client::Workos;
use crate::error::{Error, Result};
use crate::signin::pkce::Pkce;
use workos_api::redirects::{authkit_authorize as authkit, authkit_logout, sso_authorize as sso, sso_logout};

/// A query string under construction; keys keep their order, values are percent-encoded.
#[derive(Debug, Clone)]
struct Query {
    base: String,
    pairs: Vec<(String, String)>,
}

impl Query {
    fn new(base: String) -> Self {
        Query { base, pairs: Vec::new() }
    }

    fn set(&mut self, key: &str, value: impl Into<String>) {
        let value = value.into();
        match self.pairs.iter_mut().find(|(k, _)| k == key) {
            Some(pair) => pair.1 = value,
            None => self.pairs.push((key.to_owned(), value)),
        }
    }

    fn build(&self) -> String {
        let mut query = url::form_urlencoded::Serializer::new(String::new());
        for (key, value) in &self.pairs {
            query.append_pair(key, value);
        }
        // `form_urlencoded` writes spaces as `+`; `%20` means the same in a query and survives
        // every parser.
        let query = query.finish().replace('+', "%20");
        if query.is_empty() { self.base.clone() } else { format!("{}?{query}", self.base) }
    }
}

fn client_id(workos: &Workos) -> Result<&str> {
    workos
        .client_id()
        .ok_or_else(|| Error::config("building a sign-in URL needs a client id: set one with `client_id`"))
}

fn check_redirect_uri(redirect_uri: &str) -> Result<()> {
    url::Url::parse(redirect_uri)
        .map(|_| ())
        .map_err(|e| Error::invalid_request(format!("`redirect_uri` is not an absolute URL: {e}")))
}

/// The URL that starts Single Sign-On (`GET /sso/authorize`). Choose who signs in with one of
/// [`connection`](Self::connection), [`organization`](Self::organization) or
/// [`provider`](Self::provider).
#[derive(Debug, Clone)]
pub struct SsoAuthorizationUrl {
    query: Query,
}

impl SsoAuthorizationUrl {
    /// Signs in through this SSO connection (`conn_...`).
    pub fn connection(mut self, connection_id: &str) -> Self {
        self.query.set(sso::CONNECTION, connection_id);
        self
    }

    /// Signs in through the SSO connection of this organization (`org_...`).
    pub fn organization(mut self, organization_id: &str) -> Self {
        self.query.set(sso::ORGANIZATION, organization_id);
        self
    }

    /// Signs in with an OAuth provider, such as `GoogleOAuth` or `MicrosoftOAuth`.
    pub fn provider(mut self, provider: &str) -> Self {
        self.query.set(sso::PROVIDER, provider);
        self
    }

    /// An opaque value returned unchanged to the redirect URI, to tie the callback to the
    /// browser session that started it.
    pub fn state(mut self, state: &str) -> Self {
        self.query.set(sso::STATE, state);
        self
    }

    /// Pre-selects the domain on the identity provider's page.
    pub fn domain_hint(mut self, domain: &str) -> Self {
        self.query.set(sso::DOMAIN_HINT, domain);
        self
    }

    /// Pre-fills the e-mail address on the identity provider's page.
    pub fn login_hint(mut self, email: &str) -> Self {
        self.query.set(sso::LOGIN_HINT, email);
        self
    }

    /// Extra OAuth scopes to request from the provider.
    pub fn provider_scopes<S: AsRef<str>>(mut self, scopes: &[S]) -> Self {
        let joined: Vec<&str> = scopes.iter().map(AsRef::as_ref).collect();
        self.query.set(sso::PROVIDER_SCOPES, joined.join(","));
        self
    }

    /// An extra query parameter passed on to the OAuth provider.
    pub fn provider_query_param(mut self, key: &str, value: &str) -> Self {
        self.query.set(&format!("{}[{key}]", sso::PROVIDER_QUERY_PARAMS), value);
        self
    }

    /// A value echoed in the ID token, against replay.
    pub fn nonce(mut self, nonce: &str) -> Self {
        self.query.set(sso::NONCE, nonce);
        self
    }

    /// Makes the identity provider ask for credentials even if a session exists.
    pub fn prompt_login(mut self) -> Self {
        self.query.set(sso::PROMPT, "login");
        self
    }

    /// Adds a PKCE challenge (see [`Pkce`]).
    pub fn pkce(mut self, pkce: &Pkce) -> Self {
        self.query.set(sso::CODE_CHALLENGE, pkce.challenge());
        self.query.set(sso::CODE_CHALLENGE_METHOD, pkce.challenge_method());
        self
    }

    /// The URL.
    pub fn build(&self) -> String {
        self.query.build()
    }
}

/// The URL that starts AuthKit sign-in (`GET /user_management/authorize`).
#[derive(Debug, Clone)]
pub struct AuthKitAuthorizationUrl {
    query: Query,
}

impl AuthKitAuthorizationUrl {
    /// The sign-in method: `authkit` (WorkOS's hosted pages), or an OAuth provider such as
    /// `GoogleOAuth`.
    pub fn provider(mut self, provider: &str) -> Self {
        self.query.set(authkit::PROVIDER, provider);
        self
    }

    /// Signs in through this connection (`conn_...`).
    pub fn connection(mut self, connection_id: &str) -> Self {
        self.query.set(authkit::CONNECTION_ID, connection_id);
        self
    }

    /// Signs in to this organization (`org_...`).
    pub fn organization(mut self, organization_id: &str) -> Self {
        self.query.set(authkit::ORGANIZATION_ID, organization_id);
        self
    }

    /// Which hosted page opens first: `sign-in` (the default) or `sign-up`.
    pub fn screen_hint(mut self, screen: &str) -> Self {
        self.query.set(authkit::SCREEN_HINT, screen);
        self
    }

    /// Passed on to the identity provider, such as `login` or `consent`.
    pub fn prompt(mut self, prompt: &str) -> Self {
        self.query.set(authkit::PROMPT, prompt);
        self
    }

    /// An opaque value returned unchanged to the redirect URI.
    pub fn state(mut self, state: &str) -> Self {
        self.query.set(authkit::STATE, state);
        self
    }

    /// Pre-fills the e-mail address.
    pub fn login_hint(mut self, email: &str) -> Self {
        self.query.set(authkit::LOGIN_HINT, email);
        self
    }

    /// Pre-selects the domain.
    pub fn domain_hint(mut self, domain: &str) -> Self {
        self.query.set(authkit::DOMAIN_HINT, domain);
        self
    }

    /// Accepts this invitation while signing in.
    pub fn invitation_token(mut self, token: &str) -> Self {
        self.query.set(authkit::INVITATION_TOKEN, token);
        self
    }

    /// Makes the user sign in again if their last sign-in is older than this many seconds.
    pub fn max_age(mut self, seconds: u64) -> Self {
        self.query.set(authkit::MAX_AGE, seconds.to_string());
        self
    }

    /// Extra OAuth scopes to request from the provider.
    pub fn provider_scopes<S: AsRef<str>>(mut self, scopes: &[S]) -> Self {
        let joined: Vec<&str> = scopes.iter().map(AsRef::as_ref).collect();
        self.query.set(authkit::PROVIDER_SCOPES, joined.join(","));
        self
    }

    /// An extra query parameter passed on to the OAuth provider.
    pub fn provider_query_param(mut self, key: &str, value: &str) -> Self {
        self.query.set(&format!("{}[{key}]", authkit::PROVIDER_QUERY_PARAMS), value);
        self
    }

    /// Adds a PKCE challenge (see [`Pkce`]).
    pub fn pkce(mut self, pkce: &Pkce) -> Self {
        self.query.set(authkit::CODE_CHALLENGE, pkce.challenge());
        self.query.set(authkit::CODE_CHALLENGE_METHOD, pkce.challenge_method());
        self
    }

    /// The URL.
    pub fn build(&self) -> String {
        self.query.build()
    }
}

/// A fresh `state` value: 32 random bytes, base64url-encoded. Put it in the authorization
/// URL and in a cookie, and accept the callback only when both match (it stops an attacker
/// from finishing a sign-in they started in your user's browser).
pub fn new_state() -> String {
    use base64::Engine;
    use ring::rand::SecureRandom;
    let mut bytes = [0u8; 32];
    ring::rand::SystemRandom::new()
        .fill(&mut bytes)
        .expect("the operating system's random number generator is available");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

impl Workos {
    /// A builder for the URL that starts Single Sign-On, returning to `redirect_uri`.
    pub fn sso_authorization_url(&self, redirect_uri: &str) -> Result<SsoAuthorizationUrl> {
        check_redirect_uri(redirect_uri)?;
        let mut query = Query::new(format!("{}{}", self.base_url(), sso::PATH));
        query.set(sso::CLIENT_ID, client_id(self)?);
        query.set(sso::REDIRECT_URI, redirect_uri);
        query.set(sso::RESPONSE_TYPE, "code");
        Ok(SsoAuthorizationUrl { query })
    }

    /// A builder for the URL that starts AuthKit sign-in, returning to `redirect_uri`.
    pub fn authkit_authorization_url(&self, redirect_uri: &str) -> Result<AuthKitAuthorizationUrl> {
        check_redirect_uri(redirect_uri)?;
        let mut query = Query::new(format!("{}{}", self.base_url(), authkit::PATH));
        query.set(authkit::CLIENT_ID, client_id(self)?);
        query.set(authkit::REDIRECT_URI, redirect_uri);
        query.set(authkit::RESPONSE_TYPE, "code");
        Ok(AuthKitAuthorizationUrl { query })
    }

    /// The URL that ends an AuthKit session (`GET /user_management/sessions/logout`), then
    /// sends the browser to `return_to` if given (it must be an allowed redirect).
    pub fn authkit_logout_url(&self, session_id: &str, return_to: Option<&str>) -> Result<String> {
        let session_id = crate::handles::arguments::path("session_id", session_id)?;
        let mut query = Query::new(format!("{}{}", self.base_url(), authkit_logout::PATH));
        query.set(authkit_logout::SESSION_ID, session_id);
        if let Some(return_to) = return_to {
            query.set(authkit_logout::RETURN_TO, return_to);
        }
        Ok(query.build())
    }

    /// The second step of SSO logout (`GET /sso/logout`): the URL to open with the token that
    /// the first step, authorizing the logout, returned.
    pub fn sso_logout_url(&self, logout_token: &str) -> Result<String> {
        let token = crate::handles::arguments::path("token", logout_token)?;
        let mut query = Query::new(format!("{}{}", self.base_url(), sso_logout::PATH));
        query.set(sso_logout::TOKEN, token);
        Ok(query.build())
    }

    /// Where the key set that signs this environment's access tokens is published.
    pub fn jwks_url(&self) -> Result<String> {
        let client_id = client_id(self)?;
        Ok(format!(
            "{}/sso/jwks/{}",
            self.base_url(),
            crate::handles::arguments::encode_path_segment(client_id)
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn workos() -> Workos {
        Workos::builder().client_id("client_01ABC").build().unwrap()
    }

    const CALLBACK: &str = "https://app.example.com/auth/callback?next=/a b";
    const CALLBACK_ENCODED: &str = "https%3A%2F%2Fapp.example.com%2Fauth%2Fcallback%3Fnext%3D%2Fa%20b";

    #[test]
    fn states_are_random_and_url_safe() {
        let (a, b) = (new_state(), new_state());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert!(a.bytes().all(|c| c.is_ascii_alphanumeric() || c == b'-' || c == b'_'), "{a}");
    }

    #[test]
    fn sso_by_connection() {
        let url =
            workos().sso_authorization_url(CALLBACK).unwrap().connection("conn_1").state("s t&u").build();
        assert_eq!(
            url,
            format!(
                "https://api.workos.com/sso/authorize?client_id=client_01ABC&redirect_uri={CALLBACK_ENCODED}\
                 &response_type=code&connection=conn_1&state=s%20t%26u"
            )
        );
    }

    #[test]
    fn sso_by_organization_with_hints() {
        let url = workos()
            .sso_authorization_url("https://a.example/cb")
            .unwrap()
            .organization("org_1")
            .domain_hint("example.com")
            .login_hint("ada+test@example.com")
            .build();
        assert_eq!(
            url,
            "https://api.workos.com/sso/authorize?client_id=client_01ABC&redirect_uri=https%3A%2F%2Fa.example%2Fcb\
             &response_type=code&organization=org_1&domain_hint=example.com&login_hint=ada%2Btest%40example.com"
        );
    }

    #[test]
    fn sso_by_provider_with_scopes_pkce_and_nonce() {
        let pkce = Pkce::from_verifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        let url = workos()
            .sso_authorization_url("https://a.example/cb")
            .unwrap()
            .provider("GoogleOAuth")
            .provider_scopes(&["openid", "https://www.googleapis.com/auth/calendar"])
            .provider_query_param("hd", "example.com")
            .pkce(&pkce)
            .nonce("n0")
            .prompt_login()
            .build();
        assert_eq!(
            url,
            "https://api.workos.com/sso/authorize?client_id=client_01ABC&redirect_uri=https%3A%2F%2Fa.example%2Fcb\
             &response_type=code&provider=GoogleOAuth\
             &provider_scopes=openid%2Chttps%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcalendar\
             &provider_query_params%5Bhd%5D=example.com\
             &code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256\
             &nonce=n0&prompt=login"
        );
    }

    #[test]
    fn authkit_with_every_option() {
        let pkce = Pkce::from_verifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        let url = workos()
            .authkit_authorization_url("https://a.example/cb")
            .unwrap()
            .provider("authkit")
            .screen_hint("sign-up")
            .prompt("consent")
            .organization("org_1")
            .connection("conn_1")
            .invitation_token("inv tok")
            .login_hint("a@b.c")
            .domain_hint("b.c")
            .max_age(300)
            .state("st")
            .pkce(&pkce)
            .build();
        assert_eq!(
            url,
            "https://api.workos.com/user_management/authorize?client_id=client_01ABC\
             &redirect_uri=https%3A%2F%2Fa.example%2Fcb&response_type=code&provider=authkit&screen_hint=sign-up\
             &prompt=consent&organization_id=org_1&connection_id=conn_1&invitation_token=inv%20tok\
             &login_hint=a%40b.c&domain_hint=b.c&max_age=300&state=st\
             &code_challenge=E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&code_challenge_method=S256"
        );
    }

    #[test]
    fn authkit_through_an_oauth_provider_with_scopes_and_provider_params() {
        let url = workos()
            .authkit_authorization_url("https://a.example/cb")
            .unwrap()
            .provider("GoogleOAuth")
            .provider_scopes(&["https://www.googleapis.com/auth/calendar.readonly", "email"])
            .provider_query_param("hd", "example.com")
            .provider_query_param("access_type", "offline")
            .state("st")
            .build();
        assert_eq!(
            url,
            "https://api.workos.com/user_management/authorize?client_id=client_01ABC\
             &redirect_uri=https%3A%2F%2Fa.example%2Fcb&response_type=code&provider=GoogleOAuth\
             &provider_scopes=https%3A%2F%2Fwww.googleapis.com%2Fauth%2Fcalendar.readonly%2Cemail\
             &provider_query_params%5Bhd%5D=example.com&provider_query_params%5Baccess_type%5D=offline\
             &state=st"
        );
        // Scopes given again replace the first list; a provider parameter given again keeps
        // its place and takes the new value.
        let url = workos()
            .authkit_authorization_url("https://a.example/cb")
            .unwrap()
            .provider_scopes(&["a", "b"])
            .provider_query_param("k", "1")
            .provider_scopes(&[String::from("c")])
            .provider_query_param("k", "2 3")
            .build();
        assert!(url.ends_with("&provider_scopes=c&provider_query_params%5Bk%5D=2%203"), "{url}");
    }

    #[test]
    fn a_later_value_replaces_an_earlier_one() {
        let url =
            workos().authkit_authorization_url("https://a.example/cb").unwrap().state("a").state("b").build();
        assert!(url.ends_with("&state=b"), "{url}");
    }

    #[test]
    fn logout_urls() {
        let workos = workos();
        assert_eq!(
            workos.authkit_logout_url("session_1", Some("https://app.example.com/bye?x=1")).unwrap(),
            "https://api.workos.com/user_management/sessions/logout?session_id=session_1\
             &return_to=https%3A%2F%2Fapp.example.com%2Fbye%3Fx%3D1"
        );
        assert_eq!(
            workos.authkit_logout_url("session_1", None).unwrap(),
            "https://api.workos.com/user_management/sessions/logout?session_id=session_1"
        );
        assert_eq!(
            workos.sso_logout_url("tok.en/1").unwrap(),
            "https://api.workos.com/sso/logout?token=tok.en%2F1"
        );
        assert!(workos.authkit_logout_url("", None).is_err());
    }

    #[test]
    fn jwks_url_encodes_the_client_id() {
        let workos = Workos::builder().client_id("client 1/2").build().unwrap();
        assert_eq!(workos.jwks_url().unwrap(), "https://api.workos.com/sso/jwks/client%201%2F2");
    }

    #[test]
    fn needs_a_client_id_and_an_absolute_redirect() {
        let no_client = Workos::builder().api_key("sk_test_1").build().unwrap();
        assert_eq!(
            no_client.sso_authorization_url("https://a.example").unwrap_err().kind(),
            crate::ErrorKind::Config
        );
        assert_eq!(
            workos().sso_authorization_url("/callback").unwrap_err().kind(),
            crate::ErrorKind::InvalidRequest
        );
    }

    #[test]
    fn follows_the_base_url() {
        let workos = Workos::builder().client_id("c").base_url("http://127.0.0.1:9/").build().unwrap();
        assert!(
            workos.authkit_logout_url("s", None).unwrap().starts_with("http://127.0.0.1:9/user_management/")
        );
    }
}
