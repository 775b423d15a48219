//! Tagged unions: a component that is a `oneOf` of named objects, each marked by one constant
//! property (`grant_type: "password"`, `type: "organization"`), as schemars renders a
//! `#[serde(tag = "...")]` enum of structs.
//!
//! typify would turn these into an untagged enum of anonymous structs. Codegen emits them
//! itself instead: one variant per tag value wrapping the named struct, plus `Unknown`, which
//! keeps an object whose tag this version does not know, so that a new kind of owner or
//! grant never fails a response.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::naming::variant_name;

/// One variant: the tag value, the Rust variant name, the wrapped component, its doc.
struct Variant {
    tag: String,
    name: String,
    target: String,
    doc: Option<String>,
}

/// A recognised tagged union.
pub(crate) struct Tagged {
    name: String,
    tag: String,
    doc: Option<String>,
    variants: Vec<Variant>,
}

impl Tagged {
    /// The component's name.
    pub(crate) fn name(&self) -> &str {
        &self.name
    }
}

/// The tagged union `schema` describes, if it is one.
pub(crate) fn recognise(name: &str, schema: &Value) -> Option<Tagged> {
    let options = schema.get("oneOf")?.as_array()?;
    let mut tag: Option<String> = None;
    let mut variants = Vec::new();
    for option in options {
        let properties = option.get("properties")?.as_object()?;
        if properties.len() != 1 {
            return None;
        }
        let (property, constant) = properties.iter().next()?;
        let value = constant.get("enum")?.as_array().filter(|v| v.len() == 1)?.first()?.as_str()?;
        if tag.as_ref().is_some_and(|t| t != property) {
            return None;
        }
        tag = Some(property.clone());
        let all_of = option.get("allOf")?.as_array().filter(|a| a.len() == 1)?;
        let target = all_of[0].get("$ref")?.as_str()?.strip_prefix("#/components/schemas/")?.to_owned();
        let variant =
            option.get("title").and_then(Value::as_str).map_or_else(|| variant_name(value), str::to_owned);
        let doc = option.get("description").and_then(Value::as_str).map(str::to_owned);
        variants.push(Variant { tag: value.to_owned(), name: variant, target, doc });
    }
    Some(Tagged {
        name: name.to_owned(),
        tag: tag?,
        doc: schema.get("description").and_then(Value::as_str).map(str::to_owned),
        variants,
    })
}

fn doc_attr(text: Option<&str>) -> TokenStream {
    let lines: Vec<String> = text.unwrap_or_default().lines().map(|line| format!(" {line}")).collect();
    quote!(#(#[doc = #lines])*)
}

/// The Rust items of a tagged union.
pub(crate) fn emit(tagged: &Tagged) -> Vec<syn::Item> {
    let ident = format_ident!("{}", tagged.name);
    let tag = &tagged.tag;
    let type_doc = doc_attr(tagged.doc.as_deref().or(Some(&tagged.name)));
    let kind_doc = format!(" The value of `{tag}` that names this kind.");
    let names: Vec<_> = tagged.variants.iter().map(|v| format_ident!("{}", v.name)).collect();
    let targets: Vec<_> = tagged.variants.iter().map(|v| format_ident!("{}", v.target)).collect();
    let tags: Vec<&str> = tagged.variants.iter().map(|v| v.tag.as_str()).collect();
    let docs: Vec<TokenStream> = tagged
        .variants
        .iter()
        .map(|v| {
            doc_attr(Some(&format!(
                "`{tag}: \"{}\"`{}",
                v.tag,
                v.doc.as_deref().map(|d| format!(": {d}")).unwrap_or_default()
            )))
        })
        .collect();
    let file: syn::File = syn::parse_quote! {
        #type_doc
        ///
        /// An object whose kind this version does not know arrives as `Unknown`, unchanged.
        #[derive(Clone, Debug)]
        #[non_exhaustive]
        pub enum #ident {
            #( #docs #names(#targets), )*
            /// A kind this version of the SDK does not know, exactly as the API sent it.
            Unknown(::serde_json::Value),
        }

        impl #ident {
            #[doc = #kind_doc]
            pub fn kind(&self) -> &str {
                match self {
                    #( Self::#names(_) => #tags, )*
                    Self::Unknown(value) => value.get(#tag).and_then(::serde_json::Value::as_str).unwrap_or_default(),
                }
            }
        }

        impl ::serde::Serialize for #ident {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                let (tag, body) = match self {
                    #( Self::#names(body) => (#tags, ::serde_json::to_value(body).map_err(::serde::ser::Error::custom)?), )*
                    Self::Unknown(value) => return value.serialize(serializer),
                };
                let mut object = match body {
                    ::serde_json::Value::Object(object) => object,
                    _ => ::serde_json::Map::new(),
                };
                object.insert(#tag.to_owned(), ::serde_json::Value::String(tag.to_owned()));
                object.serialize(serializer)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #ident {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = ::serde_json::Value::deserialize(deserializer)?;
                let tag = value.get(#tag).and_then(::serde_json::Value::as_str).map(str::to_owned);
                match tag.as_deref() {
                    #( Some(#tags) => ::serde_json::from_value(value).map(Self::#names).map_err(::serde::de::Error::custom), )*
                    _ => Ok(Self::Unknown(value)),
                }
            }
        }
    };
    file.items
}
