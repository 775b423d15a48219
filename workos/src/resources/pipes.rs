//! Pipes: data integrations and connected accounts.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{
    ApiKeyInstallation, AuthorizationUrlRequest, ClientCredentialsInstallation,
    ConfigureOrganizationDataIntegration, ConnectedAccount, ConnectedAccountOwner, ConnectedAccountTokens,
    CreateDataIntegration, DataIntegration, DataIntegrationAccessTokenResponse,
    DataIntegrationAuthorizeUrlResponse, DataIntegrationConfiguration, DataIntegrationConfigurationList,
    DataIntegrationCredentialsResponse, DataProviderList, DeleteConnectedAccountParams,
    GetConnectedAccountParams, ImportConnectedAccountParams, ListDataIntegrationsParams,
    ListUserDataProvidersParams, UpdateConnectedAccountParams, UpdateDataIntegration,
};

/// Pipes: data integrations and connected accounts. From [`Workos::pipes`].
#[derive(Debug, Clone, Copy)]
pub struct Pipes<'a> {
    pub(crate) client: &'a Workos,
}

impl Pipes<'_> {
    /// Creates a data integration for a built-in or a custom provider.
    pub async fn create_integration(&self, integration: &CreateDataIntegration) -> Result<DataIntegration> {
        let api = self.client.api();
        self.client.send(&op::CREATE_DATA_INTEGRATION, || api.create_data_integration(integration)).await
    }

    /// Lists the environment's data integrations, except those on WorkOS's shared OAuth apps.
    pub fn list_integrations(&self, params: ListDataIntegrationsParams) -> Paginator<DataIntegration> {
        self.client.paginate(&op::LIST_DATA_INTEGRATIONS, params, |api, p| {
            Box::pin(api.list_data_integrations(
                p.after.as_deref(),
                p.before.as_deref(),
                p.limit,
                p.order.as_ref(),
            ))
        })
    }

    /// Fetches one data integration by its slug (the provider's slug, such as `github`).
    pub async fn get_integration(&self, slug: &str) -> Result<DataIntegration> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client.send(&op::GET_DATA_INTEGRATION, || api.get_data_integration(slug)).await
    }

    /// Changes a data integration; fields left empty in `changes` keep their value.
    pub async fn update_integration(
        &self,
        slug: &str,
        changes: &UpdateDataIntegration,
    ) -> Result<DataIntegration> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client.send(&op::UPDATE_DATA_INTEGRATION, || api.update_data_integration(slug, changes)).await
    }

    /// Deletes a data integration together with its connected accounts.
    pub async fn delete_integration(&self, slug: &str) -> Result<()> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client.send(&op::DELETE_DATA_INTEGRATION, || api.delete_data_integration(slug)).await
    }

    /// Stores the API key of a user's connected account, replacing any key it had.
    pub async fn upsert_api_key(&self, slug: &str, key: &ApiKeyInstallation) -> Result<ConnectedAccount> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client
            .send(&op::UPSERT_DATA_INTEGRATION_API_KEY, || api.upsert_data_integration_api_key(slug, key))
            .await
    }

    /// Stores the OAuth client credentials of a user's connected account, replacing any it had.
    pub async fn upsert_client_credentials(
        &self,
        slug: &str,
        credentials: &ClientCredentialsInstallation,
    ) -> Result<ConnectedAccount> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client
            .send(&op::UPSERT_DATA_INTEGRATION_CLIENT_CREDENTIALS, || {
                api.upsert_data_integration_client_credentials(slug, credentials)
            })
            .await
    }

    /// Creates the URL where a user starts connecting an account through OAuth.
    pub async fn get_authorization_url(
        &self,
        slug: &str,
        request: &AuthorizationUrlRequest,
    ) -> Result<DataIntegrationAuthorizeUrlResponse> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client
            .send(&op::GET_DATA_INTEGRATION_AUTHORIZATION_URL, || {
                api.get_data_integration_authorization_url(slug, request)
            })
            .await
    }

    /// Hands out a working credential for a user's connected account, whatever its auth
    /// method; `active: false` with an `error` when there is none.
    pub async fn vend_credentials(
        &self,
        slug: &str,
        owner: &ConnectedAccountOwner,
    ) -> Result<DataIntegrationCredentialsResponse> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client
            .send(&op::VEND_DATA_INTEGRATION_CREDENTIALS, || {
                api.vend_data_integration_credentials(slug, owner)
            })
            .await
    }

    /// Hands out a valid OAuth access token for a user's connected account; `active: false`
    /// with an `error` when there is none.
    pub async fn get_access_token(
        &self,
        slug: &str,
        owner: &ConnectedAccountOwner,
    ) -> Result<DataIntegrationAccessTokenResponse> {
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client
            .send(&op::GET_DATA_INTEGRATION_TOKEN, || api.get_data_integration_token(slug, owner))
            .await
    }

    /// Lists the providers available to an organization (`org_...`), with its overrides
    /// applied.
    pub async fn list_organization_integrations(
        &self,
        organization_id: &str,
    ) -> Result<DataIntegrationConfigurationList> {
        let organization_id = params::path("organizationId", organization_id)?;
        let api = self.client.api();
        self.client
            .send(&op::LIST_ORGANIZATION_DATA_INTEGRATIONS, || {
                api.list_organization_data_integrations(organization_id)
            })
            .await
    }

    /// Sets an organization's state, scopes, OAuth app or configuration for one provider.
    pub async fn configure_organization_integration(
        &self,
        organization_id: &str,
        slug: &str,
        configuration: &ConfigureOrganizationDataIntegration,
    ) -> Result<DataIntegrationConfiguration> {
        let organization_id = params::path("organizationId", organization_id)?;
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client
            .send(&op::CONFIGURE_ORGANIZATION_DATA_INTEGRATION, || {
                api.configure_organization_data_integration(organization_id, slug, configuration)
            })
            .await
    }

    /// Fetches a user's connected account at one provider.
    pub async fn get_connected_account(
        &self,
        user_id: &str,
        slug: &str,
        params: &GetConnectedAccountParams,
    ) -> Result<ConnectedAccount> {
        let user_id = params::path("user_id", user_id)?;
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client
            .send(&op::GET_CONNECTED_ACCOUNT, || {
                api.get_connected_account(user_id, slug, params.organization_id.as_deref())
            })
            .await
    }

    /// Disconnects a user's account and deletes its stored tokens; the provider is not told.
    pub async fn delete_connected_account(
        &self,
        user_id: &str,
        slug: &str,
        params: &DeleteConnectedAccountParams,
    ) -> Result<()> {
        let user_id = params::path("user_id", user_id)?;
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client
            .send(&op::DELETE_CONNECTED_ACCOUNT, || {
                api.delete_connected_account(user_id, slug, params.organization_id.as_deref())
            })
            .await
    }

    /// Creates a user's connected account from tokens obtained outside WorkOS.
    pub async fn import_connected_account(
        &self,
        user_id: &str,
        slug: &str,
        params: &ImportConnectedAccountParams,
        tokens: &ConnectedAccountTokens,
    ) -> Result<ConnectedAccount> {
        let user_id = params::path("user_id", user_id)?;
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client
            .send(&op::IMPORT_CONNECTED_ACCOUNT, || {
                api.import_connected_account(user_id, slug, params.organization_id.as_deref(), tokens)
            })
            .await
    }

    /// Changes the tokens, scopes or state of a user's connected account.
    pub async fn update_connected_account(
        &self,
        user_id: &str,
        slug: &str,
        params: &UpdateConnectedAccountParams,
        changes: &ConnectedAccountTokens,
    ) -> Result<ConnectedAccount> {
        let user_id = params::path("user_id", user_id)?;
        let slug = params::path("slug", slug)?;
        let api = self.client.api();
        self.client
            .send(&op::UPDATE_CONNECTED_ACCOUNT, || {
                api.update_connected_account(user_id, slug, params.organization_id.as_deref(), changes)
            })
            .await
    }

    /// Lists the environment's providers with the user's connected account at each.
    pub async fn list_data_providers(
        &self,
        user_id: &str,
        params: &ListUserDataProvidersParams,
    ) -> Result<DataProviderList> {
        let user_id = params::path("user_id", user_id)?;
        let api = self.client.api();
        self.client
            .send(&op::LIST_USER_DATA_PROVIDERS, || {
                api.list_user_data_providers(user_id, params.organization_id.as_deref())
            })
            .await
    }
}
