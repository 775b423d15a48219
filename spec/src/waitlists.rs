//! Waitlists: the people who asked to join an application, and their approval.

use crate::Operation;

/// The operations of this area.
pub fn operations() -> Vec<Operation> {
    vec![]
}
