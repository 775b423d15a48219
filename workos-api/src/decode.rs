//! Decoding JSON within a memory budget.
//!
//! A body's length says little about what decoding it builds: `[[],[],…]` is three bytes an
//! element on the wire and a 32-byte `serde_json::Value` in memory (64 once the vector has
//! doubled), so a body within the size limit could still take twenty times its length or
//! more (a list of objects with nothing but empty required fields: over thirty). This
//! decoder wraps serde_json's and charges what each value adds as it is built: the elements
//! of a sequence their size as a `Vec` holding them grows (doubling), every map key and map
//! value its size, each of them [`PER_VALUE`] more, and every string the memory the allocator
//! gives it. When the budget is spent, decoding stops there with
//! [`DecodeFailure::TooLarge`].
//!
//! The charge is made where serde asks for a value (`next_element_seed`, `next_key_seed`,
//! `next_value_seed`), where the value's type, and so its size, is known; what a type builds
//! from a string (a timestamp, an enum) costs no more than the string. The fields of a struct,
//! a tuple or an enum variant live inside it and are not charged again, only what they own
//! (their strings, elements and entries); the one thing that leaves uncharged is a `Box` a
//! struct holds, which the generated types never do.

use std::cell::Cell;
use std::fmt;

use serde::de::{
    self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, VariantAccess, Visitor,
};

/// How many bytes decoding may build for each byte a body may have: with the default 16 MiB
/// limit, 32 MiB. Real answers build two to five times their length (a page of organizations
/// 2.2, a page of directory users with their raw attributes 4.6: `serde_json::Value`s are
/// large), and the default limit is fifty times the largest page, so they stay far from it;
/// a body of tiny values builds more than thirty times its length, and is stopped here.
pub const DECODED_BYTES_PER_BODY_BYTE: usize = 2;

/// How many bytes decoding JSON that came with no limit of its own may build per byte of it
/// ([`payload_budget`]): more than the densest real objects (6, for raw attributes read as
/// `serde_json::Value`s).
pub const PAYLOAD_BYTES_PER_BYTE: usize = 8;

/// The least budget [`payload_budget`] gives: small JSON objects build more than their
/// length per byte (`{"tier":"pro"}` as a map is charged ten times its 14 bytes).
pub const MIN_PAYLOAD_BUDGET: usize = 128 * 1024;

/// What each element, map key and map value costs beyond its own size: the allocator's
/// bookkeeping for the memory it may own, and the room a map's nodes keep spare.
pub const PER_VALUE: usize = 16;

/// The budget for decoding a body of at most `max_body` bytes.
pub fn decode_budget(max_body: usize) -> usize {
    max_body.saturating_mul(DECODED_BYTES_PER_BODY_BYTE)
}

/// The budget for JSON that came with no limit of its own (a webhook's body, an event's data,
/// an Actions request), `len` bytes of it: [`PAYLOAD_BYTES_PER_BYTE`] times that, and at
/// least [`MIN_PAYLOAD_BUDGET`].
pub fn payload_budget(len: usize) -> usize {
    len.saturating_mul(PAYLOAD_BYTES_PER_BYTE).max(MIN_PAYLOAD_BUDGET)
}

/// Why [`decode_json`] failed.
#[derive(Debug)]
pub enum DecodeFailure {
    /// The JSON is not valid, or not of the type asked for.
    Invalid(serde_json::Error),
    /// Decoding would build more than the budget; it stopped when the budget was spent.
    TooLarge(DecodedTooLarge),
}

impl fmt::Display for DecodeFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DecodeFailure::Invalid(error) => error.fmt(f),
            DecodeFailure::TooLarge(too_large) => too_large.fmt(f),
        }
    }
}

impl std::error::Error for DecodeFailure {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            DecodeFailure::Invalid(error) => Some(error),
            DecodeFailure::TooLarge(too_large) => Some(too_large),
        }
    }
}

/// A body whose decoded value would take more than the budget.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DecodedTooLarge {
    /// The budget, in bytes.
    pub budget: usize,
}

/// How [`DecodedTooLarge`] reads; progenitor's error type carries it as a message.
const MESSAGE: &str = "decoding the response body would build more than its budget of ";

impl DecodedTooLarge {
    /// Recognises the message of a [`progenitor_client::Error::Custom`] made from this error.
    pub fn from_message(message: &str) -> Option<DecodedTooLarge> {
        let budget = message.strip_prefix(MESSAGE)?.strip_suffix(" bytes")?.parse().ok()?;
        Some(DecodedTooLarge { budget })
    }
}

impl fmt::Display for DecodedTooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{MESSAGE}{} bytes", self.budget)
    }
}

impl std::error::Error for DecodedTooLarge {}

/// Decodes `json` as a `T`, building at most `budget` bytes (as charged above).
pub fn decode_json<'de, T: de::Deserialize<'de>>(json: &'de [u8], budget: usize) -> Result<T, DecodeFailure> {
    decode_with(serde_json::Deserializer::from_slice(json), budget)
}

/// [`decode_json`] for text already known to be UTF-8, which is then not checked again (as
/// `serde_json::from_str` does not).
pub fn decode_json_str<'de, T: de::Deserialize<'de>>(
    json: &'de str,
    budget: usize,
) -> Result<T, DecodeFailure> {
    decode_with(serde_json::Deserializer::from_str(json), budget)
}

fn decode_with<'de, R, T>(mut json_de: serde_json::Deserializer<R>, budget: usize) -> Result<T, DecodeFailure>
where
    R: serde_json::de::Read<'de>,
    T: de::Deserialize<'de>,
{
    let meter = Meter { left: Cell::new(budget), spent: Cell::new(false) };
    let decoded = T::deserialize(Metered { inner: &mut json_de, meter: &meter }).and_then(|value| {
        json_de.end()?;
        Ok(value)
    });
    // Checked first: a type that swallows an error (and so the budget's) is still refused.
    if meter.spent.get() {
        return Err(DecodeFailure::TooLarge(DecodedTooLarge { budget }));
    }
    decoded.map_err(DecodeFailure::Invalid)
}

/// What is left of the budget.
struct Meter {
    left: Cell<usize>,
    /// Set once a charge did not fit; every later one fails too.
    spent: Cell<bool>,
}

impl Meter {
    #[inline(always)]
    fn charge<E: de::Error>(&self, bytes: usize) -> Result<(), E> {
        match self.left.get().checked_sub(bytes) {
            Some(left) => {
                self.left.set(left);
                Ok(())
            }
            None => self.spent_out(),
        }
    }

    #[cold]
    #[inline(never)]
    fn spent_out<E: de::Error>(&self) -> Result<(), E> {
        self.left.set(0);
        self.spent.set(true);
        Err(E::custom("the decoded value is larger than its budget"))
    }
}

/// The deserializer, handing every visitor a metered one.
struct Metered<'m, T> {
    inner: T,
    meter: &'m Meter,
}

impl<'m, T> Metered<'m, T> {
    #[inline(always)]
    fn wrap<U>(&self, inner: U) -> Metered<'m, U> {
        Metered { inner, meter: self.meter }
    }
}

/// The same wrapper as a visitor or an access (one type, because each role is one trait impl
/// bounded on what it wraps). `INLINE`: the values visited are the fields of a struct, a
/// tuple or an enum variant, which live inside it: they are not charged their size again,
/// only what they build in turn.
struct Visiting<'m, T, const INLINE: bool>(Metered<'m, T>);

macro_rules! forward_deserialize {
    ($inline:literal: $($method:ident $(($($arg:ident: $ty:ty),*))?;)*) => {$(
        #[inline(always)]
        fn $method<V: Visitor<'de>>(self, $($($arg: $ty,)*)? visitor: V) -> Result<V::Value, D::Error> {
            let visitor = Visiting::<V, $inline>(self.wrap(visitor));
            self.inner.$method($($($arg,)*)? visitor)
        }
    )*};
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Metered<'_, D> {
    type Error = D::Error;

    forward_deserialize! { false:
        deserialize_any;
        deserialize_bool;
        deserialize_i8;
        deserialize_i16;
        deserialize_i32;
        deserialize_i64;
        deserialize_i128;
        deserialize_u8;
        deserialize_u16;
        deserialize_u32;
        deserialize_u64;
        deserialize_u128;
        deserialize_f32;
        deserialize_f64;
        deserialize_char;
        deserialize_str;
        deserialize_string;
        deserialize_bytes;
        deserialize_byte_buf;
        deserialize_option;
        deserialize_unit;
        deserialize_unit_struct(name: &'static str);
        deserialize_newtype_struct(name: &'static str);
        deserialize_seq;
        deserialize_map;
        deserialize_enum(name: &'static str, variants: &'static [&'static str]);
        deserialize_identifier;
        deserialize_ignored_any;
    }

    forward_deserialize! { true:
        deserialize_tuple(len: usize);
        deserialize_tuple_struct(name: &'static str, len: usize);
        deserialize_struct(name: &'static str, fields: &'static [&'static str]);
    }

    fn is_human_readable(&self) -> bool {
        self.inner.is_human_readable()
    }
}

macro_rules! forward_visit {
    ($($method:ident($ty:ty);)*) => {$(
        #[inline(always)]
        fn $method<E: de::Error>(self, v: $ty) -> Result<Self::Value, E> {
            self.0.inner.$method(v)
        }
    )*};
}

macro_rules! charge_visit {
    ($($method:ident($ty:ty);)*) => {$(
        #[inline(always)]
        fn $method<E: de::Error>(self, v: $ty) -> Result<Self::Value, E> {
            self.0.meter.charge::<E>(allocation(v.len()))?;
            self.0.inner.$method(v)
        }
    )*};
}

/// What the allocator takes for `len` bytes: a header of 8 bytes, rounded up to 16, and 32 at
/// least (glibc's rule; others are close).
#[inline(always)]
fn allocation(len: usize) -> usize {
    if len == 0 { 0 } else { len.saturating_add(8 + 15).max(32) & !15 }
}

impl<'de, V: Visitor<'de>, const INLINE: bool> Visitor<'de> for Visiting<'_, V, INLINE> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.inner.expecting(f)
    }

    forward_visit! {
        visit_bool(bool);
        visit_i8(i8);
        visit_i16(i16);
        visit_i32(i32);
        visit_i64(i64);
        visit_i128(i128);
        visit_u8(u8);
        visit_u16(u16);
        visit_u32(u32);
        visit_u64(u64);
        visit_u128(u128);
        visit_f32(f32);
        visit_f64(f64);
        visit_char(char);
    }

    // A string or byte string may be copied into the value: its allocation is charged.
    charge_visit! {
        visit_str(&str);
        visit_borrowed_str(&'de str);
        visit_string(String);
        visit_bytes(&[u8]);
        visit_borrowed_bytes(&'de [u8]);
        visit_byte_buf(Vec<u8>);
    }

    #[inline(always)]
    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.0.inner.visit_none()
    }

    #[inline(always)]
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.0.inner.visit_unit()
    }

    #[inline(always)]
    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        let deserializer = self.0.wrap(deserializer);
        self.0.inner.visit_some(deserializer)
    }

    #[inline(always)]
    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        let deserializer = self.0.wrap(deserializer);
        self.0.inner.visit_newtype_struct(deserializer)
    }

    #[inline(always)]
    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        let seq = Elements::<A, INLINE> { access: self.0.wrap(seq), len: 0, capacity: 0 };
        self.0.inner.visit_seq(seq)
    }

    #[inline(always)]
    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        let map = Visiting::<A, INLINE>(self.0.wrap(map));
        self.0.inner.visit_map(map)
    }

    #[inline(always)]
    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
        let data = Visiting::<A, INLINE>(self.0.wrap(data));
        self.0.inner.visit_enum(data)
    }
}

/// A seed whose value is metered; with `CHARGED`, its size is charged before it is built.
struct Seed<'m, S, const CHARGED: bool>(Metered<'m, S>);

impl<'de, S: DeserializeSeed<'de>, const CHARGED: bool> DeserializeSeed<'de> for Seed<'_, S, CHARGED> {
    type Value = S::Value;

    #[inline(always)]
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
        // A value of no size (an ignored field) builds nothing.
        let size = std::mem::size_of::<S::Value>();
        if CHARGED && size > 0 {
            self.0.meter.charge::<D::Error>(size + PER_VALUE)?;
        }
        let deserializer = self.0.wrap(deserializer);
        self.0.inner.deserialize(deserializer)
    }
}

/// A sequence's access. Unless `INLINE`, its elements are charged as a `Vec` holding them
/// would grow: room for twice as many whenever it is full, as `Vec` does, at least 4.
struct Elements<'m, A, const INLINE: bool> {
    access: Metered<'m, A>,
    len: usize,
    capacity: usize,
}

impl<'de, A: SeqAccess<'de>, const INLINE: bool> SeqAccess<'de> for Elements<'_, A, INLINE> {
    type Error = A::Error;

    #[inline(always)]
    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, A::Error> {
        let element = self.access.inner.next_element_seed(Seed::<T, false>(self.access.wrap(seed)))?;
        let size = std::mem::size_of::<T::Value>();
        if !INLINE && size > 0 && element.is_some() {
            self.len += 1;
            let mut charge = PER_VALUE;
            if self.len > self.capacity {
                let grown = self.capacity.saturating_mul(2).max(4);
                charge = charge.saturating_add((grown - self.capacity).saturating_mul(size));
                self.capacity = grown;
            }
            self.access.meter.charge::<A::Error>(charge)?;
        }
        Ok(element)
    }

    fn size_hint(&self) -> Option<usize> {
        self.access.inner.size_hint()
    }
}

impl<'de, A: MapAccess<'de>, const INLINE: bool> MapAccess<'de> for Visiting<'_, A, INLINE> {
    type Error = A::Error;

    #[inline(always)]
    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, A::Error> {
        if INLINE {
            // A struct's keys are its field names, which build nothing.
            self.0.inner.next_key_seed(seed)
        } else {
            self.0.inner.next_key_seed(Seed::<K, true>(self.0.wrap(seed)))
        }
    }

    #[inline(always)]
    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        if INLINE {
            self.0.inner.next_value_seed(Seed::<V, false>(self.0.wrap(seed)))
        } else {
            self.0.inner.next_value_seed(Seed::<V, true>(self.0.wrap(seed)))
        }
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.inner.size_hint()
    }
}

impl<'de, 'm, A: EnumAccess<'de>, const INLINE: bool> EnumAccess<'de> for Visiting<'m, A, INLINE> {
    type Error = A::Error;
    // What a variant holds lives inside the enum.
    type Variant = Visiting<'m, A::Variant, true>;

    #[inline(always)]
    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Self::Variant), A::Error> {
        // The variant's name is an identifier: nothing to charge.
        let meter = self.0.meter;
        let (value, variant) = self.0.inner.variant_seed(seed)?;
        Ok((value, Visiting(Metered { inner: variant, meter })))
    }
}

impl<'de, A: VariantAccess<'de>> VariantAccess<'de> for Visiting<'_, A, true> {
    type Error = A::Error;

    #[inline(always)]
    fn unit_variant(self) -> Result<(), A::Error> {
        self.0.inner.unit_variant()
    }

    #[inline(always)]
    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, A::Error> {
        let seed = Seed::<S, false>(self.0.wrap(seed));
        self.0.inner.newtype_variant_seed(seed)
    }

    #[inline(always)]
    fn tuple_variant<V: Visitor<'de>>(self, len: usize, visitor: V) -> Result<V::Value, A::Error> {
        let visitor = Visiting::<V, true>(self.0.wrap(visitor));
        self.0.inner.tuple_variant(len, visitor)
    }

    #[inline(always)]
    fn struct_variant<V: Visitor<'de>>(
        self,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, A::Error> {
        let visitor = Visiting::<V, true>(self.0.wrap(visitor));
        self.0.inner.struct_variant(fields, visitor)
    }
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use serde::Deserialize;
    use serde_json::Value;

    use super::*;

    const PLENTY: usize = usize::MAX;

    #[derive(Debug, Deserialize, PartialEq)]
    enum Shape {
        Unit,
        Newtype(u32),
        Tuple(u8, u8),
        Struct { side: u32 },
    }

    #[derive(Debug, Deserialize)]
    struct Everything<'a> {
        text: String,
        #[serde(default)]
        maybe: Option<Vec<u8>>,
        shapes: Vec<Shape>,
        map: BTreeMap<String, i64>,
        any: Value,
        raw: Box<serde_json::value::RawValue>,
        #[serde(borrow)]
        borrowed: &'a serde_json::value::RawValue,
    }

    const EVERYTHING: &str = r#"{"text":"a\"b","maybe":[1,2],"ignored":{"deep":[1,[2]]},
        "shapes":["Unit",{"Newtype":7},{"Tuple":[1,2]},{"Struct":{"side":3}}],
        "map":{"x":-1,"y":2},"any":{"k":[null,true,1.5,"s"]},"raw":[1, 2],"borrowed":{"a" : 1}}"#;

    #[test]
    fn decodes_as_serde_json_does() {
        let ours: Everything<'_> = decode_json(EVERYTHING.as_bytes(), PLENTY).unwrap();
        let theirs: Everything<'_> = serde_json::from_str(EVERYTHING).unwrap();
        assert_eq!(ours.text, theirs.text);
        assert_eq!(ours.maybe, theirs.maybe);
        assert_eq!(ours.shapes, theirs.shapes);
        assert_eq!(ours.map, theirs.map);
        assert_eq!(ours.any, theirs.any);
        assert_eq!(ours.raw.get(), "[1, 2]");
        assert_eq!(ours.borrowed.get(), r#"{"a" : 1}"#);
        let from_str: Everything<'_> = decode_json_str(EVERYTHING, PLENTY).unwrap();
        assert_eq!((from_str.text, from_str.any), (theirs.text, theirs.any));
        let tiny = format!("[{}[]]", "[],".repeat(1_000));
        assert!(matches!(decode_json_str::<Value>(&tiny, 1_000), Err(DecodeFailure::TooLarge(_))));
    }

    #[test]
    fn errors_are_serde_jsons_with_their_position() {
        for body in [&b"{\"text\":1}"[..], b"[1,", b"{} trailing", b""] {
            let ours = decode_json::<Everything<'_>>(body, PLENTY).unwrap_err();
            let theirs = serde_json::from_slice::<Everything<'_>>(body).unwrap_err();
            let DecodeFailure::Invalid(ours) = ours else { panic!("{ours:?}") };
            assert_eq!(ours.to_string(), theirs.to_string());
            assert_eq!((ours.line(), ours.column()), (theirs.line(), theirs.column()));
        }
    }

    /// What `count` elements of `size` bytes are charged: a `Vec`'s capacity as it doubles
    /// from 4, and [`PER_VALUE`] each.
    fn elements(size: usize, count: usize) -> usize {
        let capacity = if count == 0 { 0 } else { count.next_power_of_two().max(4) };
        capacity * size + count * PER_VALUE
    }

    #[test]
    fn tiny_values_spend_the_budget() {
        // 30 000 empty arrays: 90 KB of JSON, 1 MB of `Value`s once the vector has grown.
        let body = format!("[{}[]]", "[],".repeat(30_000));
        let budget = 100_000;
        let failure = decode_json::<Value>(body.as_bytes(), budget).unwrap_err();
        assert!(matches!(failure, DecodeFailure::TooLarge(DecodedTooLarge { budget: 100_000 })), "{failure}");
        let charge = elements(std::mem::size_of::<Value>(), 30_001);
        assert!(decode_json::<Value>(body.as_bytes(), charge).is_ok());
        assert!(decode_json::<Value>(body.as_bytes(), charge - 1).is_err());

        // Map keys and values are charged, and what their strings allocate.
        let body = br#"{"abc":"defg"}"#;
        let charge = 2 * (std::mem::size_of::<String>() + PER_VALUE) + 32 + 32;
        assert!(decode_json::<BTreeMap<String, String>>(body, charge).is_ok());
        assert!(decode_json::<BTreeMap<String, String>>(body, charge - 1).is_err());
    }

    #[test]
    fn a_swallowed_failure_is_still_too_large() {
        /// Reads a list, keeping nothing when it fails (as a lenient field might).
        struct Lenient;
        impl<'de> Deserialize<'de> for Lenient {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let _ = Vec::<String>::deserialize(d);
                Ok(Lenient)
            }
        }
        let failure = decode_json::<Lenient>(br#"["a","b","c"]"#, 50).err();
        assert!(matches!(failure, Some(DecodeFailure::TooLarge(_))), "{failure:?}");
    }

    #[test]
    fn ignored_values_cost_nothing() {
        #[derive(Deserialize)]
        struct Nothing {}
        let body = format!(r#"{{"skipped":[{}0]}}"#, "[],".repeat(10_000));
        assert!(decode_json::<Nothing>(body.as_bytes(), 0).is_ok());
    }

    #[test]
    fn fields_are_charged_what_they_own_not_their_size() {
        #[derive(Deserialize)]
        #[allow(dead_code)]
        struct Fields {
            text: String,
            numbers: Vec<u32>,
            pair: (String, u8),
        }
        let body = br#"{"text":"xy","numbers":[1,2],"pair":["abc",1]}"#;
        // The two strings' allocations, and the vector's.
        let charge = 32 + 32 + elements(std::mem::size_of::<u32>(), 2);
        assert!(decode_json::<Fields>(body, charge).is_ok());
        assert!(decode_json::<Fields>(body, charge - 1).is_err());
    }

    #[test]
    fn allocations_are_rounded_as_the_allocator_does() {
        assert_eq!([0, 1, 24, 25, 40, 1000].map(allocation), [0, 32, 32, 48, 48, 1008]);
        assert_eq!(allocation(usize::MAX), usize::MAX & !15);
    }

    #[test]
    fn the_message_is_recognised() {
        let error = DecodedTooLarge { budget: 1234 };
        assert_eq!(DecodedTooLarge::from_message(&error.to_string()), Some(error));
        assert_eq!(DecodedTooLarge::from_message("something else"), None);
    }
}
