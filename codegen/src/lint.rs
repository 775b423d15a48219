//! Refuses documents that progenitor would turn into wrong code without a word.
//!
//! Each rule comes from `shared/design/codegen-notes.md`: a construct that panics the
//! generator, or compiles into types that silently mean something else. A refusal names the
//! place in the document (a JSON pointer) and the problem.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use crate::naming::{field_name, params_struct};

/// One problem found in the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintError {
    /// Where: a JSON pointer into the document, such as `/paths/~1organizations/get`.
    pub location: String,
    /// What is wrong, and what to do instead.
    pub problem: String,
}

impl std::fmt::Display for LintError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {}", self.location, self.problem)
    }
}

const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

/// Checks `doc` against every rule; all problems are reported at once.
pub fn lint(doc: &openapiv3::OpenAPI) -> Result<(), Vec<LintError>> {
    let json = serde_json::to_value(doc).expect("an OpenAPI document always serializes");
    let mut lint = Linter { doc: &json, errors: Vec::new() };
    lint.version();
    lint.operations();
    lint.schemas();
    if lint.errors.is_empty() { Ok(()) } else { Err(lint.errors) }
}

/// Escapes one JSON pointer segment.
pub(crate) fn pointer_segment(segment: &str) -> String {
    segment.replace('~', "~0").replace('/', "~1")
}

struct Linter<'a> {
    doc: &'a Value,
    errors: Vec<LintError>,
}

impl<'a> Linter<'a> {
    fn error(&mut self, location: impl Into<String>, problem: impl Into<String>) {
        self.errors.push(LintError { location: location.into(), problem: problem.into() });
    }

    fn version(&mut self) {
        let version = self.doc["openapi"].as_str().unwrap_or_default();
        if !version.starts_with("3.0.") {
            self.error("/openapi", format!("progenitor reads OpenAPI 3.0.x only, not `{version}`"));
        }
    }

    fn component_names(&self) -> BTreeSet<String> {
        self.doc["components"]["schemas"].as_object().map(|s| s.keys().cloned().collect()).unwrap_or_default()
    }

    fn resolve<'b>(&self, schema: &'b Value) -> &'b Value
    where
        'a: 'b,
    {
        match schema.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let name = reference.trim_start_matches("#/components/schemas/");
                let doc: &'a Value = self.doc;
                &doc["components"]["schemas"][name]
            }
            None => schema,
        }
    }

    fn operations(&mut self) {
        let components = self.component_names();
        let mut ids = BTreeMap::new();
        let Some(paths) = self.doc["paths"].as_object() else { return };
        for (path, item) in paths {
            for method in METHODS {
                let Some(op) = item.get(method) else { continue };
                let at = format!("/paths/{}/{method}", pointer_segment(path));
                match op["operationId"].as_str() {
                    None => self.error(&at, "no operationId: it names the generated method"),
                    Some(id) => {
                        let valid = id.starts_with(|c: char| c.is_ascii_lowercase())
                            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
                        if !valid {
                            self.error(&at, format!("operationId `{id}` is not a snake_case Rust name"));
                        }
                        if let Some(other) = ids.insert(id.to_owned(), at.clone()) {
                            self.error(&at, format!("operationId `{id}` is also used at {other}"));
                        }
                        if op.get("parameters").is_some_and(|p| {
                            p.as_array().is_some_and(|p| p.iter().any(|p| p["in"] == "query"))
                        }) && components.contains(&params_struct(id))
                        {
                            self.error(
                                &at,
                                format!(
                                    "component `{}` collides with the generated parameter struct",
                                    params_struct(id)
                                ),
                            );
                        }
                    }
                }
                self.path_params(&at, path, op);
                // Redirects never reach progenitor: their parameters only go into a URL.
                if op.get(spec_ext::REDIRECT).is_none() {
                    self.query_params(&at, op);
                }
                self.request_body(&at, op);
                self.responses(&at, op);
            }
        }
    }

    fn path_params(&mut self, at: &str, path: &str, op: &Value) {
        let template: BTreeSet<&str> =
            path.split('/').filter_map(|s| s.strip_prefix('{')?.strip_suffix('}')).collect();
        let declared: BTreeSet<&str> = op["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .filter(|p| p["in"] == "path")
            .filter_map(|p| p["name"].as_str())
            .collect();
        for missing in template.difference(&declared) {
            self.error(at, format!("path parameter `{missing}` is in the template but not declared"));
        }
        for extra in declared.difference(&template) {
            self.error(at, format!("path parameter `{extra}` is declared but not in the template"));
        }
    }

    fn query_params(&mut self, at: &str, op: &Value) {
        for (i, param) in op["parameters"].as_array().into_iter().flatten().enumerate() {
            if param["in"] != "query" {
                continue;
            }
            let schema = self.resolve(&param["schema"]);
            let scalar = |s: &Value| s.get("type").is_some_and(|t| t != "object" && t != "array");
            let ok = match schema["type"].as_str() {
                Some("array") => scalar(self.resolve(&schema["items"])),
                Some("object") => false,
                _ => true,
            };
            if !ok {
                self.error(
                    format!("{at}/parameters/{i}"),
                    "query parameters must be scalars or arrays of scalars",
                );
            }
        }
    }

    fn request_body(&mut self, at: &str, op: &Value) {
        let Some(content) = op["requestBody"]["content"].as_object() else { return };
        let at = format!("{at}/requestBody");
        if content.len() != 1 {
            self.error(&at, "a request body must have exactly one media type");
        }
        for (media, body) in content {
            let schema = &body["schema"];
            if schema.get("$ref").is_none() {
                self.error(&at, "the request body schema must be a $ref to a named component (an inline one gets a name that can clash)");
            }
            match media.as_str() {
                "application/json" => {}
                "application/x-www-form-urlencoded" => {
                    let resolved = self.resolve(schema);
                    for (name, property) in resolved["properties"].as_object().into_iter().flatten() {
                        let property = self.resolve(property);
                        if property["type"] == "object" || property["type"] == "array" {
                            self.error(&at, format!("form bodies must be flat: `{name}` is not a scalar"));
                        }
                    }
                }
                other => self.error(&at, format!("unsupported request media type `{other}`")),
            }
        }
    }

    fn responses(&mut self, at: &str, op: &Value) {
        let Some(responses) = op["responses"].as_object() else {
            self.error(at, "no responses");
            return;
        };
        let mut successes = BTreeSet::new();
        let mut errors = BTreeSet::new();
        for (status, response) in responses {
            let where_ = format!("{at}/responses/{status}");
            let schema = match response.get("content").and_then(Value::as_object) {
                None => None,
                Some(content) => {
                    if content.keys().any(|k| k != "application/json") {
                        self.error(&where_, "responses must be application/json or empty");
                    }
                    let schema = &content.get("application/json").unwrap_or(&Value::Null)["schema"];
                    match schema.get("$ref").and_then(Value::as_str) {
                        Some(reference) => Some(reference.to_owned()),
                        None => {
                            self.error(&where_, "the response schema must be a $ref: progenitor names inline schemas `<Operation>Response` and reuses the first type of that name");
                            Some(String::from("<inline>"))
                        }
                    }
                }
            };
            if status.starts_with('2') {
                successes.insert(schema);
            } else if status.starts_with(['4', '5']) || status == "default" {
                errors.insert(schema);
            } else if status.starts_with('3') && op.get(spec_ext::REDIRECT).is_none() {
                self.error(&where_, "a redirect is only allowed on operations marked x-workos-redirect");
            }
        }
        if successes.is_empty() && op.get(spec_ext::REDIRECT).is_none() {
            self.error(at, "no 2xx response");
        }
        if successes.len() > 1 {
            self.error(at, "the 2xx responses differ (a body on one, another or none on another): progenitor panics on that");
        }
        if errors.len() > 1 {
            self.error(at, "the error responses use different schemas: only the first would survive");
        }
    }

    fn schemas(&mut self) {
        let components = self.component_names();
        let mut found = Vec::new();
        collect_schemas(self.doc, &mut found);
        for (location, schema, named) in found {
            if schema.get("not").is_some() {
                self.error(&location, "`not` makes progenitor panic on the whole document");
            }
            if let Some(values) = schema.get("enum").and_then(Value::as_array) {
                let names = crate::open_enum::variant_names(schema);
                self.enum_values(&location, values, &names, named);
            }
            if let Some(properties) = schema.get("properties").and_then(Value::as_object)
                && named
            {
                // typify names an inline enum or object after its parent and property.
                let parent = location.rsplit('/').next().unwrap_or_default();
                for (name, property) in properties {
                    let inline = property.get("enum").is_some() || property.get("properties").is_some();
                    let derived = format!("{parent}{}", crate::naming::type_name(name));
                    if inline && components.contains(&derived) {
                        self.error(
                            &location,
                            format!("typify names the inline schema of `{name}` `{derived}`, which is also a component"),
                        );
                    }
                }
            }
            if let Some(properties) = schema.get("properties").and_then(Value::as_object) {
                let mut fields: BTreeMap<String, &str> = BTreeMap::new();
                for name in properties.keys() {
                    if let Some(other) = fields.insert(field_name(name), name) {
                        self.error(
                            &location,
                            format!("properties `{other}` and `{name}` become the same Rust field"),
                        );
                    }
                }
            }
        }
    }

    fn enum_values(&mut self, location: &str, values: &[Value], names: &[String], named: bool) {
        let strings: Vec<&str> = values.iter().filter_map(Value::as_str).collect();
        if strings.len() != values.len() {
            return;
        }
        if strings.len() > 1 && !named {
            self.error(
                location,
                "an inline enum becomes a closed enum that rejects new values: make it a named component",
            );
        }
        let mut variants: BTreeMap<String, &str> = BTreeMap::new();
        for (value, variant) in strings.into_iter().zip(names.iter().cloned()) {
            if variant == "Unknown" && named {
                self.error(
                    location,
                    format!(
                        "value `{value}` would take the name of the catch-all variant `Unknown`: \
                         name it with x-enum-varnames"
                    ),
                );
            }
            if let Some(other) = variants.insert(variant, value) {
                self.error(location, format!("values `{other}` and `{value}` become the same Rust variant"));
            }
        }
    }
}

/// The extensions the spec crate writes; codegen reads them.
pub(crate) mod spec_ext {
    pub(crate) const LIST: &str = "x-workos-list";
    pub(crate) const REDIRECT: &str = "x-workos-redirect";
    pub(crate) const IDEMPOTENT: &str = "x-workos-idempotent";
    pub(crate) const SDK: &str = "x-workos-sdk";
    pub(crate) const RATE_LIMIT: &str = "x-workos-rate-limit";
    pub(crate) const PACING_KEY: &str = "x-workos-pacing-key";
    pub(crate) const MAX_RESPONSE_BYTES: &str = "x-workos-max-response-bytes";
    pub(crate) const HANDLES: &str = "x-workos-handles";
}

/// Every schema object of the document with its location, and whether it is a named component.
fn collect_schemas<'a>(doc: &'a Value, out: &mut Vec<(String, &'a Value, bool)>) {
    for (name, schema) in doc["components"]["schemas"].as_object().into_iter().flatten() {
        walk_schema(schema, format!("/components/schemas/{}", pointer_segment(name)), true, out);
    }
    for (path, item) in doc["paths"].as_object().into_iter().flatten() {
        for method in METHODS {
            let Some(op) = item.get(method) else { continue };
            let at = format!("/paths/{}/{method}", pointer_segment(path));
            for (i, param) in op["parameters"].as_array().into_iter().flatten().enumerate() {
                walk_schema(&param["schema"], format!("{at}/parameters/{i}/schema"), false, out);
            }
            for (media, body) in op["requestBody"]["content"].as_object().into_iter().flatten() {
                let where_ = format!("{at}/requestBody/content/{}/schema", pointer_segment(media));
                walk_schema(&body["schema"], where_, false, out);
            }
            for (status, response) in op["responses"].as_object().into_iter().flatten() {
                for (media, body) in response["content"].as_object().into_iter().flatten() {
                    let where_ = format!("{at}/responses/{status}/content/{}/schema", pointer_segment(media));
                    walk_schema(&body["schema"], where_, false, out);
                }
            }
        }
    }
}

fn walk_schema<'a>(schema: &'a Value, at: String, named: bool, out: &mut Vec<(String, &'a Value, bool)>) {
    if !schema.is_object() {
        return;
    }
    out.push((at.clone(), schema, named));
    for (name, property) in schema["properties"].as_object().into_iter().flatten() {
        walk_schema(property, format!("{at}/properties/{}", pointer_segment(name)), false, out);
    }
    for key in ["items", "additionalProperties", "not"] {
        walk_schema(&schema[key], format!("{at}/{key}"), false, out);
    }
    for key in ["allOf", "anyOf", "oneOf"] {
        for (i, member) in schema[key].as_array().into_iter().flatten().enumerate() {
            walk_schema(member, format!("{at}/{key}/{i}"), false, out);
        }
    }
}
