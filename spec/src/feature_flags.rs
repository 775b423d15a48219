//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub struct ListFeatureFlagsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct FlagOwner {
    /// DOC
    pub email: String,
    /// DOC
    pub first_name: Option<String>,
    /// DOC
    pub last_name: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct Flag {
    /// DOC
    #[schemars(extend("const" = "feature_flag"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub slug: Option<String>,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub description: Option<String>,
    /// DOC
    pub owner: Option<FlagOwner>,
    /// DOC
    #[serde(default)]
    pub tags: Vec<String>,
    /// DOC
    pub enabled: Option<bool>,
    /// DOC
    pub default_value: Option<bool>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListOrganizationFeatureFlagsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListUserFeatureFlagsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/feature-flags", "list_feature_flags")
            .tag("feature-flags")
            .doc("DOC")
            .query::<ListFeatureFlagsQuery>()
            .list::<Flag>()
            .errors(&[400, 404, 422]),
        Operation::get("/feature-flags/{slug}", "get_feature_flag")
            .tag("feature-flags")
            .doc("DOC")
            .path_param("slug", "DOC")
            .returns::<Flag>(200)
            .errors(&[404]),
        Operation::put("/feature-flags/{slug}/disable", "disable_feature_flag")
            .tag("feature-flags")
            .doc("DOC")
            .path_param("slug", "DOC")
            .returns::<Flag>(200)
            .errors(&[404]),
        Operation::put("/feature-flags/{slug}/enable", "enable_feature_flag")
            .tag("feature-flags")
            .doc("DOC")
            .path_param("slug", "DOC")
            .returns::<Flag>(200)
            .errors(&[404]),
        Operation::post("/feature-flags/{slug}/targets/{resourceId}", "add_feature_flag_target")
            .tag("feature-flags.targets")
            .doc("DOC")
            .path_param("resourceId", "DOC")
            .path_param("slug", "DOC")
            .empty(204)
            .errors(&[400, 403, 404]),
        Operation::delete("/feature-flags/{slug}/targets/{resourceId}", "remove_feature_flag_target")
            .tag("feature-flags.targets")
            .doc("DOC")
            .path_param("resourceId", "DOC")
            .path_param("slug", "DOC")
            .empty(204)
            .errors(&[400, 403, 404]),
        Operation::get("/organizations/{organizationId}/feature-flags", "list_organization_feature_flags")
            .tag("organizations.feature-flags")
            .doc("DOC")
            .path_param("organizationId", "DOC")
            .query::<ListOrganizationFeatureFlagsQuery>()
            .list::<Flag>()
            .errors(&[404]),
        Operation::get("/user_management/users/{userId}/feature-flags", "list_user_feature_flags")
            .tag("user-management.users.feature-flags")
            .doc("DOC")
            .path_param("userId", "DOC")
            .query::<ListUserFeatureFlagsQuery>()
            .list::<Flag>()
            .errors(&[404]),
    ]
}
