//! AuthKit users: accounts, e-mail, passwords, sessions and factors.

use crate::client::Workos;

/// AuthKit users: accounts, e-mail, passwords, sessions and factors. From [`Workos::user_management`].
#[derive(Debug, Clone, Copy)]
pub struct UserManagement<'a> {
    pub(crate) client: &'a Workos,
}

impl UserManagement<'_> {}
