//! Multi-factor authentication: factors and challenges.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::params;
use crate::types::{
    AuthenticationChallenge, AuthenticationFactor, AuthenticationFactorEnrolled, ChallengeMfaFactor,
    EnrollMfaFactor, MfaChallengeVerification, VerifyMfaChallenge,
};

/// Multi-factor authentication: factors and challenges. From [`Workos::mfa`].
#[derive(Debug, Clone, Copy)]
pub struct Mfa<'a> {
    pub(crate) client: &'a Workos,
}

impl Mfa<'_> {
    /// Enrolls a second factor; a `totp` factor comes back with its secret and QR code.
    pub async fn enroll_factor(&self, factor: &EnrollMfaFactor) -> Result<AuthenticationFactorEnrolled> {
        let api = self.client.api();
        self.client.send(&op::ENROLL_MFA_FACTOR, || api.enroll_mfa_factor(factor)).await
    }

    /// Fetches one factor by its id (`auth_factor_...`).
    pub async fn get_factor(&self, id: &str) -> Result<AuthenticationFactor> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_MFA_FACTOR, || api.get_mfa_factor(id)).await
    }

    /// Deletes a factor for good.
    pub async fn delete_factor(&self, id: &str) -> Result<()> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::DELETE_MFA_FACTOR, || api.delete_mfa_factor(id)).await
    }

    /// Starts a challenge of a factor; an `sms` factor is sent its code.
    pub async fn challenge_factor(
        &self,
        id: &str,
        challenge: &ChallengeMfaFactor,
    ) -> Result<AuthenticationChallenge> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::CHALLENGE_MFA_FACTOR, || api.challenge_mfa_factor(id, challenge)).await
    }

    /// Checks the code a user gave for a challenge (`auth_challenge_...`); see `valid`.
    pub async fn verify_challenge(
        &self,
        id: &str,
        code: &VerifyMfaChallenge,
    ) -> Result<MfaChallengeVerification> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::VERIFY_MFA_CHALLENGE, || api.verify_mfa_challenge(id, code)).await
    }
}
