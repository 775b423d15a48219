//! Changes to progenitor's syntax tree that typify's settings cannot express.
//!
//! These work on the parsed tree, never on text: each one is a structural rule that a
//! fixture test pins.

use syn::visit_mut::VisitMut;

/// Appends `items` to the generated `types` module.
pub(crate) fn append_to_types(file: &mut syn::File, items: Vec<syn::Item>) {
    if let Some(types) = types_module(file) {
        types.extend(items);
    }
}

pub(crate) fn types_module(file: &mut syn::File) -> Option<&mut Vec<syn::Item>> {
    file.items.iter_mut().find_map(|item| match item {
        syn::Item::Mod(m) if m.ident == "types" => m.content.as_mut().map(|(_, items)| items),
        _ => None,
    })
}

/// Collections that may be absent (`#[serde(default)]`) also read `null` as empty: the live
/// API sends either, and an `Option<Vec<_>>` would make every caller handle both.
pub(crate) fn tolerate_null_collections(file: &mut syn::File) {
    if let Some(items) = types_module(file) {
        for item in items {
            NullCollections.visit_item_mut(item);
        }
    }
}

struct NullCollections;

impl VisitMut for NullCollections {
    fn visit_field_mut(&mut self, field: &mut syn::Field) {
        if !is_collection(&field.ty) {
            return;
        }
        for attr in &mut field.attrs {
            if !attr.path().is_ident("serde") {
                continue;
            }
            let syn::Meta::List(list) = &mut attr.meta else { continue };
            let mut has_default = false;
            let _ = list.parse_nested_meta(|meta| {
                if meta.path.is_ident("default") && meta.input.is_empty()
                    || meta.path.is_ident("default") && meta.input.peek(syn::Token![,])
                {
                    has_default = true;
                }
                if meta.input.peek(syn::Token![=]) {
                    let _: syn::Expr = meta.value()?.parse()?;
                }
                Ok(())
            });
            if has_default {
                let tokens = &list.tokens;
                list.tokens = quote::quote!(#tokens, deserialize_with = "null_as_default");
            }
        }
    }
}

fn is_collection(ty: &syn::Type) -> bool {
    let syn::Type::Path(path) = ty else { return false };
    path.path.segments.last().is_some_and(|s| s.ident == "Vec" || s.ident == "BTreeMap" || s.ident == "Map")
}

/// Every timestamp field reads through `crate::timestamp` (in `workos-api`), which is fast on
/// the RFC 3339 form WorkOS documents and also takes the zone-less forms some live answers
/// carry; chrono's RFC-3339-only impl would fail the whole answer on those. Writing stays
/// chrono's.
pub(crate) fn lenient_timestamps(file: &mut syn::File) {
    if let Some(items) = types_module(file) {
        for item in items {
            Timestamps.visit_item_mut(item);
        }
    }
}

struct Timestamps;

impl VisitMut for Timestamps {
    fn visit_field_mut(&mut self, field: &mut syn::Field) {
        let (reader, optional) = if is_timestamp(&field.ty) {
            ("crate::timestamp::deserialize", false)
        } else if generic_arg(&field.ty, "Option").is_some_and(is_timestamp) {
            ("crate::timestamp::option::deserialize", true)
        } else {
            return;
        };
        // With `deserialize_with`, serde reads an absent `Option` as `None` only when told
        // `default`.
        let needs_default = optional && !has_serde_default(field);
        for attr in &mut field.attrs {
            if !attr.path().is_ident("serde") {
                continue;
            }
            let syn::Meta::List(list) = &mut attr.meta else { continue };
            let Ok(mut metas) = list
                .parse_args_with(syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated)
            else {
                continue;
            };
            // typify reads a required nullable field with `Option::deserialize` so that it must
            // be present: our reader takes its place, and no `default` is added, which keeps
            // the field required.
            let mut replaced = false;
            for meta in &mut metas {
                if let syn::Meta::NameValue(pair) = meta
                    && pair.path.is_ident("deserialize_with")
                {
                    pair.value = syn::parse_quote!(#reader);
                    replaced = true;
                }
            }
            if !replaced {
                if needs_default {
                    metas.push(syn::parse_quote!(default));
                }
                metas.push(syn::parse_quote!(deserialize_with = #reader));
            }
            list.tokens = quote::ToTokens::to_token_stream(&metas);
            return;
        }
        let default = needs_default.then(|| quote::quote!(default,));
        field.attrs.push(syn::parse_quote!(#[serde(#default deserialize_with = #reader)]));
    }
}

/// `::chrono::DateTime<::chrono::offset::Utc>`, however the path is spelled.
fn is_timestamp(ty: &syn::Type) -> bool {
    let syn::Type::Path(path) = ty else { return false };
    let segments = &path.path.segments;
    let Some(last) = segments.last() else { return false };
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else { return false };
    let zone_is_utc = matches!(
        args.args.first(),
        Some(syn::GenericArgument::Type(zone)) if last_segment(zone).as_deref() == Some("Utc")
    );
    segments.first().is_some_and(|s| s.ident == "chrono") && last.ident == "DateTime" && zone_is_utc
}

/// `T` of a `Wrapper<T>`, such as `Option<T>` or `Vec<T>`, however the path is spelled.
pub(crate) fn generic_arg<'a>(ty: &'a syn::Type, wrapper: &str) -> Option<&'a syn::Type> {
    let syn::Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if last.ident != wrapper {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else { return None };
    match args.args.first()? {
        syn::GenericArgument::Type(inner) => Some(inner),
        _ => None,
    }
}

/// Helpers the finished `types` module relies on.
pub(crate) fn support_items() -> Vec<syn::Item> {
    let file: syn::File = syn::parse_quote! {
        /// Reads `null` as the empty collection.
        fn null_as_default<'de, D, T>(deserializer: D) -> ::std::result::Result<T, D::Error>
        where
            D: ::serde::Deserializer<'de>,
            T: ::serde::Deserialize<'de> + ::std::default::Default,
        {
            let value: ::std::option::Option<T> = ::serde::Deserialize::deserialize(deserializer)?;
            Ok(value.unwrap_or_default())
        }
    };
    file.items
}

/// What a property's extensions say about its field, in one pass over the types:
/// - `x-rust-name` names the field: the spec's author called it so (`kind` for `type`, which
///   typify would make `type_`). The serde rename keeps the JSON name.
/// - `x-workos-aliases` are other spellings live answers use, read as the same field.
/// - `x-rust-raw-json` keeps the value's JSON text (`serde_json`'s `RawValue`): for a value
///   whose shape another field decides, which a later step decodes once into its type instead
///   of through an intermediate map. Absent or `null` reads as `None`.
pub(crate) fn property_extensions(file: &mut syn::File, doc: &serde_json::Value) {
    let Some(types) = types_module(file) else { return };
    for item in types.iter_mut() {
        let syn::Item::Struct(s) = item else { continue };
        let schema = &doc["components"]["schemas"][s.ident.to_string()]["properties"];
        for field in s.fields.iter_mut() {
            let json = json_name(field);
            let property = &schema[&json];
            if property["x-rust-raw-json"] == serde_json::Value::Bool(true) {
                field.ty = syn::parse_quote!(
                    ::std::option::Option<::std::boxed::Box<::serde_json::value::RawValue>>
                );
                // The collection's own serde attributes (default, skip when empty) do not fit.
                field.attrs.retain(|attr| !attr.path().is_ident("serde") || json_name_attr(attr));
                field.attrs.push(syn::parse_quote!(
                    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
                ));
            }
            for alias in
                property["x-workos-aliases"].as_array().into_iter().flatten().filter_map(|a| a.as_str())
            {
                field.attrs.push(syn::parse_quote!(#[serde(alias = #alias)]));
            }
            if let Some(name) = property["x-rust-name"].as_str() {
                // Without a rename, the field's name was the JSON name: keep that on the wire.
                let renamed = field.ident.as_ref().is_some_and(|ident| *ident != json);
                if !renamed && name != json {
                    field.attrs.push(syn::parse_quote!(#[serde(rename = #json)]));
                }
                field.ident = Some(quote::format_ident!("{name}"));
            }
        }
    }
}

/// Whether a serde attribute carries the field's JSON name (`rename`), which must stay.
fn json_name_attr(attr: &syn::Attribute) -> bool {
    let mut renames = false;
    let _ = attr.parse_nested_meta(|meta| {
        renames |= meta.path.is_ident("rename");
        if meta.input.peek(syn::Token![=]) {
            let _: syn::Expr = meta.value()?.parse()?;
        }
        Ok(())
    });
    renames
}

/// Successful JSON answers are decoded by [`json_response_item`] rather than by
/// `ResponseValue::from_response`, which reads the body whole however long it is, decodes
/// it whatever it builds, and copies the response headers it then keeps: the body is read up
/// to the operation's limit, decoded within a budget, and the headers are moved. Each call
/// names its operation's entry in the `operations` table, where its limit is.
pub(crate) fn decode_with_bounded_body(file: &mut syn::File) {
    struct Decoder {
        replaced: bool,
        /// The method being visited: progenitor names each after its operation id.
        method: Option<syn::Ident>,
    }

    impl VisitMut for Decoder {
        fn visit_impl_item_fn_mut(&mut self, item: &mut syn::ImplItemFn) {
            let outer = self.method.replace(item.sig.ident.clone());
            syn::visit_mut::visit_impl_item_fn_mut(self, item);
            self.method = outer;
        }

        fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
            if let syn::Expr::Path(path) = call.func.as_mut() {
                let names: Vec<String> = path.path.segments.iter().map(|s| s.ident.to_string()).collect();
                if names == ["ResponseValue", "from_response"]
                    && let Some(method) = &self.method
                {
                    let operation =
                        quote::format_ident!("{}", crate::naming::const_name(&method.to_string()));
                    path.path = syn::parse_quote!(json_response);
                    call.args.insert(0, syn::parse_quote!(self));
                    call.args.push(syn::parse_quote!(&operations::#operation));
                    self.replaced = true;
                }
            }
            syn::visit_mut::visit_expr_call_mut(self, call);
        }
    }

    let mut decoder = Decoder { replaced: false, method: None };
    decoder.visit_file_mut(file);
    // A document without a JSON success would otherwise get a function nothing calls.
    if decoder.replaced {
        file.items.push(json_response_item());
    }
}

/// What a successful JSON answer becomes: the same value, status and headers as
/// `ResponseValue::from_response` gives, from a body read within the limit and decoded
/// within `workos_api::decode_budget` of it.
fn json_response_item() -> syn::Item {
    syn::parse_quote! {
        /// Reads a successful answer's JSON body, up to the client's limit (or the operation's,
        /// when smaller), and decodes it within the budget for that limit; its headers are
        /// moved, not copied.
        async fn json_response<T: ::serde::de::DeserializeOwned, E>(
            client: &Client,
            mut response: ::reqwest::Response,
            operation: &crate::Operation,
        ) -> ::std::result::Result<ResponseValue<T>, Error<E>> {
            let status = response.status();
            let headers = ::std::mem::take(response.headers_mut());
            let limit = match operation.max_response_bytes {
                Some(smaller) => smaller.min(client.inner.max_response_bytes),
                None => client.inner.max_response_bytes,
            };
            let (body, cut) = crate::read_body(&mut response, limit).await.map_err(Error::ResponseBodyError)?;
            if cut {
                return Err(Error::Custom(crate::ResponseTooLarge { limit }.to_string()));
            }
            let value = crate::decode_json(&body, crate::decode_budget(limit)).map_err(|failure| match failure {
                crate::DecodeFailure::Invalid(e) => Error::InvalidResponsePayload(body, e),
                crate::DecodeFailure::TooLarge(too_large) => Error::Custom(too_large.to_string()),
            })?;
            Ok(ResponseValue::new(value, status, headers))
        }
    }
}

/// Path parameters are encoded by `crate::encode_path_segment`, which leaves only RFC 3986's
/// unreserved characters as they are, rather than by progenitor's `encode_path`, which
/// leaves `\\` (read as `/` by URL parsers), `;`, `@` and others unencoded.
pub(crate) fn encode_path_segments(file: &mut syn::File) {
    struct Encoder;

    impl VisitMut for Encoder {
        // The calls are inside `format!`: macro tokens, not expressions.
        fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
            let tokens = std::mem::take(&mut mac.tokens);
            mac.tokens = rename_ident(tokens, "encode_path", "encode_path_segment");
        }

        fn visit_use_tree_mut(&mut self, tree: &mut syn::UseTree) {
            if let syn::UseTree::Group(group) = tree {
                group.items = std::mem::take(&mut group.items)
                    .into_iter()
                    .filter(|item| !matches!(item, syn::UseTree::Name(name) if name.ident == "encode_path"))
                    .collect();
            }
            syn::visit_mut::visit_use_tree_mut(self, tree);
        }
    }

    Encoder.visit_file_mut(file);
    let position = file.items.iter().position(|item| !matches!(item, syn::Item::Use(_))).unwrap_or(0);
    file.items.insert(
        position,
        syn::parse_quote!(
            use crate::encode_path_segment;
        ),
    );
}

/// `tokens` with every identifier `from` replaced by `to`, in nested groups too.
fn rename_ident(tokens: proc_macro2::TokenStream, from: &str, to: &str) -> proc_macro2::TokenStream {
    use proc_macro2::{Group, Ident, TokenTree};
    tokens
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Ident(ident) if ident == from => TokenTree::Ident(Ident::new(to, ident.span())),
            TokenTree::Group(group) => {
                let mut renamed = Group::new(group.delimiter(), rename_ident(group.stream(), from, to));
                renamed.set_span(group.span());
                TokenTree::Group(renamed)
            }
            other => other,
        })
        .collect()
}

/// `new(required fields)` for every struct with required fields, so that a caller writes
/// `CreateOrganization::new("Acme").external_id(id)` (the setters are `semver`'s) and a new
/// optional field in the spec does not break that code.
pub(crate) fn constructors(
    file: &mut syn::File,
    consts: &std::collections::BTreeMap<(String, String), String>,
) -> Vec<syn::Item> {
    let Some(items) = types_module(file) else { return Vec::new() };
    // One-variant enums are the `const` markers such as `object: "organization"`: the
    // constructor fills them in rather than asking for the only possible value.
    let one_variant: std::collections::BTreeMap<String, syn::Ident> = items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Enum(e)
                if e.variants.len() == 1 && matches!(e.variants[0].fields, syn::Fields::Unit) =>
            {
                Some((e.ident.to_string(), e.variants[0].ident.clone()))
            }
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    for item in items.iter() {
        let syn::Item::Struct(s) = item else { continue };
        let syn::Fields::Named(fields) = &s.fields else { continue };
        let required: Vec<&syn::Field> = fields.named.iter().filter(|f| !is_optional(f)).collect();
        let name = &s.ident;
        if required.is_empty() {
            continue;
        }
        let mut params = Vec::new();
        let mut inits = Vec::new();
        for field in &fields.named {
            let ident = field.ident.as_ref().expect("named field");
            let only_value =
                last_segment(&field.ty).and_then(|name| one_variant.get(&name).map(|v| (name, v)));
            let const_value = consts.get(&(name.to_string(), json_name(field)));
            if let Some(value) = const_value {
                if is_optional(field) {
                    inits.push(quote::quote!(#ident: Some(#value.to_owned())));
                } else {
                    inits.push(quote::quote!(#ident: #value.to_owned()));
                }
            } else if is_optional(field) {
                inits.push(quote::quote!(#ident: ::std::default::Default::default()));
            } else if let Some((ty, variant)) = only_value {
                let ty = quote::format_ident!("{ty}");
                inits.push(quote::quote!(#ident: #ty::#variant));
            } else if is_string(&field.ty) {
                params.push(quote::quote!(#ident: impl ::std::convert::Into<::std::string::String>));
                inits.push(quote::quote!(#ident: #ident.into()));
            } else {
                let ty = &field.ty;
                params.push(quote::quote!(#ident: #ty));
                inits.push(quote::quote!(#ident));
            }
        }
        let doc = format!(" Builds a `{name}` from its required fields; every other field starts empty.");
        out.push(syn::parse_quote! {
            impl #name {
                #[doc = #doc]
                #[allow(clippy::too_many_arguments)]
                pub fn new(#(#params),*) -> Self {
                    Self { #(#inits),* }
                }
            }
        });
    }
    out
}

/// The JSON name of a field: its `#[serde(rename)]`, else its identifier.
pub(crate) fn json_name(field: &syn::Field) -> String {
    for attr in &field.attrs {
        if !attr.path().is_ident("serde") {
            continue;
        }
        let mut renamed = None;
        let _ = attr.parse_nested_meta(|meta| {
            if meta.path.is_ident("rename") {
                let value: syn::LitStr = meta.value()?.parse()?;
                renamed = Some(value.value());
            } else if meta.input.peek(syn::Token![=]) {
                let _: syn::Expr = meta.value()?.parse()?;
            }
            Ok(())
        });
        if let Some(renamed) = renamed {
            return renamed;
        }
    }
    field.ident.as_ref().map(ToString::to_string).unwrap_or_default()
}

fn last_segment(ty: &syn::Type) -> Option<String> {
    let syn::Type::Path(path) = ty else { return None };
    path.path.segments.last().map(|s| s.ident.to_string())
}

fn is_optional(field: &syn::Field) -> bool {
    let syn::Type::Path(path) = &field.ty else { return false };
    let last = path.path.segments.last().map(|s| s.ident.to_string()).unwrap_or_default();
    last == "Option" || (is_collection(&field.ty) && has_serde_default(field))
}

fn has_serde_default(field: &syn::Field) -> bool {
    field.attrs.iter().any(|attr| {
        attr.path().is_ident("serde")
            && matches!(&attr.meta, syn::Meta::List(list) if list.tokens.to_string().split(',').any(|part| part.trim() == "default"))
    })
}

fn is_string(ty: &syn::Type) -> bool {
    let syn::Type::Path(path) = ty else { return false };
    path.path.segments.last().is_some_and(|s| s.ident == "String")
}

/// Removes the `api-version` header progenitor puts on every request (its own project's
/// convention; WorkOS does not read it), and the capacity reserved for it, so that no call
/// builds a header only to have it removed.
pub(crate) fn drop_api_version_header(file: &mut syn::File) {
    use syn::visit_mut::VisitMut;

    struct Dropper;

    impl VisitMut for Dropper {
        fn visit_block_mut(&mut self, block: &mut syn::Block) {
            let before = block.stmts.len();
            block.stmts.retain(|stmt| !quote::quote!(#stmt).to_string().contains("\"api-version\""));
            if block.stmts.len() < before {
                for stmt in &mut block.stmts {
                    shrink_header_capacity(stmt);
                }
            }
            syn::visit_mut::visit_block_mut(self, block);
        }
    }

    Dropper.visit_file_mut(file);
}

/// `HeaderMap::with_capacity(N)` becomes `with_capacity(N - 1)`.
fn shrink_header_capacity(stmt: &mut syn::Stmt) {
    let syn::Stmt::Local(local) = stmt else { return };
    let Some(init) = &mut local.init else { return };
    let syn::Expr::Call(call) = init.expr.as_mut() else { return };
    let is_with_capacity = matches!(call.func.as_ref(), syn::Expr::Path(path)
        if path.path.segments.last().is_some_and(|s| s.ident == "with_capacity")
            && path.path.segments.iter().any(|s| s.ident == "HeaderMap"));
    if !is_with_capacity {
        return;
    }
    if let Some(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(n), .. })) = call.args.first_mut()
        && let Ok(value) = n.base10_parse::<usize>()
    {
        let left = value.saturating_sub(1);
        *n = syn::LitInt::new(&format!("{left}usize"), n.span());
        // With no header left to add, the map is never changed.
        if left == 0
            && let syn::Pat::Ident(ident) = &mut local.pat
        {
            ident.mutability = None;
        }
    }
}
