//! Short-lived tokens for calling WorkOS from a browser.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::types::{ClientApiToken, CreateClientApiToken};

/// Short-lived tokens for calling WorkOS from a browser. From [`Workos::client_tokens`].
#[derive(Debug, Clone, Copy)]
pub struct ClientTokens<'a> {
    pub(crate) client: &'a Workos,
}

impl ClientTokens<'_> {
    /// Issues a short-lived Client API token for a user in an organization.
    pub async fn create(&self, token: &CreateClientApiToken) -> Result<ClientApiToken> {
        let api = self.client.api();
        self.client.send(&op::CREATE_CLIENT_TOKEN, || api.create_client_token(token)).await
    }
}
