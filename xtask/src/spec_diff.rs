//! `spec-diff`: compares our `spec/openapi.json` with an upstream OpenAPI description,
//! operation by operation and field by field.
//!
//! Both documents are reduced to the same shape: per operation, its parameters, the fields of
//! its request body and of its success response (nested fields as `a.b`, array items as
//! `a[]`, map values as `a{}`), each with a base type and, for enums, their values. `$ref`s
//! are followed, `allOf` merged, and `oneOf`/`anyOf` read as the union of their variants.
//!
//! What counts as a difference: a missing or extra operation; a parameter missing, extra, of
//! another type, or required on one side only; a request body of another media type; a body
//! field missing, extra, of another type, or required on one side only; a response field
//! missing, extra or of another type; an enum value the upstream lists and we do not.
//! Required-ness of response fields is not compared: our spec makes fields optional on
//! purpose, so that a response missing them still parses (see `shared/reference/api-notes.md`).
//!
//! Several references are read as one (`.ci/run` passes WorkOS's published description and
//! the two reconstructions of what its SDKs call since): see [`merge`].
//!
//! Differences we choose are listed in `spec/deliberate-differences.txt`, one per line:
//! `<difference key>  # <reason>`. The command fails on any other difference, and on a listed
//! difference that no longer occurs (the list must stay true).

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use serde_json::Value;

const ALLOWLIST: &str = "spec/deliberate-differences.txt";
const METHODS: [&str; 5] = ["get", "post", "put", "patch", "delete"];

/// A field's shape: base type and enum values.
#[derive(Debug, Clone, Default, PartialEq)]
struct Shape {
    ty: String,
    values: BTreeSet<String>,
    required: bool,
}

/// One operation, reduced.
#[derive(Debug, Default)]
struct Op {
    params: BTreeMap<String, Shape>,
    body_media: Option<String>,
    body: BTreeMap<String, Shape>,
    response: BTreeMap<String, Shape>,
}

struct Doc {
    root: Value,
}

impl Doc {
    fn schema<'a>(&'a self, schema: &'a Value, depth: usize) -> Option<&'a Value> {
        if depth > 40 {
            return None;
        }
        match schema.get("$ref").and_then(Value::as_str) {
            Some(reference) => {
                let name = reference.trim_start_matches("#/components/schemas/");
                self.schema(&self.root["components"]["schemas"][name], depth + 1)
            }
            None => Some(schema),
        }
    }

    /// The base type of a schema, upstream 3.1 (`type: [x, "null"]`, `const`) or ours (3.0).
    fn base_type(&self, schema: &Value) -> String {
        let schema = match self.schema(schema, 0) {
            Some(s) => s,
            None => return "any".into(),
        };
        match &schema["type"] {
            Value::String(t) => return t.clone(),
            Value::Array(types) => {
                if let Some(t) = types.iter().filter_map(Value::as_str).find(|t| *t != "null") {
                    return t.to_owned();
                }
            }
            _ => {}
        }
        if let Some(first) = schema["allOf"].as_array().and_then(|a| a.first()) {
            return self.base_type(first);
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(options) = schema[key].as_array() {
                let types: BTreeSet<String> = options
                    .iter()
                    .filter(|o| {
                        o["type"] != "null" && o.get("enum") != Some(&Value::Array(vec![Value::Null]))
                    })
                    .map(|o| self.base_type(o))
                    .collect();
                return if types.len() == 1 { types.into_iter().next().unwrap() } else { "union".into() };
            }
        }
        if schema.get("properties").is_some() {
            return "object".into();
        }
        if schema.get("const").is_some_and(Value::is_string)
            || schema["enum"].as_array().is_some_and(|e| e.iter().any(Value::is_string))
        {
            return "string".into();
        }
        "any".into()
    }

    fn enum_values(&self, schema: &Value, out: &mut BTreeSet<String>, depth: usize) {
        let Some(schema) = self.schema(schema, depth) else { return };
        if let Some(values) = schema["enum"].as_array() {
            out.extend(values.iter().filter_map(Value::as_str).map(str::to_owned));
        }
        if let Some(value) = schema["const"].as_str() {
            out.insert(value.to_owned());
        }
        for key in ["allOf", "oneOf", "anyOf"] {
            for option in schema[key].as_array().into_iter().flatten() {
                if self.base_type(option) == "string" {
                    self.enum_values(option, out, depth + 1);
                }
            }
        }
    }

    /// Every field reachable from `schema`, named from `prefix`.
    fn fields(
        &self,
        schema: &Value,
        prefix: &str,
        required: bool,
        out: &mut BTreeMap<String, Shape>,
        depth: usize,
    ) {
        let Some(schema) = self.schema(schema, depth) else { return };
        if depth > 12 {
            return;
        }
        let ty = self.base_type(schema);
        if !prefix.is_empty() {
            let mut values = BTreeSet::new();
            self.enum_values(schema, &mut values, depth);
            let shape = out.entry(prefix.to_owned()).or_default();
            if shape.ty.is_empty() || shape.ty == "any" {
                shape.ty = ty.clone();
            } else if shape.ty != ty && ty != "any" {
                shape.ty = "union".into();
            }
            shape.values.extend(values);
            shape.required |= required;
        }
        // The schema and every variant it is made of (`allOf`, `oneOf`, `anyOf`), flattened.
        // The schema with its `allOf` parts is the base; `oneOf`/`anyOf` members are
        // alternatives. A field is required when the base requires it, or every alternative.
        let mut objects: Vec<(&Value, bool)> = vec![(schema, false)];
        let mut i = 0;
        while i < objects.len() {
            let (current, alternative) = objects[i];
            for key in ["allOf", "oneOf", "anyOf"] {
                for option in current[key].as_array().into_iter().flatten() {
                    if let Some(o) = self.schema(option, depth + 1) {
                        objects.push((o, alternative || key != "allOf"));
                    }
                }
            }
            i += 1;
        }
        // What a schema and its `allOf` parts require, followed through `$ref`s.
        fn required_of(doc: &Doc, schema: &Value, depth: usize, out: &mut BTreeSet<String>) {
            let Some(schema) = doc.schema(schema, depth) else { return };
            if depth > 12 {
                return;
            }
            out.extend(
                schema["required"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(Value::as_str)
                    .map(str::to_owned),
            );
            for part in schema["allOf"].as_array().into_iter().flatten() {
                required_of(doc, part, depth + 1, out);
            }
        }
        let mut base_required = BTreeSet::new();
        required_of(self, schema, depth, &mut base_required);
        let mut alternatives: Vec<BTreeSet<String>> = Vec::new();
        for (object, alternative) in &objects {
            if *alternative {
                continue;
            }
            for key in ["oneOf", "anyOf"] {
                for option in object[key].as_array().into_iter().flatten() {
                    let mut required = BTreeSet::new();
                    required_of(self, option, depth + 1, &mut required);
                    alternatives.push(required);
                }
            }
        }
        let is_required = |name: &str| {
            base_required.contains(name)
                || (!alternatives.is_empty() && alternatives.iter().all(|r| r.contains(name)))
        };
        for (object, _) in objects.iter().copied() {
            for (name, property) in object["properties"].as_object().into_iter().flatten() {
                let path = if prefix.is_empty() { name.clone() } else { format!("{prefix}.{name}") };
                self.fields(property, &path, is_required(name), out, depth + 1);
            }
            if object["type"] == "array" || object.get("items").is_some() {
                self.fields(&object["items"], &format!("{prefix}[]"), false, out, depth + 1);
            }
            if let Some(values) = object.get("additionalProperties").filter(|v| v.is_object())
                && values.as_object().is_some_and(|v| !v.is_empty())
            {
                self.fields(values, &format!("{prefix}{{}}"), false, out, depth + 1);
            }
        }
    }

    fn operations(&self) -> BTreeMap<String, Op> {
        let mut ops = BTreeMap::new();
        for (path, item) in self.root["paths"].as_object().into_iter().flatten() {
            for method in METHODS {
                let Some(operation) = item.get(method) else { continue };
                let mut op = Op::default();
                let parameters = item["parameters"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .chain(operation["parameters"].as_array().into_iter().flatten());
                for param in parameters {
                    let param = self.schema(param, 0).unwrap_or(param);
                    let location = param["in"].as_str().unwrap_or_default();
                    let name = param["name"].as_str().unwrap_or_default();
                    if location == "header" {
                        continue;
                    }
                    let schema = &param["schema"];
                    let mut ty = self.base_type(schema);
                    if ty == "array" {
                        ty = format!(
                            "array of {}",
                            self.base_type(self.schema(schema, 0).map_or(&Value::Null, |s| &s["items"]))
                        );
                    }
                    let mut values = BTreeSet::new();
                    self.enum_values(schema, &mut values, 0);
                    if let Some(items) = self.schema(schema, 0).map(|s| &s["items"]) {
                        self.enum_values(items, &mut values, 0);
                    }
                    let required = param["required"] == true;
                    op.params.insert(format!("{location} {name}"), Shape { ty, values, required });
                }
                if let Some(content) = operation["requestBody"]["content"].as_object()
                    && let Some((media, body)) = content.iter().next()
                {
                    op.body_media = Some(media.clone());
                    self.fields(&body["schema"], "", false, &mut op.body, 0);
                }
                let responses = operation["responses"].as_object();
                if let Some(schema) =
                    responses.into_iter().flatten().filter(|(s, _)| s.starts_with('2')).find_map(|(_, r)| {
                        r["content"]["application/json"]
                            .get("schema")
                            .filter(|s| s.as_object().is_some_and(|o| !o.is_empty()))
                    })
                {
                    self.fields(schema, "", false, &mut op.response, 0);
                }
                ops.insert(format!("{} {path}", method.to_ascii_uppercase()), op);
            }
        }
        ops
    }
}

fn load(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    if text.trim_start().starts_with('{') {
        serde_json::from_str(&text).map_err(|e| format!("{} is not JSON: {e}", path.display()))
    } else {
        serde_yaml_ng::from_str(&text).map_err(|e| format!("{} is not YAML: {e}", path.display()))
    }
}

/// Several reference documents read as one: the operations of all of them, and their
/// components. Where two describe the same operation or component, the first one given
/// wins: a later file adds to the published description, it does not rewrite it.
fn merge(documents: Vec<Value>) -> Value {
    let mut merged = serde_json::json!({ "paths": {}, "components": { "schemas": {} } });
    for document in documents {
        for (path, item) in document["paths"].as_object().into_iter().flatten() {
            let target = merged["paths"]
                .as_object_mut()
                .expect("paths is an object")
                .entry(path.clone())
                .or_insert_with(|| serde_json::json!({}));
            for (method, operation) in item.as_object().into_iter().flatten() {
                if let Some(target) = target.as_object_mut() {
                    target.entry(method.clone()).or_insert_with(|| operation.clone());
                }
            }
        }
        for (name, schema) in document["components"]["schemas"].as_object().into_iter().flatten() {
            if let Some(schemas) = merged["components"]["schemas"].as_object_mut() {
                schemas.entry(name.clone()).or_insert_with(|| schema.clone());
            }
        }
    }
    merged
}

/// Compares two field maps; `kind` is `body` or `response`.
fn compare_fields(
    op: &str,
    kind: &str,
    ours: &BTreeMap<String, Shape>,
    theirs: &BTreeMap<String, Shape>,
    out: &mut Vec<String>,
) {
    for (field, their) in theirs {
        match ours.get(field) {
            None => out.push(format!("{op} {kind}-missing {field}")),
            Some(our) => {
                if our.ty != their.ty && their.ty != "any" && our.ty != "any" {
                    out.push(format!("{op} {kind}-type {field}: reference {}, ours {}", their.ty, our.ty));
                }
                for value in their.values.difference(&our.values) {
                    out.push(format!("{op} {kind}-enum {field}: missing `{value}`"));
                }
                if kind == "body" && their.required != our.required {
                    let side = if their.required { "reference" } else { "ours" };
                    out.push(format!("{op} body-required {field}: required in {side} only"));
                }
            }
        }
    }
    for field in ours.keys().filter(|f| !theirs.contains_key(*f)) {
        out.push(format!("{op} {kind}-extra {field}"));
    }
}

/// Every difference between our document and the reference, as stable one-line keys.
fn differences(ours: &Doc, theirs: &Doc) -> Vec<String> {
    let (our_ops, their_ops) = (ours.operations(), theirs.operations());
    let mut out = Vec::new();
    for (key, their) in &their_ops {
        let Some(our) = our_ops.get(key) else {
            out.push(format!("{key} operation-missing"));
            continue;
        };
        for (name, their_param) in &their.params {
            match our.params.get(name) {
                None => out.push(format!("{key} parameter-missing {name}")),
                Some(our_param) => {
                    if our_param.ty != their_param.ty && their_param.ty != "any" {
                        out.push(format!(
                            "{key} parameter-type {name}: reference {}, ours {}",
                            their_param.ty, our_param.ty
                        ));
                    }
                    if our_param.required != their_param.required {
                        let side = if their_param.required { "reference" } else { "ours" };
                        out.push(format!("{key} parameter-required {name}: required in {side} only"));
                    }
                    for value in their_param.values.difference(&our_param.values) {
                        out.push(format!("{key} parameter-enum {name}: missing `{value}`"));
                    }
                }
            }
        }
        for name in our.params.keys().filter(|n| !their.params.contains_key(*n)) {
            out.push(format!("{key} parameter-extra {name}"));
        }
        if our.body_media != their.body_media {
            out.push(format!(
                "{key} body-media-type: reference {}, ours {}",
                their.body_media.as_deref().unwrap_or("none"),
                our.body_media.as_deref().unwrap_or("none")
            ));
        }
        compare_fields(key, "body", &our.body, &their.body, &mut out);
        compare_fields(key, "response", &our.response, &their.response, &mut out);
    }
    for key in our_ops.keys().filter(|k| !their_ops.contains_key(*k)) {
        out.push(format!("{key} operation-extra"));
    }
    out
}

/// The allowlist: difference key -> reason. A key ending in `*` matches any key it prefixes.
fn allowlist(root: &Path) -> Result<Vec<(String, String)>, String> {
    let text = std::fs::read_to_string(root.join(ALLOWLIST)).unwrap_or_default();
    let mut entries = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let Some((key, reason)) = line.split_once(" # ") else {
            return Err(format!("{ALLOWLIST}:{}: no `# reason` on this line", i + 1));
        };
        entries.push((key.trim().to_owned(), reason.trim().to_owned()));
    }
    Ok(entries)
}

fn allowed(key: &str, pattern: &str) -> bool {
    match pattern.strip_suffix('*') {
        Some(prefix) => key.starts_with(prefix),
        None => key == pattern,
    }
}

/// Compares our document with the references, read as one (see [`merge`]).
pub(crate) fn spec_diff(root: &Path, references: &[&Path]) -> Result<(), String> {
    let ours = Doc { root: load(&root.join("spec/openapi.json"))? };
    let documents = references.iter().map(|path| load(path)).collect::<Result<Vec<_>, _>>()?;
    // What each file brings to the merged view: a file whose operations the earlier ones all
    // describe already adds nothing, which is worth seeing (a file given twice, say).
    let mut seen = BTreeSet::new();
    for (path, document) in references.iter().zip(&documents) {
        let operations = Doc { root: document.clone() }.operations();
        let new = operations.keys().filter(|key| seen.insert((*key).clone())).count();
        println!("{}: {} operations, {new} not in the files before it", path.display(), operations.len());
    }
    let theirs = Doc { root: merge(documents) };
    let found = differences(&ours, &theirs);
    let allow = allowlist(root)?;

    let their_count = theirs.operations().len();
    let our_count = ours.operations().len();
    println!("operations: reference {their_count}, ours {our_count}");

    let mut unexpected = Vec::new();
    let mut used = vec![false; allow.len()];
    for difference in &found {
        match allow.iter().position(|(pattern, _)| allowed(difference, pattern)) {
            Some(i) => used[i] = true,
            None => unexpected.push(difference.clone()),
        }
    }
    let stale: Vec<&String> =
        allow.iter().zip(&used).filter(|(_, used)| !**used).map(|((key, _), _)| key).collect();

    println!(
        "{} difference(s), {} listed as deliberate in {ALLOWLIST}",
        found.len(),
        found.len() - unexpected.len()
    );
    for difference in &unexpected {
        println!("  unexpected: {difference}");
    }
    for key in &stale {
        println!("  listed but no longer found: {key}");
    }
    if unexpected.is_empty() && stale.is_empty() {
        Ok(())
    } else {
        Err(format!("{} unexpected difference(s), {} stale entry(ies)", unexpected.len(), stale.len()))
    }
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn doc(op: Value, schemas: Value) -> Doc {
        Doc {
            root: json!({ "paths": { "/things/{id}": { "post": op } }, "components": { "schemas": schemas } }),
        }
    }

    #[test]
    fn merged_references_add_operations_and_keep_the_first_description() {
        let first = json!({
            "paths": { "/a": { "get": { "summary": "first" } } },
            "components": { "schemas": { "A": { "type": "string" } } }
        });
        let second = json!({
            "paths": { "/a": { "get": { "summary": "second" }, "post": { "summary": "new" } }, "/b": { "get": {} } },
            "components": { "schemas": { "A": { "type": "integer" }, "B": { "type": "string" } } }
        });
        let merged = merge(vec![first, second]);
        assert_eq!(merged["paths"]["/a"]["get"]["summary"], "first");
        assert_eq!(merged["paths"]["/a"]["post"]["summary"], "new");
        assert!(merged["paths"]["/b"]["get"].is_object());
        assert_eq!(merged["components"]["schemas"]["A"]["type"], "string");
        assert_eq!(merged["components"]["schemas"]["B"]["type"], "string");

        // A third file adds its own operations and components, and rewrites none.
        let third = json!({
            "paths": { "/a": { "post": { "summary": "third" } }, "/c": { "delete": {} } },
            "components": { "schemas": { "B": { "type": "integer" }, "C": { "type": "boolean" } } }
        });
        let merged = merge(vec![merged, third]);
        assert_eq!(merged["paths"]["/a"]["post"]["summary"], "new");
        assert!(merged["paths"]["/c"]["delete"].is_object());
        assert_eq!(merged["components"]["schemas"]["B"]["type"], "string");
        assert_eq!(merged["components"]["schemas"]["C"]["type"], "boolean");
    }

    #[test]
    fn finds_each_kind_of_difference() {
        let reference = doc(
            json!({
                "parameters": [
                    { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } },
                    { "name": "mode", "in": "query", "schema": { "type": "string", "enum": ["a", "b"] } },
                    { "name": "gone", "in": "query", "schema": { "type": "integer" } }
                ],
                "requestBody": { "content": { "application/json": { "schema": { "$ref": "#/components/schemas/Body" } } } },
                "responses": { "200": { "content": { "application/json": { "schema": {
                    "type": "object",
                    "properties": { "id": { "type": "string" }, "count": { "type": "integer" }, "tags": { "type": "array", "items": { "type": "string" } } },
                    "required": ["id", "count"]
                } } } } }
            }),
            json!({ "Body": {
                "type": "object",
                "properties": { "name": { "type": "string" }, "size": { "type": ["integer", "null"] } },
                "required": ["name"],
                "oneOf": [ { "required": ["a"], "properties": { "a": { "type": "string" } } }, { "required": ["b"], "properties": { "b": { "type": "string" } } } ]
            } }),
        );
        let ours = doc(
            json!({
                "parameters": [
                    { "name": "id", "in": "path", "required": true, "schema": { "type": "string" } },
                    { "name": "mode", "in": "query", "schema": { "type": "string", "enum": ["a"] } },
                    { "name": "extra", "in": "query", "schema": { "type": "string" } }
                ],
                "requestBody": { "content": { "application/x-www-form-urlencoded": { "schema": { "$ref": "#/components/schemas/Body" } } } },
                "responses": { "201": { "content": { "application/json": { "schema": {
                    "type": "object",
                    "properties": { "id": { "type": "string" }, "count": { "type": "string" } }
                } } } } }
            }),
            json!({ "Body": {
                "type": "object",
                "properties": { "name": { "type": "string" }, "size": { "type": "integer", "nullable": true }, "a": { "type": "string" }, "b": { "type": "string" } }
            } }),
        );
        let found = differences(&ours, &reference);
        let expected = [
            "POST /things/{id} parameter-enum query mode: missing `b`",
            "POST /things/{id} parameter-missing query gone",
            "POST /things/{id} parameter-extra query extra",
            "POST /things/{id} body-media-type: reference application/json, ours application/x-www-form-urlencoded",
            "POST /things/{id} body-required name: required in reference only",
            "POST /things/{id} response-type count: reference integer, ours string",
            "POST /things/{id} response-missing tags",
            "POST /things/{id} response-missing tags[]",
        ];
        for difference in expected {
            assert!(found.iter().any(|f| f == difference), "missing {difference:?} in {found:#?}");
        }
        // Alternatives (`a` or `b`) are not required; nullable and response required-ness are
        // not differences.
        assert_eq!(found.len(), expected.len(), "{found:#?}");
    }

    #[test]
    fn reports_missing_and_extra_operations() {
        let reference = Doc { root: json!({ "paths": { "/a": { "get": {} } } }) };
        let ours = Doc { root: json!({ "paths": { "/b": { "get": {} } } }) };
        assert_eq!(differences(&ours, &reference), ["GET /a operation-missing", "GET /b operation-extra"]);
    }

    #[test]
    fn patterns_match_prefixes() {
        assert!(allowed(
            "GET /events response-missing data[].data.user",
            "GET /events response-missing data[].data.*"
        ));
        assert!(!allowed(
            "GET /events response-missing data[].id",
            "GET /events response-missing data[].data.*"
        ));
        assert!(allowed("x", "x"));
    }
}
