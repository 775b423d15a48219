//! AuthKit OAuth resources: the MCP servers and APIs AuthKit issues access tokens for.

use crate::Operation;

/// The operations of this area.
pub fn operations() -> Vec<Operation> {
    vec![]
}
