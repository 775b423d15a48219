//! The document the server obeys: routes, and schema lookups.

use serde_json::Value;
use workos_spec_extensions::{ACCESS_TOKEN_SCHEME, API_KEY_SCHEME, Extension};

/// The committed description the server answers for: `spec/openapi.json`, linked into this
/// crate as `openapi.json` so that the packaged crate carries it.
pub(crate) const OPENAPI_JSON: &str = include_str!("../../openapi.json");

/// One operation the server routes.
#[derive(Debug)]
pub(crate) struct Route {
    pub(crate) id: String,
    pub(crate) tag: String,
    pub(crate) method: String,
    pub(crate) template: String,
    segments: Vec<Segment>,
    pub(crate) operation: Value,
    /// What the description says about the operation beyond OpenAPI (a list, a redirect...).
    pub(crate) extension: workos_spec_extensions::Operation,
}

#[derive(Debug)]
enum Segment {
    Literal(String),
    Param(String),
}

impl Route {
    /// The path parameters if `path` matches this route's template.
    fn matches(&self, path: &str) -> Option<PathParams> {
        let parts: Vec<&str> = path.trim_start_matches('/').split('/').collect();
        if parts.len() != self.segments.len() {
            return None;
        }
        let mut params = Vec::new();
        for (segment, part) in self.segments.iter().zip(parts) {
            match segment {
                Segment::Literal(literal) if literal == part => {}
                Segment::Literal(_) => return None,
                Segment::Param(name) => {
                    let value = percent_encoding::percent_decode_str(part).decode_utf8_lossy().into_owned();
                    params.push((name.clone(), value));
                }
            }
        }
        Some(params)
    }

    /// Literal segments rank above parameters, so `/organizations/external_id/{x}` wins over
    /// `/organizations/{id}/...` shapes of the same length.
    fn specificity(&self) -> usize {
        self.segments.iter().filter(|s| matches!(s, Segment::Literal(_))).count()
    }

    /// Whether the operation needs an API key (the document's default scheme).
    pub(crate) fn needs_key(&self) -> bool {
        match self.operation.get("security").and_then(Value::as_array) {
            None => true,
            Some(schemes) => schemes.iter().any(|s| s.get(API_KEY_SCHEME).is_some()),
        }
    }

    /// Whether the operation needs a user's access token as its bearer credential.
    pub(crate) fn needs_access_token(&self) -> bool {
        self.operation
            .get("security")
            .and_then(Value::as_array)
            .is_some_and(|schemes| schemes.iter().any(|s| s.get(ACCESS_TOKEN_SCHEME).is_some()))
    }

    /// The declared success status and its schema, if it has a body.
    pub(crate) fn success(&self) -> (u16, Option<&Value>) {
        let responses = self.operation["responses"].as_object();
        for (status, response) in responses.into_iter().flatten() {
            if let Ok(code) = status.parse::<u16>()
                && (200..400).contains(&code)
            {
                return (code, response.get("content").map(|c| &c["application/json"]["schema"]));
            }
        }
        (200, None)
    }
}

/// The path parameters of a request, by name, decoded.
pub(crate) type PathParams = Vec<(String, String)>;

/// The parsed document with its routes.
#[derive(Debug)]
pub(crate) struct Spec {
    pub(crate) doc: Value,
    pub(crate) routes: Vec<Route>,
}

impl Spec {
    pub(crate) fn load() -> Spec {
        let doc: Value = serde_json::from_str(OPENAPI_JSON).expect("spec/openapi.json is JSON");
        let mut routes = Vec::new();
        for (template, item) in doc["paths"].as_object().expect("paths") {
            for (method, operation) in item.as_object().expect("path item") {
                let segments = template
                    .trim_start_matches('/')
                    .split('/')
                    .map(|s| match s.strip_prefix('{').and_then(|s| s.strip_suffix('}')) {
                        Some(name) => Segment::Param(name.to_owned()),
                        None => Segment::Literal(s.to_owned()),
                    })
                    .collect();
                routes.push(Route {
                    id: operation["operationId"].as_str().unwrap_or_default().to_owned(),
                    tag: operation["tags"][0].as_str().unwrap_or_default().to_owned(),
                    method: method.to_ascii_uppercase(),
                    template: template.clone(),
                    segments,
                    extension: workos_spec_extensions::Operation::read(operation)
                        .expect("the operations' `x-workos` objects of spec/openapi.json read"),
                    operation: operation.clone(),
                });
            }
        }
        routes.sort_by_key(|r| std::cmp::Reverse(r.specificity()));
        Spec { doc, routes }
    }

    /// The route for a request: `Ok((route, path params))`, or `Err(true)` when the path exists
    /// with another method, `Err(false)` when it does not exist.
    pub(crate) fn route(&self, method: &str, path: &str) -> Result<(&Route, PathParams), bool> {
        let mut path_exists = false;
        for route in &self.routes {
            if let Some(params) = route.matches(path) {
                if route.method == method {
                    return Ok((route, params));
                }
                path_exists = true;
            }
        }
        Err(path_exists)
    }

    /// Follows `$ref`s and merges `allOf` until a concrete schema remains.
    pub(crate) fn resolve<'a>(&'a self, schema: &'a Value) -> std::borrow::Cow<'a, Value> {
        if let Some(reference) = schema.get("$ref").and_then(Value::as_str) {
            let name = reference.trim_start_matches("#/components/schemas/");
            return self.resolve(&self.doc["components"]["schemas"][name]);
        }
        if let Some(parts) = schema.get("allOf").and_then(Value::as_array) {
            let mut merged = serde_json::Map::new();
            for part in parts {
                if let Value::Object(object) = self.resolve(part).into_owned() {
                    merge(&mut merged, object);
                }
            }
            let mut own = serde_json::Map::new();
            for (key, value) in schema.as_object().into_iter().flatten() {
                if key != "allOf" {
                    own.insert(key.clone(), value.clone());
                }
            }
            merge(&mut merged, own);
            return std::borrow::Cow::Owned(Value::Object(merged));
        }
        std::borrow::Cow::Borrowed(schema)
    }
}

fn merge(into: &mut serde_json::Map<String, Value>, from: serde_json::Map<String, Value>) {
    for (key, value) in from {
        match (into.get_mut(&key), value) {
            (Some(Value::Object(existing)), Value::Object(more)) => merge(existing, more),
            (Some(Value::Array(existing)), Value::Array(more)) if key == "required" => existing.extend(more),
            (_, value) => {
                into.insert(key, value);
            }
        }
    }
}
