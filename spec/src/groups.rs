//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub struct CreateGroup {
    /// DOC
    pub name: String,
    /// DOC
    pub description: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct Group {
    /// DOC
    #[schemars(extend("const" = "group"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub description: Option<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListGroupsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateGroup {
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub description: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateGroupMembership {
    /// DOC
    pub organization_membership_id: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListGroupMembersQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListGroupMembersItem {
    /// DOC
    #[schemars(extend("const" = "organization_membership"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub user_id: Option<String>,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub status: Option<crate::organization_memberships::OrganizationMembershipStatus>,
    /// DOC
    pub directory_managed: Option<bool>,
    /// DOC
    pub organization_name: Option<String>,
    /// DOC
    #[serde(default)]
    pub custom_attributes: Json,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListOrganizationMembershipGroupsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/organizations/{organizationId}/groups", "create_group")
            .tag("groups")
            .doc("DOC")
            .path_param("organizationId", "DOC")
            .json_body::<CreateGroup>()
            .returns::<Group>(201)
            .errors(&[400, 403, 404, 422]),
        Operation::get("/organizations/{organizationId}/groups", "list_groups")
            .tag("groups")
            .doc("DOC")
            .path_param("organizationId", "DOC")
            .query::<ListGroupsQuery>()
            .list::<Group>()
            .errors(&[403, 404]),
        Operation::get("/organizations/{organizationId}/groups/{groupId}", "get_group")
            .tag("groups")
            .doc("DOC")
            .path_param("organizationId", "DOC")
            .path_param("groupId", "DOC")
            .returns::<Group>(200)
            .errors(&[403, 404]),
        Operation::patch("/organizations/{organizationId}/groups/{groupId}", "update_group")
            .tag("groups")
            .doc("DOC")
            .path_param("organizationId", "DOC")
            .path_param("groupId", "DOC")
            .json_body::<UpdateGroup>()
            .returns::<Group>(200)
            .errors(&[400, 403, 404, 422]),
        Operation::delete("/organizations/{organizationId}/groups/{groupId}", "delete_group")
            .tag("groups")
            .doc("DOC")
            .path_param("organizationId", "DOC")
            .path_param("groupId", "DOC")
            .empty(204)
            .errors(&[403, 404]),
        Operation::post(
            "/organizations/{organizationId}/groups/{groupId}/organization-memberships",
            "add_group_member",
        )
        .tag("groups")
        .doc("DOC")
        .path_param("organizationId", "DOC")
        .path_param("groupId", "DOC")
        .json_body::<CreateGroupMembership>()
        .returns::<Group>(200)
        .errors(&[400, 403, 404, 422]),
        Operation::get(
            "/organizations/{organizationId}/groups/{groupId}/organization-memberships",
            "list_group_members",
        )
        .tag("groups")
        .doc("DOC")
        .path_param("organizationId", "DOC")
        .path_param("groupId", "DOC")
        .query::<ListGroupMembersQuery>()
        .list::<ListGroupMembersItem>()
        .errors(&[403, 404]),
        Operation::delete(
            "/organizations/{organizationId}/groups/{groupId}/organization-memberships/{omId}",
            "remove_group_member",
        )
        .tag("groups")
        .doc("DOC")
        .path_param("organizationId", "DOC")
        .path_param("groupId", "DOC")
        .path_param("omId", "DOC")
        .empty(204)
        .errors(&[403, 404]),
        Operation::get(
            "/user_management/organization_memberships/{omId}/groups",
            "list_organization_membership_groups",
        )
        .tag("user-management.organization-membership.groups")
        .doc("DOC")
        .path_param("omId", "DOC")
        .query::<ListOrganizationMembershipGroupsQuery>()
        .list::<Group>()
        .errors(&[404]),
    ]
}
