//! Text from outside the program (a server's error message, an event type it sent) made safe
//! to print in one line of a log or a terminal: every character that could end the line, move
//! the cursor, start a terminal escape or reorder what is shown is escaped, and the text is
//! cut to a bound. [`crate::Error`]'s `Display` writes such text through [`Printable`]; the
//! text as sent stays on the error.

use std::fmt::{self, Write as _};

/// `text` as `Display` writes it: escaped, and at most `limit` bytes of output before a
/// marker that says how long the whole was.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Printable<'a> {
    text: &'a str,
    limit: usize,
}

impl<'a> Printable<'a> {
    pub(crate) fn new(text: &'a str, limit: usize) -> Self {
        Printable { text, limit }
    }
}

/// Whether `c` is written as an escape: the C0 and C1 controls and DEL (line breaks, `ESC`
/// and the 8-bit `CSI` that start terminal sequences, `NUL`, backspace), the bidirectional
/// formatting characters (which make a terminal show text in another order than it is
/// stored), and the line and paragraph separators (line breaks to some viewers). Joiners
/// stay: scripts and emoji need them, and they move nothing.
fn escaped(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061C}' | '\u{200E}' | '\u{200F}' | '\u{2028}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// How many bytes `c` takes once written.
fn written_len(c: char) -> usize {
    match c {
        '\n' | '\r' | '\t' | '\0' => 2,
        // `\u{` hex digits `}`
        c if escaped(c) => 4 + (32 - (c as u32).leading_zeros() as usize).div_ceil(4),
        c => c.len_utf8(),
    }
}

fn write_char(f: &mut fmt::Formatter<'_>, c: char) -> fmt::Result {
    match c {
        '\n' => f.write_str("\\n"),
        '\r' => f.write_str("\\r"),
        '\t' => f.write_str("\\t"),
        '\0' => f.write_str("\\0"),
        c if escaped(c) => write!(f, "\\u{{{:x}}}", c as u32),
        c => f.write_char(c),
    }
}

impl fmt::Display for Printable<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut written = 0;
        for c in self.text.chars() {
            let len = written_len(c);
            if written + len > self.limit {
                return write!(f, "... ({} bytes in all)", self.text.len());
            }
            write_char(f, c)?;
            written += len;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shown(text: &str, limit: usize) -> String {
        Printable::new(text, limit).to_string()
    }

    #[test]
    fn plain_text_is_written_as_it_is() {
        for text in
            ["", "Organization not found.", "Nom d'utilisateur déjà pris — 名前", "a\\nb", "\"quoted\""]
        {
            assert_eq!(shown(text, 300), text);
        }
    }

    #[test]
    fn controls_are_escaped() {
        assert_eq!(shown("a\r\nb\tc\0d", 300), "a\\r\\nb\\tc\\0d");
        assert_eq!(shown("\u{1b}[2J\u{7}\u{8}\u{7f}", 300), "\\u{1b}[2J\\u{7}\\u{8}\\u{7f}");
        // C1: NEL, and the 8-bit CSI some terminals read as `ESC [`.
        assert_eq!(shown("\u{85}\u{9b}31m", 300), "\\u{85}\\u{9b}31m");
        // Bidirectional overrides and isolates, separators, zero-width characters.
        assert_eq!(
            shown("\u{202e}txt.exe\u{202c}\u{2066}\u{2069}\u{200f}\u{61c}", 300),
            "\\u{202e}txt.exe\\u{202c}\\u{2066}\\u{2069}\\u{200f}\\u{61c}"
        );
        assert_eq!(shown("\u{2028}\u{2029}", 300), "\\u{2028}\\u{2029}");
        // Joiners are part of words and emoji.
        assert_eq!(shown("👩\u{200d}💻 می\u{200c}خواهم", 300), "👩\u{200d}💻 می\u{200c}خواهم");
    }

    #[test]
    fn every_character_of_the_output_is_printable_on_one_line() {
        let every: String = (0..=0x10FFFFu32).filter_map(char::from_u32).collect();
        let out = shown(&every, usize::MAX);
        assert!(out.chars().all(|c| !escaped(c)), "nothing escapable is left");
    }

    #[test]
    fn the_output_is_bounded_and_says_how_long_the_text_was() {
        let long = "x".repeat(65_536);
        let out = shown(&long, 300);
        assert_eq!(out, format!("{}... (65536 bytes in all)", "x".repeat(300)));
        // Escapes count at their written length, so that a text of controls is bounded too.
        let out = shown(&"\u{1b}".repeat(1000), 300);
        assert_eq!(out, format!("{}... (1000 bytes in all)", "\\u{1b}".repeat(50)));
        // A cut never splits a character.
        let out = shown(&"é".repeat(200), 301);
        assert_eq!(out, format!("{}... (400 bytes in all)", "é".repeat(150)));
        assert_eq!(shown("exactly", 7), "exactly");
    }

    #[test]
    fn written_lengths_match_what_is_written() {
        for c in ['\n', '\0', '\u{1}', '\u{1b}', '\u{9b}', '\u{202e}', '\u{2069}', 'a', 'é', '名', '🦀'] {
            assert_eq!(shown(&c.to_string(), usize::MAX).len(), written_len(c), "{c:?}");
        }
    }
}
