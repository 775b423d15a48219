//! Areas: one cargo feature per module of the `workos` crate's handles, so that a program
//! compiles only the operations and types of the areas it uses.
//!
//! An operation belongs to the area of its handle (its `x-workos` object's `sdk` names the
//! handle, the document's `handles` the handle's module; the module's name in kebab case is
//! the feature).
//! A generated type belongs to every area that reaches it: from an area's client methods and
//! the `workos` crate's methods of that area, through the types their code names, then through
//! the types each type's definition and impls name. The `events` area also reaches every
//! event's payload type (typed events). A type every area reaches, or one no area reaches
//! (kept for the handwritten code), is never gated, nor is anything it names; every other
//! type, and its impls, gets `#[cfg(any(feature = ...))]` over its areas.

use std::collections::{BTreeMap, BTreeSet};

use quote::quote;
use syn::visit::Visit;
use workos_spec_extensions::Document;

use crate::prepare::Prepared;

/// One area: its cargo feature and what the `workos` crate's handles of it say of it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Area {
    /// The cargo feature, e.g. `user-management`.
    pub feature: String,
    /// The module of the `workos` crate that holds its handles, e.g. `user_management`.
    pub module: String,
    /// The first handle's description, for the feature's comment.
    pub doc: String,
}

/// The areas of the document, in the order of their first handle.
pub(crate) fn areas(document: &Document) -> Vec<Area> {
    let mut areas: Vec<Area> = Vec::new();
    for handle in &document.handles {
        if areas.iter().all(|a| a.module != handle.module) {
            areas.push(Area {
                feature: handle.module.replace('_', "-"),
                module: handle.module.clone(),
                doc: handle.doc.clone(),
            });
        }
    }
    areas
}

/// The feature of the module of `handle` (an accessor), if the handle is declared.
fn feature_of_handle<'a>(document: &Document, areas: &'a [Area], handle: &str) -> Option<&'a str> {
    let module = &document.handles.iter().find(|h| h.accessor == handle)?.module;
    areas.iter().find(|a| a.module == *module).map(|a| a.feature.as_str())
}

/// The feature of each operation, by operation id.
pub(crate) fn operation_features(prepared: &Prepared, areas: &[Area]) -> BTreeMap<String, String> {
    prepared
        .operations
        .iter()
        .filter_map(|op| {
            let (handle, _) = op.sdk.as_ref()?;
            Some((op.id.clone(), feature_of_handle(&prepared.document, areas, handle)?.to_owned()))
        })
        .collect()
}

/// The area whose typed events reach every event payload.
const EVENTS_FEATURE: &str = "events";

/// Types the handwritten crates name beside the generated methods, by the area whose
/// handwritten code names them: `workos::signin::authentication` reads MFA factors and challenges in
/// AuthKit's answers. A per-area build (`cargo xtask features`) fails when this falls behind.
const HANDWRITTEN: &[(&str, &[&str])] = &[("authkit", &["AuthenticationFactor", "AuthenticationChallenge"])];

/// Types the handwritten crates name whatever the areas: `workos_api::ListPage` returns
/// `ListMetadata`.
const ALWAYS: &[&str] = &["ListMetadata"];

/// When an item is compiled.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Gate {
    Always,
    Features(BTreeSet<String>),
}

impl Gate {
    fn attribute(&self) -> Option<syn::Attribute> {
        let Gate::Features(features) = self else { return None };
        let features: Vec<_> = features.iter().map(|f| quote!(feature = #f)).collect();
        Some(match features.as_slice() {
            [one] => syn::parse_quote!(#[cfg(#one)]),
            many => syn::parse_quote!(#[cfg(any(#(#many),*))]),
        })
    }
}

/// Gates the generated client (`client`) and the `workos` crate's generated items (`sdk`).
///
/// `sdk` holds one module per area (named as the area's module), the accessors' impl and the
/// typed events; each is gated here too.
pub(crate) fn gate(prepared: &Prepared, areas: &[Area], client: &mut syn::File, sdk: &mut [syn::Item]) {
    let features = operation_features(prepared, areas);
    let module_feature: BTreeMap<&str, &str> =
        areas.iter().map(|a| (a.module.as_str(), a.feature.as_str())).collect();
    // Each handle's type, and the feature of its area (its module).
    let handle_feature: BTreeMap<String, &str> = prepared
        .document
        .handles
        .iter()
        .filter_map(|h| Some((h.type_name.clone(), *module_feature.get(h.module.as_str())?)))
        .collect();
    let feature_of_handle = |item: &syn::Item| -> Option<&str> {
        let name = match item {
            syn::Item::Struct(s) => s.ident.to_string(),
            syn::Item::Impl(block) => self_type_name(&block.self_ty)?,
            _ => return None,
        };
        handle_feature.get(&name).copied()
    };

    let Some(types) = crate::finish::types_module(client) else { return };
    let graph = TypeGraph::new(types);

    // Where each area starts: its client methods, its `workos` methods, its parameter structs.
    let mut roots: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
    for item in &client.items {
        for (method, names) in client_methods(item) {
            if let Some(feature) = features.get(&method) {
                roots.entry(feature).or_default().extend(graph.named_in(&names));
            }
        }
    }
    for op in &prepared.operations {
        if let (Some(feature), Some(params)) = (features.get(&op.id), &op.params) {
            roots.entry(feature).or_default().insert(params.name.clone());
        }
    }
    for item in sdk.iter() {
        if let (syn::Item::Impl(block), Some(feature)) = (item, feature_of_handle(item)) {
            // A block of aliases of another area's methods is compiled with that area (its
            // own `cfg`), and reaches that area's types only.
            let feature = own_feature(block)
                .and_then(|own| areas.iter().find(|a| a.feature == own))
                .map_or(feature, |a| a.feature.as_str());
            roots.entry(feature).or_default().extend(graph.named_in(&idents_of(block)));
        }
    }
    roots.entry(EVENTS_FEATURE).or_default().extend(prepared.events.values().map(|e| e.data.clone()));
    for (feature, names) in HANDWRITTEN {
        roots.entry(feature).or_default().extend(names.iter().map(|n| n.to_string()));
    }

    let all: BTreeSet<String> = areas.iter().map(|a| a.feature.clone()).collect();
    let gates = graph.gates(&roots, &all);
    let gate_of = |name: &str| gates.get(name).cloned().unwrap_or(Gate::Always);
    let only = |feature: &str| Gate::Features(BTreeSet::from([feature.to_owned()])).attribute();

    // The types module: each type and each impl by the type it is for; an impl for another
    // type (`From<Secrets> for Vec<Secret>`) by every type its header names.
    if let Some(types) = crate::finish::types_module(client) {
        for item in types.iter_mut() {
            let names = match item_name(item) {
                Some(name) if graph.edges.contains_key(&name) => vec![name],
                _ => match item {
                    syn::Item::Impl(block) => graph.named_in(&impl_header_names(block)).collect(),
                    _ => Vec::new(),
                },
            };
            for name in names {
                push_gate(item, &gate_of(&name));
            }
        }
    }
    // The client's methods by their operation; the pagination impls by their type; the
    // round-trip registry's arms by the type each parses.
    for item in client.items.iter_mut() {
        match item {
            syn::Item::Impl(block) if is_client_impl(block) => {
                for member in block.items.iter_mut() {
                    if let syn::ImplItem::Fn(method) = member
                        && let Some(feature) = features.get(&method.sig.ident.to_string())
                    {
                        method.attrs.extend(only(feature));
                    }
                }
            }
            syn::Item::Impl(_) => {
                if let Some(name) = item_name(item) {
                    push_gate(item, &gate_of(&name));
                }
            }
            syn::Item::Fn(function) if function.sig.ident == "roundtrip_component" => {
                syn::visit_mut::VisitMut::visit_item_fn_mut(
                    &mut GateArms { gate_of: &gate_of, graph: &graph },
                    function,
                );
            }
            _ => {}
        }
    }

    // The `workos` crate: each handle's type, its methods and its accessor, by its area.
    for item in sdk.iter_mut() {
        if let Some(feature) = feature_of_handle(item) {
            push_gate(item, &Gate::Features(BTreeSet::from([feature.to_owned()])));
        } else if let syn::Item::Impl(block) = item {
            for member in block.items.iter_mut() {
                if let syn::ImplItem::Fn(accessor) = member
                    && let Some(feature) = returned_type(&accessor.sig).and_then(|t| handle_feature.get(&t))
                {
                    accessor.attrs.extend(only(feature));
                }
            }
        }
    }
}

/// The feature of a `#[cfg(feature = "...")]` an impl block carries already.
fn own_feature(block: &syn::ItemImpl) -> Option<String> {
    block.attrs.iter().find_map(|attr| {
        if !attr.path().is_ident("cfg") {
            return None;
        }
        let pair: syn::MetaNameValue = attr.parse_args().ok()?;
        match (pair.path.is_ident("feature"), &pair.value) {
            (true, syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(value), .. })) => Some(value.value()),
            _ => None,
        }
    })
}

/// Adds `gate`'s attribute to a type or an impl (the only items gated by the types they name).
fn push_gate(item: &mut syn::Item, gate: &Gate) {
    let attrs = match item {
        syn::Item::Struct(s) => &mut s.attrs,
        syn::Item::Enum(e) => &mut e.attrs,
        syn::Item::Impl(i) => &mut i.attrs,
        syn::Item::Type(t) => &mut t.attrs,
        _ => return,
    };
    attrs.extend(gate.attribute());
}

/// The type an item defines, or the local type an impl is for.
fn item_name(item: &syn::Item) -> Option<String> {
    match item {
        syn::Item::Struct(s) => Some(s.ident.to_string()),
        syn::Item::Enum(e) => Some(e.ident.to_string()),
        syn::Item::Type(t) => Some(t.ident.to_string()),
        syn::Item::Impl(block) => self_type_name(&block.self_ty),
        _ => None,
    }
}

fn self_type_name(ty: &syn::Type) -> Option<String> {
    match ty {
        syn::Type::Path(path) => path.path.segments.last().map(|s| s.ident.to_string()),
        syn::Type::Reference(reference) => self_type_name(&reference.elem),
        _ => None,
    }
}

/// What an impl's trait and self type name.
fn impl_header_names(block: &syn::ItemImpl) -> BTreeSet<String> {
    let mut names = Names::default();
    if let Some((path, _)) = &block.trait_ {
        names.visit_path(path);
    }
    names.visit_type(&block.self_ty);
    names.0
}

fn is_client_impl(block: &syn::ItemImpl) -> bool {
    block.trait_.is_none() && matches!(&*block.self_ty, syn::Type::Path(p) if p.path.is_ident("Client"))
}

/// Each method of `impl Client` with the identifiers it names.
fn client_methods(item: &syn::Item) -> Vec<(String, BTreeSet<String>)> {
    let syn::Item::Impl(block) = item else { return Vec::new() };
    if !is_client_impl(block) {
        return Vec::new();
    }
    block
        .items
        .iter()
        .filter_map(|member| match member {
            syn::ImplItem::Fn(method) => {
                let mut names = Names::default();
                names.visit_impl_item_fn(method);
                Some((method.sig.ident.to_string(), names.0))
            }
            _ => None,
        })
        .collect()
}

/// The module an accessor returns a handle of (`-> module::Handle<'_>`).
/// The type an accessor returns (`Organizations<'_>`).
fn returned_type(sig: &syn::Signature) -> Option<String> {
    let syn::ReturnType::Type(_, ty) = &sig.output else { return None };
    self_type_name(ty)
}

fn idents_of(block: &syn::ItemImpl) -> BTreeSet<String> {
    let mut names = Names::default();
    names.visit_item_impl(block);
    names.0
}

/// What a piece of syntax may name a type by: each path's first segment, and each segment
/// after a module (`types::X`, `crate::types::X`, `super::X`). `Self::User` or
/// `OwnerType::User` name an enum's variant, not the type `User`.
#[derive(Default)]
struct Names(BTreeSet<String>);

impl<'ast> Visit<'ast> for Names {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        let mut after_module = true;
        for segment in &path.segments {
            let ident = segment.ident.to_string();
            after_module = if after_module {
                let module = matches!(ident.as_str(), "types" | "crate" | "super" | "self");
                self.0.insert(ident);
                module
            } else {
                false
            };
        }
        syn::visit::visit_path(self, path);
    }
}

/// The types of the `types` module and the types each one names, in its definition or impls.
struct TypeGraph {
    edges: BTreeMap<String, BTreeSet<String>>,
}

impl TypeGraph {
    fn new(types: &[syn::Item]) -> Self {
        let mut edges: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for item in types {
            if let syn::Item::Struct(_) | syn::Item::Enum(_) | syn::Item::Type(_) = item {
                edges.entry(item_name(item).expect("a defined type has a name")).or_default();
            }
        }
        for item in types {
            let Some(name) = item_name(item) else { continue };
            if !edges.contains_key(&name) {
                continue;
            }
            let mut names = Names::default();
            names.visit_item(item);
            let named: BTreeSet<String> =
                names.0.into_iter().filter(|n| n != &name && edges.contains_key(n)).collect();
            edges.get_mut(&name).expect("checked above").extend(named);
        }
        TypeGraph { edges }
    }

    /// The names in `names` that are types of the module.
    fn named_in<'a>(&'a self, names: &'a BTreeSet<String>) -> impl Iterator<Item = String> + 'a {
        names.iter().filter(|n| self.edges.contains_key(*n)).cloned()
    }

    /// Everything reachable from `start`, `start` included.
    fn closure(&self, start: impl IntoIterator<Item = String>) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut queue: Vec<String> = start.into_iter().collect();
        while let Some(name) = queue.pop() {
            if seen.insert(name.clone()) {
                queue.extend(self.edges.get(&name).into_iter().flatten().cloned());
            }
        }
        seen
    }

    /// The gate of every type: the areas that reach it, or `Always` when every area or none
    /// does, or when an ungated type names it.
    fn gates(
        &self,
        roots: &BTreeMap<&str, BTreeSet<String>>,
        all: &BTreeSet<String>,
    ) -> BTreeMap<String, Gate> {
        let mut reached: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
        for (feature, start) in roots {
            for name in self.closure(start.iter().cloned()) {
                reached.entry(name).or_default().insert(feature.to_string());
            }
        }
        let ungated_roots = self.edges.keys().filter(|name| match reached.get(name.as_str()) {
            None => true,
            Some(features) => features == all,
        });
        let always = self.closure(ungated_roots.cloned().chain(ALWAYS.iter().map(|n| n.to_string())));
        self.edges
            .keys()
            .map(|name| {
                let gate = if always.contains(name) {
                    Gate::Always
                } else {
                    Gate::Features(reached.get(name.as_str()).cloned().unwrap_or_default())
                };
                (name.clone(), gate)
            })
            .collect()
    }
}

/// Gates each arm of the round-trip registry by the type it parses.
struct GateArms<'a, F: Fn(&str) -> Gate> {
    gate_of: &'a F,
    graph: &'a TypeGraph,
}

impl<F: Fn(&str) -> Gate> syn::visit_mut::VisitMut for GateArms<'_, F> {
    fn visit_arm_mut(&mut self, arm: &mut syn::Arm) {
        let mut names = Names::default();
        names.visit_expr(&arm.body);
        let gates: Vec<Gate> = self.graph.named_in(&names.0).map(|n| (self.gate_of)(&n)).collect();
        if let Some(attribute) = gates.first().and_then(Gate::attribute) {
            arm.attrs.push(attribute);
        }
    }
}

/// The first and last line of the features block `cargo xtask generate` keeps in a manifest.
pub const FEATURES_BEGIN: &str =
    "# BEGIN areas: written by `cargo xtask generate` from the spec's handles; do not edit.";
/// See [`FEATURES_BEGIN`].
pub const FEATURES_END: &str = "# END areas";

/// The `[features]` lines of the areas, from [`FEATURES_BEGIN`] to [`FEATURES_END`]:
/// `all-areas`, then one feature per area, each turning on `forward_to`'s feature of the same
/// name when given (the `workos` crate forwards to `workos-api`).
pub fn cargo_features(areas: &[Area], forward_to: Option<&str>) -> String {
    let quoted = |names: Vec<String>| names.iter().map(|n| format!("\"{n}\"")).collect::<Vec<_>>().join(", ");
    let mut lines = vec![
        FEATURES_BEGIN.to_owned(),
        "# Every area of the API (the default). A program that uses a few turns off default".to_owned(),
        "# features and names them: only their operations and types are compiled.".to_owned(),
        format!("all-areas = [{}]", quoted(areas.iter().map(|a| a.feature.clone()).collect())),
    ];
    for area in areas {
        lines.push(format!("# {}", area.doc));
        let forwarded = forward_to.map(|krate| vec![format!("{krate}/{}", area.feature)]).unwrap_or_default();
        lines.push(format!("{} = [{}]", area.feature, quoted(forwarded)));
    }
    lines.push(FEATURES_END.to_owned());
    lines.join("\n") + "\n"
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph() -> TypeGraph {
        let file: syn::File = syn::parse_quote! {
            pub struct Page { pub data: Vec<Item>, pub meta: Meta }
            pub struct Item { pub kind: Kind, pub owner: Owner }
            pub enum Kind { Owner, Other }
            impl Kind { fn owner() -> Self { Self::Owner } }
            pub struct Owner { pub name: String }
            pub struct Meta { pub after: Option<String> }
            pub struct Orphan { pub meta: Meta }
            pub struct Lonely { pub owner: Owner }
        };
        TypeGraph::new(&file.items)
    }

    fn gates(roots: &[(&'static str, &[&str])]) -> BTreeMap<String, Gate> {
        let roots: BTreeMap<&str, BTreeSet<String>> =
            roots.iter().map(|(f, names)| (*f, names.iter().map(|n| n.to_string()).collect())).collect();
        let all = ["a", "b", "c"].map(str::to_owned).into();
        graph().gates(&roots, &all)
    }

    fn only(features: &[&str]) -> Gate {
        Gate::Features(features.iter().map(|f| f.to_string()).collect())
    }

    #[test]
    fn a_type_is_gated_by_every_area_that_reaches_it_and_no_other() {
        let gates = gates(&[("a", &["Page"]), ("b", &["Owner"]), ("c", &["Lonely"])]);
        assert_eq!(gates["Page"], only(&["a"]));
        assert_eq!(gates["Item"], only(&["a"]));
        // Reached from `a` through `Item`, from `b` directly, from `c` through `Lonely`.
        assert_eq!(gates["Owner"], Gate::Always, "every area reaches it");
        assert_eq!(gates["Lonely"], only(&["c"]));
        // `Self::Owner` names the variant, not the type: `Kind` does not reach `Owner` by it.
        assert_eq!(gates["Kind"], only(&["a"]));
    }

    #[test]
    fn what_an_ungated_type_names_is_never_gated() {
        // `Orphan` is reached by no area, so it stays for the handwritten code, and so does
        // `Meta`, which only `a` reaches otherwise.
        let gates = gates(&[("a", &["Page"]), ("b", &["Kind"])]);
        assert_eq!(gates["Orphan"], Gate::Always);
        assert_eq!(gates["Meta"], Gate::Always);
        assert_eq!(gates["Kind"], only(&["a", "b"]));
        assert_eq!(gates["Item"], only(&["a"]));
        // Only `a` reaches `Owner`, but `Lonely`, reached by none, names it.
        assert_eq!(gates["Owner"], Gate::Always);
    }

    #[test]
    fn several_areas_make_one_any_attribute() {
        let attribute = only(&["b", "a"]).attribute().unwrap();
        assert_eq!(
            quote!(#attribute).to_string(),
            quote!(#[cfg(any(feature = "a", feature = "b"))]).to_string()
        );
        let attribute = only(&["a"]).attribute().unwrap();
        assert_eq!(quote!(#attribute).to_string(), quote!(#[cfg(feature = "a")]).to_string());
        assert!(Gate::Always.attribute().is_none());
    }
}
