//! Verifying AuthKit access tokens: RS256 JWTs signed with the environment's keys, published
//! at `/sso/jwks/{client_id}`.
//!
//! Only RS256 is accepted, so a token cannot pick a weaker algorithm (`none`), or have its
//! signature checked as an HMAC with the public key as the secret (`HS256`). The key set is
//! fetched once and cached; a token signed with a key the cache does not know makes one
//! refetch, at most once per minimum interval, so that a key rotation is picked up and a
//! flood of forged `kid`s is not.
//!
//! The key endpoint failing does not hold up tokens signed with a cached key: they never wait
//! for a fetch, and a key set past its lifetime keeps serving while it is refreshed in the
//! background or while the endpoint fails. Only one fetch is in flight at a time, with a short
//! timeout of its own and no retries, and a failed fetch counts against the minimum interval
//! like a successful one.
//!
//! A fetch runs as a task of its own, so that dropping the verification that started it (a
//! client hanging up, a timeout, a `select!`) does not stop it: it finishes and records its
//! outcome for the verifications queued behind it and those that come after. A fetch cut off
//! by its runtime shutting down is a failed fetch like any other, unless it never ran: then
//! nothing was sent, and it is taken back as if it had never started. Fetching needs a Tokio
//! runtime: outside one, a token whose key is not cached is refused with an error of kind
//! [`ErrorKind::Config`], and the cache is left as it was.
//!
//! ```no_run
//! # async fn demo(workos: workos::Workos, token: &str) -> Result<(), workos::Error> {
//! let verifier = workos::signin::access_token::AccessTokenVerifier::new(&workos)?;
//! let claims = verifier.verify(token).await?;
//! println!("user {} in organization {:?}", claims.sub, claims.org_id);
//! # Ok(()) }
//! ```

use std::collections::HashMap;
use std::fmt;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Deserialize;
use tokio::runtime::Handle;
use tokio::sync::OwnedMutexGuard;
use tokio::task::JoinHandle;
use tokio::time::Instant;

use crate::RetryPolicy;
use crate::client::Workos;
use crate::error::{Error, ErrorKind, Rejection, Result};
use crate::types::Jwks;

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
#[derive(Debug)]
struct PublicKey {
    n: Vec<u8>,
    e: Vec<u8>,
}

/// The keys by `kid`, shared so that a verification copies a pointer, not the key.
type Keys = HashMap<String, Arc<PublicKey>>;

/// The key set and what is known of its fetches.
#[derive(Debug, Default)]
struct Cache {
    keys: Keys,
    /// When the keys were fetched.
    fetched_at: Option<Instant>,
    /// When the last fetch started, whatever came of it: the minimum interval counts from here.
    attempted_at: Option<Instant>,
    /// How many fetches have finished, so that a caller that waited for one takes its outcome
    /// rather than starting another.
    finished: u64,
    /// Why the last fetch failed; cleared by a successful one.
    failure: Option<Failure>,
}

impl Cache {
    fn fresh(&self, ttl: Duration) -> bool {
        self.fetched_at.is_some_and(|at| at.elapsed() < ttl)
    }

    fn may_fetch(&self, min_refetch: Duration) -> bool {
        self.attempted_at.is_none_or(|at| at.elapsed() >= min_refetch)
    }

    /// The key named `kid`, or why there is none.
    fn key(&self, kid: &str) -> Result<Arc<PublicKey>> {
        if let Some(key) = self.keys.get(kid) {
            return Ok(key.clone());
        }
        // With no key set at all, a failed fetch is the reason, not the token: say so, with
        // the kind of that failure, so that a caller can answer "unavailable" rather than
        // "unauthorized".
        if self.keys.is_empty()
            && let Some(failure) = &self.failure
        {
            return Err(Error::transport(failure.kind, FetchFailed(failure.reason.clone()))
                .with_operation(workos_api::operations::GET_JWKS.id, 0));
        }
        Err(Error::rejected(
            Rejection::UnknownKey,
            "the token is signed with a key the environment does not publish",
        ))
    }
}

/// What a failed fetch leaves for the callers that did not make it: the caller that did gets
/// the error itself.
#[derive(Debug)]
struct Failure {
    kind: ErrorKind,
    /// The error and its sources, as text.
    reason: String,
}

impl Failure {
    fn of(error: &Error) -> Failure {
        let mut reason = error.to_string();
        let mut source = std::error::Error::source(error);
        while let Some(cause) = source {
            reason = format!("{reason}: {cause}");
            source = cause.source();
        }
        Failure { kind: error.kind(), reason }
    }
}

/// The last fetch of the key set failed, and the minimum interval holds off the next one.
#[derive(Debug)]
struct FetchFailed(String);

impl fmt::Display for FetchFailed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the key set could not be fetched ({}), and is not fetched again before the minimum refetch interval",
            self.0
        )
    }
}

impl std::error::Error for FetchFailed {}

/// A fetch of the key set that stopped before it finished: its task was dropped (its
/// runtime shut down) or panicked.
#[derive(Debug)]
struct FetchStopped(String);

impl fmt::Display for FetchStopped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the fetch of the key set stopped before it finished ({})", self.0)
    }
}

impl std::error::Error for FetchStopped {}

/// A key set the verifier refuses to use.
#[derive(Debug)]
struct BadKeySet(String);

impl fmt::Display for BadKeySet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for BadKeySet {}

#[derive(Debug)]
struct Inner {
    workos: Workos,
    client_id: String,
    issuer: Option<String>,
    leeway: Duration,
    ttl: Duration,
    min_refetch: Duration,
    fetch_timeout: Duration,
    /// Read by every verification, so it is held only to read or replace, never across an
    /// await: a token whose key is cached never waits for a fetch.
    cache: Mutex<Cache>,
    /// Held by the task of the one fetch in flight (and, briefly, by a verification deciding
    /// whether to start one); a token whose key is unknown waits here for it.
    fetching: Arc<tokio::sync::Mutex<()>>,
}

impl Inner {
    fn cache(&self) -> MutexGuard<'_, Cache> {
        // Nothing panics while the lock is held; should that change, the cache is still whole.
        self.cache.lock().unwrap_or_else(PoisonError::into_inner)
    }

    /// Starts a fetch of the key set on `runtime`, for a caller that holds `fetching` and
    /// found a fetch due. The task holds `fetching` until the outcome is in the cache, and
    /// runs to its end whatever becomes of the caller: awaiting the handle is optional.
    fn start_fetch(
        self: &Arc<Self>,
        runtime: &Handle,
        fetching: OwnedMutexGuard<()>,
    ) -> JoinHandle<Result<()>> {
        let previous_attempt = self.cache().attempted_at.replace(Instant::now());
        let mut in_flight = InFlight {
            inner: self.clone(),
            previous_attempt,
            ran: false,
            recorded: false,
            _fetching: fetching,
        };
        runtime.spawn(async move {
            in_flight.ran = true;
            let fetched = in_flight.inner.fetch().await;
            in_flight.record(fetched)
        })
    }

    /// One fetch of the key set, with nothing stored.
    async fn fetch(&self) -> Result<Keys> {
        // One attempt under its own short deadline: a retry loop here would hold every token
        // with an unknown key for as long as it runs, and the task would outlive its callers.
        let client = self
            .workos
            .with_retry_policy(RetryPolicy::none())
            .with_timeout(self.fetch_timeout.min(self.workos.call.timeout));
        client.authkit().jwks(&self.client_id).await.and_then(keys_of)
    }
}

/// The fetch in flight: it holds `fetching`, and gives the cache an outcome before letting go
/// of it, even when its task is dropped unfinished (its runtime shutting down, or a panic):
/// no waiter ever finds the attempt counted with nothing to show for it.
struct InFlight {
    inner: Arc<Inner>,
    /// `attempted_at` before this fetch, to restore if it never ran.
    previous_attempt: Option<Instant>,
    /// Whether the task started, and so may have sent its request.
    ran: bool,
    recorded: bool,
    /// Released after `Drop::drop` has run, so that a waiter never sees the attempt half undone.
    _fetching: OwnedMutexGuard<()>,
}

impl InFlight {
    /// Stores what the fetch brought; the caller that waited for it gets the error itself.
    fn record(mut self, fetched: Result<Keys>) -> Result<()> {
        self.recorded = true;
        let mut cache = self.inner.cache();
        cache.finished = cache.finished.wrapping_add(1);
        match fetched {
            Ok(keys) => {
                cache.keys = keys;
                cache.fetched_at = Some(Instant::now());
                cache.failure = None;
                Ok(())
            }
            Err(error) => {
                // The cached keys, even past their lifetime, stay in use while the endpoint fails.
                tracing::warn!(%error, "could not fetch the key set");
                cache.failure = Some(Failure::of(&error));
                Err(error)
            }
        }
    }
}

impl Drop for InFlight {
    fn drop(&mut self) {
        if self.recorded {
            return;
        }
        let mut cache = self.inner.cache();
        if self.ran {
            // Its request may be out: it is a failed fetch, which counts against the minimum
            // interval (so that a refresh cut off again and again does not become a request
            // per verification), and whose failure the waiters take.
            let why = if std::thread::panicking() {
                "it panicked"
            } else {
                "its task was dropped, as when its runtime shuts down"
            };
            tracing::warn!(why, "the fetch of the key set was cut off before it finished");
            cache.finished = cache.finished.wrapping_add(1);
            cache.failure =
                Some(Failure { kind: ErrorKind::Connection, reason: FetchStopped(why.into()).to_string() });
        } else {
            // Nothing was sent: it is taken back. `finished` stays as it was, so the first
            // verification waiting for it fetches in its place.
            cache.attempted_at = self.previous_attempt;
        }
    }
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
/// How long one fetch of the key set may take, by default.
pub const DEFAULT_KEY_FETCH_TIMEOUT: Duration = Duration::from_secs(5);

/// The most keys a key set may have; WorkOS publishes one or two.
const MAX_KEYS: usize = 100;

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
                fetch_timeout: DEFAULT_KEY_FETCH_TIMEOUT,
                cache: Mutex::default(),
                fetching: Arc::default(),
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
                    fetch_timeout: self.inner.fetch_timeout,
                    cache: Mutex::default(),
                    fetching: Arc::default(),
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
    /// Past that, its keys still verify tokens while it is refetched, and for as long as the
    /// key endpoint fails.
    pub fn key_ttl(self, ttl: Duration) -> Self {
        self.configure(|inner| inner.ttl = ttl)
    }

    /// The least time between two fetches of the key set, failed ones included (30 s by
    /// default).
    pub fn min_refetch_interval(self, interval: Duration) -> Self {
        self.configure(|inner| inner.min_refetch = interval)
    }

    /// How long one fetch of the key set may take (5 s by default, and never more than the
    /// client's timeout). A fetch is not retried: the next one waits for the minimum interval.
    pub fn key_fetch_timeout(self, timeout: Duration) -> Self {
        self.configure(|inner| inner.fetch_timeout = timeout)
    }

    /// Checks `token`'s signature, algorithm, lifetime and issuer, and returns its claims.
    pub async fn verify(&self, token: &str) -> Result<AccessTokenClaims> {
        let since_epoch = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        self.verify_at(token, i64::try_from(since_epoch.as_secs()).unwrap_or(i64::MAX)).await
    }

    /// [`AccessTokenVerifier::verify`] as if the time were `now` (seconds since the epoch).
    pub async fn verify_at(&self, token: &str, now: i64) -> Result<AccessTokenClaims> {
        let claims = self.signed_claims(token).await?;
        self.check_claims(claims, now)
    }

    /// The claims of `token` once its algorithm and signature are checked against the key
    /// set (through the cache), before any check of what they say: for other kinds of
    /// tokens signed with the same keys (agent credentials).
    pub(crate) async fn signed_claims(
        &self,
        token: &str,
    ) -> Result<serde_json::Map<String, serde_json::Value>> {
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
        Ok(token.claims)
    }

    /// How much clock difference `exp` and `nbf` tolerate, and the issuer required, if any.
    pub(crate) fn time_and_issuer(&self) -> (Duration, Option<&str>) {
        (self.inner.leeway, self.inner.issuer.as_deref())
    }

    /// The client this verifier fetches keys for.
    pub(crate) fn workos(&self) -> &Workos {
        &self.inner.workos
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
        // A leeway beyond `i64::MAX` seconds tolerates any clock difference, as `i64::MAX` does.
        let leeway = i64::try_from(self.inner.leeway.as_secs()).unwrap_or(i64::MAX);
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

    /// The key named `kid`: from the cache, or after the fetch it is due for.
    async fn key(&self, kid: &str) -> Result<Arc<PublicKey>> {
        let inner = &self.inner;
        let seen = {
            let cache = inner.cache();
            if let Some(key) = cache.keys.get(kid) {
                let key = key.clone();
                if !cache.fresh(inner.ttl) && cache.may_fetch(inner.min_refetch) {
                    drop(cache);
                    self.refresh_in_background();
                }
                return Ok(key);
            }
            cache.finished
        };

        // An unknown key: wait for the fetch in flight, if any, since it may bring the key
        // (a rotation, or the first fetch); then fetch, unless a fetch finished meanwhile or
        // the minimum interval holds it off.
        let fetching = inner.fetching.clone().lock_owned().await;
        {
            let cache = inner.cache();
            if cache.keys.contains_key(kid) || cache.finished != seen || !cache.may_fetch(inner.min_refetch) {
                return cache.key(kid);
            }
        }
        let Ok(runtime) = Handle::try_current() else {
            return Err(Error::config(
                "fetching the key set needs a Tokio runtime, and this verification runs outside one",
            ));
        };
        // From here this verification may be dropped at any await: the fetch is the task's,
        // which finishes it and records its outcome for whoever comes next.
        let fetched = inner.start_fetch(&runtime, fetching).await;
        let cache = inner.cache();
        match fetched {
            Ok(Err(error)) if cache.keys.is_empty() => Err(error),
            Ok(_) => cache.key(kid),
            // The fetch stopped unfinished: a key cached before it still serves.
            Err(stopped) => match cache.keys.get(kid) {
                Some(key) => Ok(key.clone()),
                None => Err(Error::transport(ErrorKind::Connection, FetchStopped(stopped.to_string()))
                    .with_operation(workos_api::operations::GET_JWKS.id, 0)),
            },
        }
    }

    /// Refetches a key set past its lifetime without making the token at hand wait; nothing
    /// is done while another fetch is in flight.
    fn refresh_in_background(&self) {
        let Ok(runtime) = Handle::try_current() else {
            return;
        };
        let Ok(fetching) = self.inner.fetching.clone().try_lock_owned() else {
            return;
        };
        if !self.inner.cache().may_fetch(self.inner.min_refetch) {
            return;
        }
        // Nobody waits for it: a failure is logged and kept, and the stale keys stay in use.
        drop(self.inner.start_fetch(&runtime, fetching));
    }
}

/// The usable keys of a key set: RSA keys for RS256 whose parts decode.
fn keys_of(jwks: Jwks) -> Result<Keys> {
    let jwks = jwks.keys;
    if jwks.len() > MAX_KEYS {
        return Err(Error::transport(
            ErrorKind::Decode,
            BadKeySet(format!("the key set has {} keys; more than {MAX_KEYS} is refused", jwks.len())),
        )
        .with_operation(workos_api::operations::GET_JWKS.id, 1));
    }
    let decode = |part: &str| URL_SAFE_NO_PAD.decode(part.trim_end_matches('=')).ok();
    let mut keys = HashMap::new();
    for key in jwks {
        if key.kty != "RSA" || key.alg != "RS256" {
            continue;
        }
        if let (Some(n), Some(e)) = (decode(&key.n), decode(&key.e)) {
            keys.insert(key.kid, Arc::new(PublicKey { n, e }));
        }
    }
    Ok(keys)
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
