//! AuthKit sign-in: authentication, sessions, Magic Auth and AuthKit settings.

use crate::client::Workos;

/// AuthKit sign-in: authentication, sessions, Magic Auth and AuthKit settings. From [`Workos::authkit`].
#[derive(Debug, Clone, Copy)]
pub struct AuthKit<'a> {
    pub(crate) client: &'a Workos,
}

impl AuthKit<'_> {}
