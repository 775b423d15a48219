//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub enum GenerateLinkIntent {
    /// DOC
    #[serde(rename = "sso")]
    Sso,
    /// DOC
    #[serde(rename = "dsync")]
    Dsync,
    /// DOC
    #[serde(rename = "audit_logs")]
    AuditLogs,
    /// DOC
    #[serde(rename = "log_streams")]
    LogStreams,
    /// DOC
    #[serde(rename = "domain_verification")]
    DomainVerification,
    /// DOC
    #[serde(rename = "certificate_renewal")]
    CertificateRenewal,
    /// DOC
    #[serde(rename = "bring_your_own_key")]
    BringYourOwnKey,
}

/// DOC
#[derive(JsonSchema)]
pub struct GenerateLink {
    /// DOC
    pub return_url: Option<String>,
    /// DOC
    pub success_url: Option<String>,
    /// DOC
    pub organization: String,
    /// DOC
    pub intent: Option<GenerateLinkIntent>,
    /// DOC
    #[serde(default)]
    pub it_contact_emails: Vec<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct PortalLinkResponse {
    /// DOC
    pub link: String,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/portal/generate_link", "generate_portal_link")
            .tag("admin-portal")
            .doc("DOC")
            .json_body::<GenerateLink>()
            .returns::<PortalLinkResponse>(201)
            .errors(&[400, 403, 404, 422]),
    ]
}
