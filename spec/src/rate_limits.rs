//! The rate limits WorkOS publishes for particular operations (`shared/reference/api-notes.md`).
//! The `workos` crate keeps every client under them; each operation names its limit with
//! [`Operation::rate_limit`](crate::Operation::rate_limit), and the limits WorkOS counts per
//! subject of the body (an e-mail address, a user) with
//! [`Operation::limited_per_subject`](crate::Operation::limited_per_subject).

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

/// Sign-ins (`authenticate`): 10 per minute per e-mail address or challenge id, counted per
/// subject of the body.
pub const SIGN_INS: RateLimit = RateLimit { name: "sign_ins", limit: 10, period_ms: 60_000 };

/// Magic Auth codes sent: 3 per minute per e-mail address.
pub const MAGIC_AUTH_SENDS: RateLimit = RateLimit { name: "magic_auth_sends", limit: 3, period_ms: 60_000 };

/// Password resets started: 3 per minute per e-mail address.
pub const PASSWORD_RESET_SENDS: RateLimit =
    RateLimit { name: "password_reset_sends", limit: 3, period_ms: 60_000 };

/// Verification e-mails sent: 3 per minute per user.
pub const EMAIL_VERIFICATION_SENDS: RateLimit =
    RateLimit { name: "email_verification_sends", limit: 3, period_ms: 60_000 };

/// Gives every AuthKit operation that names no limit of its own AuthKit's: WorkOS publishes
/// them for the whole of `/user_management/`, so they are stated once, here.
pub(crate) fn apply_authkit_limits(operations: &mut [Operation]) {
    for op in operations.iter_mut().filter(|op| op.path.starts_with("/user_management/") && !op.redirect) {
        if op.rate_limit.is_none() {
            op.rate_limit = Some(if op.method == Method::Get { AUTHKIT_READS } else { AUTHKIT_WRITES });
        }
    }
}
