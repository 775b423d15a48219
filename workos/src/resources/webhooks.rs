//! Webhook endpoints.

use crate::client::Workos;

/// Webhook endpoints. From [`Workos::webhooks`].
#[derive(Debug, Clone, Copy)]
pub struct Webhooks<'a> {
    pub(crate) client: &'a Workos,
}

impl Webhooks<'_> {}
