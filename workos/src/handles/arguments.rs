//! Checks and conversions applied to the arguments of the generated methods before anything is
//! sent.

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

/// Refuses an array filter the API takes comma-separated (`domains=a.com,b.com`) when one of
/// its values would not arrive as one value: the API splits the joined text at every comma,
/// so `"a.com,b.com"` would become two filters, and an empty value would add an empty one
/// (or, alone, send an empty filter the API may read as none). Either widens a query, and
/// WorkOS has no escape for a comma inside a value. Checked before anything is sent; the
/// message names the filter and the value's position, not the value.
pub(crate) fn check_comma_separated<T: std::fmt::Display>(name: &str, values: &[T]) -> Result<()> {
    use std::fmt::Write as _;

    /// What a value's text holds, read as it is written: no copy of it is made.
    struct Scan {
        comma: bool,
        empty: bool,
    }

    impl std::fmt::Write for Scan {
        fn write_str(&mut self, text: &str) -> std::fmt::Result {
            self.comma |= text.contains(',');
            self.empty &= text.is_empty();
            Ok(())
        }
    }

    for (index, value) in values.iter().enumerate() {
        let mut scan = Scan { comma: false, empty: true };
        let _ = write!(scan, "{value}");
        if scan.comma {
            return Err(Error::invalid_request(format!(
                "value {index} of `{name}` contains a comma, which the API reads as a separator"
            )));
        }
        if scan.empty {
            return Err(Error::invalid_request(format!("value {index} of `{name}` is empty")));
        }
    }
    Ok(())
}

/// An array filter the API takes comma-separated (`domains=a.com,b.com`), joined; the
/// values have passed [`check_comma_separated`].
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
    fn refuses_filter_values_the_api_would_split_or_drop() {
        assert!(check_comma_separated::<String>("domains", &[]).is_ok());
        assert!(check_comma_separated("domains", &["a.com", "b.com"]).is_ok());
        for (values, position) in [
            (&["a.com,b.com"][..], "value 0"),
            (&["a.com", ","][..], "value 1"),
            (&["a.com", "b.com", "c.com,"][..], "value 2"),
            (&[""][..], "value 0"),
            (&["a.com", ""][..], "value 1"),
        ] {
            let error = check_comma_separated("domains", values).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{values:?}");
            let message = error.to_string();
            assert!(message.contains(position) && message.contains("`domains`"), "{message}");
            assert!(!message.contains("a.com"), "the value is not echoed: {message}");
        }
    }

    /// Open enums keep a value they do not know as sent: a comma in one is refused too.
    #[test]
    #[cfg(feature = "organization-memberships")]
    fn refuses_a_comma_in_an_unknown_enum_value() {
        use workos_api::types::OrganizationMembershipStatus as Status;
        assert!(check_comma_separated("statuses", &[Status::Active, Status::Pending]).is_ok());
        let error = check_comma_separated("statuses", &[Status::from("active,pending")]).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidRequest);
    }

    #[test]
    fn joins_filters_with_commas() {
        assert_eq!(comma_separated::<String>(&[]), None);
        assert_eq!(comma_separated(&["a.com", "b.com"]).as_deref(), Some("a.com,b.com"));
    }
}
