//! Agent credentials checked as WorkOS's Node SDK checks them (`Agents.validateCredential`):
//! an access token (a JWT) locally, against the environment's key set at
//! `/sso/jwks/{client_id}`, without a call to WorkOS per credential; an API key remotely
//! (`POST /agents/credentials/validate`), since only WorkOS knows its keys.
//!
//! The key set comes through an [`AccessTokenVerifier`]'s cache, shared with it when the
//! verifier is handed in ([`AgentCredentialVerifier::with_keys_of`]): fetched once, refetched
//! once for an unknown key, never waited on for a cached one (see [`crate::signin::access_token`]).
//! A token passes when it is RS256 and signed by a key of the set, carries the claims of an
//! agent credential (`iss`, `aud`, `sub`, `jti`, `org_id`, `exp`, `iat`), is meant for the
//! expected audience (the client id, or the resource a resource-scoped token names), is live,
//! and, when the verifier requires one, comes from its issuer.
//!
//! ```no_run
//! # async fn demo(workos: workos::Workos, token: workos::Secret) -> Result<(), workos::Error> {
//! use workos::agents::{AgentCredential, AgentCredentialVerifier};
//!
//! let agents = AgentCredentialVerifier::new(&workos)?;
//! let check = agents.validate(AgentCredential::AccessToken { token: &token, audience: None }).await?;
//! if check.valid {
//!     println!("agent registration {:?}", check.registration_id);
//! }
//! # Ok(()) }
//! ```

mod claims;

use std::time::{SystemTime, UNIX_EPOCH};

use chrono::{DateTime, Utc};

pub use claims::AgentTokenClaims;

use crate::error::{Rejection, Result};
use crate::signin::access_token::AccessTokenVerifier;
use crate::types::{AgentAccessTokenCredential, AgentApiKeyCredential, ValidateAgentCredential};
use crate::{Secret, Workos};

/// A credential an agent presents.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub enum AgentCredential<'a> {
    /// An access token (a JWT), checked locally.
    AccessToken {
        /// The token.
        token: &'a Secret,
        /// The audience it must be meant for: `None` for the environment's client id, or the
        /// resource indicator a resource-scoped token was minted for.
        audience: Option<&'a str>,
    },
    /// An API key, checked by WorkOS.
    ApiKey(&'a Secret),
}

/// Whether a credential is valid, and whose.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AgentCredentialCheck {
    /// Whether the credential is valid.
    pub valid: bool,
    /// The agent registration it belongs to; `None` when it is not valid.
    pub registration_id: Option<String>,
    /// When it stops working, when it is valid and the answer says.
    pub expires_at: Option<DateTime<Utc>>,
    /// A valid access token's claims (API keys have none).
    pub claims: Option<AgentTokenClaims>,
    /// Why a token checked locally was refused.
    pub rejection: Option<Rejection>,
}

impl AgentCredentialCheck {
    fn invalid(rejection: Option<Rejection>) -> Self {
        AgentCredentialCheck {
            valid: false,
            registration_id: None,
            expires_at: None,
            claims: None,
            rejection,
        }
    }
}

/// Checks agent credentials; see the [module](self). Cheap to clone; clones share the key
/// cache.
#[derive(Debug, Clone)]
pub struct AgentCredentialVerifier {
    keys: AccessTokenVerifier,
    check_for_revoked: bool,
}

impl AgentCredentialVerifier {
    /// A verifier for `workos`'s environment (it needs the client id, and the API key for API
    /// key credentials), with a key cache of its own.
    pub fn new(workos: &Workos) -> Result<Self> {
        Ok(Self::with_keys_of(&AccessTokenVerifier::new(workos)?))
    }

    /// A verifier that shares `verifier`'s key cache, leeway and issuer: one key set for the
    /// users' access tokens and the agents'.
    pub fn with_keys_of(verifier: &AccessTokenVerifier) -> Self {
        AgentCredentialVerifier { keys: verifier.clone(), check_for_revoked: false }
    }

    /// Also asks WorkOS, for an access token that passes locally, whether it was revoked (one
    /// request per check, as WorkOS's Node SDK's `checkForRevoked`); off by default.
    pub fn check_for_revoked(mut self, check: bool) -> Self {
        self.check_for_revoked = check;
        self
    }

    /// Checks `credential`: an access token locally (a refused token is `valid: false` with
    /// its [`rejection`](AgentCredentialCheck::rejection)), an API key with WorkOS. An error
    /// is a failure to check, not an invalid credential: the key set or WorkOS could not be
    /// reached, say.
    pub async fn validate(&self, credential: AgentCredential<'_>) -> Result<AgentCredentialCheck> {
        match credential {
            AgentCredential::ApiKey(key) => {
                self.remotely(ValidateAgentCredential::ApiKey(AgentApiKeyCredential::new(key.clone()))).await
            }
            AgentCredential::AccessToken { token, audience } => {
                let claims = match self.verify_access_token(token.expose(), audience).await {
                    Ok(claims) => claims,
                    Err(error) if error.rejection().is_some() => {
                        return Ok(AgentCredentialCheck::invalid(error.rejection()));
                    }
                    Err(error) => return Err(error),
                };
                let local = AgentCredentialCheck {
                    valid: true,
                    registration_id: Some(claims.registration_id.clone()),
                    expires_at: DateTime::from_timestamp(claims.expires_at, 0),
                    claims: Some(claims),
                    rejection: None,
                };
                if !self.check_for_revoked {
                    return Ok(local);
                }
                let mut body = AgentAccessTokenCredential::new(token.clone());
                body.audience = audience.map(str::to_owned);
                let remote = self.remotely(ValidateAgentCredential::AccessToken(body)).await?;
                // WorkOS must agree on whose token it is, not only that it is live.
                if !remote.valid || remote.registration_id != local.registration_id {
                    return Ok(AgentCredentialCheck::invalid(None));
                }
                Ok(AgentCredentialCheck { expires_at: remote.expires_at.or(local.expires_at), ..local })
            }
        }
    }

    /// The claims of an agent access token checked locally, or the reason it is refused (an
    /// error whose [`Error::rejection`](crate::Error::rejection) says which).
    pub async fn verify_access_token(&self, token: &str, audience: Option<&str>) -> Result<AgentTokenClaims> {
        let since_epoch = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        self.verify_access_token_at(token, audience, i64::try_from(since_epoch.as_secs()).unwrap_or(i64::MAX))
            .await
    }

    /// [`AgentCredentialVerifier::verify_access_token`] as if the time were `now` (seconds
    /// since the epoch).
    pub async fn verify_access_token_at(
        &self,
        token: &str,
        audience: Option<&str>,
        now: i64,
    ) -> Result<AgentTokenClaims> {
        let client_id = self.keys.workos().require_client_id("checking agent access tokens")?.to_owned();
        let raw = self.keys.signed_claims(token).await?;
        let (leeway, issuer) = self.keys.time_and_issuer();
        let expected = claims::Expected { audience: audience.unwrap_or(&client_id), issuer, leeway, now };
        claims::check(raw, &expected)
    }

    async fn remotely(&self, body: ValidateAgentCredential) -> Result<AgentCredentialCheck> {
        let answer = self.keys.workos().agents().validate_credential(&body).await?;
        // Valid only with the registration it belongs to, as WorkOS's SDKs read the answer.
        let Some(registration_id) = answer.registration_id.filter(|_| answer.valid) else {
            return Ok(AgentCredentialCheck::invalid(None));
        };
        Ok(AgentCredentialCheck {
            valid: true,
            registration_id: Some(registration_id),
            expires_at: answer.expires_at,
            claims: None,
            rejection: None,
        })
    }
}
