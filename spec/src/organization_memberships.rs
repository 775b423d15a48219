//! Organization memberships: which users belong to which organizations, with which roles.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, PageQuery, Timestamp};
use crate::directory_sync::SlimRole;
use crate::user_management::User;

/// Whether a membership lets its user into the organization.
#[derive(JsonSchema)]
pub enum OrganizationMembershipStatus {
    /// The user is a member.
    #[serde(rename = "active")]
    Active,
    /// The membership was deactivated; it can be reactivated.
    #[serde(rename = "inactive")]
    Inactive,
    /// Created by an invitation the user has not accepted yet.
    #[serde(rename = "pending")]
    Pending,
}

/// Query of the membership list. Give `user_id`, `organization_id`, or both.
#[derive(JsonSchema)]
pub struct ListOrganizationMembershipsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only memberships in this organization.
    pub organization_id: Option<String>,
    /// Only memberships with one of these statuses; without it, only `active` ones.
    #[serde(default)]
    pub statuses: Vec<OrganizationMembershipStatus>,
    /// Only memberships of this user.
    pub user_id: Option<String>,
}

/// A user's membership in an organization.
#[derive(JsonSchema)]
pub struct OrganizationMembership {
    /// Always `organization_membership`.
    #[schemars(extend("const" = "organization_membership"))]
    pub object: String,
    /// Unique id, `om_...`.
    pub id: String,
    /// The member.
    pub user_id: String,
    /// The organization.
    pub organization_id: String,
    /// The organization's name.
    pub organization_name: Option<String>,
    /// Whether the membership is in effect.
    pub status: Option<OrganizationMembershipStatus>,
    /// Whether a directory (Directory Sync) manages the membership.
    pub directory_managed: Option<bool>,
    /// Attributes from the linked directory user or SSO profile; the directory's win when
    /// both have one.
    #[serde(default)]
    pub custom_attributes: Json,
    /// The member's primary role in the organization.
    pub role: Option<SlimRole>,
    /// Every role the member holds in the organization.
    #[serde(default)]
    pub roles: Vec<SlimRole>,
    /// The member, in full; absent from memberships embedded in events.
    pub user: Option<User>,
    /// When the membership was created.
    pub created_at: Timestamp,
    /// When the membership last changed.
    pub updated_at: Timestamp,
}

/// Request body that adds a user to an organization.
///
/// Give the role with `role_slug` or `role_slugs`, not both; with neither, the member gets
/// the environment's default role.
#[derive(JsonSchema)]
pub struct CreateOrganizationMembership {
    /// The user to add.
    pub user_id: String,
    /// The organization to add them to.
    pub organization_id: String,
    /// The one role to give.
    pub role_slug: Option<String>,
    /// The roles to give; more than one only when Multiple Roles is on.
    #[serde(default)]
    pub role_slugs: Vec<String>,
}

/// Request body that changes a member's roles.
///
/// Give `role_slug` or `role_slugs`, not both; a body with neither changes nothing.
#[derive(JsonSchema)]
pub struct UpdateOrganizationMembership {
    /// The one role the member will hold.
    pub role_slug: Option<String>,
    /// Every role the member will hold; more than one only when Multiple Roles is on.
    #[serde(default)]
    pub role_slugs: Vec<String>,
}

const ID: &str = "The membership's id, `om_...`.";

/// The operations on organization memberships.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/user_management/organization_memberships", "list_organization_memberships")
            .sdk("organization_memberships", "list")
            .tag("user-management.organization-membership")
            .doc("Lists the memberships of a user, of an organization, or of a user in one.")
            .details("Only `active` memberships unless `statuses` asks for others.")
            .query::<ListOrganizationMembershipsQuery>()
            .comma_separated("statuses")
            .list::<OrganizationMembership>()
            .errors(&[400, 404, 422]),
        Operation::post("/user_management/organization_memberships", "create_organization_membership")
            .sdk("organization_memberships", "create")
            .tag("user-management.organization-membership")
            .doc("Adds a user to an organization, optionally with given roles.")
            .json_body::<CreateOrganizationMembership>()
            .returns::<OrganizationMembership>(201)
            .errors(&[400, 404, 422]),
        Operation::get("/user_management/organization_memberships/{id}", "get_organization_membership")
            .sdk("organization_memberships", "get")
            .tag("user-management.organization-membership")
            .doc("Fetches one organization membership.")
            .path_param("id", ID)
            .returns::<OrganizationMembership>(200)
            .errors(&[404]),
        Operation::delete("/user_management/organization_memberships/{id}", "delete_organization_membership")
            .sdk("organization_memberships", "delete")
            .tag("user-management.organization-membership")
            .doc("Removes a user from an organization for good.")
            .path_param("id", ID)
            .empty(200)
            .errors(&[404]),
        Operation::put("/user_management/organization_memberships/{id}", "update_organization_membership")
            .sdk("organization_memberships", "update")
            .tag("user-management.organization-membership")
            .doc("Changes the roles of an organization member.")
            .path_param("id", ID)
            .json_body::<UpdateOrganizationMembership>()
            .returns::<OrganizationMembership>(200)
            .errors(&[404, 422]),
        Operation::put(
            "/user_management/organization_memberships/{id}/deactivate",
            "deactivate_organization_membership",
        )
        .sdk("organization_memberships", "deactivate")
        .tag("user-management.organization-membership")
        .doc("Deactivates an active membership, keeping it for a later reactivation.")
        .details("An inactive membership is left as it is; a pending one is refused (delete it instead).")
        .path_param("id", ID)
        .returns::<OrganizationMembership>(200)
        .errors(&[400, 404, 422]),
        Operation::put(
            "/user_management/organization_memberships/{id}/reactivate",
            "reactivate_organization_membership",
        )
        .sdk("organization_memberships", "reactivate")
        .tag("user-management.organization-membership")
        .doc("Reactivates an inactive membership with the roles it had.")
        .details(
            "An active membership is left as it is; a pending one is refused (its user accepts the \
             invitation instead).",
        )
        .path_param("id", ID)
        .returns::<OrganizationMembership>(200)
        .errors(&[400, 404, 422]),
    ]
}
