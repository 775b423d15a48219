//! The per-operation surface of the `workos` crate: its handles and one method per operation.
//!
//! Each operation names its handle and method in the spec (`x-workos-sdk`); everything else
//! about the method follows from the generated client's signature and the spec: path ids
//! become `&str` arguments that are checked before anything is sent, query parameters travel
//! in the operation's `Params` struct, a list returns a `Paginator` (whose parents' ids ride
//! with the parameters), a comma-separated filter is joined, an `Idempotency-Key` is made
//! once per call, an access token becomes the `Authorization` header, and a published rate
//! limit with a pacing key paces the call per key. The output is the `workos` crate's
//! `generated.rs`, which calls the machinery of that crate (`send`, `paginate`, `params`).

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};
use serde_json::Value;

use crate::lint::spec_ext;
use crate::naming::const_name;
use crate::prepare::{OperationInfo, Prepared};

/// A handle of the `workos` crate, from the spec's `x-workos-handles`.
struct Handle {
    accessor: String,
    module: String,
    type_name: String,
    doc: String,
}

fn handles(doc: &Value) -> Vec<Handle> {
    doc[spec_ext::HANDLES]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|h| {
            Some(Handle {
                accessor: h["accessor"].as_str()?.to_owned(),
                module: h["module"].as_str()?.to_owned(),
                type_name: h["type"].as_str()?.to_owned(),
                doc: h["doc"].as_str()?.to_owned(),
            })
        })
        .collect()
}

/// One argument of a generated client method.
struct Arg {
    name: syn::Ident,
    ty: String,
}

/// The generated client's methods: their arguments and what their success holds.
struct ClientMethod {
    args: Vec<Arg>,
    returns: syn::Type,
}

fn client_methods(client: &syn::File) -> BTreeMap<String, ClientMethod> {
    let mut methods = BTreeMap::new();
    for item in &client.items {
        let syn::Item::Impl(block) = item else { continue };
        let is_client = block.trait_.is_none()
            && matches!(&*block.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"));
        if !is_client {
            continue;
        }
        for item in &block.items {
            let syn::ImplItem::Fn(method) = item else { continue };
            let args = method
                .sig
                .inputs
                .iter()
                .filter_map(|input| match input {
                    syn::FnArg::Typed(typed) => match &*typed.pat {
                        syn::Pat::Ident(ident) => {
                            let ty = &typed.ty;
                            Some(Arg {
                                name: ident.ident.clone(),
                                ty: quote!(#ty).to_string().replace(' ', ""),
                            })
                        }
                        _ => None,
                    },
                    syn::FnArg::Receiver(_) => None,
                })
                .collect();
            if let Some(returns) = success_type(&method.sig.output) {
                methods.insert(method.sig.ident.to_string(), ClientMethod { args, returns });
            }
        }
    }
    methods
}

/// `T` in `Result<ResponseValue<T>, Error<()>>`.
fn success_type(output: &syn::ReturnType) -> Option<syn::Type> {
    let syn::ReturnType::Type(_, ty) = output else { return None };
    let result = generic_args(ty)?;
    let value = generic_args(result.first()?)?;
    value.first().cloned()
}

fn generic_args(ty: &syn::Type) -> Option<Vec<syn::Type>> {
    let syn::Type::Path(path) = ty else { return None };
    let syn::PathArguments::AngleBracketed(args) = &path.path.segments.last()?.arguments else { return None };
    Some(
        args.args
            .iter()
            .filter_map(|a| match a {
                syn::GenericArgument::Type(t) => Some(t.clone()),
                _ => None,
            })
            .collect(),
    )
}

/// The fields of the generated `Params` structs, by the JSON name they carry.
fn params_fields(client: &syn::File) -> BTreeMap<String, BTreeMap<String, syn::Ident>> {
    let mut structs = BTreeMap::new();
    let types = client.items.iter().find_map(|item| match item {
        syn::Item::Mod(module) if module.ident == "types" => module.content.as_ref().map(|(_, items)| items),
        _ => None,
    });
    for item in types.into_iter().flatten() {
        let syn::Item::Struct(s) = item else { continue };
        if !s.ident.to_string().ends_with("Params") {
            continue;
        }
        let mut fields = BTreeMap::new();
        for field in &s.fields {
            let Some(ident) = &field.ident else { continue };
            fields.insert(crate::finish::json_name(field), ident.clone());
        }
        structs.insert(s.ident.to_string(), fields);
    }
    structs
}

/// Whether a generated type is an object with no properties (built by `From<Map>`).
fn is_empty_object(doc: &Value, ty: &syn::Type) -> bool {
    let syn::Type::Reference(reference) = ty else { return false };
    let syn::Type::Path(path) = &*reference.elem else { return false };
    let Some(name) = path.path.segments.last().map(|s| s.ident.to_string()) else { return false };
    let schema = &doc["components"]["schemas"][&name];
    schema["type"] == "object" && schema["properties"].as_object().is_none_or(|p| p.is_empty())
}

/// The name progenitor gives a parameter's argument, compared without a keyword's `_`.
fn same_name(arg: &syn::Ident, param: &str) -> bool {
    let arg = arg.to_string();
    let arg = arg.trim_start_matches("r#").trim_end_matches('_');
    arg == heck::ToSnakeCase::to_snake_case(param).trim_end_matches('_')
}

/// The `workos` crate's `generated.rs`, as items, and one call of every method for the
/// workspace's test of every operation (see [`every_call`]).
pub(crate) fn emit(
    prepared: &Prepared,
    client: &syn::File,
) -> Result<(Vec<syn::Item>, Vec<TokenStream>), String> {
    let methods = client_methods(client);
    let fields = params_fields(client);
    let handles = handles(&prepared.doc_json);
    let mut by_handle: BTreeMap<&str, Vec<TokenStream>> = BTreeMap::new();
    let mut calls = Vec::new();
    for op in &prepared.operations {
        let Some((handle, method_name)) = &op.sdk else { continue };
        if !handles.iter().any(|h| &h.accessor == handle) {
            return Err(format!("{}: handle `{handle}` is not declared", op.id));
        }
        let client_method = methods.get(&op.id).ok_or_else(|| format!("{}: no generated method", op.id))?;
        let (method, call) = emit_method(prepared, op, method_name, client_method, &fields)?;
        by_handle.entry(handle.as_str()).or_default().push(method);
        calls.push(every_call(handle, method_name, op.list.is_some() && op.params.is_some(), &call));
    }

    let mut modules: BTreeMap<&str, Vec<TokenStream>> = BTreeMap::new();
    let mut accessors = Vec::new();
    for handle in &handles {
        let ty = format_ident!("{}", handle.type_name);
        let module = format_ident!("{}", handle.module);
        let accessor = format_ident!("{}", handle.accessor);
        let type_doc = format!(" {} From [`Workos::{}`].", handle.doc, handle.accessor);
        let accessor_doc = format!(" {}", handle.doc);
        let methods = by_handle.remove(handle.accessor.as_str()).unwrap_or_default();
        modules.entry(handle.module.as_str()).or_default().push(quote! {
            #[doc = #type_doc]
            #[derive(Debug, Clone, Copy)]
            pub struct #ty<'a> {
                pub(crate) client: &'a Workos,
            }

            impl #ty<'_> {
                #(#methods)*
            }
        });
        accessors.push(quote! {
            #[doc = #accessor_doc]
            pub fn #accessor(&self) -> #module::#ty<'_> {
                #module::#ty { client: self }
            }
        });
    }
    if let Some(handle) = by_handle.keys().next() {
        return Err(format!("operations name the undeclared handle `{handle}`"));
    }

    let mut items: Vec<syn::Item> = Vec::new();
    for (module, contents) in modules {
        let first = handles.iter().find(|h| h.module == module).map(|h| h.doc.clone()).unwrap_or_default();
        let module_doc = format!(" {first}");
        let ident = format_ident!("{module}");
        items.push(syn::parse_quote! {
            #[doc = #module_doc]
            pub mod #ident {
                #[allow(unused_imports)]
                use crate::{Paginator, Result, Secret, client::Workos, params, types};
                #[allow(unused_imports)]
                use workos_api::operations as op;

                #(#contents)*
            }
        });
    }
    items.push(syn::parse_quote! {
        impl crate::client::Workos {
            #(#accessors)*
        }
    });
    Ok((items, calls))
}

/// One line of the test that calls every operation: the method called with example values
/// (`workos_test_server::example()`) and the harness's ids, checked (`h.check`) or, for a list,
/// walked as a stream (`h.walk`).
fn every_call(handle: &str, method: &str, list: bool, args: &[TokenStream]) -> TokenStream {
    let label = format!("{handle}().{method}");
    let (handle, method) = (format_ident!("{handle}"), format_ident!("{method}"));
    if list {
        quote!(h.walk(#label, w.#handle().#method(#(#args),*)).await;)
    } else {
        quote!(h.check(#label, w.#handle().#method(#(#args),*).await.map(drop));)
    }
}

/// The test module that calls every operation of the spec through the `workos` crate (it
/// lives in `tests/tests/it/`; the harness is `every_operation::Harness`).
pub(crate) fn every_call_module(calls: &[TokenStream]) -> syn::File {
    syn::parse_quote! {
        use workos::{Secret, Workos};
        use workos_test_server::example;

        use crate::every_operation::Harness;

        /// Calls every method of every handle once: one line per operation of the spec.
        pub(crate) async fn call_every_method(h: &mut Harness<'_>, w: &Workos) {
            #(#calls)*
        }
    }
}

fn emit_method(
    prepared: &Prepared,
    op: &OperationInfo,
    name: &str,
    client: &ClientMethod,
    fields: &BTreeMap<String, BTreeMap<String, syn::Ident>>,
) -> Result<(TokenStream, Vec<TokenStream>), String> {
    let fail = |problem: String| format!("{}: {problem}", op.id);
    let name = format_ident!("{name}");
    let op_const = format_ident!("{}", const_name(&op.id));
    let client_fn = format_ident!("{}", op.id);
    let mut doc = vec![format!(" {}", op.summary)];
    if let Some(description) = &op.description {
        doc.push(String::new());
        doc.extend(description.lines().map(|l| format!(" {l}")));
    }

    let params_struct = op.params.as_ref().map(|p| format_ident!("{}", p.name));
    let params_fields = op.params.as_ref().and_then(|p| fields.get(&p.name));
    let list = op.list.as_ref().filter(|_| params_struct.is_some());

    // The SDK method's arguments: path ids, then (below) the parameters, then the body, then
    // what travels in headers.
    let mut sig = Vec::new();
    let mut sig_body = Vec::new();
    let mut sig_headers = Vec::new();
    let mut checks = Vec::new(); // statements before the call
    let mut call_args = Vec::new(); // the client method's arguments
    let mut test_args = Vec::new(); // the SDK method's arguments in the test of every operation
    let mut test_body = Vec::new(); // ... for the body
    let mut test_headers = Vec::new(); // ... for header values
    let mut parents = Vec::new(); // path ids of a list
    let mut joins = Vec::new(); // comma-separated filters, joined inside a list's call
    let params = if list.is_some() { quote!(p) } else { quote!(params) };

    for arg in &client.args {
        let arg_name = &arg.name;
        let name_str = arg_name.to_string();
        if let Some(param) = op.path_params.iter().find(|p| same_name(arg_name, p)) {
            let id = format!("{}_01", arg_name.to_string().trim_end_matches('_'));
            if arg.ty == "&'astr" {
                test_args.push(quote!(&h.id(#id)));
                sig.push(quote!(#arg_name: &str));
                if list.is_none() {
                    checks.push(quote!(let #arg_name = params::path(#param, #arg_name)?;));
                }
            } else {
                let ty: syn::Type =
                    syn::parse_str(arg.ty.trim_start_matches("&'a")).map_err(|e| fail(e.to_string()))?;
                test_args.push(quote!(&example()));
                sig.push(quote!(#arg_name: &#ty));
            }
            parents.push((param.clone(), arg_name.clone(), arg.ty == "&'astr"));
            call_args.push(quote!(#arg_name));
        } else if name_str == "body" {
            let ty: syn::Type =
                syn::parse_str(&arg.ty.replace("&'a", "&")).map_err(|e| fail(e.to_string()))?;
            if is_empty_object(&prepared.doc_json, &ty) {
                let syn::Type::Reference(r) = &ty else { unreachable!("checked by is_empty_object") };
                let inner = &r.elem;
                checks.push(quote!(let body = #inner::from(::serde_json::Map::new());));
                call_args.push(quote!(&body));
            } else {
                sig_body.push(quote!(body: #ty));
                test_body.push(quote!(&example()));
                call_args.push(quote!(body));
            }
        } else if name_str == "idempotency_key" {
            sig_headers.push(quote!(idempotency_key: Option<&str>));
            test_headers.push(quote!(None));
            checks.push(quote! {
                let idempotency_key = idempotency_key.map_or_else(params::new_idempotency_key, str::to_owned);
            });
            call_args.push(quote!(Some(idempotency_key.as_str())));
        } else if name_str == "authorization" && op.access_token {
            sig_headers.push(quote!(access_token: &Secret));
            test_headers.push(quote!(&Secret::new("token_01")));
            checks.push(quote!(let authorization = format!("Bearer {}", access_token.expose());));
            call_args.push(quote!(&authorization));
        } else {
            // A query parameter: a field of the operation's `Params` struct.
            let fields = params_fields.ok_or_else(|| fail(format!("`{name_str}` is in no Params struct")))?;
            let (json, field) = fields
                .iter()
                .find(|(json, _)| same_name(arg_name, json))
                .ok_or_else(|| fail(format!("no field of the Params struct for `{name_str}`")))?;
            if op.comma_separated.contains(json) {
                joins.push(quote!(let #field = params::comma_separated(&#params.#field);));
                call_args.push(quote!(#field.as_deref()));
            } else if arg.ty == "Option<&'astr>" {
                call_args.push(quote!(#params.#field.as_deref()));
            } else if arg.ty.starts_with("Option<&'a") {
                call_args.push(quote!(#params.#field.as_ref()));
            } else if arg.ty == "&'astr" {
                call_args.push(quote!(#params.#field.as_str()));
            } else if arg.ty.starts_with("&'a") {
                call_args.push(quote!(&#params.#field));
            } else {
                call_args.push(quote!(#params.#field));
            }
        }
    }

    let doc = doc.iter().map(|line| quote!(#[doc = #line]));
    if let Some(list) = list {
        let params_struct = params_struct.expect("a list has parameters");
        let item = format_ident!("{}", list.item);
        let call = if joins.is_empty() {
            quote!(Box::pin(api.#client_fn(#(#call_args),*)))
        } else {
            quote!(Box::pin(async move { #(#joins)* api.#client_fn(#(#call_args),*).await }))
        };
        let pacing = pacing_key(op, &quote!(params));
        let (pacing_let, pacing_apply) = match pacing {
            Some(key) => (quote!(let pacing_key = #key;), quote!(.paced_by(pacing_key))),
            None => (quote!(), quote!()),
        };
        let walk = if parents.is_empty() {
            quote!(self.client.paginate(&op::#op_const, params, |api, p| #call))
        } else {
            if parents.len() > 3 || parents.iter().any(|(_, _, is_str)| !is_str) {
                return Err(fail("a list's parents must be up to three string ids".into()));
            }
            let names: Vec<&syn::Ident> = parents.iter().map(|(_, n, _)| n).collect();
            let checks = parents.iter().map(|(json, n, _)| quote!((#json, #n)));
            quote! {
                self.client.paginate_checked(
                    &op::#op_const,
                    params::paths(&[#(#checks),*]),
                    (#(#names.to_owned(),)* params),
                    |api, (#(#names,)* p)| #call,
                )
            }
        };
        test_args.push(quote!(example()));
        test_args.extend(test_body);
        test_args.extend(test_headers);
        let method = quote! {
            #(#doc)*
            pub fn #name(&self, #(#sig,)* params: types::#params_struct #(, #sig_body)* #(, #sig_headers)*) -> Paginator<types::#item> {
                #pacing_let
                #walk #pacing_apply
            }
        };
        Ok((method, test_args))
    } else {
        if let Some(params_struct) = &params_struct {
            sig.push(quote!(params: &types::#params_struct));
            test_args.push(quote!(&example()));
        }
        test_args.extend(test_body);
        test_args.extend(test_headers);
        sig.extend(sig_body);
        sig.extend(sig_headers);
        if !joins.is_empty() {
            checks.extend(joins);
        }
        let returns = &client.returns;
        let send = match pacing_key(op, &quote!(params)) {
            Some(key) => quote! {
                let pacing_key = #key;
                self.client.send_paced(&op::#op_const, pacing_key.as_deref(), || api.#client_fn(#(#call_args),*)).await
            },
            None => quote!(self.client.send(&op::#op_const, || api.#client_fn(#(#call_args),*)).await),
        };
        let method = quote! {
            #(#doc)*
            pub async fn #name(&self, #(#sig),*) -> Result<#returns> {
                #(#checks)*
                let api = self.client.api();
                #send
            }
        };
        Ok((method, test_args))
    }
}

/// The expression giving the pacing key from the parameters: the first of the spec's
/// pacing parameters that is set.
fn pacing_key(op: &OperationInfo, params: &TokenStream) -> Option<TokenStream> {
    let mut fields =
        op.pacing_key.iter().map(|p| format_ident!("{}", heck::ToSnakeCase::to_snake_case(p.as_str())));
    let first = fields.next()?;
    let rest = fields.map(|f| quote!(.or_else(|| #params.#f.clone())));
    Some(quote!(#params.#first.clone() #(#rest)*))
}

/// [`EventData`](../workos/event/enum.EventData.html): one variant per event type of the
/// `Event` schema's `x-workos-event-types`, named after the event type and documented by its
/// line in `x-workos-event-docs`.
/// A document without event types (a test fixture) gets none.
pub(crate) fn event_data(doc: &Value) -> Result<Option<syn::Item>, String> {
    let event = &doc["components"]["schemas"]["Event"];
    let Some(types) = event["x-workos-event-types"].as_object() else { return Ok(None) };
    let docs = event["x-workos-event-docs"].as_object();
    let mut variants = Vec::new();
    let mut names = Vec::new();
    let mut arms_name = Vec::new();
    let mut arms_parse = Vec::new();
    for (name, component) in types {
        let component = component.as_str().ok_or_else(|| format!("event type `{name}`: no component"))?;
        let variant = format_ident!("{}", crate::naming::variant_name(name));
        let data = format_ident!("{component}");
        let line = docs.and_then(|d| d.get(name)).and_then(Value::as_str).unwrap_or("An event.");
        let (line, kind) = (format!(" {line}"), format!(" Event type `{name}`."));
        variants.push(quote! {
            #[doc = #line]
            #[doc = ""]
            #[doc = #kind]
            #variant(types::#data),
        });
        names.push(quote!(#name));
        arms_name.push(quote!(EventData::#variant(_) => #name,));
        arms_parse.push(quote!(#name => EventData::#variant(crate::event::parse_data(#name, data, body)?),));
    }
    Ok(Some(syn::parse_quote! {
        /// The event types of the spec, as one enum; re-exported by `crate::event`.
        pub(crate) mod event_data {
            use crate::{Result, types};

            /// What happened, with the object the event carries: one variant per event type.
            #[derive(Debug, Clone)]
            #[non_exhaustive]
            pub enum EventData {
                #(#variants)*
                /// An event type this version of the SDK does not know: its name and data as sent.
                Unknown {
                    /// The event type, such as `user.created`.
                    event: String,
                    /// The event's data, as sent.
                    data: ::serde_json::Value,
                },
            }

            /// Every event type that has its own [`EventData`] variant.
            pub const EVENT_TYPES: &[&str] = &[#(#names),*];

            impl EventData {
                /// The event type, such as `user.created`.
                pub fn name(&self) -> &str {
                    match self {
                        #(#arms_name)*
                        EventData::Unknown { event, .. } => event,
                    }
                }

                /// Parses `data` as the data of an `event`; `body` is the whole event as
                /// received, when there is one, to say where a failure is.
                pub(crate) fn parse(event: String, data: crate::event::EventJson<'_>, body: Option<&[u8]>) -> Result<EventData> {
                    Ok(match event.as_str() {
                        #(#arms_parse)*
                        _ => EventData::Unknown { event, data: data.into_value()? },
                    })
                }
            }
        }
    }))
}
