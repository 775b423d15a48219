//! An organization's IT contacts: the people its Admin Portal invitations go to.

use crate::Operation;

/// The operations of this area.
pub fn operations() -> Vec<Operation> {
    vec![]
}
