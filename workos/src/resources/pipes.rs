//! Pipes: data integrations and connected accounts.

use crate::client::Workos;

/// Pipes: data integrations and connected accounts. From [`Workos::pipes`].
#[derive(Debug, Clone, Copy)]
pub struct Pipes<'a> {
    pub(crate) client: &'a Workos,
}

impl Pipes<'_> {}
