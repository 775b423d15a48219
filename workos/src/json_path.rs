//! Locating a decode failure in a JSON body without decoding it again.
//!
//! serde_json reports a line and column; a small scanner turns that into the JSON path of the
//! value (`data[3].state`) and a short excerpt in which credentials are masked. Being
//! non-generic, this costs nothing per response type.

/// Keys whose string values are credentials and never appear in an excerpt.
const SECRET_WORDS: [&str; 6] = ["token", "secret", "password", "key", "cookie", "code"];

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
    (offset + column.saturating_sub(1)).min(body.len())
}

enum Frame {
    Object { key: Option<String>, expecting_key: bool },
    Array { index: usize },
}

/// Walks `body` up to `end`, calling `on_string(start, end, key)` for every string value.
fn scan(body: &[u8], end: usize, mut on_string: impl FnMut(usize, usize, Option<&str>)) -> Vec<Frame> {
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    while i < end.min(body.len()) {
        match body[i] {
            b'{' => stack.push(Frame::Object { key: None, expecting_key: true }),
            b'[' => stack.push(Frame::Array { index: 0 }),
            b'}' | b']' => {
                stack.pop();
            }
            b',' => match stack.last_mut() {
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
                let text = String::from_utf8_lossy(&body[start..j.min(body.len())]).into_owned();
                match stack.last_mut() {
                    Some(Frame::Object { key, expecting_key }) if *expecting_key => {
                        *key = Some(text);
                        *expecting_key = false;
                    }
                    Some(Frame::Object { key, .. }) => on_string(start, j, key.as_deref()),
                    _ => on_string(start, j, None),
                }
                i = j;
            }
            _ => {}
        }
        i += 1;
    }
    stack
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
    let mut stack = scan(body, end, |_, _, _| {});
    if closes_object && let Some(Frame::Object { key, .. }) = stack.last_mut() {
        *key = None;
    }
    let mut path = String::new();
    for frame in &stack {
        match frame {
            Frame::Array { index } => path.push_str(&format!("[{index}]")),
            Frame::Object { key: Some(key), .. } => {
                if !path.is_empty() {
                    path.push('.');
                }
                path.push_str(key);
            }
            Frame::Object { key: None, .. } => {}
        }
    }
    if path.is_empty() { "$".into() } else { path }
}

/// A short excerpt of `body` around `offset`, with credentials masked.
pub(crate) fn snippet(body: &[u8], offset: usize) -> String {
    let offset = offset.min(body.len());
    let from = offset.saturating_sub(CONTEXT);
    let to = (offset + CONTEXT).min(body.len());
    let mut masked = body[..to].to_vec();
    scan(body, to, |start, end, key| {
        let secret = key.is_some_and(|k| {
            let k = k.to_ascii_lowercase();
            SECRET_WORDS.iter().any(|w| k.contains(w))
        });
        if secret {
            for byte in &mut masked[start..end.min(to)] {
                *byte = b'*';
            }
        }
    });
    let mut text = String::from_utf8_lossy(&masked[from..to]).into_owned();
    if from > 0 {
        text.insert_str(0, "...");
    }
    if to < body.len() {
        text.push_str("...");
    }
    text
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
    fn masks_credentials_in_the_excerpt() {
        let body = r#"[{"access_token": "eyJhbGciOi.secret.value", "n": "x"}]"#;
        let (_, snippet) = locate(body);
        assert!(!snippet.contains("eyJhbGciOi"), "{snippet}");
        assert!(snippet.contains("access_token"));
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
