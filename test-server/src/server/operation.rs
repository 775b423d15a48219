//! The normal answer to a routed request, once its credentials are checked: its path, query
//! and body checked against the operation, then a redirect, a list page, an operation's own
//! behaviour or an object, as the operation is.

use bytes::Bytes;
use http::{HeaderMap, Method};

use super::answer::Answer;
use super::behaviours;
use super::body::read_body;
use super::events;
use super::lists::list;
use super::objects::{forget, object_answer};
use super::redirect::redirect;
use super::spec::Route;
use super::state::State;
use super::validate::{self, Problem};

/// The normal answer to a routed request, once its credentials are checked.
pub(crate) fn answer(
    state: &State,
    route: &Route,
    params: &[(String, String)],
    method: &Method,
    headers: &HeaderMap,
    query: &[(String, String)],
    body: &Bytes,
) -> Answer {
    let spec = &state.spec;
    for (name, value) in params {
        if value.is_empty() || value == "." || value == ".." {
            return Answer::problem(&Problem {
                field: name.clone(),
                message: format!("`{name}` is not a valid id"),
            });
        }
    }
    if let Err(problem) =
        validate::path(spec, route, params).and_then(|()| validate::query(spec, route, query))
    {
        return Answer::problem(&problem);
    }
    let request_body = match read_body(spec, route, headers, body) {
        Ok(value) => value,
        Err(answer) => return answer,
    };
    if let Some((name, _)) = params.iter().find(|(_, v)| v.starts_with("missing") || v.ends_with("_missing"))
    {
        return Answer::error(404, "entity_not_found", &format!("no object has this `{name}`"));
    }
    if route.extension.redirect {
        return redirect(query, state);
    }

    let (status, schema) = route.success();
    let Some(schema) = schema else {
        let forgotten = forget(state, route, method, params);
        events::after_write(state, route, method, forgotten.as_ref());
        return Answer { status, body: None, headers: Vec::new() };
    };
    let value = if route.id == "list_events" {
        match events::list(state, query) {
            Ok(page) => page,
            Err(answer) => return answer,
        }
    } else if route.extension.list {
        list(state, route, params, query, schema)
    } else if let Some(instead) = behaviours::answer_instead(route, request_body.as_ref()) {
        match instead {
            Ok(value) => value,
            Err(answer) => return answer,
        }
    } else {
        let mut value = object_answer(state, route, method, params, request_body.as_ref(), schema);
        if let Err(refused) = behaviours::complete(state, route, request_body.as_ref(), &mut value) {
            return refused;
        }
        events::after_write(state, route, method, Some(&value));
        value
    };
    Answer::json(status, &value)
}
