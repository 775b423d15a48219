//! Roles and permissions.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{
    AddRolePermission, CreateOrganizationRole, CreatePermission, CreateRole, ListPermissionsParams,
    Permission, Role, RoleList, SetRolePermissions, UpdatePermission, UpdateRole,
};

/// Roles and permissions: environment roles, the custom roles of each organization, and the
/// permissions roles grant. From [`Workos::roles`].
#[derive(Debug, Clone, Copy)]
pub struct Roles<'a> {
    pub(crate) client: &'a Workos,
}

impl Roles<'_> {
    /// Creates an environment role.
    pub async fn create(&self, role: &CreateRole) -> Result<Role> {
        let api = self.client.api();
        self.client.send(&op::CREATE_ROLE, || api.create_role(role)).await
    }

    /// Lists the environment roles, in priority order (one answer, not paginated).
    pub async fn list(&self) -> Result<RoleList> {
        let api = self.client.api();
        self.client.send(&op::LIST_ROLES, || api.list_roles()).await
    }

    /// Fetches one environment role by its slug.
    pub async fn get(&self, slug: &str) -> Result<Role> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client.send(&op::GET_ROLE, || api.get_role(slug)).await
    }

    /// Changes an environment role's name or description.
    pub async fn update(&self, slug: &str, changes: &UpdateRole) -> Result<Role> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client.send(&op::UPDATE_ROLE, || api.update_role(slug, changes)).await
    }

    /// Replaces every permission of an environment role.
    pub async fn set_permissions(&self, slug: &str, permissions: &SetRolePermissions) -> Result<Role> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client.send(&op::SET_ROLE_PERMISSIONS, || api.set_role_permissions(slug, permissions)).await
    }

    /// Adds one permission to an environment role.
    pub async fn add_permission(&self, slug: &str, permission: &AddRolePermission) -> Result<Role> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client.send(&op::ADD_ROLE_PERMISSION, || api.add_role_permission(slug, permission)).await
    }

    /// Creates a custom role for one organization.
    pub async fn create_organization_role(
        &self,
        organization_id: &str,
        role: &CreateOrganizationRole,
    ) -> Result<Role> {
        let organization_id = params::path("organization_id", organization_id)?;
        let api = self.client.api();
        self.client
            .send(&op::CREATE_ORGANIZATION_ROLE, || api.create_organization_role(organization_id, role))
            .await
    }

    /// Lists every role an organization can use, environment and custom, in priority order.
    pub async fn list_organization_roles(&self, organization_id: &str) -> Result<RoleList> {
        let organization_id = params::path("organization_id", organization_id)?;
        let api = self.client.api();
        self.client.send(&op::LIST_ORGANIZATION_ROLES, || api.list_organization_roles(organization_id)).await
    }

    /// Fetches a role an organization can use, environment or custom, by its slug.
    pub async fn get_organization_role(&self, organization_id: &str, slug: &str) -> Result<Role> {
        let organization_id = params::path("organization_id", organization_id)?;
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client
            .send(&op::GET_ORGANIZATION_ROLE, || api.get_organization_role(organization_id, slug))
            .await
    }

    /// Changes a custom role's name or description.
    pub async fn update_organization_role(
        &self,
        organization_id: &str,
        slug: &str,
        changes: &UpdateRole,
    ) -> Result<Role> {
        let organization_id = params::path("organization_id", organization_id)?;
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client
            .send(&op::UPDATE_ORGANIZATION_ROLE, || {
                api.update_organization_role(organization_id, slug, changes)
            })
            .await
    }

    /// Deletes a custom role of an organization.
    pub async fn delete_organization_role(&self, organization_id: &str, slug: &str) -> Result<()> {
        let organization_id = params::path("organization_id", organization_id)?;
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client
            .send(&op::DELETE_ORGANIZATION_ROLE, || api.delete_organization_role(organization_id, slug))
            .await
    }

    /// Replaces every permission of a custom role.
    pub async fn set_organization_role_permissions(
        &self,
        organization_id: &str,
        slug: &str,
        permissions: &SetRolePermissions,
    ) -> Result<Role> {
        let organization_id = params::path("organization_id", organization_id)?;
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client
            .send(&op::SET_ORGANIZATION_ROLE_PERMISSIONS, || {
                api.set_organization_role_permissions(organization_id, slug, permissions)
            })
            .await
    }

    /// Adds one permission to a custom role.
    pub async fn add_organization_role_permission(
        &self,
        organization_id: &str,
        slug: &str,
        permission: &AddRolePermission,
    ) -> Result<Role> {
        let organization_id = params::path("organization_id", organization_id)?;
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client
            .send(&op::ADD_ORGANIZATION_ROLE_PERMISSION, || {
                api.add_organization_role_permission(organization_id, slug, permission)
            })
            .await
    }

    /// Removes one permission from a custom role; answers the role as it now is.
    pub async fn remove_organization_role_permission(
        &self,
        organization_id: &str,
        slug: &str,
        permission_slug: &str,
    ) -> Result<Role> {
        let organization_id = params::path("organization_id", organization_id)?;
        let slug = params::path("slug", slug)?;
        let permission_slug = params::path("permission_slug", permission_slug)?;
        let api = self.client.api();
        self.client
            .send(&op::REMOVE_ORGANIZATION_ROLE_PERMISSION, || {
                api.remove_organization_role_permission(organization_id, slug, permission_slug)
            })
            .await
    }

    /// Lists the permissions of the environment.
    pub fn list_permissions(&self, params: ListPermissionsParams) -> Paginator<Permission> {
        self.client.paginate(&op::LIST_PERMISSIONS, params, |api, p| {
            Box::pin(api.list_permissions(p.after.as_deref(), p.before.as_deref(), p.limit, p.order.as_ref()))
        })
    }

    /// Creates a permission that roles can then grant.
    pub async fn create_permission(&self, permission: &CreatePermission) -> Result<Permission> {
        let api = self.client.api();
        self.client.send(&op::CREATE_PERMISSION, || api.create_permission(permission)).await
    }

    /// Fetches one permission by its slug.
    pub async fn get_permission(&self, slug: &str) -> Result<Permission> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client.send(&op::GET_PERMISSION, || api.get_permission(slug)).await
    }

    /// Changes a permission's name or description.
    pub async fn update_permission(&self, slug: &str, changes: &UpdatePermission) -> Result<Permission> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client.send(&op::UPDATE_PERMISSION, || api.update_permission(slug, changes)).await
    }

    /// Deletes a permission; those WorkOS manages cannot be deleted.
    pub async fn delete_permission(&self, slug: &str) -> Result<()> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client.send(&op::DELETE_PERMISSION, || api.delete_permission(slug)).await
    }
}
