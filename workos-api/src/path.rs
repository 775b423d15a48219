//! Path parameters stay inside their own segment.
//!
//! An id comes from an application, and often from the application's own users. URL parsers
//! read `\` as `/` and resolve `.` and `..` segments (also when written `%2e`), so an id left
//! as it is could send the request, with the application's key, to another endpoint. The
//! generated methods encode every parameter with [`encode_path_segment`], and the request
//! hook refuses any URL that [`is_sent_to`] does not match with its operation's template.

use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};

/// Everything but RFC 3986's unreserved characters (`A-Z a-z 0-9 - . _ ~`) is encoded:
/// nothing a segment holds can then be read as a separator, a query, a fragment or an escape.
const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'.').remove(b'_').remove(b'~');

/// `value` percent-encoded as one path segment. `.` and `..` stay as they are (no encoding
/// keeps a URL parser from resolving them), so the request hook refuses them.
pub fn encode_path_segment(value: &str) -> String {
    utf8_percent_encode(value, SEGMENT).to_string()
}

/// Whether `sent`, the path of a parsed request URL, is `template` under `base_url`'s path,
/// with each `{parameter}` one non-empty segment other than `.` and `..`.
pub(crate) fn is_sent_to(template: &str, base_url: &str, sent: &str) -> bool {
    let Some(rest) = sent.strip_prefix(base_path(base_url)) else { return false };
    let mut expected = template.split('/');
    let mut actual = rest.split('/');
    loop {
        match (expected.next(), actual.next()) {
            (None, None) => return true,
            (Some(want), Some(got)) => {
                let fits = if want.starts_with('{') && want.ends_with('}') {
                    !got.is_empty() && got != "." && got != ".."
                } else {
                    want == got
                };
                if !fits {
                    return false;
                }
            }
            _ => return false,
        }
    }
}

/// The path part of a base URL such as `https://host:port/prefix`, without a trailing `/`.
fn base_path(base_url: &str) -> &str {
    let after_scheme = base_url.find("://").map_or(base_url, |i| &base_url[i + 3..]);
    after_scheme.find('/').map_or("", |i| after_scheme[i..].trim_end_matches('/'))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The path a request for `template` filled with `id` is sent to, as reqwest parses it.
    fn sent(base: &str, template: &str, id: &str) -> String {
        let url = format!("{base}{}", template.replace("{id}", &encode_path_segment(id)));
        reqwest::Url::parse(&url).unwrap().path().to_owned()
    }

    #[test]
    fn every_character_stays_in_its_segment() {
        let template = "/organizations/{id}/roles";
        for id in ["a\\..\\..\\users", "a/../b", "x?y#z", "%2e%2e", "a%2Fb", " ", "é/", "\\", "a;b", "@:"] {
            let path = sent("https://api.workos.com", template, id);
            assert!(is_sent_to(template, "https://api.workos.com", &path), "{id:?} went to {path}");
            assert_eq!(path.matches('/').count(), 3, "{id:?} went to {path}");
        }
    }

    #[test]
    fn dot_segments_and_empty_ids_are_refused() {
        let template = "/organizations/{id}/roles";
        for id in [".", "..", ""] {
            let path = sent("https://api.workos.com", template, id);
            assert!(!is_sent_to(template, "https://api.workos.com", &path), "{id:?} went to {path}");
        }
    }

    #[test]
    fn a_base_path_is_kept() {
        let base = "http://127.0.0.1:8080/proxy/workos";
        let template = "/organizations/{id}";
        assert!(is_sent_to(template, base, &sent(base, template, "org_1")));
        assert!(!is_sent_to(template, base, &sent(base, template, "..")));
        assert!(!is_sent_to(template, base, "/organizations/org_1"));
        assert!(is_sent_to("/events", "https://api.workos.com/", "/events"));
        assert!(!is_sent_to("/events", "https://api.workos.com", "/events/"));
    }

    #[test]
    fn unreserved_characters_are_left_alone() {
        assert_eq!(encode_path_segment("org_01AB-c.d~e"), "org_01AB-c.d~e");
        assert_eq!(encode_path_segment("a/b c\\d%"), "a%2Fb%20c%5Cd%25");
    }
}
