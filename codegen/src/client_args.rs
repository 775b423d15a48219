//! What each method of the generated client takes and answers, worked out from the prepared
//! document: the `workos` crate's per-operation layer ([`crate::sdk`]) is written from this,
//! never from progenitor's rendered signatures.
//!
//! progenitor's positional interface takes an operation's path parameters in the template's
//! order, then its query parameters by name, then its header parameters by name, then its
//! body. Each argument is named as typify names a field (snake case; a keyword gets a
//! trailing `_`) and typed after its schema, as typify's `type_parameter_ident` does: a plain
//! string as `&str`, an integer, a number or a boolean by value, anything else by reference;
//! an optional one in an `Option`. The `workos` crate passes each accordingly, so a type
//! progenitor changes fails that crate's build. The names and their order could change
//! without a build failing (two `Option<&str>` swapped), so [`check`] compares them with the
//! generated methods' and fails generation when they differ.

use std::collections::BTreeMap;

use serde_json::Value;
use workos_spec_extensions::{Extension, Property};

use crate::naming::rust_ident;
use crate::prepare::{OperationInfo, Prepared};

/// One argument of a generated client method.
#[derive(Debug, Clone)]
pub(crate) struct ClientArg {
    /// Its name, as progenitor names it.
    pub(crate) ident: syn::Ident,
    pub(crate) kind: ArgKind,
}

/// What an argument carries.
#[derive(Debug, Clone)]
pub(crate) enum ArgKind {
    /// The path parameter `name`: a string (of the id type `id`, when it holds a prefixed
    /// id), or a value of `component` (an enum).
    Path { name: String, component: Option<String>, id: Option<String> },
    /// The query parameter `name`, from the field `field` of the operation's `Params` struct.
    Query { name: String, field: syn::Ident, pass: Pass, required: bool },
    /// The `Idempotency-Key` header of an idempotent operation.
    IdempotencyKey,
    /// The `Authorization` header of an operation authorized by a user's access token.
    AccessToken,
    /// The request body, a value of `component`.
    Body { component: String },
}

/// How a query parameter's value is handed to the client method.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Pass {
    /// A plain string, as `&str`.
    Str,
    /// An integer, a number or a boolean, by value.
    Value,
    /// Anything else (an enum, an array, a timestamp, a secret), by reference.
    Ref,
}

fn component_of(schema: &Value) -> Option<String> {
    let reference = schema.get("$ref").or_else(|| schema["allOf"].get(0)?.get("$ref"))?;
    reference.as_str()?.strip_prefix("#/components/schemas/").map(str::to_owned)
}

/// The operation as the prepared document describes it.
fn operation<'a>(prepared: &'a Prepared, op: &OperationInfo) -> Result<&'a Value, String> {
    let operation = &prepared.doc_json["paths"][&op.path][op.method.to_ascii_lowercase()];
    if operation.is_object() {
        Ok(operation)
    } else {
        Err(format!("{}: not in the prepared document (a browser redirect has no client method)", op.id))
    }
}

/// The arguments of the client method of `op`, in order.
pub(crate) fn args(prepared: &Prepared, op: &OperationInfo) -> Result<Vec<ClientArg>, String> {
    let fail = |problem: String| format!("{}: {problem}", op.id);
    let operation = operation(prepared, op)?;
    let parameters: Vec<&Value> = operation["parameters"].as_array().into_iter().flatten().collect();
    let named = |location: &'static str| parameters.iter().copied().filter(move |p| p["in"] == location);
    let mut args = Vec::new();

    for name in &op.path_params {
        let param = named("path")
            .find(|p| p["name"] == name.as_str())
            .ok_or_else(|| fail(format!("path parameter `{name}` is not declared")))?;
        let component = match param["schema"]["type"].as_str() {
            Some("string") if param["schema"].get("format").is_none() => None,
            _ => Some(component_of(&param["schema"]).ok_or_else(|| {
                fail(format!("path parameter `{name}` is neither a string nor a named component"))
            })?),
        };
        // The lint has refused every extension object that does not read.
        let id = Property::read(&param["schema"]).ok().and_then(|p| p.id);
        args.push(arg(name, ArgKind::Path { name: name.clone(), component, id }));
    }

    let mut query: Vec<&Value> = named("query").collect();
    query.sort_by(|a, b| a["name"].as_str().cmp(&b["name"].as_str()));
    let fields = params_fields(prepared, op);
    for param in query {
        let name = param["name"].as_str().unwrap_or_default();
        let field = fields
            .get(name)
            .cloned()
            .ok_or_else(|| fail(format!("query parameter `{name}` is in no Params struct")))?;
        let schema = &param["schema"];
        let pass = match schema["type"].as_str() {
            Some("string") if schema.get("format").is_none() => Pass::Str,
            Some("integer" | "number" | "boolean") => Pass::Value,
            _ => Pass::Ref,
        };
        let kind = ArgKind::Query { name: name.to_owned(), field, pass, required: param["required"] == true };
        args.push(arg(name, kind));
    }

    let mut headers: Vec<&str> = named("header").filter_map(|p| p["name"].as_str()).collect();
    headers.sort_unstable();
    for name in headers {
        let kind = match name {
            "Idempotency-Key" if op.idempotent => ArgKind::IdempotencyKey,
            "Authorization" if op.access_token => ArgKind::AccessToken,
            _ => return Err(fail(format!("the `workos` crate has no argument for the header `{name}`"))),
        };
        args.push(arg(name, kind));
    }

    if let Some(content) = operation["requestBody"]["content"].as_object() {
        let schema = content.values().next().map(|media| &media["schema"]).unwrap_or(&Value::Null);
        let component =
            component_of(schema).ok_or_else(|| fail("the request body is not a named component".into()))?;
        args.push(arg("body", ArgKind::Body { component }));
    }
    Ok(args)
}

fn arg(name: &str, kind: ArgKind) -> ClientArg {
    ClientArg { ident: quote::format_ident!("{}", rust_ident(name)), kind }
}

/// The fields of the operation's `Params` struct, by the query parameter they hold: named as
/// typify names them, or by the property's `rust_name`.
fn params_fields(prepared: &Prepared, op: &OperationInfo) -> BTreeMap<String, syn::Ident> {
    let Some(params) = &op.params else { return BTreeMap::new() };
    let properties = &prepared.doc_json["components"]["schemas"][&params.name]["properties"];
    properties
        .as_object()
        .into_iter()
        .flatten()
        .map(|(name, property)| {
            // The lint has refused every extension object that does not read.
            let rust_name = Property::read(property).ok().and_then(|p| p.rust_name);
            let field = rust_name.unwrap_or_else(|| rust_ident(name));
            (name.clone(), quote::format_ident!("{field}"))
        })
        .collect()
}

/// The component a successful call of `op` answers with; `None` when it has no body.
pub(crate) fn answer(prepared: &Prepared, op: &OperationInfo) -> Result<Option<String>, String> {
    let operation = operation(prepared, op)?;
    let success = &operation["responses"]["2XX"];
    match success["content"].as_object() {
        None => Ok(None),
        Some(content) => {
            let schema =
                content.get("application/json").map(|media| &media["schema"]).unwrap_or(&Value::Null);
            component_of(schema)
                .map(Some)
                .ok_or_else(|| format!("{}: the success is not a named JSON component", op.id))
        }
    }
}

/// Fails when a generated client method does not take the arguments [`args`] expects, by
/// name and in order, or is missing.
pub(crate) fn check(client: &syn::File, prepared: &Prepared) -> Result<(), String> {
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
            let names: Vec<String> = method
                .sig
                .inputs
                .iter()
                .filter_map(|input| match input {
                    syn::FnArg::Typed(typed) => {
                        Some(quote::ToTokens::to_token_stream(&typed.pat).to_string())
                    }
                    syn::FnArg::Receiver(_) => None,
                })
                .collect();
            methods.insert(method.sig.ident.to_string(), names);
        }
    }
    let mut problems = Vec::new();
    for op in prepared.operations.iter().filter(|op| !op.redirect) {
        let expected: Vec<String> = args(prepared, op)?.iter().map(|a| a.ident.to_string()).collect();
        match methods.get(&op.id) {
            None => problems.push(format!("{}: progenitor generated no method", op.id)),
            Some(found) if *found != expected => problems.push(format!(
                "{}: progenitor's method takes ({}), codegen expects ({})",
                op.id,
                found.join(", "),
                expected.join(", ")
            )),
            Some(_) => {}
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "the generated client's methods are not what the `workos` crate's layer is written for \
             (see codegen/src/client_args.rs):\n  {}",
            problems.join("\n  ")
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names(prepared: &Prepared, id: &str) -> Vec<String> {
        let op = prepared.operations.iter().find(|op| op.id == id).unwrap();
        args(prepared, op).unwrap().iter().map(|arg| arg.ident.to_string()).collect()
    }

    #[test]
    fn the_arguments_are_worked_out_in_progenitors_order_and_match_its_output() {
        let (prepared, file) = crate::fixture::progenitor_output();
        assert_eq!(names(&prepared, "get_thing"), ["id", "depth", "expand"], "path, then query by name");
        assert_eq!(names(&prepared, "create_thing"), ["idempotency_key", "body"], "headers, then the body");
        let get = prepared.operations.iter().find(|op| op.id == "get_thing").unwrap();
        let kinds: Vec<String> =
            args(&prepared, get).unwrap().iter().map(|a| format!("{:?}", a.kind)).collect();
        assert!(kinds[1].contains("pass: Value") && kinds[2].contains("pass: Str"), "{kinds:?}");
        assert_eq!(answer(&prepared, get).unwrap().as_deref(), Some("Thing"));
        check(&file, &prepared).expect("progenitor's methods take what codegen expects");
    }

    #[test]
    fn a_method_that_takes_its_arguments_in_another_order_fails_the_check() {
        let (prepared, mut file) = crate::fixture::progenitor_output();
        // Two arguments swapped: the kind of change that would still build, sending each
        // value as the other.
        let method = file
            .items
            .iter_mut()
            .filter_map(|item| match item {
                syn::Item::Impl(block) if block.trait_.is_none() => Some(block),
                _ => None,
            })
            .flat_map(|block| block.items.iter_mut())
            .find_map(|item| match item {
                syn::ImplItem::Fn(method) if method.sig.ident == "get_thing" => Some(method),
                _ => None,
            })
            .unwrap();
        let inputs: Vec<syn::FnArg> = method.sig.inputs.iter().cloned().collect();
        let order = [0, 1, 3, 2];
        method.sig.inputs = order.iter().map(|&i| inputs[i].clone()).collect();
        let error = check(&file, &prepared).unwrap_err();
        assert!(error.contains("get_thing: progenitor's method takes (id, expand, depth)"), "{error}");
        assert!(error.contains("codegen expects (id, depth, expand)"), "{error}");
    }
}
