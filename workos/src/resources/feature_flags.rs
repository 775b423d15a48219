//! Feature flags and their targets.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{
    FeatureFlag, ListFeatureFlagsParams, ListOrganizationFeatureFlagsParams, ListUserFeatureFlagsParams,
};

/// Feature flags and their targets. From [`Workos::feature_flags`].
#[derive(Debug, Clone, Copy)]
pub struct FeatureFlags<'a> {
    pub(crate) client: &'a Workos,
}

impl FeatureFlags<'_> {
    /// Lists the feature flags of the environment.
    pub fn list(&self, params: ListFeatureFlagsParams) -> Paginator<FeatureFlag> {
        self.client.paginate(&op::LIST_FEATURE_FLAGS, params, |api, p| {
            Box::pin(api.list_feature_flags(
                p.after.as_deref(),
                p.before.as_deref(),
                p.limit,
                p.order.as_ref(),
            ))
        })
    }

    /// Fetches one feature flag by its slug.
    pub async fn get(&self, slug: &str) -> Result<FeatureFlag> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client.send(&op::GET_FEATURE_FLAG, || api.get_feature_flag(slug)).await
    }

    /// Switches a feature flag on in the environment.
    pub async fn enable(&self, slug: &str) -> Result<FeatureFlag> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client.send(&op::ENABLE_FEATURE_FLAG, || api.enable_feature_flag(slug)).await
    }

    /// Switches a feature flag off in the environment.
    pub async fn disable(&self, slug: &str) -> Result<FeatureFlag> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client.send(&op::DISABLE_FEATURE_FLAG, || api.disable_feature_flag(slug)).await
    }

    /// Turns a feature flag on for one user (`user_...`) or organization (`org_...`).
    pub async fn add_target(&self, slug: &str, resource_id: &str) -> Result<()> {
        let slug = params::path("slug", slug)?;
        let resource_id = params::path("resourceId", resource_id)?;
        let api = self.client.api();
        self.client
            .send(&op::ADD_FEATURE_FLAG_TARGET, || api.add_feature_flag_target(slug, resource_id))
            .await
    }

    /// Removes a user or organization from a feature flag's targets.
    pub async fn remove_target(&self, slug: &str, resource_id: &str) -> Result<()> {
        let slug = params::path("slug", slug)?;
        let resource_id = params::path("resourceId", resource_id)?;
        let api = self.client.api();
        self.client
            .send(&op::REMOVE_FEATURE_FLAG_TARGET, || api.remove_feature_flag_target(slug, resource_id))
            .await
    }

    /// Lists the feature flags that are on for an organization.
    pub fn list_for_organization(
        &self,
        organization_id: &str,
        params: ListOrganizationFeatureFlagsParams,
    ) -> Paginator<FeatureFlag> {
        self.client.paginate_checked(
            &op::LIST_ORGANIZATION_FEATURE_FLAGS,
            params::paths(&[("organization_id", organization_id)]),
            (organization_id.to_owned(), params),
            |api, (organization_id, p)| {
                Box::pin(api.list_organization_feature_flags(
                    organization_id,
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                ))
            },
        )
    }

    /// Lists the feature flags that are on for a user, directly or through their
    /// organizations.
    pub fn list_for_user(&self, user_id: &str, params: ListUserFeatureFlagsParams) -> Paginator<FeatureFlag> {
        self.client.paginate_checked(
            &op::LIST_USER_FEATURE_FLAGS,
            params::paths(&[("user_id", user_id)]),
            (user_id.to_owned(), params),
            |api, (user_id, p)| {
                Box::pin(api.list_user_feature_flags(
                    user_id,
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                ))
            },
        )
    }
}
