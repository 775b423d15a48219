//! Passwordless sessions: one-time sign-in links sent by e-mail.

use crate::Operation;

/// The operations of this area.
pub fn operations() -> Vec<Operation> {
    vec![]
}
