//! Conversions of a component that extends another (`x-workos.extends`: an update event's
//! data is the object it describes, with `previous_attributes` beside it) into that other
//! component: `impl From<DirectoryUserUpdated> for DirectoryUser`, moving each field, so that
//! a mirror that applies events needs no trip through JSON.

use quote::{ToTokens, quote};
use workos_spec_extensions::{Component, Extension};

/// The `From` impls for every component of `doc` that extends another, written from the two
/// generated structs in `items` (the `types` module); fails loudly when one of them is not a
/// struct with named fields, or when the extending struct lacks a field of the other as it is.
pub(crate) fn conversions(doc: &serde_json::Value, items: &[syn::Item]) -> Result<Vec<syn::Item>, String> {
    let structs: std::collections::BTreeMap<String, &syn::ItemStruct> = items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some((s.ident.to_string(), s)),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    for (name, schema) in doc["components"]["schemas"].as_object().into_iter().flatten() {
        let extension = Component::read(schema).map_err(|e| format!("{name}: {e}"))?;
        let Some(base) = extension.extends else { continue };
        let (Some(own), Some(target)) = (structs.get(name), structs.get(&base)) else {
            return Err(format!("`{name}` extends `{base}`: both must be generated structs"));
        };
        let (syn::Fields::Named(own_fields), syn::Fields::Named(target_fields)) =
            (&own.fields, &target.fields)
        else {
            return Err(format!("`{name}` extends `{base}`: both must have named fields"));
        };
        let mut moves = Vec::new();
        for field in &target_fields.named {
            let ident = field.ident.as_ref().expect("named");
            let same = own_fields.named.iter().any(|f| {
                f.ident.as_ref() == Some(ident)
                    && f.ty.to_token_stream().to_string() == field.ty.to_token_stream().to_string()
            });
            if !same {
                return Err(format!("`{name}` extends `{base}` but has no field `{ident}` of its type"));
            }
            moves.push(quote!(#ident: value.#ident));
        }
        // Compiled where both types are.
        let cfgs = own.attrs.iter().chain(&target.attrs).filter(|a| a.path().is_ident("cfg"));
        let (own_ident, target_ident) = (&own.ident, &target.ident);
        let doc = format!(
            " The [`{base}`] this [`{name}`] describes, without the fields of its own; each field \
             is moved, not copied."
        );
        out.push(syn::parse_quote! {
            #(#cfgs)*
            impl ::std::convert::From<#own_ident> for #target_ident {
                #[doc = #doc]
                fn from(value: #own_ident) -> Self {
                    Self { #(#moves),* }
                }
            }
        });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc() -> serde_json::Value {
        serde_json::json!({ "components": { "schemas": {
            "Thing": { "type": "object" },
            "ThingUpdated": { "type": "object", "x-workos": { "extends": "Thing" } },
        } } })
    }

    #[test]
    fn an_extending_struct_converts_by_moving_each_field() {
        let items: Vec<syn::Item> = vec![
            syn::parse_quote!(
                #[cfg(feature = "a")]
                pub struct Thing {
                    pub id: String,
                    pub n: Option<u8>,
                }
            ),
            syn::parse_quote!(
                #[cfg(feature = "b")]
                pub struct ThingUpdated {
                    pub id: String,
                    pub n: Option<u8>,
                    pub previous_attributes: Map,
                }
            ),
        ];
        let out = conversions(&doc(), &items).unwrap();
        let text = quote!(#(#out)*).to_string();
        assert!(text.contains("impl :: std :: convert :: From < ThingUpdated > for Thing"), "{text}");
        assert!(text.contains("id : value . id , n : value . n"), "{text}");
        assert!(!text.contains("previous_attributes"), "{text}");
        assert!(text.contains("feature = \"a\"") && text.contains("feature = \"b\""), "{text}");
    }

    #[test]
    fn a_field_missing_or_of_another_type_fails_loudly() {
        let items: Vec<syn::Item> = vec![
            syn::parse_quote!(
                pub struct Thing {
                    pub id: String,
                    pub n: u8,
                }
            ),
            syn::parse_quote!(
                pub struct ThingUpdated {
                    pub id: String,
                    pub n: u16,
                }
            ),
        ];
        let Err(error) = conversions(&doc(), &items) else { panic!("a retyped field converted") };
        assert!(error.contains("no field `n`"), "{error}");
        assert!(conversions(&doc(), &items[..1]).is_err(), "the extending struct is missing");
    }
}
