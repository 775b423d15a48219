//! Webhook endpoints: the URLs WorkOS delivers events to, and the events each one receives.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{ListQuery, Timestamp};

/// A URL that WorkOS sends events to, signed with the endpoint's secret.
#[derive(JsonSchema)]
pub struct WebhookEndpoint {
    /// Always `webhook_endpoint`.
    #[schemars(extend("const" = "webhook_endpoint"))]
    pub object: String,
    /// Unique id, `we_...`.
    pub id: String,
    /// Where events are delivered.
    pub endpoint_url: String,
    /// The key that signs each delivery (`whsec_...`); check the `WorkOS-Signature` header
    /// with it.
    #[schemars(extend("format" = "password"))]
    pub secret: Option<String>,
    /// Whether deliveries are sent.
    pub status: Option<WebhookEndpointStatus>,
    /// The event types the endpoint receives, such as `user.created`.
    #[serde(default)]
    pub events: Vec<String>,
    /// When the endpoint was created.
    pub created_at: Timestamp,
    /// When the endpoint last changed.
    pub updated_at: Timestamp,
}

/// Whether a webhook endpoint receives deliveries.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum WebhookEndpointStatus {
    /// Events are delivered.
    Enabled,
    /// Delivery is paused.
    Disabled,
}

/// An event type a webhook endpoint can subscribe to.
#[derive(JsonSchema)]
pub enum WebhookEventType {
    /// An agent registration was created.
    #[serde(rename = "agent.registration.created")]
    AgentRegistrationCreated,
    /// Someone started to claim an agent registration.
    #[serde(rename = "agent.registration.claim.attempt.created")]
    AgentRegistrationClaimAttemptCreated,
    /// An agent registration was claimed.
    #[serde(rename = "agent.registration.claim.completed")]
    AgentRegistrationClaimCompleted,
    /// An agent registration received a credential.
    #[serde(rename = "agent.registration.credential.issued")]
    AgentRegistrationCredentialIssued,
    /// An agent registration was deleted.
    #[serde(rename = "agent.registration.deleted")]
    AgentRegistrationDeleted,
    /// An agent registration was refreshed.
    #[serde(rename = "agent.registration.refreshed")]
    AgentRegistrationRefreshed,
    /// An agent registration expired.
    #[serde(rename = "agent.registration.expired")]
    AgentRegistrationExpired,
    /// An agent registration moved to another organization.
    #[serde(rename = "agent.registration.organization.switched")]
    AgentRegistrationOrganizationSwitched,
    /// An agent registration was revoked.
    #[serde(rename = "agent.registration.revoked")]
    AgentRegistrationRevoked,
    /// A user verified their e-mail address while signing in.
    #[serde(rename = "authentication.email_verification_succeeded")]
    AuthenticationEmailVerificationSucceeded,
    /// A Magic Auth sign-in failed.
    #[serde(rename = "authentication.magic_auth_failed")]
    AuthenticationMagicAuthFailed,
    /// A user signed in with Magic Auth.
    #[serde(rename = "authentication.magic_auth_succeeded")]
    AuthenticationMagicAuthSucceeded,
    /// A user passed a second-factor check.
    #[serde(rename = "authentication.mfa_succeeded")]
    AuthenticationMfaSucceeded,
    /// An OAuth sign-in failed.
    #[serde(rename = "authentication.oauth_failed")]
    AuthenticationOauthFailed,
    /// A user signed in through OAuth.
    #[serde(rename = "authentication.oauth_succeeded")]
    AuthenticationOauthSucceeded,
    /// A password sign-in failed.
    #[serde(rename = "authentication.password_failed")]
    AuthenticationPasswordFailed,
    /// A user signed in with a password.
    #[serde(rename = "authentication.password_succeeded")]
    AuthenticationPasswordSucceeded,
    /// A passkey sign-in failed.
    #[serde(rename = "authentication.passkey_failed")]
    AuthenticationPasskeyFailed,
    /// A user signed in with a passkey.
    #[serde(rename = "authentication.passkey_succeeded")]
    AuthenticationPasskeySucceeded,
    /// An SSO sign-in failed.
    #[serde(rename = "authentication.sso_failed")]
    AuthenticationSsoFailed,
    /// An SSO sign-in began.
    #[serde(rename = "authentication.sso_started")]
    AuthenticationSsoStarted,
    /// A user signed in through SSO.
    #[serde(rename = "authentication.sso_succeeded")]
    AuthenticationSsoSucceeded,
    /// An SSO sign-in was not finished in time.
    #[serde(rename = "authentication.sso_timed_out")]
    AuthenticationSsoTimedOut,
    /// Radar asked a user for an extra check.
    #[serde(rename = "radar.challenge_created")]
    RadarChallengeCreated,
    /// Radar found a risk in a sign-in.
    #[serde(rename = "authentication.radar_risk_detected")]
    AuthenticationRadarRiskDetected,
    /// A signed-in user confirmed their identity again.
    #[serde(rename = "authentication.reauthentication_succeeded")]
    AuthenticationReauthenticationSucceeded,
    /// An API key was created.
    #[serde(rename = "api_key.created")]
    ApiKeyCreated,
    /// An API key was revoked.
    #[serde(rename = "api_key.revoked")]
    ApiKeyRevoked,
    /// An API key was changed.
    #[serde(rename = "api_key.updated")]
    ApiKeyUpdated,
    /// An SSO connection became active.
    #[serde(rename = "connection.activated")]
    ConnectionActivated,
    /// An SSO connection became inactive.
    #[serde(rename = "connection.deactivated")]
    ConnectionDeactivated,
    /// A SAML connection's certificate must be renewed soon.
    #[serde(rename = "connection.saml_certificate_renewal_required")]
    ConnectionSamlCertificateRenewalRequired,
    /// A SAML connection's certificate was renewed.
    #[serde(rename = "connection.saml_certificate_renewed")]
    ConnectionSamlCertificateRenewed,
    /// An SSO connection was deleted.
    #[serde(rename = "connection.deleted")]
    ConnectionDeleted,
    /// A directory started syncing.
    #[serde(rename = "dsync.activated")]
    DsyncActivated,
    /// A directory was deleted.
    #[serde(rename = "dsync.deleted")]
    DsyncDeleted,
    /// A directory provisioned a group.
    #[serde(rename = "dsync.group.created")]
    DsyncGroupCreated,
    /// A directory removed a group.
    #[serde(rename = "dsync.group.deleted")]
    DsyncGroupDeleted,
    /// A directory group changed.
    #[serde(rename = "dsync.group.updated")]
    DsyncGroupUpdated,
    /// A directory user joined a directory group.
    #[serde(rename = "dsync.group.user_added")]
    DsyncGroupUserAdded,
    /// A directory user left a directory group.
    #[serde(rename = "dsync.group.user_removed")]
    DsyncGroupUserRemoved,
    /// A directory provisioned a user.
    #[serde(rename = "dsync.user.created")]
    DsyncUserCreated,
    /// A directory removed a user.
    #[serde(rename = "dsync.user.deleted")]
    DsyncUserDeleted,
    /// A directory user changed.
    #[serde(rename = "dsync.user.updated")]
    DsyncUserUpdated,
    /// An e-mail verification code was issued.
    #[serde(rename = "email_verification.created")]
    EmailVerificationCreated,
    /// A group was created.
    #[serde(rename = "group.created")]
    GroupCreated,
    /// A group was deleted.
    #[serde(rename = "group.deleted")]
    GroupDeleted,
    /// An organization membership joined a group.
    #[serde(rename = "group.member_added")]
    GroupMemberAdded,
    /// An organization membership left a group.
    #[serde(rename = "group.member_removed")]
    GroupMemberRemoved,
    /// A group was changed.
    #[serde(rename = "group.updated")]
    GroupUpdated,
    /// A feature flag was created.
    #[serde(rename = "flag.created")]
    FlagCreated,
    /// A feature flag was deleted.
    #[serde(rename = "flag.deleted")]
    FlagDeleted,
    /// A feature flag was changed.
    #[serde(rename = "flag.updated")]
    FlagUpdated,
    /// A feature flag's targeting rules changed.
    #[serde(rename = "flag.rule_updated")]
    FlagRuleUpdated,
    // Listed by WorkOS's Python SDK 10.8.0 (workos-newer2-changes.md, medium); Node's list is
    // the older one.
    /// A feature flag was created (the rule-based flags' events).
    #[serde(rename = "feature_flags.flag.created")]
    FeatureFlagsFlagCreated,
    /// A feature flag was changed.
    #[serde(rename = "feature_flags.flag.updated")]
    FeatureFlagsFlagUpdated,
    /// A feature flag was deleted.
    #[serde(rename = "feature_flags.flag.deleted")]
    FeatureFlagsFlagDeleted,
    /// A targeting rule was added to a feature flag.
    #[serde(rename = "feature_flags.flag_rule.created")]
    FeatureFlagsFlagRuleCreated,
    /// A feature flag's targeting rule was changed.
    #[serde(rename = "feature_flags.flag_rule.updated")]
    FeatureFlagsFlagRuleUpdated,
    /// A feature flag's targeting rule was deleted.
    #[serde(rename = "feature_flags.flag_rule.deleted")]
    FeatureFlagsFlagRuleDeleted,
    /// An entity became a member of a targeting rule.
    #[serde(rename = "feature_flags.flag_target.created")]
    FeatureFlagsFlagTargetCreated,
    /// An entity stopped being a member of a targeting rule.
    #[serde(rename = "feature_flags.flag_target.deleted")]
    FeatureFlagsFlagTargetDeleted,
    /// An invitation was accepted.
    #[serde(rename = "invitation.accepted")]
    InvitationAccepted,
    /// An invitation was created.
    #[serde(rename = "invitation.created")]
    InvitationCreated,
    /// An invitation was sent again.
    #[serde(rename = "invitation.resent")]
    InvitationResent,
    /// An invitation was revoked.
    #[serde(rename = "invitation.revoked")]
    InvitationRevoked,
    /// A Magic Auth code was issued.
    #[serde(rename = "magic_auth.created")]
    MagicAuthCreated,
    /// An organization was created.
    #[serde(rename = "organization.created")]
    OrganizationCreated,
    /// An organization was deleted.
    #[serde(rename = "organization.deleted")]
    OrganizationDeleted,
    /// An organization was changed.
    #[serde(rename = "organization.updated")]
    OrganizationUpdated,
    /// A domain was added to an organization.
    #[serde(rename = "organization_domain.created")]
    OrganizationDomainCreated,
    /// A domain was removed from an organization.
    #[serde(rename = "organization_domain.deleted")]
    OrganizationDomainDeleted,
    /// An organization domain changed.
    #[serde(rename = "organization_domain.updated")]
    OrganizationDomainUpdated,
    /// An organization domain was verified.
    #[serde(rename = "organization_domain.verified")]
    OrganizationDomainVerified,
    /// Verification of an organization domain failed.
    #[serde(rename = "organization_domain.verification_failed")]
    OrganizationDomainVerificationFailed,
    /// A password reset was requested.
    #[serde(rename = "password_reset.created")]
    PasswordResetCreated,
    /// A user reset their password.
    #[serde(rename = "password_reset.succeeded")]
    PasswordResetSucceeded,
    /// A user was created.
    #[serde(rename = "user.created")]
    UserCreated,
    /// A user was changed.
    #[serde(rename = "user.updated")]
    UserUpdated,
    /// A user was deleted.
    #[serde(rename = "user.deleted")]
    UserDeleted,
    /// A user joined an organization.
    #[serde(rename = "organization_membership.created")]
    OrganizationMembershipCreated,
    /// A user left an organization.
    #[serde(rename = "organization_membership.deleted")]
    OrganizationMembershipDeleted,
    /// An organization membership changed.
    #[serde(rename = "organization_membership.updated")]
    OrganizationMembershipUpdated,
    /// An environment role was created.
    #[serde(rename = "role.created")]
    RoleCreated,
    /// An environment role was deleted.
    #[serde(rename = "role.deleted")]
    RoleDeleted,
    /// An environment role was changed.
    #[serde(rename = "role.updated")]
    RoleUpdated,
    /// An organization role was created.
    #[serde(rename = "organization_role.created")]
    OrganizationRoleCreated,
    /// An organization role was deleted.
    #[serde(rename = "organization_role.deleted")]
    OrganizationRoleDeleted,
    /// An organization role was changed.
    #[serde(rename = "organization_role.updated")]
    OrganizationRoleUpdated,
    /// A permission was created.
    #[serde(rename = "permission.created")]
    PermissionCreated,
    /// A permission was deleted.
    #[serde(rename = "permission.deleted")]
    PermissionDeleted,
    /// A permission was changed.
    #[serde(rename = "permission.updated")]
    PermissionUpdated,
    /// A user connected a third-party account through Pipes.
    #[serde(rename = "pipes.connected_account.connected")]
    PipesConnectedAccountConnected,
    /// Connecting a third-party account through Pipes failed.
    #[serde(rename = "pipes.connected_account.connection_failed")]
    PipesConnectedAccountConnectionFailed,
    /// A third-party account was disconnected from Pipes.
    #[serde(rename = "pipes.connected_account.disconnected")]
    PipesConnectedAccountDisconnected,
    /// A connected third-party account must be authorized again.
    #[serde(rename = "pipes.connected_account.reauthorization_needed")]
    PipesConnectedAccountReauthorizationNeeded,
    /// A user session began.
    #[serde(rename = "session.created")]
    SessionCreated,
    /// A user session was revoked.
    #[serde(rename = "session.revoked")]
    SessionRevoked,
    /// A waitlisted user was let in.
    #[serde(rename = "waitlist_user.approved")]
    WaitlistUserApproved,
    /// A user joined the waitlist.
    #[serde(rename = "waitlist_user.created")]
    WaitlistUserCreated,
    /// A waitlisted user was turned away.
    #[serde(rename = "waitlist_user.denied")]
    WaitlistUserDenied,
    /// An agent blueprint was created.
    #[serde(rename = "agent.blueprint.created")]
    AgentBlueprintCreated,
    /// An agent blueprint was deleted.
    #[serde(rename = "agent.blueprint.deleted")]
    AgentBlueprintDeleted,
    /// An agent blueprint was changed.
    #[serde(rename = "agent.blueprint.updated")]
    AgentBlueprintUpdated,
    /// An agent instance started.
    #[serde(rename = "agent.instance.created")]
    AgentInstanceCreated,
    /// An agent instance was deleted.
    #[serde(rename = "agent.instance.deleted")]
    AgentInstanceDeleted,
    /// An agent instance opened a session.
    #[serde(rename = "agent.instance.session.created")]
    AgentInstanceSessionCreated,
    /// An agent instance's session was revoked.
    #[serde(rename = "agent.instance.session.revoked")]
    AgentInstanceSessionRevoked,
    /// Connecting one more account of a Pipes integration failed.
    #[serde(rename = "pipes.account_connection.add_failed")]
    PipesAccountConnectionAddFailed,
    /// An account was connected to a Pipes integration.
    #[serde(rename = "pipes.account_connection.connected")]
    PipesAccountConnectionConnected,
    /// Connecting an account to a Pipes integration failed.
    #[serde(rename = "pipes.account_connection.connection_failed")]
    PipesAccountConnectionConnectionFailed,
    /// An account was disconnected from a Pipes integration.
    #[serde(rename = "pipes.account_connection.disconnected")]
    PipesAccountConnectionDisconnected,
    /// A connected Pipes account must be authorized again.
    #[serde(rename = "pipes.account_connection.reauthorization_needed")]
    PipesAccountConnectionReauthorizationNeeded,
}

/// Request body that registers a webhook endpoint.
#[derive(JsonSchema)]
pub struct CreateWebhookEndpoint {
    /// The HTTPS URL to deliver events to.
    pub endpoint_url: String,
    /// The event types to deliver.
    pub events: Vec<WebhookEventType>,
}

/// Request body that changes a webhook endpoint; absent fields keep their value.
#[derive(JsonSchema)]
pub struct UpdateWebhookEndpoint {
    /// The new HTTPS URL to deliver events to.
    pub endpoint_url: Option<String>,
    /// Turns delivery on or off.
    pub status: Option<WebhookEndpointStatus>,
    /// The new full list of event types to deliver.
    #[serde(default)]
    pub events: Vec<WebhookEventType>,
}

const ID: &str = "The webhook endpoint's id, `we_...`.";

/// The operations on webhook endpoints.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/webhook_endpoints", "list_webhook_endpoints")
            .sdk("webhooks", "list_endpoints")
            .tag("webhooks")
            .doc("Lists the webhook endpoints of the environment.")
            .query::<ListQuery>()
            .list::<WebhookEndpoint>(),
        Operation::post("/webhook_endpoints", "create_webhook_endpoint")
            .sdk("webhooks", "create_endpoint")
            .tag("webhooks")
            .doc("Registers a URL to receive the given event types; the answer carries its signing secret.")
            .json_body::<CreateWebhookEndpoint>()
            .returns::<WebhookEndpoint>(201)
            .errors(&[409, 422]),
        Operation::patch("/webhook_endpoints/{id}", "update_webhook_endpoint")
            .sdk("webhooks", "update_endpoint")
            .tag("webhooks")
            .doc("Changes a webhook endpoint's URL, event types or status.")
            .path_param("id", ID)
            .json_body::<UpdateWebhookEndpoint>()
            .returns::<WebhookEndpoint>(200)
            .errors(&[404, 409, 422]),
        Operation::delete("/webhook_endpoints/{id}", "delete_webhook_endpoint")
            .sdk("webhooks", "delete_endpoint")
            .tag("webhooks")
            .doc("Deletes a webhook endpoint; no more events go to it.")
            .path_param("id", ID)
            .empty(204)
            .errors(&[404]),
    ]
}
