//! Short-lived tokens for calling WorkOS from a browser.

use crate::client::Workos;

/// Short-lived tokens for calling WorkOS from a browser. From [`Workos::client_tokens`].
#[derive(Debug, Clone, Copy)]
pub struct ClientTokens<'a> {
    pub(crate) client: &'a Workos,
}

impl ClientTokens<'_> {}
