//! Typed events: what the event stream and webhooks deliver, with `data` parsed into the
//! object each event type carries.
//!
//! ```
//! use workos::event::{Event, EventData};
//!
//! let body = br#"{"object":"event","id":"event_1","event":"group.member_added",
//!     "data":{"group_id":"group_1","organization_membership_id":"om_1"},
//!     "created_at":"2026-01-01T00:00:00.000Z"}"#;
//! let event = Event::from_slice(body).unwrap();
//! assert_eq!(event.name(), "group.member_added");
//! match event.data {
//!     EventData::GroupMemberAdded(member) => assert_eq!(member.group_id, "group_1"),
//!     other => panic!("unexpected {}", other.name()),
//! }
//! ```
//!
//! An event type this version does not know yet is [`EventData::Unknown`], with its name and
//! data as sent; a known event type whose data does not fit its type is an error of kind
//! [`ErrorKind::Decode`](crate::ErrorKind::Decode) that names the event type.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{DecodeError, Error, Result};
use crate::types;

/// One event, from the event stream or a webhook.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Event {
    /// The event's id, `event_...`.
    pub id: String,
    /// When it happened (RFC 3339).
    pub created_at: Option<String>,
    /// What happened, with its object.
    pub data: EventData,
    /// Where it came from, when the API says.
    pub context: Option<serde_json::Value>,
}

/// Declares [`EventData`] from one table: each row is a variant, the type of its data (in
/// [`types`]) and the event type it stands for.
macro_rules! event_data {
    ($($(#[doc = $doc:literal])* $variant:ident($data:ident) = $name:literal,)*) => {
        /// What happened, with the object the event carries: one variant per event type.
        #[derive(Debug, Clone)]
        #[non_exhaustive]
        pub enum EventData {
            $(
                $(#[doc = $doc])*
                #[doc = ""]
                #[doc = concat!("Event type `", $name, "`.")]
                $variant(types::$data),
            )*
            /// An event type this version of the SDK does not know: its name and data as sent.
            Unknown {
                /// The event type, such as `user.created`.
                event: String,
                /// The event's data, as sent.
                data: serde_json::Value,
            },
        }

        /// Every event type that has its own [`EventData`] variant.
        pub const EVENT_TYPES: &[&str] = &[$($name),*];

        impl EventData {
            /// The event type, such as `user.created`.
            pub fn name(&self) -> &str {
                match self {
                    $(EventData::$variant(_) => $name,)*
                    EventData::Unknown { event, .. } => event,
                }
            }

            /// Parses `data` as the data of an `event`; `body` is the whole event as received,
            /// when there is one, to say where a failure is.
            fn parse(event: String, data: Value, body: Option<&[u8]>) -> Result<EventData> {
                Ok(match event.as_str() {
                    $($name => EventData::$variant(parse_data($name, data, body)?),)*
                    _ => EventData::Unknown { event, data },
                })
            }
        }
    };
}

event_data! {
    /// An AuthKit Action refused a sign-in.
    ActionAuthenticationDenied(ActionDeniedEventData) = "action.authentication.denied",
    /// An AuthKit Action refused a sign-up.
    ActionUserRegistrationDenied(ActionDeniedEventData) = "action.user_registration.denied",
    /// Someone started to claim an agent registration.
    AgentRegistrationClaimAttemptCreated(AgentRegistrationClaimAttempt) = "agent.registration.claim.attempt.created",
    /// An agent registration was claimed.
    AgentRegistrationClaimCompleted(CompletedAgentRegistrationClaim) = "agent.registration.claim.completed",
    /// An agent registration was created.
    AgentRegistrationCreated(AgentRegistrationCreated) = "agent.registration.created",
    /// An agent registration received a credential.
    AgentRegistrationCredentialIssued(AgentRegistrationCredential) = "agent.registration.credential.issued",
    /// An agent registration was deleted.
    AgentRegistrationDeleted(AgentRegistrationEventData) = "agent.registration.deleted",
    /// An agent registration expired.
    AgentRegistrationExpired(AgentRegistrationEventData) = "agent.registration.expired",
    /// An agent registration moved to another organization.
    AgentRegistrationOrganizationSwitched(AgentRegistrationOrganizationSwitched) = "agent.registration.organization.switched",
    /// An agent registration was refreshed.
    AgentRegistrationRefreshed(AgentRegistrationEventData) = "agent.registration.refreshed",
    /// An agent registration was revoked.
    AgentRegistrationRevoked(AgentRegistrationEventData) = "agent.registration.revoked",
    /// An API key was created.
    ApiKeyCreated(ApiKey) = "api_key.created",
    /// An API key was revoked.
    ApiKeyRevoked(ApiKey) = "api_key.revoked",
    /// An API key was changed.
    ApiKeyUpdated(ApiKeyUpdated) = "api_key.updated",
    /// An e-mail verification during sign-in failed.
    AuthenticationEmailVerificationFailed(AuthenticationEventData) = "authentication.email_verification_failed",
    /// A user verified their e-mail address while signing in.
    AuthenticationEmailVerificationSucceeded(AuthenticationEventData) = "authentication.email_verification_succeeded",
    /// A Magic Auth sign-in failed.
    AuthenticationMagicAuthFailed(AuthenticationEventData) = "authentication.magic_auth_failed",
    /// A user signed in with Magic Auth.
    AuthenticationMagicAuthSucceeded(AuthenticationEventData) = "authentication.magic_auth_succeeded",
    /// A second-factor check failed.
    AuthenticationMfaFailed(AuthenticationEventData) = "authentication.mfa_failed",
    /// A user passed a second-factor check.
    AuthenticationMfaSucceeded(AuthenticationEventData) = "authentication.mfa_succeeded",
    /// An OAuth sign-in failed.
    AuthenticationOauthFailed(AuthenticationEventData) = "authentication.oauth_failed",
    /// A user signed in through OAuth.
    AuthenticationOauthSucceeded(AuthenticationEventData) = "authentication.oauth_succeeded",
    /// A passkey sign-in failed.
    AuthenticationPasskeyFailed(AuthenticationEventData) = "authentication.passkey_failed",
    /// A user signed in with a passkey.
    AuthenticationPasskeySucceeded(AuthenticationEventData) = "authentication.passkey_succeeded",
    /// A password sign-in failed.
    AuthenticationPasswordFailed(AuthenticationEventData) = "authentication.password_failed",
    /// A user signed in with a password.
    AuthenticationPasswordSucceeded(AuthenticationEventData) = "authentication.password_succeeded",
    /// Radar found a risk in a sign-in.
    AuthenticationRadarRiskDetected(RadarRiskDetectedEventData) = "authentication.radar_risk_detected",
    /// A signed-in user confirmed their identity again.
    AuthenticationReauthenticationSucceeded(AuthenticationEventData) = "authentication.reauthentication_succeeded",
    /// An SSO sign-in failed.
    AuthenticationSsoFailed(AuthenticationEventData) = "authentication.sso_failed",
    /// An SSO sign-in began.
    AuthenticationSsoStarted(AuthenticationEventData) = "authentication.sso_started",
    /// A user signed in through SSO.
    AuthenticationSsoSucceeded(AuthenticationEventData) = "authentication.sso_succeeded",
    /// An SSO sign-in was not finished in time.
    AuthenticationSsoTimedOut(AuthenticationEventData) = "authentication.sso_timed_out",
    /// An SSO connection became active.
    ConnectionActivated(Connection) = "connection.activated",
    /// An SSO connection became inactive.
    ConnectionDeactivated(Connection) = "connection.deactivated",
    /// An SSO connection was deleted.
    ConnectionDeleted(Connection) = "connection.deleted",
    /// A SAML connection's certificate must be renewed soon.
    ConnectionSamlCertificateRenewalRequired(SamlCertificateRenewalRequired) = "connection.saml_certificate_renewal_required",
    /// A SAML connection's certificate was renewed.
    ConnectionSamlCertificateRenewed(SamlCertificateRenewed) = "connection.saml_certificate_renewed",
    /// A directory started syncing.
    DsyncActivated(Directory) = "dsync.activated",
    /// A directory was deleted.
    DsyncDeleted(Directory) = "dsync.deleted",
    /// A directory provisioned a group.
    DsyncGroupCreated(DirectoryGroup) = "dsync.group.created",
    /// A directory removed a group.
    DsyncGroupDeleted(DirectoryGroup) = "dsync.group.deleted",
    /// A directory group changed.
    DsyncGroupUpdated(DirectoryGroupUpdated) = "dsync.group.updated",
    /// A directory user joined a directory group.
    DsyncGroupUserAdded(DirectoryGroupMembershipEvent) = "dsync.group.user_added",
    /// A directory user left a directory group.
    DsyncGroupUserRemoved(DirectoryGroupMembershipEvent) = "dsync.group.user_removed",
    /// A directory received a token to push changes with.
    DsyncTokenCreated(DirectoryToken) = "dsync.token.created",
    /// A directory's push token was revoked.
    DsyncTokenRevoked(DirectoryToken) = "dsync.token.revoked",
    /// A directory provisioned a user.
    DsyncUserCreated(DirectoryUser) = "dsync.user.created",
    /// A directory removed a user.
    DsyncUserDeleted(DirectoryUser) = "dsync.user.deleted",
    /// A directory user changed.
    DsyncUserUpdated(DirectoryUserUpdated) = "dsync.user.updated",
    /// An e-mail verification code was issued.
    EmailVerificationCreated(EmailVerification) = "email_verification.created",
    /// A feature flag was created.
    FlagCreated(FeatureFlag) = "flag.created",
    /// A feature flag was deleted.
    FlagDeleted(FeatureFlag) = "flag.deleted",
    /// A feature flag's targeting rules changed.
    FlagRuleUpdated(FeatureFlag) = "flag.rule_updated",
    /// A feature flag was changed.
    FlagUpdated(FeatureFlag) = "flag.updated",
    /// A group was created.
    GroupCreated(Group) = "group.created",
    /// A group was deleted.
    GroupDeleted(Group) = "group.deleted",
    /// An organization membership joined a group.
    GroupMemberAdded(GroupMembershipEvent) = "group.member_added",
    /// An organization membership left a group.
    GroupMemberRemoved(GroupMembershipEvent) = "group.member_removed",
    /// A group was changed.
    GroupUpdated(Group) = "group.updated",
    /// An invitation was accepted.
    InvitationAccepted(Invitation) = "invitation.accepted",
    /// An invitation was created.
    InvitationCreated(Invitation) = "invitation.created",
    /// An invitation was sent again.
    InvitationResent(Invitation) = "invitation.resent",
    /// An invitation was revoked.
    InvitationRevoked(Invitation) = "invitation.revoked",
    /// A Magic Auth code was issued.
    MagicAuthCreated(MagicAuth) = "magic_auth.created",
    /// An organization was created.
    OrganizationCreated(Organization) = "organization.created",
    /// An organization was deleted.
    OrganizationDeleted(Organization) = "organization.deleted",
    /// An organization was changed.
    OrganizationUpdated(Organization) = "organization.updated",
    /// A domain was added to an organization.
    OrganizationDomainCreated(OrganizationDomain) = "organization_domain.created",
    /// A domain was removed from an organization.
    OrganizationDomainDeleted(OrganizationDomain) = "organization_domain.deleted",
    /// An organization domain changed.
    OrganizationDomainUpdated(OrganizationDomain) = "organization_domain.updated",
    /// Verification of an organization domain failed.
    OrganizationDomainVerificationFailed(OrganizationDomainVerificationFailed) = "organization_domain.verification_failed",
    /// An organization domain was verified.
    OrganizationDomainVerified(OrganizationDomain) = "organization_domain.verified",
    /// A user joined an organization.
    OrganizationMembershipCreated(OrganizationMembership) = "organization_membership.created",
    /// A user left an organization.
    OrganizationMembershipDeleted(OrganizationMembership) = "organization_membership.deleted",
    /// An organization membership changed.
    OrganizationMembershipUpdated(OrganizationMembership) = "organization_membership.updated",
    /// An organization role was created.
    OrganizationRoleCreated(OrganizationRoleEventData) = "organization_role.created",
    /// An organization role was deleted.
    OrganizationRoleDeleted(OrganizationRoleEventData) = "organization_role.deleted",
    /// An organization role was changed.
    OrganizationRoleUpdated(OrganizationRoleEventData) = "organization_role.updated",
    /// A password reset was requested.
    PasswordResetCreated(PasswordReset) = "password_reset.created",
    /// A user reset their password.
    PasswordResetSucceeded(PasswordReset) = "password_reset.succeeded",
    /// A permission was created.
    PermissionCreated(Permission) = "permission.created",
    /// A permission was deleted.
    PermissionDeleted(Permission) = "permission.deleted",
    /// A permission was changed.
    PermissionUpdated(Permission) = "permission.updated",
    /// A user connected a third-party account through Pipes.
    PipesConnectedAccountConnected(ConnectedAccount) = "pipes.connected_account.connected",
    /// Connecting a third-party account through Pipes failed.
    PipesConnectedAccountConnectionFailed(ConnectedAccountConnectionFailed) = "pipes.connected_account.connection_failed",
    /// A third-party account was disconnected from Pipes.
    PipesConnectedAccountDisconnected(ConnectedAccount) = "pipes.connected_account.disconnected",
    /// A connected third-party account must be authorized again.
    PipesConnectedAccountReauthorizationNeeded(ConnectedAccount) = "pipes.connected_account.reauthorization_needed",
    /// Radar asked a user for an extra check.
    RadarChallengeCreated(RadarChallengeCreatedEventData) = "radar.challenge_created",
    /// An environment role was created.
    RoleCreated(RoleEventData) = "role.created",
    /// An environment role was deleted.
    RoleDeleted(RoleEventData) = "role.deleted",
    /// An environment role was changed.
    RoleUpdated(RoleEventData) = "role.updated",
    /// A user session began.
    SessionCreated(UserSession) = "session.created",
    /// A user session was revoked.
    SessionRevoked(UserSession) = "session.revoked",
    /// A user was created.
    UserCreated(User) = "user.created",
    /// A user was deleted.
    UserDeleted(User) = "user.deleted",
    /// A user was changed.
    UserUpdated(User) = "user.updated",
    /// An organization's own Vault key was removed.
    VaultByokKeyDeleted(VaultByokKeyEventData) = "vault.byok_key.deleted",
    /// Vault finished checking an organization's own key.
    VaultByokKeyVerificationCompleted(VaultByokKeyEventData) = "vault.byok_key.verification_completed",
    /// A Vault object was created.
    VaultDataCreated(VaultEventData) = "vault.data.created",
    /// A Vault object was deleted.
    VaultDataDeleted(VaultEventData) = "vault.data.deleted",
    /// A Vault object's value was read.
    VaultDataRead(VaultEventData) = "vault.data.read",
    /// A Vault object's value was changed.
    VaultDataUpdated(VaultEventData) = "vault.data.updated",
    /// A data key was decrypted.
    VaultDekDecrypted(VaultEventData) = "vault.dek.decrypted",
    /// Data keys were read.
    VaultDekRead(VaultEventData) = "vault.dek.read",
    /// A key-encryption key was created.
    VaultKekCreated(VaultEventData) = "vault.kek.created",
    /// A key-encryption key was deleted.
    VaultKekDeleted(VaultEventData) = "vault.kek.deleted",
    /// A Vault object's metadata was read.
    VaultMetadataRead(VaultEventData) = "vault.metadata.read",
    /// The names of the Vault objects were listed.
    VaultNamesListed(VaultEventData) = "vault.names.listed",
    /// A waitlisted user was let in.
    WaitlistUserApproved(WaitlistUser) = "waitlist_user.approved",
    /// A user joined the waitlist.
    WaitlistUserCreated(WaitlistUser) = "waitlist_user.created",
    /// A waitlisted user was turned away.
    WaitlistUserDenied(WaitlistUser) = "waitlist_user.denied",
}

/// Parses the data of a known event type into its type.
fn parse_data<T: DeserializeOwned>(event: &str, data: Value, body: Option<&[u8]>) -> Result<T> {
    T::deserialize(&data).map_err(|error| locate::<T>(event, &data, body, error))
}

/// The error for data that does not fit its type, located in the event's JSON: the body as
/// received, or the data alone (under `data`) when there is no body.
fn locate<T: DeserializeOwned>(
    event: &str,
    data: &Value,
    body: Option<&[u8]>,
    error: serde_json::Error,
) -> Error {
    #[derive(Deserialize)]
    struct DataOf<T> {
        #[allow(dead_code)]
        data: T,
    }
    let rebuilt;
    let bytes = match body {
        Some(body) => body,
        None => {
            rebuilt = serde_json::to_vec(&serde_json::json!({ "data": data })).unwrap_or_default();
            &rebuilt
        }
    };
    // Parsing the bytes again fails at the same value, with a line and column to point at.
    let error = serde_json::from_slice::<DataOf<T>>(bytes).err().unwrap_or(error);
    Error::decode(DecodeError::new(bytes, error).in_event(event))
}

#[derive(Deserialize)]
struct RawEvent {
    id: String,
    event: String,
    #[serde(default)]
    data: Value,
    #[serde(default)]
    created_at: Option<String>,
    #[serde(default)]
    context: Option<Value>,
}

impl Event {
    /// Parses an event from its JSON (a webhook body, say).
    ///
    /// An event type without a variant of its own gives [`EventData::Unknown`]; a known one
    /// whose data does not fit its type is an [`ErrorKind::Decode`](crate::ErrorKind::Decode)
    /// error whose [`DecodeError::event`] names the event type.
    pub fn from_slice(json: &[u8]) -> Result<Event> {
        let raw: RawEvent =
            serde_json::from_slice(json).map_err(|e| Error::decode(DecodeError::new(json, e)))?;
        let data = EventData::parse(raw.event, raw.data, Some(json))?;
        Ok(Event { id: raw.id, created_at: raw.created_at, data, context: raw.context })
    }

    /// The event type, such as `user.created`.
    pub fn name(&self) -> &str {
        self.data.name()
    }
}

/// Types an event of the event stream ([`Events::list`](crate::events::Events::list)), as
/// [`Event::from_slice`] does a webhook.
impl TryFrom<types::Event> for Event {
    type Error = Error;

    fn try_from(event: types::Event) -> Result<Event> {
        let data = EventData::parse(event.event, Value::Object(event.data), None)?;
        Ok(Event {
            id: event.id,
            created_at: Some(event.created_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)),
            data,
            context: event.context.and_then(|context| serde_json::to_value(context).ok()),
        })
    }
}
