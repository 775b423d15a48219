//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub struct ListGroupRoleAssignmentsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct GroupRoleAssignmentResource {
    /// DOC
    pub id: String,
    /// DOC
    pub external_id: Option<String>,
    /// DOC
    pub resource_type_slug: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct GroupRoleAssignment {
    /// DOC
    #[schemars(extend("const" = "group_role_assignment"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub group_id: Option<String>,
    /// DOC
    pub role: Option<crate::directory_sync::SlimRole>,
    /// DOC
    pub resource: Option<GroupRoleAssignmentResource>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateGroupRoleAssignment {
    /// DOC
    pub role_slug: String,
    /// DOC
    pub resource_id: Option<String>,
    /// DOC
    pub resource_external_id: Option<String>,
    /// DOC
    pub resource_type_slug: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ReplaceGroupRoleAssignmentEntry {
    /// DOC
    pub role_slug: String,
    /// DOC
    pub resource_id: Option<String>,
    /// DOC
    pub resource_external_id: Option<String>,
    /// DOC
    pub resource_type_slug: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ReplaceGroupRoleAssignments {
    /// DOC
    pub role_assignments: Vec<ReplaceGroupRoleAssignmentEntry>,
}

/// DOC
#[derive(JsonSchema)]
pub struct GroupRoleAssignmentList {
    /// DOC
    #[schemars(extend("const" = "list"))]
    pub object: String,
    /// DOC
    #[serde(default)]
    pub data: Vec<GroupRoleAssignment>,
    /// DOC
    pub list_metadata: crate::common::ListMetadata,
}

/// DOC
#[derive(JsonSchema)]
pub struct DeleteGroupRoleAssignmentsByCriteria {
    /// DOC
    pub role_slug: String,
    /// DOC
    pub resource_id: Option<String>,
    /// DOC
    pub resource_external_id: Option<String>,
    /// DOC
    pub resource_type_slug: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct CheckAuthorization {
    /// DOC
    pub permission_slug: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthorizationCheck {
    /// DOC
    pub authorized: bool,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListMembershipResourcesQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// DOC
    pub permission_slug: String,
    /// DOC
    pub parent_resource_id: Option<String>,
    /// DOC
    pub parent_resource_type_slug: Option<String>,
    /// DOC
    pub parent_resource_external_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AuthorizationResource {
    /// DOC
    #[schemars(extend("const" = "authorization_resource"))]
    pub object: String,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub description: Option<String>,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub parent_resource_id: Option<String>,
    /// DOC
    pub id: String,
    /// DOC
    pub external_id: Option<String>,
    /// DOC
    pub resource_type_slug: Option<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListEffectivePermissionsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListEffectivePermissionsByExternalIdQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListMembershipRoleAssignmentsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// DOC
    pub resource_id: Option<String>,
    /// DOC
    pub resource_external_id: Option<String>,
    /// DOC
    pub resource_type_slug: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub enum UserRoleAssignmentSourceType {
    /// DOC
    #[serde(rename = "direct")]
    Direct,
    /// DOC
    #[serde(rename = "group")]
    Group,
}

/// DOC
#[derive(JsonSchema)]
pub struct UserRoleAssignmentSource {
    /// DOC
    #[serde(rename = "type")]
    pub kind: UserRoleAssignmentSourceType,
    /// DOC
    pub group_role_assignment_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct UserRoleAssignment {
    /// DOC
    #[schemars(extend("const" = "role_assignment"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub organization_membership_id: Option<String>,
    /// DOC
    pub role: Option<crate::directory_sync::SlimRole>,
    /// DOC
    pub resource: Option<GroupRoleAssignmentResource>,
    /// DOC
    pub source: Option<UserRoleAssignmentSource>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct AssignRole {
    /// DOC
    pub role_slug: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct RemoveRole {
    /// DOC
    pub role_slug: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateAuthorizationResource {
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub description: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct DeleteResourceByExternalIdQuery {
    /// DOC
    pub cascade_delete: Option<bool>,
}

/// DOC
#[derive(JsonSchema)]
pub enum ListResourceMembershipsByExternalIdAssignment {
    /// DOC
    #[serde(rename = "direct")]
    Direct,
    /// DOC
    #[serde(rename = "indirect")]
    Indirect,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListResourceMembershipsByExternalIdQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// DOC
    pub permission_slug: String,
    /// DOC
    pub assignment: Option<ListResourceMembershipsByExternalIdAssignment>,
}

/// DOC
#[derive(JsonSchema)]
pub struct UserOrganizationMembershipBaseWithUser {
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
    /// DOC
    pub user: Option<crate::user_management::User>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListResourceRoleAssignmentsByExternalIdQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// DOC
    pub role_slug: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListResourcesQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub resource_type_slug: Option<String>,
    /// DOC
    pub resource_external_id: Option<String>,
    /// DOC
    pub parent_resource_id: Option<String>,
    /// DOC
    pub parent_resource_type_slug: Option<String>,
    /// DOC
    pub parent_external_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateAuthorizationResource {
    /// DOC
    pub external_id: String,
    /// DOC
    pub name: String,
    /// DOC
    pub description: Option<String>,
    /// DOC
    pub resource_type_slug: String,
    /// DOC
    pub organization_id: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct DeleteResourceQuery {
    /// DOC
    pub cascade_delete: Option<bool>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListResourceMembershipsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// DOC
    pub permission_slug: String,
    /// DOC
    pub assignment: Option<ListResourceMembershipsByExternalIdAssignment>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListResourceRoleAssignmentsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// DOC
    pub role_slug: Option<String>,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/authorization/groups/{group_id}/role_assignments", "list_group_role_assignments")
            .tag("authorization")
            .doc("DOC")
            .path_param("group_id", "DOC")
            .query::<ListGroupRoleAssignmentsQuery>()
            .list::<GroupRoleAssignment>()
            .errors(&[403, 404]),
        Operation::post("/authorization/groups/{group_id}/role_assignments", "create_group_role_assignment")
            .tag("authorization")
            .doc("DOC")
            .path_param("group_id", "DOC")
            .json_body::<CreateGroupRoleAssignment>()
            .returns::<GroupRoleAssignment>(201)
            .errors(&[403, 404, 409, 422]),
        Operation::put("/authorization/groups/{group_id}/role_assignments", "replace_group_role_assignments")
            .tag("authorization")
            .doc("DOC")
            .path_param("group_id", "DOC")
            .json_body::<ReplaceGroupRoleAssignments>()
            .returns::<GroupRoleAssignmentList>(200)
            .errors(&[403, 404, 422]),
        Operation::delete("/authorization/groups/{group_id}/role_assignments", "remove_group_role_assignments")
            .tag("authorization")
            .doc("DOC")
            .path_param("group_id", "DOC")
            .json_body::<DeleteGroupRoleAssignmentsByCriteria>()
            .empty(204)
            .errors(&[403, 404, 422]),
        Operation::get("/authorization/groups/{group_id}/role_assignments/{role_assignment_id}", "get_group_role_assignment")
            .tag("authorization")
            .doc("DOC")
            .path_param("group_id", "DOC")
            .path_param("role_assignment_id", "DOC")
            .returns::<GroupRoleAssignment>(200)
            .errors(&[403, 404]),
        Operation::delete("/authorization/groups/{group_id}/role_assignments/{role_assignment_id}", "remove_group_role_assignment")
            .tag("authorization")
            .doc("DOC")
            .path_param("group_id", "DOC")
            .path_param("role_assignment_id", "DOC")
            .empty(204)
            .errors(&[403, 404]),
        Operation::post("/authorization/organization_memberships/{organization_membership_id}/check", "check_authorization")
            .tag("authorization")
            .doc("DOC")
            .path_param("organization_membership_id", "DOC")
            .json_body::<CheckAuthorization>()
            .returns::<AuthorizationCheck>(200)
            .errors(&[403, 404, 422]),
        Operation::get("/authorization/organization_memberships/{organization_membership_id}/resources", "list_membership_resources")
            .tag("authorization")
            .doc("DOC")
            .path_param("organization_membership_id", "DOC")
            .query::<ListMembershipResourcesQuery>()
            .list::<AuthorizationResource>()
            .errors(&[400, 403, 404, 422]),
        Operation::get("/authorization/organization_memberships/{organization_membership_id}/resources/{resource_id}/permissions", "list_effective_permissions")
            .tag("authorization")
            .doc("DOC")
            .path_param("organization_membership_id", "DOC")
            .path_param("resource_id", "DOC")
            .query::<ListEffectivePermissionsQuery>()
            .list::<crate::roles::Permission>()
            .errors(&[403, 404, 422]),
        Operation::get("/authorization/organization_memberships/{organization_membership_id}/resources/{resource_type_slug}/{external_id}/permissions", "list_effective_permissions_by_external_id")
            .tag("authorization")
            .doc("DOC")
            .path_param("organization_membership_id", "DOC")
            .path_param("resource_type_slug", "DOC")
            .path_param("external_id", "DOC")
            .query::<ListEffectivePermissionsByExternalIdQuery>()
            .list::<crate::roles::Permission>()
            .errors(&[403, 404, 422]),
        Operation::get("/authorization/organization_memberships/{organization_membership_id}/role_assignments", "list_membership_role_assignments")
            .tag("authorization")
            .doc("DOC")
            .path_param("organization_membership_id", "DOC")
            .query::<ListMembershipRoleAssignmentsQuery>()
            .list::<UserRoleAssignment>()
            .errors(&[403, 404]),
        Operation::post("/authorization/organization_memberships/{organization_membership_id}/role_assignments", "assign_membership_role")
            .tag("authorization")
            .doc("DOC")
            .path_param("organization_membership_id", "DOC")
            .json_body::<AssignRole>()
            .returns::<UserRoleAssignment>(201)
            .errors(&[403, 404, 422]),
        Operation::delete("/authorization/organization_memberships/{organization_membership_id}/role_assignments", "remove_membership_role")
            .tag("authorization")
            .doc("DOC")
            .path_param("organization_membership_id", "DOC")
            .json_body::<RemoveRole>()
            .empty(204)
            .errors(&[403, 404, 422]),
        Operation::delete("/authorization/organization_memberships/{organization_membership_id}/role_assignments/{role_assignment_id}", "remove_membership_role_assignment")
            .tag("authorization")
            .doc("DOC")
            .path_param("organization_membership_id", "DOC")
            .path_param("role_assignment_id", "DOC")
            .empty(204)
            .errors(&[403, 404]),
        Operation::get("/authorization/organizations/{organization_id}/resources/{resource_type_slug}/{external_id}", "get_resource_by_external_id")
            .tag("authorization")
            .doc("DOC")
            .path_param("organization_id", "DOC")
            .path_param("resource_type_slug", "DOC")
            .path_param("external_id", "DOC")
            .returns::<AuthorizationResource>(200)
            .errors(&[403, 404]),
        Operation::patch("/authorization/organizations/{organization_id}/resources/{resource_type_slug}/{external_id}", "update_resource_by_external_id")
            .tag("authorization")
            .doc("DOC")
            .path_param("organization_id", "DOC")
            .path_param("resource_type_slug", "DOC")
            .path_param("external_id", "DOC")
            .json_body::<UpdateAuthorizationResource>()
            .returns::<AuthorizationResource>(200)
            .errors(&[400, 403, 404, 409, 422]),
        Operation::delete("/authorization/organizations/{organization_id}/resources/{resource_type_slug}/{external_id}", "delete_resource_by_external_id")
            .tag("authorization")
            .doc("DOC")
            .path_param("organization_id", "DOC")
            .path_param("resource_type_slug", "DOC")
            .path_param("external_id", "DOC")
            .query::<DeleteResourceByExternalIdQuery>()
            .empty(204)
            .errors(&[400, 403, 404, 409]),
        Operation::get("/authorization/organizations/{organization_id}/resources/{resource_type_slug}/{external_id}/organization_memberships", "list_resource_memberships_by_external_id")
            .tag("authorization")
            .doc("DOC")
            .path_param("organization_id", "DOC")
            .path_param("resource_type_slug", "DOC")
            .path_param("external_id", "DOC")
            .query::<ListResourceMembershipsByExternalIdQuery>()
            .list::<UserOrganizationMembershipBaseWithUser>()
            .errors(&[400, 403, 404, 422]),
        Operation::get("/authorization/organizations/{organization_id}/resources/{resource_type_slug}/{external_id}/role_assignments", "list_resource_role_assignments_by_external_id")
            .tag("authorization")
            .doc("DOC")
            .path_param("organization_id", "DOC")
            .path_param("resource_type_slug", "DOC")
            .path_param("external_id", "DOC")
            .query::<ListResourceRoleAssignmentsByExternalIdQuery>()
            .list::<UserRoleAssignment>()
            .errors(&[403, 404]),
        Operation::get("/authorization/resources", "list_resources")
            .tag("authorization")
            .doc("DOC")
            .query::<ListResourcesQuery>()
            .list::<AuthorizationResource>()
            .errors(&[400, 403, 422]),
        Operation::post("/authorization/resources", "create_resource")
            .tag("authorization")
            .doc("DOC")
            .json_body::<CreateAuthorizationResource>()
            .returns::<AuthorizationResource>(201)
            .errors(&[400, 403, 404, 409, 422]),
        Operation::get("/authorization/resources/{resource_id}", "get_resource")
            .tag("authorization")
            .doc("DOC")
            .path_param("resource_id", "DOC")
            .returns::<AuthorizationResource>(200)
            .errors(&[403, 404, 422]),
        Operation::patch("/authorization/resources/{resource_id}", "update_resource")
            .tag("authorization")
            .doc("DOC")
            .path_param("resource_id", "DOC")
            .json_body::<UpdateAuthorizationResource>()
            .returns::<AuthorizationResource>(200)
            .errors(&[400, 403, 404, 409, 422]),
        Operation::delete("/authorization/resources/{resource_id}", "delete_resource")
            .tag("authorization")
            .doc("DOC")
            .path_param("resource_id", "DOC")
            .query::<DeleteResourceQuery>()
            .empty(204)
            .errors(&[400, 403, 404, 409]),
        Operation::get("/authorization/resources/{resource_id}/organization_memberships", "list_resource_memberships")
            .tag("authorization")
            .doc("DOC")
            .path_param("resource_id", "DOC")
            .query::<ListResourceMembershipsQuery>()
            .list::<UserOrganizationMembershipBaseWithUser>()
            .errors(&[400, 403, 404, 422]),
        Operation::get("/authorization/resources/{resource_id}/role_assignments", "list_resource_role_assignments")
            .tag("authorization")
            .doc("DOC")
            .path_param("resource_id", "DOC")
            .query::<ListResourceRoleAssignmentsQuery>()
            .list::<UserRoleAssignment>()
            .errors(&[403, 404]),
    ]
}
