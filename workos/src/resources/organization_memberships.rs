//! Users' memberships in organizations.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{
    CreateOrganizationMembership, ListOrganizationMembershipsParams, OrganizationMembership,
    UpdateOrganizationMembership,
};

/// Users' memberships in organizations. From [`Workos::organization_memberships`].
#[derive(Debug, Clone, Copy)]
pub struct OrganizationMemberships<'a> {
    pub(crate) client: &'a Workos,
}

impl OrganizationMemberships<'_> {
    /// Lists the memberships of a user, of an organization, or of a user in one (set
    /// `params.user_id`, `params.organization_id` or both). Only active memberships unless
    /// `params.statuses` names others.
    pub fn list(&self, params: ListOrganizationMembershipsParams) -> Paginator<OrganizationMembership> {
        self.client.paginate(&op::LIST_ORGANIZATION_MEMBERSHIPS, params, |api, p| {
            Box::pin(async move {
                let statuses: Vec<String> = p.statuses.iter().map(|s| s.as_str().to_owned()).collect();
                let statuses = params::comma_separated(&statuses);
                api.list_organization_memberships(
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                    p.organization_id.as_deref(),
                    statuses.as_deref(),
                    p.user_id.as_deref(),
                )
                .await
            })
        })
    }

    /// Adds a user to an organization, optionally with given roles.
    pub async fn create(&self, membership: &CreateOrganizationMembership) -> Result<OrganizationMembership> {
        let api = self.client.api();
        self.client
            .send(&op::CREATE_ORGANIZATION_MEMBERSHIP, || api.create_organization_membership(membership))
            .await
    }

    /// Fetches one membership by its id (`om_...`).
    pub async fn get(&self, id: &str) -> Result<OrganizationMembership> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_ORGANIZATION_MEMBERSHIP, || api.get_organization_membership(id)).await
    }

    /// Changes a member's roles.
    pub async fn update(
        &self,
        id: &str,
        changes: &UpdateOrganizationMembership,
    ) -> Result<OrganizationMembership> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client
            .send(&op::UPDATE_ORGANIZATION_MEMBERSHIP, || api.update_organization_membership(id, changes))
            .await
    }

    /// Removes a user from an organization for good.
    pub async fn delete(&self, id: &str) -> Result<()> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::DELETE_ORGANIZATION_MEMBERSHIP, || api.delete_organization_membership(id)).await
    }

    /// Deactivates an active membership, keeping it (and its roles) for a later reactivation.
    pub async fn deactivate(&self, id: &str) -> Result<OrganizationMembership> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client
            .send(&op::DEACTIVATE_ORGANIZATION_MEMBERSHIP, || api.deactivate_organization_membership(id))
            .await
    }

    /// Reactivates an inactive membership with the roles it had.
    pub async fn reactivate(&self, id: &str) -> Result<OrganizationMembership> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client
            .send(&op::REACTIVATE_ORGANIZATION_MEMBERSHIP, || api.reactivate_organization_membership(id))
            .await
    }
}
