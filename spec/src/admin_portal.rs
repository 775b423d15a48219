//! The Admin Portal: links that let an organization's IT team set up SSO, directory sync and
//! more themselves.

use schemars::JsonSchema;

use crate::Operation;

/// The part of the Admin Portal a link opens.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PortalIntent {
    /// Set up an SSO connection.
    Sso,
    /// Set up directory sync.
    Dsync,
    /// Browse audit logs.
    AuditLogs,
    /// Set up audit log streams.
    LogStreams,
    /// Verify domains.
    DomainVerification,
    /// Renew SAML certificates.
    CertificateRenewal,
    /// Configure the organization's own encryption key.
    BringYourOwnKey,
}

/// Request body that generates an Admin Portal link.
#[derive(JsonSchema)]
pub struct GeneratePortalLink {
    /// Where your logo in the portal leads; the dashboard's setting when absent.
    pub return_url: Option<String>,
    /// Where the admin goes after finishing; the dashboard's setting when absent.
    pub success_url: Option<String>,
    /// The organization's id, `org_...`.
    pub organization: String,
    /// The part of the portal to open.
    pub intent: Option<PortalIntent>,
    /// E-mail addresses of IT contacts to give access to the portal (up to 20).
    #[serde(default)]
    pub it_contact_emails: Vec<String>,
    /// Your identifier for the person the link is for, by which their links can later be
    /// revoked.
    pub external_user_id: Option<String>,
}

/// A generated Admin Portal link.
#[derive(JsonSchema)]
pub struct PortalLink {
    /// The short-lived URL to send the admin to. Whoever holds it is signed in to the portal,
    /// so it is kept as a secret.
    #[schemars(extend("format" = "password"))]
    pub link: String,
}

/// Request body that revokes the Admin Portal links of one external user in an organization.
#[derive(JsonSchema)]
pub struct RevokePortalLinks {
    /// The organization's id, `org_...`.
    pub organization: String,
    /// Your identifier for the user whose links are revoked.
    pub external_user_id: String,
}

/// The operations of the Admin Portal.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/portal/generate_link", "generate_portal_link")
            .sdk("admin_portal", "generate_link")
            .tag("admin-portal")
            .doc("Generates a short-lived Admin Portal link for an organization.")
            .json_body::<GeneratePortalLink>()
            .returns::<PortalLink>(201)
            .errors(&[400, 403, 404, 422]),
        Operation::post("/portal/revoke_link", "revoke_admin_portal_links")
            .sdk("admin_portal", "revoke_links")
            .tag("admin-portal")
            .doc("Invalidates every Admin Portal link issued for an organization and external user.")
            .details("Portal sessions opened through those links end as well.")
            .json_body::<RevokePortalLinks>()
            .empty(204)
            .errors(&[401, 404, 422]),
    ]
}
