//! API keys your users and organizations create for your own API.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{
    ApiKey, ApiKeyValidation, CreateOrganizationApiKey, CreateUserApiKey, ExpireApiKey,
    ListOrganizationApiKeysParams, ListUserApiKeysParams, NewApiKey, ValidateApiKey,
};

/// API keys your users and organizations create for your own API. From [`Workos::api_keys`].
#[derive(Debug, Clone, Copy)]
pub struct ApiKeys<'a> {
    pub(crate) client: &'a Workos,
}

impl ApiKeys<'_> {
    /// Checks a key value a caller of your API presented; `api_key` is `None` when it is not
    /// a valid key.
    pub async fn validate(&self, key: &ValidateApiKey) -> Result<ApiKeyValidation> {
        let api = self.client.api();
        self.client.send(&op::VALIDATE_API_KEY, || api.validate_api_key(key)).await
    }

    /// Deletes a key for good (`api_key_...`).
    pub async fn delete(&self, id: &str) -> Result<()> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::DELETE_API_KEY, || api.delete_api_key(id)).await
    }

    /// Expires a key now (`expires_at` empty or past) or at `expires_at`.
    pub async fn expire(&self, id: &str, expiry: &ExpireApiKey) -> Result<ApiKey> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::EXPIRE_API_KEY, || api.expire_api_key(id, expiry)).await
    }

    /// Lists the keys an organization owns.
    pub fn list_for_organization(
        &self,
        organization_id: &str,
        params: ListOrganizationApiKeysParams,
    ) -> Paginator<ApiKey> {
        self.client.paginate_checked(
            &op::LIST_ORGANIZATION_API_KEYS,
            params::paths(&[("organization_id", organization_id)]),
            (organization_id.to_owned(), params),
            |api, (organization_id, p)| {
                Box::pin(api.list_organization_api_keys(
                    organization_id,
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                ))
            },
        )
    }

    /// Creates a key owned by an organization; the answer holds the only copy of its value.
    pub async fn create_for_organization(
        &self,
        organization_id: &str,
        key: &CreateOrganizationApiKey,
    ) -> Result<NewApiKey> {
        let organization_id = params::path("organization_id", organization_id)?;
        let api = self.client.api();
        self.client
            .send(&op::CREATE_ORGANIZATION_API_KEY, || api.create_organization_api_key(organization_id, key))
            .await
    }

    /// Lists the keys a user owns, optionally only those for one organization.
    pub fn list_for_user(&self, user_id: &str, params: ListUserApiKeysParams) -> Paginator<ApiKey> {
        self.client.paginate_checked(
            &op::LIST_USER_API_KEYS,
            params::paths(&[("user_id", user_id)]),
            (user_id.to_owned(), params),
            |api, (user_id, p)| {
                Box::pin(api.list_user_api_keys(
                    user_id,
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                    p.organization_id.as_deref(),
                ))
            },
        )
    }

    /// Creates a key owned by a user; the answer holds the only copy of its value.
    pub async fn create_for_user(&self, user_id: &str, key: &CreateUserApiKey) -> Result<NewApiKey> {
        let user_id = params::path("user_id", user_id)?;
        let api = self.client.api();
        self.client.send(&op::CREATE_USER_API_KEY, || api.create_user_api_key(user_id, key)).await
    }
}
