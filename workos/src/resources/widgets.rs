//! Tokens for WorkOS widgets.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::types::{CreateWidgetToken, WidgetToken};

/// Tokens for WorkOS widgets. From [`Workos::widgets`].
#[derive(Debug, Clone, Copy)]
pub struct Widgets<'a> {
    pub(crate) client: &'a Workos,
}

impl Widgets<'_> {
    /// Issues a token for widgets acting for a user, optionally within an organization.
    pub async fn create_token(&self, token: &CreateWidgetToken) -> Result<WidgetToken> {
        let api = self.client.api();
        self.client.send(&op::CREATE_WIDGET_TOKEN, || api.create_widget_token(token)).await
    }
}
