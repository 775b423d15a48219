//! Enums that accept values they do not know.
//!
//! WorkOS adds enum values without notice; a closed Rust enum would then fail the whole
//! response. Every named string enum of the document becomes an enum with one variant per
//! known value plus `Unknown(String)`, which keeps the raw value and writes it back unchanged.
//! typify is told to use these types in place of its own (`with_replacement`).

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::naming::variant_name;

/// The open enums for `names`, read from the components of `doc`.
pub(crate) fn emit_all(doc: &Value, names: &[String]) -> Vec<syn::Item> {
    let schemas = &doc["components"]["schemas"];
    let mut items: Vec<syn::Item> = names.iter().flat_map(|name| emit(name, &schemas[name])).collect();
    items.extend(support());
    items
}

/// The Rust variant of each value: from `x-enum-varnames` when the spec names them (to avoid
/// a clash, such as a value `unknown`), else derived from the value.
pub(crate) fn variant_names(schema: &Value) -> Vec<String> {
    let values = schema["enum"].as_array().into_iter().flatten();
    let given = schema[workos_spec_extensions::ENUM_VARNAMES].as_array();
    values
        .enumerate()
        .map(|(i, value)| match given.and_then(|g| g.get(i)).and_then(Value::as_str) {
            Some(name) => name.to_owned(),
            None => variant_name(value.as_str().unwrap_or_default()),
        })
        .collect()
}

fn doc_attr(text: &str) -> TokenStream {
    let lines = text.lines().map(|line| format!(" {line}"));
    quote!(#(#[doc = #lines])*)
}

fn emit(name: &str, schema: &Value) -> Vec<syn::Item> {
    let ident = format_ident!("{name}");
    let values: Vec<&str> =
        schema["enum"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
    let docs: Vec<&str> = schema[workos_spec_extensions::ENUM_DESCRIPTIONS]
        .as_array()
        .map(|d| d.iter().map(|v| v.as_str().unwrap_or_default()).collect())
        .unwrap_or_else(|| vec![""; values.len()]);
    let variants: Vec<_> = variant_names(schema).iter().map(|v| format_ident!("{v}")).collect();
    let variant_docs: Vec<TokenStream> = values
        .iter()
        .zip(docs.iter().chain(std::iter::repeat(&"")))
        .map(|(value, text)| {
            let text = if text.is_empty() { format!("`{value}`") } else { format!("`{value}`: {text}") };
            doc_attr(&text)
        })
        .collect();
    let type_doc = doc_attr(schema["description"].as_str().unwrap_or(name));
    let file: syn::File = syn::parse_quote! {
        #type_doc
        ///
        /// Values this version does not know arrive as `Unknown` with the raw string.
        #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[non_exhaustive]
        pub enum #ident {
            #( #variant_docs #variants, )*
            /// A value this version of the SDK does not know, exactly as the API sent it.
            Unknown(::std::string::String),
        }

        impl #ident {
            /// Every value this version knows, in the order the API documents them.
            pub const KNOWN: &'static [&'static str] = &[#(#values),*];

            /// The value as the API spells it.
            pub fn as_str(&self) -> &str {
                match self {
                    #( Self::#variants => #values, )*
                    Self::Unknown(value) => value.as_str(),
                }
            }
        }

        impl ::std::convert::From<&str> for #ident {
            fn from(value: &str) -> Self {
                match value {
                    #( #values => Self::#variants, )*
                    other => Self::Unknown(other.to_owned()),
                }
            }
        }

        impl ::std::convert::From<::std::string::String> for #ident {
            fn from(value: ::std::string::String) -> Self {
                match value.as_str() {
                    #( #values => Self::#variants, )*
                    _ => Self::Unknown(value),
                }
            }
        }

        impl ::std::str::FromStr for #ident {
            type Err = ::std::convert::Infallible;
            fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                Ok(Self::from(value))
            }
        }

        impl ::std::fmt::Display for #ident {
            fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str(self.as_str())
            }
        }

        impl ::serde::Serialize for #ident {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                serializer.serialize_str(self.as_str())
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #ident {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                deserializer.deserialize_str(OpenEnumVisitor::<Self>(::std::marker::PhantomData))
            }
        }
    };
    file.items
}

/// The one visitor every open enum deserializes through: known values cost no allocation.
fn support() -> Vec<syn::Item> {
    let file: syn::File = syn::parse_quote! {
        struct OpenEnumVisitor<T>(::std::marker::PhantomData<T>);

        impl<'de, T> ::serde::de::Visitor<'de> for OpenEnumVisitor<T>
        where
            T: for<'a> ::std::convert::From<&'a str> + ::std::convert::From<::std::string::String>,
        {
            type Value = T;

            fn expecting(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                f.write_str("a string")
            }

            fn visit_str<E: ::serde::de::Error>(self, value: &str) -> ::std::result::Result<T, E> {
                Ok(T::from(value))
            }

            fn visit_string<E: ::serde::de::Error>(self, value: ::std::string::String) -> ::std::result::Result<T, E> {
                Ok(T::from(value))
            }
        }
    };
    file.items
}
