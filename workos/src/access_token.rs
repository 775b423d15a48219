//! Verifying AuthKit access tokens: RS256 JWTs signed with the environment's keys, published
//! at `/sso/jwks/{client_id}`.
//!
//! Only RS256 is accepted, so a token cannot pick a weaker algorithm (`none`), or have its
//! signature checked as an HMAC with the public key as the secret (`HS256`). The key set is
//! fetched once and cached; a token signed with a key the cache does not know makes one
//! refetch, at most once per minimum interval, so that a key rotation is picked up and a
//! flood of forged `kid`s is not.
//!
//! ```no_run
//! # async fn demo(workos: workos::Workos, token: &str) -> Result<(), workos::Error> {
//! let verifier = workos::access_token::AccessTokenVerifier::new(&workos)?;
//! let claims = verifier.verify(token).await?;
//! println!("user {} in organization {:?}", claims.sub, claims.org_id);
//! # Ok(()) }
//! ```

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;
use tokio::time::Instant;

use crate::client::Workos;
use crate::error::{Error, Rejection, Result};

/// What an AuthKit access token says about its user.
#[derive(Debug, Clone, Deserialize, PartialEq)]
#[non_exhaustive]
pub struct AccessTokenClaims {
    /// The user's id, `user_...`.
    pub sub: String,
    /// The session's id, `session_...`; it names the session to end at logout.
    #[serde(default)]
    pub sid: Option<String>,
    /// The organization the session is signed in to.
    #[serde(default)]
    pub org_id: Option<String>,
    /// The user's role in that organization.
    #[serde(default)]
    pub role: Option<String>,
    /// Every role the user holds in that organization.
    #[serde(default)]
    pub roles: Vec<String>,
    /// The permissions the roles grant.
    #[serde(default)]
    pub permissions: Vec<String>,
    /// The organization's entitlements.
    #[serde(default)]
    pub entitlements: Vec<String>,
    /// The feature flags on for this user.
    #[serde(default)]
    pub feature_flags: Vec<String>,
    /// Who is acting as the user, when an administrator impersonates them.
    #[serde(default)]
    pub impersonator: Option<ImpersonatorClaim>,
    /// Who issued the token.
    #[serde(default)]
    pub iss: Option<String>,
    /// When it expires, in seconds since the Unix epoch.
    pub exp: i64,
    /// When it was issued.
    #[serde(default)]
    pub iat: Option<i64>,
    /// Before when it is not valid.
    #[serde(default)]
    pub nbf: Option<i64>,
    /// The token's own id.
    #[serde(default)]
    pub jti: Option<String>,
    /// Every claim, including those not named above.
    #[serde(skip)]
    pub raw: serde_json::Map<String, serde_json::Value>,
}

/// The administrator impersonating a user.
#[derive(Debug, Clone, Deserialize, PartialEq, Eq)]
#[non_exhaustive]
pub struct ImpersonatorClaim {
    /// Their e-mail address.
    pub email: String,
    /// Why they are impersonating.
    #[serde(default)]
    pub reason: Option<String>,
}

#[derive(Deserialize)]
struct Header {
    alg: String,
    #[serde(default)]
    kid: Option<String>,
}

/// One RSA public key of the key set.
#[derive(Debug, Clone)]
struct PublicKey {
    n: Vec<u8>,
    e: Vec<u8>,
}

#[derive(Debug, Default)]
struct Cache {
    keys: HashMap<String, PublicKey>,
    fetched_at: Option<Instant>,
}

#[derive(Debug)]
struct Inner {
    workos: Workos,
    client_id: String,
    issuer: Option<String>,
    leeway: Duration,
    ttl: Duration,
    min_refetch: Duration,
    cache: tokio::sync::Mutex<Cache>,
}

/// Verifies AuthKit access tokens. Cheap to clone; clones share the key cache.
#[derive(Debug, Clone)]
pub struct AccessTokenVerifier {
    inner: Arc<Inner>,
}

/// How long the key set is trusted before it is fetched again, by default.
pub const DEFAULT_KEY_TTL: Duration = Duration::from_secs(10 * 60);
/// The least time between two fetches of the key set, by default.
pub const DEFAULT_MIN_REFETCH: Duration = Duration::from_secs(30);
/// How much clock difference `exp` and `nbf` tolerate, by default.
pub const DEFAULT_LEEWAY: Duration = Duration::from_secs(30);

impl AccessTokenVerifier {
    /// A verifier for the tokens of `workos`'s environment (it needs a client id).
    pub fn new(workos: &Workos) -> Result<Self> {
        let client_id = workos
            .client_id()
            .ok_or_else(|| {
                Error::config("verifying access tokens needs a client id: set one with `client_id`")
            })?
            .to_owned();
        Ok(AccessTokenVerifier {
            inner: Arc::new(Inner {
                workos: workos.clone(),
                client_id,
                issuer: None,
                leeway: DEFAULT_LEEWAY,
                ttl: DEFAULT_KEY_TTL,
                min_refetch: DEFAULT_MIN_REFETCH,
                cache: tokio::sync::Mutex::new(Cache::default()),
            }),
        })
    }

    fn configure(mut self, change: impl FnOnce(&mut Inner)) -> Self {
        match Arc::get_mut(&mut self.inner) {
            Some(inner) => change(inner),
            None => {
                let mut inner = Inner {
                    workos: self.inner.workos.clone(),
                    client_id: self.inner.client_id.clone(),
                    issuer: self.inner.issuer.clone(),
                    leeway: self.inner.leeway,
                    ttl: self.inner.ttl,
                    min_refetch: self.inner.min_refetch,
                    cache: tokio::sync::Mutex::new(Cache::default()),
                };
                change(&mut inner);
                self.inner = Arc::new(inner);
            }
        }
        self
    }

    /// Also requires `iss` to be exactly `issuer`.
    pub fn issuer(self, issuer: impl Into<String>) -> Self {
        let issuer = issuer.into();
        self.configure(|inner| inner.issuer = Some(issuer))
    }

    /// How much clock difference `exp` and `nbf` tolerate (30 s by default).
    pub fn leeway(self, leeway: Duration) -> Self {
        self.configure(|inner| inner.leeway = leeway)
    }

    /// How long a fetched key set is used before it is fetched again (10 minutes by default).
    pub fn key_ttl(self, ttl: Duration) -> Self {
        self.configure(|inner| inner.ttl = ttl)
    }

    /// The least time between two fetches of the key set (30 s by default).
    pub fn min_refetch_interval(self, interval: Duration) -> Self {
        self.configure(|inner| inner.min_refetch = interval)
    }

    /// Checks `token`'s signature, algorithm, lifetime and issuer, and returns its claims.
    pub async fn verify(&self, token: &str) -> Result<AccessTokenClaims> {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default().as_secs() as i64;
        self.verify_at(token, now).await
    }

    /// [`AccessTokenVerifier::verify`] as if the time were `now` (seconds since the epoch).
    pub async fn verify_at(&self, token: &str, now: i64) -> Result<AccessTokenClaims> {
        let token = Token::parse(token)?;
        if token.header.alg != "RS256" {
            return Err(Error::rejected(
                Rejection::UnsupportedAlgorithm,
                format!(
                    "tokens signed with `{}` are refused; only RS256 is accepted",
                    token.header.alg.escape_default()
                ),
            ));
        }
        let kid =
            token.header.kid.as_deref().ok_or_else(|| {
                Error::rejected(Rejection::MalformedToken, "the token names no key (`kid`)")
            })?;
        let key = self.key(kid).await?;
        let verifying = ring::signature::RsaPublicKeyComponents { n: &key.n, e: &key.e };
        verifying
            .verify(&ring::signature::RSA_PKCS1_2048_8192_SHA256, token.signed.as_bytes(), &token.signature)
            .map_err(|_| Error::rejected(Rejection::BadSignature, "the token's signature does not match"))?;
        self.check_claims(token.claims, now)
    }

    fn check_claims(
        &self,
        raw: serde_json::Map<String, serde_json::Value>,
        now: i64,
    ) -> Result<AccessTokenClaims> {
        let mut claims: AccessTokenClaims = serde_json::from_value(serde_json::Value::Object(raw.clone()))
            .map_err(|e| {
                Error::rejected(Rejection::MalformedToken, format!("the token's claims do not fit: {e}"))
            })?;
        claims.raw = raw;
        let leeway = self.inner.leeway.as_secs() as i64;
        if now > claims.exp.saturating_add(leeway) {
            return Err(Error::rejected(Rejection::TokenExpired, "the token has expired"));
        }
        if claims.nbf.is_some_and(|nbf| now < nbf.saturating_sub(leeway)) {
            return Err(Error::rejected(Rejection::TokenNotYetValid, "the token is not valid yet"));
        }
        if let Some(issuer) = &self.inner.issuer
            && claims.iss.as_deref() != Some(issuer.as_str())
        {
            return Err(Error::rejected(Rejection::WrongIssuer, "the token was issued by someone else"));
        }
        Ok(claims)
    }

    /// The key named `kid`: from the cache, or after one refetch.
    async fn key(&self, kid: &str) -> Result<PublicKey> {
        let mut cache = self.inner.cache.lock().await;
        let stale = cache.fetched_at.is_none_or(|at| at.elapsed() >= self.inner.ttl);
        if !stale && let Some(key) = cache.keys.get(kid) {
            return Ok(key.clone());
        }
        let may_refetch = cache.fetched_at.is_none_or(|at| at.elapsed() >= self.inner.min_refetch);
        if stale || may_refetch {
            match self.fetch().await {
                Ok(keys) => {
                    cache.keys = keys;
                    cache.fetched_at = Some(Instant::now());
                }
                // Keep using a stale key set while the key endpoint is unreachable.
                Err(error) if cache.keys.is_empty() => return Err(error),
                Err(error) => tracing::warn!(%error, "could not refresh the key set; using the cached one"),
            }
        }
        cache.keys.get(kid).cloned().ok_or_else(|| {
            Error::rejected(
                Rejection::UnknownKey,
                "the token is signed with a key the environment does not publish",
            )
        })
    }

    async fn fetch(&self) -> Result<HashMap<String, PublicKey>> {
        let jwks = self.inner.workos.fetch_jwks(&self.inner.client_id).await?;
        let mut keys = HashMap::new();
        for key in jwks {
            let decode = |part: &str| URL_SAFE_NO_PAD.decode(part.trim_end_matches('=')).ok();
            if key.kty != "RSA" || key.alg.as_deref().is_some_and(|alg| alg != "RS256") {
                continue;
            }
            if let (Some(n), Some(e)) = (decode(&key.n), decode(&key.e)) {
                keys.insert(key.kid, PublicKey { n, e });
            }
        }
        Ok(keys)
    }
}

/// A key of the key set, as the SDK needs it.
#[derive(Debug, Clone)]
pub(crate) struct Jwk {
    pub(crate) kid: String,
    pub(crate) kty: String,
    pub(crate) alg: Option<String>,
    pub(crate) n: String,
    pub(crate) e: String,
}

/// A JWT split into its parts, before any check.
struct Token<'a> {
    header: Header,
    claims: serde_json::Map<String, serde_json::Value>,
    signed: &'a str,
    signature: Vec<u8>,
}

impl<'a> Token<'a> {
    fn parse(token: &'a str) -> Result<Token<'a>> {
        let malformed =
            |why: &str| Error::rejected(Rejection::MalformedToken, format!("the token is malformed: {why}"));
        let token = token.trim();
        let (signed, signature) = token.rsplit_once('.').ok_or_else(|| malformed("it has no signature"))?;
        let (header, claims) =
            signed.split_once('.').ok_or_else(|| malformed("it does not have three parts"))?;
        if claims.contains('.') {
            return Err(malformed("it has more than three parts"));
        }
        let decode = |part: &str, what: &str| {
            URL_SAFE_NO_PAD.decode(part).map_err(|_| malformed(&format!("the {what} is not base64url")))
        };
        let header: Header = serde_json::from_slice(&decode(header, "header")?)
            .map_err(|_| malformed("the header is not a JSON object with `alg`"))?;
        let claims = serde_json::from_slice(&decode(claims, "payload")?)
            .map_err(|_| malformed("the payload is not a JSON object"))?;
        Ok(Token { header, claims, signed, signature: decode(signature, "signature")? })
    }
}

impl Workos {
    /// The keys of `client_id`'s key set (`GET /sso/jwks/{client_id}`, no API key needed).
    pub(crate) async fn fetch_jwks(&self, client_id: &str) -> Result<Vec<Jwk>> {
        let client_id = crate::params::path("client_id", client_id)?;
        let api = self.api();
        let set = self.send(&workos_api::operations::GET_JWKS, || api.get_jwks(client_id)).await?;
        // Read through JSON so that only the standard JWK members matter here.
        let set = serde_json::to_value(&set).unwrap_or_default();
        let text =
            |key: &serde_json::Value, name: &str| key.get(name).and_then(|v| v.as_str()).map(str::to_owned);
        Ok(set["keys"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|key| {
                Some(Jwk {
                    kid: text(key, "kid")?,
                    kty: text(key, "kty").unwrap_or_else(|| "RSA".into()),
                    alg: text(key, "alg"),
                    n: text(key, "n")?,
                    e: text(key, "e")?,
                })
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(json: &str) -> String {
        URL_SAFE_NO_PAD.encode(json)
    }

    #[test]
    fn parsing_refuses_malformed_tokens_without_panicking() {
        for token in [
            "",
            ".",
            "..",
            "a.b",
            "a.b.c.d",
            "%%%.e30.c2ln",
            &format!("{}.%%%.c2ln", b64(r#"{"alg":"RS256"}"#)),
        ] {
            let error = Token::parse(token).err().unwrap_or_else(|| panic!("{token:?} parsed"));
            assert_eq!(error.rejection(), Some(Rejection::MalformedToken), "{token:?}");
        }
        let ok = format!("{}.{}.c2ln", b64(r#"{"alg":"RS256","kid":"k"}"#), b64(r#"{"sub":"u"}"#));
        assert!(Token::parse(&ok).is_ok());
    }
}
