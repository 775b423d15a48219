//! What an agent access token says, and the checks that make it one: the claims WorkOS's SDKs
//! require of an agent credential, its audience, its lifetime and (when configured) its issuer.

use std::time::Duration;

use serde::Deserialize;
use serde_json::{Map, Value};

use crate::error::{Error, Rejection, Result};

/// The claims of a verified agent access token.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct AgentTokenClaims {
    /// Who issued the token.
    pub issuer: String,
    /// Who the token is for: the environment's client id, or a resource indicator.
    pub audience: Vec<String>,
    /// The agent registration the token belongs to (its `sub`).
    pub registration_id: String,
    /// The token's own id.
    pub jti: String,
    /// The organization the agent acts for.
    pub organization_id: String,
    /// The scopes granted, space-separated, when the token names any.
    pub scope: Option<String>,
    /// Who the agent acts for (`act`), when it acts for someone, as the token says it.
    pub actor: Option<Value>,
    /// When it expires, in seconds since the Unix epoch.
    pub expires_at: i64,
    /// When it was issued, in seconds since the Unix epoch.
    pub issued_at: i64,
    /// Every claim, those above included.
    pub raw: Map<String, Value>,
}

/// The claims every agent credential carries: a token signed by the same keys for another
/// purpose (a user's session) lacks some, and is not an agent credential.
#[derive(Deserialize)]
struct Required {
    iss: String,
    aud: Audience,
    sub: String,
    jti: String,
    org_id: String,
    exp: i64,
    iat: i64,
    #[serde(default)]
    nbf: Option<i64>,
    #[serde(default)]
    scope: Option<String>,
    #[serde(default)]
    act: Option<Value>,
}

#[derive(Deserialize)]
#[serde(untagged)]
enum Audience {
    One(String),
    Many(Vec<String>),
}

/// What a token must be to pass, besides its signature.
pub(crate) struct Expected<'a> {
    pub(crate) audience: &'a str,
    pub(crate) issuer: Option<&'a str>,
    pub(crate) leeway: Duration,
    pub(crate) now: i64,
}

/// The claims of a token whose signature has been checked, if they make an agent credential
/// meant for `expected.audience` and live at `expected.now`.
pub(crate) fn check(raw: Map<String, Value>, expected: &Expected<'_>) -> Result<AgentTokenClaims> {
    let claims: Required = serde_json::from_value(Value::Object(raw.clone())).map_err(|_| {
        Error::rejected(
            Rejection::MalformedToken,
            "the token lacks the claims of an agent credential (iss, aud, sub, jti, org_id, exp, iat)",
        )
    })?;
    let audience = match claims.aud {
        Audience::One(one) => vec![one],
        Audience::Many(many) => many,
    };
    if !audience.iter().any(|aud| aud == expected.audience) {
        return Err(Error::rejected(Rejection::WrongAudience, "the token is meant for another audience"));
    }
    let leeway = i64::try_from(expected.leeway.as_secs()).unwrap_or(i64::MAX);
    if expected.now >= claims.exp.saturating_add(leeway) {
        return Err(Error::rejected(Rejection::TokenExpired, "the token has expired"));
    }
    if claims.nbf.is_some_and(|nbf| expected.now < nbf.saturating_sub(leeway)) {
        return Err(Error::rejected(Rejection::TokenNotYetValid, "the token is not valid yet"));
    }
    if expected.issuer.is_some_and(|issuer| issuer != claims.iss) {
        return Err(Error::rejected(Rejection::WrongIssuer, "the token was issued by someone else"));
    }
    Ok(AgentTokenClaims {
        issuer: claims.iss,
        audience,
        registration_id: claims.sub,
        jti: claims.jti,
        organization_id: claims.org_id,
        scope: claims.scope,
        actor: claims.act,
        expires_at: claims.exp,
        issued_at: claims.iat,
        raw,
    })
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn claims(changes: Value) -> Map<String, Value> {
        let mut claims = json!({
            "iss": "https://api.workos.com", "aud": "client_1", "sub": "agent_registration_1",
            "jti": "jti_1", "org_id": "org_1", "exp": 2_000, "iat": 1_000,
        });
        for (key, value) in changes.as_object().unwrap() {
            if value.is_null() {
                claims.as_object_mut().unwrap().remove(key);
            } else {
                claims[key] = value.clone();
            }
        }
        claims.as_object().unwrap().clone()
    }

    fn expected(now: i64) -> Expected<'static> {
        Expected { audience: "client_1", issuer: None, leeway: Duration::ZERO, now }
    }

    #[test]
    fn an_agent_credential_reads_and_every_missing_claim_refuses_it() {
        let ok = check(
            claims(json!({ "aud": ["https://mcp.example.com", "client_1"], "scope": "read" })),
            &expected(1_500),
        )
        .unwrap();
        assert_eq!(
            (ok.registration_id.as_str(), ok.organization_id.as_str()),
            ("agent_registration_1", "org_1")
        );
        assert_eq!(ok.audience, ["https://mcp.example.com", "client_1"]);
        assert_eq!(ok.scope.as_deref(), Some("read"));
        for claim in ["iss", "aud", "sub", "jti", "org_id", "exp", "iat"] {
            let error = check(claims(json!({ claim: null })), &expected(1_500)).unwrap_err();
            assert_eq!(error.rejection(), Some(Rejection::MalformedToken), "without {claim}");
        }
        // A user's access token (no org_id, no jti here) is not an agent credential.
        let error = check(claims(json!({ "org_id": null, "sub": "user_1" })), &expected(1_500)).unwrap_err();
        assert_eq!(error.rejection(), Some(Rejection::MalformedToken));
    }

    #[test]
    fn audience_lifetime_and_issuer_are_checked() {
        let refused = |changes: Value, expected: Expected<'_>| {
            check(claims(changes), &expected).unwrap_err().rejection()
        };
        assert_eq!(refused(json!({ "aud": "client_2" }), expected(1_500)), Some(Rejection::WrongAudience));
        assert_eq!(refused(json!({ "aud": [] }), expected(1_500)), Some(Rejection::WrongAudience));
        // Expired at `exp` itself, as WorkOS's Node SDK has it; a leeway stretches it.
        assert_eq!(refused(json!({}), expected(2_000)), Some(Rejection::TokenExpired));
        assert!(
            check(claims(json!({})), &Expected { leeway: Duration::from_secs(30), ..expected(2_000) })
                .is_ok()
        );
        assert_eq!(refused(json!({ "nbf": 1_600 }), expected(1_500)), Some(Rejection::TokenNotYetValid));
        let issuer = Expected { issuer: Some("https://auth.example.com"), ..expected(1_500) };
        assert_eq!(refused(json!({}), issuer), Some(Rejection::WrongIssuer));
        // Far-off numbers saturate rather than overflow.
        assert!(
            check(
                claims(json!({ "exp": i64::MAX })),
                &Expected { leeway: Duration::MAX, ..expected(i64::MAX - 1) }
            )
            .is_ok()
        );
    }
}
