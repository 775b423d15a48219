//! Multi-factor authentication: factors and challenges.

use crate::client::Workos;

/// Multi-factor authentication: factors and challenges. From [`Workos::mfa`].
#[derive(Debug, Clone, Copy)]
pub struct Mfa<'a> {
    pub(crate) client: &'a Workos,
}

impl Mfa<'_> {}
