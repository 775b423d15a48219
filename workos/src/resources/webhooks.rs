//! Webhook endpoints: where WorkOS delivers events.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{
    CreateWebhookEndpoint, ListWebhookEndpointsParams, UpdateWebhookEndpoint, WebhookEndpoint,
};

/// Webhook endpoints: the URLs WorkOS delivers events to. From [`Workos::webhooks`].
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    pub(crate) client: &'a Workos,
}

impl Webhooks<'_> {
    /// Lists the webhook endpoints of the environment.
    pub fn list_endpoints(&self, params: ListWebhookEndpointsParams) -> Paginator<WebhookEndpoint> {
        self.client.paginate(&op::LIST_WEBHOOK_ENDPOINTS, params, |api, p| {
            Box::pin(api.list_webhook_endpoints(
                p.after.as_deref(),
                p.before.as_deref(),
                p.limit,
                p.order.as_ref(),
            ))
        })
    }

    /// Registers a URL to receive the given event types; the answer carries its signing secret.
    pub async fn create_endpoint(&self, endpoint: &CreateWebhookEndpoint) -> Result<WebhookEndpoint> {
        let api = self.client.api();
        self.client.send(&op::CREATE_WEBHOOK_ENDPOINT, || api.create_webhook_endpoint(endpoint)).await
    }

    /// Changes a webhook endpoint's URL, event types or status; fields left empty in
    /// `changes` keep their value.
    pub async fn update_endpoint(
        &self,
        id: &str,
        changes: &UpdateWebhookEndpoint,
    ) -> Result<WebhookEndpoint> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::UPDATE_WEBHOOK_ENDPOINT, || api.update_webhook_endpoint(id, changes)).await
    }

    /// Deletes a webhook endpoint (`we_...`); no more events go to it.
    pub async fn delete_endpoint(&self, id: &str) -> Result<()> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::DELETE_WEBHOOK_ENDPOINT, || api.delete_webhook_endpoint(id)).await
    }
}
