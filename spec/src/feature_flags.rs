//! Feature flags: reading them, switching them on and off per environment, and targeting
//! them at single users and organizations.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{ListQuery, Timestamp};

/// A feature flag of the environment.
#[derive(JsonSchema)]
pub struct FeatureFlag {
    /// Always `feature_flag`.
    #[schemars(extend("const" = "feature_flag"))]
    pub object: String,
    /// Unique id of the flag.
    pub id: String,
    /// The key that names the flag in the API, unique in the environment.
    pub slug: String,
    /// Display name; need not be unique.
    pub name: String,
    /// What the flag is for, if described.
    pub description: Option<String>,
    /// Who owns the flag, if anyone.
    pub owner: Option<FeatureFlagOwner>,
    /// Labels that group flags.
    #[serde(default)]
    pub tags: Vec<String>,
    /// Whether the flag is on in this environment.
    pub enabled: Option<bool>,
    /// The value for users and organizations that no targeting rule matches.
    pub default_value: Option<bool>,
    /// When the flag was created.
    pub created_at: Timestamp,
    /// When the flag last changed.
    pub updated_at: Timestamp,
}

/// The person who owns a feature flag.
#[derive(JsonSchema)]
pub struct FeatureFlagOwner {
    /// The owner's e-mail address.
    pub email: String,
    /// The owner's first name, if known.
    pub first_name: Option<String>,
    /// The owner's last name, if known.
    pub last_name: Option<String>,
}

const SLUG: &str = "The feature flag's slug.";

/// The operations on feature flags.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/feature-flags", "list_feature_flags")
            .sdk("feature_flags", "list")
            .tag("feature-flags")
            .doc("Lists the feature flags of the environment.")
            .query::<ListQuery>()
            .list::<FeatureFlag>()
            .errors(&[400, 404, 422]),
        Operation::get("/feature-flags/{slug}", "get_feature_flag")
            .sdk("feature_flags", "get")
            .tag("feature-flags")
            .doc("Fetches one feature flag by its slug.")
            .path_param("slug", SLUG)
            .returns::<FeatureFlag>(200)
            .errors(&[404]),
        Operation::put("/feature-flags/{slug}/disable", "disable_feature_flag")
            .sdk("feature_flags", "disable")
            .tag("feature-flags")
            .doc("Switches a feature flag off in the environment.")
            .path_param("slug", SLUG)
            .returns::<FeatureFlag>(200)
            .errors(&[404]),
        Operation::put("/feature-flags/{slug}/enable", "enable_feature_flag")
            .sdk("feature_flags", "enable")
            .tag("feature-flags")
            .doc("Switches a feature flag on in the environment.")
            .path_param("slug", SLUG)
            .returns::<FeatureFlag>(200)
            .errors(&[404]),
        Operation::post("/feature-flags/{slug}/targets/{resourceId}", "add_feature_flag_target")
            .sdk("feature_flags", "add_target")
            .tag("feature-flags.targets")
            .doc("Turns a feature flag on for one user or organization.")
            .path_param("slug", SLUG)
            .path_param("resourceId", "The user (`user_...`) or organization (`org_...`) to target.")
            .empty(204)
            .errors(&[400, 403, 404]),
        Operation::delete("/feature-flags/{slug}/targets/{resourceId}", "remove_feature_flag_target")
            .sdk("feature_flags", "remove_target")
            .tag("feature-flags.targets")
            .doc("Removes a user or organization from a feature flag's targets.")
            .path_param("slug", SLUG)
            .path_param("resourceId", "The targeted user (`user_...`) or organization (`org_...`).")
            .empty(204)
            .errors(&[400, 403, 404]),
        Operation::get("/organizations/{organizationId}/feature-flags", "list_organization_feature_flags")
            .sdk("feature_flags", "list_for_organization")
            .tag("organizations.feature-flags")
            .doc("Lists the feature flags that are on for an organization.")
            .path_param("organizationId", "The organization's id, `org_...`.")
            .query::<ListQuery>()
            .list::<FeatureFlag>()
            .errors(&[404]),
        Operation::get("/user_management/users/{userId}/feature-flags", "list_user_feature_flags")
            .sdk("feature_flags", "list_for_user")
            .tag("user-management.users.feature-flags")
            .doc("Lists the feature flags that are on for a user, directly or through their organizations.")
            .path_param("userId", "The user's id, `user_...`.")
            .query::<ListQuery>()
            .list::<FeatureFlag>()
            .errors(&[404]),
    ]
}
