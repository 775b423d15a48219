//! Typed events: every event type the spec maps to a component parses into its own variant,
//! from a webhook body and from the event stream; an event type we do not know keeps its
//! name and raw data; a known one with data that does not fit is a decode error.

use std::collections::BTreeSet;
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};
use workos::ErrorKind;
use workos::event::{Event, EventData};
use workos::signatures::WebhookVerifier;

/// The event types of the committed spec (the `Event` schema's `x-workos` object): event
/// type → component of its `data`.
fn mapping() -> Vec<(String, String)> {
    use workos_spec_extensions::{Component, Extension};
    let spec: Value = serde_json::from_str(include_str!("../../../spec/openapi.json")).unwrap();
    let events = Component::read(&spec["components"]["schemas"]["Event"]).unwrap().events;
    events.into_iter().map(|(name, event)| (name, event.data)).collect()
}

fn webhook(name: &str, data: Value) -> Value {
    json!({
        "object": "event",
        "id": "event_1",
        "event": name,
        "data": data,
        "created_at": "2026-01-01T00:00:00.000Z",
    })
}

fn now_ms() -> u128 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_millis()
}

#[test]
fn every_event_type_of_the_spec_has_a_variant() {
    let mapping = mapping();
    assert!(!mapping.is_empty(), "the spec maps no event type");
    let mapped: BTreeSet<&str> = mapping.iter().map(|(name, _)| name.as_str()).collect();
    let typed: BTreeSet<&str> = workos::event::EVENT_TYPES.iter().copied().collect();
    assert_eq!(typed.len(), workos::event::EVENT_TYPES.len(), "an event type has two variants");
    assert_eq!(mapped, typed, "the SDK's variants and the spec's event types differ");
}

#[test]
fn every_event_type_parses_into_its_own_variant() {
    let mut failures = Vec::new();
    for (name, component) in mapping() {
        let data = workos_test_server::example_json(&component)
            .unwrap_or_else(|| panic!("`{component}` of `{name}` is not a component"));
        let body = webhook(&name, data).to_string();

        // As a webhook delivers it.
        match Event::from_slice(body.as_bytes()) {
            Ok(event) if matches!(event.data, EventData::Unknown { .. }) => {
                failures.push(format!("{name}: parsed as Unknown"))
            }
            Ok(event) if event.name() != name => failures.push(format!("{name}: parsed as {}", event.name())),
            Ok(event) => assert_eq!(event.id, "event_1"),
            Err(error) => failures.push(format!("{name} ({component}): {error}")),
        }

        // As the event stream lists it.
        let listed: workos::types::Event = serde_json::from_str(&body).unwrap();
        match Event::try_from(listed) {
            Ok(event) if matches!(event.data, EventData::Unknown { .. }) || event.name() != name => {
                failures.push(format!("{name} from the event stream: parsed as {}", event.name()))
            }
            Ok(event) => assert_eq!(event.created_at.as_deref(), Some("2026-01-01T00:00:00.000Z")),
            Err(error) => failures.push(format!("{name} ({component}) from the event stream: {error}")),
        }
    }
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn the_variant_carries_the_typed_data() {
    let membership = json!({
        "directory_id": "directory_1",
        "user": workos_test_server::example_json("DirectoryUser").unwrap(),
        "group": workos_test_server::example_json("DirectoryGroup").unwrap(),
    });
    let body = webhook("dsync.group.user_added", membership).to_string();
    match Event::from_slice(body.as_bytes()).unwrap().data {
        EventData::DsyncGroupUserAdded(added) => {
            assert_eq!(added.directory_id.as_deref(), Some("directory_1"));
            assert!(added.user.id.starts_with("directory_user_"), "{}", added.user.id);
            assert!(added.group.id.starts_with("directory_group_"), "{}", added.group.id);
        }
        other => panic!("dsync.group.user_added parsed as {}", other.name()),
    }
}

#[test]
fn an_unknown_event_type_keeps_its_name_and_raw_data() {
    let data = json!({ "id": "thing_1", "nested": { "list": [1, "two", null] } });
    let body = webhook("thing.happened_in_the_future", data.clone()).to_string();
    let event = Event::from_slice(body.as_bytes()).unwrap();
    assert_eq!(event.name(), "thing.happened_in_the_future");
    match event.data {
        EventData::Unknown { event, data: kept } => {
            assert_eq!(event, "thing.happened_in_the_future");
            assert_eq!(kept, data);
        }
        other => panic!("parsed as {}", other.name()),
    }
}

#[test]
fn a_known_event_type_with_data_that_does_not_fit_is_a_decode_error() {
    let mut user = workos_test_server::example_json("User").unwrap();
    user["created_at"] = json!("not a time");
    let body = webhook("user.created", user.clone()).to_string();
    let error = Event::from_slice(body.as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    let decode = error.as_decode().unwrap();
    assert_eq!(decode.event(), Some("user.created"));
    assert_eq!(decode.path(), "data.created_at");
    assert!(error.to_string().contains("user.created"), "{error}");

    // The same from the event stream.
    let listed: workos::types::Event = serde_json::from_str(&body).unwrap();
    let error = Event::try_from(listed).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert_eq!(error.as_decode().unwrap().event(), Some("user.created"));
    assert_eq!(error.as_decode().unwrap().path(), "data.created_at");

    // A missing identity field fails too.
    user.as_object_mut().unwrap().remove("id");
    let body = webhook("user.updated", user).to_string();
    let error = Event::from_slice(body.as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert_eq!(error.as_decode().unwrap().event(), Some("user.updated"));
}

#[test]
fn event_data_of_tiny_values_is_refused_within_its_budget() {
    // A directory user whose raw attributes hold 300 000 empty arrays: 900 KB of JSON that
    // would build about 20 MB.
    let tiny = vec![json!([]); 300_000];
    let mut user = workos_test_server::example_json("DirectoryUser").unwrap();
    user["raw_attributes"] = json!({ "groups": tiny });
    let body = webhook("dsync.user.created", user).to_string();
    let error = Event::from_slice(body.as_bytes()).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ResponseTooLarge, "{error}");

    // The same from the event stream, and for an event type without a variant.
    let listed: workos::types::Event = serde_json::from_str(&body).unwrap();
    assert_eq!(Event::try_from(listed).unwrap_err().kind(), ErrorKind::ResponseTooLarge);
    let body = webhook("thing.happened_in_the_future", json!({ "tiny": tiny })).to_string();
    let listed: workos::types::Event = serde_json::from_str(&body).unwrap();
    assert_eq!(Event::try_from(listed).unwrap_err().kind(), ErrorKind::ResponseTooLarge);

    // Raw attributes as dense as real ones get decode: 5 000 of them, 230 KB.
    let attributes: serde_json::Map<String, Value> =
        (0..5_000).map(|i| (format!("urn:example:attribute_{i}"), json!(format!("value {i}")))).collect();
    let mut user = workos_test_server::example_json("DirectoryUser").unwrap();
    user["raw_attributes"] = Value::Object(attributes);
    let body = webhook("dsync.user.created", user).to_string();
    match Event::from_slice(body.as_bytes()).unwrap().data {
        EventData::DsyncUserCreated(user) => assert_eq!(user.raw_attributes.len(), 5_000),
        other => panic!("parsed as {}", other.name()),
    }
}

#[test]
fn a_signed_webhook_becomes_a_typed_event_and_a_tampered_one_is_refused() {
    let verifier = WebhookVerifier::new("whsec_typed_events").unwrap();
    let body = webhook("organization.created", workos_test_server::example_json("Organization").unwrap())
        .to_string();
    let header = verifier.sign(body.as_bytes(), now_ms());

    let event = verifier.construct_event(body.as_bytes(), &header).unwrap();
    match &event.data {
        EventData::OrganizationCreated(organization) => assert!(organization.id.starts_with("org_")),
        other => panic!("organization.created parsed as {}", other.name()),
    }

    let tampered = body.replace("organization.created", "organization.deleted");
    assert_ne!(tampered, body);
    let error = verifier.construct_event(tampered.as_bytes(), &header).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidSignature);
    assert_eq!(error.rejection(), Some(workos::Rejection::SignatureMismatch));
}
