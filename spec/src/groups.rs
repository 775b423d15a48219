//! Groups: named sets of an organization's members.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, ListQuery, PageQuery, Timestamp};
use crate::organization_memberships::OrganizationMembershipStatus;

/// A named set of members of one organization.
#[derive(JsonSchema)]
pub struct Group {
    /// Always `group`.
    #[schemars(extend("const" = "group"))]
    pub object: String,
    /// Unique id, `group_...`.
    pub id: String,
    /// The organization the group belongs to.
    pub organization_id: Option<String>,
    /// Display name.
    pub name: String,
    /// What the group is for, if described.
    pub description: Option<String>,
    /// When the group was created.
    pub created_at: Timestamp,
    /// When the group last changed.
    pub updated_at: Timestamp,
}

/// Request body that creates a group.
#[derive(JsonSchema)]
pub struct CreateGroup {
    /// Display name, at most 256 characters.
    #[schemars(length(max = 256))]
    pub name: String,
    /// What the group is for, at most 150 characters.
    #[schemars(length(max = 150))]
    pub description: Option<String>,
}

/// Request body that changes a group; absent fields keep their value.
#[derive(JsonSchema)]
pub struct UpdateGroup {
    /// New display name, at most 256 characters.
    #[schemars(length(max = 256))]
    pub name: Option<String>,
    /// New description, at most 150 characters.
    #[schemars(length(max = 150))]
    pub description: Option<String>,
}

/// Request body that adds an organization membership to a group.
#[derive(JsonSchema)]
pub struct AddGroupMember {
    /// The organization membership to add, `om_...`.
    pub organization_membership_id: String,
}

/// A member of a group: an organization membership with its user, without its roles.
#[derive(JsonSchema)]
pub struct GroupMember {
    /// Always `organization_membership`.
    #[schemars(extend("const" = "organization_membership"))]
    pub object: String,
    /// The membership's id, `om_...`.
    pub id: String,
    /// The member user.
    pub user_id: Option<String>,
    /// The organization of the membership.
    pub organization_id: Option<String>,
    /// Whether the membership is active.
    pub status: Option<OrganizationMembershipStatus>,
    /// Whether a directory manages the membership.
    pub directory_managed: Option<bool>,
    /// The name of the organization.
    pub organization_name: Option<String>,
    /// Attributes from the user's linked directory user or SSO profile; the directory's win
    /// when both exist.
    #[serde(default)]
    pub custom_attributes: Json,
    /// When the membership was created.
    pub created_at: Timestamp,
    /// When the membership last changed.
    pub updated_at: Timestamp,
    /// The member user's full record.
    pub user: Option<crate::user_management::User>,
}

/// Query of an organization's group list.
#[derive(JsonSchema)]
pub struct ListGroupsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only groups that match this search text.
    pub search: Option<String>,
}

/// Request body that adds and removes members of a group in one step: all changes apply, or
/// none.
#[derive(JsonSchema)]
pub struct UpdateGroupMembers {
    /// The organization memberships to add, `om_...`.
    pub add: Option<Vec<String>>,
    /// The organization memberships to remove, `om_...`.
    pub remove: Option<Vec<String>>,
}

const ORGANIZATION_ID: &str = "The organization's id, `org_...`.";
const GROUP_ID: &str = "The group's id, `group_...`.";
const MEMBERSHIP_ID: &str = "The organization membership's id, `om_...`.";

/// The operations on groups and their members.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/organizations/{organizationId}/groups", "create_group")
            .sdk("groups", "create")
            .tag("groups")
            .doc("Creates a group in an organization.")
            .path_param("organizationId", ORGANIZATION_ID)
            .json_body::<CreateGroup>()
            .returns::<Group>(201)
            .errors(&[400, 403, 404, 422]),
        Operation::get("/organizations/{organizationId}/groups", "list_groups")
            .sdk("groups", "list")
            .tag("groups")
            .doc("Lists the groups of an organization.")
            .path_param("organizationId", ORGANIZATION_ID)
            .query::<ListGroupsQuery>()
            .list::<Group>()
            .errors(&[403, 404]),
        Operation::get("/organizations/{organizationId}/groups/{groupId}", "get_group")
            .sdk("groups", "get")
            .tag("groups")
            .doc("Fetches one group.")
            .path_param("organizationId", ORGANIZATION_ID)
            .path_param("groupId", GROUP_ID)
            .returns::<Group>(200)
            .errors(&[403, 404]),
        Operation::patch("/organizations/{organizationId}/groups/{groupId}", "update_group")
            .sdk("groups", "update")
            .tag("groups")
            .doc("Changes a group's name or description.")
            .path_param("organizationId", ORGANIZATION_ID)
            .path_param("groupId", GROUP_ID)
            .json_body::<UpdateGroup>()
            .returns::<Group>(200)
            .errors(&[400, 403, 404, 422]),
        Operation::delete("/organizations/{organizationId}/groups/{groupId}", "delete_group")
            .sdk("groups", "delete")
            .tag("groups")
            .doc("Deletes a group.")
            .path_param("organizationId", ORGANIZATION_ID)
            .path_param("groupId", GROUP_ID)
            .empty(204)
            .errors(&[403, 404]),
        Operation::post(
            "/organizations/{organizationId}/groups/{groupId}/organization-memberships",
            "add_group_member",
        )
        .sdk("groups", "add_member")
        .tag("groups")
        .doc("Adds an organization membership to a group.")
        .path_param("organizationId", ORGANIZATION_ID)
        .path_param("groupId", GROUP_ID)
        .json_body::<AddGroupMember>()
        .returns::<Group>(200)
        .errors(&[400, 403, 404, 422]),
        Operation::get(
            "/organizations/{organizationId}/groups/{groupId}/organization-memberships",
            "list_group_members",
        )
        .sdk("groups", "list_members")
        .tag("groups")
        .doc("Lists the organization memberships in a group.")
        .path_param("organizationId", ORGANIZATION_ID)
        .path_param("groupId", GROUP_ID)
        .query::<ListQuery>()
        .list::<GroupMember>()
        .errors(&[403, 404]),
        Operation::delete(
            "/organizations/{organizationId}/groups/{groupId}/organization-memberships/{omId}",
            "remove_group_member",
        )
        .sdk("groups", "remove_member")
        .tag("groups")
        .doc("Removes an organization membership from a group.")
        .path_param("organizationId", ORGANIZATION_ID)
        .path_param("groupId", GROUP_ID)
        .path_param("omId", MEMBERSHIP_ID)
        .empty(204)
        .errors(&[403, 404]),
        Operation::get(
            "/user_management/organization_memberships/{omId}/groups",
            "list_organization_membership_groups",
        )
        .sdk("groups", "list_for_membership")
        .tag("user-management.organization-membership.groups")
        .doc("Lists the groups an organization membership belongs to.")
        .path_param("omId", MEMBERSHIP_ID)
        .query::<ListQuery>()
        .list::<Group>()
        .errors(&[404]),
        Operation::patch(
            "/organizations/{organizationId}/groups/{groupId}/organization-memberships",
            "patch_group_memberships",
        )
        .sdk("groups", "update_members")
        .tag("groups")
        .doc("Adds and removes organization memberships of a group, all at once or not at all.")
        .details("WorkOS's Python SDK calls this; its status code is inferred.")
        .path_param("organizationId", ORGANIZATION_ID)
        .path_param("groupId", GROUP_ID)
        .json_body::<UpdateGroupMembers>()
        .empty(204)
        .errors(&[400, 403, 404, 422]),
    ]
}
