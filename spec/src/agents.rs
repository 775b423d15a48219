//! Agents: registrations of AI agents, claiming them for a user, and checking their
//! credentials.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::Timestamp;

/// Request body that links a claim attempt to a user of your own system.
#[derive(JsonSchema)]
pub struct LinkAgentClaimAttempt {
    /// What to do with the claim attempt; `link_external_user` is the only action.
    #[serde(rename = "type")]
    #[schemars(extend("x-rust-name" = "kind", "const" = "link_external_user"))]
    pub kind: String,
    /// The token that names the claim attempt.
    #[schemars(extend("format" = "password"))]
    pub claim_attempt_token: String,
    /// The user who claims the agent; found by `external_id`, or created.
    pub user: AgentClaimUser,
    /// The organization the agent joins; required when the user belongs to more than one.
    pub organization_id: Option<String>,
}

/// The user who claims an agent, as your system knows them.
#[derive(JsonSchema)]
pub struct AgentClaimUser {
    /// The user's e-mail address.
    #[schemars(extend("format" = "email"))]
    pub email: String,
    /// Your own identifier for the user.
    pub external_id: String,
}

/// A claim attempt linked to a user: the code the agent needs to finish the claim.
#[derive(JsonSchema)]
pub struct LinkedClaimAttempt {
    /// The agent registration's id.
    pub id: String,
    /// Where the registration is in its life cycle.
    pub status: Option<AgentRegistrationStatus>,
    /// The code to hand to the agent so that it can complete the claim.
    #[schemars(extend("format" = "password"))]
    pub user_code: Option<String>,
    /// The organizations of the user, among which the agent can be placed.
    #[serde(default)]
    pub organizations: Vec<AgentClaimOrganization>,
}

/// An organization an agent can be placed in.
#[derive(JsonSchema)]
pub struct AgentClaimOrganization {
    /// The organization's id, `org_...`.
    pub id: String,
    /// The organization's name.
    pub name: String,
}

/// Request body that asks whether an agent credential is valid. `type` says which kind of
/// credential `credential` holds.
#[derive(JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ValidateAgentCredential {
    /// An agent API key.
    ApiKey {
        /// The API key.
        #[schemars(extend("format" = "password"))]
        credential: String,
    },
    /// An agent access token (a JWT).
    AccessToken {
        /// The access token.
        #[schemars(extend("format" = "password"))]
        credential: String,
        /// When given, the token's `aud` claim must equal it.
        audience: Option<String>,
    },
}

/// Whether an agent credential is valid, and what it belongs to.
#[derive(JsonSchema)]
pub struct AgentCredentialValidation {
    /// Whether the credential is valid.
    pub valid: bool,
    /// The agent registration the credential belongs to; `null` when it is not valid.
    pub registration_id: Option<String>,
    /// When the credential stops working; `null` when it is not valid.
    pub expires_at: Option<Timestamp>,
}

/// An AI agent registered in the environment.
#[derive(JsonSchema)]
pub struct AgentRegistration {
    /// Unique id of the registration.
    pub id: String,
    /// The agent's identity.
    pub agent_identity: Option<AgentIdentity>,
    /// The organization the agent belongs to.
    pub organization_id: Option<String>,
    /// Where the registration is in its life cycle.
    pub status: Option<AgentRegistrationStatus>,
    /// How the agent registered.
    pub kind: Option<AgentRegistrationKind>,
    /// The claim of the registration; `null` when it has none.
    pub claim: Option<AgentRegistrationClaim>,
    /// When the registration was created.
    pub created_at: Timestamp,
    /// When the registration last changed.
    pub updated_at: Timestamp,
}

/// The identity of an agent.
#[derive(JsonSchema)]
pub struct AgentIdentity {
    /// Unique id of the identity.
    pub id: String,
    /// The AuthKit user the agent acts for; `null` when it acts for no user.
    pub userland_user_id: Option<String>,
    /// When the identity was created.
    pub created_at: Timestamp,
    /// When the identity last changed.
    pub updated_at: Timestamp,
}

/// Life cycle of an agent registration.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgentRegistrationStatus {
    /// Not claimed yet.
    Unverified,
    /// Claimed by a user.
    Verified,
    /// The time to claim it ran out.
    Expired,
    /// Revoked; its credentials no longer work.
    Revoked,
}

/// How an agent authenticated when it registered.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgentRegistrationKind {
    /// It did not authenticate.
    Anonymous,
    /// With service authentication.
    ServiceAuth,
    /// With an identity assertion.
    IdentityAssertion,
}

/// The claim that ties an agent registration to a user.
#[derive(JsonSchema)]
pub struct AgentRegistrationClaim {
    /// Unique id of the claim.
    pub id: String,
    /// How the claim was completed; `null` while it is not.
    pub claim_completion: Option<AgentClaimCompletion>,
    /// When the claim was created.
    pub created_at: Timestamp,
    /// When the claim last changed.
    pub updated_at: Timestamp,
    /// When the claim can no longer be completed.
    pub expires_at: Option<Timestamp>,
}

/// The completion of an agent registration's claim.
#[derive(JsonSchema)]
pub struct AgentClaimCompletion {
    /// Unique id of the completion.
    pub id: String,
    /// When the completion was created.
    pub created_at: Timestamp,
    /// When the completion last changed.
    pub updated_at: Timestamp,
    /// When the completion expires.
    pub expires_at: Option<Timestamp>,
    /// When the user claimed the agent.
    pub claimed_at: Option<Timestamp>,
}

/// The operations on agents.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::patch("/agents/claims/attempts", "link_agent_claim_attempt")
            .sdk("agents", "link_claim_attempt")
            .tag("agents")
            .doc("Links a claim attempt to one of your users and returns the code the agent needs to finish the claim.")
            .details(
                "The user is looked up by `external_id` and created if missing. When the user belongs to \
                 several organizations, `organization_id` must name one; otherwise the answer is `409` \
                 with the choices.",
            )
            .json_body::<LinkAgentClaimAttempt>()
            .returns::<LinkedClaimAttempt>(200)
            .errors(&[400, 403, 409, 410]),
        Operation::post("/agents/credentials/validate", "validate_agent_credential")
            .sdk("agents", "validate_credential")
            .tag("agents")
            .doc("Checks an agent API key or access token against the environment, without using it up.")
            .json_body::<ValidateAgentCredential>()
            .returns::<AgentCredentialValidation>(200)
            .errors(&[400]),
        Operation::get("/agents/registrations/{id}", "get_agent_registration")
            .sdk("agents", "get_registration")
            .tag("agents")
            .doc("Fetches one agent registration.")
            .path_param("id", "The agent registration's id, `agent_registration_...`.")
            .returns::<AgentRegistration>(200)
            .errors(&[404]),
    ]
}
