//! The objects a non-list operation answers: one created through the API when its
//! collection holds it (updated by `PUT`/`PATCH`, removed by `DELETE`), else a generated one
//! that carries the request's ids and fields.

use std::sync::atomic::Ordering;

use http::Method;
use serde_json::Value;

use super::example;
use super::spec::{Route, Spec};
use super::state::State;
use super::validate;

/// A stable seed for an object named by `text` (FNV-1a).
fn seed_of(text: &str) -> u64 {
    text.bytes()
        .fold(0xcbf2_9ce4_8422_2325u64, |hash, byte| (hash ^ u64::from(byte)).wrapping_mul(0x0100_0000_01b3))
        % 1_000_000
}

/// The collection an item route belongs to (`/organizations` for `/organizations/org_1`) and
/// the item's id, or the route's own path for a collection route.
fn collection_of(
    route: &Route,
    params: &[(String, String)],
    path_of: impl Fn() -> String,
) -> (String, Option<String>) {
    let path = path_of();
    if route.template.ends_with('}')
        && let Some((parent, _)) = path.rsplit_once('/')
    {
        return (parent.to_owned(), params.last().map(|(_, v)| v.clone()));
    }
    (path, None)
}

/// The route's path with the request's path parameters in place.
pub(crate) fn concrete_path(route: &Route, params: &[(String, String)]) -> String {
    let mut path = route.template.clone();
    for (name, value) in params {
        path = path.replace(&format!("{{{name}}}"), value);
    }
    path
}

/// A `DELETE` that answers no body removes the created object it names, and returns it as
/// it was stored (or, for an object the server did not store, one that carries its id).
pub(crate) fn forget(
    state: &State,
    route: &Route,
    method: &Method,
    params: &[(String, String)],
) -> Option<Value> {
    if method != Method::DELETE {
        return None;
    }
    let (collection, id) = collection_of(route, params, || concrete_path(route, params));
    let id = id?;
    let mut created = state.created.lock().unwrap();
    let items = created.get_mut(&collection);
    let stored =
        items.as_ref().and_then(|items| items.iter().find(|item| item["id"] == id.as_str()).cloned());
    if let Some(items) = items {
        items.retain(|item| item["id"] != id.as_str());
    }
    stored.or_else(|| Some(serde_json::json!({ "id": id })))
}

/// The answer of a non-list operation: a stored object when the collection has it, else a
/// generated one that carries the request's id and body.
pub(crate) fn object_answer(
    state: &State,
    route: &Route,
    method: &Method,
    params: &[(String, String)],
    body: Option<&Value>,
    schema: &Value,
) -> Value {
    let spec = &state.spec;
    let path = concrete_path(route, params);
    let (collection, item_id) = collection_of(route, params, || path.clone());
    let resolved = spec.resolve(schema).into_owned();
    let has_id = resolved["properties"].get("id").is_some();
    let mut created = state.created.lock().unwrap();

    if let Some(id) = &item_id
        && has_id
        && let Some(stored) =
            created.get_mut(&collection).and_then(|items| items.iter_mut().find(|i| i["id"] == id.as_str()))
    {
        if method == Method::PUT || method == Method::PATCH {
            overlay(spec, &resolved, stored, body);
        }
        if method == Method::DELETE {
            let snapshot = stored.clone();
            if let Some(items) = created.get_mut(&collection) {
                items.retain(|i| i["id"] != id.as_str());
            }
            return snapshot;
        }
        return stored.clone();
    }

    let seed = if method == Method::POST && item_id.is_none() {
        state.counter.fetch_add(1, Ordering::Relaxed)
    } else {
        seed_of(&path)
    };
    let mut value = example::generate(spec, schema, seed, "");
    for (name, param) in params {
        if resolved["properties"].get(name).is_some() {
            value[name.as_str()] = Value::String(param.clone());
        }
    }
    overlay(spec, &resolved, &mut value, body);
    if method == Method::POST && item_id.is_none() && has_id {
        created.entry(collection).or_default().push(value.clone());
    }
    value
}

/// Copies the request's fields into the answer where the answer has a field of that name
/// and type, as the API echoes what it was given.
fn overlay(spec: &Spec, schema: &Value, target: &mut Value, body: Option<&Value>) {
    let Some(Value::Object(fields)) = body else { return };
    for (name, value) in fields {
        if let Some(property) = schema["properties"].get(name)
            && validate::value_against(spec, property, value, name).is_ok()
        {
            target[name.as_str()] = value.clone();
        }
    }
}
