//! Audit Logs: events, schemas, exports and retention.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{
    AuditLogAction, AuditLogExport, AuditLogRetention, AuditLogSchema, CreateAuditLogEvent,
    CreateAuditLogEventResponse, CreateAuditLogExport, CreateAuditLogSchema, ListAuditLogActionsParams,
    ListAuditLogSchemasParams, UpdateAuditLogRetention,
};

/// Audit Logs: events, schemas, exports and retention. From [`Workos::audit_logs`].
#[derive(Debug, Clone, Copy)]
pub struct AuditLogs<'a> {
    pub(crate) client: &'a Workos,
}

impl AuditLogs<'_> {
    /// Records an event for an organization.
    ///
    /// Every retry of this call sends the same `Idempotency-Key`, so the event is recorded
    /// once. Pass your own key to extend that to calls you repeat yourself (WorkOS remembers
    /// a key for 24 hours); with `None`, a fresh key is made for this call.
    pub async fn create_event(
        &self,
        event: &CreateAuditLogEvent,
        idempotency_key: Option<&str>,
    ) -> Result<CreateAuditLogEventResponse> {
        let key = idempotency_key.map_or_else(params::new_idempotency_key, str::to_owned);
        let api = self.client.api();
        self.client
            .send(&op::CREATE_AUDIT_LOG_EVENT, || api.create_audit_log_event(Some(key.as_str()), event))
            .await
    }

    /// Lists the actions of the environment, each with its current schema.
    pub fn list_actions(&self, params: ListAuditLogActionsParams) -> Paginator<AuditLogAction> {
        self.client.paginate(&op::LIST_AUDIT_LOG_ACTIONS, params, |api, p| {
            Box::pin(api.list_audit_log_actions(
                p.after.as_deref(),
                p.before.as_deref(),
                p.limit,
                p.order.as_ref(),
            ))
        })
    }

    /// Adds a schema version to an action, creating the action if it does not exist.
    pub async fn create_schema(
        &self,
        action_name: &str,
        schema: &CreateAuditLogSchema,
    ) -> Result<AuditLogSchema> {
        let action_name = params::path("action_name", action_name)?;
        let api = self.client.api();
        self.client
            .send(&op::CREATE_AUDIT_LOG_SCHEMA, || api.create_audit_log_schema(action_name, schema))
            .await
    }

    /// Lists the schema versions of an action.
    pub fn list_schemas(
        &self,
        action_name: &str,
        params: ListAuditLogSchemasParams,
    ) -> Paginator<AuditLogSchema> {
        self.client.paginate_checked(
            &op::LIST_AUDIT_LOG_SCHEMAS,
            params::paths(&[("action_name", action_name)]),
            (action_name.to_owned(), params),
            |api, (action_name, p)| {
                Box::pin(api.list_audit_log_schemas(
                    action_name,
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                ))
            },
        )
    }

    /// Starts a CSV export of one organization's events in a time range; poll
    /// [`get_export`](Self::get_export) until it is ready.
    pub async fn create_export(&self, export: &CreateAuditLogExport) -> Result<AuditLogExport> {
        let api = self.client.api();
        self.client.send(&op::CREATE_AUDIT_LOG_EXPORT, || api.create_audit_log_export(export)).await
    }

    /// Fetches an export (`audit_log_export_...`), with a fresh download URL once it is ready.
    pub async fn get_export(&self, id: &str) -> Result<AuditLogExport> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_AUDIT_LOG_EXPORT, || api.get_audit_log_export(id)).await
    }

    /// Fetches how long an organization's events are kept.
    pub async fn get_retention(&self, organization_id: &str) -> Result<AuditLogRetention> {
        let organization_id = params::path("organization_id", organization_id)?;
        let api = self.client.api();
        self.client
            .send(&op::GET_AUDIT_LOGS_RETENTION, || api.get_audit_logs_retention(organization_id))
            .await
    }

    /// Sets how long an organization's events are kept (30 or 365 days).
    pub async fn set_retention(
        &self,
        organization_id: &str,
        retention: &UpdateAuditLogRetention,
    ) -> Result<AuditLogRetention> {
        let organization_id = params::path("organization_id", organization_id)?;
        let api = self.client.api();
        self.client
            .send(&op::SET_AUDIT_LOGS_RETENTION, || api.set_audit_logs_retention(organization_id, retention))
            .await
    }
}
