//! The Admin Portal: links for an organization's IT team.

use crate::client::Workos;

/// The Admin Portal: links for an organization's IT team. From [`Workos::admin_portal`].
#[derive(Debug, Clone, Copy)]
pub struct AdminPortal<'a> {
    pub(crate) client: &'a Workos,
}

impl AdminPortal<'_> {}
