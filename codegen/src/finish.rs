//! Changes to progenitor's syntax tree that typify's settings cannot express.
//!
//! These work on the parsed tree, never on text: each one is a structural rule that a
//! fixture test pins.

use syn::visit_mut::VisitMut;

use workos_spec_extensions::{Extension, Property};

use crate::prepare::Prepared;

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

/// What a property's extension object ([`Property`]) says about its field, in one pass over
/// the types:
/// - `rust_name` names the field: the spec's author called it so (`kind` for `type`, which
///   typify would make `type_`). The serde rename keeps the JSON name.
/// - `aliases` are older spellings live answers use, read into the same field, also when an
///   answer carries both spellings (see [`decode_through_twin`]).
/// - `raw_json` keeps the value's JSON text (`serde_json`'s `RawValue`): for a value
///   whose shape another field decides, which a later step decodes once into its type instead
///   of through an intermediate map. Absent or `null` reads as `None`.
/// - `deprecated` marks the field `#[deprecated]`, its note saying what to read instead.
/// - `id` types a string field as the id it holds (`OrganizationId`, see `ids`).
///
/// The lint has refused every extension object that does not read as its type.
pub(crate) fn property_extensions(file: &mut syn::File, doc: &serde_json::Value) {
    let Some(types) = types_module(file) else { return };
    // The structs with older spellings, by position, with their fields' positions and spellings.
    let mut aliased: Vec<(usize, Vec<Spellings>)> = Vec::new();
    for (position, item) in types.iter_mut().enumerate() {
        let syn::Item::Struct(s) = item else { continue };
        let schema = &doc["components"]["schemas"][s.ident.to_string()]["properties"];
        let mut spelled = Vec::new();
        for (at, field) in s.fields.iter_mut().enumerate() {
            let json = json_name(field);
            let property = Property::read(&schema[&json]).unwrap_or_default();
            if property.raw_json {
                field.ty = syn::parse_quote!(
                    ::std::option::Option<::std::boxed::Box<::serde_json::value::RawValue>>
                );
                // The collection's own serde attributes (default, skip when empty) do not fit.
                field.attrs.retain(|attr| !attr.path().is_ident("serde") || json_name_attr(attr));
                field.attrs.push(syn::parse_quote!(
                    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
                ));
            }
            if let Some(id) = &property.id
                && let Some(ty) = crate::ids::retyped(&field.ty, id)
            {
                field.ty = ty;
            }
            if !property.aliases.is_empty() {
                spelled.push((at, property.aliases.clone()));
            }
            if let Some(successor) = &property.deprecated {
                field.attrs.push(syn::parse_quote!(#[deprecated(note = #successor)]));
            }
            if let Some(name) = &property.rust_name {
                // Without a rename, the field's name was the JSON name: keep that on the wire.
                let renamed = field.ident.as_ref().is_some_and(|ident| *ident != json);
                if !renamed && *name != json {
                    field.attrs.push(syn::parse_quote!(#[serde(rename = #json)]));
                }
                field.ident = Some(quote::format_ident!("{name}"));
            }
        }
        if !spelled.is_empty() {
            aliased.push((position, spelled));
        }
    }
    // From the last, so that the positions before stay right.
    for (position, spelled) in aliased.into_iter().rev() {
        let syn::Item::Struct(s) = &mut types[position] else { unreachable!("found as a struct above") };
        let twin = decode_through_twin(s, &spelled);
        types.splice(position + 1..position + 1, twin);
    }
}

/// A field's position in its struct, and its older spellings.
type Spellings = (usize, Vec<String>);

/// A struct with a field WorkOS has spelled two ways decodes through a private twin,
/// `<Name>AsSent`, which reads each older spelling into a field of its own: the struct takes
/// the current spelling's value, or the first older one that is there (not absent, not
/// `null`). serde's `alias` reads every spelling into the one field, and so refuses, as a
/// duplicate field, an answer that carries two of them, as the lists of 2021-2022 do. The
/// twin has the struct's fields with their serde attributes, so it decodes as the struct did,
/// at the same speed, plus one key per older spelling; the struct's own `Deserialize` moves
/// the fields over.
fn decode_through_twin(s: &mut syn::ItemStruct, aliases: &[Spellings]) -> [syn::Item; 2] {
    let name = s.ident.clone();
    let twin = quote::format_ident!("{name}AsSent");
    for attr in &mut s.attrs {
        if !attr.path().is_ident("derive") {
            continue;
        }
        if let Ok(derives) =
            attr.parse_args_with(syn::punctuated::Punctuated::<syn::Path, syn::Token![,]>::parse_terminated)
        {
            let kept = derives
                .into_iter()
                .filter(|path| path.segments.last().is_none_or(|s| s.ident != "Deserialize"));
            *attr = syn::parse_quote!(#[derive(#(#kept),*)]);
        }
    }
    // What reading needs of the struct's serde attributes.
    let reading = |attrs: &[syn::Attribute], keep_rename: bool| -> Vec<syn::Attribute> {
        attrs.iter().filter_map(|attr| reading_attr(attr, keep_rename)).collect()
    };
    let container = reading(&s.attrs, true);
    let mut fields = Vec::new();
    let mut moves = Vec::new();
    for (at, field) in s.fields.iter().enumerate() {
        let ident = field.ident.as_ref().expect("a struct with properties has named fields");
        let ty = &field.ty;
        fields.push({
            let attrs = reading(&field.attrs, true);
            quote::quote!(#(#attrs)* #ident: #ty)
        });
        let Some((_, spellings)) = aliases.iter().find(|(field, _)| *field == at) else {
            moves.push(quote::quote!(#ident: sent.#ident));
            continue;
        };
        assert!(
            generic_arg(ty, "Option").is_some(),
            "`{name}.{ident}`: the lint refuses aliases on a property that is not optional"
        );
        let mut value = quote::quote!(sent.#ident);
        let plain = ident.to_string();
        for (n, spelling) in spellings.iter().enumerate() {
            let old = quote::format_ident!("{}_older_{n}", plain.trim_start_matches("r#"));
            let attrs = reading(&field.attrs, false);
            let default = (!has_serde_default(field)).then(|| quote::quote!(default,));
            fields.push(quote::quote!(#(#attrs)* #[serde(#default rename = #spelling)] #old: #ty));
            value = quote::quote!(#value.or(sent.#old));
        }
        moves.push(quote::quote!(#ident: #value));
    }
    let doc = format!(" `{name}` as sent: with each older spelling of a field as a field of its own.");
    [
        syn::parse_quote! {
            #[doc = #doc]
            #[derive(::serde::Deserialize)]
            #(#container)*
            struct #twin {
                #(#fields,)*
            }
        },
        syn::parse_quote! {
            impl<'de> ::serde::Deserialize<'de> for #name {
                fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                    let sent = <#twin as ::serde::Deserialize<'de>>::deserialize(deserializer)?;
                    Ok(#name { #(#moves,)* })
                }
            }
        },
    ]
}

/// What reading needs of a serde attribute: none of what only writing reads, and, unless
/// `keep_rename`, not the JSON name; `None` for any other attribute or when nothing is left.
fn reading_attr(attr: &syn::Attribute, keep_rename: bool) -> Option<syn::Attribute> {
    if !attr.path().is_ident("serde") {
        return None;
    }
    let metas = attr
        .parse_args_with(syn::punctuated::Punctuated::<syn::Meta, syn::Token![,]>::parse_terminated)
        .ok()?;
    let writing = ["skip_serializing", "skip_serializing_if", "serialize_with"];
    let kept: Vec<syn::Meta> = metas
        .into_iter()
        .filter(|meta| !writing.iter().any(|name| meta.path().is_ident(name)))
        .filter(|meta| keep_rename || !meta.path().is_ident("rename"))
        .collect();
    (!kept.is_empty()).then(|| syn::parse_quote!(#[serde(#(#kept),*)]))
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
/// `ResponseValue::from_response`, which reads the body whole however long it is, and copies
/// the response headers it then keeps: the body is read up to the operation's limit, decoded
/// within a budget, and the headers are moved; each call names its operation's entry in the
/// `operations` table, where its limit is. The client hooks cannot do this (the body is read
/// after them), and the memory bound is a promise of SECURITY.md.
///
/// Fails unless the method of every operation with a JSON answer calls `from_response` once
/// and every other method never does: progenitor's decoding has changed, and this pass (or
/// the bound) with it.
pub(crate) fn decode_with_bounded_body(file: &mut syn::File, prepared: &Prepared) -> Result<(), String> {
    struct Decoder {
        replaced: usize,
        /// The operation's entry in the `operations` table, which the call names.
        operation: syn::Ident,
    }

    impl VisitMut for Decoder {
        fn visit_expr_call_mut(&mut self, call: &mut syn::ExprCall) {
            if let syn::Expr::Path(path) = call.func.as_mut() {
                let names: Vec<String> = path.path.segments.iter().map(|s| s.ident.to_string()).collect();
                if names == ["ResponseValue", "from_response"] {
                    let operation = &self.operation;
                    path.path = syn::parse_quote!(json_response);
                    call.args.insert(0, syn::parse_quote!(self));
                    call.args.push(syn::parse_quote!(&operations::#operation));
                    self.replaced += 1;
                }
            }
            syn::visit_mut::visit_expr_call_mut(self, call);
        }
    }

    let mut methods = operation_methods(file, prepared)?;
    let mut replaced = 0;
    let mut problems = Vec::new();
    for op in prepared.operations.iter().filter(|op| !op.redirect) {
        let operation = quote::format_ident!("{}", crate::naming::const_name(&op.id));
        let mut decoder = Decoder { replaced: 0, operation };
        decoder
            .visit_impl_item_fn_mut(methods.get_mut(op.id.as_str()).expect("operation_methods has them all"));
        let expected = usize::from(crate::client_args::answer(prepared, op)?.is_some());
        if decoder.replaced != expected {
            problems.push(format!(
                "{}: {} call(s) of `ResponseValue::from_response` where {expected} was expected",
                op.id, decoder.replaced
            ));
        }
        replaced += decoder.replaced;
    }
    unexpected("decode_with_bounded_body", problems)?;
    // A document without a JSON success would otherwise get a function nothing calls.
    if replaced > 0 {
        file.items.push(json_response_item());
    }
    Ok(())
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
/// leaves `\\` (read as `/` by URL parsers), `;`, `@` and others unencoded. No setting of
/// progenitor's changes its encoding, and an id encoded before it would be encoded twice
/// (`encode_path` encodes `%`).
///
/// Fails unless progenitor's `encode_path` is imported and called once per path parameter of
/// each operation, and nowhere else: its path building has changed, and this pass with it.
pub(crate) fn encode_path_segments(file: &mut syn::File, prepared: &Prepared) -> Result<(), String> {
    struct Encoder {
        renamed: usize,
    }

    impl VisitMut for Encoder {
        // The calls are inside `format!`: macro tokens, not expressions.
        fn visit_macro_mut(&mut self, mac: &mut syn::Macro) {
            let tokens = std::mem::take(&mut mac.tokens);
            mac.tokens = rename_ident(tokens, "encode_path", "encode_path_segment", &mut self.renamed);
        }
    }

    let mut problems = Vec::new();
    let mut methods = operation_methods(file, prepared)?;
    for op in prepared.operations.iter().filter(|op| !op.redirect) {
        let mut encoder = Encoder { renamed: 0 };
        encoder
            .visit_impl_item_fn_mut(methods.get_mut(op.id.as_str()).expect("operation_methods has them all"));
        let expected = op.path_params.len();
        if encoder.renamed != expected {
            problems.push(format!(
                "{}: {} call(s) of `encode_path` for {expected} path parameter(s)",
                op.id, encoder.renamed
            ));
        }
    }
    let mut imported = 0;
    for item in &mut file.items {
        let syn::Item::Use(item) = item else { continue };
        if let syn::UseTree::Path(path) = &mut item.tree
            && let syn::UseTree::Group(group) = path.tree.as_mut()
        {
            let before = group.items.len();
            group.items = std::mem::take(&mut group.items)
                .into_iter()
                .filter(|item| !matches!(item, syn::UseTree::Name(name) if name.ident == "encode_path"))
                .collect();
            imported += before - group.items.len();
        }
    }
    // progenitor imports it whether or not any operation has a path parameter.
    if imported != 1 {
        problems.push(format!("`encode_path` imported {imported} time(s) where once was expected"));
    }
    let mut left = 0;
    rename_ident(quote::ToTokens::to_token_stream(&*file), "encode_path", "encode_path", &mut left);
    if left > 0 {
        problems.push(format!("`encode_path` is still named {left} time(s) outside the operations' paths"));
    }
    unexpected("encode_path_segments", problems)?;
    let position = file.items.iter().position(|item| !matches!(item, syn::Item::Use(_))).unwrap_or(0);
    file.items.insert(
        position,
        syn::parse_quote!(
            use crate::encode_path_segment;
        ),
    );
    Ok(())
}

/// `tokens` with every identifier `from` replaced by `to`, in nested groups too; `count` is
/// increased by the number replaced.
fn rename_ident(
    tokens: proc_macro2::TokenStream,
    from: &str,
    to: &str,
    count: &mut usize,
) -> proc_macro2::TokenStream {
    use proc_macro2::{Group, Ident, TokenTree};
    tokens
        .into_iter()
        .map(|tree| match tree {
            TokenTree::Ident(ident) if ident == from => {
                *count += 1;
                TokenTree::Ident(Ident::new(to, ident.span()))
            }
            TokenTree::Group(group) => {
                let mut renamed =
                    Group::new(group.delimiter(), rename_ident(group.stream(), from, to, count));
                renamed.set_span(group.span());
                TokenTree::Group(renamed)
            }
            other => other,
        })
        .collect()
}

/// The generated client's method of every operation that has one, by operation id; an error
/// names the operations progenitor generated no method for.
pub(crate) fn operation_methods<'a>(
    file: &'a mut syn::File,
    prepared: &Prepared,
) -> Result<std::collections::BTreeMap<String, &'a mut syn::ImplItemFn>, String> {
    let mut methods = std::collections::BTreeMap::new();
    for item in &mut file.items {
        let syn::Item::Impl(block) = item else { continue };
        let is_client = block.trait_.is_none()
            && matches!(&*block.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"));
        if !is_client {
            continue;
        }
        for item in &mut block.items {
            if let syn::ImplItem::Fn(method) = item {
                methods.insert(method.sig.ident.to_string(), method);
            }
        }
    }
    let missing: Vec<String> = prepared
        .operations
        .iter()
        .filter(|op| !op.redirect && !methods.contains_key(&op.id))
        .map(|op| format!("{}: progenitor generated no method", op.id))
        .collect();
    unexpected("the finishing passes", missing)?;
    Ok(methods)
}

/// `Ok` without problems; otherwise an error that names the pass whose premise about
/// progenitor's output no longer holds.
fn unexpected(pass: &str, problems: Vec<String>) -> Result<(), String> {
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "`finish::{pass}` does not find in progenitor's output what it rewrites:\n  {}",
            problems.join("\n  ")
        ))
    }
}

/// `new(required fields)` for every struct with required fields, so that a caller writes
/// `CreateOrganization::new("Acme").external_id(id)` (the setters are `semver`'s) and a new
/// optional field in the spec does not break that code.
///
/// `new` takes the required fields in the order the API documents them (the schema's
/// `required` list, which the spec writes in the order of its fields). Where two of them
/// would take one type, so that a swapped call would still compile (a range's start and end,
/// two names), `new` takes them by name instead, as the public fields of a `<Name>Required`
/// struct written as a literal: `CreateAuditLogExport::new(CreateAuditLogExportRequired {
/// organization_id, range_start, range_end })`. A field left out is a compile error, and every
/// value is named where it is given. The second list returned holds those structs; they are
/// not `#[non_exhaustive]` (a literal must build them), which is right: a new required field
/// breaks callers either way.
pub(crate) fn constructors(
    file: &mut syn::File,
    consts: &std::collections::BTreeMap<(String, String), String>,
    doc: &serde_json::Value,
) -> (Vec<syn::Item>, Vec<syn::Item>) {
    let Some(items) = types_module(file) else { return (Vec::new(), Vec::new()) };
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
    let names: std::collections::BTreeSet<String> = items
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) => Some(s.ident.to_string()),
            syn::Item::Enum(e) => Some(e.ident.to_string()),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    let mut required_structs = Vec::new();
    for item in items.iter() {
        // A private struct (a twin that only decodes) is never built by a caller.
        let syn::Item::Struct(s) = item else { continue };
        if !matches!(s.vis, syn::Visibility::Public(_)) {
            continue;
        }
        let syn::Fields::Named(fields) = &s.fields else { continue };
        let required: Vec<&syn::Field> = fields.named.iter().filter(|f| !is_optional(f)).collect();
        let name = &s.ident;
        if required.is_empty() {
            continue;
        }
        // The API's order of the required fields; any other after them, in the struct's.
        let documented: Vec<String> = doc["components"]["schemas"][name.to_string()]["required"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect();
        let rank = |field: &syn::Field| {
            let json = json_name(field);
            documented.iter().position(|n| *n == json).unwrap_or(usize::MAX)
        };
        // (name, type as a parameter, type as a field of the `Required` struct, docs); the
        // struct's fields are set in the struct's order, the parameters sorted after.
        let mut params: Vec<(
            &syn::Ident,
            proc_macro2::TokenStream,
            proc_macro2::TokenStream,
            Vec<syn::Attribute>,
        )> = Vec::new();
        let mut inits = Vec::new();
        for field in &fields.named {
            let ident = field.ident.as_ref().expect("named field");
            let only_value =
                last_segment(&field.ty).and_then(|name| one_variant.get(&name).map(|v| (name, v)));
            let const_value = consts.get(&(name.to_string(), json_name(field)));
            let docs: Vec<syn::Attribute> =
                field.attrs.iter().filter(|a| a.path().is_ident("doc")).cloned().collect();
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
                params.push((
                    ident,
                    quote::quote!(impl ::std::convert::Into<::std::string::String>),
                    quote::quote!(::std::string::String),
                    docs,
                ));
                inits.push(quote::quote!(#ident: #ident.into()));
            } else {
                let ty = &field.ty;
                params.push((ident, quote::quote!(#ty), quote::quote!(#ty), docs));
                inits.push(quote::quote!(#ident));
            }
        }
        params.sort_by_key(|(ident, ..)| {
            fields.named.iter().find(|f| f.ident.as_ref() == Some(*ident)).map_or(usize::MAX, rank)
        });
        let mut seen = std::collections::BTreeSet::new();
        let swappable = params.iter().any(|(_, ty, _, _)| !seen.insert(ty.to_string()));
        let required_name = quote::format_ident!("{name}Required");
        if swappable && !names.contains(&required_name.to_string()) {
            let fields = params.iter().map(|(ident, _, ty, docs)| quote::quote!(#(#docs)* pub #ident: #ty));
            let idents: Vec<&syn::Ident> = params.iter().map(|(ident, ..)| *ident).collect();
            let struct_doc = format!(
                " The required fields of [`{name}`], by name: two of them have one type, so that \
                 positional arguments could be swapped without a compile error."
            );
            required_structs.push(syn::parse_quote! {
                #[doc = #struct_doc]
                #[derive(Debug, Clone)]
                pub struct #required_name {
                    #(#fields,)*
                }
            });
            let doc = format!(
                " Builds a `{name}` from its required fields, named in a [`{required_name}`]; every \
                 other field starts empty."
            );
            out.push(syn::parse_quote! {
                impl #name {
                    #[doc = #doc]
                    pub fn new(required: #required_name) -> Self {
                        let #required_name { #(#idents),* } = required;
                        Self { #(#inits),* }
                    }
                }
            });
        } else {
            let params = params.iter().map(|(ident, ty, _, _)| quote::quote!(#ident: #ty));
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
    }
    (out, required_structs)
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
/// convention, with the document's `info.version`, here the spec crate's version), and the
/// capacity reserved for it, so that no call builds a header only to have it removed. WorkOS
/// does not read the header today; sending our crate's version under that name would be
/// wrong the day it does. No setting of progenitor's leaves it out.
///
/// Fails unless every operation's method appends exactly one `api-version` header, as a
/// statement of its body, to a map made by `HeaderMap::with_capacity`: progenitor's request
/// building has changed (or stopped adding the header), and this pass with it.
pub(crate) fn drop_api_version_header(file: &mut syn::File, prepared: &Prepared) -> Result<(), String> {
    let mut methods = operation_methods(file, prepared)?;
    let mut problems = Vec::new();
    for op in prepared.operations.iter().filter(|op| !op.redirect) {
        let stmts = &mut methods.get_mut(op.id.as_str()).expect("operation_methods has them all").block.stmts;
        let before = stmts.len();
        stmts.retain(|stmt| !is_api_version_append(stmt));
        let removed = before - stmts.len();
        let mut shrunk = 0;
        if removed == 1 {
            for stmt in stmts.iter_mut() {
                shrunk += usize::from(shrink_header_capacity(stmt));
            }
        }
        if removed != 1 || shrunk != 1 {
            problems.push(format!(
                "{}: {removed} `api-version` header(s) appended, {shrunk} header map(s) with a capacity",
                op.id
            ));
        }
    }
    unexpected("drop_api_version_header", problems)
}

/// `header_map.append(HeaderName::from_static("api-version"), ...)`.
fn is_api_version_append(stmt: &syn::Stmt) -> bool {
    let syn::Stmt::Expr(syn::Expr::MethodCall(call), _) = stmt else { return false };
    let Some(syn::Expr::Call(name)) = call.args.first() else { return false };
    let from_static = matches!(name.func.as_ref(), syn::Expr::Path(path)
        if path.path.segments.last().is_some_and(|s| s.ident == "from_static"));
    let api_version = matches!(name.args.first(),
        Some(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(value), .. })) if value.value() == "api-version");
    call.method == "append" && from_static && api_version
}

/// `HeaderMap::with_capacity(N)` becomes `with_capacity(N - 1)`; whether `stmt` was that.
fn shrink_header_capacity(stmt: &mut syn::Stmt) -> bool {
    let syn::Stmt::Local(local) = stmt else { return false };
    let Some(init) = &mut local.init else { return false };
    let syn::Expr::Call(call) = init.expr.as_mut() else { return false };
    let is_with_capacity = matches!(call.func.as_ref(), syn::Expr::Path(path)
        if path.path.segments.last().is_some_and(|s| s.ident == "with_capacity")
            && path.path.segments.iter().any(|s| s.ident == "HeaderMap"));
    if !is_with_capacity {
        return false;
    }
    let Some(syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Int(n), .. })) = call.args.first_mut() else {
        return false;
    };
    let Ok(value) = n.base10_parse::<usize>() else { return false };
    let left = value.saturating_sub(1);
    *n = syn::LitInt::new(&format!("{left}usize"), n.span());
    // With no header left to add, the map is never changed.
    if left == 0
        && let syn::Pat::Ident(ident) = &mut local.pat
    {
        ident.mutability = None;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each pass that rewrites progenitor's request code rewrites what it expects once, and
    /// fails when that is not there (run a second time, it finds nothing to rewrite), naming
    /// the operations.
    #[test]
    fn the_request_passes_fail_when_progenitors_output_lacks_what_they_rewrite() {
        let (prepared, mut file) = crate::fixture::progenitor_output();
        drop_api_version_header(&mut file, &prepared).unwrap();
        let error = drop_api_version_header(&mut file, &prepared).unwrap_err();
        assert!(
            error.contains("drop_api_version_header") && error.contains("get_thing: 0 `api-version`"),
            "{error}"
        );

        decode_with_bounded_body(&mut file, &prepared).unwrap();
        let error = decode_with_bounded_body(&mut file, &prepared).unwrap_err();
        assert!(error.contains("get_thing: 0 call(s) of `ResponseValue::from_response`"), "{error}");
        assert!(!error.contains("create_thing"), "its empty success never decodes JSON: {error}");

        encode_path_segments(&mut file, &prepared).unwrap();
        let error = encode_path_segments(&mut file, &prepared).unwrap_err();
        assert!(error.contains("get_thing: 0 call(s) of `encode_path` for 1 path parameter(s)"), "{error}");
        assert!(error.contains("`encode_path` imported 0 time(s)"), "{error}");
    }

    #[test]
    fn the_request_passes_leave_no_trace_of_what_they_replace() {
        let (prepared, mut file) = crate::fixture::progenitor_output();
        drop_api_version_header(&mut file, &prepared).unwrap();
        decode_with_bounded_body(&mut file, &prepared).unwrap();
        encode_path_segments(&mut file, &prepared).unwrap();
        let source = prettyplease::unparse(&file);
        for gone in ["api-version\")", "ResponseValue::from_response", "encode_path(", "encode_path,"] {
            assert!(!source.contains(gone), "`{gone}` is left");
        }
        assert!(source.contains("json_response(self, response, &operations::GET_THING)"), "{source}");
        assert!(source.contains("encode_path_segment(& id.to_string())"), "{source}");
        assert!(source.contains("HeaderMap::with_capacity(0usize)"), "{source}");
    }
}
