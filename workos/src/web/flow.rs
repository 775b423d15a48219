//! The sign-in flow cookie: what `sign_in` hands the callback through the browser (the
//! `state`, the PKCE verifier, where to return), sealed like the session and valid for
//! [`FLOW_MAX_AGE`] only, and the check of the path to return to.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::signin::session::SessionCookies;
use crate::{Result, Secret};

/// The name of the flow cookie.
pub const FLOW_COOKIE: &str = "wos-auth-flow";

/// How long a started sign-in may take before its callback is refused.
pub const FLOW_MAX_AGE: Duration = Duration::from_secs(10 * 60);

/// A started sign-in.
#[derive(Serialize, Deserialize)]
pub(crate) struct Flow {
    pub state: String,
    pub code_verifier: String,
    pub return_to: String,
    /// Seconds since the epoch; checked here, since the cookie's `Max-Age` is the browser's to
    /// keep.
    pub expires_at: u64,
}

fn now() -> u64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_secs())
}

impl Flow {
    pub(crate) fn new(state: String, code_verifier: String, return_to: String) -> Flow {
        Flow { state, code_verifier, return_to, expires_at: now() + FLOW_MAX_AGE.as_secs() }
    }

    pub(crate) fn seal(&self, cookies: &SessionCookies) -> Result<Secret> {
        cookies.seal_json(&serde_json::to_value(self).expect("a flow serializes"))
    }

    /// The flow a cookie holds, if it opens, is one of ours and has not expired.
    pub(crate) fn open(cookies: &SessionCookies, sealed: &str) -> Option<Flow> {
        let flow: Flow = serde_json::from_value(cookies.unseal_json(sealed).ok()?).ok()?;
        (flow.expires_at > now()).then_some(flow)
    }
}

/// `path` when it is a path of this app (`/account?tab=2`), so that a link cannot send the
/// browser elsewhere after sign-in (`//evil.example`, `https://...`, `/\evil`).
pub(crate) fn local_path(path: &str) -> Option<&str> {
    let local = path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && !path.chars().any(|c| c.is_control() || c == '\\');
    local.then_some(path)
}

#[cfg(test)]
mod tests {
    use super::local_path;

    #[test]
    fn only_local_paths_are_returned_to() {
        assert_eq!(local_path("/account?tab=2"), Some("/account?tab=2"));
        assert_eq!(local_path("/"), Some("/"));
        for hostile in ["//evil.example", "https://evil.example", "/\\evil.example", "evil", "", "/a\r\nb"] {
            assert_eq!(local_path(hostile), None, "{hostile:?}");
        }
    }
}
