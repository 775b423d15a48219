//! Each generated struct's `Serialize`, written out instead of derived: one call per field on
//! the field writer every struct shares (`workos-api`'s `ser::Fields`).
//!
//! `serde`'s derive costs its proc macro's run over every struct and, per field, a trait call
//! and an error check of its own; across the client's hundreds of structs that was a fifth of
//! `workos-api`'s build. The written impl writes what the derive wrote, call for call: a
//! struct (`serialize_struct`) of the same name whose length counts the fields written, each
//! field under its JSON name (`rename`), a field whose `skip_serializing_if` holds passed to
//! `skip_field` instead, and the first error returned.
//!
//! Only the plain case is written: a struct with named fields, no generics and no serde
//! attribute of its own, whose fields use only `rename`, `alias`, `default`,
//! `deserialize_with` (which do not change what is written) and `skip_serializing_if`. Any
//! other struct keeps `serde`'s derive, so a new attribute is never silently misread. It runs
//! before `lean_deserialize`, which then sees the `Serialize` already written.

use crate::finish::types_module;
use crate::serde_derives::{plain_fields, take_derive};
use proc_macro2::TokenStream;
use quote::quote;

/// One field as it is written.
struct Field {
    ident: syn::Ident,
    json: String,
    /// The `skip_serializing_if` predicate, called with the field.
    skip_if: Option<syn::ExprPath>,
}

/// Replaces `serde`'s derived `Serialize` of every plain struct of the `types` module with a
/// written impl, appended after the struct.
pub(crate) fn write_impls(file: &mut syn::File) {
    let Some(types) = types_module(file) else { return };
    let mut out = Vec::with_capacity(types.len());
    for mut item in std::mem::take(types) {
        let written = match &mut item {
            syn::Item::Struct(s) => lean(s),
            _ => None,
        };
        out.push(item);
        out.extend(written);
    }
    *types = out;
}

/// The written impl of `s`, having taken `Serialize` out of its derive; `None` (and `s`
/// unchanged) when it is not the plain case.
fn lean(s: &mut syn::ItemStruct) -> Option<syn::Item> {
    let fields: Vec<Field> = plain_fields(s)?.iter().map(field).collect::<Option<_>>()?;
    take_derive(s, "Serialize").then(|| emit(&s.ident, &fields))
}

fn field(f: &syn::Field) -> Option<Field> {
    let ident = f.ident.clone()?;
    let mut out = Field { json: ident.to_string().trim_start_matches("r#").to_owned(), ident, skip_if: None };
    for attr in f.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            let name = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
            match name.as_str() {
                "default" if meta.input.is_empty() || meta.input.peek(syn::Token![,]) => {}
                "rename" => out.json = meta.value()?.parse::<syn::LitStr>()?.value(),
                "alias" | "deserialize_with" => {
                    meta.value()?.parse::<syn::LitStr>()?;
                }
                "skip_serializing_if" => {
                    out.skip_if = Some(meta.value()?.parse::<syn::LitStr>()?.parse::<syn::ExprPath>()?);
                }
                _ => return Err(meta.error("an attribute this pass does not write")),
            }
            Ok(())
        })
        .ok()?;
    }
    Some(out)
}

fn emit(name: &syn::Ident, fields: &[Field]) -> syn::Item {
    let name_str = name.to_string();
    // As the derive counts: every field, less those skipped this time.
    let always =
        proc_macro2::Literal::usize_unsuffixed(fields.iter().filter(|f| f.skip_if.is_none()).count());
    let sometimes = fields.iter().filter_map(|f| {
        let (ident, skip_if) = (&f.ident, f.skip_if.as_ref()?);
        Some(quote!(+ !#skip_if(&self.#ident) as usize))
    });
    let writes: Vec<TokenStream> = fields
        .iter()
        .map(|f| {
            let (ident, json) = (&f.ident, &f.json);
            match &f.skip_if {
                None => quote!(fields.field(#json, &self.#ident);),
                Some(skip_if) => quote!(fields.field_unless(#skip_if(&self.#ident), #json, &self.#ident);),
            }
        })
        .collect();
    syn::parse_quote! {
        impl ::serde::Serialize for #name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                let mut fields = crate::ser::Fields::new(serializer, #name_str, #always #(#sometimes)*);
                #(#writes)*
                fields.end()
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(item: syn::ItemStruct) -> (syn::ItemStruct, Option<syn::Item>) {
        let mut item = item;
        let written = lean(&mut item);
        (item, written)
    }

    fn derive_of(s: &syn::ItemStruct) -> Option<String> {
        s.attrs.iter().find(|a| a.path().is_ident("derive")).map(|attr| quote!(#attr).to_string())
    }

    #[test]
    fn a_plain_struct_gets_a_written_impl_and_keeps_its_other_derives_and_attributes() {
        let (s, written) = run(syn::parse_quote! {
            #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
            pub struct Thing {
                pub id: ::std::string::String,
                #[serde(rename = "type", alias = "kind", skip_serializing_if = "::std::option::Option::is_none")]
                pub kind: ::std::option::Option<::std::string::String>,
                #[serde(default, deserialize_with = "null_as_default", skip_serializing_if = "::std::vec::Vec::is_empty")]
                pub tags: ::std::vec::Vec<::std::string::String>,
            }
        });
        assert_eq!(derive_of(&s).unwrap(), quote!(#[derive(::serde::Deserialize, Clone, Debug)]).to_string());
        // `Deserialize` (derived or written next) still reads the attributes.
        assert!(s.fields.iter().skip(1).all(|f| f.attrs.iter().any(|a| a.path().is_ident("serde"))));
        let written = quote!(#written).to_string();
        for part in [
            "crate :: ser :: Fields :: new (serializer , \"Thing\" , 1 + ! :: std :: option :: Option :: is_none (& self . kind) as usize + ! :: std :: vec :: Vec :: is_empty (& self . tags) as usize)",
            "fields . field (\"id\" , & self . id) ;",
            "fields . field_unless (:: std :: option :: Option :: is_none (& self . kind) , \"type\" , & self . kind) ;",
            "fields . field_unless (:: std :: vec :: Vec :: is_empty (& self . tags) , \"tags\" , & self . tags) ;",
            "fields . end ()",
        ] {
            assert!(written.contains(part), "{part}\nnot in\n{written}");
        }
    }

    #[test]
    fn a_struct_only_sent_loses_its_serde_attributes_with_the_derive() {
        let (s, written) = run(syn::parse_quote! {
            #[derive(::serde::Serialize)]
            pub struct Body {
                #[serde(rename = "newName", skip_serializing_if = "::std::option::Option::is_none")]
                pub new: ::std::option::Option<u32>,
            }
        });
        assert!(written.is_some());
        assert!(s.attrs.is_empty());
        assert!(s.fields.iter().all(|f| f.attrs.is_empty()));
        assert!(quote!(#written).to_string().contains("\"newName\""));
    }

    #[test]
    fn anything_else_keeps_the_derive() {
        for item in [
            syn::parse_quote! {
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub struct Flat { #[serde(flatten)] pub rest: ::serde_json::Value }
            },
            syn::parse_quote! {
                #[derive(::serde::Serialize)]
                pub struct Written { #[serde(serialize_with = "some::writer")] pub at: u32 }
            },
            syn::parse_quote! {
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                #[serde(transparent)]
                pub struct Wrapper { pub inner: u32 }
            },
            syn::parse_quote! {
                #[derive(::serde::Serialize)]
                pub struct Tuple(pub u32);
            },
            syn::parse_quote! {
                #[derive(::serde::Serialize)]
                pub struct Generic<T> { pub inner: T }
            },
        ] {
            let before = derive_of(&item);
            let (after, written) = run(item);
            assert!(written.is_none());
            assert_eq!(derive_of(&after), before);
        }
    }
}
