//! Invitations to join an organization or the application.

use crate::client::Workos;

/// Invitations to join an organization or the application. From [`Workos::invitations`].
#[derive(Debug, Clone, Copy)]
pub struct Invitations<'a> {
    pub(crate) client: &'a Workos,
}

impl Invitations<'_> {}
