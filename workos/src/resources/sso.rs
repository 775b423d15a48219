//! Single Sign-On.

use workos_api::operations as op;

use crate::Secret;
use crate::client::Workos;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{
    AuthorizeSsoLogout, Connection, ListConnectionsParams, Profile, SsoLogoutAuthorization, SsoTokenRequest,
    SsoTokenResponse,
};

/// Single Sign-On: connections to identity providers, the code exchange, profiles and logout.
/// From [`Workos::sso`].
#[derive(Debug, Clone, Copy)]
pub struct Sso<'a> {
    pub(crate) client: &'a Workos,
}

impl Sso<'_> {
    /// Lists SSO connections; filter by type, domain, organization or name.
    pub fn list_connections(&self, params: ListConnectionsParams) -> Paginator<Connection> {
        self.client.paginate(&op::LIST_CONNECTIONS, params, |api, p| {
            Box::pin(api.list_connections(
                p.after.as_deref(),
                p.before.as_deref(),
                p.connection_type.as_ref(),
                p.domain.as_deref(),
                p.limit,
                p.order.as_ref(),
                p.organization_id.as_deref(),
                p.search.as_deref(),
            ))
        })
    }

    /// Fetches one connection by its id (`conn_...`).
    pub async fn get_connection(&self, id: &str) -> Result<Connection> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_CONNECTION, || api.get_connection(id)).await
    }

    /// Deletes a connection.
    pub async fn delete_connection(&self, id: &str) -> Result<()> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::DELETE_CONNECTION, || api.delete_connection(id)).await
    }

    /// Exchanges the code from the SSO redirect for the user's profile and an access token.
    /// Sent without the API key: the request's `client_secret` (your API key) or PKCE
    /// `code_verifier` authenticates it.
    pub async fn get_profile_and_token(&self, request: &SsoTokenRequest) -> Result<SsoTokenResponse> {
        let api = self.client.api();
        self.client.send(&op::GET_SSO_PROFILE_AND_TOKEN, || api.get_sso_profile_and_token(request)).await
    }

    /// Fetches the profile that an SSO access token (from [`Sso::get_profile_and_token`])
    /// belongs to; the token, not the API key, authorizes the call.
    pub async fn get_profile(&self, access_token: &Secret) -> Result<Profile> {
        let authorization = format!("Bearer {}", access_token.expose());
        let api = self.client.api();
        self.client.send(&op::GET_SSO_PROFILE, || api.get_sso_profile(&authorization)).await
    }

    /// Issues a short-lived logout token, and the logout URL that carries it, for one SSO
    /// profile; send the user's browser to the URL to sign them out at their identity
    /// provider.
    pub async fn authorize_logout(&self, request: &AuthorizeSsoLogout) -> Result<SsoLogoutAuthorization> {
        let api = self.client.api();
        self.client.send(&op::AUTHORIZE_SSO_LOGOUT, || api.authorize_sso_logout(request)).await
    }
}
