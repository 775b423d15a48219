//! `modules`: the module graph of each crate of the workspace has no cycle.
//!
//! A module is a file (`x.rs`, `x/mod.rs`); it depends on another when its code names it by
//! a path: `crate::a::b`, `super::b`, `self::b`, or a child it declares (`mod b;` then
//! `b::X`). A path to an item the crate root re-exports (`crate::Error`) counts as a path to
//! the module that defines it. Test modules (`#[cfg(test)]`) are left out, and so is the
//! crate root, which declares and re-exports everything. Two modules that depend on each
//! other, directly or through others, are reported with the paths that tie them; a layer can
//! then be read, and changed, without the ones above it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use syn::visit::Visit;

/// The source folders whose module graphs are checked.
const CRATES: [&str; 7] = [
    "workos/src",
    "workos-api/src",
    "codegen/src",
    "spec/src",
    "spec-extensions/src",
    "test-server/src",
    "xtask/src",
];

pub(crate) fn modules(root: &Path) -> Result<(), String> {
    let mut report = String::new();
    for dir in CRATES {
        let graph = Graph::of(&root.join(dir))?;
        let cycles = graph.cycles();
        println!(
            "{dir}: {} modules, {} dependencies, {} cycle(s)",
            graph.edges.len(),
            graph.count(),
            cycles.len()
        );
        for cycle in cycles {
            report.push_str(&format!("{dir}: {}\n", graph.describe(&cycle)));
        }
    }
    if report.is_empty() { Ok(()) } else { Err(format!("modules that depend on each other:\n{report}")) }
}

/// One crate's modules (by path, `""` for the root) and what each depends on, with the first
/// path found for each dependency.
#[derive(Debug, Default)]
struct Graph {
    edges: BTreeMap<String, BTreeMap<String, String>>,
}

impl Graph {
    fn of(src: &Path) -> Result<Graph, String> {
        let mut files = BTreeMap::new();
        for path in rust_files(src)? {
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
            let file = syn::parse_file(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            files.insert(module_name(src, &path), file);
        }
        Ok(Graph::from_files(&files))
    }

    fn from_files(files: &BTreeMap<String, syn::File>) -> Graph {
        let known: BTreeSet<String> = files.keys().cloned().collect();
        let reexports = files.get("").map(|root| reexports(root, &known)).unwrap_or_default();
        let mut graph = Graph::default();
        for (module, file) in files.iter().filter(|(module, _)| !module.is_empty()) {
            let mut paths = Paths { module, known: &known, reexports: &reexports, found: BTreeMap::new() };
            for item in &file.items {
                if !is_test_only(item) {
                    paths.visit_item(item);
                }
            }
            graph.edges.insert(module.clone(), paths.found);
        }
        graph
    }

    fn count(&self) -> usize {
        self.edges.values().map(BTreeMap::len).sum()
    }

    /// Every set of two or more modules that reach each other (Tarjan's strongly connected
    /// components), each sorted.
    fn cycles(&self) -> Vec<Vec<String>> {
        struct Tarjan<'a> {
            graph: &'a Graph,
            index: BTreeMap<&'a str, usize>,
            low: BTreeMap<&'a str, usize>,
            stack: Vec<&'a str>,
            on_stack: BTreeSet<&'a str>,
            found: Vec<Vec<String>>,
        }
        impl<'a> Tarjan<'a> {
            fn visit(&mut self, v: &'a str) {
                let n = self.index.len();
                self.index.insert(v, n);
                self.low.insert(v, n);
                self.stack.push(v);
                self.on_stack.insert(v);
                for w in self.graph.edges[v].keys().filter(|w| self.graph.edges.contains_key(*w)) {
                    if !self.index.contains_key(w.as_str()) {
                        self.visit(w);
                        let low = self.low[v].min(self.low[w.as_str()]);
                        self.low.insert(v, low);
                    } else if self.on_stack.contains(w.as_str()) {
                        let low = self.low[v].min(self.index[w.as_str()]);
                        self.low.insert(v, low);
                    }
                }
                if self.low[v] == self.index[v] {
                    let mut component = Vec::new();
                    while let Some(w) = self.stack.pop() {
                        self.on_stack.remove(w);
                        component.push(w.to_owned());
                        if w == v {
                            break;
                        }
                    }
                    if component.len() > 1 {
                        component.sort();
                        self.found.push(component);
                    }
                }
            }
        }
        let mut tarjan = Tarjan {
            graph: self,
            index: BTreeMap::new(),
            low: BTreeMap::new(),
            stack: Vec::new(),
            on_stack: BTreeSet::new(),
            found: Vec::new(),
        };
        for v in self.edges.keys() {
            if !tarjan.index.contains_key(v.as_str()) {
                tarjan.visit(v);
            }
        }
        tarjan.found
    }

    /// `a, b | a -> b (crate::b::X); b -> a (super::a::Y)`.
    fn describe(&self, cycle: &[String]) -> String {
        let ties: Vec<String> = cycle
            .iter()
            .flat_map(|a| {
                self.edges[a]
                    .iter()
                    .filter(|(b, _)| cycle.contains(b))
                    .map(move |(b, path)| format!("{a} -> {b} ({path})"))
            })
            .collect();
        format!("{} | {}", cycle.join(", "), ties.join("; "))
    }
}

fn rust_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let entries = std::fs::read_dir(&dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
        for entry in entries {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

/// `a::b` for `src/a/b.rs` and `src/a/b/mod.rs`; `""` for `lib.rs` and `main.rs`. A binary
/// under `src/bin/` is a crate of its own, named after its file.
fn module_name(src: &Path, path: &Path) -> String {
    let relative = path.strip_prefix(src).unwrap_or(path).with_extension("");
    let mut parts: Vec<String> = relative.iter().map(|p| p.to_string_lossy().into_owned()).collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    if parts == ["lib"] || parts == ["main"] {
        parts.clear();
    }
    parts.join("::")
}

fn is_test_only(item: &syn::Item) -> bool {
    let attrs = match item {
        syn::Item::Mod(m) => &m.attrs,
        syn::Item::Fn(f) => &f.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Use(u) => &u.attrs,
        _ => return false,
    };
    attrs.iter().any(|a| a.path().is_ident("cfg") && a.parse_args::<syn::Ident>().is_ok_and(|i| i == "test"))
}

/// What the crate root re-exports (`pub use a::B;`, `pub use a::{B, C as D};`): each name
/// by the module it comes from.
fn reexports(root: &syn::File, known: &BTreeSet<String>) -> BTreeMap<String, String> {
    fn walk(
        tree: &syn::UseTree,
        prefix: &mut Vec<String>,
        known: &BTreeSet<String>,
        out: &mut BTreeMap<String, String>,
    ) {
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.to_string());
                walk(&path.tree, prefix, known, out);
                prefix.pop();
            }
            syn::UseTree::Group(group) => group.items.iter().for_each(|tree| walk(tree, prefix, known, out)),
            syn::UseTree::Name(name) => record(prefix, &name.ident, &name.ident, known, out),
            syn::UseTree::Rename(rename) => record(prefix, &rename.ident, &rename.rename, known, out),
            syn::UseTree::Glob(_) => {}
        }
    }
    fn record(
        prefix: &[String],
        ident: &syn::Ident,
        exported: &syn::Ident,
        known: &BTreeSet<String>,
        out: &mut BTreeMap<String, String>,
    ) {
        let parts: Vec<String> = prefix.iter().filter(|p| *p != "crate" && *p != "self").cloned().collect();
        if let Some(module) = longest_module(&parts, known) {
            let full = parts.join("::") + "::" + &ident.to_string();
            // A re-exported module (`pub use a::b;`) stands for itself.
            let module = if known.contains(&full.trim_start_matches("::").to_owned()) {
                full.trim_start_matches("::").to_owned()
            } else {
                module
            };
            out.insert(exported.to_string(), module);
        }
    }
    let mut out = BTreeMap::new();
    for item in &root.items {
        if let syn::Item::Use(item) = item
            && matches!(item.vis, syn::Visibility::Public(_))
        {
            walk(&item.tree, &mut Vec::new(), known, &mut out);
        }
    }
    out
}

/// The longest leading part of `parts` that names a module.
fn longest_module(parts: &[String], known: &BTreeSet<String>) -> Option<String> {
    (1..=parts.len()).rev().map(|n| parts[..n].join("::")).find(|candidate| known.contains(candidate))
}

/// The modules one module's code names, each with the first path that names it.
struct Paths<'a> {
    module: &'a str,
    known: &'a BTreeSet<String>,
    reexports: &'a BTreeMap<String, String>,
    found: BTreeMap<String, String>,
}

impl Paths<'_> {
    fn parent(&self) -> &str {
        self.module.rsplit_once("::").map_or("", |(parent, _)| parent)
    }

    /// The module `segments` (a path as written) leads into, if it is one of this crate's.
    fn resolve(&self, segments: &[String]) -> Option<String> {
        let (first, rest) = segments.split_first()?;
        let absolute: Vec<String> = match first.as_str() {
            "crate" => {
                // `crate::Name`: an item the root re-exports, or a module.
                if let Some(module) = rest.first().and_then(|name| self.reexports.get(name)) {
                    return Some(module.clone());
                }
                rest.to_vec()
            }
            "super" => {
                let mut base: Vec<String> =
                    self.parent().split("::").filter(|s| !s.is_empty()).map(str::to_owned).collect();
                let mut rest = rest;
                while rest.first().is_some_and(|s| s == "super") {
                    base.pop();
                    rest = &rest[1..];
                }
                base.extend(rest.iter().cloned());
                base
            }
            "self" => self.module.split("::").map(str::to_owned).chain(rest.iter().cloned()).collect(),
            // A child module it declares, named without `self::`.
            child if self.known.contains(&format!("{}::{child}", self.module)) => {
                self.module.split("::").map(str::to_owned).chain(segments.iter().cloned()).collect()
            }
            _ => return None,
        };
        longest_module(&absolute, self.known).filter(|module| module != self.module && !module.is_empty())
    }

    fn note(&mut self, segments: Vec<String>) {
        if let Some(module) = self.resolve(&segments) {
            self.found.entry(module).or_insert_with(|| segments.join("::"));
        }
    }
}

impl<'ast> Visit<'ast> for Paths<'_> {
    // `pub(super)` and `pub(in crate::a)` say who may see an item, not what it uses.
    fn visit_visibility(&mut self, _: &'ast syn::Visibility) {}

    fn visit_path(&mut self, path: &'ast syn::Path) {
        self.note(path.segments.iter().map(|s| s.ident.to_string()).collect());
        syn::visit::visit_path(self, path);
    }

    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        fn walk(tree: &syn::UseTree, prefix: &mut Vec<String>, paths: &mut Paths<'_>) {
            match tree {
                syn::UseTree::Path(path) => {
                    prefix.push(path.ident.to_string());
                    walk(&path.tree, prefix, paths);
                    prefix.pop();
                }
                syn::UseTree::Group(group) => group.items.iter().for_each(|tree| walk(tree, prefix, paths)),
                syn::UseTree::Name(name) => {
                    let mut full = prefix.clone();
                    if name.ident != "self" {
                        full.push(name.ident.to_string());
                    }
                    paths.note(full);
                }
                syn::UseTree::Rename(rename) => {
                    let mut full = prefix.clone();
                    if rename.ident != "self" {
                        full.push(rename.ident.to_string());
                    }
                    paths.note(full);
                }
                syn::UseTree::Glob(_) => paths.note(prefix.clone()),
            }
        }
        walk(&item.tree, &mut Vec::new(), self);
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        // An inline test module is not part of the graph; any other inline module is this file.
        if !item
            .attrs
            .iter()
            .any(|a| a.path().is_ident("cfg") && a.parse_args::<syn::Ident>().is_ok_and(|i| i == "test"))
        {
            syn::visit::visit_item_mod(self, item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(files: &[(&str, &str)]) -> Graph {
        let files: BTreeMap<String, syn::File> =
            files.iter().map(|(name, text)| (name.to_string(), syn::parse_file(text).unwrap())).collect();
        Graph::from_files(&files)
    }

    #[test]
    fn modules_that_name_each_other_are_a_cycle() {
        let g = graph(&[
            ("", "mod a; mod b; mod c; pub use a::Thing;"),
            ("a", "pub struct Thing; fn f() -> crate::b::Other { todo!() }"),
            ("b", "pub struct Other; use crate::Thing;"),
            ("c", "use crate::a::Thing;"),
        ]);
        let cycles = g.cycles();
        assert_eq!(cycles, vec![vec!["a".to_owned(), "b".to_owned()]]);
        let text = g.describe(&cycles[0]);
        assert!(
            text.contains("a -> b (crate::b::Other)") && text.contains("b -> a (crate::Thing)"),
            "{text}"
        );
    }

    #[test]
    fn a_child_that_names_its_parent_through_super_closes_a_cycle() {
        let g = graph(&[
            ("", "mod events;"),
            ("events", "mod data; pub use data::EventData; pub(crate) fn parse() {}"),
            ("events::data", "pub(super) enum EventData {} fn f() { super::parse() }"),
        ]);
        assert_eq!(g.cycles(), vec![vec!["events".to_owned(), "events::data".to_owned()]]);
    }

    #[test]
    fn siblings_tests_and_outside_crates_are_no_cycle() {
        let g = graph(&[
            ("", "mod events;"),
            ("events", "mod data; mod decode; pub use data::EventData; fn g() { decode::parse() }"),
            ("events::data", "use super::decode::parse; use serde::Deserialize; pub enum EventData {}"),
            (
                "events::decode",
                "pub(super) fn parse() {} #[cfg(test)] mod tests { use crate::events::EventData; }",
            ),
        ]);
        assert!(g.cycles().is_empty(), "{:?}", g.edges);
        assert_eq!(g.edges["events::data"].keys().collect::<Vec<_>>(), ["events::decode"]);
    }
}
