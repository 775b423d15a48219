//! What the generated structs' `Serialize` impls share, so that each impl is small.
//!
//! `serde`'s derive writes, for every field of every struct, a trait call and an error check
//! of its own, through a proc macro run over each struct. Codegen writes each struct's
//! `serialize` as one call per field on [`Fields`] instead (see
//! `codegen/src/lean_serialize.rs`): the error check lives here once, generic over the
//! serializer and the field's type, not the struct. What is written is what the derive wrote:
//! the same `serialize_struct`, fields, `skip_field` calls and first error.

use serde::ser::{Serialize, SerializeStruct, Serializer};

/// A struct being written: its fields go in order, and after the first error nothing more is
/// written and [`end`](Fields::end) returns that error.
pub struct Fields<S: Serializer> {
    state: Result<S::SerializeStruct, S::Error>,
}

impl<S: Serializer> Fields<S> {
    /// Starts the struct `name` of `len` fields (those written, not those skipped).
    #[inline]
    pub fn new(serializer: S, name: &'static str, len: usize) -> Self {
        Fields { state: serializer.serialize_struct(name, len) }
    }

    /// Writes the field `key`.
    #[inline]
    pub fn field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) {
        self.field_unless(false, key, value);
    }

    /// Writes the field `key`, or tells the format it is skipped (`skip_serializing_if`).
    #[inline]
    pub fn field_unless<T: ?Sized + Serialize>(&mut self, skip: bool, key: &'static str, value: &T) {
        if let Ok(state) = &mut self.state {
            let written = if skip { state.skip_field(key) } else { state.serialize_field(key, value) };
            if let Err(error) = written {
                self.state = Err(error);
            }
        }
    }

    /// Ends the struct, or returns the first error.
    #[inline]
    pub fn end(self) -> Result<S::Ok, S::Error> {
        match self.state {
            Ok(state) => state.end(),
            Err(error) => Err(error),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Thing {
        id: &'static str,
        kind: Option<u32>,
    }

    impl Serialize for Thing {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut fields = Fields::new(serializer, "Thing", 1 + usize::from(self.kind.is_some()));
            fields.field("id", self.id);
            fields.field_unless(self.kind.is_none(), "type", &self.kind);
            fields.end()
        }
    }

    #[test]
    fn fields_are_written_in_order_and_a_skipped_one_is_left_out() {
        let both = serde_json::to_string(&Thing { id: "a", kind: Some(2) }).unwrap();
        assert_eq!(both, r#"{"id":"a","type":2}"#);
        let one = serde_json::to_string(&Thing { id: "a", kind: None }).unwrap();
        assert_eq!(one, r#"{"id":"a"}"#);
    }

    /// A value whose serialization fails, to see that the first error is the one returned.
    struct Fails(&'static str);

    impl Serialize for Fails {
        fn serialize<S: Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
            Err(serde::ser::Error::custom(self.0))
        }
    }

    struct TwoFailures;

    impl Serialize for TwoFailures {
        fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
            let mut fields = Fields::new(serializer, "TwoFailures", 3);
            fields.field("a", &Fails("first"));
            fields.field("b", &Fails("second"));
            fields.field("c", &1);
            fields.end()
        }
    }

    #[test]
    fn the_first_error_is_returned_and_nothing_after_it_is_written() {
        let mut out = Vec::new();
        let error = serde_json::to_writer(&mut out, &TwoFailures).unwrap_err();
        assert_eq!(error.to_string(), "first");
        assert_eq!(String::from_utf8(out).unwrap(), r#"{"a":"#);
    }
}
