//! A type of its own for every kind of id the API prefixes (the document's `x-workos` `ids`),
//! such as `OrganizationId` for `org_...`, and the fields that hold one (a property's `id`
//! fact), so that a user's id handed to an organization's method is a compile error.
//!
//! Each id type is a string underneath (`#[serde(transparent)]`) and checks nothing: an id
//! WorkOS sends with a prefix it never documented still reads. A string becomes one
//! explicitly (`OrganizationId::new`, `From<String>`, `From<&str>`); it reads as one through
//! `as_str`, `Deref<Target = str>`, `Display` and `AsRef<str>`, and compares with strings.

use quote::format_ident;
use workos_spec_extensions::IdKind;

/// The id types, as items of the `types` module.
pub(crate) fn emit(kinds: &[IdKind]) -> Vec<syn::Item> {
    let mut items = Vec::new();
    for kind in kinds {
        let ty = format_ident!("{}", kind.type_name);
        let prefix = &kind.prefix;
        let doc = format!(" The id of {}: `{prefix}...`.", kind.doc);
        let example = format!("{prefix}01EHZNVPK3SFK441A1RGBFSHRT");
        let usage = format!(
            " ```\n # use workos_api::types::{ty};\n let id = {ty}::new(\"{example}\");\n assert_eq!(id.as_str(), \"{example}\");\n assert!(id.has_documented_prefix());\n ```"
        );
        let file: syn::File = syn::parse_quote! {
            #[doc = #doc]
            ///
            /// A string underneath, never checked: build one from a string you hold (a URL, a
            /// database) with `new` or `From`, and read it with `as_str` or `Display`.
            ///
            #[doc = #usage]
            #[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Hash, ::serde::Serialize, ::serde::Deserialize)]
            #[serde(transparent)]
            pub struct #ty(::std::string::String);

            impl #ty {
                /// The prefix WorkOS documents for these ids.
                pub const PREFIX: &'static str = #prefix;

                /// The id `id`, as given: nothing is checked.
                pub fn new(id: impl ::std::convert::Into<::std::string::String>) -> Self {
                    Self(id.into())
                }

                /// The id as a string.
                pub fn as_str(&self) -> &str {
                    &self.0
                }

                /// The id's string.
                pub fn into_string(self) -> ::std::string::String {
                    self.0
                }

                /// Whether the id starts with [`Self::PREFIX`], as every id WorkOS documents does.
                pub fn has_documented_prefix(&self) -> bool {
                    self.0.starts_with(Self::PREFIX)
                }
            }

            impl ::std::fmt::Debug for #ty {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    ::std::fmt::Debug::fmt(&self.0, f)
                }
            }

            impl ::std::fmt::Display for #ty {
                fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                    f.write_str(&self.0)
                }
            }

            impl ::std::ops::Deref for #ty {
                type Target = str;
                fn deref(&self) -> &str {
                    &self.0
                }
            }

            impl ::std::convert::AsRef<str> for #ty {
                fn as_ref(&self) -> &str {
                    &self.0
                }
            }

            impl ::std::borrow::Borrow<str> for #ty {
                fn borrow(&self) -> &str {
                    &self.0
                }
            }

            impl ::std::convert::From<::std::string::String> for #ty {
                fn from(id: ::std::string::String) -> Self {
                    Self(id)
                }
            }

            impl ::std::convert::From<&str> for #ty {
                fn from(id: &str) -> Self {
                    Self(id.to_owned())
                }
            }

            impl ::std::convert::From<&#ty> for #ty {
                fn from(id: &#ty) -> Self {
                    id.clone()
                }
            }

            impl ::std::convert::From<&#ty> for ::std::string::String {
                fn from(id: &#ty) -> Self {
                    id.0.clone()
                }
            }

            impl ::std::convert::From<#ty> for ::std::string::String {
                fn from(id: #ty) -> Self {
                    id.0
                }
            }

            impl ::std::cmp::PartialEq<str> for #ty {
                fn eq(&self, other: &str) -> bool {
                    self.0 == other
                }
            }

            impl ::std::cmp::PartialEq<&str> for #ty {
                fn eq(&self, other: &&str) -> bool {
                    self.0 == *other
                }
            }

            impl ::std::cmp::PartialEq<::std::string::String> for #ty {
                fn eq(&self, other: &::std::string::String) -> bool {
                    self.0 == *other
                }
            }

            impl ::std::cmp::PartialEq<#ty> for ::std::string::String {
                fn eq(&self, other: &#ty) -> bool {
                    *self == other.0
                }
            }

            impl ::std::cmp::PartialEq<#ty> for &str {
                fn eq(&self, other: &#ty) -> bool {
                    *self == other.0
                }
            }
        };
        items.extend(file.items);
    }
    items
}

/// `ty` with its string replaced by the id type `id`: `String` or `Option<String>`; `None`
/// for any other type.
pub(crate) fn retyped(ty: &syn::Type, id: &str) -> Option<syn::Type> {
    let id = format_ident!("{id}");
    let is_string = |ty: &syn::Type| matches!(ty, syn::Type::Path(p) if p.path.segments.last().is_some_and(|s| s.ident == "String"));
    if is_string(ty) {
        return Some(syn::parse_quote!(#id));
    }
    // `Option<String>`, however the path is spelled.
    let syn::Type::Path(path) = ty else { return None };
    let last = path.path.segments.last().filter(|last| last.ident == "Option")?;
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else { return None };
    match args.args.first()? {
        syn::GenericArgument::Type(inner) if is_string(inner) => {
            Some(syn::parse_quote!(::std::option::Option<#id>))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    #[test]
    fn a_string_or_an_optional_string_takes_the_id_type_and_nothing_else_does() {
        let ty = |t: syn::Type| retyped(&t, "OrganizationId").map(|t| quote!(#t).to_string());
        assert_eq!(ty(syn::parse_quote!(::std::string::String)).as_deref(), Some("OrganizationId"));
        assert_eq!(
            ty(syn::parse_quote!(::std::option::Option<::std::string::String>)).as_deref(),
            Some(":: std :: option :: Option < OrganizationId >")
        );
        assert_eq!(ty(syn::parse_quote!(::std::vec::Vec<::std::string::String>)), None);
        assert_eq!(ty(syn::parse_quote!(i64)), None);
    }

    #[test]
    fn every_kind_gets_its_type() {
        let items = emit(&[IdKind::new("UserId", "user_", "a user")]);
        let mut file: syn::File = syn::parse_quote!();
        file.items = items;
        let source = prettyplease::unparse(&file);
        assert!(source.contains("pub struct UserId(::std::string::String);"), "{source}");
        assert!(source.contains("pub const PREFIX: &'static str = \"user_\";"), "{source}");
        assert!(source.contains("#[serde(transparent)]"), "{source}");
    }
}
