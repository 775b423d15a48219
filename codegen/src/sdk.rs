//! The per-operation surface of the `workos` crate: its handles and one method per operation.
//!
//! Each operation names its handle and method in the spec (its `x-workos` object's `sdk`);
//! everything else about the method follows from codegen's own table of the operation and the
//! client method's arguments as [`crate::client_args`] works them out, never from
//! progenitor's output: path ids become `&str` arguments that are checked before anything is
//! sent, query parameters travel in the operation's `Params` struct, a list returns a
//! `Paginator` (whose parents' ids ride with the parameters), a comma-separated filter is
//! checked (a value with a comma or an empty one is refused before anything is sent) and
//! joined, an `Idempotency-Key` is made once per call, an access token becomes the
//! `Authorization` header, and a published rate limit with a pacing key paces the call per
//! key. The output is the `workos` crate's `generated.rs`, which calls the machinery of that
//! crate (`send`, `Paginator::new`, the argument checks).

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::client_args::{ArgKind, Pass};
use crate::naming::const_name;
use crate::prepare::{OperationInfo, Prepared};

/// Whether the component `name` is an object with no properties (built by `From<Map>`).
fn is_empty_object(prepared: &Prepared, name: &str) -> bool {
    let schema = &prepared.doc_json["components"]["schemas"][name];
    schema["type"] == "object" && schema["properties"].as_object().is_none_or(|p| p.is_empty())
}

/// The lines of the workspace's tests that call the generated methods.
#[derive(Default)]
pub(crate) struct TestCalls {
    /// One call of every method (see [`every_call`]).
    every: Vec<TokenStream>,
    /// One call per comma-separated filter, with a comma in it (see [`comma_call`]).
    comma: Vec<TokenStream>,
}

/// The `workos` crate's `generated.rs`, as items, and the tests' calls of its methods.
pub(crate) fn emit(prepared: &Prepared) -> Result<(Vec<syn::Item>, TestCalls), String> {
    let handles = &prepared.document.handles;
    let mut by_handle: BTreeMap<&str, Vec<TokenStream>> = BTreeMap::new();
    let mut calls = TestCalls::default();
    // Aliases, by the accessor of the handle that offers them, with the feature of the
    // handle they call.
    let mut aliased: BTreeMap<String, Vec<(String, TokenStream)>> = BTreeMap::new();
    for op in &prepared.operations {
        let Some((handle, method_name)) = &op.sdk else { continue };
        if !handles.iter().any(|h| &h.accessor == handle) {
            return Err(format!("{}: handle `{handle}` is not declared", op.id));
        }
        let (method, call, aliases) = emit_method(prepared, op, method_name)?;
        by_handle.entry(handle.as_str()).or_default().push(method);
        for (accessor, alias) in aliases {
            aliased.entry(accessor).or_default().push(alias);
        }
        let list = op.list.is_some() && op.params.is_some();
        calls.every.push(every_call(handle, method_name, list, &call.args));
        for filter in &op.comma_separated {
            calls.comma.push(comma_call(handle, method_name, list, filter, &call)?);
        }
    }

    // Every handle is a type of the one `handles` module (its area's feature gates it, see
    // `areas`), and an accessor of `Workos`.
    let mut items: Vec<syn::Item> = vec![
        syn::parse_quote! {
            #[allow(unused_imports)]
            use crate::{Paginator, Result, Secret, client::Workos, types};
        },
        syn::parse_quote! {
            #[allow(unused_imports)]
            use crate::handles::arguments as params;
        },
        syn::parse_quote! {
            #[allow(unused_imports)]
            use workos_api::operations as op;
        },
    ];
    let mut accessors = Vec::new();
    for handle in handles {
        let ty = format_ident!("{}", handle.type_name);
        let accessor = format_ident!("{}", handle.accessor);
        let type_doc = format!(" {} From [`Workos::{}`].", handle.doc, handle.accessor);
        let accessor_doc = format!(" {}", handle.doc);
        let methods = by_handle.remove(handle.accessor.as_str()).unwrap_or_default();
        // The aliases of another area's methods, each compiled with that area.
        let aliases = aliased.remove(&handle.accessor).unwrap_or_default();
        let mut by_feature: BTreeMap<String, Vec<TokenStream>> = BTreeMap::new();
        for (feature, alias) in aliases {
            by_feature.entry(feature).or_default().push(alias);
        }
        for (feature, aliases) in by_feature {
            items.push(syn::parse_quote! {
                #[cfg(feature = #feature)]
                impl #ty<'_> {
                    #(#aliases)*
                }
            });
        }
        items.push(syn::parse_quote! {
            #[doc = #type_doc]
            #[derive(Debug, Clone, Copy)]
            pub struct #ty<'a> {
                pub(crate) client: &'a Workos,
            }
        });
        items.push(syn::parse_quote! {
            impl #ty<'_> {
                #(#methods)*
            }
        });
        accessors.push(quote! {
            #[doc = #accessor_doc]
            pub fn #accessor(&self) -> #ty<'_> {
                #ty { client: self }
            }
        });
    }
    if let Some(handle) = by_handle.keys().next() {
        return Err(format!("operations name the undeclared handle `{handle}`"));
    }
    items.push(syn::parse_quote! {
        impl Workos {
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

/// One line of the test of comma-separated filters: the method called with example values
/// in which the filter `filter` holds a value with a comma (`h.with_comma`), its result handed
/// to `h.refused`, which expects it refused before anything is sent.
fn comma_call(
    handle: &str,
    method: &str,
    list: bool,
    filter: &str,
    call: &TestCall,
) -> Result<TokenStream, String> {
    let label = format!("{handle}().{method}");
    let at =
        call.params_at.ok_or_else(|| format!("{label}: a comma-separated filter outside a Params struct"))?;
    let mut args = call.args.clone();
    args[at] = if list { quote!(h.with_comma(#filter)) } else { quote!(&h.with_comma(#filter)) };
    let (handle, method) = (format_ident!("{handle}"), format_ident!("{method}"));
    Ok(quote!(h.refused(#label, #filter, w.#handle().#method(#(#args),*).await.map(drop));))
}

/// The test module that calls every operation of the spec through the `workos` crate (it
/// lives in `tests/tests/it/`; the harness is `every_operation::Harness`).
pub(crate) fn every_call_module(calls: &TestCalls) -> syn::File {
    let (every, comma) = (&calls.every, &calls.comma);
    syn::parse_quote! {
        use workos::{Secret, Workos};
        use workos_test_server::example;

        use crate::every_operation::Harness;

        /// Calls every method of every handle once: one line per operation of the spec, the
        /// deprecated ones included.
        #[allow(deprecated)]
        pub(crate) async fn call_every_method(h: &mut Harness<'_>, w: &Workos) {
            #(#every)*
        }

        /// Calls every method that takes a comma-separated filter once per such filter, with a
        /// comma in one of its values.
        pub(crate) async fn call_with_a_comma_in_each_filter(h: &mut Harness<'_>, w: &Workos) {
            #(#comma)*
        }
    }
}

/// How the tests call a generated method: its arguments, and which of them is the `Params`
/// struct, if it takes one.
struct TestCall {
    args: Vec<TokenStream>,
    params_at: Option<usize>,
}

/// What a failed attempt of a write leads to, said from the same fact the transport retries
/// by (`x-workos.idempotent`); `None` for reads and the methods whose repeat is harmless.
fn retry_doc(op: &OperationInfo) -> Option<&'static str> {
    if op.idempotent {
        return Some(
            " Retried like a read: each call sends an `Idempotency-Key`, a fresh one unless \
             `idempotency_key` names yours (an id of your own record, say), the same on every attempt, \
             so WorkOS applies the call once however often it is tried.",
        );
    }
    matches!(op.method.as_str(), "POST" | "PATCH").then_some(
        " Not retried once it may have reached WorkOS, which does not document `Idempotency-Key` \
         for it: only when it certainly was not sent, or after a `429`.",
    )
}

/// A generated method, the tests' call of it, and its aliases: `(accessor, (feature, method))`
/// for each handle that offers it too.
type Emitted = (TokenStream, TestCall, Vec<Alias>);

/// An alias: the accessor of the handle that offers it, the feature of the handle it calls,
/// and the method.
type Alias = (String, (String, TokenStream));

fn emit_method(prepared: &Prepared, op: &OperationInfo, name: &str) -> Result<Emitted, String> {
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
    let list = op.list.as_ref().filter(|_| params_struct.is_some());

    // The SDK method's arguments: path ids, then (below) the parameters, then the body, then
    // what travels in headers.
    let mut sig = Vec::new();
    let mut sig_body = Vec::new();
    let mut sig_headers = Vec::new();
    let mut checks = Vec::new(); // statements before the call
    let mut as_strs = Vec::new(); // typed ids as the strings they hold, first of all
    let mut call_args = Vec::new(); // the client method's arguments
    let mut test_args = Vec::new(); // the SDK method's arguments in the test of every operation
    let mut test_body = Vec::new(); // ... for the body
    let mut test_headers = Vec::new(); // ... for header values
    let mut example = Example::default(); // the doc example's arguments
    let mut parents = Vec::new(); // path ids of a list
    let mut joins = Vec::new(); // comma-separated filters, joined inside a list's call
    let mut separated = Vec::new(); // their checks, before anything is sent
    let params = if list.is_some() { quote!(p) } else { quote!(params) };

    // An operation of another host takes that host's origin first, and goes through a client
    // whose base URL it is.
    let api = match &op.host_variable {
        Some(variable) => {
            if list.is_some() {
                return Err(fail("a list on another host is not supported".into()));
            }
            let host = format_ident!("{variable}");
            sig.push(quote!(#host: &str));
            test_args.push(quote!(&h.base_url()));
            example.path.push("\"https://auth.example.com\"".to_owned());
            quote!(self.client.api_at(#host)?)
        }
        None => quote!(self.client.api()),
    };
    if let Some(successor) = &op.deprecated {
        doc.push(String::new());
        doc.push(format!(" Deprecated by WorkOS: {successor}."));
    }
    let deprecated = op.deprecated.as_ref().map(|note| quote!(#[deprecated(note = #note)]));
    if let Some(line) = retry_doc(op) {
        doc.push(String::new());
        doc.push(line.to_owned());
    }

    for arg in crate::client_args::args(prepared, op)? {
        let arg_name = &arg.ident;
        match &arg.kind {
            ArgKind::Path { name: param, component, id: id_type } => {
                let id = format!("{}_01", arg_name.to_string().trim_end_matches('_'));
                match component {
                    None => {
                        if let Some(id_type) = id_type {
                            let ty = format_ident!("{id_type}");
                            test_args.push(quote!(&workos::types::#ty::new(h.id(#id))));
                            example.path.push(format!(
                                "&workos::types::{id_type}::new(\"{}\")",
                                example_id(prepared, id_type)
                            ));
                            sig.push(quote!(#arg_name: &types::#ty));
                            // Below, the id is the string it holds.
                            as_strs.push(quote!(let #arg_name: &str = #arg_name.as_str();));
                        } else {
                            test_args.push(quote!(&h.id(#id)));
                            example.path.push(format!("\"{id}\""));
                            sig.push(quote!(#arg_name: &str));
                        }
                        if list.is_none() {
                            checks.push(quote!(let #arg_name = params::path(#param, #arg_name)?;));
                        }
                    }
                    Some(component) => {
                        let ty = format_ident!("{component}");
                        test_args.push(quote!(&example()));
                        example.hidden.push(format!("{arg_name}: workos::types::{component}"));
                        example.path.push(format!("&{arg_name}"));
                        sig.push(quote!(#arg_name: &types::#ty));
                    }
                }
                parents.push((param.clone(), arg_name.clone(), component.is_none()));
                call_args.push(quote!(#arg_name));
            }
            ArgKind::Body { component } => {
                let ty = format_ident!("{component}");
                if is_empty_object(prepared, component) {
                    checks.push(quote!(let body = types::#ty::from(::serde_json::Map::new());));
                    call_args.push(quote!(&body));
                } else {
                    sig_body.push(quote!(body: &types::#ty));
                    test_body.push(quote!(&example()));
                    example.hidden.push(format!("body: workos::types::{component}"));
                    example.rest.push("&body".to_owned());
                    call_args.push(quote!(body));
                }
            }
            ArgKind::IdempotencyKey => {
                sig_headers.push(quote!(idempotency_key: Option<&str>));
                test_headers.push(quote!(None));
                example.headers.push("None".to_owned());
                checks.push(quote! {
                    let idempotency_key = idempotency_key.map_or_else(params::new_idempotency_key, str::to_owned);
                });
                call_args.push(quote!(Some(idempotency_key.as_str())));
            }
            ArgKind::AccessToken => {
                sig_headers.push(quote!(access_token: &Secret));
                test_headers.push(quote!(&Secret::new("token_01")));
                example.hidden.push("access_token: workos::Secret".to_owned());
                example.headers.push("&access_token".to_owned());
                checks.push(quote!(let authorization = format!("Bearer {}", access_token.expose());));
                call_args.push(quote!(&authorization));
            }
            // A query parameter: a field of the operation's `Params` struct.
            ArgKind::Query { name: json, field, pass, required } => {
                if op.comma_separated.contains(json) {
                    separated.push(quote!(params::check_comma_separated(#json, &params.#field)));
                    joins.push(quote!(let #field = params::comma_separated(&#params.#field);));
                    call_args.push(quote!(#field.as_deref()));
                } else {
                    call_args.push(match (pass, required) {
                        (Pass::Str, false) => quote!(#params.#field.as_deref()),
                        (Pass::Str, true) => quote!(#params.#field.as_str()),
                        (Pass::Ref, false) => quote!(#params.#field.as_ref()),
                        (Pass::Ref, true) => quote!(&#params.#field),
                        (Pass::Value, _) => quote!(#params.#field),
                    });
                }
            }
        }
    }

    if let Some(params) = &op.params {
        let required = prepared.doc_json["components"]["schemas"][&params.name]["required"]
            .as_array()
            .is_some_and(|required| !required.is_empty());
        let (by_ref, value) = if list.is_some() { ("", "params") } else { ("&", "&params") };
        if required {
            example.hidden.push(format!("params: workos::types::{}", params.name));
            example.params = Some(value.to_owned());
        } else {
            example.params = Some(format!("{by_ref}workos::types::{}::default()", params.name));
        }
    }
    let handle = op.sdk.as_ref().map(|(handle, _)| handle.as_str()).unwrap_or_default();
    let unit = list.is_none() && crate::client_args::answer(prepared, op)?.is_none();
    let summary = doc[0].clone();
    doc.extend(example.lines(handle, &name.to_string(), list.is_some(), unit));
    // The handles that offer the method too, and the doc of each alias.
    let canonical = prepared.document.handles.iter().find(|h| h.accessor == handle);
    let alias_docs: Vec<(String, Vec<String>)> = canonical
        .map(|h| {
            h.also_on
                .iter()
                .map(|accessor| {
                    let mut lines = vec![summary.clone(), String::new()];
                    lines.push(format!(
                        " The same call as [`{ty}::{name}`](crate::handles::{ty}::{name}), which \
                         documents it: WorkOS's docs and SDKs list it here, with the rest of this area.",
                        ty = h.type_name
                    ));
                    lines.extend(example.lines(accessor, &name.to_string(), list.is_some(), unit));
                    (accessor.clone(), lines)
                })
                .collect()
        })
        .unwrap_or_default();
    let feature = canonical.map(|h| h.module.replace('_', "-")).unwrap_or_default();
    let handle_ident = format_ident!("{handle}");
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
        // What must hold before the first page is asked for: the parents' ids, then each
        // comma-separated filter. The parameters' values cannot change during the walk.
        let mut valid = separated.into_iter();
        let valid = if parents.is_empty() {
            valid.next().map(|first| quote!(#first #(.and_then(|()| #valid))*))
        } else {
            let checks = parents.iter().map(|(json, n, _)| quote!((#json, #n)));
            Some(quote!(params::paths(&[#(#checks),*]) #(.and_then(|()| #valid))*))
        };
        // The event list's items are the SDK's typed events (their data in the type of their
        // event type), the same type webhooks give; the page's own `Event` stays internal.
        let typed_events = list.item == "Event" && !prepared.events.is_empty();
        let walk = if typed_events {
            if !parents.is_empty() {
                return Err(fail("the event list has no parents".into()));
            }
            let valid = valid.unwrap_or_else(|| quote!(Ok(())));
            quote!(Paginator::checked_typed(self.client, &op::#op_const, #valid, params, |api, p| #call, crate::events::Event::from_listed))
        } else if parents.is_empty() {
            match valid {
                None => quote!(Paginator::new(self.client, &op::#op_const, params, |api, p| #call)),
                Some(valid) => {
                    quote!(Paginator::checked(self.client, &op::#op_const, #valid, params, |api, p| #call))
                }
            }
        } else {
            if parents.len() > 3 || parents.iter().any(|(_, _, is_str)| !is_str) {
                return Err(fail("a list's parents must be up to three string ids".into()));
            }
            let names: Vec<&syn::Ident> = parents.iter().map(|(_, n, _)| n).collect();
            quote! {
                Paginator::checked(
                    self.client,
                    &op::#op_const,
                    #valid,
                    (#(#names.to_owned(),)* params),
                    |api, (#(#names,)* p)| #call,
                )
            }
        };
        let params_at = test_args.len();
        test_args.push(quote!(example()));
        test_args.extend(test_body);
        test_args.extend(test_headers);
        // `#[inline]`: a list method is compiled (with its page type's decoder and the send
        // loop's instantiation) in the program that calls it, not for every list in the
        // `workos` crate's own build. The async methods are so already: their bodies are
        // compiled where they are awaited.
        let returns = if typed_events {
            quote!(Paginator<crate::events::Event>)
        } else {
            quote!(Paginator<types::#item>)
        };
        let method = quote! {
            #(#doc)*
            #deprecated
            #[inline]
            pub fn #name(&self, #(#sig,)* params: types::#params_struct #(, #sig_body)* #(, #sig_headers)*) -> #returns {
                #(#as_strs)*
                #pacing_let
                #walk #pacing_apply
            }
        };
        let signature = quote! {
            fn #name(&self, #(#sig,)* params: types::#params_struct #(, #sig_body)* #(, #sig_headers)*) -> Paginator<types::#item>
        };
        let aliases = aliases(
            &alias_docs,
            &feature,
            &signature,
            &deprecated,
            |args| quote!(self.client.#handle_ident().#name(#(#args),*)),
        )?;
        Ok((method, TestCall { args: test_args, params_at: Some(params_at) }, aliases))
    } else {
        let mut params_at = None;
        if let Some(params_struct) = &params_struct {
            sig.push(quote!(params: &types::#params_struct));
            params_at = Some(test_args.len());
            test_args.push(quote!(&example()));
        }
        test_args.extend(test_body);
        test_args.extend(test_headers);
        sig.extend(sig_body);
        sig.extend(sig_headers);
        checks.extend(separated.into_iter().map(|check| quote!(#check?;)));
        checks.extend(joins);
        let returns = match crate::client_args::answer(prepared, op)? {
            Some(component) => {
                let ty = format_ident!("{component}");
                quote!(types::#ty)
            }
            None => quote!(()),
        };
        let send = match pacing_key(op, &quote!(params)) {
            Some(key) => quote! {
                let pacing_key = #key;
                self.client.send_paced(&op::#op_const, pacing_key.as_deref(), || api.#client_fn(#(#call_args),*)).await
            },
            None => quote!(self.client.send(&op::#op_const, || api.#client_fn(#(#call_args),*)).await),
        };
        let method = quote! {
            #(#doc)*
            #deprecated
            pub async fn #name(&self, #(#sig),*) -> Result<#returns> {
                #(#as_strs)*
                #(#checks)*
                let api = #api;
                #send
            }
        };
        let signature = quote!(async fn #name(&self, #(#sig),*) -> Result<#returns>);
        let aliases = aliases(
            &alias_docs,
            &feature,
            &signature,
            &deprecated,
            |args| quote!(self.client.#handle_ident().#name(#(#args),*).await),
        )?;
        Ok((method, TestCall { args: test_args, params_at }, aliases))
    }
}

/// The aliases of a method with `signature`: one per `(accessor, doc)`, whose body is
/// `call(its arguments)`, compiled with `feature` (the area of the method it calls).
fn aliases(
    docs: &[(String, Vec<String>)],
    feature: &str,
    signature: &TokenStream,
    deprecated: &Option<TokenStream>,
    call: impl Fn(Vec<syn::Pat>) -> TokenStream,
) -> Result<Vec<Alias>, String> {
    if docs.is_empty() {
        return Ok(Vec::new());
    }
    let sig: syn::Signature =
        syn::parse2(quote!(#signature)).map_err(|e| format!("an alias's signature: {e}"))?;
    let args: Vec<syn::Pat> = sig
        .inputs
        .iter()
        .filter_map(|input| match input {
            syn::FnArg::Typed(typed) => Some((*typed.pat).clone()),
            syn::FnArg::Receiver(_) => None,
        })
        .collect();
    let body = call(args);
    Ok(docs
        .iter()
        .map(|(accessor, lines)| {
            let doc = lines.iter().map(|line| quote!(#[doc = #line]));
            let method = quote! {
                #(#doc)*
                #deprecated
                #[allow(deprecated)]
                #[inline]
                pub #signature {
                    #body
                }
            };
            (accessor.clone(), (feature.to_owned(), method))
        })
        .collect())
}

/// The doc example of a method: its arguments, in the method's order, and the values a
/// reader builds elsewhere (a body, an access token), which the example takes as arguments of
/// its own hidden function.
#[derive(Default)]
struct Example {
    /// The host and the path's values.
    path: Vec<String>,
    /// The parameters, when there are.
    params: Option<String>,
    /// The body.
    rest: Vec<String>,
    /// The headers' values.
    headers: Vec<String>,
    /// `name: Type` of each hidden argument.
    hidden: Vec<String>,
}

impl Example {
    /// The doc lines of a `no_run` example of `workos.<handle>().<method>(...)`.
    /// `unit`: the method answers nothing, so the example binds nothing.
    fn lines(&self, handle: &str, method: &str, list: bool, unit: bool) -> Vec<String> {
        let args: Vec<&str> = self
            .path
            .iter()
            .chain(&self.params)
            .chain(&self.rest)
            .chain(&self.headers)
            .map(String::as_str)
            .collect();
        let hidden: String = self.hidden.iter().map(|arg| format!(", {arg}")).collect();
        let call = format!("workos.{handle}().{method}({})", args.join(", "));
        let binding = if list { "page" } else { "answer" };
        let mut lines = vec![
            String::new(),
            " # Example".to_owned(),
            String::new(),
            " ```no_run".to_owned(),
            format!(" # async fn example(workos: &workos::Workos{hidden}) -> workos::Result<()> {{"),
        ];
        if list {
            lines.push(" // One page; `.items()` walks every item as a stream.".to_owned());
        }
        if unit {
            lines.push(format!(" {call}.await?;"));
        } else {
            lines.push(format!(" let {binding} = {call}.await?;"));
            lines.push(format!(" # let _ = {binding};"));
        }
        lines.push(" # Ok(()) }".to_owned());
        lines.push(" ```".to_owned());
        lines
    }
}

/// An id of the kind `id_type` as the local test server makes them (`org_01K...1`), for the
/// doc examples.
fn example_id(prepared: &Prepared, id_type: &str) -> String {
    let prefix = prepared
        .document
        .ids
        .iter()
        .find(|kind| kind.type_name == id_type)
        .map_or("id_", |kind| kind.prefix.as_str());
    format!("{prefix}01K{:0>23}", 1)
}

/// The expression giving the pacing key from the parameters: the first of the spec's
/// pacing parameters that is set.
fn pacing_key(op: &OperationInfo, params: &TokenStream) -> Option<TokenStream> {
    let mut fields =
        op.pacing_key.iter().map(|p| format_ident!("{}", heck::ToSnakeCase::to_snake_case(p.as_str())));
    let first = fields.next()?;
    // `as_deref`: a pacing parameter may hold a typed id.
    let rest = fields.map(|f| quote!(.or_else(|| #params.#f.as_deref().map(str::to_owned))));
    Some(quote!(#params.#first.as_deref().map(str::to_owned) #(#rest)*))
}

/// `workos/src/events/data.rs`: [`EventData`](../workos/events/enum.EventData.html), one
/// variant per event type of the `Event` schema (its `x-workos` object's `events`), named after
/// the event type and documented by its line. A document without event types (a test
/// fixture) gets the enum with its fallback variant alone.
pub(crate) fn event_data(events: &BTreeMap<String, workos_spec_extensions::EventType>) -> syn::File {
    let mut variants = Vec::new();
    let mut names = Vec::new();
    let mut arms_name = Vec::new();
    let mut arms_parse = Vec::new();
    for (name, event) in events {
        let variant = format_ident!("{}", crate::naming::variant_name(name));
        let data = format_ident!("{}", event.data);
        let (line, kind) = (format!(" {}", event.doc), format!(" Event type `{name}`."));
        variants.push(quote! {
            #[doc = #line]
            #[doc = ""]
            #[doc = #kind]
            #variant(types::#data),
        });
        names.push(quote!(#name));
        arms_name.push(quote!(EventData::#variant(_) => #name,));
        arms_parse.push(quote!(#name => EventData::#variant(parse_data(#name, data, body)?),));
    }
    syn::parse_quote! {
        //! The event types of the spec, as one enum; re-exported by `crate::events`.

        #[allow(unused_imports)]
        use crate::{Result, types};
        use crate::events::decode::{EventJson, parse_data};

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
            // `#[inline]`, as the public functions that call it: every event type's decoder
            // is compiled in a program that parses events, not in every build of `workos`.
            #[inline]
            pub(crate) fn parse(event: String, data: EventJson<'_>, body: Option<&[u8]>) -> Result<EventData> {
                Ok(match event.as_str() {
                    #(#arms_parse)*
                    _ => EventData::Unknown { event, data: data.into_value()? },
                })
            }
        }
    }
}
