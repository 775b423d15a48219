//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub enum WidgetSessionTokenScope {
    /// DOC
    #[serde(rename = "widgets:users-table:manage")]
    WidgetsUsersTableManage,
    /// DOC
    #[serde(rename = "widgets:domain-verification:manage")]
    WidgetsDomainVerificationManage,
    /// DOC
    #[serde(rename = "widgets:sso:manage")]
    WidgetsSsoManage,
    /// DOC
    #[serde(rename = "widgets:api-keys:manage")]
    WidgetsApiKeysManage,
    /// DOC
    #[serde(rename = "widgets:dsync:manage")]
    WidgetsDsyncManage,
    /// DOC
    #[serde(rename = "widgets:audit-log-streaming:manage")]
    WidgetsAuditLogStreamingManage,
    /// DOC
    #[serde(rename = "widgets:pipes:manage")]
    WidgetsPipesManage,
}

/// DOC
#[derive(JsonSchema)]
pub struct WidgetSessionToken {
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub user_id: Option<String>,
    /// DOC
    #[serde(default)]
    pub scopes: Vec<WidgetSessionTokenScope>,
}

/// DOC
#[derive(JsonSchema)]
pub struct WidgetSessionTokenResponse {
    /// DOC
    pub token: String,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/widgets/token", "create_widget_token")
            .tag("widgets")
            .doc("DOC")
            .json_body::<WidgetSessionToken>()
            .returns::<WidgetSessionTokenResponse>(201)
            .errors(&[400, 404, 422]),
    ]
}
