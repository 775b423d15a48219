//! Checks a request against its operation, so that a wrong request fails loudly.

use serde_json::{Map, Value};

use super::spec::{Route, Spec};

/// What is wrong with a request: the offending field and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Problem {
    pub(crate) field: String,
    pub(crate) message: String,
}

impl Problem {
    fn new(field: &str, message: impl Into<String>) -> Problem {
        Problem { field: field.to_owned(), message: message.into() }
    }
}

type Checked = Result<(), Problem>;

/// Checks the query string: known parameters only, each of its declared type, required ones present.
pub(crate) fn query(spec: &Spec, route: &Route, pairs: &[(String, String)]) -> Checked {
    let params: Vec<&Value> = route.operation["parameters"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["in"] == "query")
        .collect();
    // `name[key]=value` is one entry of an object parameter (a deep object).
    let base = |name: &str| name.split_once('[').map_or(name.to_owned(), |(base, _)| base.to_owned());
    for (name, _) in pairs {
        let known = params.iter().find(|p| p["name"] == base(name).as_str());
        match known {
            None => {
                return Err(Problem::new(
                    name,
                    format!("`{name}` is not a query parameter of this operation"),
                ));
            }
            Some(param) if name.contains('[') && spec.resolve(&param["schema"])["type"] != "object" => {
                return Err(Problem::new(name, format!("`{}` is not an object parameter", base(name))));
            }
            Some(_) => {}
        }
    }
    for param in params {
        let name = param["name"].as_str().unwrap_or_default();
        if spec.resolve(&param["schema"])["type"] == "object" {
            let mut object = Map::new();
            for (key, value) in pairs {
                if let Some(inner) =
                    key.strip_prefix(name).and_then(|k| k.strip_prefix('[')).and_then(|k| k.strip_suffix(']'))
                {
                    object.insert(inner.to_owned(), Value::String(value.clone()));
                }
            }
            if object.is_empty() && param["required"] == true {
                return Err(Problem::new(name, format!("`{name}` is required")));
            }
            value_against(spec, &param["schema"], &Value::Object(object), name)?;
            continue;
        }
        let values: Vec<&str> = pairs.iter().filter(|(n, _)| n == name).map(|(_, v)| v.as_str()).collect();
        if values.is_empty() {
            if param["required"] == true {
                return Err(Problem::new(name, format!("`{name}` is required")));
            }
            continue;
        }
        let schema = spec.resolve(&param["schema"]);
        let value = if schema["type"] == "array" {
            let items: Vec<&str> = if param["explode"] == false {
                if values.len() > 1 {
                    return Err(Problem::new(
                        name,
                        format!("`{name}` takes one comma-separated value, not repeated keys"),
                    ));
                }
                values[0].split(',').collect()
            } else {
                values
            };
            let item_schema = spec.resolve(&schema["items"]);
            Value::Array(items.into_iter().map(|v| coerce(&item_schema, v)).collect())
        } else {
            if values.len() > 1 {
                return Err(Problem::new(name, format!("`{name}` is given {} times", values.len())));
            }
            coerce(&schema, values[0])
        };
        value_against(spec, &param["schema"], &value, name)?;
    }
    Ok(())
}

/// Checks the path parameters against their schemas (an enum, say).
pub(crate) fn path(spec: &Spec, route: &Route, params: &[(String, String)]) -> Checked {
    for (name, value) in params {
        let schema = route.operation["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .find(|p| p["in"] == "path" && p["name"] == name.as_str())
            .map(|p| &p["schema"]);
        if let Some(schema) = schema {
            value_against(spec, schema, &coerce(&spec.resolve(schema), value), name)?;
        }
    }
    Ok(())
}

/// A query or form string read as the type its schema wants, so that the type check can run.
fn coerce(schema: &Value, raw: &str) -> Value {
    match schema["type"].as_str() {
        Some("integer") => raw.parse::<i64>().map(Value::from).unwrap_or_else(|_| Value::String(raw.into())),
        Some("number") => raw.parse::<f64>().map(Value::from).unwrap_or_else(|_| Value::String(raw.into())),
        Some("boolean") => match raw {
            "true" => Value::Bool(true),
            "false" => Value::Bool(false),
            _ => Value::String(raw.into()),
        },
        _ => Value::String(raw.into()),
    }
}

/// Checks a JSON body against the operation's request schema.
pub(crate) fn json_body(spec: &Spec, route: &Route, body: &Value) -> Checked {
    let schema = &route.operation["requestBody"]["content"]["application/json"]["schema"];
    value_against(spec, schema, body, "")
}

/// Checks a form body: every field a string, read as its declared type.
pub(crate) fn form_body(spec: &Spec, route: &Route, pairs: &[(String, String)]) -> Result<Value, Problem> {
    let schema = spec
        .resolve(&route.operation["requestBody"]["content"]["application/x-www-form-urlencoded"]["schema"]);
    let mut object = Map::new();
    for (name, raw) in pairs {
        let field_schema = spec.resolve(&schema["properties"][name.as_str()]);
        if object.insert(name.clone(), coerce(&field_schema, raw)).is_some() {
            return Err(Problem::new(name, format!("`{name}` is given twice")));
        }
    }
    let value = Value::Object(object);
    value_against(spec, &schema, &value, "")?;
    Ok(value)
}

fn join(at: &str, name: &str) -> String {
    if at.is_empty() { name.to_owned() } else { format!("{at}.{name}") }
}

/// Checks `value` against `schema`; `at` names the value in messages.
pub(crate) fn value_against(spec: &Spec, schema: &Value, value: &Value, at: &str) -> Checked {
    let schema = spec.resolve(schema);
    let label = if at.is_empty() { "the body" } else { at };
    if value.is_null() {
        return if schema["nullable"] == true || schema.as_object().is_some_and(|s| s.is_empty()) {
            Ok(())
        } else {
            Err(Problem::new(at, format!("`{label}` cannot be null")))
        };
    }
    for key in ["oneOf", "anyOf"] {
        if let Some(options) = schema[key].as_array() {
            let mut first_problem = None;
            for option in options {
                match value_against(spec, option, value, at) {
                    Ok(()) => return Ok(()),
                    Err(problem) => {
                        first_problem.get_or_insert(problem);
                    }
                }
            }
            return Err(first_problem.unwrap_or_else(|| Problem::new(at, "matches no allowed shape")));
        }
    }
    let expected = schema["type"].as_str();
    let type_ok = match expected {
        Some("string") => value.is_string(),
        Some("integer") => value.is_i64() || value.is_u64(),
        Some("number") => value.is_number(),
        Some("boolean") => value.is_boolean(),
        Some("array") => value.is_array(),
        Some("object") => value.is_object(),
        _ => true,
    };
    if !type_ok {
        let expected = expected.unwrap_or("value");
        return Err(Problem::new(at, format!("`{label}` must be a {expected}, not {}", describe(value))));
    }
    if let Some(allowed) = schema["enum"].as_array()
        && !allowed.contains(value)
    {
        let list: Vec<String> = allowed.iter().map(Value::to_string).collect();
        return Err(Problem::new(at, format!("`{label}` must be one of {}", list.join(", "))));
    }
    if let Some(text) = value.as_str() {
        let length = text.chars().count() as u64;
        if schema["maxLength"].as_u64().is_some_and(|max| length > max) {
            return Err(Problem::new(
                at,
                format!("`{label}` is longer than {} characters", schema["maxLength"]),
            ));
        }
        if schema["minLength"].as_u64().is_some_and(|min| length < min) {
            return Err(Problem::new(
                at,
                format!("`{label}` is shorter than {} characters", schema["minLength"]),
            ));
        }
    }
    if let Some(number) = value.as_f64() {
        if schema["minimum"].as_f64().is_some_and(|min| number < min) {
            return Err(Problem::new(at, format!("`{label}` is below {}", schema["minimum"])));
        }
        if schema["maximum"].as_f64().is_some_and(|max| number > max) {
            return Err(Problem::new(at, format!("`{label}` is above {}", schema["maximum"])));
        }
    }
    if let Some(items) = value.as_array() {
        for (i, item) in items.iter().enumerate() {
            value_against(spec, &schema["items"], item, &format!("{at}[{i}]"))?;
        }
    }
    if let Some(object) = value.as_object() {
        object_against(spec, &schema, object, at)?;
    }
    Ok(())
}

fn object_against(spec: &Spec, schema: &Value, object: &Map<String, Value>, at: &str) -> Checked {
    let properties = schema["properties"].as_object();
    for name in schema["required"].as_array().into_iter().flatten().filter_map(Value::as_str) {
        if !object.contains_key(name) {
            return Err(Problem::new(&join(at, name), format!("`{}` is required", join(at, name))));
        }
    }
    for (name, value) in object {
        let field = join(at, name);
        match properties.and_then(|p| p.get(name)) {
            Some(property) => value_against(spec, property, value, &field)?,
            None => match &schema["additionalProperties"] {
                Value::Object(extra) => value_against(spec, &Value::Object(extra.clone()), value, &field)?,
                Value::Bool(true) => {}
                // A request that sends a field the API does not know is a bug in the caller.
                _ if properties.is_some() => {
                    return Err(Problem::new(&field, format!("`{field}` is not a field of this request")));
                }
                _ => {}
            },
        }
    }
    Ok(())
}

fn describe(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}
