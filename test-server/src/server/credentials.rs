//! Credentials: which requests lack the API key or access token their operation needs. They
//! are checked before the body is read.

use http::HeaderMap;

use super::answer::Answer;
use super::spec::Route;
use super::state::State;

fn bearer(headers: &HeaderMap) -> Option<&str> {
    headers.get(http::header::AUTHORIZATION)?.to_str().ok()?.strip_prefix("Bearer ").map(str::trim)
}

/// The `401` for a request to `route` without the key or access token it needs, if so.
pub(crate) fn refuse_credentials(state: &State, route: &Route, headers: &HeaderMap) -> Option<Answer> {
    if route.needs_key() {
        match bearer(headers) {
            None => {
                return Some(Answer::error(
                    401,
                    "unauthorized",
                    "no API key: send `Authorization: Bearer sk_...`",
                ));
            }
            Some(key) if !state.api_keys.lock().unwrap().iter().any(|k| k == key) => {
                return Some(Answer::error(401, "unauthorized", "the API key is not valid"));
            }
            Some(_) => {}
        }
    }
    if route.needs_access_token() && bearer(headers).is_none_or(str::is_empty) {
        return Some(Answer::error(
            401,
            "unauthorized",
            "no access token: send `Authorization: Bearer <token>`",
        ));
    }
    None
}
