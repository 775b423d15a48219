//! What the generated structs' `Deserialize` impls share, so that each impl is small.
//!
//! `serde`'s derive writes, for every struct, a field enum with three visitor methods, a
//! `visit_seq` and a `visit_map`, and a wrapper type per `deserialize_with` field in each of
//! the last two. Across the client's hundreds of structs that was half of the crate's
//! compile time and most of the code the SDK's build generates. Codegen writes each
//! struct's `visit_map` alone instead (see `codegen/src/lean_deserialize.rs`), and leaves the
//! rest here: finding a key's field ([`Key`]), reading a field once ([`read`], [`missing`]),
//! and the readers behind `deserialize_with` as types ([`Timestamp`], [`OptionalTimestamp`],
//! [`NullAsDefault`]). These are generic over the deserializer and the field's type, not the
//! struct, so a `String` field costs the same code in every struct.
//!
//! What the impls read is what `serde`'s derive read from a map (a JSON object): the same
//! fields, names, aliases, defaults, errors (`missing field`, `duplicate field`, unknown keys
//! skipped). A struct is not read from a sequence (a JSON array), which no WorkOS answer sends
//! and which the types' `skip_serializing_if` fields already kept from round-tripping through
//! formats that write structs as sequences.

use std::fmt;

use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, Visitor};

/// Finds the field a map key names: its index in the table, or [`UNKNOWN`]. The table holds
/// each field's name, then its aliases; the generated `visit_map` matches the index.
#[derive(Debug, Clone, Copy)]
pub struct Key(pub &'static [&'static str]);

/// The index of a key that names no field: its value is skipped.
pub const UNKNOWN: usize = usize::MAX;

impl Key {
    fn find(self, key: &[u8]) -> usize {
        self.0.iter().position(|name| name.as_bytes() == key).unwrap_or(UNKNOWN)
    }
}

impl<'de> DeserializeSeed<'de> for Key {
    type Value = usize;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<usize, D::Error> {
        deserializer.deserialize_identifier(self)
    }
}

impl Visitor<'_> for Key {
    type Value = usize;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("field identifier")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<usize, E> {
        Ok(self.find(key.as_bytes()))
    }

    fn visit_bytes<E: de::Error>(self, key: &[u8]) -> Result<usize, E> {
        Ok(self.find(key))
    }

    // A format that names fields by their position, as `serde`'s derive accepts.
    fn visit_u64<E: de::Error>(self, index: u64) -> Result<usize, E> {
        Ok(usize::try_from(index).ok().filter(|&i| i < self.0.len()).unwrap_or(UNKNOWN))
    }
}

/// Reads the value of a field into its slot; `duplicate field` if the map already gave it,
/// as `serde`'s derive says.
pub fn read<'de, A, T>(map: &mut A, slot: &mut Option<T>, field: &'static str) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    T: serde::Deserialize<'de>,
{
    if slot.is_some() {
        return Err(de::Error::duplicate_field(field));
    }
    *slot = Some(map.next_value()?);
    Ok(())
}

/// [`read`] through one of the `deserialize_with` readers (`W`), keeping the value it holds.
pub fn read_with<'de, W, A>(
    map: &mut A,
    slot: &mut Option<W::Value>,
    field: &'static str,
) -> Result<(), A::Error>
where
    A: MapAccess<'de>,
    W: Reader<'de>,
{
    if slot.is_some() {
        return Err(de::Error::duplicate_field(field));
    }
    *slot = Some(map.next_value::<W>()?.into_value());
    Ok(())
}

/// A `deserialize_with` reader as a type: reads the value its field holds.
pub trait Reader<'de>: serde::Deserialize<'de> {
    /// The field's type.
    type Value;
    /// The value read.
    fn into_value(self) -> Self::Value;
}

/// The error for the first required field the map lacked (`true` beside its name), in the
/// struct's order, as `serde`'s derive reports it.
pub fn missing<E: de::Error>(fields: &[(bool, &'static str)]) -> E {
    let first = fields.iter().find(|(missing, _)| *missing).or(fields.first());
    E::missing_field(first.map_or("", |(_, name)| name))
}

/// Skips the value of a key that names no field.
pub fn skip<'de, A: MapAccess<'de>>(map: &mut A) -> Result<(), A::Error> {
    map.next_value::<de::IgnoredAny>().map(|_| ())
}

/// Writes `expecting` for a struct named `name`, as `serde`'s derive words it.
pub fn expecting_struct(f: &mut fmt::Formatter<'_>, name: &str) -> fmt::Result {
    write!(f, "struct {name}")
}

/// A timestamp field: [`crate::timestamp::deserialize`] as a type.
#[derive(Debug)]
pub struct Timestamp(pub chrono::DateTime<chrono::Utc>);

impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::timestamp::deserialize(deserializer).map(Timestamp)
    }
}

impl Reader<'_> for Timestamp {
    type Value = chrono::DateTime<chrono::Utc>;
    fn into_value(self) -> Self::Value {
        self.0
    }
}

/// An optional timestamp field: [`crate::timestamp::option::deserialize`] as a type.
#[derive(Debug)]
pub struct OptionalTimestamp(pub Option<chrono::DateTime<chrono::Utc>>);

impl<'de> serde::Deserialize<'de> for OptionalTimestamp {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        crate::timestamp::option::deserialize(deserializer).map(OptionalTimestamp)
    }
}

impl Reader<'_> for OptionalTimestamp {
    type Value = Option<chrono::DateTime<chrono::Utc>>;
    fn into_value(self) -> Self::Value {
        self.0
    }
}

/// A collection that reads `null` as empty.
#[derive(Debug)]
pub struct NullAsDefault<T>(pub T);

impl<'de, T: serde::Deserialize<'de> + Default> serde::Deserialize<'de> for NullAsDefault<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Option::<T>::deserialize(deserializer).map(|value| NullAsDefault(value.unwrap_or_default()))
    }
}

impl<'de, T: serde::Deserialize<'de> + Default> Reader<'de> for NullAsDefault<T> {
    type Value = T;
    fn into_value(self) -> T {
        self.0
    }
}
