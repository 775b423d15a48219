//! Shapes a copy of the document for progenitor, and records what the rest of codegen needs.
//!
//! The document itself stays the truth for readers; these changes only decide the Rust API:
//! - every success collapses into one `2XX` response, because the live API answers `201`
//!   where `200` is described and `200` where `204` is;
//! - error responses are dropped, so that every non-2xx answer reaches the handwritten client
//!   whole (status, headers, raw body) and is turned into one `workos::Error` there;
//! - a comma-separated array parameter (`explode: false`, which progenitor ignores) becomes a
//!   string that the caller joins;
//! - each operation's query parameters are gathered into a named `<Operation>Params` struct;
//! - value constraints (lengths, patterns, bounds) are left to the server;
//! - browser redirects leave the client: the SDK builds their URLs instead;
//! - an operation's own server (`{issuer}`) leaves the document: the SDK sends it through a
//!   client whose base URL is the host its caller gives.

use std::collections::BTreeMap;

use serde_json::{Map, Value, json};
use workos_spec_extensions::{self as ext, Extension};

use crate::lint::{LintError, pointer_segment};
use crate::naming::params_struct;

/// Value constraints stay in the document (the local server enforces them) but not in the
/// types: typify would turn a `maxLength` string into a newtype that only converts
/// fallibly, and `minimum: 1` into `NonZeroU32`, for checks the API makes anyway.
fn strip_constraints(value: &mut Value) {
    const CONSTRAINTS: [&str; 7] =
        ["minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"];
    match value {
        Value::Object(object) => {
            let is_schema = object.contains_key("type");
            for (key, child) in object.iter_mut() {
                if key != "example" && key != "default" {
                    strip_constraints(child);
                }
            }
            if is_schema {
                for key in CONSTRAINTS {
                    object.remove(key);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(strip_constraints),
        _ => {}
    }
}

/// A property that can hold one value only (`object: "organization"`) becomes a plain
/// string: typify would make a one-variant enum with six impls for each of them, a large
/// part of the crate's build time, for a value callers never need to match on. The
/// constructors codegen writes fill these values in.
fn plain_consts(json: &mut Value) -> std::collections::BTreeMap<(String, String), String> {
    let mut consts = std::collections::BTreeMap::new();
    let schemas = json["components"]["schemas"].as_object_mut().expect("components.schemas");
    for (name, schema) in schemas.iter_mut() {
        for (property, property_schema) in
            schema.get_mut("properties").and_then(Value::as_object_mut).into_iter().flatten()
        {
            let single = property_schema["enum"]
                .as_array()
                .filter(|v| v.len() == 1)
                .and_then(|v| v[0].as_str())
                .map(str::to_owned);
            if let (Some(value), Some(object)) = (single, property_schema.as_object_mut()) {
                object.remove("enum");
                let doc = object.get("description").and_then(Value::as_str).map(str::to_owned);
                object
                    .insert("description".into(), json!(doc.unwrap_or_else(|| format!("Always `{value}`."))));
                consts.insert((name.clone(), property.clone()), value);
            }
        }
    }
    consts
}

/// What codegen knows about one operation.
#[derive(Debug, Clone)]
pub(crate) struct OperationInfo {
    pub(crate) id: String,
    pub(crate) method: String,
    pub(crate) path: String,
    pub(crate) tag: String,
    pub(crate) summary: String,
    pub(crate) list: Option<ListInfo>,
    pub(crate) idempotent: bool,
    pub(crate) public: bool,
    pub(crate) redirect: bool,
    /// The generated struct of query parameters, if the operation has any.
    pub(crate) params: Option<ParamsInfo>,
    /// The longer description, if any.
    pub(crate) description: Option<String>,
    /// Where the `workos` crate offers it: `(handle accessor, method)`.
    pub(crate) sdk: Option<(String, String)>,
    /// The path parameters, in the template's order.
    pub(crate) path_params: Vec<String>,
    /// The query parameters sent comma-separated.
    pub(crate) comma_separated: Vec<String>,
    /// Authorized with a user's access token rather than the API key.
    pub(crate) access_token: bool,
    /// WorkOS's published limit: `(name, limit, period in ms)`.
    pub(crate) rate_limit: Option<(String, u32, u64)>,
    /// The query parameters whose first present value scopes the rate limit.
    pub(crate) pacing_key: Vec<String>,
    /// WorkOS's limit per subject of the body (an e-mail address, a user), in the same form.
    pub(crate) subject_limit: Option<(String, u32, u64)>,
    /// The largest success body read, for an operation whose answers are known to be small.
    pub(crate) max_response_bytes: Option<u64>,
    /// Deprecated by WorkOS: what to call instead.
    pub(crate) deprecated: Option<String>,
    /// Sent to a host the caller names rather than the client's base URL: the one variable
    /// of the operation's own `servers` URL (`{issuer}`), which becomes the SDK method's
    /// first argument.
    pub(crate) host_variable: Option<String>,
}

/// The parameter struct of an operation.
#[derive(Debug, Clone)]
pub(crate) struct ParamsInfo {
    pub(crate) name: String,
    pub(crate) has_cursors: bool,
    /// The largest `limit` the list accepts, when it takes one (its `maximum`, or 100).
    pub(crate) largest_page: Option<u64>,
}

/// The page and item types of a list operation.
#[derive(Debug, Clone)]
pub(crate) struct ListInfo {
    pub(crate) page: String,
    pub(crate) item: String,
}

/// The document as progenitor will see it, and the facts gathered on the way.
pub(crate) struct Prepared {
    pub(crate) doc: openapiv3::OpenAPI,
    pub(crate) doc_json: Value,
    pub(crate) open_enums: Vec<String>,
    pub(crate) operations: Vec<OperationInfo>,
    /// The document's own `x-workos` object: the `workos` crate's handles.
    pub(crate) document: ext::Document,
    /// The event types, from the `Event` component's `x-workos` object.
    pub(crate) events: BTreeMap<String, ext::EventType>,
    /// `(component, property) -> value` of every one-value string property.
    pub(crate) consts: std::collections::BTreeMap<(String, String), String>,
}

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

fn ref_name(schema: &Value) -> Option<String> {
    schema.get("$ref")?.as_str()?.strip_prefix("#/components/schemas/").map(str::to_owned)
}

/// An extension object of the document, read through its type.
fn read_extension<T: Extension>(object: &Value, location: impl FnOnce() -> String) -> Result<T, LintError> {
    T::read(object).map_err(|e| LintError {
        location: format!("{}/{}", location(), ext::KEY),
        problem: format!("does not read as its type: {e}"),
    })
}

pub(crate) fn prepare(doc: &openapiv3::OpenAPI) -> Result<Prepared, LintError> {
    let mut json = serde_json::to_value(doc).expect("an OpenAPI document always serializes");
    let mut operations = Vec::new();
    let mut new_components = Map::new();
    let document: ext::Document = read_extension(&json, String::new)?;
    let event: ext::Component =
        read_extension(&json["components"]["schemas"]["Event"], || "/components/schemas/Event".into())?;

    let paths = json["paths"].as_object_mut().expect("paths is an object");
    for (path, item) in paths.iter_mut() {
        let item = item.as_object_mut().expect("a path item is an object");
        for method in METHODS {
            let Some(op) = item.get_mut(method) else { continue };
            let extension = read_extension(op, || format!("/paths/{}/{method}", pointer_segment(path)))?;
            let info = prepare_operation(path, method, op, extension, &mut new_components);
            if info.redirect {
                item.remove(method);
            }
            operations.push(info);
        }
    }
    paths.retain(|_, item| item.as_object().is_some_and(|i| METHODS.iter().any(|m| i.contains_key(*m))));

    if !json["components"]["schemas"].is_object() {
        json["components"]["schemas"] = Value::Object(Map::new());
    }
    json["components"]["schemas"].as_object_mut().expect("components.schemas").extend(new_components);
    strip_constraints(&mut json);
    let consts = plain_consts(&mut json);
    let schemas = json["components"]["schemas"].as_object().expect("components.schemas");
    let open_enums = schemas
        .iter()
        .filter(|(_, schema)| schema["type"] == "string" && schema["enum"].is_array())
        .map(|(name, _)| name.clone())
        .collect();

    let doc = serde_json::from_value(json.clone()).expect("the prepared document is still OpenAPI");
    let mut prepared =
        Prepared { doc, doc_json: json, open_enums, operations, document, events: event.events, consts };
    resolve_list_items(&mut prepared);
    Ok(prepared)
}

fn prepare_operation(
    path: &str,
    method: &str,
    op: &mut Value,
    extension: ext::Operation,
    new: &mut Map<String, Value>,
) -> OperationInfo {
    let id = op["operationId"].as_str().unwrap_or_default().to_owned();
    let ext::Operation {
        sdk,
        list: is_list,
        redirect,
        idempotent,
        rate_limit,
        pacing_key,
        subject_limit,
        max_response_bytes,
        deprecated,
        ..
    } = extension;
    // An operation served by another host names it as a server URL that is one variable.
    let host_variable = op["servers"][0]["url"]
        .as_str()
        .and_then(|url| url.strip_prefix('{')?.strip_suffix('}'))
        .filter(|name| !name.is_empty() && name.chars().all(|c| c.is_ascii_lowercase() || c == '_'))
        .map(str::to_owned);
    // The generated client sends every operation to its own base URL; the SDK builds one for
    // the caller's host (the low-level method is the same).
    if let Some(op) = op.as_object_mut() {
        op.remove("servers");
    }
    let sdk = sdk.map(|sdk| (sdk.handle, sdk.method));
    let published = |limit: ext::RateLimit| (limit.name, limit.limit, limit.period_ms);
    let (rate_limit, subject_limit) = (rate_limit.map(published), subject_limit.map(published));
    // Only operations under the API key's scheme take the API key; the others are public or
    // carry their own credentials (a user's access token).
    let public = op
        .get("security")
        .and_then(Value::as_array)
        .is_some_and(|schemes| !schemes.iter().any(|s| s.get(ext::API_KEY_SCHEME).is_some()));

    // One 2XX success; errors are the handwritten client's business.
    let responses = op["responses"].as_object().cloned().unwrap_or_default();
    let success = responses
        .iter()
        .find(|(status, _)| status.starts_with('2'))
        .map(|(_, r)| r.clone())
        .unwrap_or_else(|| json!({ "description": "success" }));
    let page_type = ref_name(&success["content"]["application/json"]["schema"]);
    op["responses"] = json!({ "2XX": success });

    let access_token = op
        .get("security")
        .and_then(Value::as_array)
        .is_some_and(|schemes| schemes.iter().any(|s| s.get(ext::ACCESS_TOKEN_SCHEME).is_some()));
    // The lint has checked that the template's parameters are the declared ones.
    let path_params: Vec<String> = path
        .split('/')
        .filter_map(|segment| segment.strip_prefix('{')?.strip_suffix('}'))
        .map(str::to_owned)
        .collect();
    let mut comma_separated = Vec::new();
    let mut largest_page = None;

    // Gather the query parameters into a struct; join comma-separated arrays.
    let mut properties = Map::new();
    let mut required = Vec::new();
    for param in op.get_mut("parameters").and_then(Value::as_array_mut).into_iter().flatten() {
        if param["in"] != "query" {
            continue;
        }
        let name = param["name"].as_str().unwrap_or_default().to_owned();
        if name == "limit" {
            largest_page = Some(param["schema"]["maximum"].as_u64().unwrap_or(100));
        }
        let mut field = param["schema"].clone();
        if let Some(description) = param.get("description") {
            field = match field.get("$ref") {
                Some(_) => json!({ "allOf": [field], "description": description }),
                None => {
                    field["description"] = description.clone();
                    field
                }
            };
        }
        properties.insert(name.clone(), field);
        if param["required"] == true {
            required.push(json!(name));
        }
        // A one-value query parameter is a plain string, as one-value properties are (see
        // `plain_consts`), so that the argument and the `Params` field have one type.
        if param["schema"]["enum"].as_array().is_some_and(|values| values.len() == 1) {
            param["schema"] = json!({ "type": "string" });
        }
        if param["explode"] == false && param["schema"]["type"] == "array" {
            comma_separated.push(name.clone());
            param["schema"] = json!({ "type": "string" });
            param.as_object_mut().expect("a parameter is an object").remove("explode");
        }
    }
    let params = (!properties.is_empty()).then(|| {
        let name = params_struct(&id);
        let has_cursors = properties.contains_key("after") && properties.contains_key("before");
        new.insert(
            name.clone(),
            json!({
                "description": format!("The query parameters of `{id}`."),
                "type": "object",
                "properties": properties,
                "required": required,
            }),
        );
        ParamsInfo { name, has_cursors, largest_page }
    });

    let list = is_list.then(|| page_type.map(|page| ListInfo { item: String::new(), page })).flatten();

    OperationInfo {
        id,
        method: method.to_ascii_uppercase(),
        path: path.to_owned(),
        tag: op["tags"][0].as_str().unwrap_or_default().to_owned(),
        summary: op["summary"].as_str().unwrap_or_default().to_owned(),
        list,
        idempotent,
        public,
        redirect,
        params,
        description: op["description"].as_str().map(str::to_owned),
        sdk,
        path_params,
        comma_separated,
        access_token,
        rate_limit,
        pacing_key,
        subject_limit,
        max_response_bytes,
        deprecated,
        host_variable,
    }
}

/// Fills in the item type of each list from its page schema (`data: [Item]`).
fn resolve_list_items(prepared: &mut Prepared) {
    let schemas = &prepared.doc_json["components"]["schemas"];
    for op in &mut prepared.operations {
        if let Some(list) = &mut op.list
            && let Some(item) = ref_name(&schemas[&list.page]["properties"]["data"]["items"])
        {
            list.item = item;
        }
    }
}
