//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub struct ListWebhookEndpointsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub enum WebhookEndpointJsonStatus {
    /// DOC
    #[serde(rename = "enabled")]
    Enabled,
    /// DOC
    #[serde(rename = "disabled")]
    Disabled,
}

/// DOC
#[derive(JsonSchema)]
pub struct WebhookEndpointJson {
    /// DOC
    #[schemars(extend("const" = "webhook_endpoint"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub endpoint_url: Option<String>,
    /// DOC
    pub secret: Option<String>,
    /// DOC
    pub status: Option<WebhookEndpointJsonStatus>,
    /// DOC
    #[serde(default)]
    pub events: Vec<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub enum CreateWebhookEndpointEvent {
    /// DOC
    #[serde(rename = "agent.registration.created")]
    AgentRegistrationCreated,
    /// DOC
    #[serde(rename = "agent.registration.claim.attempt.created")]
    AgentRegistrationClaimAttemptCreated,
    /// DOC
    #[serde(rename = "agent.registration.claim.completed")]
    AgentRegistrationClaimCompleted,
    /// DOC
    #[serde(rename = "agent.registration.credential.issued")]
    AgentRegistrationCredentialIssued,
    /// DOC
    #[serde(rename = "agent.registration.deleted")]
    AgentRegistrationDeleted,
    /// DOC
    #[serde(rename = "agent.registration.refreshed")]
    AgentRegistrationRefreshed,
    /// DOC
    #[serde(rename = "agent.registration.expired")]
    AgentRegistrationExpired,
    /// DOC
    #[serde(rename = "agent.registration.organization.switched")]
    AgentRegistrationOrganizationSwitched,
    /// DOC
    #[serde(rename = "agent.registration.revoked")]
    AgentRegistrationRevoked,
    /// DOC
    #[serde(rename = "authentication.email_verification_succeeded")]
    AuthenticationEmailVerificationSucceeded,
    /// DOC
    #[serde(rename = "authentication.magic_auth_failed")]
    AuthenticationMagicAuthFailed,
    /// DOC
    #[serde(rename = "authentication.magic_auth_succeeded")]
    AuthenticationMagicAuthSucceeded,
    /// DOC
    #[serde(rename = "authentication.mfa_succeeded")]
    AuthenticationMfaSucceeded,
    /// DOC
    #[serde(rename = "authentication.oauth_failed")]
    AuthenticationOauthFailed,
    /// DOC
    #[serde(rename = "authentication.oauth_succeeded")]
    AuthenticationOauthSucceeded,
    /// DOC
    #[serde(rename = "authentication.password_failed")]
    AuthenticationPasswordFailed,
    /// DOC
    #[serde(rename = "authentication.password_succeeded")]
    AuthenticationPasswordSucceeded,
    /// DOC
    #[serde(rename = "authentication.passkey_failed")]
    AuthenticationPasskeyFailed,
    /// DOC
    #[serde(rename = "authentication.passkey_succeeded")]
    AuthenticationPasskeySucceeded,
    /// DOC
    #[serde(rename = "authentication.sso_failed")]
    AuthenticationSsoFailed,
    /// DOC
    #[serde(rename = "authentication.sso_started")]
    AuthenticationSsoStarted,
    /// DOC
    #[serde(rename = "authentication.sso_succeeded")]
    AuthenticationSsoSucceeded,
    /// DOC
    #[serde(rename = "authentication.sso_timed_out")]
    AuthenticationSsoTimedOut,
    /// DOC
    #[serde(rename = "radar.challenge_created")]
    RadarChallengeCreated,
    /// DOC
    #[serde(rename = "authentication.radar_risk_detected")]
    AuthenticationRadarRiskDetected,
    /// DOC
    #[serde(rename = "authentication.reauthentication_succeeded")]
    AuthenticationReauthenticationSucceeded,
    /// DOC
    #[serde(rename = "api_key.created")]
    ApiKeyCreated,
    /// DOC
    #[serde(rename = "api_key.revoked")]
    ApiKeyRevoked,
    /// DOC
    #[serde(rename = "api_key.updated")]
    ApiKeyUpdated,
    /// DOC
    #[serde(rename = "connection.activated")]
    ConnectionActivated,
    /// DOC
    #[serde(rename = "connection.deactivated")]
    ConnectionDeactivated,
    /// DOC
    #[serde(rename = "connection.saml_certificate_renewal_required")]
    ConnectionSamlCertificateRenewalRequired,
    /// DOC
    #[serde(rename = "connection.saml_certificate_renewed")]
    ConnectionSamlCertificateRenewed,
    /// DOC
    #[serde(rename = "connection.deleted")]
    ConnectionDeleted,
    /// DOC
    #[serde(rename = "dsync.activated")]
    DsyncActivated,
    /// DOC
    #[serde(rename = "dsync.deleted")]
    DsyncDeleted,
    /// DOC
    #[serde(rename = "dsync.group.created")]
    DsyncGroupCreated,
    /// DOC
    #[serde(rename = "dsync.group.deleted")]
    DsyncGroupDeleted,
    /// DOC
    #[serde(rename = "dsync.group.updated")]
    DsyncGroupUpdated,
    /// DOC
    #[serde(rename = "dsync.group.user_added")]
    DsyncGroupUserAdded,
    /// DOC
    #[serde(rename = "dsync.group.user_removed")]
    DsyncGroupUserRemoved,
    /// DOC
    #[serde(rename = "dsync.user.created")]
    DsyncUserCreated,
    /// DOC
    #[serde(rename = "dsync.user.deleted")]
    DsyncUserDeleted,
    /// DOC
    #[serde(rename = "dsync.user.updated")]
    DsyncUserUpdated,
    /// DOC
    #[serde(rename = "email_verification.created")]
    EmailVerificationCreated,
    /// DOC
    #[serde(rename = "group.created")]
    GroupCreated,
    /// DOC
    #[serde(rename = "group.deleted")]
    GroupDeleted,
    /// DOC
    #[serde(rename = "group.member_added")]
    GroupMemberAdded,
    /// DOC
    #[serde(rename = "group.member_removed")]
    GroupMemberRemoved,
    /// DOC
    #[serde(rename = "group.updated")]
    GroupUpdated,
    /// DOC
    #[serde(rename = "flag.created")]
    FlagCreated,
    /// DOC
    #[serde(rename = "flag.deleted")]
    FlagDeleted,
    /// DOC
    #[serde(rename = "flag.updated")]
    FlagUpdated,
    /// DOC
    #[serde(rename = "flag.rule_updated")]
    FlagRuleUpdated,
    /// DOC
    #[serde(rename = "invitation.accepted")]
    InvitationAccepted,
    /// DOC
    #[serde(rename = "invitation.created")]
    InvitationCreated,
    /// DOC
    #[serde(rename = "invitation.resent")]
    InvitationResent,
    /// DOC
    #[serde(rename = "invitation.revoked")]
    InvitationRevoked,
    /// DOC
    #[serde(rename = "magic_auth.created")]
    MagicAuthCreated,
    /// DOC
    #[serde(rename = "organization.created")]
    OrganizationCreated,
    /// DOC
    #[serde(rename = "organization.deleted")]
    OrganizationDeleted,
    /// DOC
    #[serde(rename = "organization.updated")]
    OrganizationUpdated,
    /// DOC
    #[serde(rename = "organization_domain.created")]
    OrganizationDomainCreated,
    /// DOC
    #[serde(rename = "organization_domain.deleted")]
    OrganizationDomainDeleted,
    /// DOC
    #[serde(rename = "organization_domain.updated")]
    OrganizationDomainUpdated,
    /// DOC
    #[serde(rename = "organization_domain.verified")]
    OrganizationDomainVerified,
    /// DOC
    #[serde(rename = "organization_domain.verification_failed")]
    OrganizationDomainVerificationFailed,
    /// DOC
    #[serde(rename = "password_reset.created")]
    PasswordResetCreated,
    /// DOC
    #[serde(rename = "password_reset.succeeded")]
    PasswordResetSucceeded,
    /// DOC
    #[serde(rename = "user.created")]
    UserCreated,
    /// DOC
    #[serde(rename = "user.updated")]
    UserUpdated,
    /// DOC
    #[serde(rename = "user.deleted")]
    UserDeleted,
    /// DOC
    #[serde(rename = "organization_membership.created")]
    OrganizationMembershipCreated,
    /// DOC
    #[serde(rename = "organization_membership.deleted")]
    OrganizationMembershipDeleted,
    /// DOC
    #[serde(rename = "organization_membership.updated")]
    OrganizationMembershipUpdated,
    /// DOC
    #[serde(rename = "role.created")]
    RoleCreated,
    /// DOC
    #[serde(rename = "role.deleted")]
    RoleDeleted,
    /// DOC
    #[serde(rename = "role.updated")]
    RoleUpdated,
    /// DOC
    #[serde(rename = "organization_role.created")]
    OrganizationRoleCreated,
    /// DOC
    #[serde(rename = "organization_role.deleted")]
    OrganizationRoleDeleted,
    /// DOC
    #[serde(rename = "organization_role.updated")]
    OrganizationRoleUpdated,
    /// DOC
    #[serde(rename = "permission.created")]
    PermissionCreated,
    /// DOC
    #[serde(rename = "permission.deleted")]
    PermissionDeleted,
    /// DOC
    #[serde(rename = "permission.updated")]
    PermissionUpdated,
    /// DOC
    #[serde(rename = "pipes.connected_account.connected")]
    PipesConnectedAccountConnected,
    /// DOC
    #[serde(rename = "pipes.connected_account.connection_failed")]
    PipesConnectedAccountConnectionFailed,
    /// DOC
    #[serde(rename = "pipes.connected_account.disconnected")]
    PipesConnectedAccountDisconnected,
    /// DOC
    #[serde(rename = "pipes.connected_account.reauthorization_needed")]
    PipesConnectedAccountReauthorizationNeeded,
    /// DOC
    #[serde(rename = "session.created")]
    SessionCreated,
    /// DOC
    #[serde(rename = "session.revoked")]
    SessionRevoked,
    /// DOC
    #[serde(rename = "waitlist_user.approved")]
    WaitlistUserApproved,
    /// DOC
    #[serde(rename = "waitlist_user.created")]
    WaitlistUserCreated,
    /// DOC
    #[serde(rename = "waitlist_user.denied")]
    WaitlistUserDenied,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateWebhookEndpoint {
    /// DOC
    pub endpoint_url: String,
    /// DOC
    pub events: Vec<CreateWebhookEndpointEvent>,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateWebhookEndpoint {
    /// DOC
    pub endpoint_url: Option<String>,
    /// DOC
    pub status: Option<WebhookEndpointJsonStatus>,
    /// DOC
    #[serde(default)]
    pub events: Vec<CreateWebhookEndpointEvent>,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/webhook_endpoints", "list_webhook_endpoints")
            .tag("webhooks")
            .doc("DOC")
            .query::<ListWebhookEndpointsQuery>()
            .list::<WebhookEndpointJson>(),
        Operation::post("/webhook_endpoints", "create_webhook_endpoint")
            .tag("webhooks")
            .doc("DOC")
            .json_body::<CreateWebhookEndpoint>()
            .returns::<WebhookEndpointJson>(201)
            .errors(&[409, 422]),
        Operation::patch("/webhook_endpoints/{id}", "update_webhook_endpoint")
            .tag("webhooks")
            .doc("DOC")
            .path_param("id", "DOC")
            .json_body::<UpdateWebhookEndpoint>()
            .returns::<WebhookEndpointJson>(200)
            .errors(&[404, 409, 422]),
        Operation::delete("/webhook_endpoints/{id}", "delete_webhook_endpoint")
            .tag("webhooks")
            .doc("DOC")
            .path_param("id", "DOC")
            .empty(204)
            .errors(&[404]),
    ]
}
