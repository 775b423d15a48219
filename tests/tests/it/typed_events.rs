//! Typed events: every event type the spec maps to a component parses into its own variant,
//! from a webhook body and from the event stream; an event type we do not know keeps its
//! name and raw data; a known one with data that does not fit is a decode error.

use std::collections::BTreeSet;
use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};
use workos::ErrorKind;
use workos::events::{Event, EventData};
use workos::webhooks::WebhookVerifier;

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
    let typed: BTreeSet<&str> = workos::events::EVENT_TYPES.iter().copied().collect();
    assert_eq!(typed.len(), workos::events::EVENT_TYPES.len(), "an event type has two variants");
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
        let listed: workos_api::types::Event = serde_json::from_str(&body).unwrap();
        match Event::try_from(listed) {
            Ok(event) if matches!(event.data, EventData::Unknown { .. }) || event.name() != name => {
                failures.push(format!("{name} from the event stream: parsed as {}", event.name()))
            }
            Ok(event) => assert_eq!(
                event.created_at.to_rfc3339_opts(workos::chrono::SecondsFormat::Millis, true),
                "2026-01-01T00:00:00.000Z"
            ),
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

/// The payloads of the second pass of WorkOS's newest SDKs (workos-newer2-changes.md): the
/// event types added since, and the fields the older mapping lost, as WorkOS sends them.
#[test]
fn the_newest_event_types_and_fields_are_typed() {
    use workos::types::{DirectoryEventState, ResourceExportType};
    let parse = |name: &str, data: Value| {
        let event = Event::from_slice(webhook(name, data).to_string().as_bytes()).unwrap();
        assert_eq!(event.name(), name);
        event.data
    };
    let stamp = "2026-01-01T00:00:00.000Z";

    let data = parse(
        "agent.instance.session.created",
        json!({ "object": "agent_instance_session", "id": "agent_instance_session_1", "agent_instance_id": "agent_instance_1",
                "status": "active", "organization_id": "org_1", "permission_slugs": ["docs:read", "docs:write"] }),
    );
    let EventData::AgentInstanceSessionCreated(session) = data else { panic!("{}", data.name()) };
    assert_eq!(session.id, "agent_instance_session_1");
    assert_eq!(session.organization_id.as_deref(), Some("org_1"));
    assert_eq!(session.permission_slugs, ["docs:read", "docs:write"]);

    let data = parse(
        "dsync.activated",
        json!({ "object": "directory", "id": "directory_1", "organization_id": "org_1", "type": "okta scim v2.0",
                "state": "active", "name": "Acme", "external_key": "ext_1", "created_at": stamp, "updated_at": stamp,
                "domains": [{ "object": "organization_domain", "id": "org_domain_1", "domain": "acme.com" }] }),
    );
    let EventData::DsyncActivated(directory) = data else { panic!("{}", data.name()) };
    assert_eq!(directory.state, Some(DirectoryEventState::Active), "the events' own state values");
    assert_eq!(directory.domains[0].domain, "acme.com");

    let account = json!({ "object": "connected_account", "id": "data_installation_1", "user_id": "user_1",
                          "created_at": stamp, "updated_at": stamp,
                          "data_integration_id": "data_integration_1", "provider_slug": "github" });
    let data = parse("pipes.connected_account.connected", account);
    let EventData::PipesConnectedAccountConnected(connected) = data else { panic!("{}", data.name()) };
    assert_eq!(connected.id, "data_installation_1");
    assert_eq!(connected.data_integration_id.as_deref(), Some("data_integration_1"));
    assert_eq!(connected.provider_slug.as_deref(), Some("github"));

    let data = parse(
        "pipes.connected_account.connection_failed",
        json!({ "object": "connection_failed", "data_integration_id": "data_integration_1", "provider_slug": "github",
                "account_identifier": "octocat", "error_code": "authorization_code_exchange_error" }),
    );
    let EventData::PipesConnectedAccountConnectionFailed(failed) = data else { panic!("{}", data.name()) };
    assert_eq!(failed.account_identifier.as_deref(), Some("octocat"));

    for name in [
        "resource_export.created",
        "resource_export.completed",
        "resource_export.downloaded",
        "resource_export.failed",
    ] {
        let data = parse(name, json!({ "id": "resource_export_1", "resource_type": "auditLogEvents" }));
        let resource_type = match data {
            EventData::ResourceExportCreated(export)
            | EventData::ResourceExportCompleted(export)
            | EventData::ResourceExportDownloaded(export)
            | EventData::ResourceExportFailed(export) => export.resource_type,
            other => panic!("{name} parsed as {}", other.name()),
        };
        assert_eq!(resource_type, Some(ResourceExportType::AuditLogEvents), "{name}");
    }

    let data = parse(
        "vault.dek.rekeyed",
        json!({ "key_ids": ["key_1", "key_2"], "key_context": { "organization_id": "org_1" }, "actor_id": "user_1",
                "actor_source": "dashboard", "actor_name": "Ada" }),
    );
    let EventData::VaultDekRekeyed(rekeyed) = data else { panic!("{}", data.name()) };
    assert_eq!(rekeyed.key_ids, ["key_1", "key_2"]);

    let flag = json!({ "object": "feature_flag", "id": "flag_1", "environment_id": "environment_1", "slug": "beta",
                       "name": "Beta", "tags": [], "enabled": true, "default_value": false,
                       "created_at": stamp, "updated_at": stamp });
    for name in ["feature_flags.flag.created", "feature_flags.flag.updated", "feature_flags.flag.deleted"] {
        let (flag, environment) = match parse(name, flag.clone()) {
            EventData::FeatureFlagsFlagCreated(f)
            | EventData::FeatureFlagsFlagUpdated(f)
            | EventData::FeatureFlagsFlagDeleted(f) => (f.slug, f.environment_id),
            other => panic!("{name} parsed as {}", other.name()),
        };
        assert_eq!((flag.as_str(), environment.as_deref()), ("beta", Some("environment_1")), "{name}");
    }
    let rule = json!({ "object": "flag_rule", "id": "flag_rule_1", "flag_id": "flag_1", "flag_slug": "beta",
                       "environment_id": "environment_1", "target_type": "organization", "position": 0,
                       "value_type": "boolean", "value": true, "created_at": stamp, "updated_at": stamp });
    for name in [
        "feature_flags.flag_rule.created",
        "feature_flags.flag_rule.updated",
        "feature_flags.flag_rule.deleted",
    ] {
        match parse(name, rule.clone()) {
            EventData::FeatureFlagsFlagRuleCreated(r)
            | EventData::FeatureFlagsFlagRuleUpdated(r)
            | EventData::FeatureFlagsFlagRuleDeleted(r) => {
                assert_eq!((r.id.as_str(), r.value), ("flag_rule_1", Some(true)), "{name}")
            }
            other => panic!("{name} parsed as {}", other.name()),
        }
    }
    // A membership, then a target of the temporary legacy contract (no rule, its own value).
    let membership = json!({ "object": "flag_target", "id": "flag_target_1", "rule_id": "flag_rule_1", "flag_id": "flag_1",
                             "flag_slug": "beta", "environment_id": "environment_1", "target_type": "organization",
                             "target_id": "org_1", "created_at": stamp, "updated_at": stamp });
    let data = parse("feature_flags.flag_target.created", membership);
    let EventData::FeatureFlagsFlagTargetCreated(target) = data else { panic!("{}", data.name()) };
    assert_eq!((target.rule_id.as_deref(), target.value), (Some("flag_rule_1"), None));
    let legacy = json!({ "object": "flag_target", "id": "flag_target_2", "flag_id": "flag_1", "flag_slug": "beta",
                         "environment_id": "environment_1", "target_type": "user", "target_id": "user_1",
                         "value_type": "boolean", "value": false, "created_at": stamp, "updated_at": stamp });
    let data = parse("feature_flags.flag_target.deleted", legacy);
    let EventData::FeatureFlagsFlagTargetDeleted(target) = data else { panic!("{}", data.name()) };
    assert_eq!((target.rule_id, target.value), (None, Some(false)));
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
    // A webhook's body is a payload handed in, not an answer of WorkOS's.
    let expected = "unexpected event payload at `data.created_at` in a `user.created` event";
    assert_eq!(error.to_string(), expected);
    let malformed = Event::from_slice(b"{\"id\": 5}").unwrap_err();
    assert!(malformed.to_string().starts_with("unexpected event payload at `id`"), "{malformed}");

    // The same from the event stream, which WorkOS answered.
    let listed: workos_api::types::Event = serde_json::from_str(&body).unwrap();
    let error = Event::try_from(listed).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert!(error.to_string().starts_with("unexpected response body at `data.created_at`"), "{error}");
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
    let listed: workos_api::types::Event = serde_json::from_str(&body).unwrap();
    assert_eq!(Event::try_from(listed).unwrap_err().kind(), ErrorKind::ResponseTooLarge);
    let body = webhook("thing.happened_in_the_future", json!({ "tiny": tiny })).to_string();
    let listed: workos_api::types::Event = serde_json::from_str(&body).unwrap();
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

/// A directory mirror applies `dsync.user.updated` as the user it describes: the event's data
/// converts into a `DirectoryUser` (and a group's, an API key's, ... likewise), every field
/// moved, with no trip through JSON.
#[test]
fn an_update_event_converts_into_the_object_it_describes() {
    let user = workos_test_server::example_json("DirectoryUser").unwrap();
    let mut data = user.clone();
    data["previous_attributes"] = json!({ "job_title": "Intern" });
    let event = Event::from_slice(webhook("dsync.user.updated", data).to_string().as_bytes()).unwrap();
    let EventData::DsyncUserUpdated(updated) = event.data else { panic!("parsed as {}", event.data.name()) };
    assert_eq!(updated.previous_attributes["job_title"], "Intern");
    let mirrored: workos::types::DirectoryUser = updated.into();
    let listed: workos::types::DirectoryUser = serde_json::from_value(user).unwrap();
    assert_eq!(serde_json::to_value(&mirrored).unwrap(), serde_json::to_value(&listed).unwrap());

    let group = workos_test_server::example_json("DirectoryGroup").unwrap();
    let mut data = group.clone();
    data["previous_attributes"] = json!({ "name": "Old" });
    let event = Event::from_slice(webhook("dsync.group.updated", data).to_string().as_bytes()).unwrap();
    let EventData::DsyncGroupUpdated(updated) = event.data else { panic!("parsed as {}", event.data.name()) };
    let mirrored = workos::types::DirectoryGroup::from(updated);
    let listed: workos::types::DirectoryGroup = serde_json::from_value(group).unwrap();
    assert_eq!(serde_json::to_value(&mirrored).unwrap(), serde_json::to_value(&listed).unwrap());

    let key = workos_test_server::example_json("ApiKey").unwrap();
    let event = Event::from_slice(webhook("api_key.updated", key.clone()).to_string().as_bytes()).unwrap();
    let EventData::ApiKeyUpdated(updated) = event.data else { panic!("parsed as {}", event.data.name()) };
    let mirrored = workos::types::ApiKey::from(updated);
    assert_eq!(mirrored.id, key["id"].as_str().unwrap());
}
