//! The generated structs' written `Deserialize` (codegen's `lean_deserialize`) reads a JSON
//! object as `serde`'s derive did: names, renames, older spellings, defaults, unknown keys, and the
//! same errors for a missing, duplicated or mistyped field. What it no longer reads is a
//! struct written as a JSON array.

use serde_json::{Value, json};
use workos_api::types::{Organization, OrganizationList};

fn organization() -> Value {
    json!({
        "object": "organization",
        "id": "org_1",
        "name": "Acme",
        "domains": [],
        "created_at": "2024-01-02T03:04:05.000Z",
        "updated_at": "2024-01-02T03:04:05.000Z",
    })
}

fn error_of(json: &str) -> String {
    serde_json::from_str::<Organization>(json).expect_err("the JSON does not fit").to_string()
}

#[test]
fn every_field_is_read_and_unknown_keys_are_skipped() {
    let mut json = organization();
    json["external_id"] = json!("ext_1");
    json["metadata"] = json!({ "tier": "gold" });
    json["a_key_from_a_later_api"] = json!({ "nested": [1, 2, { "deep": null }] });
    let org: Organization = serde_json::from_value(json).unwrap();
    assert_eq!((org.id.as_str(), org.name.as_str()), ("org_1", "Acme"));
    assert_eq!(org.external_id.as_deref(), Some("ext_1"));
    assert_eq!(org.metadata.get("tier").map(String::as_str), Some("gold"));
    assert_eq!(org.created_at.to_rfc3339(), "2024-01-02T03:04:05+00:00");
    // Absent options are `None`; a `null` collection is empty.
    assert_eq!(org.stripe_customer_id, None);
    assert_eq!(org.allow_profiles_outside_organization, None);
    let mut json = organization();
    json["domains"] = Value::Null;
    assert!(serde_json::from_value::<Organization>(json).unwrap().domains.is_empty());
}

#[test]
fn keys_are_matched_whatever_the_reader_hands_over() {
    // An escaped key reaches the lookup as a copied string, not a borrowed one.
    let json = r#"{"object":"organization","id":"org_1","n\u0061me":"Acme","domains":[],
        "created_at":"2024-01-02T03:04:05Z","updated_at":"2024-01-02T03:04:05Z"}"#;
    assert_eq!(serde_json::from_str::<Organization>(json).unwrap().name, "Acme");
    // From bytes, from text and from a `Value` alike.
    let text = organization().to_string();
    let from_slice: Organization = serde_json::from_slice(text.as_bytes()).unwrap();
    let from_value: Organization = serde_json::from_value(organization()).unwrap();
    assert_eq!(from_slice.id, from_value.id);
}

#[test]
fn an_older_spelling_reads_as_its_field() {
    let page = |keys: &[&str]| {
        let mut json = json!({ "object": "list", "data": [organization()] });
        for key in keys {
            json[*key] = json!({ "before": null, "after": format!("from {key}") });
        }
        serde_json::from_value::<OrganizationList>(json).unwrap().list_metadata.and_then(|m| m.after)
    };
    assert_eq!(page(&["list_metadata"]).as_deref(), Some("from list_metadata"));
    assert_eq!(page(&["listMetadata"]).as_deref(), Some("from listMetadata"));
    assert_eq!(page(&["listMetadata", "list_metadata"]).as_deref(), Some("from list_metadata"));
}

#[test]
fn errors_name_the_field_as_the_derive_did() {
    let mut json = organization();
    json.as_object_mut().unwrap().remove("id");
    let error = error_of(&json.to_string());
    assert!(error.starts_with("missing field `id`"), "{error}");

    let mut json = organization();
    json.as_object_mut().unwrap().remove("created_at");
    let error = error_of(&json.to_string());
    assert!(error.starts_with("missing field `created_at`"), "{error}");

    // Of several missing fields, the first in the struct's order is named.
    let mut json = organization();
    for key in ["name", "updated_at", "id"] {
        json.as_object_mut().unwrap().remove(key);
    }
    let error = error_of(&json.to_string());
    assert!(error.starts_with("missing field `id`"), "{error}");

    let text = organization().to_string();
    let twice = format!(r#"{{"name":"Other",{}"#, &text[1..]);
    let error = error_of(&twice);
    assert!(error.starts_with("duplicate field `name`"), "{error}");

    let error = error_of(r#""org_1""#);
    assert!(error.contains("expected struct Organization"), "{error}");

    let mut json = organization();
    json["name"] = json!(7);
    let error = error_of(&json.to_string());
    assert!(error.starts_with("invalid type: integer `7`, expected a string"), "{error}");
}

#[test]
fn a_struct_is_not_read_from_an_array() {
    // `serde`'s derive took the fields in declaration order from an array; no WorkOS answer
    // is written so, and the written impl asks for an object only.
    let error = error_of("[]");
    assert!(error.contains("invalid type: sequence, expected struct Organization"), "{error}");
}
