//! Fine-grained authorization: resources, checks and role assignments.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{
    AuthorizationCheck, AuthorizationResource, AuthorizedMembership, CheckAuthorization,
    CreateAuthorizationResource, DeleteResourceByExternalIdParams, DeleteResourceParams, GroupRoleAssignment,
    GroupRoleAssignmentList, ListEffectivePermissionsByExternalIdParams, ListEffectivePermissionsParams,
    ListGroupRoleAssignmentsParams, ListMembershipResourcesParams, ListMembershipRoleAssignmentsParams,
    ListResourceMembershipsByExternalIdParams, ListResourceMembershipsParams,
    ListResourceRoleAssignmentsByExternalIdParams, ListResourceRoleAssignmentsParams, ListResourcesParams,
    Permission, ReplaceGroupRoleAssignments, RoleAssignment, RoleGrant, UpdateAuthorizationResource,
};

/// Fine-grained authorization: resources, checks and role assignments. From [`Workos::authorization`].
#[derive(Debug, Clone, Copy)]
pub struct Authorization<'a> {
    pub(crate) client: &'a Workos,
}

impl Authorization<'_> {
    /// Checks whether an organization membership holds a permission on a resource.
    pub async fn check(
        &self,
        organization_membership_id: &str,
        check: &CheckAuthorization,
    ) -> Result<AuthorizationCheck> {
        let id = params::path("organization_membership_id", organization_membership_id)?;
        let api = self.client.api();
        self.client.send(&op::CHECK_AUTHORIZATION, || api.check_authorization(id, check)).await
    }

    /// Lists resources, optionally of one organization, type or parent.
    pub fn list_resources(&self, params: ListResourcesParams) -> Paginator<AuthorizationResource> {
        self.client.paginate(&op::LIST_RESOURCES, params, |api, p| {
            Box::pin(api.list_resources(
                p.after.as_deref(),
                p.before.as_deref(),
                p.limit,
                p.order.as_ref(),
                p.organization_id.as_deref(),
                p.parent_external_id.as_deref(),
                p.parent_resource_id.as_deref(),
                p.parent_resource_type_slug.as_deref(),
                p.resource_external_id.as_deref(),
                p.resource_type_slug.as_deref(),
                p.search.as_deref(),
            ))
        })
    }

    /// Creates a resource, optionally under a parent.
    pub async fn create_resource(
        &self,
        resource: &CreateAuthorizationResource,
    ) -> Result<AuthorizationResource> {
        let api = self.client.api();
        self.client.send(&op::CREATE_RESOURCE, || api.create_resource(resource)).await
    }

    /// Fetches one resource by its id (`authz_resource_...`).
    pub async fn get_resource(&self, resource_id: &str) -> Result<AuthorizationResource> {
        let id = params::path("resource_id", resource_id)?;
        let api = self.client.api();
        self.client.send(&op::GET_RESOURCE, || api.get_resource(id)).await
    }

    /// Changes a resource's name, description or parent.
    pub async fn update_resource(
        &self,
        resource_id: &str,
        changes: &UpdateAuthorizationResource,
    ) -> Result<AuthorizationResource> {
        let id = params::path("resource_id", resource_id)?;
        let api = self.client.api();
        self.client.send(&op::UPDATE_RESOURCE, || api.update_resource(id, changes)).await
    }

    /// Deletes a resource; one with descendants or role assignments needs `cascade_delete`.
    pub async fn delete_resource(&self, resource_id: &str, params: &DeleteResourceParams) -> Result<()> {
        let id = params::path("resource_id", resource_id)?;
        let api = self.client.api();
        self.client.send(&op::DELETE_RESOURCE, || api.delete_resource(id, params.cascade_delete)).await
    }

    /// Fetches a resource by its organization, type and your identifier.
    pub async fn get_resource_by_external_id(
        &self,
        organization_id: &str,
        resource_type_slug: &str,
        external_id: &str,
    ) -> Result<AuthorizationResource> {
        let organization_id = params::path("organization_id", organization_id)?;
        let resource_type_slug = params::path("resource_type_slug", resource_type_slug)?;
        let external_id = params::path("external_id", external_id)?;
        let api = self.client.api();
        self.client
            .send(&op::GET_RESOURCE_BY_EXTERNAL_ID, || {
                api.get_resource_by_external_id(organization_id, resource_type_slug, external_id)
            })
            .await
    }

    /// Changes a resource named by its organization, type and your identifier.
    pub async fn update_resource_by_external_id(
        &self,
        organization_id: &str,
        resource_type_slug: &str,
        external_id: &str,
        changes: &UpdateAuthorizationResource,
    ) -> Result<AuthorizationResource> {
        let organization_id = params::path("organization_id", organization_id)?;
        let resource_type_slug = params::path("resource_type_slug", resource_type_slug)?;
        let external_id = params::path("external_id", external_id)?;
        let api = self.client.api();
        self.client
            .send(&op::UPDATE_RESOURCE_BY_EXTERNAL_ID, || {
                api.update_resource_by_external_id(organization_id, resource_type_slug, external_id, changes)
            })
            .await
    }

    /// Deletes a resource named by its organization, type and your identifier; one with
    /// descendants or role assignments needs `cascade_delete`.
    pub async fn delete_resource_by_external_id(
        &self,
        organization_id: &str,
        resource_type_slug: &str,
        external_id: &str,
        params: &DeleteResourceByExternalIdParams,
    ) -> Result<()> {
        let organization_id = params::path("organization_id", organization_id)?;
        let resource_type_slug = params::path("resource_type_slug", resource_type_slug)?;
        let external_id = params::path("external_id", external_id)?;
        let api = self.client.api();
        self.client
            .send(&op::DELETE_RESOURCE_BY_EXTERNAL_ID, || {
                api.delete_resource_by_external_id(
                    organization_id,
                    resource_type_slug,
                    external_id,
                    params.cascade_delete,
                )
            })
            .await
    }

    /// Lists the organization memberships that hold `params.permission_slug` on a resource.
    pub fn list_resource_memberships(
        &self,
        resource_id: &str,
        params: ListResourceMembershipsParams,
    ) -> Paginator<AuthorizedMembership> {
        self.client.paginate_checked(
            &op::LIST_RESOURCE_MEMBERSHIPS,
            params::paths(&[("resource_id", resource_id)]),
            (resource_id.to_owned(), params),
            |api, (resource_id, p)| {
                Box::pin(api.list_resource_memberships(
                    resource_id,
                    p.after.as_deref(),
                    p.assignment.as_ref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                    &p.permission_slug,
                ))
            },
        )
    }

    /// Lists the organization memberships that hold `params.permission_slug` on a resource
    /// named by your identifier.
    pub fn list_resource_memberships_by_external_id(
        &self,
        organization_id: &str,
        resource_type_slug: &str,
        external_id: &str,
        params: ListResourceMembershipsByExternalIdParams,
    ) -> Paginator<AuthorizedMembership> {
        self.client.paginate_checked(
            &op::LIST_RESOURCE_MEMBERSHIPS_BY_EXTERNAL_ID,
            params::paths(&[
                ("organization_id", organization_id),
                ("resource_type_slug", resource_type_slug),
                ("external_id", external_id),
            ]),
            (organization_id.to_owned(), resource_type_slug.to_owned(), external_id.to_owned(), params),
            |api, (organization_id, resource_type_slug, external_id, p)| {
                Box::pin(api.list_resource_memberships_by_external_id(
                    organization_id,
                    resource_type_slug,
                    external_id,
                    p.after.as_deref(),
                    p.assignment.as_ref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                    &p.permission_slug,
                ))
            },
        )
    }

    /// Lists the role assignments on a resource.
    pub fn list_resource_role_assignments(
        &self,
        resource_id: &str,
        params: ListResourceRoleAssignmentsParams,
    ) -> Paginator<RoleAssignment> {
        self.client.paginate_checked(
            &op::LIST_RESOURCE_ROLE_ASSIGNMENTS,
            params::paths(&[("resource_id", resource_id)]),
            (resource_id.to_owned(), params),
            |api, (resource_id, p)| {
                Box::pin(api.list_resource_role_assignments(
                    resource_id,
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                    p.role_slug.as_deref(),
                ))
            },
        )
    }

    /// Lists the role assignments on a resource named by your identifier.
    pub fn list_resource_role_assignments_by_external_id(
        &self,
        organization_id: &str,
        resource_type_slug: &str,
        external_id: &str,
        params: ListResourceRoleAssignmentsByExternalIdParams,
    ) -> Paginator<RoleAssignment> {
        self.client.paginate_checked(
            &op::LIST_RESOURCE_ROLE_ASSIGNMENTS_BY_EXTERNAL_ID,
            params::paths(&[
                ("organization_id", organization_id),
                ("resource_type_slug", resource_type_slug),
                ("external_id", external_id),
            ]),
            (organization_id.to_owned(), resource_type_slug.to_owned(), external_id.to_owned(), params),
            |api, (organization_id, resource_type_slug, external_id, p)| {
                Box::pin(api.list_resource_role_assignments_by_external_id(
                    organization_id,
                    resource_type_slug,
                    external_id,
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                    p.role_slug.as_deref(),
                ))
            },
        )
    }

    /// Lists the children of a parent resource on which an organization membership holds
    /// `params.permission_slug`.
    pub fn list_membership_resources(
        &self,
        organization_membership_id: &str,
        params: ListMembershipResourcesParams,
    ) -> Paginator<AuthorizationResource> {
        self.client.paginate_checked(
            &op::LIST_MEMBERSHIP_RESOURCES,
            params::paths(&[("organization_membership_id", organization_membership_id)]),
            (organization_membership_id.to_owned(), params),
            |api, (organization_membership_id, p)| {
                Box::pin(api.list_membership_resources(
                    organization_membership_id,
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                    p.parent_resource_external_id.as_deref(),
                    p.parent_resource_id.as_deref(),
                    p.parent_resource_type_slug.as_deref(),
                    &p.permission_slug,
                ))
            },
        )
    }

    /// Lists every permission an organization membership holds on a resource, inherited ones
    /// included.
    pub fn list_effective_permissions(
        &self,
        organization_membership_id: &str,
        resource_id: &str,
        params: ListEffectivePermissionsParams,
    ) -> Paginator<Permission> {
        self.client.paginate_checked(
            &op::LIST_EFFECTIVE_PERMISSIONS,
            params::paths(&[
                ("organization_membership_id", organization_membership_id),
                ("resource_id", resource_id),
            ]),
            (organization_membership_id.to_owned(), resource_id.to_owned(), params),
            |api, (organization_membership_id, resource_id, p)| {
                Box::pin(api.list_effective_permissions(
                    organization_membership_id,
                    resource_id,
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                ))
            },
        )
    }

    /// Lists every permission an organization membership holds on a resource named by your
    /// identifier, inherited ones included.
    pub fn list_effective_permissions_by_external_id(
        &self,
        organization_membership_id: &str,
        resource_type_slug: &str,
        external_id: &str,
        params: ListEffectivePermissionsByExternalIdParams,
    ) -> Paginator<Permission> {
        self.client.paginate_checked(
            &op::LIST_EFFECTIVE_PERMISSIONS_BY_EXTERNAL_ID,
            params::paths(&[
                ("organization_membership_id", organization_membership_id),
                ("resource_type_slug", resource_type_slug),
                ("external_id", external_id),
            ]),
            (
                organization_membership_id.to_owned(),
                resource_type_slug.to_owned(),
                external_id.to_owned(),
                params,
            ),
            |api, (organization_membership_id, resource_type_slug, external_id, p)| {
                Box::pin(api.list_effective_permissions_by_external_id(
                    organization_membership_id,
                    resource_type_slug,
                    external_id,
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                ))
            },
        )
    }

    /// Lists the roles an organization membership holds, on its organization and on other
    /// resources.
    pub fn list_membership_role_assignments(
        &self,
        organization_membership_id: &str,
        params: ListMembershipRoleAssignmentsParams,
    ) -> Paginator<RoleAssignment> {
        self.client.paginate_checked(
            &op::LIST_MEMBERSHIP_ROLE_ASSIGNMENTS,
            params::paths(&[("organization_membership_id", organization_membership_id)]),
            (organization_membership_id.to_owned(), params),
            |api, (organization_membership_id, p)| {
                Box::pin(api.list_membership_role_assignments(
                    organization_membership_id,
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                    p.resource_external_id.as_deref(),
                    p.resource_id.as_deref(),
                    p.resource_type_slug.as_deref(),
                ))
            },
        )
    }

    /// Gives an organization membership a role on a resource.
    pub async fn assign_role(
        &self,
        organization_membership_id: &str,
        grant: &RoleGrant,
    ) -> Result<RoleAssignment> {
        let id = params::path("organization_membership_id", organization_membership_id)?;
        let api = self.client.api();
        self.client.send(&op::ASSIGN_MEMBERSHIP_ROLE, || api.assign_membership_role(id, grant)).await
    }

    /// Takes a role on a resource away from an organization membership.
    pub async fn remove_role(&self, organization_membership_id: &str, grant: &RoleGrant) -> Result<()> {
        let id = params::path("organization_membership_id", organization_membership_id)?;
        let api = self.client.api();
        self.client.send(&op::REMOVE_MEMBERSHIP_ROLE, || api.remove_membership_role(id, grant)).await
    }

    /// Removes one role assignment of an organization membership, by its id.
    pub async fn remove_role_assignment(
        &self,
        organization_membership_id: &str,
        role_assignment_id: &str,
    ) -> Result<()> {
        let id = params::path("organization_membership_id", organization_membership_id)?;
        let role_assignment_id = params::path("role_assignment_id", role_assignment_id)?;
        let api = self.client.api();
        self.client
            .send(&op::REMOVE_MEMBERSHIP_ROLE_ASSIGNMENT, || {
                api.remove_membership_role_assignment(id, role_assignment_id)
            })
            .await
    }

    /// Lists the roles a group holds, and on which resources.
    pub fn list_group_role_assignments(
        &self,
        group_id: &str,
        params: ListGroupRoleAssignmentsParams,
    ) -> Paginator<GroupRoleAssignment> {
        self.client.paginate_checked(
            &op::LIST_GROUP_ROLE_ASSIGNMENTS,
            params::paths(&[("group_id", group_id)]),
            (group_id.to_owned(), params),
            |api, (group_id, p)| {
                Box::pin(api.list_group_role_assignments(
                    group_id,
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                ))
            },
        )
    }

    /// Gives a group a role on a resource, or on its organization when `grant` names no
    /// resource.
    pub async fn assign_group_role(&self, group_id: &str, grant: &RoleGrant) -> Result<GroupRoleAssignment> {
        let group_id = params::path("group_id", group_id)?;
        let api = self.client.api();
        self.client
            .send(&op::CREATE_GROUP_ROLE_ASSIGNMENT, || api.create_group_role_assignment(group_id, grant))
            .await
    }

    /// Replaces every role assignment of a group; answers the new set.
    pub async fn replace_group_role_assignments(
        &self,
        group_id: &str,
        assignments: &ReplaceGroupRoleAssignments,
    ) -> Result<GroupRoleAssignmentList> {
        let group_id = params::path("group_id", group_id)?;
        let api = self.client.api();
        self.client
            .send(&op::REPLACE_GROUP_ROLE_ASSIGNMENTS, || {
                api.replace_group_role_assignments(group_id, assignments)
            })
            .await
    }

    /// Takes a role on a resource away from a group.
    pub async fn remove_group_role(&self, group_id: &str, grant: &RoleGrant) -> Result<()> {
        let group_id = params::path("group_id", group_id)?;
        let api = self.client.api();
        self.client
            .send(&op::REMOVE_GROUP_ROLE_ASSIGNMENTS, || api.remove_group_role_assignments(group_id, grant))
            .await
    }

    /// Fetches one role assignment of a group.
    pub async fn get_group_role_assignment(
        &self,
        group_id: &str,
        role_assignment_id: &str,
    ) -> Result<GroupRoleAssignment> {
        let group_id = params::path("group_id", group_id)?;
        let role_assignment_id = params::path("role_assignment_id", role_assignment_id)?;
        let api = self.client.api();
        self.client
            .send(&op::GET_GROUP_ROLE_ASSIGNMENT, || {
                api.get_group_role_assignment(group_id, role_assignment_id)
            })
            .await
    }

    /// Removes one role assignment of a group, by its id.
    pub async fn remove_group_role_assignment(&self, group_id: &str, role_assignment_id: &str) -> Result<()> {
        let group_id = params::path("group_id", group_id)?;
        let role_assignment_id = params::path("role_assignment_id", role_assignment_id)?;
        let api = self.client.api();
        self.client
            .send(&op::REMOVE_GROUP_ROLE_ASSIGNMENT, || {
                api.remove_group_role_assignment(group_id, role_assignment_id)
            })
            .await
    }
}
