//! Checks and conversions applied to arguments before anything is sent.

use crate::error::{Error, Result};

/// A path parameter, refused when it could not name one object: empty, `.` or `..` (which a
/// URL would resolve to another path), or holding control characters. Everything else is
/// percent-encoded into its own segment by the generated client, whose request hook also
/// refuses any URL whose path is not the operation's.
pub(crate) fn path<'a>(name: &str, value: &'a str) -> Result<&'a str> {
    if value.is_empty() {
        return Err(Error::invalid_request(format!("`{name}` is empty")));
    }
    if value == "." || value == ".." {
        return Err(Error::invalid_request(format!("`{name}` cannot be `.` or `..`")));
    }
    if value.chars().any(char::is_control) {
        return Err(Error::invalid_request(format!("`{name}` contains control characters")));
    }
    Ok(value)
}

/// Checks several path parameters at once, as [`path`] does each.
pub(crate) fn paths(values: &[(&str, &str)]) -> Result<()> {
    values.iter().try_for_each(|(name, value)| path(name, value).map(|_| ()))
}

/// A value percent-encoded for one path segment, as the generated client encodes them.
pub(crate) fn encode_path_segment(value: &str) -> String {
    workos_api::encode_path_segment(value)
}

/// An array filter the API takes comma-separated (`domains=a.com,b.com`).
pub(crate) fn comma_separated<T: std::fmt::Display>(values: &[T]) -> Option<String> {
    use std::fmt::Write as _;
    let (first, rest) = values.split_first()?;
    let mut joined = first.to_string();
    for value in rest {
        let _ = write!(joined, ",{value}");
    }
    Some(joined)
}

/// A fresh `Idempotency-Key`: unique per logical request, and reused by every retry of it.
/// It needs to be unique, not secret, so it mixes the time, a process-wide counter and the
/// per-process random seed of the standard library's hasher.
pub(crate) fn new_idempotency_key() -> String {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::{AtomicU64, Ordering};
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos =
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64);
    let count = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
    hasher.write_u64(nanos);
    hasher.write_u64(count);
    format!("workos-rust-{nanos:x}-{count:x}-{:016x}", hasher.finish())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ErrorKind;

    #[test]
    fn refuses_ids_that_could_escape_their_path() {
        assert_eq!(path("id", "org_123").unwrap(), "org_123");
        assert_eq!(path("id", "a/b").unwrap(), "a/b");
        for bad in ["", ".", "..", "a\nb"] {
            let error = path("id", bad).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{bad:?}");
        }
    }

    #[test]
    fn idempotency_keys_do_not_repeat() {
        let keys: std::collections::HashSet<String> = (0..1000).map(|_| new_idempotency_key()).collect();
        assert_eq!(keys.len(), 1000);
    }

    #[test]
    fn joins_filters_with_commas() {
        assert_eq!(comma_separated::<String>(&[]), None);
        assert_eq!(comma_separated(&["a.com", "b.com"]).as_deref(), Some("a.com,b.com"));
    }
}
