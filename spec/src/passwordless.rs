//! Passwordless sessions: one-time sign-in links sent by e-mail.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::Timestamp;

/// The kinds of passwordless session.
#[derive(JsonSchema)]
pub enum PasswordlessSessionType {
    /// A sign-in link sent by e-mail.
    #[serde(rename = "MagicLink")]
    MagicLink,
}

/// Request body that starts a passwordless session.
#[derive(JsonSchema)]
pub struct CreatePasswordlessSession {
    /// The e-mail address the link is for.
    pub email: String,
    /// The kind of session; `MagicLink` is the only one.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: PasswordlessSessionType,
    /// Where the user lands after following the link.
    pub redirect_uri: Option<String>,
    /// A value passed back unchanged to the redirect URI.
    pub state: Option<String>,
    /// How long the link stays valid, in seconds (900 to 86400).
    #[schemars(range(min = 900, max = 86400))]
    pub expires_in: Option<u32>,
    /// The SSO connection the link signs the user in through, `conn_...`.
    // Sent by WorkOS's Node SDK only (workos-newer2-changes.md C1, medium).
    pub connection: Option<String>,
}

/// A passwordless session: a one-time sign-in link for one e-mail address.
#[derive(JsonSchema)]
pub struct PasswordlessSession {
    /// Always `passwordless_session`.
    #[schemars(extend("const" = "passwordless_session"))]
    pub object: String,
    /// Unique id.
    pub id: String,
    /// The e-mail address the link is for.
    pub email: Option<String>,
    /// When the link stops working.
    pub expires_at: Option<Timestamp>,
    /// The sign-in link; whoever holds it can sign in.
    #[schemars(extend("format" = "password"))]
    pub link: Option<String>,
}

/// The operations on passwordless sessions.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/passwordless/sessions", "create_passwordless_session")
            .sdk("passwordless", "create_session")
            .tag("passwordless")
            .doc("Starts a passwordless session and returns its sign-in link.")
            .details(
                "WorkOS's SDKs call this through hand-written helpers; its status code is inferred. \
                 Send the link yourself, or have WorkOS e-mail it with `send_session`.",
            )
            .json_body::<CreatePasswordlessSession>()
            .returns::<PasswordlessSession>(201),
        Operation::post("/passwordless/sessions/{session_id}/send", "send_passwordless_session")
            .sdk("passwordless", "send_session")
            .tag("passwordless")
            .doc("E-mails the sign-in link of a passwordless session to its address.")
            .details(
                "WorkOS's SDKs call this through hand-written helpers and read no answer; its status \
                 code is inferred.",
            )
            .path_param("session_id", "The passwordless session's id.")
            .empty(200),
    ]
}
