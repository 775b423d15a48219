//! Organizations and the domains they own.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{
    AuditLogConfiguration, CreateOrganization, CreateOrganizationDomain, ListOrganizationsParams,
    Organization, OrganizationDomain, UpdateOrganization,
};

/// Organizations: the companies and teams that use your application. From
/// [`Workos::organizations`].
#[derive(Debug, Clone, Copy)]
pub struct Organizations<'a> {
    pub(crate) client: &'a Workos,
}

impl Organizations<'_> {
    /// Lists organizations, newest first unless `params.order` says otherwise; filter by
    /// owned domains or a search on the name.
    pub fn list(&self, params: ListOrganizationsParams) -> Paginator<Organization> {
        self.client.paginate(&op::LIST_ORGANIZATIONS, params, |api, p| {
            Box::pin(async move {
                let domains = params::comma_separated(&p.domains);
                api.list_organizations(
                    p.after.as_deref(),
                    p.before.as_deref(),
                    domains.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                    p.search.as_deref(),
                )
                .await
            })
        })
    }

    /// Creates an organization.
    pub async fn create(&self, organization: &CreateOrganization) -> Result<Organization> {
        let api = self.client.api();
        self.client.send(&op::CREATE_ORGANIZATION, || api.create_organization(organization)).await
    }

    /// Fetches one organization by its id (`org_...`).
    pub async fn get(&self, id: &str) -> Result<Organization> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_ORGANIZATION, || api.get_organization(id)).await
    }

    /// Fetches the organization that carries your own identifier.
    pub async fn get_by_external_id(&self, external_id: &str) -> Result<Organization> {
        let external_id = params::path("external_id", external_id)?;
        let api = self.client.api();
        self.client
            .send(&op::GET_ORGANIZATION_BY_EXTERNAL_ID, || api.get_organization_by_external_id(external_id))
            .await
    }

    /// Changes an organization; fields left empty in `changes` keep their value.
    pub async fn update(&self, id: &str, changes: &UpdateOrganization) -> Result<Organization> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::UPDATE_ORGANIZATION, || api.update_organization(id, changes)).await
    }

    /// Deletes an organization for good.
    pub async fn delete(&self, id: &str) -> Result<()> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::DELETE_ORGANIZATION, || api.delete_organization(id)).await
    }

    /// How the organization's audit logs are kept and where they are streamed.
    pub async fn audit_log_configuration(&self, id: &str) -> Result<AuditLogConfiguration> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client
            .send(&op::GET_ORGANIZATION_AUDIT_LOG_CONFIGURATION, || {
                api.get_organization_audit_log_configuration(id)
            })
            .await
    }
}

/// The domains organizations own, and their verification. From
/// [`Workos::organization_domains`].
#[derive(Debug, Clone, Copy)]
pub struct OrganizationDomains<'a> {
    pub(crate) client: &'a Workos,
}

impl OrganizationDomains<'_> {
    /// Adds a domain to an organization; it starts unverified.
    pub async fn create(&self, domain: &CreateOrganizationDomain) -> Result<OrganizationDomain> {
        let api = self.client.api();
        self.client.send(&op::CREATE_ORGANIZATION_DOMAIN, || api.create_organization_domain(domain)).await
    }

    /// Fetches one domain by its id (`org_domain_...`).
    pub async fn get(&self, id: &str) -> Result<OrganizationDomain> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_ORGANIZATION_DOMAIN, || api.get_organization_domain(id)).await
    }

    /// Removes a domain from its organization.
    pub async fn delete(&self, id: &str) -> Result<()> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::DELETE_ORGANIZATION_DOMAIN, || api.delete_organization_domain(id)).await
    }

    /// Starts (or retries) DNS verification of a domain.
    pub async fn verify(&self, id: &str) -> Result<OrganizationDomain> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::VERIFY_ORGANIZATION_DOMAIN, || api.verify_organization_domain(id)).await
    }
}
