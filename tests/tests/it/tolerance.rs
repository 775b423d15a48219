//! Every response type tolerates what live answers do: fields missing or `null` beyond the
//! few it treats as always present, fields it does not know, and enum values it has never
//! seen, which it keeps and writes back unchanged.

use std::collections::BTreeSet;

use serde_json::{Map, Value, json};

const UNKNOWN_VALUE: &str = "a_value_from_the_future";

/// What becomes of the fields a type does not treat as always present.
#[derive(Debug, Clone, Copy)]
enum Optional {
    /// Left out.
    Dropped,
    /// Sent as `null`.
    Null,
    /// Kept, and mangled like the required ones (so optional enums get unknown values too).
    Kept,
}

struct Spec(Value);

impl Spec {
    fn schemas(&self) -> &Map<String, Value> {
        self.0["components"]["schemas"].as_object().unwrap()
    }

    /// Follows `$ref`s and merges `allOf` into one schema.
    fn resolve(&self, schema: &Value) -> Value {
        if let Some(name) = schema["$ref"].as_str().and_then(|r| r.strip_prefix("#/components/schemas/")) {
            return self.resolve(&self.schemas()[name]);
        }
        if let Some(parts) = schema["allOf"].as_array() {
            let mut merged = Map::new();
            let mut required = Vec::new();
            let mut properties = Map::new();
            for part in parts.iter().chain(std::iter::once(schema)) {
                let part = if part == schema { part.clone() } else { self.resolve(part) };
                for (key, value) in part.as_object().into_iter().flatten() {
                    match key.as_str() {
                        "allOf" => {}
                        "required" => required.extend(value.as_array().cloned().unwrap_or_default()),
                        "properties" => properties.extend(value.as_object().cloned().unwrap_or_default()),
                        _ => {
                            merged.insert(key.clone(), value.clone());
                        }
                    }
                }
            }
            merged.insert("required".into(), Value::Array(required));
            merged.insert("properties".into(), Value::Object(properties));
            return Value::Object(merged);
        }
        schema.clone()
    }

    /// The components reachable from a success response or from an event's `data`.
    fn response_types(&self) -> BTreeSet<String> {
        let mut seen = BTreeSet::new();
        let mut stack = Vec::new();
        let event = &self.schemas()["Event"];
        let events = <workos_spec_extensions::Component as workos_spec_extensions::Extension>::read(event);
        for event in events.expect("the Event schema's extension object reads").events.into_values() {
            stack.push(json!({ "$ref": format!("#/components/schemas/{}", event.data) }));
        }
        for item in self.0["paths"].as_object().unwrap().values() {
            for op in item.as_object().unwrap().values() {
                for (status, response) in op["responses"].as_object().into_iter().flatten() {
                    if status.starts_with('2') {
                        stack.push(response["content"]["application/json"]["schema"].clone());
                    }
                }
            }
        }
        while let Some(value) = stack.pop() {
            match value {
                Value::Object(object) => {
                    if let Some(name) = object
                        .get("$ref")
                        .and_then(Value::as_str)
                        .and_then(|r| r.strip_prefix("#/components/schemas/"))
                        && seen.insert(name.to_owned())
                    {
                        stack.push(self.schemas()[name].clone());
                    }
                    stack.extend(object.into_iter().map(|(_, v)| v));
                }
                Value::Array(items) => stack.extend(items),
                _ => {}
            }
        }
        seen
    }

    /// Which of a union's `options` `value` is: the first whose one-value properties (a tag
    /// such as `grant_type` or `object`) all hold their value in `value`.
    fn variant_of(&self, options: &[Value], value: &Value) -> usize {
        options
            .iter()
            .position(|option| {
                let option = self.resolve(option);
                option["properties"].as_object().into_iter().flatten().all(|(name, property)| {
                    match self.resolve(property)["enum"].as_array().map(Vec::as_slice) {
                        Some([only]) => value.get(name) == Some(only),
                        _ => true,
                    }
                })
            })
            .unwrap_or(0)
    }

    /// Examples of every shape of the component `name`: its example, and for a union one
    /// example of each variant.
    fn examples(&self, name: &str) -> Vec<Value> {
        let mut examples: Vec<Value> = workos_test_server::example_json(name).into_iter().collect();
        let schema = self.resolve(&json!({ "$ref": format!("#/components/schemas/{name}") }));
        if let Some(options) = schema["oneOf"].as_array().or(schema["anyOf"].as_array()) {
            examples.extend(options.iter().skip(1).map(workos_test_server::example_json_for));
        }
        examples
    }

    /// `value` with every optional field dropped, set to `null` or kept (`optional`), an
    /// unknown field added to every object, and every enum value that is sent replaced.
    fn mangle(&self, schema: &Value, value: &Value, optional: Optional) -> Value {
        let schema = self.resolve(schema);
        if schema["enum"].is_array() && value.is_string() {
            return json!(UNKNOWN_VALUE);
        }
        if let Some(options) = schema["oneOf"].as_array().or(schema["anyOf"].as_array()) {
            // Mangle the value as the shape it has.
            return self.mangle(&options[self.variant_of(options, value)], value, optional);
        }
        match value {
            Value::Object(object) => {
                let properties = schema["properties"].as_object().cloned().unwrap_or_default();
                let required: BTreeSet<&str> =
                    schema["required"].as_array().into_iter().flatten().filter_map(Value::as_str).collect();
                let mut out = Map::new();
                for (name, field) in object {
                    match properties.get(name) {
                        Some(field_schema)
                            if required.contains(name.as_str()) || matches!(optional, Optional::Kept) =>
                        {
                            out.insert(name.clone(), self.mangle(field_schema, field, optional));
                        }
                        Some(_) if matches!(optional, Optional::Null) => {
                            out.insert(name.clone(), Value::Null);
                        }
                        Some(_) => {}
                        // A map's values (no declared properties) keep their shape.
                        None => match &schema["additionalProperties"] {
                            Value::Object(values) if !values.is_empty() => {
                                out.insert(
                                    name.clone(),
                                    self.mangle(&Value::Object(values.clone()), field, optional),
                                );
                            }
                            _ => {
                                out.insert(name.clone(), field.clone());
                            }
                        },
                    }
                }
                if !properties.is_empty() {
                    out.insert("a_field_from_the_future".into(), json!({ "nested": [1, "two", null] }));
                }
                Value::Object(out)
            }
            Value::Array(items) => {
                Value::Array(items.iter().map(|item| self.mangle(&schema["items"], item, optional)).collect())
            }
            other => other.clone(),
        }
    }
}

#[test]
fn every_response_type_tolerates_absent_null_unknown_and_new_values() {
    let spec = Spec(serde_json::from_str(include_str!("../../../spec/openapi.json")).unwrap());
    let mut types = spec.response_types();
    assert!(types.len() > 100, "only {} response types found", types.len());
    // Unions whose variants are components (the grants of a token request, say), which the
    // generated code keeps open with an `Unknown` variant, so that every variant of each is
    // mangled, not only the first one the examples take. (The spec's other unions, whose
    // variants are written inline, are request bodies only: the SDK never reads them.)
    let by_reference = |schema: &Value| {
        schema["oneOf"]
            .as_array()
            .is_some_and(|options| options.iter().all(|option| option["allOf"][0]["$ref"].is_string()))
    };
    types.extend(
        spec.schemas().iter().filter(|(_, schema)| by_reference(schema)).map(|(name, _)| name.clone()),
    );
    let mut failures = Vec::new();
    let mut unknown_values = 0;
    let mut unknown_in_kept = 0;
    let mut later_variants = 0;
    for name in &types {
        let examples = spec.examples(name);
        later_variants += examples.len().saturating_sub(1);
        let schema = json!({ "$ref": format!("#/components/schemas/{name}") });
        for (example, optional) in
            examples.iter().flat_map(|e| [Optional::Dropped, Optional::Null, Optional::Kept].map(|o| (e, o)))
        {
            let mangled = spec.mangle(&schema, example, optional);
            let bytes = serde_json::to_vec(&mangled).unwrap();
            match workos_api::roundtrip_component(name, &bytes) {
                None => failures.push(format!("{name}: not in the generated registry")),
                Some(Err(error)) => {
                    failures.push(format!("{name} (optional fields {optional:?}): {error}\n    {mangled}"))
                }
                Some(Ok(written)) => {
                    let sent = mangled.to_string().matches(UNKNOWN_VALUE).count();
                    unknown_values += sent;
                    if matches!(optional, Optional::Kept) {
                        unknown_in_kept += sent;
                    }
                    let kept = String::from_utf8_lossy(&written).matches(UNKNOWN_VALUE).count();
                    if kept != sent {
                        failures
                            .push(format!("{name}: {sent} unknown enum values sent, {kept} written back"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
    assert!(later_variants > 0, "no union's second or later variant was mangled");
    assert!(unknown_values > 200, "only {unknown_values} enum values were replaced: the test lost its teeth");
    // Keeping the optional fields reaches the enums they hold: the response types have about
    // 40 optional enum fields, so that pass replaces at least that many more values than
    // each pass over the required fields alone.
    let required_only = unknown_values - unknown_in_kept;
    assert!(
        unknown_in_kept > required_only / 2 + 38,
        "{unknown_in_kept} unknown values with optional fields kept, {required_only} without"
    );
}

/// The check above can fail: an identity field that is missing does fail.
#[test]
fn a_missing_identity_field_is_still_an_error() {
    let mut organization = workos_test_server::example_json("Organization").unwrap();
    assert!(
        workos_api::roundtrip_component("Organization", organization.to_string().as_bytes()).unwrap().is_ok()
    );
    organization.as_object_mut().unwrap().remove("id");
    assert!(
        workos_api::roundtrip_component("Organization", organization.to_string().as_bytes())
            .unwrap()
            .is_err()
    );
}

/// `value` with every string in it replaced, so that it reads as another value of its type.
fn another_value(value: &Value) -> Value {
    match value {
        Value::String(_) => json!("from_the_older_spelling"),
        Value::Array(items) => Value::Array(items.iter().map(another_value).collect()),
        Value::Object(fields) => {
            Value::Object(fields.iter().map(|(k, v)| (k.clone(), another_value(v))).collect())
        }
        other => other.clone(),
    }
}

/// Every property the spec gives older spellings (the `aliases` of its `x-workos` object), in every component
/// that has one: sent under its own spelling, under an older one, or under both (as the lists
/// of 2021-2022 are), it decodes; when both carry a value, its own spelling's wins, and an
/// older spelling fills in for a `null`.
#[test]
fn every_older_spelling_is_read_beside_the_current_one() {
    let spec = Spec(serde_json::from_str(include_str!("../../../spec/openapi.json")).unwrap());
    let written = |name: &str, body: &Value| -> Result<Value, String> {
        match workos_api::roundtrip_component(name, body.to_string().as_bytes()) {
            Some(Ok(bytes)) => Ok(serde_json::from_slice(&bytes).unwrap()),
            Some(Err(error)) => Err(format!("{name}: {error}\n    {body}")),
            None => Err(format!("{name}: not in the generated registry")),
        }
    };
    let mut failures = Vec::new();
    let mut checked = BTreeSet::new();
    for (name, schema) in spec.schemas() {
        for (property, definition) in schema["properties"].as_object().into_iter().flatten() {
            let property_ext =
                <workos_spec_extensions::Property as workos_spec_extensions::Extension>::read(definition);
            for older in property_ext.unwrap().aliases {
                let older = older.as_str();
                let mut own = workos_test_server::example_json(name).unwrap();
                let value = own[property].clone();
                assert!(!value.is_null(), "{name}.{property}: the example has no value");
                let other = another_value(&value);
                assert_ne!(other, value, "{name}.{property}: no other value to send");
                let expected = written(name, &own).unwrap()[property].clone();
                own[property] = other.clone();
                let expected_other = written(name, &own).unwrap()[property].clone();

                let mut cases = Vec::new();
                let mut body = own.clone();
                body.as_object_mut().unwrap().remove(property);
                body[older] = value.clone();
                cases.push(("only the older spelling", body.clone(), &expected));
                body[property] = value.clone();
                cases.push(("both, with the same value", body.clone(), &expected));
                body[older] = other.clone();
                cases.push(("both, with different values", body.clone(), &expected));
                body[property] = Value::Null;
                cases.push(("its own spelling null", body.clone(), &expected_other));
                for (case, body, expected) in cases {
                    match written(name, &body) {
                        Ok(out) if &out[property] == expected && out.get(older).is_none() => {}
                        Ok(out) => failures.push(format!("{name}.{property}, {case}: wrote {out}")),
                        Err(error) => failures.push(format!("{case}: {error}")),
                    }
                }
                checked.insert(name.clone());
            }
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
    for list in ["DirectoryList", "DirectoryGroupList", "OrganizationList", "EventList"] {
        assert!(checked.contains(list), "{list} has no older spelling in the spec: {checked:?}");
    }
}
