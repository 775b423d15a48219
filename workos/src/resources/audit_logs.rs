//! Audit Logs: events, schemas, exports and retention.

use crate::client::Workos;

/// Audit Logs: events, schemas, exports and retention. From [`Workos::audit_logs`].
#[derive(Debug, Clone, Copy)]
pub struct AuditLogs<'a> {
    pub(crate) client: &'a Workos,
}

impl AuditLogs<'_> {}
