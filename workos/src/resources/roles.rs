//! Roles and permissions.

use crate::client::Workos;

/// Roles and permissions. From [`Workos::roles`].
#[derive(Debug, Clone, Copy)]
pub struct Roles<'a> {
    pub(crate) client: &'a Workos,
}

impl Roles<'_> {}
