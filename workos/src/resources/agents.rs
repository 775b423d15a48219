//! AI agents: registrations, credentials and claims.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::params;
use crate::types::{
    AgentCredentialValidation, AgentRegistration, LinkAgentClaimAttempt, LinkedClaimAttempt,
    ValidateAgentCredential,
};

/// AI agents: registrations, credentials and claims. From [`Workos::agents`].
#[derive(Debug, Clone, Copy)]
pub struct Agents<'a> {
    pub(crate) client: &'a Workos,
}

impl Agents<'_> {
    /// Fetches one agent registration by its id.
    pub async fn get_registration(&self, id: &str) -> Result<AgentRegistration> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_AGENT_REGISTRATION, || api.get_agent_registration(id)).await
    }

    /// Checks an agent API key or access token against the environment, without using it up.
    pub async fn validate_credential(
        &self,
        credential: &ValidateAgentCredential,
    ) -> Result<AgentCredentialValidation> {
        let api = self.client.api();
        self.client.send(&op::VALIDATE_AGENT_CREDENTIAL, || api.validate_agent_credential(credential)).await
    }

    /// Links a claim attempt to one of your users and returns the code the agent needs to
    /// finish the claim.
    pub async fn link_claim_attempt(&self, link: &LinkAgentClaimAttempt) -> Result<LinkedClaimAttempt> {
        let api = self.client.api();
        self.client.send(&op::LINK_AGENT_CLAIM_ATTEMPT, || api.link_agent_claim_attempt(link)).await
    }
}
