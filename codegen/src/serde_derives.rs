//! What the passes that write serde impls out (`lean_deserialize`, `lean_serialize`) share:
//! which structs they may write, and taking one serde derive out of a struct.

use syn::punctuated::Punctuated;

/// The named fields of `s` when the passes may write its impls: a struct with named fields,
/// no generics and no serde attribute of its own (each pass then checks the fields).
pub(crate) fn plain_fields(s: &syn::ItemStruct) -> Option<&Punctuated<syn::Field, syn::Token![,]>> {
    if !s.generics.params.is_empty() || s.attrs.iter().any(|a| a.path().is_ident("serde")) {
        return None;
    }
    match &s.fields {
        syn::Fields::Named(named) => Some(&named.named),
        _ => None,
    }
}

fn is(path: &syn::Path, name: &str) -> bool {
    path.segments.last().is_some_and(|s| s.ident == name)
}

fn paths(attr: &syn::Attribute) -> Option<Punctuated<syn::Path, syn::Token![,]>> {
    attr.parse_args_with(Punctuated::<syn::Path, syn::Token![,]>::parse_terminated).ok()
}

/// Whether `s` derives `name` (`Serialize`, `Deserialize`).
pub(crate) fn derives(s: &syn::ItemStruct, name: &str) -> bool {
    s.attrs
        .iter()
        .filter(|a| a.path().is_ident("derive"))
        .any(|a| paths(a).is_some_and(|paths| paths.iter().any(|p| is(p, name))))
}

/// Takes `name` (`Serialize` or `Deserialize`) out of `s`'s derive; `false`, with `s`
/// unchanged, when `s` does not derive it. A struct left with neither serde derive loses its
/// fields' `serde` attributes too: nothing reads them then, and without a derive they would
/// not compile. (So the first pass keeps them for the second, which drops them.)
pub(crate) fn take_derive(s: &mut syn::ItemStruct, name: &str) -> bool {
    let Some(at) = s.attrs.iter().position(|a| a.path().is_ident("derive")) else { return false };
    let Some(paths) = paths(&s.attrs[at]) else { return false };
    if !paths.iter().any(|p| is(p, name)) {
        return false;
    }
    let kept: Vec<&syn::Path> = paths.iter().filter(|p| !is(p, name)).collect();
    let serde_left = kept.iter().any(|p| is(p, "Serialize") || is(p, "Deserialize"));
    if kept.is_empty() {
        s.attrs.remove(at);
    } else {
        s.attrs[at] = syn::parse_quote!(#[derive(#(#kept),*)]);
    }
    if !serde_left && let syn::Fields::Named(named) = &mut s.fields {
        for field in &mut named.named {
            field.attrs.retain(|a| !a.path().is_ident("serde"));
        }
    }
    true
}
