//! Groups of organization members.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{
    AddGroupMember, CreateGroup, Group, GroupMember, ListGroupMembersParams, ListGroupsParams,
    ListOrganizationMembershipGroupsParams, UpdateGroup,
};

/// Groups of organization members. From [`Workos::groups`].
#[derive(Debug, Clone, Copy)]
pub struct Groups<'a> {
    pub(crate) client: &'a Workos,
}

impl Groups<'_> {
    /// Lists the groups of an organization (`org_...`).
    pub fn list(&self, organization_id: &str, params: ListGroupsParams) -> Paginator<Group> {
        self.client.paginate_checked(
            &op::LIST_GROUPS,
            params::paths(&[("organization_id", organization_id)]),
            (organization_id.to_owned(), params),
            |api, (organization_id, p)| {
                Box::pin(api.list_groups(
                    organization_id,
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                ))
            },
        )
    }

    /// Creates a group in an organization.
    pub async fn create(&self, organization_id: &str, group: &CreateGroup) -> Result<Group> {
        let organization_id = params::path("organizationId", organization_id)?;
        let api = self.client.api();
        self.client.send(&op::CREATE_GROUP, || api.create_group(organization_id, group)).await
    }

    /// Fetches one group (`group_...`) of an organization.
    pub async fn get(&self, organization_id: &str, group_id: &str) -> Result<Group> {
        let organization_id = params::path("organizationId", organization_id)?;
        let group_id = params::path("groupId", group_id)?;
        let api = self.client.api();
        self.client.send(&op::GET_GROUP, || api.get_group(organization_id, group_id)).await
    }

    /// Changes a group's name or description; fields left empty in `changes` keep their value.
    pub async fn update(
        &self,
        organization_id: &str,
        group_id: &str,
        changes: &UpdateGroup,
    ) -> Result<Group> {
        let organization_id = params::path("organizationId", organization_id)?;
        let group_id = params::path("groupId", group_id)?;
        let api = self.client.api();
        self.client.send(&op::UPDATE_GROUP, || api.update_group(organization_id, group_id, changes)).await
    }

    /// Deletes a group.
    pub async fn delete(&self, organization_id: &str, group_id: &str) -> Result<()> {
        let organization_id = params::path("organizationId", organization_id)?;
        let group_id = params::path("groupId", group_id)?;
        let api = self.client.api();
        self.client.send(&op::DELETE_GROUP, || api.delete_group(organization_id, group_id)).await
    }

    /// Lists the organization memberships in a group.
    pub fn list_members(
        &self,
        organization_id: &str,
        group_id: &str,
        params: ListGroupMembersParams,
    ) -> Paginator<GroupMember> {
        self.client.paginate_checked(
            &op::LIST_GROUP_MEMBERS,
            params::paths(&[("organization_id", organization_id), ("group_id", group_id)]),
            (organization_id.to_owned(), group_id.to_owned(), params),
            |api, (organization_id, group_id, p)| {
                Box::pin(api.list_group_members(
                    organization_id,
                    group_id,
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                ))
            },
        )
    }

    /// Adds an organization membership to a group; answers with the group.
    pub async fn add_member(
        &self,
        organization_id: &str,
        group_id: &str,
        member: &AddGroupMember,
    ) -> Result<Group> {
        let organization_id = params::path("organizationId", organization_id)?;
        let group_id = params::path("groupId", group_id)?;
        let api = self.client.api();
        self.client
            .send(&op::ADD_GROUP_MEMBER, || api.add_group_member(organization_id, group_id, member))
            .await
    }

    /// Removes an organization membership (`om_...`) from a group.
    pub async fn remove_member(
        &self,
        organization_id: &str,
        group_id: &str,
        membership_id: &str,
    ) -> Result<()> {
        let organization_id = params::path("organizationId", organization_id)?;
        let group_id = params::path("groupId", group_id)?;
        let membership_id = params::path("omId", membership_id)?;
        let api = self.client.api();
        self.client
            .send(&op::REMOVE_GROUP_MEMBER, || {
                api.remove_group_member(organization_id, group_id, membership_id)
            })
            .await
    }

    /// Lists the groups an organization membership (`om_...`) belongs to.
    pub fn list_for_membership(
        &self,
        membership_id: &str,
        params: ListOrganizationMembershipGroupsParams,
    ) -> Paginator<Group> {
        self.client.paginate_checked(
            &op::LIST_ORGANIZATION_MEMBERSHIP_GROUPS,
            params::paths(&[("membership_id", membership_id)]),
            (membership_id.to_owned(), params),
            |api, (membership_id, p)| {
                Box::pin(api.list_organization_membership_groups(
                    membership_id,
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                ))
            },
        )
    }
}
