//! Feature flags: reading them, switching them on and off per environment, targeting them
//! by rules and their members, and the whole configuration the runtime client evaluates
//! locally.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{ListQuery, PageQuery, Timestamp};

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

/// A targeting rule of a feature flag: the entities of one target type that are its members
/// get its value. Rules are evaluated in `position` order.
#[derive(JsonSchema)]
pub struct FlagRule {
    /// Always `flag_rule`.
    #[schemars(extend("const" = "flag_rule"))]
    pub object: String,
    /// Unique id of the rule.
    pub id: String,
    /// The flag the rule belongs to.
    pub flag_id: String,
    /// That flag's slug.
    pub flag_slug: String,
    /// The environment of the flag.
    pub environment_id: Option<String>,
    /// What the rule's members are: `organization`, `user` or a custom target type.
    pub target_type: Option<String>,
    /// Where the rule comes in evaluation order, from 0.
    pub position: Option<i64>,
    /// The type of `value`: `boolean`.
    pub value_type: Option<FlagValueType>,
    /// The value the rule's members get.
    pub value: Option<bool>,
    /// When the rule was created.
    pub created_at: Timestamp,
    /// When the rule last changed.
    pub updated_at: Timestamp,
}

/// The type of a flag's values.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FlagValueType {
    /// `true` or `false`.
    Boolean,
}

/// Request body that appends a rule without members to a flag.
#[derive(JsonSchema)]
pub struct CreateFlagRule {
    /// The flag's slug.
    pub flag_slug: String,
    /// What the rule's members are: `organization`, `user` or a registered custom target
    /// type.
    pub target_type: String,
    /// The value the rule gives its members.
    pub value: bool,
}

/// Query of a flag's rules: they come in evaluation order, so there is no `order`.
#[derive(JsonSchema)]
pub struct ListFlagRulesQuery {
    /// The flag whose rules to list.
    pub flag_slug: String,
    /// Return the rules that come before this rule id.
    pub before: Option<String>,
    /// Return the rules that come after this rule id.
    pub after: Option<String>,
    /// How many rules one page holds, from 1 to 100 (the API's default is 10).
    #[schemars(range(max = 100))]
    pub limit: Option<u32>,
}

/// One entity's membership in a rule. While an environment still has the temporary legacy
/// target contract, targets come in the legacy shape instead: without `rule_id`, with the
/// value (`value_type`, `value`) on the target itself.
// One type for both shapes, told apart by `rule_id`: the legacy one is a temporary contract
// (workos-newer2-operations.yaml), and every field that differs is optional here.
#[derive(JsonSchema)]
pub struct FlagTarget {
    /// Always `flag_target`.
    #[schemars(extend("const" = "flag_target"))]
    pub object: String,
    /// Unique id of the membership (not of the targeted entity).
    pub id: String,
    /// The rule the entity is a member of; absent from a legacy target.
    pub rule_id: Option<String>,
    /// The flag of the rule.
    pub flag_id: String,
    /// That flag's slug.
    pub flag_slug: String,
    /// The environment of the flag.
    pub environment_id: Option<String>,
    /// What the entity is: `organization`, `user` or a custom target type.
    pub target_type: String,
    /// The entity's id (`org_...`, `user_...`, or a custom target's id).
    pub target_id: String,
    /// On a legacy target: the type of `value`.
    pub value_type: Option<FlagValueType>,
    /// On a legacy target: the value the entity gets.
    pub value: Option<bool>,
    /// When the membership was created.
    pub created_at: Timestamp,
    /// When the membership last changed.
    pub updated_at: Timestamp,
}

/// Request body that makes an entity a member of a rule; the rule fixes the flag, the target
/// type and the value.
#[derive(JsonSchema)]
pub struct CreateFlagTarget {
    /// The rule.
    pub rule_id: String,
    /// The organization, user or custom target's id.
    pub target_id: String,
}

/// Query of the target memberships: any combination of the filters.
#[derive(JsonSchema)]
pub struct ListFlagTargetsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only members of this rule.
    pub rule_id: Option<String>,
    /// Only targets of this flag.
    pub flag_slug: Option<String>,
    /// Only targets of this type.
    pub target_type: Option<String>,
    /// Only memberships of this entity.
    pub target_id: Option<String>,
}

/// Query of the runtime payload: its format.
#[derive(JsonSchema)]
pub struct RuntimePayloadQuery {
    /// The payload's format: `2`, the one this SDK reads. Without it the API answers an older
    /// format.
    #[schemars(extend("const" = "2"))]
    pub payload_version: String,
}

/// Every flag of the environment with its rules: what the runtime client evaluates locally.
#[derive(JsonSchema)]
pub struct FeatureFlagsRuntimePayload {
    /// The payload's format: `2`.
    pub version: i64,
    /// The flags, by slug.
    pub flags: std::collections::BTreeMap<String, FeatureFlagsRuntimeFlag>,
}

/// One flag of the runtime payload.
#[derive(JsonSchema)]
pub struct FeatureFlagsRuntimeFlag {
    /// The flag's slug.
    pub slug: String,
    /// Whether the flag is on; when off, everyone gets `off_value`.
    pub enabled: bool,
    /// The value when the flag is on and no rule matches (a boolean; anything else reads as
    /// the caller's default).
    pub default_value: serde_json::Value,
    /// The value when the flag is off.
    pub off_value: serde_json::Value,
    /// The rules, in evaluation order: the first that matches decides.
    // Required, as WorkOS's SDKs require it: a payload whose flag lacks it is not read.
    pub rules: Vec<FeatureFlagsRuntimeRule>,
}

/// A rule of the runtime payload.
#[derive(JsonSchema)]
pub struct FeatureFlagsRuntimeRule {
    /// The rule's id.
    pub id: String,
    /// What kind of rule it is; `conditions` is the kind that is evaluated.
    pub kind: String,
    /// The value the flag takes when every condition matches.
    pub value: serde_json::Value,
    /// The conditions, all of which must match.
    #[serde(default)]
    pub conditions: Vec<FeatureFlagsRuntimeCondition>,
}

/// One condition of a runtime rule.
#[derive(JsonSchema)]
pub struct FeatureFlagsRuntimeCondition {
    /// How the condition compares: `one_of` is the operator that is evaluated; a condition
    /// with any other never matches.
    pub operator: String,
    /// The target type whose id is compared, such as `user` or `organization`.
    pub target_type: Option<String>,
    /// The ids that match, for `one_of`.
    pub values: Option<serde_json::Value>,
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
            .deprecated(
                "target by rules: `feature_flags().create_rule`, then `feature_flags().create_target`",
            )
            .tag("feature-flags.targets")
            .doc("Turns a feature flag on for one user or organization.")
            .path_param("slug", SLUG)
            .path_param("resourceId", "The user (`user_...`) or organization (`org_...`) to target.")
            .empty(204)
            .errors(&[400, 403, 404]),
        Operation::delete("/feature-flags/{slug}/targets/{resourceId}", "remove_feature_flag_target")
            .sdk("feature_flags", "remove_target")
            .deprecated("target by rules: `feature_flags().delete_target` removes one membership")
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
        // Rules and their members, and the runtime payload, as WorkOS's Node SDK 12.3.0 calls
        // them (workos-newer2-operations.yaml: medium, the payload high). The success codes
        // of the creates and deletes are inferred from the sibling operations.
        Operation::post("/flag_rules", "create_flag_rule")
            .sdk("feature_flags", "create_rule")
            .tag("feature-flags.rules")
            .doc("Appends a rule without members to a feature flag.")
            .details("A second rule with the same target type and value is refused with `409`.")
            .json_body::<CreateFlagRule>()
            .returns::<FlagRule>(201)
            .errors(&[400, 401, 404, 409, 422]),
        Operation::get("/flag_rules", "list_flag_rules")
            .sdk("feature_flags", "list_rules")
            .tag("feature-flags.rules")
            .doc("Lists one flag's rules, in evaluation order.")
            .query::<ListFlagRulesQuery>()
            .list::<FlagRule>()
            .errors(&[401, 404, 422]),
        Operation::get("/flag_rules/{flag_rule_id}", "get_flag_rule")
            .sdk("feature_flags", "get_rule")
            .tag("feature-flags.rules")
            .doc("Fetches one rule.")
            .path_param("flag_rule_id", "The rule's id.")
            .returns::<FlagRule>(200)
            .errors(&[401, 404]),
        Operation::delete("/flag_rules/{flag_rule_id}", "delete_flag_rule")
            .sdk("feature_flags", "delete_rule")
            .tag("feature-flags.rules")
            .doc("Deletes a rule, and every membership it holds.")
            .path_param("flag_rule_id", "The rule's id.")
            .empty(204)
            .errors(&[401, 404]),
        Operation::post("/flag_targets", "create_flag_target")
            .sdk("feature_flags", "create_target")
            .tag("feature-flags.targets")
            .doc("Makes an organization, a user or a custom target a member of a rule.")
            .json_body::<CreateFlagTarget>()
            .returns::<FlagTarget>(201)
            .errors(&[400, 401, 404, 409, 422]),
        Operation::get("/flag_targets", "list_flag_targets")
            .sdk("feature_flags", "list_targets")
            .tag("feature-flags.targets")
            .doc("Lists target memberships, by rule, flag, target type or target.")
            .query::<ListFlagTargetsQuery>()
            .list::<FlagTarget>()
            .errors(&[401, 422]),
        Operation::get("/flag_targets/{flag_target_id}", "get_flag_target")
            .sdk("feature_flags", "get_target")
            .tag("feature-flags.targets")
            .doc("Fetches one membership by its own id.")
            .path_param("flag_target_id", "The membership's id (not the targeted entity's).")
            .returns::<FlagTarget>(200)
            .errors(&[401, 404]),
        Operation::delete("/flag_targets/{flag_target_id}", "delete_flag_target")
            .sdk("feature_flags", "delete_target")
            .tag("feature-flags.targets")
            .doc("Removes one membership, named by its own id.")
            .path_param("flag_target_id", "The membership's id (not the targeted entity's).")
            .empty(204)
            .errors(&[401, 404]),
        Operation::get("/sdk/feature-flags", "get_feature_flags_runtime_payload")
            .sdk("feature_flags", "runtime_payload")
            .tag("feature-flags.runtime")
            .doc("Fetches every flag of the environment with its rules, to evaluate them locally.")
            .details(
                "`workos::feature_flags::RuntimeClient` polls it and evaluates flags from the last \
                 answer; WorkOS's SDKs poll it every 30 seconds.",
            )
            .query::<RuntimePayloadQuery>()
            .returns::<FeatureFlagsRuntimePayload>(200)
            .errors(&[401, 429]),
    ]
}
