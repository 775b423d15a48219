//! Connect applications, their client secrets and authorizations.

use crate::client::Workos;

/// Connect applications, their client secrets and authorizations. From [`Workos::connect`].
#[derive(Debug, Clone, Copy)]
pub struct Connect<'a> {
    pub(crate) client: &'a Workos,
}

impl Connect<'_> {}
