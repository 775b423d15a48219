//! The public shape of every generated type (`workos::types`, from `workos-api`'s committed
//! `generated.rs`), one line per type, as a snapshot: each struct's public fields and their
//! types, each enum's variants with their payloads, and each `new`'s parameters in order. A
//! change that breaks a user's code (a field renamed, retyped or removed, a variant gone, a
//! `new` that takes its arguments in another order) shows here in a diff a reviewer can read,
//! instead of only in the 75,000-line generated file; `cargo semver-checks` in `.ci/run` checks
//! the same against the last release's baseline.

use std::collections::BTreeMap;

use quote::ToTokens;

/// A type as its user writes it: `Option<String>`, `Vec<DirectoryGroup>`, not the generated
/// absolute paths.
fn short(ty: &impl ToTokens) -> String {
    // Token text has spaces everywhere (`Option < String >`): drop them, then put back the
    // ones a reader expects.
    let mut text: String = ty.to_token_stream().to_string().split_whitespace().collect();
    text = text.replace(",>", ">").replace(",)", ")").replace(',', ", ").replace("impl", "impl ");
    for prefix in [
        "::std::string::",
        "::std::option::",
        "::std::vec::",
        "::std::collections::",
        "::std::convert::",
        "::chrono::offset::",
        "::chrono::",
        "::serde_json::",
        "crate::types::",
        "crate::",
        "super::",
        "::std::",
    ] {
        text = text.replace(prefix, "");
    }
    text
}

fn is_pub(vis: &syn::Visibility) -> bool {
    matches!(vis, syn::Visibility::Public(_))
}

fn non_exhaustive(attrs: &[syn::Attribute]) -> &'static str {
    if attrs.iter().any(|a| a.path().is_ident("non_exhaustive")) { " #[non_exhaustive]" } else { "" }
}

fn fields(fields: &syn::Fields) -> String {
    match fields {
        syn::Fields::Named(named) => {
            let shown: Vec<String> = named
                .named
                .iter()
                .filter(|f| is_pub(&f.vis))
                .map(|f| format!("{}: {}", f.ident.as_ref().unwrap(), short(&f.ty)))
                .collect();
            format!(" {{ {} }}", shown.join(", "))
        }
        syn::Fields::Unnamed(unnamed) => {
            let shown: Vec<String> = unnamed.unnamed.iter().map(|f| short(&f.ty)).collect();
            format!("({})", shown.join(", "))
        }
        syn::Fields::Unit => String::new(),
    }
}

/// One line per type of `mod types` (its `error` submodule aside), sorted by name.
fn types_shape() -> String {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../workos-api/src/generated.rs");
    let file = syn::parse_file(&std::fs::read_to_string(path).unwrap()).unwrap();
    let types = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref().map(|(_, items)| items),
            _ => None,
        })
        .expect("generated.rs has `mod types`");
    let mut shapes: BTreeMap<String, String> = BTreeMap::new();
    let mut constructors: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for item in types {
        match item {
            syn::Item::Struct(s) if is_pub(&s.vis) => {
                let line = format!("struct {}{}{}", s.ident, non_exhaustive(&s.attrs), fields(&s.fields));
                shapes.insert(s.ident.to_string(), line);
            }
            syn::Item::Enum(e) if is_pub(&e.vis) => {
                let variants: Vec<String> =
                    e.variants.iter().map(|v| format!("{}{}", v.ident, fields(&v.fields))).collect();
                let line =
                    format!("enum {}{} {{ {} }}", e.ident, non_exhaustive(&e.attrs), variants.join(", "));
                shapes.insert(e.ident.to_string(), line);
            }
            syn::Item::Impl(block) if block.trait_.is_none() => {
                for item in &block.items {
                    let syn::ImplItem::Fn(f) = item else { continue };
                    if !is_pub(&f.vis) || f.sig.ident != "new" {
                        continue;
                    }
                    let params: Vec<String> = f
                        .sig
                        .inputs
                        .iter()
                        .map(|input| match input {
                            syn::FnArg::Typed(arg) => format!("{}: {}", short(&arg.pat), short(&arg.ty)),
                            syn::FnArg::Receiver(_) => "self".to_owned(),
                        })
                        .collect();
                    let name = short(&block.self_ty);
                    constructors.entry(name).or_default().push(format!("new({})", params.join(", ")));
                }
            }
            _ => {}
        }
    }
    let mut text = String::new();
    for (name, line) in &shapes {
        text.push_str(line);
        for constructor in constructors.get(name).into_iter().flatten() {
            text.push_str("\n    ");
            text.push_str(constructor);
        }
        text.push('\n');
    }
    text
}

#[test]
fn the_public_shape_of_the_generated_types() {
    let shape = types_shape();
    // Enough to mean the walk found the types: every struct and enum of the spec's components.
    assert!(shape.lines().filter(|l| l.starts_with("struct ") || l.starts_with("enum ")).count() > 500);
    assert!(shape.contains("\nstruct Organization #[non_exhaustive] { "), "{}", &shape[..400]);
    insta::assert_snapshot!(shape);
}
