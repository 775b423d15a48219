//! Renders the declared operations as one OpenAPI 3.0 document.

use std::collections::BTreeMap;

use openapiv3 as oa;
use schemars::generate::SchemaSettings;
use schemars::{Schema, SchemaGenerator};

use serde_json::{Map, Value, json};
use workos_spec_extensions::{self as ext, Extension};

use crate::operation::{Auth, Method, NamedParam, Operation};

/// Why the description could not be rendered.
#[derive(Debug)]
pub struct RenderError {
    /// The operation at fault.
    pub operation: &'static str,
    /// What is wrong with it.
    pub problem: String,
}

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "operation `{}`: {}", self.operation, self.problem)
    }
}

impl std::error::Error for RenderError {}

fn generator() -> SchemaGenerator {
    SchemaSettings::openapi3().with(|s| s.meta_schema = None).into_generator()
}

/// Applies the OpenAPI 3.0 transforms to a schema the generator handed out without them.
fn finish(generator: &mut SchemaGenerator, make: impl FnOnce(&mut SchemaGenerator) -> Schema) -> Value {
    let mut schema = make(generator);
    for transform in generator.transforms_mut() {
        transform.transform(&mut schema);
    }
    let mut value = schema.to_value();
    normalize(&mut value);
    value
}

/// Rewrites two shapes schemars produces into the plainer forms OpenAPI 3.0 readers expect:
/// an enum whose variants carry docs (a `oneOf` of one-value enums) becomes one string enum
/// with the variant docs in `x-enum-descriptions`, and an optional `$ref` (an `anyOf` with a
/// `null` enum) becomes a nullable `allOf` of that `$ref`.
fn normalize(value: &mut Value) {
    match value {
        Value::Object(object) => {
            for child in object.values_mut() {
                normalize(child);
            }
            merge_documented_enum(object);
            merge_nullable_ref(object);
        }
        Value::Array(items) => items.iter_mut().for_each(normalize),
        _ => {}
    }
}

fn merge_documented_enum(object: &mut Map<String, Value>) {
    let Some(Value::Array(variants)) = object.get("oneOf") else { return };
    let mut values = Vec::new();
    let mut docs = Vec::new();
    for variant in variants {
        let single = variant.get("enum").and_then(Value::as_array).filter(|e| e.len() == 1);
        match (variant.get("type"), single) {
            (Some(Value::String(t)), Some(one)) if t == "string" => {
                values.push(one[0].clone());
                docs.push(variant.get("description").cloned().unwrap_or(json!("")));
            }
            _ => return,
        }
    }
    object.remove("oneOf");
    object.insert("type".into(), json!("string"));
    object.insert("enum".into(), Value::Array(values));
    object.insert(ext::ENUM_DESCRIPTIONS.into(), Value::Array(docs));
}

fn merge_nullable_ref(object: &mut Map<String, Value>) {
    let Some(Value::Array(any_of)) = object.get("anyOf") else { return };
    let is_null = |v: &Value| v.get("enum") == Some(&json!([null]));
    if any_of.len() != 2 || !any_of.iter().any(is_null) {
        return;
    }
    let Some(reference) = any_of.iter().find(|v| !is_null(v)).cloned() else { return };
    object.remove("anyOf");
    object.insert("allOf".into(), json!([reference]));
    object.insert("nullable".into(), json!(true));
}

/// Renders `operations` as an OpenAPI 3.0 document.
pub fn render(operations: &[Operation], tags: &[(&str, &str)]) -> Result<oa::OpenAPI, RenderError> {
    let mut generator = generator();
    let mut ops: Vec<&Operation> = operations.iter().collect();
    ops.sort_by_key(|op| (op.path, op.method));

    let mut seen = BTreeMap::new();
    let mut methods = BTreeMap::new();
    let mut paths: BTreeMap<&str, Map<String, Value>> = BTreeMap::new();
    for op in ops {
        if let Some(name) = op.sdk
            && let Some(previous) = methods.insert(name, op.id)
        {
            return Err(RenderError {
                operation: op.id,
                problem: format!("`{}().{}` is also `{previous}`", name.0, name.1),
            });
        }
        if let Some(previous) = seen.insert(op.id, op.path) {
            return Err(RenderError {
                operation: op.id,
                problem: format!("the id is used twice (also on {previous})"),
            });
        }
        if !tags.iter().any(|(name, _)| *name == op.tag) {
            return Err(RenderError {
                operation: op.id,
                problem: format!("tag `{}` is not in TAGS", op.tag),
            });
        }
        let rendered = render_operation(&mut generator, op)?;
        let method = op.method.as_str().to_ascii_lowercase();
        paths.entry(op.path).or_default().insert(method, Value::Object(rendered));
    }

    // Event payloads are components although no operation returns them.
    crate::webhook_events::register(&mut generator);
    let mut schemas: BTreeMap<String, Value> = BTreeMap::new();
    for (name, mut schema) in generator.take_definitions(true) {
        normalize(&mut schema);
        schemas.insert(name, schema);
    }
    crate::webhook_events::annotate(&mut schemas)
        .map_err(|problem| RenderError { operation: "list_events", problem })?;

    let mut doc = json!({
        "openapi": "3.0.3",
        "info": {
            "title": "WorkOS API",
            "description": "The WorkOS REST API, as described by the workos-spec crate.",
            "version": env!("CARGO_PKG_VERSION"),
        },
        "servers": [{ "url": "https://api.workos.com" }],
        "security": [{ ext::API_KEY_SCHEME: [] }],
        "tags": tags.iter().map(|(name, doc)| json!({ "name": name, "description": doc })).collect::<Vec<_>>(),
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {
                ext::API_KEY_SCHEME: {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "A secret API key, `sk_...`.",
                },
                ext::ACCESS_TOKEN_SCHEME: {
                    "type": "http",
                    "scheme": "bearer",
                    "description": "The access token of the user a call is about.",
                }
            }
        }
    });
    let mut document = ext::Document::default();
    document.handles = crate::HANDLES
        .iter()
        .map(|h| {
            let mut handle = ext::Handle::new(h.accessor, h.module, h.type_name, h.doc);
            handle.also_on = h.also_on.iter().map(|&accessor| accessor.to_owned()).collect();
            handle
        })
        .collect();
    document.ids = crate::ids::kinds();
    document.write(doc.as_object_mut().expect("the document is an object"));
    crate::ids::annotate(&mut doc);
    serde_json::from_value::<oa::OpenAPI>(doc).map_err(|e| RenderError {
        operation: "*",
        problem: format!("the rendered document is not valid OpenAPI 3.0: {e}"),
    })
}

fn render_operation(
    generator: &mut SchemaGenerator,
    op: &Operation,
) -> Result<Map<String, Value>, RenderError> {
    let fail = |problem: String| RenderError { operation: op.id, problem };
    if op.tag.is_empty() {
        return Err(fail("no tag".into()));
    }
    if op.summary.is_empty() {
        return Err(fail("no doc line".into()));
    }

    let mut parameters = Vec::new();
    let template_names = template_params(op.path);
    for name in &template_names {
        if !op.path_params.iter().any(|p| p.name == name) {
            return Err(fail(format!("path parameter `{{{name}}}` is not declared")));
        }
    }
    for param in &op.path_params {
        if param.doc.is_empty() {
            return Err(fail(format!("path parameter `{}` has no doc", param.name)));
        }
        if !template_names.iter().any(|n| n == param.name) {
            return Err(fail(format!("`{}` is declared but not in the path", param.name)));
        }
        parameters.push(named_param(generator, "path", param));
    }
    if let Some(query) = op.query {
        let schema = finish(generator, query);
        parameters.extend(query_params(op, &schema).map_err(fail)?);
    }
    for header in &op.headers {
        parameters.push(named_param(generator, "header", header));
    }

    let mut out = Map::new();
    out.insert("tags".into(), json!([op.tag]));
    out.insert("summary".into(), json!(op.summary));
    if let Some(description) = op.description {
        out.insert("description".into(), json!(description));
    }
    out.insert("operationId".into(), json!(op.id));
    if !parameters.is_empty() {
        out.insert("parameters".into(), Value::Array(parameters));
    }
    if let Some((kind, body)) = op.body {
        if op.method == Method::Get {
            return Err(fail("a GET cannot carry a body".into()));
        }
        let schema = finish(generator, body);
        out.insert(
            "requestBody".into(),
            json!({ "required": true, "content": { kind.media_type(): { "schema": schema } } }),
        );
    }

    let success = op.success.ok_or_else(|| fail("no success response".into()))?;
    let mut responses = Map::new();
    let mut ok = json!({ "description": status_text(success.status) });
    if let Some(schema) = success.schema {
        let schema = finish(generator, schema);
        ok["content"] = json!({ "application/json": { "schema": schema } });
    }
    responses.insert(success.status.to_string(), ok);
    if !op.errors.is_empty() {
        let error = finish(generator, |g| g.subschema_for::<crate::common::ErrorBody>());
        let mut errors = op.errors.clone();
        errors.sort_unstable();
        errors.dedup();
        for status in errors {
            if !(400..600).contains(&status) {
                return Err(fail(format!("{status} is not an error status")));
            }
            responses.insert(
                status.to_string(),
                json!({
                    "description": status_text(status),
                    "content": { "application/json": { "schema": error } }
                }),
            );
        }
    }
    out.insert("responses".into(), Value::Object(responses));

    if op.deprecated.is_some() {
        out.insert("deprecated".into(), json!(true));
    }
    if op.at_issuer {
        out.insert(
            "servers".into(),
            json!([{
                "url": "{issuer}",
                "description": "The environment's OAuth issuer (its AuthKit domain), not the API's host.",
                "variables": { "issuer": {
                    "default": "https://auth.example.com",
                    "description": "The issuer's origin, such as `https://auth.example.com`.",
                } },
            }]),
        );
    }
    match op.auth {
        Auth::ApiKey => {}
        Auth::Public => {
            out.insert("security".into(), json!([]));
        }
        Auth::AccessToken => {
            out.insert("security".into(), json!([{ ext::ACCESS_TOKEN_SCHEME: [] }]));
        }
    }
    let mut extension = ext::Operation::default();
    extension.list = op.list;
    extension.redirect = op.redirect;
    extension.idempotent = op.idempotent;
    extension.deprecated = op.deprecated.map(str::to_owned);
    match (op.sdk, op.redirect) {
        (Some((handle, method)), false) => {
            if !crate::HANDLES.iter().any(|h| h.accessor == handle) {
                return Err(fail(format!("handle `{handle}` is not in HANDLES")));
            }
            extension.sdk = Some(ext::SdkMethod::new(handle, method));
        }
        (None, false) => return Err(fail("no `.sdk(handle, method)`".into())),
        (Some(_), true) => return Err(fail("a browser redirect has no method to call".into())),
        (None, true) => {}
    }
    extension.rate_limit =
        op.rate_limit.map(|limit| ext::RateLimit::new(limit.name, limit.limit, limit.period_ms));
    extension.max_response_bytes = op.max_response_bytes;
    if !op.pacing_key.is_empty() {
        if op.rate_limit.is_none() {
            return Err(fail("a pacing key without a rate limit".into()));
        }
        extension.pacing_key = op.pacing_key.iter().map(|key| (*key).to_owned()).collect();
    }
    extension.subject_limit =
        op.subject_limit.map(|limit| ext::RateLimit::new(limit.name, limit.limit, limit.period_ms));
    extension.write(&mut out);
    Ok(out)
}

fn template_params(path: &str) -> Vec<String> {
    path.split('/')
        .filter_map(|segment| segment.strip_prefix('{')?.strip_suffix('}'))
        .map(str::to_owned)
        .collect()
}

fn named_param(generator: &mut SchemaGenerator, location: &str, param: &NamedParam) -> Value {
    let schema = match param.schema {
        Some(schema) => finish(generator, schema),
        None => json!({ "type": "string" }),
    };
    json!({
        "name": param.name,
        "in": location,
        "description": param.doc,
        "required": param.required,
        "schema": schema,
    })
}

/// One parameter per property of the query type.
fn query_params(op: &Operation, schema: &Value) -> Result<Vec<Value>, String> {
    let properties = schema
        .get("properties")
        .and_then(Value::as_object)
        .ok_or("the query type is not a struct with named fields")?;
    let required: Vec<&str> = schema
        .get("required")
        .and_then(Value::as_array)
        .map(|r| r.iter().filter_map(Value::as_str).collect())
        .unwrap_or_default();
    for name in &op.comma_separated {
        if !properties.contains_key(*name) {
            return Err(format!("comma-separated `{name}` is not a query field"));
        }
    }
    let mut params = Vec::new();
    for (name, property) in properties {
        let mut property = property.clone();
        let object = property.as_object_mut().ok_or("a query field has no schema")?;
        let description = object.remove("description");
        // `nullable` means nothing for a parameter: an absent value is simply not sent.
        object.remove("nullable");
        // A documented `$ref` arrives wrapped in `allOf`; a parameter can carry the `$ref` itself.
        if let Some(Value::Array(all_of)) = object.get("allOf")
            && all_of.len() == 1
            && object.len() == 1
        {
            property = all_of[0].clone();
        }
        let mut param = json!({
            "name": name,
            "in": "query",
            "required": required.contains(&name.as_str()),
            "schema": property,
        });
        if let Some(description) = description {
            param["description"] = description;
        }
        if op.comma_separated.contains(&name.as_str()) {
            if param["schema"]["type"] != "array" {
                return Err(format!("comma-separated `{name}` is not an array"));
            }
            param["style"] = json!("form");
            param["explode"] = json!(false);
        }
        params.push(param);
    }
    Ok(params)
}

fn status_text(status: u16) -> &'static str {
    match status {
        200 => "OK",
        201 => "Created",
        202 => "Accepted",
        204 => "No Content",
        302 => "Found",
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        410 => "Gone",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        _ => "Response",
    }
}
