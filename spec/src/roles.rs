//! Roles and the permissions they grant: environment roles shared by every organization, and
//! custom roles of one organization.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{ListQuery, Timestamp};

/// A named set of permissions that organization memberships and groups can hold.
#[derive(JsonSchema)]
pub struct Role {
    /// Always `role`.
    #[schemars(extend("const" = "role"))]
    pub object: String,
    /// Unique id, `role_...`.
    pub id: String,
    /// The role's key, unique in its scope, such as `admin`.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// What the role is for, if a description was given.
    pub description: Option<String>,
    /// Whether the role belongs to the environment or is a custom role of one organization.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: Option<RoleType>,
    /// The resource type the role applies to, such as `organization`.
    pub resource_type_slug: Option<String>,
    /// The slugs of the permissions the role grants.
    #[serde(default)]
    pub permissions: Vec<String>,
    /// When the role was created.
    pub created_at: Timestamp,
    /// When the role last changed.
    pub updated_at: Timestamp,
}

/// Where a role is defined.
#[derive(JsonSchema)]
pub enum RoleType {
    /// Defined for the whole environment; every organization can use it.
    EnvironmentRole,
    /// A custom role that belongs to one organization.
    OrganizationRole,
}

/// Every role of a scope, in priority order; not paginated.
#[derive(JsonSchema)]
pub struct RoleList {
    /// Always `list`.
    #[schemars(extend("const" = "list"))]
    pub object: String,
    /// The roles, highest priority first.
    #[serde(default)]
    pub data: Vec<Role>,
}

/// Request body that creates an environment role.
#[derive(JsonSchema)]
pub struct CreateRole {
    /// The role's key, unique in the environment.
    #[schemars(length(max = 48))]
    pub slug: String,
    /// Display name.
    #[schemars(length(max = 48))]
    pub name: String,
    /// What the role is for.
    #[schemars(length(max = 150))]
    pub description: Option<String>,
    /// The resource type the role applies to, such as `organization`.
    #[schemars(length(max = 48))]
    pub resource_type_slug: Option<String>,
}

/// Request body that creates a custom role of one organization.
#[derive(JsonSchema)]
pub struct CreateOrganizationRole {
    /// The role's key: `org-` followed by lowercase letters, digits, `-` and `_`. Generated
    /// from the name when absent.
    #[schemars(length(max = 48))]
    pub slug: Option<String>,
    /// Display name.
    #[schemars(length(max = 48))]
    pub name: String,
    /// What the role is for.
    #[schemars(length(max = 150))]
    pub description: Option<String>,
    /// The resource type the role applies to, such as `organization`.
    #[schemars(length(max = 48))]
    pub resource_type_slug: Option<String>,
}

/// Request body that changes a role; absent fields keep their value.
#[derive(JsonSchema)]
pub struct UpdateRole {
    /// New display name.
    #[schemars(length(max = 48))]
    pub name: Option<String>,
    /// New description.
    #[schemars(length(max = 150))]
    pub description: Option<String>,
}

/// Request body that replaces every permission of a role.
#[derive(JsonSchema)]
pub struct SetRolePermissions {
    /// The slugs of all the permissions the role will grant; the others are removed.
    pub permissions: Vec<String>,
}

/// Request body that adds one permission to a role.
#[derive(JsonSchema)]
pub struct AddRolePermission {
    /// The permission's slug. Adding a permission the role already grants changes nothing.
    pub slug: String,
}

/// Something a role allows, such as `documents:read`.
#[derive(JsonSchema)]
pub struct Permission {
    /// Always `permission`.
    #[schemars(extend("const" = "permission"))]
    pub object: String,
    /// Unique id, `perm_...`.
    pub id: String,
    /// The permission's key, such as `documents:read`.
    pub slug: String,
    /// Display name.
    pub name: String,
    /// What the permission allows, if a description was given.
    pub description: Option<String>,
    /// Whether WorkOS manages the permission (such permissions cannot be deleted).
    pub system: Option<bool>,
    /// The resource type the permission applies to.
    pub resource_type_slug: Option<String>,
    /// When the permission was created.
    pub created_at: Timestamp,
    /// When the permission last changed.
    pub updated_at: Timestamp,
}

/// Request body that creates a permission.
#[derive(JsonSchema)]
pub struct CreatePermission {
    /// The permission's key: lowercase letters, digits, `-`, `_`, `:`, `.` and `*`.
    #[schemars(length(max = 48))]
    pub slug: String,
    /// Display name.
    #[schemars(length(max = 48))]
    pub name: String,
    /// What the permission allows.
    #[schemars(length(max = 150))]
    pub description: Option<String>,
    /// The resource type the permission applies to.
    #[schemars(length(max = 48))]
    pub resource_type_slug: Option<String>,
}

/// Request body that changes a permission; absent fields keep their value.
#[derive(JsonSchema)]
pub struct UpdatePermission {
    /// New display name.
    #[schemars(length(max = 48))]
    pub name: Option<String>,
    /// New description.
    #[schemars(length(max = 150))]
    pub description: Option<String>,
}

const ORGANIZATION_ID: &str = "The organization's id, `org_...`.";
const ORGANIZATION_ROLE_SLUG: &str = "The role's slug.";
const ROLE_SLUG: &str = "The environment role's slug.";
const PERMISSION_SLUG: &str = "The permission's slug, such as `documents:read`.";

/// The operations on roles and permissions.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/authorization/organizations/{organizationId}/roles", "create_organization_role")
            .sdk("roles", "create_organization_role")
            .tag("authorization")
            .doc("Creates a custom role for one organization.")
            .path_param("organizationId", ORGANIZATION_ID)
            .json_body::<CreateOrganizationRole>()
            .returns::<Role>(201)
            .errors(&[400, 403, 404, 409, 422]),
        Operation::get("/authorization/organizations/{organizationId}/roles", "list_organization_roles")
            .sdk("roles", "list_organization_roles")
            .tag("authorization")
            .doc("Lists every role an organization can use, environment and custom, in priority order.")
            .path_param("organizationId", ORGANIZATION_ID)
            .returns::<RoleList>(200)
            .errors(&[403, 404]),
        Operation::get("/authorization/organizations/{organizationId}/roles/{slug}", "get_organization_role")
            .sdk("roles", "get_organization_role")
            .tag("authorization")
            .doc("Fetches a role an organization can use, environment or custom, by its slug.")
            .path_param("organizationId", ORGANIZATION_ID)
            .path_param("slug", ORGANIZATION_ROLE_SLUG)
            .returns::<Role>(200)
            .errors(&[403, 404]),
        Operation::patch(
            "/authorization/organizations/{organizationId}/roles/{slug}",
            "update_organization_role",
        )
        .sdk("roles", "update_organization_role")
        .tag("authorization")
        .doc("Changes a custom role's name or description.")
        .path_param("organizationId", ORGANIZATION_ID)
        .path_param("slug", ORGANIZATION_ROLE_SLUG)
        .json_body::<UpdateRole>()
        .returns::<Role>(200)
        .errors(&[400, 403, 404, 422]),
        Operation::delete(
            "/authorization/organizations/{organizationId}/roles/{slug}",
            "delete_organization_role",
        )
        .sdk("roles", "delete_organization_role")
        .tag("authorization")
        .doc("Deletes a custom role of an organization.")
        .path_param("organizationId", ORGANIZATION_ID)
        .path_param("slug", ORGANIZATION_ROLE_SLUG)
        .empty(204)
        .errors(&[400, 403, 404, 409]),
        Operation::put(
            "/authorization/organizations/{organizationId}/roles/{slug}/permissions",
            "set_organization_role_permissions",
        )
        .sdk("roles", "set_organization_role_permissions")
        .tag("authorization")
        .doc("Replaces every permission of a custom role.")
        .path_param("organizationId", ORGANIZATION_ID)
        .path_param("slug", ORGANIZATION_ROLE_SLUG)
        .json_body::<SetRolePermissions>()
        .returns::<Role>(200)
        .errors(&[403, 404, 422]),
        Operation::post(
            "/authorization/organizations/{organizationId}/roles/{slug}/permissions",
            "add_organization_role_permission",
        )
        .sdk("roles", "add_organization_role_permission")
        .tag("authorization")
        .doc("Adds one permission to a custom role.")
        .path_param("organizationId", ORGANIZATION_ID)
        .path_param("slug", ORGANIZATION_ROLE_SLUG)
        .json_body::<AddRolePermission>()
        .returns::<Role>(200)
        .errors(&[400, 403, 404, 422]),
        Operation::delete(
            "/authorization/organizations/{organizationId}/roles/{slug}/permissions/{permissionSlug}",
            "remove_organization_role_permission",
        )
        .sdk("roles", "remove_organization_role_permission")
        .tag("authorization")
        .doc("Removes one permission from a custom role.")
        .path_param("organizationId", ORGANIZATION_ID)
        .path_param("slug", ORGANIZATION_ROLE_SLUG)
        .path_param("permissionSlug", "The slug of the permission to remove.")
        .details("Fetch the role afterwards for its permissions: the answer does not always carry it.")
        // Live: answered `200 {}` and `204`, where WorkOS's description promises the role.
        .empty(204)
        .errors(&[403, 404]),
        Operation::get("/authorization/permissions", "list_permissions")
            .sdk("roles", "list_permissions")
            .tag("permissions")
            .doc("Lists the permissions of the environment.")
            .query::<ListQuery>()
            .list::<Permission>()
            .errors(&[404]),
        Operation::post("/authorization/permissions", "create_permission")
            .sdk("roles", "create_permission")
            .tag("permissions")
            .doc("Creates a permission that roles can then grant.")
            .json_body::<CreatePermission>()
            .returns::<Permission>(201)
            .errors(&[400, 404, 409, 422]),
        Operation::get("/authorization/permissions/{slug}", "get_permission")
            .sdk("roles", "get_permission")
            .tag("permissions")
            .doc("Fetches one permission by its slug.")
            .path_param("slug", PERMISSION_SLUG)
            .returns::<Permission>(200)
            .errors(&[404]),
        Operation::patch("/authorization/permissions/{slug}", "update_permission")
            .sdk("roles", "update_permission")
            .tag("permissions")
            .doc("Changes a permission's name or description.")
            .path_param("slug", PERMISSION_SLUG)
            .json_body::<UpdatePermission>()
            .returns::<Permission>(200)
            .errors(&[403, 404, 422]),
        Operation::delete("/authorization/permissions/{slug}", "delete_permission")
            .sdk("roles", "delete_permission")
            .tag("permissions")
            .doc("Deletes a permission; permissions WorkOS manages cannot be deleted.")
            .path_param("slug", PERMISSION_SLUG)
            .empty(204)
            .errors(&[403, 404]),
        Operation::post("/authorization/roles", "create_role")
            .sdk("roles", "create")
            .tag("authorization")
            .doc("Creates an environment role.")
            .json_body::<CreateRole>()
            .returns::<Role>(201)
            .errors(&[400, 403, 404, 409, 422]),
        Operation::get("/authorization/roles", "list_roles")
            .sdk("roles", "list")
            .tag("authorization")
            .doc("Lists the environment roles in priority order.")
            .returns::<RoleList>(200)
            .errors(&[403]),
        Operation::get("/authorization/roles/{slug}", "get_role")
            .sdk("roles", "get")
            .tag("authorization")
            .doc("Fetches one environment role by its slug.")
            .path_param("slug", ROLE_SLUG)
            .returns::<Role>(200)
            .errors(&[403, 404]),
        Operation::patch("/authorization/roles/{slug}", "update_role")
            .sdk("roles", "update")
            .tag("authorization")
            .doc("Changes an environment role's name or description.")
            .path_param("slug", ROLE_SLUG)
            .json_body::<UpdateRole>()
            .returns::<Role>(200)
            .errors(&[400, 403, 404, 422]),
        Operation::put("/authorization/roles/{slug}/permissions", "set_role_permissions")
            .sdk("roles", "set_permissions")
            .tag("authorization")
            .doc("Replaces every permission of an environment role.")
            .path_param("slug", ROLE_SLUG)
            .json_body::<SetRolePermissions>()
            .returns::<Role>(200)
            .errors(&[400, 403, 404, 422]),
        Operation::post("/authorization/roles/{slug}/permissions", "add_role_permission")
            .sdk("roles", "add_permission")
            .tag("authorization")
            .doc("Adds one permission to an environment role.")
            .path_param("slug", ROLE_SLUG)
            .json_body::<AddRolePermission>()
            .returns::<Role>(200)
            .errors(&[400, 403, 404, 422]),
    ]
}
