//! Deterministic objects that satisfy a schema: the same seed always gives the same object,
//! with ids that carry the right prefix and sort in creation order. The server answers with
//! them, and [`example`], [`example_json`] and [`example_json_for`] give them to tests.

use serde_json::{Map, Value, json};

use super::spec::Spec;

/// The spec, parsed once for the examples below.
fn shared_spec() -> &'static Spec {
    static SPEC: std::sync::OnceLock<Spec> = std::sync::OnceLock::new();
    SPEC.get_or_init(Spec::load)
}

/// A deterministic example of the component `name` of the spec, as JSON: every field
/// filled with a plausible value (ids with the right prefix, timestamps, enum values).
pub fn example_json(name: &str) -> Option<Value> {
    let spec = shared_spec();
    if spec.doc["components"]["schemas"].get(name).is_some() {
        let reference = json!({ "$ref": format!("#/components/schemas/{name}") });
        return Some(generate(spec, &reference, 1, ""));
    }
    // `<Operation>Params`: the query parameters codegen gathers for an operation.
    let operation = snake_case(name.strip_suffix("Params")?);
    let route = spec.routes.iter().find(|r| r.id == operation)?;
    let mut object = Map::new();
    for param in route.operation["parameters"].as_array().into_iter().flatten().filter(|p| p["in"] == "query")
    {
        let name = param["name"].as_str().unwrap_or_default();
        object.insert(name.to_owned(), generate(spec, &param["schema"], 1, name));
    }
    Some(Value::Object(object))
}

/// A deterministic example of any schema of the spec (a `$ref`, or one variant of a union),
/// as [`example_json`] makes them for components.
pub fn example_json_for(schema: &Value) -> Value {
    generate(shared_spec(), schema, 1, "")
}

fn snake_case(pascal: &str) -> String {
    let mut out = String::new();
    for (i, c) in pascal.chars().enumerate() {
        if c.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

/// A deterministic example of a type of `workos::types`, built from its schema in the spec:
/// a quick way to fill a request in a test.
///
/// ```
/// // With the SDK: `let body: workos::types::CreateOrganization = example();`. Any type that
/// // deserializes and has the name of a component of the spec works:
/// #[derive(serde::Deserialize)]
/// struct CreateOrganization {
///     name: String,
/// }
/// let organization: CreateOrganization = workos_test_server::example();
/// assert!(!organization.name.is_empty());
/// ```
///
/// # Panics
/// If `T` is not a type generated from the spec.
pub fn example<T: serde::de::DeserializeOwned>() -> T {
    let full = std::any::type_name::<T>();
    let name = full.rsplit("::").next().unwrap_or(full);
    let json = example_json(name).unwrap_or_else(|| panic!("`{full}` is not a component of the spec"));
    serde_json::from_value(json).unwrap_or_else(|e| panic!("the example of `{name}` does not parse: {e}"))
}

/// The id prefix WorkOS uses for each kind of object (`object` field), where it is not the
/// object's own name.
const PREFIXES: &[(&str, &str)] = &[
    ("organization", "org"),
    ("organization_domain", "org_domain"),
    ("connection", "conn"),
    ("connection_domain", "conn_domain"),
    ("organization_membership", "om"),
    ("authentication_factor", "auth_factor"),
    ("authentication_challenge", "auth_challenge"),
    ("webhook_endpoint", "we"),
    ("permission", "perm"),
    ("invitation", "invitation"),
];

/// The id prefix for ids named `<stem>_id`.
const FIELD_PREFIXES: &[(&str, &str)] = &[
    ("organization", "org"),
    ("connection", "conn"),
    ("directory", "directory"),
    ("user", "user"),
    ("directory_user", "directory_user"),
    ("directory_group", "directory_group"),
    ("organization_membership", "om"),
    ("session", "session"),
    ("role", "role"),
    ("event", "event"),
    ("idp", "idp"),
];

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The base time of generated timestamps; seed `n` was created `n` seconds later.
const EPOCH_SECONDS: i64 = 1_767_225_600; // 2026-01-01T00:00:00Z

/// An id such as `org_01K000000000000000000000042`: sortable by `seed`.
pub(crate) fn id(prefix: &str, seed: u64) -> String {
    let mut digits = [b'0'; 23];
    let mut n = seed;
    for slot in digits.iter_mut().rev() {
        *slot = CROCKFORD[(n % 32) as usize];
        n /= 32;
    }
    format!("{prefix}_01K{}", String::from_utf8_lossy(&digits))
}

/// The prefix of ids of objects of kind `object`.
pub(crate) fn prefix_for_object(object: &str) -> String {
    PREFIXES
        .iter()
        .find(|(kind, _)| *kind == object)
        .map_or_else(|| object.to_owned(), |(_, prefix)| (*prefix).to_owned())
}

fn prefix_for_field(field: &str) -> Option<String> {
    let stem = field.strip_suffix("_id")?;
    Some(
        FIELD_PREFIXES
            .iter()
            .find(|(s, _)| *s == stem)
            .map_or_else(|| stem.to_owned(), |(_, p)| (*p).to_owned()),
    )
}

/// An RFC 3339 timestamp `seed` seconds after the base time.
pub(crate) fn timestamp(seed: u64) -> String {
    let seconds = EPOCH_SECONDS + (seed % 100_000_000) as i64;
    let days = seconds.div_euclid(86_400);
    let rest = seconds.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    format!("{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.000Z", rest / 3600, rest % 3600 / 60, rest % 60)
}

/// An RFC 3339 timestamp, to the millisecond, of `millis` since the Unix epoch.
pub(crate) fn timestamp_millis(millis: i64) -> String {
    let seconds = millis.div_euclid(1000);
    let days = seconds.div_euclid(86_400);
    let rest = seconds.rem_euclid(86_400);
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{:03}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60,
        millis.rem_euclid(1000)
    )
}

/// Days since 1970-01-01 to a calendar date (Howard Hinnant's algorithm).
fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// Generates a value for `schema`; `name` is the property it will fill (for realistic strings).
pub(crate) fn generate(spec: &Spec, schema: &Value, seed: u64, name: &str) -> Value {
    generate_at(spec, schema, seed, name, 0)
}

fn generate_at(spec: &Spec, schema: &Value, seed: u64, name: &str, depth: usize) -> Value {
    let schema = spec.resolve(schema);
    if let Some(first) = schema["oneOf"].as_array().or(schema["anyOf"].as_array()).and_then(|o| o.first()) {
        return generate_at(spec, first, seed, name, depth);
    }
    if let Some(values) = schema["enum"].as_array().filter(|v| !v.is_empty()) {
        return values[(seed as usize) % values.len()].clone();
    }
    match schema["type"].as_str() {
        Some("object") => object(spec, &schema, seed, depth),
        Some("array") if depth < 4 => json!([generate_at(spec, &schema["items"], seed, name, depth + 1)]),
        Some("array") => json!([]),
        Some("integer") => {
            let min = schema["minimum"].as_i64().unwrap_or(0);
            let max = schema["maximum"].as_i64().unwrap_or(min + 100).max(min);
            json!(min + (seed as i64 % (max - min + 1)))
        }
        Some("number") => json!(1.5),
        Some("boolean") => json!(seed.is_multiple_of(2)),
        Some("string") => string(&schema, seed, name),
        _ => json!({}),
    }
}

fn object(spec: &Spec, schema: &Value, seed: u64, depth: usize) -> Value {
    let mut out = Map::new();
    let properties = schema["properties"].as_object();
    if depth > 5 {
        return Value::Object(out);
    }
    let kind = properties
        .and_then(|p| p.get("object"))
        .and_then(|o| spec.resolve(o)["enum"][0].as_str().map(str::to_owned));
    for (property, property_schema) in properties.into_iter().flatten() {
        let value = if property == "id" && kind.is_some() {
            json!(id(&prefix_for_object(kind.as_deref().unwrap_or_default()), seed))
        } else {
            generate_at(spec, property_schema, seed, property, depth + 1)
        };
        out.insert(property.clone(), value);
    }
    if properties.is_none()
        && let Some(values) = schema["additionalProperties"].as_object()
    {
        out.insert(
            "example".into(),
            generate_at(spec, &Value::Object(values.clone()), seed, "example", depth + 1),
        );
    }
    Value::Object(out)
}

fn string(schema: &Value, seed: u64, name: &str) -> Value {
    let format = schema["format"].as_str().unwrap_or_default();
    let text = if format == "date-time" || name.ends_with("_at") || name.starts_with("range_") {
        timestamp(seed)
    } else if format == "email" || name == "email" {
        format!("user{seed}@example.com")
    } else if format == "uri" || name.ends_with("_url") || name.ends_with("_uri") || name == "url" {
        format!("https://example.com/{name}/{seed}")
    } else if let Some(prefix) = prefix_for_field(name) {
        id(&prefix, seed)
    } else {
        match name {
            "id" => id("obj", seed),
            "name" => format!("Example {seed}"),
            "first_name" => "Ada".into(),
            "last_name" => "Lovelace".into(),
            "domain" => format!("example{seed}.com"),
            "slug" => format!("slug-{seed}"),
            "event" => "organization.created".into(),
            _ => format!("{name}-{seed}"),
        }
    };
    // Within the schema's length bounds: padded with a character any pattern of ids allows.
    let min = schema["minLength"].as_u64().map_or(0, |n| n as usize);
    let max = schema["maxLength"].as_u64().map_or(usize::MAX, |n| n as usize);
    let mut text: String = text.chars().take(max).collect();
    while text.chars().count() < min {
        text.push('x');
    }
    Value::String(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_sort_in_seed_order() {
        let a = id("org", 9);
        let b = id("org", 10);
        let c = id("org", 40);
        assert!(a < b && b < c, "{a} {b} {c}");
        assert!(a.starts_with("org_01K"));
        assert_eq!(a.len(), "org_".len() + 26);
    }

    #[test]
    fn timestamps_are_rfc3339() {
        assert_eq!(timestamp(0), "2026-01-01T00:00:00.000Z");
        assert_eq!(timestamp(86_400 * 59 + 3661), "2026-03-01T01:01:01.000Z");
    }
}
