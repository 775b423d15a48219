//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub struct LinkAgentClaimAttemptRequestUser {
    /// DOC
    pub email: String,
    /// DOC
    pub external_id: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct LinkAgentClaimAttemptRequest {
    /// DOC
    #[serde(rename = "type")]
    #[schemars(extend("const" = "link_external_user"))]
    pub kind: String,
    /// DOC
    pub claim_attempt_token: String,
    /// DOC
    pub user: LinkAgentClaimAttemptRequestUser,
    /// DOC
    pub organization_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub enum ClaimViewResponseStatus {
    /// DOC
    #[serde(rename = "unverified")]
    Unverified,
    /// DOC
    #[serde(rename = "verified")]
    Verified,
    /// DOC
    #[serde(rename = "expired")]
    Expired,
    /// DOC
    #[serde(rename = "revoked")]
    Revoked,
}

/// DOC
#[derive(JsonSchema)]
pub struct ClaimViewResponse {
    /// DOC
    pub id: String,
    /// DOC
    pub status: Option<ClaimViewResponseStatus>,
    /// DOC
    pub user_code: Option<String>,
    /// DOC
    #[serde(default)]
    pub organizations: Vec<crate::vault::Actor>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ValidateAgentCredentialRequestApiKey {
    /// DOC
    pub credential: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct ValidateAgentCredentialRequestAccessToken {
    /// DOC
    pub credential: String,
    /// DOC
    pub audience: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
#[serde(tag = "type")]
pub enum ValidateAgentCredentialRequest {
    /// DOC
    #[serde(rename = "api_key")]
    ApiKey(ValidateAgentCredentialRequestApiKey),
    /// DOC
    #[serde(rename = "access_token")]
    AccessToken(ValidateAgentCredentialRequestAccessToken),
}

/// DOC
#[derive(JsonSchema)]
pub struct AgentCredentialValidation {
    /// DOC
    pub valid: bool,
    /// DOC
    pub registration_id: Option<String>,
    /// DOC
    pub expires_at: Option<Timestamp>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AgentRegistrationAgentIdentity {
    /// DOC
    pub id: String,
    /// DOC
    pub userland_user_id: Option<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub enum AgentRegistrationKind {
    /// DOC
    #[serde(rename = "anonymous")]
    Anonymous,
    /// DOC
    #[serde(rename = "service_auth")]
    ServiceAuth,
    /// DOC
    #[serde(rename = "identity_assertion")]
    IdentityAssertion,
}

/// DOC
#[derive(JsonSchema)]
pub struct AgentRegistrationClaimClaimCompletion {
    /// DOC
    pub id: String,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
    /// DOC
    pub expires_at: Option<Timestamp>,
    /// DOC
    pub claimed_at: Option<Timestamp>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AgentRegistrationClaim {
    /// DOC
    pub id: String,
    /// DOC
    pub claim_completion: Option<AgentRegistrationClaimClaimCompletion>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
    /// DOC
    pub expires_at: Option<Timestamp>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AgentRegistration {
    /// DOC
    pub id: String,
    /// DOC
    pub agent_identity: Option<AgentRegistrationAgentIdentity>,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub status: Option<ClaimViewResponseStatus>,
    /// DOC
    pub kind: Option<AgentRegistrationKind>,
    /// DOC
    pub claim: Option<AgentRegistrationClaim>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::patch("/agents/claims/attempts", "link_agent_claim_attempt")
            .tag("agents")
            .doc("DOC")
            .json_body::<LinkAgentClaimAttemptRequest>()
            .returns::<ClaimViewResponse>(200)
            .errors(&[400, 403, 409, 410]),
        Operation::post("/agents/credentials/validate", "validate_agent_credential")
            .tag("agents")
            .doc("DOC")
            .json_body::<ValidateAgentCredentialRequest>()
            .returns::<AgentCredentialValidation>(200)
            .errors(&[400]),
        Operation::get("/agents/registrations/{id}", "get_agent_registration")
            .tag("agents")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<AgentRegistration>(200)
            .errors(&[404]),
    ]
}
