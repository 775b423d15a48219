//! Vault: encrypted key-value storage and data keys.

use crate::client::Workos;

/// Vault: encrypted key-value storage and data keys. From [`Workos::vault`].
#[derive(Debug, Clone, Copy)]
pub struct Vault<'a> {
    pub(crate) client: &'a Workos,
}

impl Vault<'_> {}
