//! Audit Logs: recording what happened in an organization, the schemas events are checked
//! against, CSV exports, and how long events are kept.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, ListQuery, Timestamp};

/// A kind of event you record, such as `user.signed_in`, with its current schema.
#[derive(JsonSchema)]
pub struct AuditLogAction {
    /// Always `audit_log_action`.
    #[schemars(extend("const" = "audit_log_action"))]
    pub object: String,
    /// The action's name, as events carry it in `action`.
    pub name: String,
    /// The schema that events of this action are checked against.
    pub schema: Option<AuditLogSchema>,
    /// When the action was first defined.
    pub created_at: Timestamp,
    /// When the action last changed.
    pub updated_at: Timestamp,
}

/// One version of the rules that events of an action must follow.
#[derive(JsonSchema)]
pub struct AuditLogSchema {
    /// Always `audit_log_schema`.
    #[schemars(extend("const" = "audit_log_schema"))]
    pub object: String,
    /// The version number; events name it in `version`.
    pub version: i64,
    /// What the actor's `metadata` must look like, if constrained.
    pub actor: Option<AuditLogSchemaActor>,
    /// The kinds of target an event may name, with their metadata rules.
    #[serde(default)]
    pub targets: Vec<AuditLogSchemaTarget>,
    /// A JSON Schema for the event's own `metadata`.
    #[serde(default)]
    pub metadata: Json,
    /// When this version was created.
    pub created_at: Timestamp,
}

/// The rules for the actor of an event, in a stored schema.
#[derive(JsonSchema)]
pub struct AuditLogSchemaActor {
    /// A JSON Schema for the actor's `metadata`.
    #[serde(default)]
    pub metadata: Json,
}

/// A kind of target an event may name, with the rules for its metadata.
#[derive(JsonSchema)]
pub struct AuditLogSchemaTarget {
    /// The target type, such as `invoice`.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: String,
    /// A JSON Schema for the target's `metadata`; empty when unconstrained.
    #[serde(default)]
    pub metadata: Json,
}

/// The rules for the actor of an event, in a new schema.
#[derive(JsonSchema)]
pub struct CreateAuditLogSchemaActor {
    /// A JSON Schema for the actor's `metadata`, such as
    /// `{"type": "object", "properties": {"role": {"type": "string"}}}`.
    pub metadata: Json,
}

/// Request body that adds a schema version to an action, creating the action if needed.
#[derive(JsonSchema)]
pub struct CreateAuditLogSchema {
    /// Rules for the actor's metadata.
    pub actor: Option<CreateAuditLogSchemaActor>,
    /// The kinds of target events may name; at least one.
    pub targets: Vec<AuditLogSchemaTarget>,
    /// A JSON Schema for the event's own `metadata`.
    pub metadata: Option<Json>,
}

/// Who performed an action, or what it affected: the actor or a target of an event.
#[derive(JsonSchema)]
pub struct AuditLogEntity {
    /// Your identifier for it.
    pub id: String,
    /// Its kind, such as `user` or `invoice`.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: String,
    /// A readable name.
    pub name: Option<String>,
    /// Extra data: at most 50 keys, values strings, numbers or booleans.
    pub metadata: Option<Json>,
}

/// Where and how an action was performed.
#[derive(JsonSchema)]
pub struct AuditLogEventContext {
    /// An IP address or another location identifier.
    pub location: String,
    /// The user agent of the client.
    pub user_agent: Option<String>,
}

/// Something that happened in an organization.
#[derive(JsonSchema)]
pub struct AuditLogEvent {
    /// The action's name, such as `user.signed_in`.
    pub action: String,
    /// When it happened.
    pub occurred_at: Timestamp,
    /// Who did it.
    pub actor: AuditLogEntity,
    /// What it affected.
    pub targets: Vec<AuditLogEntity>,
    /// Where and how it was done.
    pub context: AuditLogEventContext,
    /// Extra data: at most 50 keys, values strings, numbers or booleans.
    pub metadata: Option<Json>,
    /// The schema version the event follows.
    pub version: Option<i64>,
}

/// Request body that records an audit log event.
#[derive(JsonSchema)]
pub struct CreateAuditLogEvent {
    /// The organization the event belongs to.
    pub organization_id: String,
    /// The event.
    pub event: AuditLogEvent,
}

/// Acknowledgement of a recorded event.
#[derive(JsonSchema)]
pub struct CreateAuditLogEventResponse {
    /// Whether the event was recorded.
    pub success: bool,
}

/// Request body that starts a CSV export of an organization's events.
#[derive(JsonSchema)]
pub struct CreateAuditLogExport {
    /// The organization whose events to export.
    pub organization_id: String,
    /// The start of the time range.
    pub range_start: Timestamp,
    /// The end of the time range.
    pub range_end: Timestamp,
    /// Only events with these actions.
    #[serde(default)]
    pub actions: Vec<String>,
    /// Deprecated: use `actor_names`.
    #[deprecated]
    #[serde(default)]
    pub actors: Vec<String>,
    /// Only events whose actor has one of these names.
    #[serde(default)]
    pub actor_names: Vec<String>,
    /// Only events whose actor has one of these ids.
    #[serde(default)]
    pub actor_ids: Vec<String>,
    /// Only events with a target of one of these types.
    #[serde(default)]
    pub targets: Vec<String>,
}

/// How far an export has got.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AuditLogExportState {
    /// Being prepared.
    Pending,
    /// The CSV file can be downloaded from `url`.
    Ready,
    /// The export failed.
    Error,
    /// The file is no longer available.
    Expired,
}

/// A CSV export of audit log events.
#[derive(JsonSchema)]
pub struct AuditLogExport {
    /// Always `audit_log_export`.
    #[schemars(extend("const" = "audit_log_export"))]
    pub object: String,
    /// Unique id, `audit_log_export_...`.
    pub id: String,
    /// How far the export has got.
    pub state: Option<AuditLogExportState>,
    /// Where to download the CSV file, once `ready`; the link lasts about ten minutes and
    /// fetching the export again gives a fresh one. Whoever holds it can download the
    /// export, so it is kept as a secret.
    #[schemars(extend("format" = "password"))]
    pub url: Option<String>,
    /// When the export was requested.
    pub created_at: Timestamp,
    /// When the export last changed.
    pub updated_at: Timestamp,
}

/// How long an organization's events are kept.
#[derive(JsonSchema)]
pub struct AuditLogRetention {
    /// Days before events are deleted (30 or 365); `null` if not set.
    pub retention_period_in_days: Option<i64>,
}

/// Request body that sets how long an organization's events are kept. Send one of the two
/// fields: a number of days, or a named period.
#[derive(JsonSchema)]
pub struct UpdateAuditLogRetention {
    /// Days before events are deleted: 30 or 365.
    pub retention_period_in_days: Option<i64>,
    /// How long events are kept, as a named period.
    pub retention_period: Option<AuditLogRetentionPeriod>,
}

/// A named retention period for audit log events.
#[derive(JsonSchema)]
pub enum AuditLogRetentionPeriod {
    /// 1 month.
    #[serde(rename = "1_MONTH")]
    OneMonth,
    /// 2 months.
    #[serde(rename = "2_MONTHS")]
    TwoMonths,
    /// 3 months.
    #[serde(rename = "3_MONTHS")]
    ThreeMonths,
    /// 4 months.
    #[serde(rename = "4_MONTHS")]
    FourMonths,
    /// 5 months.
    #[serde(rename = "5_MONTHS")]
    FiveMonths,
    /// 6 months.
    #[serde(rename = "6_MONTHS")]
    SixMonths,
    /// 7 months.
    #[serde(rename = "7_MONTHS")]
    SevenMonths,
    /// 8 months.
    #[serde(rename = "8_MONTHS")]
    EightMonths,
    /// 9 months.
    #[serde(rename = "9_MONTHS")]
    NineMonths,
    /// 10 months.
    #[serde(rename = "10_MONTHS")]
    TenMonths,
    /// 11 months.
    #[serde(rename = "11_MONTHS")]
    ElevenMonths,
    /// 1 year.
    #[serde(rename = "1_YEAR")]
    OneYear,
    /// 2 years.
    #[serde(rename = "2_YEARS")]
    TwoYears,
    /// 3 years.
    #[serde(rename = "3_YEARS")]
    ThreeYears,
    /// 4 years.
    #[serde(rename = "4_YEARS")]
    FourYears,
    /// 5 years.
    #[serde(rename = "5_YEARS")]
    FiveYears,
    /// 6 years.
    #[serde(rename = "6_YEARS")]
    SixYears,
    /// 7 years.
    #[serde(rename = "7_YEARS")]
    SevenYears,
    /// 8 years.
    #[serde(rename = "8_YEARS")]
    EightYears,
    /// 9 years.
    #[serde(rename = "9_YEARS")]
    NineYears,
    /// 10 years.
    #[serde(rename = "10_YEARS")]
    TenYears,
}

const ACTION_NAME: &str = "The action's name, such as `user.signed_in`.";
const ORGANIZATION_ID: &str = "The organization's id, `org_...`.";

/// The operations of Audit Logs.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/audit_logs/actions", "list_audit_log_actions")
            .sdk("audit_logs", "list_actions")
            .tag("audit-logs")
            .doc("Lists the audit log actions of the environment, each with its current schema.")
            .query::<ListQuery>()
            .list::<AuditLogAction>()
            .errors(&[404, 422]),
        Operation::post("/audit_logs/actions/{actionName}/schemas", "create_audit_log_schema")
            .sdk("audit_logs", "create_schema")
            .tag("audit-logs")
            .doc("Adds a schema version to an action, creating the action if it does not exist.")
            .path_param("actionName", ACTION_NAME)
            .json_body::<CreateAuditLogSchema>()
            .returns::<AuditLogSchema>(201)
            .errors(&[422]),
        Operation::get("/audit_logs/actions/{actionName}/schemas", "list_audit_log_schemas")
            .sdk("audit_logs", "list_schemas")
            .tag("audit-logs")
            .doc("Lists the schema versions of an action.")
            .path_param("actionName", ACTION_NAME)
            .query::<ListQuery>()
            .list::<AuditLogSchema>()
            .errors(&[404, 422]),
        Operation::post("/audit_logs/events", "create_audit_log_event")
            .sdk("audit_logs", "create_event")
            .tag("audit-logs")
            .doc("Records an audit log event for an organization.")
            .details(
                "A retry that sends the same `Idempotency-Key` within 24 hours gets the first \
                 answer instead of recording the event twice.",
            )
            .idempotent()
            .json_body::<CreateAuditLogEvent>()
            // Live: answered 201, where WorkOS's description says 200.
            .returns::<CreateAuditLogEventResponse>(201)
            .errors(&[400, 404, 422, 429]),
        Operation::post("/audit_logs/exports", "create_audit_log_export")
            .sdk("audit_logs", "create_export")
            .tag("audit-logs")
            .doc("Starts a CSV export of one organization's events in a time range.")
            .json_body::<CreateAuditLogExport>()
            .returns::<AuditLogExport>(201)
            .errors(&[400]),
        Operation::get("/audit_logs/exports/{auditLogExportId}", "get_audit_log_export")
            .sdk("audit_logs", "get_export")
            .tag("audit-logs")
            .doc("Fetches an export, with a fresh download URL once it is ready.")
            .path_param("auditLogExportId", "The export's id, `audit_log_export_...`.")
            .returns::<AuditLogExport>(200)
            .errors(&[404]),
        Operation::get("/organizations/{id}/audit_logs_retention", "get_audit_logs_retention")
            .sdk("audit_logs", "get_retention")
            .tag("audit-logs")
            .doc("Fetches how long an organization's audit log events are kept.")
            .path_param("id", ORGANIZATION_ID)
            .returns::<AuditLogRetention>(200)
            .errors(&[404]),
        Operation::put("/organizations/{id}/audit_logs_retention", "set_audit_logs_retention")
            .sdk("audit_logs", "set_retention")
            .tag("audit-logs")
            .doc("Sets how long an organization's audit log events are kept.")
            .path_param("id", ORGANIZATION_ID)
            .json_body::<UpdateAuditLogRetention>()
            .returns::<AuditLogRetention>(200)
            .errors(&[404, 422]),
    ]
}
