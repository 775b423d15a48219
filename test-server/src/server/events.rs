//! The event stream the server acts out: an event log that writes and seeds append to
//! (creating an organization appends `organization.created` with it, seeding directory
//! users appends `dsync.user.created` for each), that tests append to, and that
//! `GET /events` pages over with its filters (`events`, `organization_id`, `range_start`,
//! `range_end`) and the API's default order (newest first). Each event's `data` is of the
//! component its event type names in the spec. New events also go to the webhook targets
//! (`webhooks.rs`); the log itself is `event_log.rs`.

use std::collections::BTreeMap;

use http::Method;
use serde_json::{Map, Value, json};
use workos_spec_extensions::{Component, Extension};

use super::answer::Answer;
use super::example;
use super::pages;
use super::spec::{Route, Spec};
use super::state::State;

/// The writes that append an event, with the event type they append (their answer is its
/// data). Deletions that answer no body append the deleted object as it was stored.
const WRITES: &[(&str, &str)] = &[
    ("create_organization", "organization.created"),
    ("update_organization", "organization.updated"),
    ("delete_organization", "organization.deleted"),
    ("create_organization_domain", "organization_domain.created"),
    ("create_organization_membership", "organization_membership.created"),
    ("update_organization_membership", "organization_membership.updated"),
    ("delete_organization_membership", "organization_membership.deleted"),
    ("create_user", "user.created"),
    ("update_user", "user.updated"),
    ("delete_user", "user.deleted"),
    ("send_invitation", "invitation.created"),
    ("create_group", "group.created"),
    ("update_group", "group.updated"),
    ("create_permission", "permission.created"),
    ("create_role", "role.created"),
];

/// The event types of the spec, with the component each one's `data` holds.
pub(crate) fn event_types(spec: &Spec) -> BTreeMap<String, String> {
    Component::read(&spec.doc["components"]["schemas"]["Event"])
        .map(|component| component.events.into_iter().map(|(name, kind)| (name, kind.data)).collect())
        .unwrap_or_default()
}

/// A generated `data` for `event_type`: an object of its component, the `seed`th.
pub(crate) fn example_data(spec: &Spec, event_type: &str, seed: u64) -> Option<Value> {
    let component = event_types(spec).remove(event_type)?;
    Some(example::generate(spec, &json!({ "$ref": format!("#/components/schemas/{component}") }), seed, ""))
}

/// Appends an event of `event_type` with `data`, and hands it to the webhook targets.
pub(crate) fn append(state: &State, event_type: &str, data: Value) -> Value {
    let event = state.events.lock().unwrap().push(event_type, data);
    state.webhooks.lock().unwrap().deliver(&event);
    event
}

/// The event a write appends, if it appends one: its answer (or, for a deletion without one,
/// the object it deleted) as the data.
pub(crate) fn after_write(state: &State, route: &Route, method: &Method, answer: Option<&Value>) {
    if method == Method::GET {
        return;
    }
    if let Some((_, event_type)) = WRITES.iter().find(|(op, _)| *op == route.id)
        && let Some(Value::Object(fields)) = answer
    {
        // An object of the event's component, with what the write answered (a deletion
        // that answered nothing and stored nothing gives only its id).
        let seed = state.counter.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut data = example_data(&state.spec, event_type, seed).unwrap_or_else(|| json!({}));
        for (name, value) in fields {
            data[name.as_str()] = value.clone();
        }
        append(state, event_type, data);
    }
}

/// The events a seeded list appends: `<object>.created` for each of its `count` objects, when
/// exactly one event type of that kind carries the list's objects.
pub(crate) fn after_seed(state: &State, operation: &str, count: usize) {
    let spec = &state.spec;
    let Some(route) = spec.routes.iter().find(|r| r.id == operation && r.extension.list) else { return };
    let Some(schema) = route.success().1 else { return };
    let page = spec.resolve(schema).into_owned();
    let item_schema = page["properties"]["data"]["items"].clone();
    let Some(component) = item_schema["$ref"].as_str().and_then(|r| r.rsplit('/').next()) else { return };
    // The same component, or another of the same kind of object (a directory's own view of
    // its users is a `directory_user` too).
    let kind = object_kind(spec, component);
    let created: Vec<String> = event_types(spec)
        .into_iter()
        .filter(|(name, data)| {
            name.ends_with(".created")
                && (data == component || (kind.is_some() && object_kind(spec, data) == kind))
        })
        .map(|(name, _)| name)
        .collect();
    let [event_type] = created.as_slice() else { return };
    for seed in 1..=count as u64 {
        // The objects the list answers (its `seed`th object is generated from `seed`: the same
        // id), as the event type's component has them.
        let Some(data) = example_data(spec, event_type, seed) else { return };
        append(state, event_type, data);
    }
}

/// The `object` a component's objects carry (`directory_user`), when it is a constant.
fn object_kind(spec: &Spec, component: &str) -> Option<String> {
    let schema = spec.resolve(&json!({ "$ref": format!("#/components/schemas/{component}") })).into_owned();
    let object = spec.resolve(&schema["properties"]["object"]).into_owned();
    object["const"].as_str().or_else(|| object["enum"][0].as_str()).map(str::to_owned)
}

/// The organization an event belongs to: its data's `organization_id`, or its id when the
/// data is an organization.
fn organization_of(event: &Value) -> Option<&str> {
    let data = &event["data"];
    data["organization_id"]
        .as_str()
        .or_else(|| (data["object"] == "organization").then(|| data["id"].as_str())?)
}

/// `GET /events`: a page of the log, filtered.
pub(crate) fn list(state: &State, query: &[(String, String)]) -> Result<Value, Answer> {
    let get = |name: &str| query.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
    let types: Option<Vec<&str>> =
        get("events").map(|list| list.split(',').filter(|t| !t.is_empty()).collect());
    let organization = get("organization_id");
    let bound = |name: &str| -> Result<Option<i64>, Answer> {
        match get(name) {
            None => Ok(None),
            Some(text) => parse_millis(text).map(Some).ok_or_else(|| {
                Answer::error(
                    422,
                    "invalid_request_parameters",
                    &format!("`{name}` is not an ISO-8601 date-time"),
                )
            }),
        }
    };
    let (start, end) = (bound("range_start")?, bound("range_end")?);

    let log = state.events.lock().unwrap();
    let matching: Vec<&Value> = log
        .all()
        .iter()
        .filter(|event| {
            let at = event["created_at"].as_str().and_then(parse_millis).unwrap_or(0);
            types.as_ref().is_none_or(|types| types.contains(&event["event"].as_str().unwrap_or_default()))
                && organization.is_none_or(|org| organization_of(event) == Some(org))
                && start.is_none_or(|start| at >= start)
                && end.is_none_or(|end| at < end)
        })
        .collect();
    let ids: Vec<String> = matching.iter().map(|e| e["id"].as_str().unwrap_or_default().to_owned()).collect();
    let slice = pages::page(&ids, &pages::PageRequest::from_query(query));
    let data: Vec<Value> = slice.indexes.iter().map(|&i| matching[i].clone()).collect();
    let mut page = Map::new();
    page.insert("object".into(), json!("list"));
    page.insert("data".into(), Value::Array(data));
    page.insert("list_metadata".into(), json!({ "before": slice.before, "after": slice.after }));
    Ok(Value::Object(page))
}

/// Milliseconds since the Unix epoch of an RFC 3339 / ISO 8601 date-time
/// (`2026-01-01T00:00:00Z`, with fractions and offsets), or of a plain date.
pub(crate) fn parse_millis(text: &str) -> Option<i64> {
    let number = |s: &str| -> Option<i64> {
        (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse().ok())?
    };
    let (date, time) = match text.split_once(['T', 't', ' ']) {
        Some((date, time)) => (date, time),
        None => (text, "00:00:00Z"),
    };
    let mut parts = date.splitn(3, '-');
    let (year, month, day) = (number(parts.next()?)?, number(parts.next()?)?, number(parts.next()?)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return None;
    }
    let (clock, offset_minutes) = if let Some(clock) = time.strip_suffix(['Z', 'z']) {
        (clock, 0)
    } else if let Some(at) = time.rfind(['+', '-']) {
        let (clock, offset) = time.split_at(at);
        let sign = if offset.starts_with('-') { -1 } else { 1 };
        let digits: String = offset[1..].chars().filter(|c| *c != ':').collect();
        let (hours, minutes) =
            (number(digits.get(..2)?)?, number(digits.get(2..).filter(|m| !m.is_empty()).unwrap_or("00"))?);
        (clock, sign * (hours * 60 + minutes))
    } else {
        (time, 0)
    };
    let (clock, fraction) = clock.split_once(['.', ',']).unwrap_or((clock, ""));
    let mut hms = clock.splitn(3, ':');
    let (hour, minute) = (number(hms.next()?)?, number(hms.next()?)?);
    let second = hms.next().map_or(Some(0), number)?;
    let millis = if fraction.is_empty() { 0 } else { number(&format!("{fraction:0<3}")[..3])? };
    let days = days_from_civil(year, month as u32, day as u32);
    Some(((days * 86_400 + hour * 3600 + minute * 60 + second - offset_minutes * 60) * 1000) + millis)
}

/// Days since 1970-01-01 of a calendar date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let yoe = year.rem_euclid(400);
    let mp = i64::from((month + 9) % 12);
    let doy = (153 * mp + 2) / 5 + i64::from(day) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_the_api_s_date_times() {
        assert_eq!(parse_millis("1970-01-01T00:00:00Z"), Some(0));
        assert_eq!(parse_millis("1970-01-01T00:00:01.5Z"), Some(1500));
        assert_eq!(parse_millis("1970-01-01T01:00:00+01:00"), Some(0));
        assert_eq!(parse_millis("1970-01-02"), Some(86_400_000));
        assert_eq!(parse_millis(&example::timestamp_millis(1_767_225_600_123)), Some(1_767_225_600_123));
        assert_eq!(parse_millis("yesterday"), None);
    }
}
