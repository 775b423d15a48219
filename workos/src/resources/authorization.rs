//! Fine-grained authorization: resources, checks and role assignments.

use crate::client::Workos;

/// Fine-grained authorization: resources, checks and role assignments. From [`Workos::authorization`].
#[derive(Debug, Clone, Copy)]
pub struct Authorization<'a> {
    pub(crate) client: &'a Workos,
}

impl Authorization<'_> {}
