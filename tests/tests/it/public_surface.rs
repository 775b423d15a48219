//! The `workos` crate's public surface, one line per item, as a snapshot: a pull request that
//! changes what users can call (a handle, a method, a signature, a type) shows it here, as
//! the `workos-api` surface snapshot shows a spec change.

use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, sorted.
fn sources(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
}

fn is_pub(vis: &syn::Visibility) -> bool {
    matches!(vis, syn::Visibility::Public(_))
}

/// An item's declaration on one line, without its body.
fn one_line(item: syn::Item) -> String {
    let mut file: syn::File = syn::parse_quote!();
    file.items.push(item);
    let text = prettyplease::unparse(&file);
    let head = text.split(" {").next().unwrap_or(&text);
    head.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .replace("( ", "(")
        .replace(", )", ")")
        .replace(",)", ")")
}

fn signature(sig: &syn::Signature) -> String {
    let item: syn::Item = syn::parse_quote!(pub #sig {});
    // A `mut` binding is the body's business, not the caller's.
    one_line(item).replace("(mut self", "(self")
}

fn describe(item: &syn::Item, scope: &str, out: &mut Vec<String>) {
    match item {
        syn::Item::Fn(f) if is_pub(&f.vis) => out.push(format!("{scope}{}", signature(&f.sig))),
        syn::Item::Struct(s) if is_pub(&s.vis) => {
            let mut s = s.clone();
            s.attrs.retain(|a| a.path().is_ident("non_exhaustive"));
            s.fields.iter_mut().for_each(|f| f.attrs.clear());
            if let syn::Fields::Named(named) = &mut s.fields {
                named.named = named.named.iter().filter(|f| is_pub(&f.vis)).cloned().collect();
            }
            out.push(format!("{scope}{}", one_line(syn::Item::Struct(s)).replace("{ }", "{}")));
        }
        syn::Item::Enum(e) if is_pub(&e.vis) => {
            let variants: Vec<String> = e.variants.iter().map(|v| v.ident.to_string()).collect();
            let exhaustive = if e.attrs.iter().any(|a| a.path().is_ident("non_exhaustive")) {
                " #[non_exhaustive]"
            } else {
                ""
            };
            out.push(format!("{scope}pub enum {}{exhaustive} {{ {} }}", e.ident, variants.join(", ")));
        }
        syn::Item::Const(c) if is_pub(&c.vis) => {
            let ty = &c.ty;
            out.push(format!(
                "{scope}pub const {}: {}",
                c.ident,
                quote::quote!(#ty).to_string().replace(' ', "")
            ));
        }
        syn::Item::Trait(t) if is_pub(&t.vis) => out.push(format!("{scope}pub trait {}", t.ident)),
        syn::Item::Use(u) if is_pub(&u.vis) => {
            let mut u = u.clone();
            u.attrs.clear();
            out.push(format!("{scope}{}", one_line(syn::Item::Use(u)).trim_end_matches(';')));
        }
        syn::Item::Type(t) if is_pub(&t.vis) => out.push(format!("{scope}pub type {}", t.ident)),
        syn::Item::Mod(m) if is_pub(&m.vis) => {
            let inner = format!("{scope}{}::", m.ident);
            for item in m.content.iter().flat_map(|(_, items)| items) {
                describe(item, &inner, out);
            }
        }
        syn::Item::Impl(block) if block.trait_.is_none() => {
            // Named as users name it, without the path the impl is written with.
            let ty = match &*block.self_ty {
                syn::Type::Path(path) => {
                    let last = path.path.segments.last().unwrap();
                    quote::quote!(#last).to_string().replace(' ', "")
                }
                other => quote::quote!(#other).to_string().replace(' ', ""),
            };
            for item in &block.items {
                if let syn::ImplItem::Fn(f) = item
                    && is_pub(&f.vis)
                {
                    // A deprecation changes what callers see (a warning), so it shows too.
                    let deprecated = if f.attrs.iter().any(|a| a.path().is_ident("deprecated")) {
                        "#[deprecated] "
                    } else {
                        ""
                    };
                    out.push(format!("{scope}impl {ty}: {deprecated}{}", signature(&f.sig)));
                }
            }
        }
        _ => {}
    }
}

/// The public items of the `workos` crate's sources, file by file.
fn surface() -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../workos/src");
    let mut text = String::new();
    for path in sources(&root) {
        let source = std::fs::read_to_string(&path).unwrap();
        let file = syn::parse_file(&source).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut lines = Vec::new();
        for item in &file.items {
            describe(item, "", &mut lines);
        }
        if lines.is_empty() {
            continue;
        }
        let name = path.strip_prefix(&root).unwrap().to_string_lossy().replace('\\', "/");
        text.push_str(&format!("# {name}\n"));
        for line in lines {
            text.push_str(&line);
            text.push('\n');
        }
        text.push('\n');
    }
    text
}

#[test]
fn the_public_surface_of_workos() {
    let surface = surface();
    // Every handle's accessor and the methods of the most used handle are there.
    assert!(surface.contains("impl Workos: pub fn organizations(&self) -> Organizations<'_>"));
    assert!(surface.contains(
        "impl Organizations<'_>: pub async fn get(&self, id: &types::OrganizationId) -> Result<types::Organization>"
    ));
    insta::assert_snapshot!(surface);
}
