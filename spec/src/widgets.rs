//! Widgets: tokens that let WorkOS's embeddable UI components act for one user.

use schemars::JsonSchema;

use crate::Operation;

/// A permission a widget token grants.
#[derive(JsonSchema)]
pub enum WidgetScope {
    /// Manage the organization's members in the users table widget.
    #[serde(rename = "widgets:users-table:manage")]
    UsersTableManage,
    /// Verify the organization's domains.
    #[serde(rename = "widgets:domain-verification:manage")]
    DomainVerificationManage,
    /// Set up the organization's SSO connections.
    #[serde(rename = "widgets:sso:manage")]
    SsoManage,
    /// Manage the organization's API keys.
    #[serde(rename = "widgets:api-keys:manage")]
    ApiKeysManage,
    /// Set up the organization's directory sync.
    #[serde(rename = "widgets:dsync:manage")]
    DsyncManage,
    /// Set up streaming of the organization's audit logs.
    #[serde(rename = "widgets:audit-log-streaming:manage")]
    AuditLogStreamingManage,
    /// Manage the organization's Pipes connections.
    #[serde(rename = "widgets:pipes:manage")]
    PipesManage,
    /// Manage the API keys the user owns.
    #[serde(rename = "widgets:user-api-keys:manage-self")]
    UserApiKeysManageSelf,
    /// Manage the API keys of every user in the organization.
    #[serde(rename = "widgets:user-api-keys:manage-all")]
    UserApiKeysManageAll,
}

/// Request body that issues a widget token.
#[derive(JsonSchema)]
pub struct CreateWidgetToken {
    /// The organization the widgets work on; needed with `scopes`, and left out for widgets
    /// about the user alone (profile, security).
    pub organization_id: Option<String>,
    /// The user the widgets act for.
    pub user_id: Option<String>,
    /// What the widgets may do.
    #[serde(default)]
    pub scopes: Vec<WidgetScope>,
}

/// A widget token just issued.
#[derive(JsonSchema)]
pub struct WidgetToken {
    /// The token to hand to the widgets in the user's browser.
    #[schemars(extend("format" = "password"))]
    pub token: String,
}

/// The operations of widgets.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/widgets/token", "create_widget_token")
            .sdk("widgets", "create_token")
            .tag("widgets")
            .doc("Issues a token for widgets acting for a user, optionally within an organization.")
            .json_body::<CreateWidgetToken>()
            .returns::<WidgetToken>(201)
            .errors(&[400, 404, 422]),
    ]
}
