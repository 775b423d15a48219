//! Deadline arithmetic that cannot overflow: a timeout of `Duration::MAX` or a `Retry-After`
//! of centuries means "never", not a panic.

use std::time::Duration;

use tokio::time::Instant;

/// `now + wait`, or a time far enough away to mean "never" when that would overflow.
pub(crate) fn later(now: Instant, wait: Duration) -> Instant {
    // About 30 years: further than any call will run, near enough to stay representable.
    const FAR: Duration = Duration::from_secs(30 * 365 * 24 * 3600);
    now.checked_add(wait.min(FAR)).unwrap_or(now)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn later_saturates() {
        let now = Instant::now();
        assert!(later(now, Duration::MAX) > later(now, Duration::from_secs(3600 * 24 * 365)));
        assert_eq!(later(now, Duration::from_secs(1)), now + Duration::from_secs(1));
    }
}
