//! Types that can grow: WorkOS adds fields and kinds to its objects, and each of those must
//! be a minor release of this crate, not a breaking one.
//!
//! Every public struct and enum of the `types` module is `#[non_exhaustive]`: outside
//! `workos-api` a value is never built by struct literal (not even with `..Default::default()`)
//! and an enum is never matched exhaustively, so a new field or variant breaks no caller.
//! What callers send is built instead from `new(required fields)` (see
//! `finish::constructors`) or `Default`, then a chainable setter per field:
//! `ListOrganizationsParams::default().limit(5)`, `CreateOrganization::new("Acme").external_id("ext_1")`.
//! Setters are written for every request body, every `...Params` struct, and every type those
//! contain, at any depth (a body's nested object or a tagged union's variant).
//!
//! A setter is named after its field and takes:
//! - `impl IntoIterator<Item = impl Into<T>>` for a list of `T` (`Vec<T>` or `Option<Vec<T>>`);
//!   `T` itself when it is a number or `bool`, whose literals would not infer through `Into`;
//! - `impl IntoIterator<Item = (impl Into<K>, impl Into<V>)>` for a map;
//! - the type itself for a number or `bool`;
//! - `impl Into<T>` for anything else (strings, `Secret`, open enums from `&str`, nested types).
//!
//! An optional field's setter stores `Some`. A field that can hold one value only (`object`)
//! has no setter: its constructor fills it in. A setter whose name would hide another method
//! of the type (its constructor, or a trait method such as `clone`) is named `set_<field>`.
//!
//! Not covered: an enum whose variants are structs (typify's rendering of an internally tagged
//! `oneOf` of inline objects) is `#[non_exhaustive]` as an enum, but its variants are still
//! built by literal; a field added to one of them is a breaking change. Such a union with named
//! components (see `tagged`) has none of this problem.

use std::collections::{BTreeMap, BTreeSet};

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use crate::finish::{generic_arg, types_module};
use crate::prepare::Prepared;

/// Method names a setter must not take: the constructor, and the methods of the traits the
/// generated types implement or that every type has (an inherent method would hide them).
const TAKEN: [&str; 14] = [
    "new",
    "default",
    "clone",
    "clone_from",
    "fmt",
    "from",
    "into",
    "try_from",
    "try_into",
    "to_owned",
    "to_string",
    "serialize",
    "deserialize",
    "deref",
];

/// Marks every public type of the `types` module `#[non_exhaustive]`, and appends the setters
/// of every type a caller builds.
pub(crate) fn finish(file: &mut syn::File, prepared: &Prepared) {
    let bodies = body_types(file);
    let params: Vec<String> =
        prepared.operations.iter().filter_map(|op| op.params.as_ref().map(|p| p.name.clone())).collect();
    let Some(types) = types_module(file) else { return };
    for item in types.iter_mut() {
        match item {
            syn::Item::Struct(s) if matches!(s.vis, syn::Visibility::Public(_)) => mark(&mut s.attrs),
            syn::Item::Enum(e) if matches!(e.vis, syn::Visibility::Public(_)) => mark(&mut e.attrs),
            _ => {}
        }
    }
    let built = reachable(types, bodies.into_iter().chain(params).collect());
    let methods = inherent_methods(types);
    let setters: Vec<syn::Item> = types
        .iter()
        .filter_map(|item| match item {
            syn::Item::Struct(s) if built.contains(&s.ident.to_string()) => {
                setters(s, &prepared.consts, methods.get(&s.ident.to_string()))
            }
            _ => None,
        })
        .collect();
    types.extend(setters);
}

fn mark(attrs: &mut Vec<syn::Attribute>) {
    if !attrs.iter().any(|a| a.path().is_ident("non_exhaustive")) {
        attrs.push(syn::parse_quote!(#[non_exhaustive]));
    }
}

/// The types the generated client's methods take as a request body (`body: &types::X`).
fn body_types(file: &syn::File) -> BTreeSet<String> {
    let mut bodies = BTreeSet::new();
    for item in &file.items {
        let syn::Item::Impl(block) = item else { continue };
        for item in &block.items {
            let syn::ImplItem::Fn(method) = item else { continue };
            for input in &method.sig.inputs {
                let syn::FnArg::Typed(typed) = input else { continue };
                if matches!(&*typed.pat, syn::Pat::Ident(ident) if ident.ident == "body")
                    && let syn::Type::Reference(reference) = &*typed.ty
                    && let Some(name) = last_ident(&reference.elem)
                {
                    bodies.insert(name);
                }
            }
        }
    }
    bodies
}

/// `roots` and every type of the module their fields and variants name, at any depth.
fn reachable(types: &[syn::Item], roots: BTreeSet<String>) -> BTreeSet<String> {
    let mut fields_of: BTreeMap<String, Vec<&syn::Type>> = BTreeMap::new();
    for item in types {
        match item {
            syn::Item::Struct(s) => {
                fields_of.insert(s.ident.to_string(), s.fields.iter().map(|f| &f.ty).collect());
            }
            syn::Item::Enum(e) => {
                let tys = e.variants.iter().flat_map(|v| v.fields.iter().map(|f| &f.ty)).collect();
                fields_of.insert(e.ident.to_string(), tys);
            }
            _ => {}
        }
    }
    let mut seen = BTreeSet::new();
    let mut stack: Vec<String> = roots.into_iter().collect();
    while let Some(name) = stack.pop() {
        let Some(tys) = fields_of.get(&name) else { continue };
        if !seen.insert(name) {
            continue;
        }
        for ty in tys {
            let mut names = Vec::new();
            idents_in(ty, &mut names);
            stack.extend(names.into_iter().filter(|n| fields_of.contains_key(n) && !seen.contains(n)));
        }
    }
    seen
}

/// The last identifier of every path in `ty`, generic arguments included.
fn idents_in(ty: &syn::Type, out: &mut Vec<String>) {
    match ty {
        syn::Type::Path(path) => {
            for segment in &path.path.segments {
                if let syn::PathArguments::AngleBracketed(args) = &segment.arguments {
                    for arg in &args.args {
                        if let syn::GenericArgument::Type(inner) = arg {
                            idents_in(inner, out);
                        }
                    }
                }
            }
            if let Some(last) = path.path.segments.last() {
                out.push(last.ident.to_string());
            }
        }
        syn::Type::Reference(reference) => idents_in(&reference.elem, out),
        syn::Type::Array(array) => idents_in(&array.elem, out),
        syn::Type::Slice(slice) => idents_in(&slice.elem, out),
        syn::Type::Tuple(tuple) => tuple.elems.iter().for_each(|elem| idents_in(elem, out)),
        _ => {}
    }
}

/// The names of the inherent methods already written for each type.
fn inherent_methods(types: &[syn::Item]) -> BTreeMap<String, BTreeSet<String>> {
    let mut methods: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for item in types {
        let syn::Item::Impl(block) = item else { continue };
        if block.trait_.is_some() {
            continue;
        }
        let Some(name) = last_ident(&block.self_ty) else { continue };
        for item in &block.items {
            if let syn::ImplItem::Fn(method) = item {
                methods.entry(name.clone()).or_default().insert(method.sig.ident.to_string());
            }
        }
    }
    methods
}

/// One setter per settable field of `s`, in one `impl` block.
fn setters(
    s: &syn::ItemStruct,
    consts: &BTreeMap<(String, String), String>,
    methods: Option<&BTreeSet<String>>,
) -> Option<syn::Item> {
    let syn::Fields::Named(fields) = &s.fields else { return None };
    let name = &s.ident;
    let fns: Vec<TokenStream> = fields
        .named
        .iter()
        .filter(|field| !consts.contains_key(&(name.to_string(), crate::finish::json_name(field))))
        .filter_map(|field| setter(field, methods))
        .collect();
    if fns.is_empty() {
        return None;
    }
    Some(syn::parse_quote! {
        impl #name {
            #(#fns)*
        }
    })
}

fn setter(field: &syn::Field, methods: Option<&BTreeSet<String>>) -> Option<TokenStream> {
    let ident = field.ident.as_ref()?;
    let plain = ident.to_string();
    let plain = plain.trim_start_matches("r#");
    let method = if TAKEN.contains(&plain) || methods.is_some_and(|m| m.contains(plain)) {
        format_ident!("set_{plain}")
    } else {
        ident.clone()
    };
    let (inner, optional) = match generic_arg(&field.ty, "Option") {
        Some(inner) => (inner, true),
        None => (&field.ty, false),
    };
    let (param, value, what) = if let Some(item) = generic_arg(inner, "Vec") {
        let item_param =
            if is_primitive(item) { quote!(#item) } else { quote!(impl ::std::convert::Into<#item>) };
        (
            quote!(impl ::std::iter::IntoIterator<Item = #item_param>),
            quote!(value.into_iter().map(::std::convert::Into::into).collect()),
            "these values, replacing any it held",
        )
    } else if let Some((key, entry)) = map_args(inner) {
        (
            quote!(impl ::std::iter::IntoIterator<Item = (impl ::std::convert::Into<#key>, impl ::std::convert::Into<#entry>)>),
            quote!(value.into_iter().map(|(k, v)| (k.into(), v.into())).collect()),
            "these entries, replacing any it held",
        )
    } else if is_primitive(inner) {
        (quote!(#inner), quote!(value), "`value`")
    } else {
        (quote!(impl ::std::convert::Into<#inner>), quote!(value.into()), "`value`")
    };
    let value = if optional { quote!(::std::option::Option::Some(#value)) } else { value };
    let doc = format!(" Sets `{plain}` to {what}.");
    Some(quote! {
        #[doc = #doc]
        pub fn #method(mut self, value: #param) -> Self {
            self.#ident = #value;
            self
        }
    })
}

/// `(K, V)` of a `BTreeMap<K, V>`, `HashMap<K, V>` or `serde_json::Map<K, V>`.
fn map_args(ty: &syn::Type) -> Option<(&syn::Type, &syn::Type)> {
    let syn::Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    if !["BTreeMap", "HashMap", "Map"].contains(&last.ident.to_string().as_str()) {
        return None;
    }
    let syn::PathArguments::AngleBracketed(args) = &last.arguments else { return None };
    let mut tys = args.args.iter().filter_map(|arg| match arg {
        syn::GenericArgument::Type(ty) => Some(ty),
        _ => None,
    });
    Some((tys.next()?, tys.next()?))
}

/// A number or `bool`: taken as itself, since an integer literal does not infer through `Into`.
fn is_primitive(ty: &syn::Type) -> bool {
    const PRIMITIVES: [&str; 15] = [
        "bool", "i8", "i16", "i32", "i64", "i128", "isize", "u8", "u16", "u32", "u64", "u128", "usize",
        "f32", "f64",
    ];
    let syn::Type::Path(path) = ty else { return false };
    path.path.segments.iter().all(|s| s.arguments.is_none())
        && path.path.segments.last().is_some_and(|s| PRIMITIVES.contains(&s.ident.to_string().as_str()))
}

fn last_ident(ty: &syn::Type) -> Option<String> {
    let syn::Type::Path(path) = ty else { return None };
    path.path.segments.last().map(|s| s.ident.to_string())
}
