//! `workos-api`: the low-level WorkOS client.
//!
//! `generated.rs` is written by `cargo xtask generate` from `spec/openapi.json` and is never
//! edited by hand. This file holds what must live beside the generated [`Client`]: the
//! [`Hooks`] every request passes through (API key, user agent, the check that the path sent
//! is the operation's), the path-segment encoder, the bounded body reader and the budgeted
//! JSON decoder ([`decode_json`]) the generated methods call, the [`Secret`] type generated
//! types use for credentials, the [`timestamp`] reader their date-time fields use, what the
//! generated structs' written `Deserialize` and `Serialize` impls share (`de`, `ser`), and the small traits that let
//! one paginator in the `workos` crate walk every list.
//!
//! Most programs use the `workos` crate instead, which wraps this client with errors,
//! retries and pagination.

#![deny(missing_docs)]
// docs.rs (`--cfg docsrs`, nightly) marks each item with the cargo features it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]

#[rustfmt::skip]
// A build with only some areas (cargo features) leaves some of its imports and helpers unused.
// Its own uses of the fields WorkOS deprecated (derives, setters) are not the callers' uses.
#[allow(missing_docs, missing_debug_implementations, unused_qualifications, deprecated, clippy::all)]
#[cfg_attr(not(feature = "all-areas"), allow(unused_imports, dead_code))]
mod generated;

pub use generated::*;

mod body;
// Used by the generated impls, of which a build with few areas has few.
#[cfg_attr(not(feature = "all-areas"), allow(dead_code))]
mod de;
mod decode;
mod path;
mod raw;
// Used by the generated impls, of which a build with few areas has few.
#[cfg_attr(not(feature = "all-areas"), allow(dead_code))]
mod ser;
pub mod timestamp;

pub use body::{DEFAULT_MAX_RESPONSE_BYTES, ResponseTooLarge, read_body};
pub use decode::{
    DECODED_BYTES_PER_BODY_BYTE, DecodeFailure, DecodedTooLarge, MIN_PAYLOAD_BUDGET, PAYLOAD_BYTES_PER_BYTE,
    PER_VALUE, decode_budget, decode_json, decode_json_str, payload_budget,
};
pub use path::encode_path_segment;
pub use raw::{RAW_OPERATION_ID, send_raw};

use reqwest::header::{AUTHORIZATION, HeaderValue, USER_AGENT};

/// Per-client state read by every request (progenitor's "inner type").
#[derive(Clone)]
pub struct Hooks {
    api_key: Option<HeaderValue>,
    user_agent: HeaderValue,
    max_response_bytes: usize,
}

impl Hooks {
    /// Requests will carry `Authorization: Bearer <api_key>` (when given) and `user_agent`.
    pub fn new(api_key: Option<&Secret>, user_agent: HeaderValue) -> Result<Self, InvalidHeader> {
        let api_key = match api_key {
            None => None,
            Some(key) => {
                let mut value = HeaderValue::try_from(format!("Bearer {}", key.expose()))
                    .map_err(|_| InvalidHeader("the API key"))?;
                value.set_sensitive(true);
                Some(value)
            }
        };
        Ok(Hooks { api_key, user_agent, max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES })
    }

    /// The largest success body a call reads ([`DEFAULT_MAX_RESPONSE_BYTES`] by default); a
    /// longer one fails the call with [`ResponseTooLarge`] instead of filling memory.
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }
}

impl std::fmt::Debug for Hooks {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Hooks")
            .field("api_key", &self.api_key.as_ref().map(|_| "[redacted]"))
            .field("user_agent", &self.user_agent)
            .field("max_response_bytes", &self.max_response_bytes)
            .finish()
    }
}

/// A value that cannot be sent in an HTTP header.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InvalidHeader(pub &'static str);

impl std::fmt::Display for InvalidHeader {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} contains characters an HTTP header cannot carry", self.0)
    }
}

impl std::error::Error for InvalidHeader {}

impl progenitor_client::ClientHooks<Hooks> for Client {
    async fn pre<E>(
        &self,
        request: &mut reqwest::Request,
        info: &progenitor_client::OperationInfo,
    ) -> Result<(), progenitor_client::Error<E>> {
        let hooks: &Hooks = progenitor_client::ClientInfo::inner(self);
        let op = operations::by_id(info.operation_id);
        // The generated methods encode every path parameter into one segment; this makes sure
        // of it on the URL as parsed, whatever produced it, before the key is attached.
        if let Some(op) = op {
            let base = progenitor_client::ClientInfo::baseurl(self);
            if !path::is_sent_to(op.path, base, request.url().path()) {
                return Err(progenitor_client::Error::InvalidRequest(format!(
                    "a path parameter of `{}` would change the path requested",
                    op.id
                )));
            }
        }
        let headers = request.headers_mut();
        headers.insert(USER_AGENT, hooks.user_agent.clone());
        let public = op.is_some_and(|op| op.public);
        if let (Some(key), false) = (&hooks.api_key, public) {
            headers.insert(AUTHORIZATION, key.clone());
        }
        Ok(())
    }
}

/// A credential: an API key, a token, a client secret. Its `Debug` never shows the value,
/// and it has no `Display`, so it cannot end up in a log or an error message by accident.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret(Box<str>);

impl Secret {
    /// Wraps a credential.
    pub fn new(value: impl Into<String>) -> Self {
        Secret(value.into().into_boxed_str())
    }

    /// The credential itself, for the one place that must send or compare it.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for Secret {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Secret([redacted])")
    }
}

impl From<String> for Secret {
    fn from(value: String) -> Self {
        Secret::new(value)
    }
}

impl From<&str> for Secret {
    fn from(value: &str) -> Self {
        Secret::new(value)
    }
}

impl serde::Serialize for Secret {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> serde::Deserialize<'de> for Secret {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(Secret::from)
    }
}

/// What the SDK knows about one operation at run time; see [`operations`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Operation {
    /// The operation id, which is also the name of the generated method.
    pub id: &'static str,
    /// The HTTP method, upper case.
    pub method: &'static str,
    /// The path template, such as `/organizations/{id}`.
    pub path: &'static str,
    /// The API area.
    pub tag: &'static str,
    /// A paginated list.
    pub list: bool,
    /// Honours `Idempotency-Key`: retrying it is safe.
    pub idempotent: bool,
    /// Callable without an API key.
    pub public: bool,
    /// A browser redirect: the SDK builds its URL and never calls it.
    pub redirect: bool,
    /// The rate limit WorkOS publishes for it, if any.
    pub rate_limit: Option<PublishedLimit>,
    /// A narrower limit WorkOS counts it against per subject of the request body (an e-mail
    /// address, a challenge, a user), such as 10 sign-ins a minute per e-mail address. A client
    /// cannot pace it without reading the body, but a `429` on the operation is most likely
    /// about it: about one subject, not about every caller.
    pub subject_limit: Option<PublishedLimit>,
    /// The largest success body read for it, whatever the client's limit, when its answers
    /// are known to be small (the key set: a few KiB).
    pub max_response_bytes: Option<usize>,
}

/// A rate limit WorkOS publishes: at most `limit` requests in any window of `period_ms`
/// milliseconds, shared by the operations of the same `name` (and, for those that have a
/// pacing key, per key).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct PublishedLimit {
    /// The window's name, shared by the operations it counts.
    pub name: &'static str,
    /// Requests allowed in a window.
    pub limit: u32,
    /// The window's length in milliseconds.
    pub period_ms: u64,
}

/// The query parameters of a paginated list: the paginator moves their cursor.
pub trait ListParams {
    /// Sets the cursors of the next request.
    fn set_cursor(&mut self, after: Option<String>, before: Option<String>);
    /// The cursors as they are now: `(after, before)`.
    fn cursor(&self) -> (Option<&str>, Option<&str>);
    /// Asks for the largest page the list allows, unless a page size is already set: a walk
    /// through every page then takes as few requests as it can.
    fn ask_for_full_pages(&mut self) {}
}

/// One page of a paginated list.
pub trait ListPage {
    /// The objects the list holds.
    type Item;
    /// The page's objects and its cursors.
    fn into_parts(self) -> (Vec<Self::Item>, types::ListMetadata);
}

/// A list under a parent (`/organizations/{id}/roles`): the parent's path parameters travel
/// with the query parameters, and the cursor lives in the latter.
impl<P: ListParams> ListParams for (String, P) {
    fn set_cursor(&mut self, after: Option<String>, before: Option<String>) {
        self.1.set_cursor(after, before);
    }

    fn cursor(&self) -> (Option<&str>, Option<&str>) {
        self.1.cursor()
    }

    fn ask_for_full_pages(&mut self) {
        self.1.ask_for_full_pages();
    }
}

/// A list under two levels of parents.
impl<P: ListParams> ListParams for (String, String, P) {
    fn set_cursor(&mut self, after: Option<String>, before: Option<String>) {
        self.2.set_cursor(after, before);
    }

    fn cursor(&self) -> (Option<&str>, Option<&str>) {
        self.2.cursor()
    }

    fn ask_for_full_pages(&mut self) {
        self.2.ask_for_full_pages();
    }
}

/// A list under three levels of parents.
impl<P: ListParams> ListParams for (String, String, String, P) {
    fn set_cursor(&mut self, after: Option<String>, before: Option<String>) {
        self.3.set_cursor(after, before);
    }

    fn cursor(&self) -> (Option<&str>, Option<&str>) {
        self.3.cursor()
    }

    fn ask_for_full_pages(&mut self) {
        self.3.ask_for_full_pages();
    }
}
