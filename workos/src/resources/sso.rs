//! Single Sign-On.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{Connection, ListConnectionsParams};

/// Single Sign-On: connections to identity providers. From [`Workos::sso`].
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
}
