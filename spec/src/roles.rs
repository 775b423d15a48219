//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub struct CreateOrganizationRole {
    /// DOC
    pub slug: Option<String>,
    /// DOC
    pub name: String,
    /// DOC
    pub description: Option<String>,
    /// DOC
    pub resource_type_slug: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub enum RoleType {
    /// DOC
    #[serde(rename = "EnvironmentRole")]
    EnvironmentRole,
    /// DOC
    #[serde(rename = "OrganizationRole")]
    OrganizationRole,
}

/// DOC
#[derive(JsonSchema)]
pub struct Role {
    /// DOC
    pub slug: Option<String>,
    /// DOC
    #[schemars(extend("const" = "role"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub description: Option<String>,
    /// DOC
    #[serde(rename = "type")]
    pub kind: Option<RoleType>,
    /// DOC
    pub resource_type_slug: Option<String>,
    /// DOC
    #[serde(default)]
    pub permissions: Vec<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct RoleList {
    /// DOC
    #[schemars(extend("const" = "list"))]
    pub object: String,
    /// DOC
    #[serde(default)]
    pub data: Vec<Role>,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateOrganizationRole {
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub description: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct SetRolePermissions {
    /// DOC
    pub permissions: Vec<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct AddRolePermission {
    /// DOC
    pub slug: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListPermissionsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// DOC
#[derive(JsonSchema)]
pub struct Permission {
    /// DOC
    #[schemars(extend("const" = "permission"))]
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
    pub system: Option<bool>,
    /// DOC
    pub resource_type_slug: Option<String>,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateAuthorizationPermission {
    /// DOC
    pub slug: String,
    /// DOC
    pub name: String,
    /// DOC
    pub description: Option<String>,
    /// DOC
    pub resource_type_slug: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateAuthorizationPermission {
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub description: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateRole {
    /// DOC
    pub slug: String,
    /// DOC
    pub name: String,
    /// DOC
    pub description: Option<String>,
    /// DOC
    pub resource_type_slug: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateRole {
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub description: Option<String>,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/authorization/organizations/{organizationId}/roles", "create_organization_role")
            .tag("authorization")
            .doc("DOC")
            .path_param("organizationId", "DOC")
            .json_body::<CreateOrganizationRole>()
            .returns::<Role>(201)
            .errors(&[400, 403, 404, 409, 422]),
        Operation::get("/authorization/organizations/{organizationId}/roles", "list_organization_roles")
            .tag("authorization")
            .doc("DOC")
            .path_param("organizationId", "DOC")
            .returns::<RoleList>(200)
            .errors(&[403, 404]),
        Operation::get("/authorization/organizations/{organizationId}/roles/{slug}", "get_organization_role")
            .tag("authorization")
            .doc("DOC")
            .path_param("organizationId", "DOC")
            .path_param("slug", "DOC")
            .returns::<Role>(200)
            .errors(&[403, 404]),
        Operation::patch(
            "/authorization/organizations/{organizationId}/roles/{slug}",
            "update_organization_role",
        )
        .tag("authorization")
        .doc("DOC")
        .path_param("organizationId", "DOC")
        .path_param("slug", "DOC")
        .json_body::<UpdateOrganizationRole>()
        .returns::<Role>(200)
        .errors(&[400, 403, 404, 422]),
        Operation::delete(
            "/authorization/organizations/{organizationId}/roles/{slug}",
            "delete_organization_role",
        )
        .tag("authorization")
        .doc("DOC")
        .path_param("organizationId", "DOC")
        .path_param("slug", "DOC")
        .empty(204)
        .errors(&[400, 403, 404, 409]),
        Operation::put(
            "/authorization/organizations/{organizationId}/roles/{slug}/permissions",
            "set_organization_role_permissions",
        )
        .tag("authorization")
        .doc("DOC")
        .path_param("organizationId", "DOC")
        .path_param("slug", "DOC")
        .json_body::<SetRolePermissions>()
        .returns::<Role>(200)
        .errors(&[403, 404, 422]),
        Operation::post(
            "/authorization/organizations/{organizationId}/roles/{slug}/permissions",
            "add_organization_role_permission",
        )
        .tag("authorization")
        .doc("DOC")
        .path_param("organizationId", "DOC")
        .path_param("slug", "DOC")
        .json_body::<AddRolePermission>()
        .returns::<Role>(200)
        .errors(&[400, 403, 404, 422]),
        Operation::delete(
            "/authorization/organizations/{organizationId}/roles/{slug}/permissions/{permissionSlug}",
            "remove_organization_role_permission",
        )
        .tag("authorization")
        .doc("DOC")
        .path_param("organizationId", "DOC")
        .path_param("slug", "DOC")
        .path_param("permissionSlug", "DOC")
        .returns::<Role>(200)
        .errors(&[403, 404]),
        Operation::get("/authorization/permissions", "list_permissions")
            .tag("permissions")
            .doc("DOC")
            .query::<ListPermissionsQuery>()
            .list::<Permission>()
            .errors(&[404]),
        Operation::post("/authorization/permissions", "create_permission")
            .tag("permissions")
            .doc("DOC")
            .json_body::<CreateAuthorizationPermission>()
            .returns::<Permission>(201)
            .errors(&[400, 404, 409, 422]),
        Operation::get("/authorization/permissions/{slug}", "get_permission")
            .tag("permissions")
            .doc("DOC")
            .path_param("slug", "DOC")
            .returns::<Permission>(200)
            .errors(&[404]),
        Operation::patch("/authorization/permissions/{slug}", "update_permission")
            .tag("permissions")
            .doc("DOC")
            .path_param("slug", "DOC")
            .json_body::<UpdateAuthorizationPermission>()
            .returns::<Permission>(200)
            .errors(&[403, 404, 422]),
        Operation::delete("/authorization/permissions/{slug}", "delete_permission")
            .tag("permissions")
            .doc("DOC")
            .path_param("slug", "DOC")
            .empty(204)
            .errors(&[403, 404]),
        Operation::post("/authorization/roles", "create_role")
            .tag("authorization")
            .doc("DOC")
            .json_body::<CreateRole>()
            .returns::<Role>(201)
            .errors(&[400, 403, 404, 409, 422]),
        Operation::get("/authorization/roles", "list_roles")
            .tag("authorization")
            .doc("DOC")
            .returns::<RoleList>(200)
            .errors(&[403]),
        Operation::get("/authorization/roles/{slug}", "get_role")
            .tag("authorization")
            .doc("DOC")
            .path_param("slug", "DOC")
            .returns::<Role>(200)
            .errors(&[403, 404]),
        Operation::patch("/authorization/roles/{slug}", "update_role")
            .tag("authorization")
            .doc("DOC")
            .path_param("slug", "DOC")
            .json_body::<UpdateRole>()
            .returns::<Role>(200)
            .errors(&[400, 403, 404, 422]),
        Operation::put("/authorization/roles/{slug}/permissions", "set_role_permissions")
            .tag("authorization")
            .doc("DOC")
            .path_param("slug", "DOC")
            .json_body::<SetRolePermissions>()
            .returns::<Role>(200)
            .errors(&[400, 403, 404, 422]),
        Operation::post("/authorization/roles/{slug}/permissions", "add_role_permission")
            .tag("authorization")
            .doc("DOC")
            .path_param("slug", "DOC")
            .json_body::<AddRolePermission>()
            .returns::<Role>(200)
            .errors(&[400, 403, 404, 422]),
    ]
}
