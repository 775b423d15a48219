//! Checks and conversions applied to arguments before anything is sent.

use crate::error::{Error, Result};

/// A path parameter, refused when it could not name one object: empty, `.` or `..` (which a
/// URL would resolve to another path), or holding control characters. Everything else is
/// percent-encoded by the generated client.
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

/// An array filter the API takes comma-separated (`domains=a.com,b.com`).
pub(crate) fn comma_separated(values: &[String]) -> Option<String> {
    (!values.is_empty()).then(|| values.join(","))
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
    fn joins_filters_with_commas() {
        assert_eq!(comma_separated(&[]), None);
        assert_eq!(comma_separated(&["a.com".into(), "b.com".into()]).as_deref(), Some("a.com,b.com"));
    }
}
