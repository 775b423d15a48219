//! The AuthKit sessions a server signed in, kept by refresh token so that refreshing one
//! continues it (`tokens.rs` issues and continues them), and the authorization codes waiting
//! for their exchange (`codes.rs` issues and checks them).

use std::collections::HashMap;

use serde_json::Value;

/// A session the server signed in: what a refresh token continues.
#[derive(Clone)]
pub(crate) struct IssuedSession {
    pub session_id: String,
    pub user: Value,
    pub organization_id: Option<Value>,
}

/// Sessions by their current refresh token; a refresh token is used once, as at WorkOS.
pub(crate) type Sessions = HashMap<String, IssuedSession>;

/// An authorization code waiting for its exchange.
pub(crate) struct IssuedCode {
    /// Orders codes by age.
    pub number: u64,
    /// The `code_challenge` of the authorize request, when it had one (`S256` only).
    pub challenge: Option<String>,
}

/// Codes by value.
pub(crate) type Codes = HashMap<String, IssuedCode>;
