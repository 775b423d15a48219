//! Agents: registrations of AI agents, claiming them for a user, and checking their
//! credentials; blueprints, the instances minted from them, and the instances' sessions.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{ListQuery, PageQuery, Timestamp};

/// Request body that links a claim attempt to a user of your own system.
#[derive(JsonSchema)]
pub struct LinkAgentClaimAttempt {
    /// What to do with the claim attempt; `link_external_user` is the only action.
    #[serde(rename = "type")]
    #[schemars(extend("const" = "link_external_user"), transform = crate::extensions::rust_name("kind"))]
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
    #[schemars(title = "ApiKey")]
    ApiKey(AgentApiKeyCredential),
    /// An agent access token (a JWT).
    #[schemars(title = "AccessToken")]
    AccessToken(AgentAccessTokenCredential),
}

/// An agent API key to check.
#[derive(JsonSchema)]
pub struct AgentApiKeyCredential {
    /// The API key.
    #[schemars(extend("format" = "password"))]
    pub credential: String,
}

/// An agent access token (a JWT) to check.
#[derive(JsonSchema)]
pub struct AgentAccessTokenCredential {
    /// The access token.
    #[schemars(extend("format" = "password"))]
    pub credential: String,
    /// When given, the token's `aud` claim must equal it.
    pub audience: Option<String>,
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
    /// When the registration was revoked; `null` unless it was.
    pub revoked_at: Option<Timestamp>,
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

/// A template for agents: the most they may do, who may start them and how, and how long
/// their sessions and tokens last.
#[derive(JsonSchema)]
pub struct AgentBlueprint {
    /// Always `agent_blueprint`.
    #[schemars(extend("const" = "agent_blueprint"))]
    pub object: String,
    /// Unique id of the blueprint.
    pub id: String,
    /// Display name.
    pub name: Option<String>,
    /// What the blueprint is for; `null` when not described.
    pub description: Option<String>,
    /// The permission slugs that tokens minted from the blueprint can hold at most.
    #[serde(default)]
    pub permissions: Vec<String>,
    /// Who may mint tokens from the blueprint.
    pub invocable_by: Option<AgentBlueprintInvocableBy>,
    /// The kinds of instance the blueprint may run as.
    pub invocable_as: Option<AgentBlueprintInvocableAs>,
    /// Lifetimes of sessions and tokens.
    pub session_settings: Option<AgentBlueprintSessionSettings>,
    /// When the blueprint was created.
    pub created_at: Option<Timestamp>,
    /// When the blueprint last changed.
    pub updated_at: Option<Timestamp>,
}

/// Who may mint tokens from a blueprint.
#[derive(JsonSchema)]
pub struct AgentBlueprintInvocableBy {
    /// Users with one of these role slugs.
    #[serde(default)]
    pub role_slugs: Vec<String>,
    /// Users of these organizations.
    #[serde(default)]
    pub organization_ids: Vec<String>,
}

/// The kinds of instance a blueprint may run as.
#[derive(JsonSchema)]
pub struct AgentBlueprintInvocableAs {
    /// The allowed kinds.
    #[serde(default)]
    pub instance_types: Vec<AgentInstanceType>,
}

/// Lifetimes, in seconds, of the sessions and tokens of a blueprint's instances.
#[derive(JsonSchema)]
pub struct AgentBlueprintSessionSettings {
    /// How long a session lasts at most.
    pub max_age_seconds: Option<i64>,
    /// How long an access token works.
    pub access_token_ttl_seconds: Option<i64>,
    /// How long a refresh token works.
    pub refresh_token_ttl_seconds: Option<i64>,
}

/// Whether an agent instance acts for a user or on its own.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgentInstanceType {
    /// It acts on behalf of a user.
    Delegated,
    /// It acts on its own, for an organization.
    Autonomous,
}

/// Request body that creates an agent blueprint; only `name` is required.
#[derive(JsonSchema)]
pub struct CreateAgentBlueprint {
    /// Display name.
    pub name: String,
    /// What the blueprint is for.
    pub description: Option<String>,
    /// The permission slugs that tokens minted from the blueprint can hold at most.
    pub permissions: Option<Vec<String>>,
    /// Who may mint tokens from the blueprint.
    pub invocable_by: Option<AgentBlueprintInvokers>,
    /// The kinds of instance the blueprint may run as.
    pub invocable_as: Option<AgentBlueprintInstanceTypes>,
    /// Lifetimes of sessions and tokens; all three values are required when given.
    pub session_settings: Option<NewAgentSessionSettings>,
}

/// Request body that changes an agent blueprint; absent fields keep their value, and a list
/// that is sent replaces the stored one.
#[derive(JsonSchema)]
pub struct UpdateAgentBlueprint {
    /// New display name.
    pub name: Option<String>,
    /// New description.
    // Wire: the API also takes `null` here to remove the description; an absent `Option` is
    // never sent as `null`, so that use is not available.
    pub description: Option<String>,
    /// The full new list of permission slugs.
    pub permissions: Option<Vec<String>>,
    /// Who may mint tokens from the blueprint.
    pub invocable_by: Option<AgentBlueprintInvokers>,
    /// The kinds of instance the blueprint may run as.
    pub invocable_as: Option<AgentBlueprintInstanceTypes>,
    /// New lifetimes; absent values keep theirs.
    pub session_settings: Option<AgentSessionSettingsChanges>,
}

/// In a request: who may mint tokens from a blueprint.
#[derive(JsonSchema)]
pub struct AgentBlueprintInvokers {
    /// Users with one of these role slugs.
    pub role_slugs: Option<Vec<String>>,
    /// Users of these organizations.
    pub organization_ids: Option<Vec<String>>,
}

/// In a request: the kinds of instance a blueprint may run as.
#[derive(JsonSchema)]
pub struct AgentBlueprintInstanceTypes {
    /// The allowed kinds.
    pub instance_types: Option<Vec<AgentInstanceType>>,
}

/// Lifetimes, in seconds, for a new blueprint.
#[derive(JsonSchema)]
pub struct NewAgentSessionSettings {
    /// How long a session lasts at most.
    pub max_age_seconds: i64,
    /// How long an access token works.
    pub access_token_ttl_seconds: i64,
    /// How long a refresh token works.
    pub refresh_token_ttl_seconds: i64,
}

/// New lifetimes, in seconds, for a blueprint; absent values keep theirs.
#[derive(JsonSchema)]
pub struct AgentSessionSettingsChanges {
    /// How long a session lasts at most.
    pub max_age_seconds: Option<i64>,
    /// How long an access token works.
    pub access_token_ttl_seconds: Option<i64>,
    /// How long a refresh token works.
    pub refresh_token_ttl_seconds: Option<i64>,
}

/// Request body that mints an agent access token from a blueprint. `type` says how, and
/// which credential comes with it.
#[derive(JsonSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum MintAgentToken {
    /// For an agent that acts on behalf of a signed-in user.
    #[schemars(title = "UserDelegated")]
    UserDelegated(MintUserDelegatedAgentToken),
    /// For an agent that acts on its own, for an organization.
    #[schemars(title = "Autonomous")]
    Autonomous(MintAutonomousAgentToken),
    /// For an agent that acts on behalf of another agent.
    #[schemars(title = "AgentDelegated")]
    AgentDelegated(MintAgentDelegatedAgentToken),
    /// A new access token for an existing session.
    #[schemars(title = "Refresh")]
    Refresh(RefreshAgentToken),
}

/// A token for an agent that acts on behalf of a signed-in user.
#[derive(JsonSchema)]
pub struct MintUserDelegatedAgentToken {
    /// The user's access token.
    #[schemars(extend("format" = "password"))]
    pub user_access_token: String,
    /// What the agent means to do, recorded with the session.
    pub intent: Option<String>,
    /// The organization to act in.
    pub organization_id: Option<String>,
}

/// A token for an agent that acts on its own, for an organization.
#[derive(JsonSchema)]
pub struct MintAutonomousAgentToken {
    /// The organization the agent acts for.
    pub organization_id: String,
    /// What the agent means to do, recorded with the session.
    pub intent: Option<String>,
}

/// A token for an agent that acts on behalf of another agent.
#[derive(JsonSchema)]
pub struct MintAgentDelegatedAgentToken {
    /// The other agent's access token.
    #[schemars(extend("format" = "password"))]
    pub agent_access_token: String,
    /// What the agent means to do, recorded with the session.
    pub intent: Option<String>,
    /// The organization to act in.
    pub organization_id: Option<String>,
}

/// A new access token for an existing agent session.
#[derive(JsonSchema)]
pub struct RefreshAgentToken {
    /// The refresh token of the session.
    #[schemars(extend("format" = "password"))]
    pub refresh_token: String,
}

/// A newly minted agent access token, its refresh token, and the instance and session they
/// belong to.
#[derive(JsonSchema)]
pub struct AgentToken {
    /// The access token (a JWT).
    #[schemars(extend("format" = "password"))]
    pub access_token: Option<String>,
    /// Always `Bearer`.
    #[schemars(extend("const" = "Bearer"))]
    pub token_type: Option<String>,
    /// Seconds until the access token stops working.
    pub expires_in: Option<i64>,
    /// Trade it in with a `refresh` mint for a new access token in the same session.
    #[schemars(extend("format" = "password"))]
    pub refresh_token: Option<String>,
    /// The agent instance the token belongs to.
    pub agent_instance_id: Option<String>,
    /// Whether the mint created the instance.
    pub new_instance: Option<bool>,
    /// The session the token belongs to.
    pub agent_instance_session_id: Option<String>,
    /// The permission slugs the token holds.
    #[serde(default)]
    pub permissions: Vec<String>,
}

/// Request body that asks whether an agent access token is live for a blueprint.
#[derive(JsonSchema)]
pub struct ValidateAgentToken {
    /// The access token to check.
    #[schemars(extend("format" = "password"))]
    pub agent_access_token: String,
}

/// The claims of a live agent access token.
#[derive(JsonSchema)]
pub struct AgentTokenValidation {
    /// Whether the token is valid; `true` in a successful answer.
    pub valid: bool,
    /// The agent instance the token belongs to.
    pub agent_instance_id: Option<String>,
    /// The session the token belongs to.
    pub agent_instance_session_id: Option<String>,
    /// The organization the token acts in.
    pub organization_id: Option<String>,
    /// The permission slugs the token holds.
    #[serde(default)]
    pub permissions: Vec<String>,
    /// What the agent said it means to do; `null` when it said nothing.
    pub intent: Option<String>,
    /// The user the agent acts for; `null` when it acts for no user.
    pub acting_user_id: Option<String>,
    /// When the session ends.
    // Wire: the reference types this as a plain string, without the date-time format.
    pub session_expires_at: Option<String>,
}

/// An agent running from a blueprint in one organization; minting a token creates it.
#[derive(JsonSchema)]
pub struct AgentInstance {
    /// Always `agent_instance`.
    #[schemars(extend("const" = "agent_instance"))]
    pub object: String,
    /// Unique id of the instance.
    pub id: String,
    /// The blueprint the instance runs from.
    pub agent_blueprint_id: Option<String>,
    /// The organization the instance belongs to.
    pub organization_id: Option<String>,
    /// The organization membership of the user it acts for; `null` when it acts for none.
    pub organization_membership_id: Option<String>,
    /// Whether the instance acts for a user or on its own.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: Option<AgentInstanceType>,
    /// When the instance was created.
    pub created_at: Option<Timestamp>,
    /// When the instance last changed.
    pub updated_at: Option<Timestamp>,
}

/// A session of an agent instance: the span in which its tokens can be refreshed.
#[derive(JsonSchema)]
pub struct AgentInstanceSession {
    /// Always `agent_instance_session`.
    #[schemars(extend("const" = "agent_instance_session"))]
    pub object: String,
    /// Unique id of the session.
    pub id: String,
    /// The agent instance the session belongs to.
    pub agent_instance_id: Option<String>,
    /// Whether the session can still be used.
    pub status: Option<AgentInstanceSessionStatus>,
    /// When the session ends.
    pub expires_at: Option<Timestamp>,
    /// When the session was revoked; `null` unless it was.
    pub revoked_at: Option<Timestamp>,
    /// When the session was created.
    pub created_at: Option<Timestamp>,
    /// When the session last changed.
    pub updated_at: Option<Timestamp>,
}

/// Life cycle of an agent instance session.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgentInstanceSessionStatus {
    /// In use.
    Active,
    /// Revoked; its tokens no longer work.
    Revoked,
    /// Past its end.
    Expired,
}

/// Query of the agent instance list.
#[derive(JsonSchema)]
pub struct ListAgentInstancesQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only instances in this organization.
    pub organization_id: Option<String>,
    /// Only instances of this blueprint.
    pub agent_blueprint_id: Option<String>,
}

/// Query of the agent instance session list.
#[derive(JsonSchema)]
pub struct ListAgentInstanceSessionsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only sessions in this organization.
    pub organization_id: Option<String>,
    /// Only sessions of instances of this blueprint.
    pub agent_blueprint_id: Option<String>,
    /// Only sessions of this instance.
    pub agent_instance_id: Option<String>,
}

const BLUEPRINT_ID: &str = "The agent blueprint's id.";
const INSTANCE_ID: &str = "The agent instance's id.";
const SESSION_ID: &str = "The agent instance session's id.";

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
        Operation::post("/agents/registrations/{id}/revoke", "revoke_agent_registration")
            .sdk("agents", "revoke_registration")
            .tag("agents")
            .doc("Revokes an agent registration for good, and every credential issued from it.")
            .details("Revoking an already revoked registration succeeds again. WorkOS's SDKs call this; its status code is inferred.")
            .path_param("id", "The agent registration's id, `agent_registration_...`.")
            .returns::<AgentRegistration>(200)
            .errors(&[401, 404, 429]),
        Operation::get("/agents/blueprints", "list_agent_blueprints")
            .sdk("agents", "list_blueprints")
            .tag("agents.blueprints")
            .doc("Lists the agent blueprints of the environment.")
            .query::<ListQuery>()
            .list::<AgentBlueprint>()
            .errors(&[401, 429]),
        Operation::post("/agents/blueprints", "create_agent_blueprint")
            .sdk("agents", "create_blueprint")
            .tag("agents.blueprints")
            .doc("Creates an agent blueprint.")
            .json_body::<CreateAgentBlueprint>()
            .returns::<AgentBlueprint>(201)
            .errors(&[400, 401, 409, 422, 429]),
        Operation::get("/agents/blueprints/{agent_blueprint_id}", "get_agent_blueprint")
            .sdk("agents", "get_blueprint")
            .tag("agents.blueprints")
            .doc("Fetches one agent blueprint.")
            .path_param("agent_blueprint_id", BLUEPRINT_ID)
            .returns::<AgentBlueprint>(200)
            .errors(&[401, 404, 429]),
        Operation::patch("/agents/blueprints/{agent_blueprint_id}", "update_agent_blueprint")
            .sdk("agents", "update_blueprint")
            .tag("agents.blueprints")
            .doc("Changes an agent blueprint; lists that are sent replace the stored ones.")
            .path_param("agent_blueprint_id", BLUEPRINT_ID)
            .json_body::<UpdateAgentBlueprint>()
            .returns::<AgentBlueprint>(200)
            .errors(&[400, 401, 404, 409, 422, 429]),
        Operation::delete("/agents/blueprints/{agent_blueprint_id}", "delete_agent_blueprint")
            .sdk("agents", "delete_blueprint")
            .tag("agents.blueprints")
            .doc("Deletes an agent blueprint, with its instances and their sessions.")
            .path_param("agent_blueprint_id", BLUEPRINT_ID)
            .empty(204)
            .errors(&[401, 404, 429]),
        Operation::post("/agents/blueprints/{agent_blueprint_id}/tokens", "mint_agent_token")
            .sdk("agents", "mint_token")
            .tag("agents.blueprints.tokens")
            .doc("Mints an agent access token and refresh token from a blueprint, or refreshes a session.")
            .details(
                "Minting starts a new session, and creates the agent instance when it does not exist \
                 yet; `type` chooses the mode and the credential that must come with it.",
            )
            .path_param("agent_blueprint_id", BLUEPRINT_ID)
            .json_body::<MintAgentToken>()
            .returns::<AgentToken>(200)
            .errors(&[400, 401, 403, 404, 429]),
        Operation::post("/agents/blueprints/{agent_blueprint_id}/tokens/validate", "validate_agent_token")
            .sdk("agents", "validate_token")
            .tag("agents.blueprints.tokens")
            .doc("Checks an agent access token against a blueprint and returns its claims when it is live.")
            .path_param("agent_blueprint_id", BLUEPRINT_ID)
            .json_body::<ValidateAgentToken>()
            .returns::<AgentTokenValidation>(200)
            .errors(&[400, 401, 404, 429]),
        Operation::get("/agents/instances", "list_agent_instances")
            .sdk("agents", "list_instances")
            .tag("agents.instances")
            .doc("Lists agent instances, optionally of one organization or blueprint.")
            .details("WorkOS's SDKs call this; its status codes are inferred.")
            .query::<ListAgentInstancesQuery>()
            .list::<AgentInstance>()
            .errors(&[401, 429]),
        Operation::get("/agents/instances/{agent_instance_id}", "get_agent_instance")
            .sdk("agents", "get_instance")
            .tag("agents.instances")
            .doc("Fetches one agent instance.")
            .details("WorkOS's SDKs call this; its status codes are inferred.")
            .path_param("agent_instance_id", INSTANCE_ID)
            .returns::<AgentInstance>(200)
            .errors(&[401, 404, 429]),
        Operation::delete("/agents/instances/{agent_instance_id}", "delete_agent_instance")
            .sdk("agents", "delete_instance")
            .tag("agents.instances")
            .doc("Deletes an agent instance and its sessions, whose refresh tokens then stop working.")
            .details("WorkOS's SDKs call this; its status codes are inferred.")
            .path_param("agent_instance_id", INSTANCE_ID)
            .empty(204)
            .errors(&[401, 404, 429]),
        Operation::get("/agents/sessions", "list_agent_instance_sessions")
            .sdk("agents", "list_sessions")
            .tag("agents.sessions")
            .doc("Lists agent instance sessions, optionally of one organization, blueprint or instance.")
            .details("WorkOS's SDKs call this; its status codes are inferred.")
            .query::<ListAgentInstanceSessionsQuery>()
            .list::<AgentInstanceSession>()
            .errors(&[401, 422, 429]),
        Operation::get("/agents/sessions/{agent_instance_session_id}", "get_agent_instance_session")
            .sdk("agents", "get_session")
            .tag("agents.sessions")
            .doc("Fetches one agent instance session.")
            .path_param("agent_instance_session_id", SESSION_ID)
            .returns::<AgentInstanceSession>(200)
            .errors(&[401, 404, 429]),
        Operation::post("/agents/sessions/{agent_instance_session_id}/revoke", "revoke_agent_instance_session")
            .sdk("agents", "revoke_session")
            .tag("agents.sessions")
            .doc("Revokes an agent instance session and the tokens minted in it.")
            .details("Revoking an already revoked session succeeds again.")
            .path_param("agent_instance_session_id", SESSION_ID)
            .returns::<AgentInstanceSession>(200)
            .errors(&[401, 404, 429]),
    ]
}
