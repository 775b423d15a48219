//! What the handwritten crates need to know about every operation, as Rust items: a table of
//! operations, and the glue that lets one paginator walk every list.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::naming::const_name;
use crate::prepare::Prepared;

/// The `operations` module, the pagination impls, and the round-trip registry.
pub(crate) fn emit(prepared: &Prepared) -> Vec<syn::Item> {
    let mut consts = Vec::new();
    let mut names = Vec::new();
    let mut ids = Vec::new();
    let mut glue = Vec::new();
    let mut glued_pages = std::collections::BTreeSet::new();
    let mut glued_params = std::collections::BTreeSet::new();
    for op in &prepared.operations {
        let name = format_ident!("{}", const_name(&op.id));
        let (id, method, path, tag, summary) = (&op.id, &op.method, &op.path, &op.tag, &op.summary);
        let (list, idempotent, public, redirect) = (op.list.is_some(), op.idempotent, op.public, op.redirect);
        let doc = format!(" `{method} {path}`: {summary}");
        let published = |limit: &Option<(String, u32, u64)>| match limit {
            Some((name, limit, period_ms)) => {
                quote!(Some(crate::PublishedLimit { name: #name, limit: #limit, period_ms: #period_ms }))
            }
            None => quote!(None),
        };
        let (rate_limit, subject_limit) = (published(&op.rate_limit), published(&op.subject_limit));
        let max_response_bytes = match op.max_response_bytes.map(usize::try_from) {
            Some(Ok(bytes)) => quote!(Some(#bytes)),
            // More than this platform can address is no limit at all.
            Some(Err(_)) | None => quote!(None),
        };
        consts.push(quote! {
            #[doc = #doc]
            pub const #name: Operation = Operation {
                id: #id,
                method: #method,
                path: #path,
                tag: #tag,
                list: #list,
                idempotent: #idempotent,
                public: #public,
                redirect: #redirect,
                rate_limit: #rate_limit,
                subject_limit: #subject_limit,
                max_response_bytes: #max_response_bytes,
            };
        });
        names.push(name);
        ids.push(op.id.clone());

        if let (Some(list), Some(params)) = (&op.list, &op.params)
            && params.has_cursors
            && !list.item.is_empty()
        {
            glue.push(pagination_glue(
                glued_params
                    .insert(params.name.clone())
                    .then_some((params.name.as_str(), params.largest_page)),
                glued_pages.insert(list.page.clone()).then_some((
                    list.page.as_str(),
                    list.item.as_str(),
                    forward_only(prepared, &list.page),
                )),
            ));
        }
    }

    let mut registry = Vec::new();
    for name in prepared.doc_json["components"]["schemas"].as_object().into_iter().flatten().map(|(n, _)| n) {
        let ident = format_ident!("{name}");
        registry.push(quote! { #name => roundtrip::<types::#ident>(json), });
    }

    let redirects = redirect_names(prepared);
    let file: syn::File = syn::parse_quote! {
        #redirects

        /// Every operation of the spec, as the SDK sees it at run time.
        pub mod operations {
            use crate::Operation;

            #(#consts)*

            /// All operations, in the order of the spec's paths.
            pub const ALL: &[Operation] = &[#(#names),*];

            /// The operation with this id.
            pub fn by_id(id: &str) -> Option<&'static Operation> {
                match id {
                    #(#ids => Some(&#names),)*
                    _ => None,
                }
            }
        }

        #(#glue)*

        /// Parses `json` as the component schema `name` and writes it back; `None` if no such
        /// component exists. Lets tests prove that every type tolerates what the API may send.
        #[cfg(feature = "schema-roundtrip")]
        #[doc(hidden)]
        pub fn roundtrip_component(name: &str, json: &[u8]) -> Option<Result<Vec<u8>, serde_json::Error>> {
            fn roundtrip<T: serde::de::DeserializeOwned + serde::Serialize>(json: &[u8]) -> Result<Vec<u8>, serde_json::Error> {
                serde_json::to_vec(&serde_json::from_slice::<T>(json)?)
            }
            Some(match name {
                #(#registry)*
                _ => return None,
            })
        }
    };
    file.items
}

/// The pagination impls of one list operation; a parameter struct or page type shared with
/// an earlier list gets its impl only once.
fn pagination_glue(params: Option<(&str, Option<u64>)>, page: Option<(&str, &str, bool)>) -> TokenStream {
    let params = params.map(|(params, largest_page)| {
        let params = format_ident!("{params}");
        let largest_page = largest_page.map(|largest| {
            let largest = u32::try_from(largest).unwrap_or(u32::MAX);
            quote! {
                fn ask_for_full_pages(&mut self) {
                    if self.limit.is_none() {
                        self.limit = Some(#largest.into());
                    }
                }
            }
        });
        quote! {
        impl crate::ListParams for types::#params {
            fn set_cursor(&mut self, after: Option<String>, before: Option<String>) {
                self.after = after;
                self.before = before;
            }

            fn cursor(&self) -> (Option<&str>, Option<&str>) {
                (self.after.as_deref(), self.before.as_deref())
            }

            #largest_page
        }
        }
    });
    let page = page.map(|(page, item, forward)| {
        // A forward-only list has no `before` to hand on.
        let into_parts = if forward {
            quote! {
                let after = self.list_metadata.and_then(|metadata| metadata.after);
                (self.data, types::ListMetadata { after, before: None })
            }
        } else {
            quote!((self.data, self.list_metadata.unwrap_or_default()))
        };
        let (page, item) = (format_ident!("{page}"), format_ident!("{item}"));
        quote! {
        impl crate::ListPage for types::#page {
            type Item = types::#item;

            fn into_parts(self) -> (Vec<types::#item>, types::ListMetadata) {
                #into_parts
            }
        }
        }
    });
    quote!(#params #page)
}

/// The path and query parameter names of each browser redirect, from the spec: the URL
/// builders of the `workos` crate spell them from here, so a parameter the spec renames or
/// drops is a compile error there, not a wrong URL.
fn redirect_names(prepared: &Prepared) -> TokenStream {
    let mut modules = Vec::new();
    for op in prepared.operations.iter().filter(|op| op.redirect) {
        let module = format_ident!("{}", op.id);
        let path = &op.path;
        let doc = format!(" `GET {path}`: {}", op.summary);
        let schemas = &prepared.doc_json["components"]["schemas"];
        let names: Vec<String> = op
            .params
            .as_ref()
            .and_then(|params| schemas[&params.name]["properties"].as_object())
            .map(|properties| properties.keys().cloned().collect())
            .unwrap_or_default();
        let consts = names.iter().map(|name| {
            let ident = format_ident!("{}", const_name(name));
            let doc = format!(" The `{name}` query parameter.");
            quote!(#[doc = #doc] pub const #ident: &str = #name;)
        });
        modules.push(quote! {
            #[doc = #doc]
            pub mod #module {
                /// The path, under the base URL.
                pub const PATH: &str = #path;
                #(#consts)*
            }
        });
    }
    quote! {
        /// The browser redirects of the spec: the path and query parameter names of each.
        pub mod redirects {
            #(#modules)*
        }
    }
}

/// Whether the page type `page` carries the forward-only metadata (`after` alone).
fn forward_only(prepared: &Prepared, page: &str) -> bool {
    let schemas = &prepared.doc_json["components"]["schemas"];
    let metadata = &schemas[page]["properties"]["list_metadata"];
    let reference = metadata["$ref"].as_str().or_else(|| metadata["allOf"][0]["$ref"].as_str());
    let name = reference.and_then(|r| r.strip_prefix("#/components/schemas/")).unwrap_or("ListMetadata");
    schemas[name]["properties"].get("before").is_none()
}
