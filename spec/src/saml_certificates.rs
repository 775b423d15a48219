//! The certificates of SAML connections: the identity provider's signing certificates and WorkOS's own signing and encryption certificates.

use crate::Operation;

/// The operations of this area.
pub fn operations() -> Vec<Operation> {
    vec![]
}
