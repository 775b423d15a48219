//! Teams of the WorkOS platform.

use crate::Operation;

/// The operations of this area.
pub fn operations() -> Vec<Operation> {
    vec![]
}
