//! `workos-spec`: our own description of the WorkOS API, in Rust.
//!
//! Every module describes one area of the API: the request and response types (plain Rust
//! types deriving [`schemars::JsonSchema`], whose doc comments become the schema
//! descriptions) and the operations that use them ([`Operation`]). [`openapi`] renders the
//! whole description as one OpenAPI 3.0 document; `cargo xtask generate` writes it to
//! `spec/openapi.json`, which reviewers read and `workos-codegen` turns into the client.
//!
//! Rules every response type follows (see `shared/reference/api-notes.md`): a field is
//! required only when it identifies the object (`id`, `object`) or the API has sent it for as
//! long as the object has existed; every other field is an `Option` or a collection that may
//! be absent. Unknown fields are always accepted (no type denies them), and enums are
//! rendered as named schemas so that the generated client can keep values it does not know.

#![deny(missing_docs)]
// The types here only describe the wire format: they are never built, so they need no `Debug`.
#![allow(missing_debug_implementations)]

pub mod admin_portal;
pub mod agents;
pub mod api_keys;
pub mod audit_logs;
pub mod authkit;
pub mod authorization;
pub mod client_tokens;
pub mod common;
pub mod connect;
pub mod directory_sync;
pub mod events;
pub mod feature_flags;
pub mod groups;
mod ids;
pub mod invitations;
pub mod it_contacts;
pub mod mfa;
pub mod oauth_resources;
pub mod organization_memberships;
pub mod organizations;
pub mod passwordless;
pub mod pipes;
pub mod platform;
pub mod radar;
pub mod rate_limits;
pub mod roles;
pub mod saml_certificates;
pub mod sso;
pub mod user_management;
pub mod vault;
pub mod waitlists;
pub mod webhook_events;
pub mod webhooks;
pub mod widgets;

mod extensions;
mod operation;
mod render;

pub use operation::{Auth, BodyKind, Method, Operation, RateLimit};
pub use render::RenderError;

/// The tags (API areas) of the description, in the order the reference lists them, with our
/// one-line description of each.
pub const TAGS: &[(&str, &str)] = &[
    ("admin-portal", "Links that open the Admin Portal for an organization's IT team."),
    ("agents", "AI agents: their registrations, credentials and claims."),
    ("agents.blueprints", "Agent blueprints: the kinds of agents an environment runs, and their tokens."),
    ("agents.blueprints.tokens", "Access tokens minted for an agent blueprint, and their validation."),
    ("agents.instances", "Running instances of agent blueprints."),
    ("agents.sessions", "Sessions of agent instances."),
    ("api_keys", "API keys your users and organizations create for your own API."),
    ("application.client-secrets", "Client secrets of Connect applications."),
    ("applications", "Connect applications: OAuth and machine-to-machine clients of your app."),
    ("audit-logs", "Audit Logs: events, their schemas, and exports."),
    ("authorization", "Fine-grained authorization: resources, checks and role assignments."),
    ("client", "Short-lived tokens for calling WorkOS from a browser."),
    ("connections", "Single Sign-On connections to identity providers."),
    (
        "connections.saml-certificates",
        "The certificates of a SAML connection: the identity provider's and WorkOS's own.",
    ),
    ("directories", "Directories synchronised from an identity provider or HR system."),
    ("directory-groups", "Groups provisioned by a directory."),
    ("directory-users", "Users provisioned by a directory."),
    ("events", "The event stream of the environment."),
    ("feature-flags", "Feature flags and their state."),
    ("feature-flags.rules", "A feature flag's targeting rules, evaluated in order."),
    ("feature-flags.runtime", "Every flag with its rules, for evaluating flags locally."),
    ("feature-flags.targets", "The organizations, users and custom targets a feature flag's rules hold."),
    ("groups", "Groups of organization members."),
    ("multi-factor-auth", "Second factors: enrolment and challenges."),
    ("multi-factor-auth.challenges", "Verification of a second-factor challenge."),
    ("organization-domains", "Domains an organization owns, and their verification."),
    ("organizations", "Organizations: the companies that use your application."),
    ("organizations.api_keys", "API keys that belong to an organization."),
    ("organizations.authorized-applications", "Connect applications an organization has authorized."),
    ("organizations.data-providers", "Accounts an organization has connected with data providers."),
    ("organizations.feature-flags", "Feature flags as one organization sees them."),
    ("organizations.it-contacts", "An organization's IT contacts, who can be invited to its Admin Portal."),
    ("passwordless", "Passwordless sessions: one-time sign-in links sent by e-mail."),
    ("permissions", "Permissions that roles grant."),
    ("pipes", "Pipes: data integrations with third-party providers."),
    ("pipes.provider", "How a data integration is configured for one organization."),
    ("platform.teams", "Teams of the WorkOS platform."),
    ("radar", "Radar: fraud and bot detection for sign-in attempts."),
    ("sso", "Single Sign-On: authorization, profiles and logout."),
    ("user-management.authentication", "AuthKit sign-in: authorization URLs, authentication and sessions."),
    ("user-management.cors-origins", "Origins allowed to call AuthKit from a browser."),
    ("user-management.data-providers", "The data providers a user has connected accounts with."),
    ("user-management.invitations", "Invitations to join an organization or the application."),
    ("user-management.jwt-template", "The template of the claims in AuthKit access tokens."),
    ("user-management.magic-auth", "One-time sign-in codes sent by e-mail."),
    ("user-management.multi-factor-authentication", "Second factors of AuthKit users."),
    (
        "user-management.oauth-resources",
        "Resources (MCP servers, APIs) that AuthKit issues OAuth tokens for.",
    ),
    ("user-management.organization-membership", "Users' memberships in organizations."),
    ("user-management.organization-membership.groups", "The groups an organization membership belongs to."),
    ("user-management.redirect-uris", "Redirect URIs allowed after AuthKit sign-in."),
    ("user-management.session-tokens", "The keys that sign AuthKit session tokens."),
    ("user-management.users", "AuthKit users, their e-mail addresses, passwords and sessions."),
    ("user-management.users.authorized-applications", "Connect applications a user has authorized."),
    ("user-management.users.feature-flags", "Feature flags as one user sees them."),
    ("user-management.waitlists", "Waitlists and the people waiting on them."),
    ("vault", "Vault: encrypted key-value storage and data keys."),
    ("webhooks", "Webhook endpoints that receive events."),
    ("widgets", "Tokens for WorkOS widgets embedded in your application."),
    ("workos-connect", "Completing sign-in for Connect applications that use an external login."),
];

/// One handle of the `workos` crate: `workos.<accessor>()` returns a `<module>::<type_name>`,
/// whose methods are the operations that name it in [`Operation::sdk`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Handle {
    /// The method of `Workos` that returns the handle.
    pub accessor: &'static str,
    /// The module of the `workos` crate the handle's type is in.
    pub module: &'static str,
    /// The handle's type.
    pub type_name: &'static str,
    /// What the handle's operations are about.
    pub doc: &'static str,
    /// Other handles that offer this one's methods too, as aliases: where WorkOS's docs and
    /// SDKs list them.
    pub also_on: &'static [&'static str],
}

/// The handles of the `workos` crate, in the order its documentation lists them.
pub const HANDLES: &[Handle] = &[
    Handle {
        accessor: "admin_portal",
        module: "admin_portal",
        type_name: "AdminPortal",
        doc: "The Admin Portal: links for an organization's IT team.",
        also_on: &[],
    },
    Handle {
        accessor: "agents",
        module: "agents",
        type_name: "Agents",
        doc: "AI agents: registrations, credentials and claims.",
        also_on: &[],
    },
    Handle {
        accessor: "api_keys",
        module: "api_keys",
        type_name: "ApiKeys",
        doc: "API keys your users and organizations create for your own API.",
        also_on: &[],
    },
    Handle {
        accessor: "audit_logs",
        module: "audit_logs",
        type_name: "AuditLogs",
        doc: "Audit Logs: events, schemas, exports and retention.",
        also_on: &[],
    },
    Handle {
        accessor: "authkit",
        module: "authkit",
        type_name: "AuthKit",
        doc: "AuthKit sign-in: authentication, sessions, Magic Auth and AuthKit settings.",
        // WorkOS's docs and SDKs list AuthKit's operations under User Management.
        also_on: &["user_management"],
    },
    Handle {
        accessor: "authorization",
        module: "authorization",
        type_name: "Authorization",
        doc: "Fine-grained authorization: resources, checks and role assignments.",
        also_on: &[],
    },
    Handle {
        accessor: "client_tokens",
        module: "client_tokens",
        type_name: "ClientTokens",
        doc: "Short-lived tokens for calling WorkOS from a browser.",
        also_on: &[],
    },
    Handle {
        accessor: "connect",
        module: "connect",
        type_name: "Connect",
        doc: "Connect applications, their client secrets and authorizations.",
        also_on: &[],
    },
    Handle {
        accessor: "directory_sync",
        module: "directory_sync",
        type_name: "DirectorySync",
        doc: "Directory Sync: directories and the users and groups they provision.",
        also_on: &[],
    },
    Handle {
        accessor: "events",
        module: "events",
        type_name: "Events",
        doc: "The environment's event stream.",
        also_on: &[],
    },
    Handle {
        accessor: "feature_flags",
        module: "feature_flags",
        type_name: "FeatureFlags",
        doc: "Feature flags, their rules and targets, and the payload for evaluating them locally.",
        also_on: &[],
    },
    Handle {
        accessor: "groups",
        module: "groups",
        type_name: "Groups",
        doc: "Groups of organization members.",
        also_on: &[],
    },
    Handle {
        accessor: "invitations",
        module: "invitations",
        type_name: "Invitations",
        doc: "Invitations to join an organization or the application.",
        also_on: &[],
    },
    Handle {
        accessor: "mfa",
        module: "mfa",
        type_name: "Mfa",
        doc: "Multi-factor authentication: factors and challenges.",
        also_on: &[],
    },
    Handle {
        accessor: "organization_memberships",
        module: "organization_memberships",
        type_name: "OrganizationMemberships",
        doc: "Users' memberships in organizations.",
        also_on: &[],
    },
    Handle {
        accessor: "organizations",
        module: "organizations",
        type_name: "Organizations",
        doc: "Organizations: the companies and teams that use your application.",
        also_on: &[],
    },
    Handle {
        accessor: "organization_domains",
        module: "organizations",
        type_name: "OrganizationDomains",
        doc: "The domains organizations own, and their verification.",
        also_on: &[],
    },
    Handle {
        accessor: "pipes",
        module: "pipes",
        type_name: "Pipes",
        doc: "Pipes: data integrations and connected accounts.",
        also_on: &[],
    },
    Handle {
        accessor: "radar",
        module: "radar",
        type_name: "Radar",
        doc: "Radar: fraud and bot detection.",
        also_on: &[],
    },
    Handle {
        accessor: "roles",
        module: "roles",
        type_name: "Roles",
        doc: "Roles and permissions: environment roles, the custom roles of each organization, and the permissions roles grant.",
        also_on: &[],
    },
    Handle {
        accessor: "sso",
        module: "sso",
        type_name: "Sso",
        doc: "Single Sign-On: connections to identity providers, the code exchange, profiles and logout.",
        also_on: &[],
    },
    Handle {
        accessor: "user_management",
        module: "user_management",
        type_name: "UserManagement",
        doc: "AuthKit users: accounts, e-mail, passwords, sessions and factors.",
        also_on: &[],
    },
    Handle {
        accessor: "vault",
        module: "vault",
        type_name: "Vault",
        doc: "Vault: encrypted key-value storage and data keys.",
        also_on: &[],
    },
    Handle {
        accessor: "webhooks",
        module: "webhooks",
        type_name: "Webhooks",
        doc: "Webhook endpoints: the URLs WorkOS delivers events to.",
        also_on: &[],
    },
    Handle {
        accessor: "passwordless",
        module: "passwordless",
        type_name: "Passwordless",
        doc: "Passwordless sessions: one-time sign-in links sent by e-mail.",
        also_on: &[],
    },
    Handle {
        accessor: "platform",
        module: "platform",
        type_name: "Platform",
        doc: "The WorkOS platform: teams.",
        also_on: &[],
    },
    Handle {
        accessor: "waitlists",
        module: "waitlists",
        type_name: "Waitlists",
        doc: "Waitlists: who asked to join, and who is let in.",
        also_on: &[],
    },
    Handle {
        accessor: "widgets",
        module: "widgets",
        type_name: "Widgets",
        doc: "Tokens for WorkOS widgets.",
        also_on: &[],
    },
];

/// Every operation of the description.
pub fn operations() -> Vec<Operation> {
    let mut operations = [
        organizations::operations(),
        sso::operations(),
        directory_sync::operations(),
        events::operations(),
        admin_portal::operations(),
        agents::operations(),
        api_keys::operations(),
        audit_logs::operations(),
        authkit::operations(),
        authorization::operations(),
        client_tokens::operations(),
        connect::operations(),
        feature_flags::operations(),
        groups::operations(),
        invitations::operations(),
        mfa::operations(),
        organization_memberships::operations(),
        pipes::operations(),
        radar::operations(),
        roles::operations(),
        user_management::operations(),
        vault::operations(),
        webhooks::operations(),
        widgets::operations(),
        it_contacts::operations(),
        oauth_resources::operations(),
        passwordless::operations(),
        platform::operations(),
        saml_certificates::operations(),
        waitlists::operations(),
    ]
    .concat();
    rate_limits::apply_authkit_limits(&mut operations);
    operations
}

/// The description as an OpenAPI 3.0 document.
pub fn openapi() -> Result<openapiv3::OpenAPI, RenderError> {
    render::render(&operations(), TAGS)
}

/// The description as the pretty-printed JSON committed in `spec/openapi.json`.
pub fn openapi_json() -> Result<String, RenderError> {
    let doc = openapi()?;
    let mut json = serde_json::to_string_pretty(&doc).expect("an OpenAPI document always serializes");
    json.push('\n');
    Ok(json)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_description_renders() {
        let json = super::openapi_json().unwrap_or_else(|e| panic!("{e}"));
        assert!(json.len() > 1000);
    }

    /// Every description is written: none is left as the `DOC` placeholder drafts start with.
    #[test]
    fn no_placeholder_docs() {
        let json = super::openapi_json().unwrap();
        let placeholders = json.matches("\"DOC\"").count();
        assert_eq!(placeholders, 0, "{placeholders} descriptions in the rendered spec are still `DOC`");
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut left = Vec::new();
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap();
            let count = text.lines().filter(|l| l.trim() == "/// DOC" || l.trim() == "//! DOC").count();
            if count > 0 {
                left.push(format!("{}: {count}", path.file_name().unwrap().to_string_lossy()));
            }
        }
        assert!(left.is_empty(), "placeholder docs left: {left:?}");
    }
}
