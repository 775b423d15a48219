//! The description's facts about single schemas, written through the types of
//! `workos-spec-extensions` from a type's attributes:
//! `#[schemars(transform = rust_name("kind"))]` on a field, for instance.
//!
//! Each function returns a schemars transform that merges its fact into the schema's
//! `x-workos` object ([`Property`]); several may stand on one field.

use schemars::Schema;
use workos_spec_extensions::{ENUM_VARNAMES, Extension, Property};

/// Edits the [`Property`] object of `schema`.
fn edit(schema: &mut Schema, change: impl FnOnce(&mut Property)) {
    let mut property = Property::read(schema.as_value())
        .expect("a property's `x-workos` object is only written by these transforms, through its type");
    change(&mut property);
    property.write(schema.ensure_object());
}

/// The field's Rust name, where its JSON name makes a poor one (`kind` for `type`).
pub(crate) fn rust_name(name: &'static str) -> impl FnMut(&mut Schema) {
    move |schema| edit(schema, |property| property.rust_name = Some(name.to_owned()))
}

/// Another spelling live answers use for the field, read as the same field.
pub(crate) fn alias(name: &'static str) -> impl FnMut(&mut Schema) {
    move |schema| edit(schema, |property| property.aliases.push(name.to_owned()))
}

/// The field's value is kept as JSON text, for a later step to decode into the type another
/// field decides.
pub(crate) fn raw_json() -> impl FnMut(&mut Schema) {
    |schema| edit(schema, |property| property.raw_json = true)
}

/// Deprecated by WorkOS: `successor` says what to read instead, and becomes the note of the
/// field's `#[deprecated]`. Also marks the schema `deprecated`, as JSON Schema does.
pub(crate) fn deprecated(successor: &'static str) -> impl FnMut(&mut Schema) {
    move |schema| {
        edit(schema, |property| property.deprecated = Some(successor.to_owned()));
        schema.ensure_object().insert("deprecated".to_owned(), true.into());
    }
}

/// The Rust variant of each value of a string enum, in the order of its values, where the
/// values do not make good names (a `const` list: the derive reads no array literal).
pub(crate) fn enum_varnames(names: &'static [&'static str]) -> impl FnMut(&mut Schema) {
    move |schema| {
        schema.ensure_object().insert(ENUM_VARNAMES.to_owned(), names.iter().copied().collect());
    }
}
