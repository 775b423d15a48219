//! One handle per area of the API, reached from [`crate::Workos`].

pub mod admin_portal;
pub mod agents;
pub mod api_keys;
pub mod audit_logs;
pub mod authkit;
pub mod authorization;
pub mod client_tokens;
pub mod connect;
pub mod directory_sync;
pub mod events;
pub mod feature_flags;
pub mod groups;
pub mod invitations;
pub mod mfa;
pub mod organization_memberships;
pub mod organizations;
pub mod pipes;
pub mod radar;
pub mod roles;
pub mod sso;
pub mod user_management;
pub mod vault;
pub mod webhooks;
pub mod widgets;

use crate::client::Workos;

impl Workos {
    /// The Admin Portal: links for an organization's IT team.
    pub fn admin_portal(&self) -> admin_portal::AdminPortal<'_> {
        admin_portal::AdminPortal { client: self }
    }

    /// AI agents: registrations, credentials and claims.
    pub fn agents(&self) -> agents::Agents<'_> {
        agents::Agents { client: self }
    }

    /// API keys your users and organizations create for your own API.
    pub fn api_keys(&self) -> api_keys::ApiKeys<'_> {
        api_keys::ApiKeys { client: self }
    }

    /// Audit Logs: events, schemas, exports and retention.
    pub fn audit_logs(&self) -> audit_logs::AuditLogs<'_> {
        audit_logs::AuditLogs { client: self }
    }

    /// AuthKit sign-in: authentication, sessions, Magic Auth and AuthKit settings.
    pub fn authkit(&self) -> authkit::AuthKit<'_> {
        authkit::AuthKit { client: self }
    }

    /// Fine-grained authorization: resources, checks and role assignments.
    pub fn authorization(&self) -> authorization::Authorization<'_> {
        authorization::Authorization { client: self }
    }

    /// Short-lived tokens for calling WorkOS from a browser.
    pub fn client_tokens(&self) -> client_tokens::ClientTokens<'_> {
        client_tokens::ClientTokens { client: self }
    }

    /// Connect applications, their client secrets and authorizations.
    pub fn connect(&self) -> connect::Connect<'_> {
        connect::Connect { client: self }
    }

    /// Directory Sync.
    pub fn directory_sync(&self) -> directory_sync::DirectorySync<'_> {
        directory_sync::DirectorySync { client: self }
    }

    /// The event stream.
    pub fn events(&self) -> events::Events<'_> {
        events::Events { client: self }
    }

    /// Feature flags and their targets.
    pub fn feature_flags(&self) -> feature_flags::FeatureFlags<'_> {
        feature_flags::FeatureFlags { client: self }
    }

    /// Groups of organization members.
    pub fn groups(&self) -> groups::Groups<'_> {
        groups::Groups { client: self }
    }

    /// Invitations to join an organization or the application.
    pub fn invitations(&self) -> invitations::Invitations<'_> {
        invitations::Invitations { client: self }
    }

    /// Multi-factor authentication: factors and challenges.
    pub fn mfa(&self) -> mfa::Mfa<'_> {
        mfa::Mfa { client: self }
    }

    /// Users' memberships in organizations.
    pub fn organization_memberships(&self) -> organization_memberships::OrganizationMemberships<'_> {
        organization_memberships::OrganizationMemberships { client: self }
    }

    /// Organizations.
    pub fn organizations(&self) -> organizations::Organizations<'_> {
        organizations::Organizations { client: self }
    }

    /// Organization domains and their verification.
    pub fn organization_domains(&self) -> organizations::OrganizationDomains<'_> {
        organizations::OrganizationDomains { client: self }
    }

    /// Pipes: data integrations and connected accounts.
    pub fn pipes(&self) -> pipes::Pipes<'_> {
        pipes::Pipes { client: self }
    }

    /// Radar: fraud and bot detection.
    pub fn radar(&self) -> radar::Radar<'_> {
        radar::Radar { client: self }
    }

    /// Roles and permissions.
    pub fn roles(&self) -> roles::Roles<'_> {
        roles::Roles { client: self }
    }

    /// Single Sign-On.
    pub fn sso(&self) -> sso::Sso<'_> {
        sso::Sso { client: self }
    }

    /// AuthKit users: accounts, e-mail, passwords, sessions and factors.
    pub fn user_management(&self) -> user_management::UserManagement<'_> {
        user_management::UserManagement { client: self }
    }

    /// Vault: encrypted key-value storage and data keys.
    pub fn vault(&self) -> vault::Vault<'_> {
        vault::Vault { client: self }
    }

    /// Webhook endpoints.
    pub fn webhooks(&self) -> webhooks::Webhooks<'_> {
        webhooks::Webhooks { client: self }
    }

    /// Tokens for WorkOS widgets.
    pub fn widgets(&self) -> widgets::Widgets<'_> {
        widgets::Widgets { client: self }
    }
}
