//! PKCE (RFC 7636): prove, when exchanging an authorization code, that you are the one who
//! started the sign-in. Public clients (a CLI, a mobile or desktop app) use it instead of an
//! API key.
//!
//! ```
//! let pkce = workos::signin::pkce::Pkce::new();
//! assert_eq!(pkce.challenge_method(), "S256");
//! assert_eq!(pkce.challenge().len(), 43);
//! // Send `pkce.challenge()` in the authorization URL, keep `pkce.verifier()` (a secret),
//! // and send it with the code when you authenticate.
//! ```

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::SecureRandom;

use crate::Secret;

/// A PKCE verifier and its S256 challenge.
#[derive(Clone)]
pub struct Pkce {
    verifier: Secret,
    challenge: String,
}

impl std::fmt::Debug for Pkce {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pkce").field("verifier", &self.verifier).field("challenge", &self.challenge).finish()
    }
}

impl Default for Pkce {
    fn default() -> Self {
        Pkce::new()
    }
}

impl Pkce {
    /// A fresh verifier of 32 random bytes (43 characters) and its challenge.
    pub fn new() -> Self {
        let mut bytes = [0u8; 32];
        ring::rand::SystemRandom::new()
            .fill(&mut bytes)
            .expect("the operating system's random number generator is available");
        Pkce::from_verifier(URL_SAFE_NO_PAD.encode(bytes))
    }

    /// The pair for a verifier you already have (43 to 128 characters of `[A-Za-z0-9-._~]`).
    pub fn from_verifier(verifier: impl Into<String>) -> Self {
        let verifier = verifier.into();
        let challenge = challenge_of(&verifier);
        Pkce { verifier: Secret::new(verifier), challenge }
    }

    /// The verifier: keep it secret, and send it with the authorization code.
    pub fn verifier(&self) -> &Secret {
        &self.verifier
    }

    /// The challenge to put in the authorization URL.
    pub fn challenge(&self) -> &str {
        &self.challenge
    }

    /// Always `S256`.
    pub fn challenge_method(&self) -> &'static str {
        "S256"
    }
}

/// `BASE64URL(SHA256(verifier))`, unpadded.
pub(crate) fn challenge_of(verifier: &str) -> String {
    URL_SAFE_NO_PAD.encode(ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_rfc_example() {
        // RFC 7636, appendix B.
        let pkce = Pkce::from_verifier("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        assert_eq!(pkce.challenge(), "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    #[test]
    fn fresh_verifiers_are_long_random_and_url_safe() {
        let (a, b) = (Pkce::new(), Pkce::new());
        assert_ne!(a.verifier().expose(), b.verifier().expose());
        assert_eq!(a.verifier().expose().len(), 43);
        assert!(a.verifier().expose().chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert!(!format!("{a:?}").contains(a.verifier().expose()));
    }
}
