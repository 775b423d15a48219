//! The answers of list operations: a page over the seeded objects (as many as a test seeded,
//! [`DEFAULT_LIST_SIZE`] otherwise) followed by those created through the API.

use serde_json::{Map, Value, json};

use super::example;
use super::objects::concrete_path;
use super::pages;
use super::spec::Route;
use super::state::State;

/// How many objects each list holds until a test seeds it otherwise.
pub const DEFAULT_LIST_SIZE: usize = 25;

/// A page of the list operation: seeded objects plus those created through the API.
pub(crate) fn list(
    state: &State,
    route: &Route,
    params: &[(String, String)],
    query: &[(String, String)],
    schema: &Value,
) -> Value {
    let spec = &state.spec;
    let page_schema = spec.resolve(schema).into_owned();
    let item_schema = page_schema["properties"]["data"]["items"].clone();
    let item = spec.resolve(&item_schema).into_owned();
    let kind = item["properties"]["object"]
        .as_object()
        .map(|o| spec.resolve(&Value::Object(o.clone()))["enum"][0].as_str().unwrap_or_default().to_owned());
    let prefix = example::prefix_for_object(kind.as_deref().unwrap_or("obj"));
    let size = state.list_sizes.lock().unwrap().get(&route.id).copied().unwrap_or(DEFAULT_LIST_SIZE);
    let created =
        state.created.lock().unwrap().get(&concrete_path(route, params)).cloned().unwrap_or_default();

    let mut ids: Vec<String> = (1..=size as u64).map(|seed| example::id(&prefix, seed)).collect();
    ids.extend(created.iter().map(|c| c["id"].as_str().unwrap_or_default().to_owned()));
    let slice = pages::page(&ids, &pages::PageRequest::from_query(query));
    let data: Vec<Value> = slice
        .indexes
        .iter()
        .map(|&i| {
            if i < size {
                example::generate(spec, &item_schema, i as u64 + 1, "")
            } else {
                created[i - size].clone()
            }
        })
        .collect();
    let mut page = Map::new();
    page.insert("object".into(), json!("list"));
    page.insert("data".into(), Value::Array(data));
    page.insert("list_metadata".into(), json!({ "before": slice.before, "after": slice.after }));
    Value::Object(page)
}
