//! The rate limits WorkOS publishes for particular operations (`shared/reference/api-notes.md`).
//! The `workos` crate keeps every client under them; each operation names its limit with
//! [`Operation::rate_limit`](crate::Operation::rate_limit).

use crate::{Method, Operation, RateLimit};

/// Directory users: 4 requests per second per directory. The window is a little longer than a
/// second, so that the network's jitter between two requests cannot put five into one second
/// at the server.
pub const DIRECTORY_USERS: RateLimit = RateLimit { name: "directory_users", limit: 4, period_ms: 1_100 };

/// Deleting organizations: 50 a minute.
pub const DELETE_ORGANIZATION: RateLimit =
    RateLimit { name: "delete_organization", limit: 50, period_ms: 60_000 };

/// AuthKit reads (`GET /user_management/...`): 1,000 per 10 seconds.
pub const AUTHKIT_READS: RateLimit = RateLimit { name: "authkit_reads", limit: 1_000, period_ms: 10_000 };

/// AuthKit writes (every other method under `/user_management/`): 500 per 10 seconds.
pub const AUTHKIT_WRITES: RateLimit = RateLimit { name: "authkit_writes", limit: 500, period_ms: 10_000 };

/// Gives every AuthKit operation that names no limit of its own AuthKit's: WorkOS publishes
/// them for the whole of `/user_management/`, so they are stated once, here.
pub(crate) fn apply_authkit_limits(operations: &mut [Operation]) {
    for op in operations.iter_mut().filter(|op| op.path.starts_with("/user_management/") && !op.redirect) {
        if op.rate_limit.is_none() {
            op.rate_limit = Some(if op.method == Method::Get { AUTHKIT_READS } else { AUTHKIT_WRITES });
        }
    }
}
