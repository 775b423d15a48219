//! The Admin Portal: links for an organization's IT team.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::types::{GeneratePortalLink, PortalLink};

/// The Admin Portal: links for an organization's IT team. From [`Workos::admin_portal`].
#[derive(Debug, Clone, Copy)]
pub struct AdminPortal<'a> {
    pub(crate) client: &'a Workos,
}

impl AdminPortal<'_> {
    /// Generates a short-lived link that opens the Admin Portal for an organization.
    pub async fn generate_link(&self, link: &GeneratePortalLink) -> Result<PortalLink> {
        let api = self.client.api();
        self.client.send(&op::GENERATE_PORTAL_LINK, || api.generate_portal_link(link)).await
    }
}
