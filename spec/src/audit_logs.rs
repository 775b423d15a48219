//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub struct ListAuditLogActionsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuditLogSchemaJsonActor {
    /// DOC
    #[serde(default)]
    pub metadata: Json,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuditLogSchemaJsonTarget {
    /// DOC
    #[serde(rename = "type")]
    pub kind: String,
    /// DOC
    #[serde(default)]
    pub metadata: Json,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuditLogSchemaJson {
    /// DOC
    #[schemars(extend("const" = "audit_log_schema"))]
    pub object: String,
    /// DOC
    pub version: i64,
    /// DOC
    pub actor: Option<AuditLogSchemaJsonActor>,
    /// DOC
    #[serde(default)]
    pub targets: Vec<AuditLogSchemaJsonTarget>,
    /// DOC
    #[serde(default)]
    pub metadata: Json,
    /// DOC
    pub created_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuditLogActionJson {
    /// DOC
    #[schemars(extend("const" = "audit_log_action"))]
    pub object: String,
    /// DOC
    pub name: String,
    /// DOC
    pub schema: AuditLogSchemaJson,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListAuditLogActionsResponse {
    /// DOC
    #[schemars(extend("const" = "list"))]
    pub object: String,
    /// DOC
    pub list_metadata: Option<crate::common::ListMetadata>,
    /// DOC
    #[serde(default)]
    pub data: Vec<AuditLogActionJson>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuditLogSchemaActor {
    /// DOC
    pub metadata: Json,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuditLogSchemaTarget {
    /// DOC
    #[serde(rename = "type")]
    pub kind: String,
    /// DOC
    #[serde(default)]
    pub metadata: Json,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuditLogSchema {
    /// DOC
    pub actor: Option<AuditLogSchemaActor>,
    /// DOC
    pub targets: Vec<AuditLogSchemaTarget>,
    /// DOC
    #[serde(default)]
    pub metadata: Json,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListAuditLogSchemasQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListAuditLogSchemasResponse {
    /// DOC
    #[schemars(extend("const" = "list"))]
    pub object: String,
    /// DOC
    pub list_metadata: Option<crate::common::ListMetadata>,
    /// DOC
    #[serde(default)]
    pub data: Vec<AuditLogSchemaJson>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuditLogEventActor {
    /// DOC
    pub id: String,
    /// DOC
    #[serde(rename = "type")]
    pub kind: String,
    /// DOC
    pub name: Option<String>,
    /// DOC
    #[serde(default)]
    pub metadata: Json,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuditLogEventTarget {
    /// DOC
    pub id: String,
    /// DOC
    #[serde(rename = "type")]
    pub kind: String,
    /// DOC
    pub name: Option<String>,
    /// DOC
    #[serde(default)]
    pub metadata: Json,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuditLogEventContext {
    /// DOC
    pub location: String,
    /// DOC
    pub user_agent: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuditLogEvent {
    /// DOC
    pub action: String,
    /// DOC
    pub occurred_at: Timestamp,
    /// DOC
    pub actor: AuditLogEventActor,
    /// DOC
    pub targets: Vec<AuditLogEventTarget>,
    /// DOC
    pub context: AuditLogEventContext,
    /// DOC
    #[serde(default)]
    pub metadata: Json,
    /// DOC
    pub version: Option<i64>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuditLogEventIngestion {
    /// DOC
    pub organization_id: String,
    /// DOC
    pub event: AuditLogEvent,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuditLogEventCreateResponse {
    /// DOC
    pub success: bool,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuditLogExportCreation {
    /// DOC
    pub organization_id: String,
    /// DOC
    pub range_start: Timestamp,
    /// DOC
    pub range_end: Timestamp,
    /// DOC
    #[serde(default)]
    pub actions: Vec<String>,
    /// DOC
    #[deprecated]
    #[serde(default)]
    pub actors: Vec<String>,
    /// DOC
    #[serde(default)]
    pub actor_names: Vec<String>,
    /// DOC
    #[serde(default)]
    pub actor_ids: Vec<String>,
    /// DOC
    #[serde(default)]
    pub targets: Vec<String>,
}

/// DOC
#[derive(JsonSchema)]
pub enum AuditLogExportJsonState {
    /// DOC
    #[serde(rename = "pending")]
    Pending,
    /// DOC
    #[serde(rename = "ready")]
    Ready,
    /// DOC
    #[serde(rename = "error")]
    Error,
    /// DOC
    #[serde(rename = "expired")]
    Expired,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuditLogExportJson {
    /// DOC
    #[schemars(extend("const" = "audit_log_export"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub state: Option<AuditLogExportJsonState>,
    /// DOC
    pub url: Option<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuditLogsRetentionJson {
    /// DOC
    pub retention_period_in_days: Option<i64>,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateAuditLogsRetention {
    /// DOC
    pub retention_period_in_days: i64,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/audit_logs/actions", "list_audit_log_actions")
            .tag("audit-logs")
            .doc("DOC")
            .query::<ListAuditLogActionsQuery>()
            .returns::<ListAuditLogActionsResponse>(200)
            .errors(&[404, 422]),
        Operation::post("/audit_logs/actions/{actionName}/schemas", "create_audit_log_schema")
            .tag("audit-logs")
            .doc("DOC")
            .path_param("actionName", "DOC")
            .json_body::<AuditLogSchema>()
            .returns::<AuditLogSchemaJson>(201)
            .errors(&[422]),
        Operation::get("/audit_logs/actions/{actionName}/schemas", "list_audit_log_schemas")
            .tag("audit-logs")
            .doc("DOC")
            .path_param("actionName", "DOC")
            .query::<ListAuditLogSchemasQuery>()
            .returns::<ListAuditLogSchemasResponse>(200)
            .errors(&[404, 422]),
        Operation::post("/audit_logs/events", "create_audit_log_event")
            .tag("audit-logs")
            .doc("DOC")
            .idempotent()
            .json_body::<AuditLogEventIngestion>()
            .returns::<AuditLogEventCreateResponse>(200)
            .errors(&[400, 404, 422, 429]),
        Operation::post("/audit_logs/exports", "create_audit_log_export")
            .tag("audit-logs")
            .doc("DOC")
            .json_body::<AuditLogExportCreation>()
            .returns::<AuditLogExportJson>(201)
            .errors(&[400]),
        Operation::get("/audit_logs/exports/{auditLogExportId}", "get_audit_log_export")
            .tag("audit-logs")
            .doc("DOC")
            .path_param("auditLogExportId", "DOC")
            .returns::<AuditLogExportJson>(200)
            .errors(&[404]),
        Operation::get("/organizations/{id}/audit_logs_retention", "get_audit_logs_retention")
            .tag("audit-logs")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<AuditLogsRetentionJson>(200)
            .errors(&[404]),
        Operation::put("/organizations/{id}/audit_logs_retention", "set_audit_logs_retention")
            .tag("audit-logs")
            .doc("DOC")
            .path_param("id", "DOC")
            .json_body::<UpdateAuditLogsRetention>()
            .returns::<AuditLogsRetentionJson>(200)
            .errors(&[404, 422]),
    ]
}
