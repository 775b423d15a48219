//! Browser redirects (the operations the spec marks as such: SSO's and AuthKit's authorize
//! and logout URLs), answered `302` to where the request said, with a fresh code (`codes.rs`).

use super::answer::Answer;
use super::codes;
use super::state::State;

/// Browser redirects send the browser back where the request said, as the API would.
pub(crate) fn redirect(query: &[(String, String)], state: &State) -> Answer {
    let get = |name: &str| query.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
    let target = match (get("redirect_uri"), get("return_to")) {
        (Some(uri), _) => {
            let code = codes::issue(state, get("code_challenge"));
            let mut url = match url::Url::parse(uri) {
                Ok(url) => url,
                Err(_) => return Answer::error(422, "invalid_redirect_uri", "`redirect_uri` is not a URL"),
            };
            url.query_pairs_mut().append_pair("code", &code);
            if let Some(state) = get("state") {
                url.query_pairs_mut().append_pair("state", state);
            }
            url.to_string()
        }
        (None, Some(return_to)) => return_to.to_owned(),
        (None, None) => return Answer { status: 200, body: None, headers: Vec::new() },
    };
    Answer { status: 302, body: None, headers: vec![("location".into(), target)] }
}
