//! The payloads of events: which type the `data` of each event type carries.
//!
//! Events reach you from the event stream (`GET /events`) and from webhooks. Most carry an
//! object the API also returns elsewhere ([`User`], [`Organization`], ...); the types here are
//! the payloads that exist only in events. [`EVENT_TYPES`] maps every event type to the
//! component of its `data`; the render writes it, with [`EVENT_DOCS`], into the `Event`
//! schema's `x-workos` object (`events`) and registers every listed type as a component, so
//! that each one is generated even though no operation returns it.

use schemars::{JsonSchema, SchemaGenerator};
use serde_json::Value;
use workos_spec_extensions::{self as ext, Extension};

use crate::agents::{AgentBlueprint, AgentInstance, AgentInstanceSession};
use crate::api_keys::ApiKey;
use crate::authkit::MagicAuth;
use crate::common::{Json, Timestamp};
use crate::directory_sync::{DirectoryGroup, DirectoryType, DirectoryUser};
use crate::events::EventActorSource;
use crate::feature_flags::{FeatureFlag, FlagRule, FlagTarget};
use crate::groups::Group;
use crate::invitations::Invitation;
use crate::organization_memberships::OrganizationMembership;
use crate::organizations::{Organization, OrganizationDomain};
use crate::pipes::{
    ConnectedAccount, ConnectedAccountState, ConnectedAccountStateReason, ConnectionRole,
    DataIntegrationAuthMethod,
};
use crate::roles::Permission;
use crate::sso::Connection;
use crate::user_management::{EmailVerification, PasswordReset, User, UserSession};

macro_rules! event_types {
    ($($name:literal => $component:ident: $doc:literal,)*) => {
        /// Every event type the API sends, with the name of the component its `data` carries.
        pub const EVENT_TYPES: &[(&str, &str)] = &[$(($name, stringify!($component))),*];

        /// What each event type of [`EVENT_TYPES`] means, in one line.
        pub const EVENT_DOCS: &[(&str, &str)] = &[$(($name, $doc)),*];

        /// Makes every `data` type of [`EVENT_TYPES`] a component of the document; the render
        /// calls it before it takes the generator's definitions.
        pub(crate) fn register(generator: &mut SchemaGenerator) {
            $(generator.subschema_for::<$component>();)*
        }
    };
}

event_types! {
    "action.authentication.denied" => ActionDeniedEventData: "An AuthKit Action refused a sign-in.",
    "action.user_registration.denied" => ActionDeniedEventData: "An AuthKit Action refused a sign-up.",
    "agent.registration.claim.attempt.created" => AgentRegistrationClaimAttempt: "Someone started to claim an agent registration.",
    "agent.registration.claim.completed" => CompletedAgentRegistrationClaim: "An agent registration was claimed.",
    "agent.registration.created" => AgentRegistrationCreated: "An agent registration was created.",
    "agent.registration.credential.issued" => AgentRegistrationCredential: "An agent registration received a credential.",
    "agent.registration.deleted" => AgentRegistrationEventData: "An agent registration was deleted.",
    "agent.registration.expired" => AgentRegistrationEventData: "An agent registration expired.",
    "agent.registration.organization.switched" => AgentRegistrationOrganizationSwitched: "An agent registration moved to another organization.",
    "agent.registration.refreshed" => AgentRegistrationEventData: "An agent registration was refreshed.",
    "agent.registration.revoked" => AgentRegistrationEventData: "An agent registration was revoked.",
    "agent.blueprint.created" => AgentBlueprint: "An agent blueprint was created.",
    "agent.blueprint.deleted" => AgentBlueprint: "An agent blueprint was deleted.",
    "agent.blueprint.updated" => AgentBlueprint: "An agent blueprint was changed.",
    "agent.instance.created" => AgentInstance: "An agent instance started.",
    "agent.instance.deleted" => AgentInstance: "An agent instance was deleted.",
    "agent.instance.session.created" => AgentInstanceSessionEventData: "An agent instance opened a session.",
    "agent.instance.session.revoked" => AgentInstanceSessionEventData: "An agent instance's session was revoked.",
    "pipes.account_connection.add_failed" => PipesAccountConnectionFailure: "Connecting one more account of a Pipes integration failed.",
    "pipes.account_connection.connected" => PipesAccountEventData: "An account was connected to a Pipes integration.",
    "pipes.account_connection.connection_failed" => PipesAccountConnectionFailure: "Connecting an account to a Pipes integration failed.",
    "pipes.account_connection.disconnected" => PipesAccountEventData: "An account was disconnected from a Pipes integration.",
    "pipes.account_connection.reauthorization_needed" => PipesAccountEventData: "A connected Pipes account must be authorized again.",
    "api_key.created" => ApiKey: "An API key was created.",
    "api_key.revoked" => ApiKey: "An API key was revoked.",
    "api_key.updated" => ApiKeyUpdated: "An API key was changed.",
    "authentication.email_verification_failed" => AuthenticationEventData: "An e-mail verification during sign-in failed.",
    "authentication.email_verification_succeeded" => AuthenticationEventData: "A user verified their e-mail address while signing in.",
    "authentication.magic_auth_failed" => AuthenticationEventData: "A Magic Auth sign-in failed.",
    "authentication.magic_auth_succeeded" => AuthenticationEventData: "A user signed in with Magic Auth.",
    "authentication.mfa_failed" => AuthenticationEventData: "A second-factor check failed.",
    "authentication.mfa_succeeded" => AuthenticationEventData: "A user passed a second-factor check.",
    "authentication.oauth_failed" => AuthenticationEventData: "An OAuth sign-in failed.",
    "authentication.oauth_succeeded" => AuthenticationEventData: "A user signed in through OAuth.",
    "authentication.passkey_failed" => AuthenticationEventData: "A passkey sign-in failed.",
    "authentication.passkey_succeeded" => AuthenticationEventData: "A user signed in with a passkey.",
    "authentication.password_failed" => AuthenticationEventData: "A password sign-in failed.",
    "authentication.password_succeeded" => AuthenticationEventData: "A user signed in with a password.",
    "authentication.radar_risk_detected" => RadarRiskDetectedEventData: "Radar found a risk in a sign-in.",
    "authentication.reauthentication_succeeded" => AuthenticationEventData: "A signed-in user confirmed their identity again.",
    "authentication.sso_failed" => AuthenticationEventData: "An SSO sign-in failed.",
    "authentication.sso_started" => AuthenticationEventData: "An SSO sign-in began.",
    "authentication.sso_succeeded" => AuthenticationEventData: "A user signed in through SSO.",
    "authentication.sso_timed_out" => AuthenticationEventData: "An SSO sign-in was not finished in time.",
    "connection.activated" => Connection: "An SSO connection became active.",
    "connection.deactivated" => Connection: "An SSO connection became inactive.",
    "connection.deleted" => Connection: "An SSO connection was deleted.",
    "connection.saml_certificate_renewal_required" => SamlCertificateRenewalRequired: "A SAML connection's certificate must be renewed soon.",
    "connection.saml_certificate_renewed" => SamlCertificateRenewed: "A SAML connection's certificate was renewed.",
    "dsync.activated" => DirectoryEventData: "A directory started syncing.",
    "dsync.deleted" => DirectoryEventData: "A directory was deleted.",
    "dsync.group.created" => DirectoryGroup: "A directory provisioned a group.",
    "dsync.group.deleted" => DirectoryGroup: "A directory removed a group.",
    "dsync.group.updated" => DirectoryGroupUpdated: "A directory group changed.",
    "dsync.group.user_added" => DirectoryGroupMembershipEvent: "A directory user joined a directory group.",
    "dsync.group.user_removed" => DirectoryGroupMembershipEvent: "A directory user left a directory group.",
    "dsync.token.created" => DirectoryToken: "A directory received a token to push changes with.",
    "dsync.token.revoked" => DirectoryToken: "A directory's push token was revoked.",
    "dsync.user.created" => DirectoryUser: "A directory provisioned a user.",
    "dsync.user.deleted" => DirectoryUser: "A directory removed a user.",
    "dsync.user.updated" => DirectoryUserUpdated: "A directory user changed.",
    "email_verification.created" => EmailVerification: "An e-mail verification code was issued.",
    "feature_flags.flag.created" => FeatureFlagEventData: "A feature flag was created.",
    "feature_flags.flag.deleted" => FeatureFlagEventData: "A feature flag was deleted.",
    "feature_flags.flag.updated" => FeatureFlagEventData: "A feature flag was changed.",
    "feature_flags.flag_rule.created" => FlagRule: "A targeting rule was added to a feature flag.",
    "feature_flags.flag_rule.deleted" => FlagRule: "A feature flag's targeting rule was deleted.",
    "feature_flags.flag_rule.updated" => FlagRule: "A feature flag's targeting rule was changed.",
    "feature_flags.flag_target.created" => FlagTarget: "An entity became a member of a targeting rule.",
    "feature_flags.flag_target.deleted" => FlagTarget: "An entity stopped being a member of a targeting rule.",
    "flag.created" => FeatureFlag: "A feature flag was created.",
    "flag.deleted" => FeatureFlag: "A feature flag was deleted.",
    "flag.rule_updated" => FeatureFlag: "A feature flag's targeting rules changed.",
    "flag.updated" => FeatureFlag: "A feature flag was changed.",
    "group.created" => Group: "A group was created.",
    "group.deleted" => Group: "A group was deleted.",
    "group.member_added" => GroupMembershipEvent: "An organization membership joined a group.",
    "group.member_removed" => GroupMembershipEvent: "An organization membership left a group.",
    "group.updated" => Group: "A group was changed.",
    "invitation.accepted" => Invitation: "An invitation was accepted.",
    "invitation.created" => Invitation: "An invitation was created.",
    "invitation.resent" => Invitation: "An invitation was sent again.",
    "invitation.revoked" => Invitation: "An invitation was revoked.",
    "magic_auth.created" => MagicAuth: "A Magic Auth code was issued.",
    "organization.created" => Organization: "An organization was created.",
    "organization.deleted" => Organization: "An organization was deleted.",
    "organization.updated" => Organization: "An organization was changed.",
    "organization_domain.created" => OrganizationDomain: "A domain was added to an organization.",
    "organization_domain.deleted" => OrganizationDomain: "A domain was removed from an organization.",
    "organization_domain.updated" => OrganizationDomain: "An organization domain changed.",
    "organization_domain.verification_failed" => OrganizationDomainVerificationFailed: "Verification of an organization domain failed.",
    "organization_domain.verified" => OrganizationDomain: "An organization domain was verified.",
    "organization_membership.created" => OrganizationMembership: "A user joined an organization.",
    "organization_membership.deleted" => OrganizationMembership: "A user left an organization.",
    "organization_membership.updated" => OrganizationMembership: "An organization membership changed.",
    "organization_role.created" => OrganizationRoleEventData: "An organization role was created.",
    "organization_role.deleted" => OrganizationRoleEventData: "An organization role was deleted.",
    "organization_role.updated" => OrganizationRoleEventData: "An organization role was changed.",
    "password_reset.created" => PasswordReset: "A password reset was requested.",
    "password_reset.succeeded" => PasswordReset: "A user reset their password.",
    "permission.created" => Permission: "A permission was created.",
    "permission.deleted" => Permission: "A permission was deleted.",
    "permission.updated" => Permission: "A permission was changed.",
    "pipes.connected_account.connected" => ConnectedAccountEventData: "A user connected a third-party account through Pipes.",
    "pipes.connected_account.connection_failed" => ConnectedAccountConnectionFailed: "Connecting a third-party account through Pipes failed.",
    "pipes.connected_account.disconnected" => ConnectedAccountEventData: "A third-party account was disconnected from Pipes.",
    "pipes.connected_account.reauthorization_needed" => ConnectedAccountEventData: "A connected third-party account must be authorized again.",
    "radar.challenge_created" => RadarChallengeCreatedEventData: "Radar asked a user for an extra check.",
    "resource_export.completed" => ResourceExportEventData: "An export of resources finished.",
    "resource_export.created" => ResourceExportEventData: "An export of resources was requested.",
    "resource_export.downloaded" => ResourceExportEventData: "An export of resources was downloaded.",
    "resource_export.failed" => ResourceExportEventData: "An export of resources failed.",
    "role.created" => RoleEventData: "An environment role was created.",
    "role.deleted" => RoleEventData: "An environment role was deleted.",
    "role.updated" => RoleEventData: "An environment role was changed.",
    "session.created" => UserSession: "A user session began.",
    "session.revoked" => UserSession: "A user session was revoked.",
    "user.created" => User: "A user was created.",
    "user.deleted" => User: "A user was deleted.",
    "user.updated" => User: "A user was changed.",
    "vault.byok_key.deleted" => VaultByokKeyEventData: "An organization's own Vault key was removed.",
    "vault.byok_key.verification_completed" => VaultByokKeyEventData: "Vault finished checking an organization's own key.",
    "vault.data.created" => VaultEventData: "A Vault object was created.",
    "vault.data.deleted" => VaultEventData: "A Vault object was deleted.",
    "vault.data.read" => VaultEventData: "A Vault object's value was read.",
    "vault.data.updated" => VaultEventData: "A Vault object's value was changed.",
    "vault.dek.decrypted" => VaultEventData: "A data key was decrypted.",
    "vault.dek.read" => VaultEventData: "Data keys were read.",
    "vault.dek.rekeyed" => VaultEventData: "Data keys were encrypted again under a new key context.",
    "vault.kek.created" => VaultEventData: "A key-encryption key was created.",
    "vault.kek.deleted" => VaultEventData: "A key-encryption key was deleted.",
    "vault.metadata.read" => VaultEventData: "A Vault object's metadata was read.",
    "vault.names.listed" => VaultEventData: "The names of the Vault objects were listed.",
    "waitlist_user.approved" => WaitlistUser: "A waitlisted user was let in.",
    "waitlist_user.created" => WaitlistUser: "A user joined the waitlist.",
    "waitlist_user.denied" => WaitlistUser: "A waitlisted user was turned away.",
}

/// The events' payloads that are an object of the API with fields of their own beside it
/// (`#[serde(flatten)]` here, which the rendered schema does not show): `(payload, object)`.
/// The render marks each payload's `x-workos.extends`, and the SDK converts it into the object.
pub const EXTENDS: &[(&str, &str)] = &[
    ("AgentInstanceSessionEventData", "AgentInstanceSession"),
    ("ApiKeyUpdated", "ApiKey"),
    ("ConnectedAccountEventData", "ConnectedAccount"),
    ("DirectoryGroupUpdated", "DirectoryGroup"),
    ("DirectoryUserUpdated", "DirectoryUser"),
    ("FeatureFlagEventData", "FeatureFlag"),
];

/// Writes [`EVENT_TYPES`] and [`EVENT_DOCS`] into the `Event` component's extension object;
/// fails if the `Event` component or a listed component is missing, if an event type is listed
/// twice, or if one has no doc line.
pub(crate) fn annotate(schemas: &mut std::collections::BTreeMap<String, Value>) -> Result<(), String> {
    let mut component = ext::Component::default();
    for (event, data) in EVENT_TYPES {
        if !schemas.contains_key(*data) {
            return Err(format!("event type `{event}` carries `{data}`, which is not a component"));
        }
        let doc = EVENT_DOCS
            .iter()
            .find(|(name, _)| name == event)
            .map(|(_, doc)| *doc)
            .ok_or_else(|| format!("event type `{event}` has no doc line"))?;
        if component.events.insert((*event).to_owned(), ext::EventType::new(*data, doc)).is_some() {
            return Err(format!("event type `{event}` is listed twice"));
        }
    }
    let event =
        schemas.get_mut("Event").and_then(Value::as_object_mut).ok_or("the `Event` component is missing")?;
    component.write(event);
    for (payload, object) in EXTENDS {
        // Every property of the object is one of the payload's, the same schema: what the
        // conversion moves.
        let properties = |name: &str| schemas.get(name).and_then(|s| s["properties"].as_object()).cloned();
        let (Some(own), Some(base)) = (properties(payload), properties(object)) else {
            return Err(format!(
                "`{payload}` extends `{object}`, and both must be components with properties"
            ));
        };
        if let Some((name, _)) = base.iter().find(|(name, schema)| own.get(*name) != Some(schema)) {
            return Err(format!("`{payload}` extends `{object}` but lacks its property `{name}` as it is"));
        }
        let schema = schemas.get_mut(*payload).and_then(Value::as_object_mut).expect("checked above");
        let mut extension =
            ext::Component::read(&Value::Object(schema.clone())).map_err(|e| format!("{payload}: {e}"))?;
        extension.extends = Some((*object).to_owned());
        extension.write(schema);
    }
    Ok(())
}

/// An AuthKit Action denied a sign-in or a sign-up.
#[derive(JsonSchema)]
pub struct ActionDeniedEventData {
    /// The Action endpoint that answered.
    pub action_endpoint_id: Option<String>,
    /// This run of the Action.
    pub action_execution_id: Option<String>,
    /// Which kind of Action it was.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: Option<ActionType>,
    /// The Action's verdict: always `Deny`.
    #[schemars(extend("const" = "Deny"))]
    pub verdict: Option<String>,
    /// The user who tried to sign in; absent on sign-ups.
    pub user_id: Option<String>,
    /// The organization the user tried to enter, if any.
    pub organization_id: Option<String>,
    /// The e-mail address of the attempt.
    pub email: Option<String>,
    /// The IP address the attempt came from.
    pub ip_address: Option<String>,
    /// The browser or client of the attempt.
    pub user_agent: Option<String>,
}

/// The kinds of AuthKit Actions.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ActionType {
    /// Runs when a user signs in.
    Authentication,
    /// Runs when a user signs up.
    UserRegistration,
}

/// An attempt to claim an agent registration.
#[derive(JsonSchema)]
pub struct AgentRegistrationClaimAttempt {
    /// Always `agent_registration_claim_attempt`.
    #[schemars(extend("const" = "agent_registration_claim_attempt"))]
    pub object: String,
    /// Unique id of the attempt.
    pub id: String,
    /// The agent registration being claimed.
    pub agent_registration_id: Option<String>,
    /// The claim the attempt belongs to.
    pub agent_registration_claim_id: Option<String>,
    /// The e-mail address suggested for the user who claims.
    pub login_hint: Option<String>,
    /// When the attempt can no longer be completed.
    pub expires_at: Option<Timestamp>,
    /// When the attempt was created.
    pub created_at: Timestamp,
    /// When the attempt last changed.
    pub updated_at: Timestamp,
}

/// A completed claim of an agent registration.
#[derive(JsonSchema)]
pub struct CompletedAgentRegistrationClaim {
    /// Always `agent_registration_claim`.
    #[schemars(extend("const" = "agent_registration_claim"))]
    pub object: String,
    /// Unique id of the claim.
    pub id: String,
    /// The agent registration that was claimed.
    pub agent_registration_id: Option<String>,
    /// The claim attempt that completed the claim.
    pub completed_by_attempt_id: Option<String>,
    /// Who claimed the agent.
    pub claimed_by: Option<AgentClaimant>,
    /// When the claim was completed.
    pub completed_at: Option<Timestamp>,
    /// When the claim was created.
    pub created_at: Timestamp,
    /// When the claim last changed.
    pub updated_at: Timestamp,
}

/// The user who claimed an agent, and the organization the agent joined.
#[derive(JsonSchema)]
pub struct AgentClaimant {
    /// The user's id.
    pub user_id: Option<String>,
    /// The organization the agent was placed in; `null` when none.
    pub organization_id: Option<String>,
}

/// A new agent registration, as the event that announces it carries it.
#[derive(JsonSchema)]
pub struct AgentRegistrationCreated {
    /// Always `agent_registration`.
    #[schemars(extend("const" = "agent_registration"))]
    pub object: String,
    /// Unique id of the registration.
    pub id: String,
    /// The agent's identity.
    pub agent_identity: Option<AgentRegistrationIdentity>,
    /// The organization the agent belongs to.
    pub organization_id: Option<String>,
    /// Where the registration is in its life cycle.
    pub status: Option<crate::agents::AgentRegistrationStatus>,
    /// How the agent authenticated when it registered.
    pub kind: Option<crate::agents::AgentRegistrationKind>,
    /// The mechanism the agent registered through.
    pub method: Option<AgentRegistrationMethod>,
    /// When the registration was created.
    pub created_at: Timestamp,
    /// When the registration last changed.
    pub updated_at: Timestamp,
}

/// The identity of a newly registered agent.
#[derive(JsonSchema)]
pub struct AgentRegistrationIdentity {
    /// Always `agent_identity`.
    #[schemars(extend("const" = "agent_identity"))]
    pub object: String,
    /// Unique id of the identity.
    pub id: String,
    /// The AuthKit user the agent acts for; `null` when it acts for no user.
    pub userland_user_id: Option<String>,
}

/// The mechanism an agent registered through.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgentRegistrationMethod {
    /// Without authenticating.
    Anonymous,
    /// With service authentication.
    ServiceAuth,
    /// With an identity assertion grant (ID-JAG).
    IdJag,
}

/// A credential issued to an agent registration (never the secret itself).
#[derive(JsonSchema)]
pub struct AgentRegistrationCredential {
    /// Always `agent_registration_credential`.
    #[schemars(extend("const" = "agent_registration_credential"))]
    pub object: String,
    /// Unique id of the credential.
    pub id: String,
    /// The agent registration that received it.
    pub agent_registration_id: Option<String>,
    /// What kind of credential it is, and how to recognise it.
    pub detail: Option<AgentCredentialDetail>,
    /// When the credential was issued.
    pub created_at: Timestamp,
    /// When the credential last changed.
    pub updated_at: Timestamp,
}

/// What an agent credential is. `kind` says which of the other fields apply.
#[derive(JsonSchema)]
pub struct AgentCredentialDetail {
    /// An API key or an access token.
    pub kind: Option<AgentCredentialKind>,
    /// For an API key: the key's id.
    pub api_key_id: Option<String>,
    /// For an access token: its `jti` claim, which names the token.
    pub jti: Option<String>,
    /// For an access token: when it stops working; `null` if never.
    pub expires_at: Option<Timestamp>,
}

/// The kinds of agent credentials.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AgentCredentialKind {
    /// An API key.
    ApiKey,
    /// An access token (a JWT).
    AccessToken,
}

/// An agent registration that changed, by its id.
#[derive(JsonSchema)]
pub struct AgentRegistrationEventData {
    /// The agent registration's id.
    pub agent_registration_id: String,
}

/// An agent registration moved from one organization to another.
#[derive(JsonSchema)]
pub struct AgentRegistrationOrganizationSwitched {
    /// The agent registration's id.
    pub agent_registration_id: String,
    /// The organization it left.
    pub from_organization_id: Option<String>,
    /// The organization it joined.
    pub to_organization_id: Option<String>,
}

/// An API key that changed, with the values it had before.
#[derive(JsonSchema)]
pub struct ApiKeyUpdated {
    /// The key as it is now.
    #[serde(flatten)]
    pub api_key: ApiKey,
    /// The fields that changed, with their values before the change.
    #[serde(default)]
    pub previous_attributes: Json,
}

/// A step of a sign-in: which method, whether it worked, and for whom.
#[derive(JsonSchema)]
pub struct AuthenticationEventData {
    /// The sign-in method.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: Option<AuthenticationEventType>,
    /// How the step ended.
    pub status: Option<AuthenticationEventStatus>,
    /// The IP address the attempt came from.
    pub ip_address: Option<String>,
    /// The browser or client of the attempt.
    pub user_agent: Option<String>,
    /// The user, when known.
    pub user_id: Option<String>,
    /// The e-mail address of the attempt, when known.
    pub email: Option<String>,
    /// On SSO sign-ins: the organization, connection and session involved.
    pub sso: Option<AuthenticationEventSso>,
    /// On failures: why the step failed.
    pub error: Option<AuthenticationEventError>,
}

/// The sign-in methods authentication events report on.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AuthenticationEventType {
    /// Proving ownership of an e-mail address with a code.
    EmailVerification,
    /// A one-time code sent by e-mail.
    MagicAuth,
    /// A second factor.
    Mfa,
    /// An OAuth provider.
    Oauth,
    /// A passkey.
    Passkey,
    /// A password.
    Password,
    /// A signed-in user proving their identity again.
    Reauthentication,
    /// Single Sign-On through an identity provider.
    Sso,
}

/// How a sign-in step ended.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AuthenticationEventStatus {
    /// It began (SSO only).
    Started,
    /// It worked.
    Succeeded,
    /// It failed; see `error`.
    Failed,
    /// It was not finished in time (SSO only).
    TimedOut,
}

/// The SSO details of an authentication event.
#[derive(JsonSchema)]
pub struct AuthenticationEventSso {
    /// The organization whose connection was used.
    pub organization_id: Option<String>,
    /// The SSO connection.
    pub connection_id: Option<String>,
    /// The SSO session.
    pub session_id: Option<String>,
}

/// Why a sign-in step failed.
#[derive(JsonSchema)]
pub struct AuthenticationEventError {
    /// A machine-readable code.
    pub code: Option<String>,
    /// A sentence that explains the failure.
    pub message: Option<String>,
}

/// Radar found a risk in a sign-in or sign-up.
#[derive(JsonSchema)]
pub struct RadarRiskDetectedEventData {
    /// The sign-in method used, such as `password`.
    pub auth_method: Option<String>,
    /// Whether the user was signing up or signing in.
    pub action: Option<RadarRiskAction>,
    /// The Radar control that flagged the attempt, if any.
    pub control: Option<String>,
    /// The kind of list entry that matched, if a list did.
    pub blocklist_type: Option<String>,
    /// The IP address the attempt came from.
    pub ip_address: Option<String>,
    /// The browser or client of the attempt.
    pub user_agent: Option<String>,
    /// The user.
    pub user_id: Option<String>,
    /// The e-mail address of the attempt.
    pub email: Option<String>,
}

/// What a user was doing when Radar found a risk.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RadarRiskAction {
    /// Creating an account.
    Signup,
    /// Signing in.
    Login,
}

/// Radar sent a user a code to check the sign-in is theirs.
#[derive(JsonSchema)]
pub struct RadarChallengeCreatedEventData {
    /// How the code was sent: `email`.
    #[serde(rename = "type")]
    #[schemars(extend("const" = "email"), transform = crate::extensions::rust_name("kind"))]
    pub kind: Option<String>,
    /// The challenge's id.
    pub radar_challenge_id: String,
    /// The user being challenged.
    pub user_id: Option<String>,
    /// The e-mail address the code went to.
    pub email: Option<String>,
}

/// A SAML certificate of a connection expires soon.
#[derive(JsonSchema)]
pub struct SamlCertificateRenewalRequired {
    /// The connection that uses the certificate.
    pub connection: SamlCertificateConnection,
    /// The certificate.
    pub certificate: Option<SamlCertificate>,
    /// Days left before it expires.
    pub days_until_expiry: Option<i64>,
}

/// A SAML certificate of a connection was replaced.
#[derive(JsonSchema)]
pub struct SamlCertificateRenewed {
    /// The connection that uses the certificate.
    pub connection: SamlCertificateConnection,
    /// The new certificate.
    pub certificate: Option<SamlCertificate>,
    /// When it was replaced.
    pub renewed_at: Option<Timestamp>,
}

/// The connection a SAML certificate event is about.
#[derive(JsonSchema)]
pub struct SamlCertificateConnection {
    /// The connection's id, `conn_...`.
    pub id: String,
    /// The organization of the connection.
    pub organization_id: Option<String>,
}

/// A certificate of a SAML connection.
#[derive(JsonSchema)]
pub struct SamlCertificate {
    /// What the certificate is used for.
    pub certificate_type: Option<SamlCertificateType>,
    /// When it expires.
    pub expiry_date: Option<Timestamp>,
    /// Whether it has expired already.
    pub is_expired: Option<bool>,
}

/// What a SAML certificate is used for.
#[derive(JsonSchema)]
pub enum SamlCertificateType {
    /// Checking the identity provider's signature on responses.
    ResponseSigning,
    /// Signing the requests sent to the identity provider.
    RequestSigning,
    /// Decrypting the identity provider's encrypted responses.
    ResponseEncryption,
}

/// A directory group that changed, with the values it had before.
#[derive(JsonSchema)]
pub struct DirectoryGroupUpdated {
    /// The group as it is now.
    #[serde(flatten)]
    pub group: DirectoryGroup,
    /// The fields that changed, with their values before the change.
    #[serde(default)]
    pub previous_attributes: Json,
}

/// A directory user that changed, with the values they had before.
#[derive(JsonSchema)]
pub struct DirectoryUserUpdated {
    /// The user as they are now.
    #[serde(flatten)]
    pub user: DirectoryUser,
    /// The fields that changed, with their values before the change.
    #[serde(default)]
    pub previous_attributes: Json,
}

/// A directory user who joined or left a directory group.
#[derive(JsonSchema)]
pub struct DirectoryGroupMembershipEvent {
    /// The directory of both.
    pub directory_id: Option<String>,
    /// The user.
    pub user: DirectoryUser,
    /// The group.
    pub group: DirectoryGroup,
}

/// A token that lets a directory provider push changes to WorkOS (never the token itself).
#[derive(JsonSchema)]
pub struct DirectoryToken {
    /// Always `directory_token`.
    #[schemars(extend("const" = "directory_token"))]
    pub object: String,
    /// Unique id of the token.
    pub id: String,
    /// The directory the token writes to.
    pub directory_id: Option<String>,
    /// The organization of that directory.
    pub organization_id: Option<String>,
    /// The last characters of the token, to recognise it.
    pub token_suffix: Option<String>,
    /// When the token was created.
    pub created_at: Timestamp,
}

/// An organization membership that joined or left a group.
#[derive(JsonSchema)]
pub struct GroupMembershipEvent {
    /// The group.
    pub group_id: String,
    /// The organization membership.
    pub organization_membership_id: String,
}

/// A domain of an organization that could not be verified.
#[derive(JsonSchema)]
pub struct OrganizationDomainVerificationFailed {
    /// Why verification failed.
    pub reason: Option<DomainVerificationFailureReason>,
    /// The domain.
    pub organization_domain: OrganizationDomain,
}

/// Why a domain could not be verified.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DomainVerificationFailureReason {
    /// The time allowed for verification ran out.
    DomainVerificationPeriodExpired,
    /// Another organization verified the domain first.
    DomainVerifiedByOtherOrganization,
}

/// A role of the environment, as role events carry it.
#[derive(JsonSchema)]
pub struct RoleEventData {
    /// Always `role`.
    #[schemars(extend("const" = "role"))]
    pub object: String,
    /// The role's key, such as `admin`.
    pub slug: String,
    /// The resource type the role applies to.
    pub resource_type_slug: Option<String>,
    /// The slugs of the permissions the role grants.
    #[serde(default)]
    pub permissions: Vec<String>,
    /// When the role was created.
    pub created_at: Option<Timestamp>,
    /// When the role last changed.
    pub updated_at: Option<Timestamp>,
}

/// A custom role of one organization, as organization role events carry it.
#[derive(JsonSchema)]
pub struct OrganizationRoleEventData {
    /// Always `organization_role`.
    #[schemars(extend("const" = "organization_role"))]
    pub object: String,
    /// The organization the role belongs to.
    pub organization_id: String,
    /// The role's key, unique in the organization.
    pub slug: String,
    /// Display name.
    pub name: Option<String>,
    /// What the role is for, if described.
    pub description: Option<String>,
    /// The resource type the role applies to.
    pub resource_type_slug: Option<String>,
    /// The slugs of the permissions the role grants.
    #[serde(default)]
    pub permissions: Vec<String>,
    /// When the role was created.
    pub created_at: Option<Timestamp>,
    /// When the role last changed.
    pub updated_at: Option<Timestamp>,
}

/// An agent instance's session, as its events carry it: with the organization it acts in
/// and, when it opens, the permissions it holds.
#[derive(JsonSchema)]
pub struct AgentInstanceSessionEventData {
    /// The session.
    #[serde(flatten)]
    pub session: AgentInstanceSession,
    /// The organization the session acts in.
    pub organization_id: Option<String>,
    /// On `agent.instance.session.created`: the permission slugs the session holds.
    #[serde(default)]
    pub permission_slugs: Vec<String>,
}

/// A directory, as `dsync.activated` and `dsync.deleted` carry it: with its domains, and a
/// state of its own (not the `linked`/`unlinked` of the directory the API returns).
#[derive(JsonSchema)]
pub struct DirectoryEventData {
    /// Always `directory`.
    #[schemars(extend("const" = "directory"))]
    pub object: String,
    /// Unique id, `directory_...`.
    pub id: String,
    /// The organization the directory belongs to.
    pub organization_id: Option<String>,
    /// The provider and protocol.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: Option<DirectoryType>,
    /// Where the directory stands.
    pub state: Option<DirectoryEventState>,
    /// Display name.
    pub name: Option<String>,
    /// The provider's identifier for the directory.
    pub external_key: Option<String>,
    /// The domains of the directory.
    #[serde(default)]
    pub domains: Vec<DirectoryEventDomain>,
    /// When the directory was created.
    pub created_at: Option<Timestamp>,
    /// When the directory last changed.
    pub updated_at: Option<Timestamp>,
}

/// Where a directory stands, as directory events say it.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DirectoryEventState {
    /// Syncing.
    Active,
    /// The connection is being checked.
    Validating,
    /// The provider rejected the credentials.
    InvalidCredentials,
    /// Not syncing.
    Inactive,
    /// Being removed.
    Deleting,
}

/// A domain of a directory, in directory events.
#[derive(JsonSchema)]
pub struct DirectoryEventDomain {
    /// Always `organization_domain`.
    #[schemars(extend("const" = "organization_domain"))]
    pub object: Option<String>,
    /// The organization domain's id, `org_domain_...`.
    pub id: String,
    /// The domain, such as `acme.com`.
    pub domain: String,
}

/// A connected account, as the `pipes.connected_account.*` events carry it: with its data
/// integration and provider.
#[derive(JsonSchema)]
pub struct ConnectedAccountEventData {
    /// The account.
    #[serde(flatten)]
    pub account: ConnectedAccount,
    /// The data integration the account was connected through.
    pub data_integration_id: Option<String>,
    /// The provider's slug, such as `github`.
    pub provider_slug: Option<String>,
}

/// A feature flag, as the `feature_flags.flag.*` events carry it: with its environment.
#[derive(JsonSchema)]
pub struct FeatureFlagEventData {
    /// The flag.
    #[serde(flatten)]
    pub flag: FeatureFlag,
    /// The environment the flag belongs to.
    pub environment_id: Option<String>,
}

/// An export of resources, as its events carry it.
#[derive(JsonSchema)]
pub struct ResourceExportEventData {
    /// Unique id of the export.
    pub id: String,
    /// What the export holds.
    pub resource_type: Option<ResourceExportType>,
}

/// What an export of resources holds.
#[derive(JsonSchema)]
pub enum ResourceExportType {
    /// Users.
    #[serde(rename = "users")]
    Users,
    /// Organizations.
    #[serde(rename = "organizations")]
    Organizations,
    /// Events.
    #[serde(rename = "events")]
    Events,
    /// Sessions.
    #[serde(rename = "sessions")]
    Sessions,
    /// Audit log events.
    #[serde(rename = "auditLogEvents")]
    AuditLogEvents,
    /// SSO connections.
    #[serde(rename = "connections")]
    Connections,
    /// Directory users.
    #[serde(rename = "directoryUsers")]
    DirectoryUsers,
    /// SCIM logs.
    #[serde(rename = "scimLogs")]
    ScimLogs,
    /// Radar detections.
    #[serde(rename = "radarDetections")]
    RadarDetections,
    /// Team activity log events.
    #[serde(rename = "teamActivityLogEvents")]
    TeamActivityLogEvents,
}

/// A failed attempt to connect an account through a data integration.
#[derive(JsonSchema)]
pub struct ConnectedAccountConnectionFailed {
    /// Always `connection_failed`.
    #[schemars(extend("const" = "connection_failed"))]
    pub object: String,
    /// The data integration used.
    pub data_integration_id: Option<String>,
    /// The provider, such as `github`.
    pub provider_slug: Option<String>,
    /// The user who tried to connect, if known.
    pub user_id: Option<String>,
    /// The organization the account was for, if any.
    pub organization_id: Option<String>,
    /// The provider's identifier for the account, when known.
    pub account_identifier: Option<String>,
    /// A machine-readable code for the failure.
    pub error_code: Option<String>,
    /// What went wrong, in words.
    pub error_reason: Option<String>,
    /// The error code the provider returned, if any.
    pub provider_error: Option<String>,
    /// The provider's explanation, if any.
    pub provider_error_description: Option<String>,
    /// When the attempt failed.
    pub created_at: Option<Timestamp>,
}

/// An operation on Vault data or keys. Which fields are present depends on the event type.
#[derive(JsonSchema)]
pub struct VaultEventData {
    /// Who acted.
    pub actor_id: Option<String>,
    /// Through what they acted.
    pub actor_source: Option<EventActorSource>,
    /// Their display name.
    pub actor_name: Option<String>,
    /// The name of the stored object, on data and metadata events.
    pub kv_name: Option<String>,
    /// The key involved, on data, data key and key-encryption key events.
    pub key_id: Option<String>,
    /// The keys read, on data key reads.
    #[serde(default)]
    pub key_ids: Vec<String>,
    /// The name of the key-encryption key, on its events.
    pub key_name: Option<String>,
    /// The key context that chose the key.
    #[serde(default)]
    pub key_context: Json,
}

/// A customer-managed (bring your own key) key of an organization that changed.
#[derive(JsonSchema)]
pub struct VaultByokKeyEventData {
    /// The organization that owns the key.
    pub organization_id: String,
    /// The service that holds the key.
    pub key_provider: Option<VaultByokKeyProvider>,
    /// On verification: whether Vault could use the key.
    pub verified: Option<bool>,
}

/// The key management services a customer-managed key can live in.
#[derive(JsonSchema)]
pub enum VaultByokKeyProvider {
    /// AWS Key Management Service.
    #[serde(rename = "AWS_KMS")]
    AwsKms,
    /// Google Cloud Key Management.
    #[serde(rename = "GCP_KMS")]
    GcpKms,
    /// Azure Key Vault.
    #[serde(rename = "AZURE_KEY_VAULT")]
    AzureKeyVault,
}

/// Someone on the waitlist of the application.
#[derive(JsonSchema)]
pub struct WaitlistUser {
    /// Always `waitlist_user`.
    #[schemars(extend("const" = "waitlist_user"))]
    pub object: String,
    /// Unique id.
    pub id: String,
    /// The e-mail address they joined with.
    pub email: String,
    /// Whether they were let in.
    pub state: Option<WaitlistUserState>,
    /// When they were let in; `null` until then.
    pub approved_at: Option<Timestamp>,
    /// The waitlist they are on, if named.
    pub waitlist_id: Option<String>,
    /// The answers they gave to the waitlist's extra questions, by field name.
    #[serde(default)]
    pub additional_fields: std::collections::BTreeMap<String, String>,
    /// When they joined.
    pub created_at: Timestamp,
    /// When their entry last changed.
    pub updated_at: Timestamp,
}

/// Where someone stands on the waitlist.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WaitlistUserState {
    /// Waiting for a decision.
    Pending,
    /// Let in.
    Approved,
    /// Turned away.
    Denied,
}

/// An account of a Pipes integration, as the `pipes.account_connection.*` events carry it.
// Shape: from the fields WorkOS's Rust crate reads for these events (newer than v0.61.0);
// everything but the id is optional, since no description of ours has seen one live.
#[derive(JsonSchema)]
pub struct PipesAccountEventData {
    /// The kind of object.
    pub object: Option<String>,
    /// Unique id of the connected account.
    pub id: String,
    /// The integration the account belongs to.
    pub data_integration_id: Option<String>,
    /// The provider's slug, such as `github`.
    pub provider_slug: Option<String>,
    /// The user the account belongs to, if a user's.
    pub user_id: Option<String>,
    /// The organization the account belongs to, if an organization's.
    pub organization_id: Option<String>,
    /// The OAuth scopes granted.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// How the account authenticates.
    pub auth_method: Option<DataIntegrationAuthMethod>,
    /// The last four characters of the API key, on `api_key` accounts.
    pub api_key_last_4: Option<String>,
    /// Whether the account can be used.
    pub state: Option<ConnectedAccountState>,
    /// Why the account is in its state.
    pub state_reason: Option<ConnectedAccountStateReason>,
    /// How the account takes part in the integration's connections.
    pub connection_role: Option<ConnectionRole>,
    /// The provider's identifier for the account.
    pub account_identifier: Option<String>,
    /// A readable name for the account.
    pub account_display_name: Option<String>,
    /// The user who connected the account, when it belongs to an organization.
    pub established_by_user_id: Option<String>,
    /// When the account was connected.
    pub created_at: Option<Timestamp>,
    /// When the account last changed.
    pub updated_at: Option<Timestamp>,
}

/// A failed attempt to connect an account to a Pipes integration.
#[derive(JsonSchema)]
pub struct PipesAccountConnectionFailure {
    /// The kind of object.
    pub object: Option<String>,
    /// The integration the attempt was for.
    pub data_integration_id: Option<String>,
    /// The provider's slug, such as `github`.
    pub provider_slug: Option<String>,
    /// The user who tried, if a user's account.
    pub user_id: Option<String>,
    /// The organization the account was for, if an organization's.
    pub organization_id: Option<String>,
    /// The provider's identifier for the account, when known.
    pub account_identifier: Option<String>,
    /// A machine-readable reason for the failure.
    pub error_code: Option<String>,
    /// The reason in words.
    pub error_reason: Option<String>,
    /// The error the provider gave, if any.
    pub provider_error: Option<String>,
    /// The provider's description of its error.
    pub provider_error_description: Option<String>,
    /// When the attempt failed.
    pub created_at: Option<Timestamp>,
}

#[cfg(test)]
mod tests {
    use super::EVENT_TYPES;

    #[test]
    fn every_event_type_is_listed_once_and_every_component_is_rendered() {
        let mut names: Vec<&str> = EVENT_TYPES.iter().map(|(name, _)| *name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), EVENT_TYPES.len(), "an event type is listed twice");

        let doc = serde_json::to_value(crate::openapi().unwrap()).unwrap();
        let schemas = &doc["components"]["schemas"];
        let mapping = <super::ext::Component as super::Extension>::read(&schemas["Event"]).unwrap().events;
        assert_eq!(mapping.len(), EVENT_TYPES.len());
        for (name, component) in EVENT_TYPES {
            assert_eq!(mapping[*name].data, *component);
            assert!(schemas[*component].is_object(), "`{component}` of `{name}` is not a component");
        }
    }
}
