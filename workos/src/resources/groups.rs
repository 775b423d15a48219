//! Groups of organization members.

use crate::client::Workos;

/// Groups of organization members. From [`Workos::groups`].
#[derive(Debug, Clone, Copy)]
pub struct Groups<'a> {
    pub(crate) client: &'a Workos,
}

impl Groups<'_> {}
