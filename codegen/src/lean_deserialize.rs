//! Each generated struct's `Deserialize`, written out instead of derived: a `visit_map` that
//! matches the index of each key's field, with what every struct shares in `workos-api`'s
//! `de` module (the key lookup, the duplicate check, the `deserialize_with` readers as types).
//!
//! `serde`'s derive also writes a field enum with its own visitor and a `visit_seq`, and a
//! wrapper type per `deserialize_with` field in both visitors: that was half of `workos-api`'s
//! compile time and most of the code the `workos` crate's build generates. The written impl
//! asks the format for a struct (`deserialize_struct`, so that the decoding budget charges it
//! as a struct, not as a map of strings) and reads it from an object as the derive did: the same names, aliases and defaults, `missing field` for a
//! required field, `duplicate field` for one given twice, unknown keys skipped, a missing
//! `Option` read as `None`. It does not read a struct from a sequence (see the `de` module).
//!
//! Only the plain case is written: a struct with named fields, no generics and no serde
//! attribute of its own, whose fields use only `rename`, `alias`, `default`,
//! `skip_serializing_if` and the `deserialize_with` readers this module knows. Any other
//! struct keeps `serde`'s derive, so a new attribute is never silently misread.

use crate::finish::types_module;
use crate::serde_derives::{derives, plain_fields, take_derive};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// How a field's value is read.
enum Reader {
    /// As its own type.
    Plain,
    /// Through a `de` module type that wraps the value (`.0`).
    Wrapped(TokenStream),
}

struct Field {
    ident: syn::Ident,
    ty: syn::Type,
    json: String,
    aliases: Vec<String>,
    default: bool,
    reader: Reader,
}

/// Replaces `serde`'s derived `Deserialize` of every plain struct of the `types` module with a
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
    // The derive's reader of `null` collections is left to the structs that keep the derive.
    let derived_reads_null = out.iter().any(|item| {
        matches!(item, syn::Item::Struct(s) if derives(s, "Deserialize"))
            && quote!(#item).to_string().contains("\"null_as_default\"")
    });
    if !derived_reads_null {
        out.retain(|item| !matches!(item, syn::Item::Fn(f) if f.sig.ident == "null_as_default"));
    }
    *types = out;
}

/// The written impl of `s`, having taken `Deserialize` out of its derive; `None` (and `s`
/// unchanged) when it is not the plain case.
fn lean(s: &mut syn::ItemStruct) -> Option<syn::Item> {
    let fields: Vec<Field> = plain_fields(s)?.iter().map(field).collect::<Option<_>>()?;
    take_derive(s, "Deserialize").then(|| emit(&s.ident, &fields))
}

fn field(f: &syn::Field) -> Option<Field> {
    let ident = f.ident.clone()?;
    let mut out = Field {
        json: ident.to_string().trim_start_matches("r#").to_owned(),
        ident,
        ty: f.ty.clone(),
        aliases: Vec::new(),
        default: false,
        reader: Reader::Plain,
    };
    for attr in f.attrs.iter().filter(|a| a.path().is_ident("serde")) {
        attr.parse_nested_meta(|meta| {
            let name = meta.path.get_ident().map(ToString::to_string).unwrap_or_default();
            match name.as_str() {
                "default" if meta.input.is_empty() || meta.input.peek(syn::Token![,]) => out.default = true,
                "rename" => out.json = meta.value()?.parse::<syn::LitStr>()?.value(),
                "alias" => out.aliases.push(meta.value()?.parse::<syn::LitStr>()?.value()),
                "skip_serializing_if" => {
                    meta.value()?.parse::<syn::LitStr>()?;
                }
                "deserialize_with" => {
                    let ty = &f.ty;
                    out.reader =
                        Reader::Wrapped(match meta.value()?.parse::<syn::LitStr>()?.value().as_str() {
                            "crate::timestamp::deserialize" => quote!(crate::de::Timestamp),
                            "crate::timestamp::option::deserialize" => quote!(crate::de::OptionalTimestamp),
                            "null_as_default" => quote!(crate::de::NullAsDefault<#ty>),
                            _ => return Err(meta.error("a reader this pass does not know")),
                        });
                }
                _ => return Err(meta.error("an attribute this pass does not write")),
            }
            Ok(())
        })
        .ok()?;
    }
    Some(out)
}

fn is_option(ty: &syn::Type) -> bool {
    let syn::Type::Path(path) = ty else { return false };
    path.qself.is_none() && path.path.segments.last().is_some_and(|s| s.ident == "Option")
}

fn emit(name: &syn::Ident, fields: &[Field]) -> syn::Item {
    let name_str = name.to_string();
    let names: Vec<&str> = fields.iter().map(|f| f.json.as_str()).collect();
    // Each field's name, then the aliases: a key's index is its field's, or past them.
    let keys: Vec<&str> = names
        .iter()
        .copied()
        .chain(fields.iter().flat_map(|f| f.aliases.iter().map(String::as_str)))
        .collect();
    let mut next_alias = fields.len();
    let mut slots = Vec::new();
    let mut arms = Vec::new();
    let mut inits = Vec::new();
    // The required fields: their slots, the names they are bound to once all are there, and
    // their JSON names.
    let (mut required, mut bound, mut required_json) = (Vec::new(), Vec::new(), Vec::new());
    for (i, f) in fields.iter().enumerate() {
        let (json, ident) = (&f.json, &f.ident);
        let slot = format_ident!("f{i}");
        // Its type is inferred from the field it fills.
        slots.push(quote!(let mut #slot = ::std::option::Option::None;));
        let mut indices = vec![proc_macro2::Literal::usize_unsuffixed(i)];
        for _ in &f.aliases {
            indices.push(proc_macro2::Literal::usize_unsuffixed(next_alias));
            next_alias += 1;
        }
        let read = match &f.reader {
            Reader::Plain => quote!(crate::de::read(&mut map, &mut #slot, #json)),
            Reader::Wrapped(reader) => {
                quote!(crate::de::read_with::<#reader, _>(&mut map, &mut #slot, #json))
            }
        };
        arms.push(quote!(#(#indices)|* => #read,));
        // As `serde`'s derive: a field with `default` starts from it; a missing `Option` read
        // as itself is `None`; any other missing field is an error.
        if f.default || matches!(f.reader, Reader::Plain) && is_option(&f.ty) {
            inits.push(quote!(#ident: #slot.unwrap_or_default()));
        } else {
            let value = format_ident!("v{i}");
            inits.push(quote!(#ident: #value));
            required.push(slot);
            bound.push(value);
            required_json.push(json.as_str());
        }
    }
    // One way out of the loop on an error and one after it, rather than one per field: each
    // early return must drop every slot filled so far, which the compiler works out per return.
    let finish = if required.is_empty() {
        quote!(::std::result::Result::Ok(#name { #(#inits),* }))
    } else {
        quote! {
            match (#(#required,)*) {
                (#(::std::option::Option::Some(#bound),)*) => ::std::result::Result::Ok(#name { #(#inits),* }),
                (#(#required,)*) => ::std::result::Result::Err(crate::de::missing(&[#((#required.is_none(), #required_json)),*])),
            }
        }
    };
    syn::parse_quote! {
        impl<'de> ::serde::Deserialize<'de> for #name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                const KEYS: &[&str] = &[#(#keys),*];
                struct Visitor;
                impl<'de> ::serde::de::Visitor<'de> for Visitor {
                    type Value = #name;
                    fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        crate::de::expecting_struct(f, #name_str)
                    }
                    fn visit_map<A: ::serde::de::MapAccess<'de>>(self, mut map: A) -> ::std::result::Result<#name, A::Error> {
                        #(#slots)*
                        while let ::std::option::Option::Some(key) = map.next_key_seed(crate::de::Key(KEYS))? {
                            match key {
                                #(#arms)*
                                _ => crate::de::skip(&mut map),
                            }?;
                        }
                        #finish
                    }
                }
                // `deserialize_struct`, not `deserialize_map`: the format reads the same object,
                // and `workos_api::decode_json`'s budget knows the keys for field names and the
                // values for fields that live inside the struct, so it charges them as the
                // derive's struct was charged rather than as a map's entries.
                deserializer.deserialize_struct(#name_str, KEYS, Visitor)
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

    fn derive_of(s: &syn::ItemStruct) -> String {
        let attr = s.attrs.iter().find(|a| a.path().is_ident("derive")).unwrap();
        quote!(#attr).to_string()
    }

    #[test]
    fn a_plain_struct_gets_a_written_impl_and_keeps_serialize() {
        let (s, written) = run(syn::parse_quote! {
            #[derive(::serde::Deserialize, ::serde::Serialize, Clone, Debug)]
            pub struct Thing {
                pub id: ::std::string::String,
                #[serde(rename = "type", alias = "kind", skip_serializing_if = "::std::option::Option::is_none")]
                pub kind: ::std::option::Option<::std::string::String>,
                #[serde(default, deserialize_with = "null_as_default")]
                pub tags: ::std::vec::Vec<::std::string::String>,
            }
        });
        assert_eq!(derive_of(&s), quote!(#[derive(::serde::Serialize, Clone, Debug)]).to_string());
        let written = quote!(#written).to_string();
        for part in [
            r#"const KEYS : & [& str] = & ["id" , "type" , "tags" , "kind"]"#,
            "1 | 3 => crate :: de :: read (& mut map , & mut f1 , \"type\") ,",
            "crate :: de :: read_with :: < crate :: de :: NullAsDefault < :: std :: vec :: Vec < :: std :: string :: String > > , _ >",
            "id : v0",
            "kind : f1 . unwrap_or_default ()",
            "tags : f2 . unwrap_or_default ()",
            "deserializer . deserialize_struct (\"Thing\" , KEYS , Visitor)",
        ] {
            assert!(written.contains(part), "{part}\nnot in\n{written}");
        }
    }

    #[test]
    fn a_struct_only_read_loses_its_serde_attributes_with_the_derive() {
        let (s, written) = run(syn::parse_quote! {
            #[derive(::serde::Deserialize)]
            struct ThingAsSent {
                #[serde(default, rename = "oldName")]
                old: ::std::option::Option<u32>,
            }
        });
        assert!(written.is_some());
        assert!(s.attrs.is_empty());
        assert!(s.fields.iter().all(|f| f.attrs.is_empty()));
        let written = quote!(#written).to_string();
        assert!(written.contains(r#"const KEYS : & [& str] = & ["oldName"]"#), "{written}");
    }

    #[test]
    fn anything_else_keeps_the_derive() {
        for item in [
            syn::parse_quote! {
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub struct Flat { #[serde(flatten)] pub rest: ::serde_json::Value }
            },
            syn::parse_quote! {
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub struct Read { #[serde(deserialize_with = "some::other")] pub at: u32 }
            },
            syn::parse_quote! {
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                #[serde(transparent)]
                pub struct Wrapper { pub inner: u32 }
            },
            syn::parse_quote! {
                #[derive(::serde::Deserialize, ::serde::Serialize)]
                pub struct Tuple(pub u32);
            },
        ] {
            let before = derive_of(&item);
            let (after, written) = run(item);
            assert!(written.is_none());
            assert_eq!(derive_of(&after), before);
        }
    }
}
