//! Locating a decode failure in a JSON body without decoding it again.
//!
//! serde_json reports a line and column; a small scanner turns that into the JSON path of the
//! value (`data[3].state`) and a short excerpt in which every string value is masked (any of
//! them may be a credential: an API key's `value`, a TOTP `uri`, a link that signs someone
//! in). Being non-generic, this costs nothing per response type. Its memory does not grow
//! with the body: the path keeps [`MAX_DEPTH`] levels and counts the rest, keys are kept as
//! positions in the body, and the excerpt copies only its own bytes.

/// How many levels of nesting a path names; deeper ones are counted, not kept.
const MAX_DEPTH: usize = 32;

/// The longest object key a path shows, in bytes.
const MAX_KEY: usize = 64;

/// How many bytes of body an excerpt shows on each side of the failure.
const CONTEXT: usize = 40;

/// The byte offset of serde_json's 1-based `line` and `column` in `body`.
pub(crate) fn offset_of(body: &[u8], line: usize, column: usize) -> usize {
    let mut offset = 0;
    for _ in 1..line {
        match body[offset..].iter().position(|&b| b == b'\n') {
            Some(newline) => offset += newline + 1,
            None => return body.len(),
        }
    }
    offset.saturating_add(column.saturating_sub(1)).min(body.len())
}

enum Frame {
    /// An object, with the position of the key whose value is being read.
    Object {
        key: Option<(usize, usize)>,
        expecting_key: bool,
    },
    Array {
        index: usize,
    },
}

/// Where a scan stopped: the first [`MAX_DEPTH`] levels, and how many more there are.
struct Nesting {
    frames: Vec<Frame>,
    deeper: usize,
}

/// Walks `body` up to `end`, calling `on_value(start, end)` for every string that is not an
/// object key (or may not be one, below [`MAX_DEPTH`]).
fn scan(body: &[u8], end: usize, mut on_value: impl FnMut(usize, usize)) -> Nesting {
    let mut nesting = Nesting { frames: Vec::new(), deeper: 0 };
    let end = end.min(body.len());
    let mut i = 0;
    while i < end {
        match body[i] {
            open @ (b'{' | b'[') => {
                if nesting.frames.len() < MAX_DEPTH && nesting.deeper == 0 {
                    nesting.frames.push(if open == b'{' {
                        Frame::Object { key: None, expecting_key: true }
                    } else {
                        Frame::Array { index: 0 }
                    });
                } else {
                    nesting.deeper += 1;
                }
            }
            b'}' | b']' => {
                if nesting.deeper > 0 {
                    nesting.deeper -= 1;
                } else {
                    nesting.frames.pop();
                }
            }
            b',' if nesting.deeper == 0 => match nesting.frames.last_mut() {
                Some(Frame::Array { index }) => *index += 1,
                Some(Frame::Object { key, expecting_key }) => {
                    *key = None;
                    *expecting_key = true;
                }
                None => {}
            },
            b'"' => {
                let start = i + 1;
                let mut j = start;
                while j < body.len() && body[j] != b'"' {
                    j += if body[j] == b'\\' { 2 } else { 1 };
                }
                let stop = j.min(body.len());
                match nesting.frames.last_mut() {
                    Some(Frame::Object { key, expecting_key }) if *expecting_key && nesting.deeper == 0 => {
                        *key = Some((start, stop));
                        *expecting_key = false;
                    }
                    _ => on_value(start, stop),
                }
                i = j;
            }
            _ => {}
        }
        i += 1;
    }
    nesting
}

/// The JSON path of the value at `offset`, such as `data[3].state` (`$` for the root).
/// serde_json reports an object-level failure (a missing field) just after the object's
/// closing brace: that names the object itself, not its last field.
pub(crate) fn path_at(body: &[u8], offset: usize) -> String {
    let brace = if body.get(offset) == Some(&b'}') {
        Some(offset)
    } else if offset > 0 && body.get(offset - 1) == Some(&b'}') {
        Some(offset - 1)
    } else {
        None
    };
    let closes_object = brace.is_some();
    let end = brace.unwrap_or(offset);
    let mut nesting = scan(body, end, |_, _| {});
    if closes_object
        && nesting.deeper == 0
        && let Some(Frame::Object { key, .. }) = nesting.frames.last_mut()
    {
        *key = None;
    }
    let mut path = String::new();
    for frame in &nesting.frames {
        match frame {
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
            Frame::Object { key: Some((start, end)), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                let key = &body[*start..*end];
                path.push_str(&String::from_utf8_lossy(&key[..key.len().min(MAX_KEY)]));
                if key.len() > MAX_KEY {
                    path.push_str("...");
                }
            }
            Frame::Object { key: None, .. } => {}
        }
    }
    if nesting.deeper > 0 {
        path.push_str(&format!("...({} levels deeper)", nesting.deeper));
    }
    if path.is_empty() { "$".into() } else { path }
}

/// A short excerpt of `body` around `offset`, every string value masked with `*`.
pub(crate) fn snippet(body: &[u8], offset: usize) -> String {
    let offset = offset.min(body.len());
    let from = offset.saturating_sub(CONTEXT);
    let to = offset.saturating_add(CONTEXT).min(body.len());
    let mut window = body[from..to].to_vec();
    scan(body, to, |start, end| {
        for position in start.max(from)..end.min(to) {
            window[position - from] = b'*';
        }
    });
    let mut text = String::from_utf8_lossy(&window).into_owned();
    if from > 0 {
        text.insert_str(0, "...");
    }
    if to < body.len() {
        text.push_str("...");
    }
    text
}

/// serde's message about a value, with the value masked: serde quotes an offending string
/// (`invalid type: string "sk_live_...", expected a boolean`) and names an unknown variant
/// in backquotes. Field names, also in backquotes, stay.
pub(crate) fn mask_message(message: &str) -> String {
    const MAX_MESSAGE: usize = 200;
    const VARIANT: &str = "unknown variant `";
    let (mut masked, rest) = match message.strip_prefix(VARIANT) {
        Some(rest) => (format!("{VARIANT}***"), rest.find('`').map_or("", |end| &rest[end..])),
        None => (String::new(), message),
    };
    let mut in_string = false;
    let mut escaped = false;
    for c in rest.chars() {
        if masked.len() >= MAX_MESSAGE {
            masked.push_str("...");
            return masked;
        }
        if !in_string {
            masked.push(c);
            in_string = c == '"';
        } else if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if c == '"' {
            masked.push_str("***\"");
            in_string = false;
        }
    }
    if in_string {
        masked.push_str("***");
    }
    masked
}

#[cfg(test)]
mod tests {
    use super::*;

    fn locate(body: &str) -> (String, String) {
        let err = serde_json::from_str::<Vec<std::collections::BTreeMap<String, u32>>>(body).unwrap_err();
        let offset = offset_of(body.as_bytes(), err.line(), err.column());
        (path_at(body.as_bytes(), offset), snippet(body.as_bytes(), offset))
    }

    #[test]
    fn names_the_failing_value() {
        let (path, _) = locate(r#"[{"a": 1}, {"b": 2, "c": "three"}]"#);
        assert_eq!(path, "[1].c");
    }

    #[test]
    fn a_missing_field_names_its_object() {
        let body = br#"{"data": [{"a": 1}, {"b": 2}]}"#;
        let err = serde_json::from_slice::<std::collections::BTreeMap<String, Vec<Needs>>>(body).unwrap_err();
        let offset = offset_of(body, err.line(), err.column());
        assert_eq!(path_at(body, offset), "data[1]");
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Needs {
        a: u32,
    }

    #[test]
    fn works_across_lines() {
        let (path, _) = locate("[\n  {\"a\": 1},\n  {\"b\": true}\n]");
        assert_eq!(path, "[1].b");
    }

    #[test]
    fn masks_every_string_value_in_the_excerpt() {
        let body = r#"[{"access_token": "eyJhbGciOi.secret.value", "value": "sk_test_new", "n": "x"}]"#;
        let (_, snippet) = locate(body);
        assert!(!snippet.contains("eyJhbGciOi"), "{snippet}");
        assert!(!snippet.contains("sk_test_new"), "{snippet}");
        assert!(snippet.contains("access_token") && snippet.contains("value"), "keys stay: {snippet}");
    }

    #[test]
    fn masks_a_string_the_excerpt_starts_inside_of() {
        let body = format!(
            r#"{{"uri": "otpauth://totp/{}?secret=JBSWY3DPEHPK3PXP", "n": [true, "x"]}}"#,
            "a".repeat(60)
        );
        let offset = body.find("true").unwrap();
        let snippet = snippet(body.as_bytes(), offset);
        assert!(!snippet.contains("JBSWY3DP") && !snippet.contains("aaa"), "{snippet}");
        assert!(snippet.contains("true"), "{snippet}");
    }

    #[test]
    fn deep_nesting_costs_a_bounded_path() {
        let depth = 200_000;
        let mut body = "{\"a\":".repeat(depth).into_bytes();
        body.extend_from_slice(b"1");
        let path = path_at(&body, body.len());
        assert!(path.starts_with("a.a.a"), "{path}");
        assert!(
            path.ends_with(&format!("...({} levels deeper)", depth - MAX_DEPTH)),
            "{}",
            &path[path.len() - 40..]
        );
        assert!(path.len() < 200, "{} bytes", path.len());
        let long_key = format!("{{\"{}\": [1, {{\"b\": x", "k".repeat(10_000));
        let path = path_at(long_key.as_bytes(), long_key.len() - 1);
        assert!(path.len() < 100 && path.ends_with("[1].b"), "{path}");
    }

    #[test]
    fn messages_lose_their_quoted_values() {
        assert_eq!(
            mask_message(r#"invalid type: string "sk_live_1\"2", expected a boolean at line 1 column 9"#),
            r#"invalid type: string "***", expected a boolean at line 1 column 9"#
        );
        assert_eq!(
            mask_message("unknown variant `totp:abc`, expected `x` or `y`"),
            "unknown variant `***`, expected `x` or `y`"
        );
        assert_eq!(mask_message("missing field `id`"), "missing field `id`");
        assert_eq!(mask_message("missing field"), "missing field");
        assert!(mask_message(&"x".repeat(10_000)).len() < 210);
    }

    #[test]
    fn never_panics_on_arbitrary_bytes() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            state
        };
        let alphabet = b"{}[]\",:\\ab\n\xc3\xa9\xff";
        for _ in 0..5_000 {
            let len = (next() % 64) as usize;
            let body: Vec<u8> =
                (0..len).map(|_| alphabet[(next() % alphabet.len() as u64) as usize]).collect();
            let offset = (next() % (len as u64 + 100)) as usize;
            let _ = path_at(&body, offset);
            let _ = snippet(&body, offset);
            let _ = offset_of(&body, (next() % 5) as usize, (next() % 80) as usize);
            let _ = crate::error::ApiError::new(400, None, None, bytes::Bytes::from(body));
        }
    }

    #[test]
    fn never_panics_on_truncated_input() {
        for body in ["", "{", "[\"", "{\"a\":\"\\", "\u{00e9}\"", "[1,"] {
            let end = body.len();
            let _ = path_at(body.as_bytes(), end);
            let _ = snippet(body.as_bytes(), end);
            let _ = offset_of(body.as_bytes(), 9, 9);
        }
    }
}
