//! Fine-grained authorization: resources, permission checks, and the roles that organization
//! memberships and groups hold on resources.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, List, ListQuery, PageQuery, Timestamp};

/// An object of your application (a workspace, a project, a document...) that roles and
/// permissions apply to. Resources belong to an organization and may nest under a parent.
#[derive(JsonSchema)]
pub struct AuthorizationResource {
    /// Always `authorization_resource`.
    #[schemars(extend("const" = "authorization_resource"))]
    pub object: String,
    /// Unique id, `authz_resource_...`.
    pub id: String,
    /// Your own identifier for the resource, unique within its type and organization.
    pub external_id: String,
    /// The resource type, such as `project`.
    pub resource_type_slug: String,
    /// Display name.
    pub name: Option<String>,
    /// What the resource is, if a description was given.
    pub description: Option<String>,
    /// The organization that owns the resource.
    pub organization_id: Option<String>,
    /// The resource this one nests under; `null` at the top level.
    pub parent_resource_id: Option<String>,
    /// When the resource was created.
    pub created_at: Timestamp,
    /// When the resource last changed.
    pub updated_at: Timestamp,
}

/// Request body that creates a resource. Give a parent by `parent_resource_id`, or by
/// `parent_resource_external_id` together with `parent_resource_type_slug`, or not at all for a
/// top-level resource; never both ways at once.
#[derive(JsonSchema)]
pub struct CreateAuthorizationResource {
    /// Your own identifier for the resource, up to 128 ASCII characters.
    #[schemars(length(max = 128))]
    pub external_id: String,
    /// Display name.
    #[schemars(length(max = 48))]
    pub name: String,
    /// What the resource is.
    #[schemars(length(max = 150))]
    pub description: Option<String>,
    /// The resource type, such as `project`.
    pub resource_type_slug: String,
    /// The organization that will own the resource.
    pub organization_id: String,
    /// The parent, by its id. Not with the two external parent fields.
    pub parent_resource_id: Option<String>,
    /// The parent, by your identifier; requires `parent_resource_type_slug`.
    pub parent_resource_external_id: Option<String>,
    /// The parent's resource type; requires `parent_resource_external_id`.
    pub parent_resource_type_slug: Option<String>,
}

/// Request body that changes a resource; absent fields keep their value. A new parent is given
/// by `parent_resource_id`, or by `parent_resource_external_id` together with
/// `parent_resource_type_slug`, never both ways at once.
#[derive(JsonSchema)]
pub struct UpdateAuthorizationResource {
    /// New display name.
    #[schemars(length(max = 48))]
    pub name: Option<String>,
    /// New description.
    #[schemars(length(max = 150))]
    pub description: Option<String>,
    /// The new parent, by its id. Not with the two external parent fields.
    pub parent_resource_id: Option<String>,
    /// The new parent, by your identifier; requires `parent_resource_type_slug`.
    pub parent_resource_external_id: Option<String>,
    /// The new parent's resource type; requires `parent_resource_external_id`.
    pub parent_resource_type_slug: Option<String>,
}

/// Query of the resource list. A parent filter is `parent_resource_id`, or
/// `parent_external_id` together with `parent_resource_type_slug`.
#[derive(JsonSchema)]
pub struct ListResourcesQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only resources of this organization.
    pub organization_id: Option<String>,
    /// Only resources of this type.
    pub resource_type_slug: Option<String>,
    /// Only the resource with this external id.
    pub resource_external_id: Option<String>,
    /// Only children of the resource with this id.
    pub parent_resource_id: Option<String>,
    /// Only children of a parent of this type; goes with `parent_external_id`.
    pub parent_resource_type_slug: Option<String>,
    /// Only children of the parent with this external id; goes with
    /// `parent_resource_type_slug`.
    pub parent_external_id: Option<String>,
}

/// Query of a resource delete.
#[derive(JsonSchema)]
pub struct DeleteResourceQuery {
    /// Also delete the resource's descendants and role assignments. Without it, deleting a
    /// resource that has any fails.
    pub cascade_delete: Option<bool>,
}

/// Request body of a permission check. Name the resource by `resource_id`, or by
/// `resource_external_id` together with `resource_type_slug`: exactly one of the two.
#[derive(JsonSchema)]
pub struct CheckAuthorization {
    /// The permission to check, such as `posts:create`.
    pub permission_slug: String,
    /// The resource, by its id.
    pub resource_id: Option<String>,
    /// The resource, by your identifier; requires `resource_type_slug`.
    pub resource_external_id: Option<String>,
    /// The resource's type; requires `resource_external_id`.
    pub resource_type_slug: Option<String>,
}

/// The answer to a permission check.
#[derive(JsonSchema)]
pub struct AuthorizationCheck {
    /// Whether the membership holds the permission on the resource.
    pub authorized: bool,
}

/// Query of the resources an organization membership can reach under a parent. Name the parent
/// by `parent_resource_id`, or by `parent_resource_external_id` together with
/// `parent_resource_type_slug`.
#[derive(JsonSchema)]
pub struct ListMembershipResourcesQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only child resources on which the membership holds this permission.
    pub permission_slug: String,
    /// The parent, by its id.
    pub parent_resource_id: Option<String>,
    /// The parent's resource type; goes with `parent_resource_external_id`.
    pub parent_resource_type_slug: Option<String>,
    /// The parent, by your identifier; goes with `parent_resource_type_slug`.
    pub parent_resource_external_id: Option<String>,
}

/// A role, and optionally the resource it applies to, as role assignment requests name them.
/// Name the resource by `resource_id`, or by `resource_external_id` together with
/// `resource_type_slug`, never both ways. Organization memberships need one of the two; for a
/// group, naming no resource means the organization itself.
#[derive(JsonSchema)]
pub struct RoleGrant {
    /// The role, by its slug.
    pub role_slug: String,
    /// The resource, by its id.
    pub resource_id: Option<String>,
    /// The resource, by your identifier; requires `resource_type_slug`.
    pub resource_external_id: Option<String>,
    /// The resource's type; requires `resource_external_id`.
    pub resource_type_slug: Option<String>,
}

/// The resource a role assignment applies to.
#[derive(JsonSchema)]
pub struct RoleAssignmentResource {
    /// The resource's id, `authz_resource_...`.
    pub id: String,
    /// Your own identifier for the resource.
    pub external_id: Option<String>,
    /// The resource type.
    pub resource_type_slug: Option<String>,
}

/// A role that an organization membership holds on a resource.
#[derive(JsonSchema)]
pub struct RoleAssignment {
    /// Always `role_assignment`.
    #[schemars(extend("const" = "role_assignment"))]
    pub object: String,
    /// Unique id, `role_assignment_...`.
    pub id: String,
    /// The role.
    pub role: crate::directory_sync::SlimRole,
    /// The organization membership that holds the role.
    pub organization_membership_id: Option<String>,
    /// The resource the role applies to.
    pub resource: Option<RoleAssignmentResource>,
    /// Whether the role was assigned directly or comes from a group.
    pub source: Option<RoleAssignmentSource>,
    /// When the role was assigned.
    pub created_at: Timestamp,
    /// When the assignment last changed.
    pub updated_at: Timestamp,
}

/// Where a membership's role assignment comes from.
#[derive(JsonSchema)]
pub struct RoleAssignmentSource {
    /// Direct, or through a group.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: RoleAssignmentSourceType,
    /// The group role assignment the role comes from; `null` for a direct one.
    pub group_role_assignment_id: Option<String>,
    /// The group the role comes from; `null` for a direct one.
    pub group: Option<RoleAssignmentSourceGroup>,
}

/// The group through which a membership holds a role.
#[derive(JsonSchema)]
pub struct RoleAssignmentSourceGroup {
    /// The group's id, `group_...`.
    pub id: String,
    /// The group's name.
    pub name: Option<String>,
}

/// How a membership came to hold a role.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum RoleAssignmentSourceType {
    /// Assigned to the membership itself.
    Direct,
    /// Inherited from a group the membership belongs to.
    Group,
}

/// Query of a membership's role assignments. Narrow to one resource by `resource_id`, or by
/// `resource_external_id` together with `resource_type_slug`.
#[derive(JsonSchema)]
pub struct ListMembershipRoleAssignmentsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only assignments on the resource with this id.
    pub resource_id: Option<String>,
    /// Only assignments on the resource with this external id.
    pub resource_external_id: Option<String>,
    /// Only assignments on resources of this type.
    pub resource_type_slug: Option<String>,
}

/// Query of the role assignments on a resource.
#[derive(JsonSchema)]
pub struct ListResourceRoleAssignmentsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only assignments of this role.
    pub role_slug: Option<String>,
}

/// Which of a resource's members a membership list returns.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum MembershipAssignment {
    /// Only memberships whose role is assigned on the resource itself.
    Direct,
    /// Also memberships that get the permission from a role on an ancestor resource.
    Indirect,
}

/// Query of the organization memberships that hold a permission on a resource.
#[derive(JsonSchema)]
pub struct ListResourceMembershipsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only memberships that hold this permission on the resource.
    pub permission_slug: String,
    /// Direct assignments only, or inherited ones too.
    pub assignment: Option<MembershipAssignment>,
}

/// An organization membership that holds a permission on a resource, with its user.
#[derive(JsonSchema)]
pub struct AuthorizedMembership {
    /// Always `organization_membership`.
    #[schemars(extend("const" = "organization_membership"))]
    pub object: String,
    /// Unique id, `om_...`.
    pub id: String,
    /// The member.
    pub user_id: Option<String>,
    /// The organization.
    pub organization_id: Option<String>,
    /// The organization's name.
    pub organization_name: Option<String>,
    /// Whether the membership is active, inactive or pending.
    pub status: Option<crate::organization_memberships::OrganizationMembershipStatus>,
    /// Whether a directory provisions and manages the membership.
    pub directory_managed: Option<bool>,
    /// Attributes from the member's directory user or SSO profile (the directory wins when
    /// both exist).
    #[serde(default)]
    pub custom_attributes: Json,
    /// The member; sometimes left out of the answer.
    pub user: Option<crate::user_management::User>,
    /// When the membership was created.
    pub created_at: Timestamp,
    /// When the membership last changed.
    pub updated_at: Timestamp,
}

/// A role that a group holds on a resource; every member of the group inherits it.
#[derive(JsonSchema)]
pub struct GroupRoleAssignment {
    /// Always `group_role_assignment`.
    #[schemars(extend("const" = "group_role_assignment"))]
    pub object: String,
    /// Unique id, `gra_...`.
    pub id: String,
    /// The role.
    pub role: crate::directory_sync::SlimRole,
    /// The group that holds the role.
    pub group_id: Option<String>,
    /// The resource the role applies to.
    pub resource: Option<RoleAssignmentResource>,
    /// When the role was assigned.
    pub created_at: Timestamp,
    /// When the assignment last changed.
    pub updated_at: Timestamp,
}

/// Request body that replaces every role assignment of a group.
#[derive(JsonSchema)]
pub struct ReplaceGroupRoleAssignments {
    /// The complete new set of assignments, at most 100; those not listed are removed.
    #[schemars(length(max = 100))]
    pub role_assignments: Vec<RoleGrant>,
}

/// Request body that adds and removes role assignments of a group in one step: all changes
/// apply, or none. The two lists hold from 1 to 100 entries together.
#[derive(JsonSchema)]
pub struct UpdateGroupRoleAssignments {
    /// The role assignments to add.
    pub add: Option<Vec<RoleGrant>>,
    /// The role assignments to remove.
    pub remove: Option<Vec<RoleGrant>>,
}

const GROUP_ID: &str = "The group's id, `group_...`.";
const GROUP_ROLE_ASSIGNMENT_ID: &str = "The group role assignment's id, `gra_...`.";
const MEMBERSHIP_ID: &str = "The organization membership's id, `om_...`.";
const ROLE_ASSIGNMENT_ID: &str = "The role assignment's id, `role_assignment_...`.";
const RESOURCE_ID: &str = "The resource's id, `authz_resource_...`.";
const ORGANIZATION_ID: &str = "The id of the organization that owns the resource, `org_...`.";
const RESOURCE_TYPE_SLUG: &str = "The resource's type, such as `project`.";
const EXTERNAL_ID: &str = "Your own identifier for the resource.";

/// The operations on resources, permission checks and role assignments.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/authorization/groups/{group_id}/role_assignments", "list_group_role_assignments")
            .sdk("authorization", "list_group_role_assignments")
            .tag("authorization")
            .doc("Lists the roles a group holds, and on which resources.")
            .path_param("group_id", GROUP_ID)
            .query::<ListQuery>()
            .list::<GroupRoleAssignment>()
            .errors(&[403, 404]),
        Operation::post("/authorization/groups/{group_id}/role_assignments", "create_group_role_assignment")
            .sdk("authorization", "assign_group_role")
            .tag("authorization")
            .doc("Gives a group a role on a resource, or on its organization.")
            .path_param("group_id", GROUP_ID)
            .json_body::<RoleGrant>()
            .returns::<GroupRoleAssignment>(201)
            .errors(&[403, 404, 409, 422]),
        Operation::put("/authorization/groups/{group_id}/role_assignments", "replace_group_role_assignments")
            .sdk("authorization", "replace_group_role_assignments")
            .tag("authorization")
            .doc("Replaces every role assignment of a group with the given set.")
            .path_param("group_id", GROUP_ID)
            .json_body::<ReplaceGroupRoleAssignments>()
            .returns::<List<GroupRoleAssignment>>(200)
            .errors(&[403, 404, 422]),
        Operation::delete("/authorization/groups/{group_id}/role_assignments", "remove_group_role_assignments")
            .sdk("authorization", "remove_group_role")
            .tag("authorization")
            .doc("Takes a role on a resource away from a group.")
            .details("Fails with `404` when the group holds no such assignment.")
            .path_param("group_id", GROUP_ID)
            .json_body::<RoleGrant>()
            .empty(204)
            .errors(&[403, 404, 422]),
        Operation::get(
            "/authorization/groups/{group_id}/role_assignments/{role_assignment_id}",
            "get_group_role_assignment",
        )
            .sdk("authorization", "get_group_role_assignment")
        .tag("authorization")
        .doc("Fetches one role assignment of a group.")
        .path_param("group_id", GROUP_ID)
        .path_param("role_assignment_id", GROUP_ROLE_ASSIGNMENT_ID)
        .returns::<GroupRoleAssignment>(200)
        .errors(&[403, 404]),
        Operation::delete(
            "/authorization/groups/{group_id}/role_assignments/{role_assignment_id}",
            "remove_group_role_assignment",
        )
            .sdk("authorization", "remove_group_role_assignment")
        .tag("authorization")
        .doc("Removes one role assignment of a group, by its id.")
        .path_param("group_id", GROUP_ID)
        .path_param("role_assignment_id", GROUP_ROLE_ASSIGNMENT_ID)
        .empty(204)
        .errors(&[403, 404]),
        Operation::post(
            "/authorization/organization_memberships/{organization_membership_id}/check",
            "check_authorization",
        )
            .sdk("authorization", "check")
        .tag("authorization")
        .doc("Checks whether an organization membership holds a permission on a resource.")
        .path_param("organization_membership_id", MEMBERSHIP_ID)
        .json_body::<CheckAuthorization>()
        .returns::<AuthorizationCheck>(200)
        .errors(&[403, 404, 422]),
        Operation::get(
            "/authorization/organization_memberships/{organization_membership_id}/resources",
            "list_membership_resources",
        )
            .sdk("authorization", "list_membership_resources")
        .tag("authorization")
        .doc("Lists the children of a resource on which an organization membership holds a permission.")
        .path_param("organization_membership_id", MEMBERSHIP_ID)
        .query::<ListMembershipResourcesQuery>()
        .list::<AuthorizationResource>()
        .errors(&[400, 403, 404, 422]),
        Operation::get(
            "/authorization/organization_memberships/{organization_membership_id}/resources/{resource_id}/permissions",
            "list_effective_permissions",
        )
            .sdk("authorization", "list_effective_permissions")
        .tag("authorization")
        .doc("Lists every permission an organization membership holds on a resource, inherited ones included.")
        .path_param("organization_membership_id", MEMBERSHIP_ID)
        .path_param("resource_id", RESOURCE_ID)
        .query::<ListQuery>()
        .list::<crate::roles::Permission>()
        .errors(&[403, 404, 422]),
        Operation::get(
            "/authorization/organization_memberships/{organization_membership_id}/resources/{resource_type_slug}/{external_id}/permissions",
            "list_effective_permissions_by_external_id",
        )
            .sdk("authorization", "list_effective_permissions_by_external_id")
        .tag("authorization")
        .doc("Lists every permission an organization membership holds on a resource named by your identifier.")
        .details("Permissions from roles on ancestor resources are included.")
        .path_param("organization_membership_id", MEMBERSHIP_ID)
        .path_param("resource_type_slug", RESOURCE_TYPE_SLUG)
        .path_param("external_id", EXTERNAL_ID)
        .query::<ListQuery>()
        .list::<crate::roles::Permission>()
        .errors(&[403, 404, 422]),
        Operation::get(
            "/authorization/organization_memberships/{organization_membership_id}/role_assignments",
            "list_membership_role_assignments",
        )
            .sdk("authorization", "list_membership_role_assignments")
        .tag("authorization")
        .doc("Lists the roles an organization membership holds, on the organization and on other resources.")
        .path_param("organization_membership_id", MEMBERSHIP_ID)
        .query::<ListMembershipRoleAssignmentsQuery>()
        .list::<RoleAssignment>()
        .errors(&[403, 404]),
        Operation::post(
            "/authorization/organization_memberships/{organization_membership_id}/role_assignments",
            "assign_membership_role",
        )
            .sdk("authorization", "assign_role")
        .tag("authorization")
        .doc("Gives an organization membership a role on a resource.")
        .path_param("organization_membership_id", MEMBERSHIP_ID)
        .json_body::<RoleGrant>()
        .returns::<RoleAssignment>(201)
        .errors(&[403, 404, 422]),
        Operation::delete(
            "/authorization/organization_memberships/{organization_membership_id}/role_assignments",
            "remove_membership_role",
        )
            .sdk("authorization", "remove_role")
        .tag("authorization")
        .doc("Takes a role on a resource away from an organization membership.")
        .path_param("organization_membership_id", MEMBERSHIP_ID)
        .json_body::<RoleGrant>()
        .empty(204)
        .errors(&[403, 404, 422]),
        Operation::delete(
            "/authorization/organization_memberships/{organization_membership_id}/role_assignments/{role_assignment_id}",
            "remove_membership_role_assignment",
        )
            .sdk("authorization", "remove_role_assignment")
        .tag("authorization")
        .doc("Removes one role assignment of an organization membership, by its id.")
        .path_param("organization_membership_id", MEMBERSHIP_ID)
        .path_param("role_assignment_id", ROLE_ASSIGNMENT_ID)
        .empty(204)
        .errors(&[403, 404]),
        Operation::get(
            "/authorization/organizations/{organization_id}/resources/{resource_type_slug}/{external_id}",
            "get_resource_by_external_id",
        )
            .sdk("authorization", "get_resource_by_external_id")
        .tag("authorization")
        .doc("Fetches a resource by its organization, type and your identifier.")
        .path_param("organization_id", ORGANIZATION_ID)
        .path_param("resource_type_slug", RESOURCE_TYPE_SLUG)
        .path_param("external_id", EXTERNAL_ID)
        .returns::<AuthorizationResource>(200)
        .errors(&[403, 404]),
        Operation::patch(
            "/authorization/organizations/{organization_id}/resources/{resource_type_slug}/{external_id}",
            "update_resource_by_external_id",
        )
            .sdk("authorization", "update_resource_by_external_id")
        .tag("authorization")
        .doc("Changes a resource named by its organization, type and your identifier.")
        .path_param("organization_id", ORGANIZATION_ID)
        .path_param("resource_type_slug", RESOURCE_TYPE_SLUG)
        .path_param("external_id", EXTERNAL_ID)
        .json_body::<UpdateAuthorizationResource>()
        .returns::<AuthorizationResource>(200)
        .errors(&[400, 403, 404, 409, 422]),
        Operation::delete(
            "/authorization/organizations/{organization_id}/resources/{resource_type_slug}/{external_id}",
            "delete_resource_by_external_id",
        )
            .sdk("authorization", "delete_resource_by_external_id")
        .tag("authorization")
        .doc("Deletes a resource named by its organization, type and your identifier.")
        .details("A resource with descendants or role assignments is only deleted with `cascade_delete`.")
        .path_param("organization_id", ORGANIZATION_ID)
        .path_param("resource_type_slug", RESOURCE_TYPE_SLUG)
        .path_param("external_id", EXTERNAL_ID)
        .query::<DeleteResourceQuery>()
        .empty(204)
        .errors(&[400, 403, 404, 409]),
        Operation::get(
            "/authorization/organizations/{organization_id}/resources/{resource_type_slug}/{external_id}/organization_memberships",
            "list_resource_memberships_by_external_id",
        )
            .sdk("authorization", "list_resource_memberships_by_external_id")
        .tag("authorization")
        .doc("Lists the organization memberships that hold a permission on a resource named by your identifier.")
        .path_param("organization_id", ORGANIZATION_ID)
        .path_param("resource_type_slug", RESOURCE_TYPE_SLUG)
        .path_param("external_id", EXTERNAL_ID)
        .query::<ListResourceMembershipsQuery>()
        .list::<AuthorizedMembership>()
        .errors(&[400, 403, 404, 422]),
        Operation::get(
            "/authorization/organizations/{organization_id}/resources/{resource_type_slug}/{external_id}/role_assignments",
            "list_resource_role_assignments_by_external_id",
        )
            .sdk("authorization", "list_resource_role_assignments_by_external_id")
        .tag("authorization")
        .doc("Lists the role assignments on a resource named by your identifier.")
        .path_param("organization_id", ORGANIZATION_ID)
        .path_param("resource_type_slug", RESOURCE_TYPE_SLUG)
        .path_param("external_id", EXTERNAL_ID)
        .query::<ListResourceRoleAssignmentsQuery>()
        .list::<RoleAssignment>()
        .errors(&[403, 404]),
        Operation::get("/authorization/resources", "list_resources")
            .sdk("authorization", "list_resources")
            .tag("authorization")
            .doc("Lists resources, optionally of one organization, type or parent.")
            .query::<ListResourcesQuery>()
            .list::<AuthorizationResource>()
            .errors(&[400, 403, 422]),
        Operation::post("/authorization/resources", "create_resource")
            .sdk("authorization", "create_resource")
            .tag("authorization")
            .doc("Creates a resource, optionally under a parent.")
            .json_body::<CreateAuthorizationResource>()
            .returns::<AuthorizationResource>(201)
            .errors(&[400, 403, 404, 409, 422]),
        Operation::get("/authorization/resources/{resource_id}", "get_resource")
            .sdk("authorization", "get_resource")
            .tag("authorization")
            .doc("Fetches one resource.")
            .path_param("resource_id", RESOURCE_ID)
            .returns::<AuthorizationResource>(200)
            .errors(&[403, 404, 422]),
        Operation::patch("/authorization/resources/{resource_id}", "update_resource")
            .sdk("authorization", "update_resource")
            .tag("authorization")
            .doc("Changes a resource's name, description or parent.")
            .path_param("resource_id", RESOURCE_ID)
            .json_body::<UpdateAuthorizationResource>()
            .returns::<AuthorizationResource>(200)
            .errors(&[400, 403, 404, 409, 422]),
        Operation::delete("/authorization/resources/{resource_id}", "delete_resource")
            .sdk("authorization", "delete_resource")
            .tag("authorization")
            .doc("Deletes a resource.")
            .details("A resource with descendants or role assignments is only deleted with `cascade_delete`.")
            .path_param("resource_id", RESOURCE_ID)
            .query::<DeleteResourceQuery>()
            .empty(204)
            .errors(&[400, 403, 404, 409]),
        Operation::get(
            "/authorization/resources/{resource_id}/organization_memberships",
            "list_resource_memberships",
        )
            .sdk("authorization", "list_resource_memberships")
        .tag("authorization")
        .doc("Lists the organization memberships that hold a permission on a resource.")
        .path_param("resource_id", RESOURCE_ID)
        .query::<ListResourceMembershipsQuery>()
        .list::<AuthorizedMembership>()
        .errors(&[400, 403, 404, 422]),
        Operation::get("/authorization/resources/{resource_id}/role_assignments", "list_resource_role_assignments")
            .sdk("authorization", "list_resource_role_assignments")
            .tag("authorization")
            .doc("Lists the role assignments on a resource.")
            .path_param("resource_id", RESOURCE_ID)
            .query::<ListResourceRoleAssignmentsQuery>()
            .list::<RoleAssignment>()
            .errors(&[403, 404]),
        Operation::patch("/authorization/groups/{group_id}/role_assignments", "patch_group_role_assignments")
            .sdk("authorization", "update_group_role_assignments")
            .tag("authorization")
            .doc("Adds and removes role assignments of a group, all at once or not at all.")
            .details("WorkOS's Python SDK calls this; its status code is inferred.")
            .path_param("group_id", GROUP_ID)
            .json_body::<UpdateGroupRoleAssignments>()
            .empty(204)
            .errors(&[400, 403, 404, 422]),
    ]
}
