//! `workos-spec-extensions`: what the WorkOS API description says beyond OpenAPI, as types.
//!
//! The description (`spec/openapi.json` in the workos-rs repository) carries one extension
//! object, under [`KEY`] (`x-workos`), wherever it states something OpenAPI has no word for:
//!
//! | where | type | what |
//! |---|---|---|
//! | the document | [`Document`] | the handles of the `workos` crate; the kinds of prefixed id |
//! | an operation | [`Operation`] | its SDK method; list, browser redirect, idempotent; published rate limit and pacing key; what succeeds it, when deprecated |
//! | a component schema | [`Component`] | on `Event`: every event type, its payload's component and what it means; on an event's payload: the component it extends |
//! | any other schema (a property) | [`Property`] | its Rust name, other spellings live answers use, raw JSON, the kind of id it holds; what succeeds it, when deprecated |
//!
//! What OpenAPI already says stays in OpenAPI: a comma-separated query parameter is
//! `style: form, explode: false`, an operation authorized by a user's access token names the
//! [`ACCESS_TOKEN_SCHEME`] security scheme, a public one has no security requirement. The
//! names of those schemes, and of the two widespread enum extensions the description also
//! uses ([`ENUM_VARNAMES`], [`ENUM_DESCRIPTIONS`]), are constants here too, so that every
//! name the description's author and its readers share is spelled once.
//!
//! The description's author (the `workos-spec` crate) writes these types; the code generator
//! and the local test server (`workos-test-server`) read them with [`Extension::read`]. A
//! new fact is one field here. Each type refuses fields it does not know: a description that
//! says something its reader does not understand fails to load, loudly, instead of being read
//! in part.

#![deny(missing_docs)]

use std::collections::BTreeMap;

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

/// The name of the extension object, on the document, an operation or a schema.
pub const KEY: &str = "x-workos";

/// The security scheme of operations that take the secret API key (the document's default).
pub const API_KEY_SCHEME: &str = "bearer";

/// The security scheme of operations authorized by a user's access token instead of the key.
pub const ACCESS_TOKEN_SCHEME: &str = "access_token";

/// The conventional extension of a string enum that names each value's Rust variant, in the
/// order of its `enum` (read by code generators such as openapi-generator too).
pub const ENUM_VARNAMES: &str = "x-enum-varnames";

/// The conventional extension of a string enum that documents each value, in the order of its
/// `enum`.
pub const ENUM_DESCRIPTIONS: &str = "x-enum-descriptions";

/// An extension object: read from, and written into, the JSON object it describes.
pub trait Extension: Serialize + DeserializeOwned + Default + PartialEq {
    /// The extension object of `object` (the document, an operation or a schema, as JSON):
    /// the default when it has none, an error when it has one this type cannot read.
    fn read(object: &Value) -> Result<Self, serde_json::Error> {
        match object.get(KEY) {
            None => Ok(Self::default()),
            Some(value) => Self::deserialize(value),
        }
    }

    /// Writes `self` into `object` under [`KEY`]; the default writes nothing (and removes
    /// what was there), so that objects without facts carry no empty extension.
    fn write(&self, object: &mut Map<String, Value>) {
        if *self == Self::default() {
            object.remove(KEY);
        } else {
            let value = serde_json::to_value(self).expect("an extension object always serializes to JSON");
            object.insert(KEY.to_owned(), value);
        }
    }
}

fn is_false(value: &bool) -> bool {
    !*value
}

/// What the description says about itself: `x-workos` on the document.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Document {
    /// The handles of the `workos` crate (`workos.organizations()`), in the order its
    /// documentation lists them.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub handles: Vec<Handle>,
    /// The kinds of id the API prefixes (`org_...`), each a type of its own in the SDK; a
    /// property or parameter that holds one names it ([`Property::id`]).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ids: Vec<IdKind>,
}

impl Extension for Document {}

/// One handle of the `workos` crate: `workos.<accessor>()` returns a `<module>::<type_name>`,
/// whose methods are the operations that name its accessor ([`SdkMethod::handle`]).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct Handle {
    /// The method of `Workos` that returns the handle.
    pub accessor: String,
    /// The module of the `workos` crate the handle's type is in; it is also the handle's
    /// area (a cargo feature, in kebab case).
    pub module: String,
    /// The handle's type.
    #[serde(rename = "type")]
    pub type_name: String,
    /// What the handle's operations are about, in one line.
    pub doc: String,
    /// The accessors of other handles that offer this handle's methods too, as aliases that
    /// point here: where WorkOS's docs and SDKs group them (AuthKit's sign-in under User
    /// Management).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also_on: Vec<String>,
}

impl Handle {
    /// A handle; see the fields.
    pub fn new(
        accessor: impl Into<String>,
        module: impl Into<String>,
        type_name: impl Into<String>,
        doc: impl Into<String>,
    ) -> Handle {
        Handle {
            accessor: accessor.into(),
            module: module.into(),
            type_name: type_name.into(),
            doc: doc.into(),
            also_on: Vec::new(),
        }
    }
}

/// A kind of id the API prefixes, such as an organization's `org_...`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct IdKind {
    /// The Rust type of such ids (`OrganizationId`).
    #[serde(rename = "type")]
    pub type_name: String,
    /// The prefix every such id starts with, as WorkOS documents it (`org_`).
    pub prefix: String,
    /// What the id names, in a few words (`an organization`).
    pub doc: String,
}

impl IdKind {
    /// Ids of type `type_name`, starting with `prefix`; see the fields.
    pub fn new(type_name: impl Into<String>, prefix: impl Into<String>, doc: impl Into<String>) -> IdKind {
        IdKind { type_name: type_name.into(), prefix: prefix.into(), doc: doc.into() }
    }
}

/// What the description says about an operation beyond OpenAPI: `x-workos` on it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Operation {
    /// Where the `workos` crate offers it; every operation but a browser redirect has one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub sdk: Option<SdkMethod>,
    /// A paginated list: its success is a page (`data` and `list_metadata`) and it takes the
    /// cursor parameters `after` and `before`.
    #[serde(skip_serializing_if = "is_false")]
    pub list: bool,
    /// A browser redirect: a URL the SDK builds for a browser to open, never a call.
    #[serde(skip_serializing_if = "is_false")]
    pub redirect: bool,
    /// Honours `Idempotency-Key`: a retried request with the same key is applied once.
    #[serde(skip_serializing_if = "is_false")]
    pub idempotent: bool,
    /// The rate limit WorkOS publishes for it.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rate_limit: Option<RateLimit>,
    /// The query parameters whose first present value scopes the rate limit (per directory,
    /// for directory users); empty when the limit is counted for the whole environment.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub pacing_key: Vec<String>,
    /// A narrower limit WorkOS counts it against per subject of the request body (an e-mail
    /// address, a challenge, a user), which a client cannot pace without reading the body; a
    /// `429` on the operation is most likely about that one subject.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject_limit: Option<RateLimit>,
    /// The largest success body the SDK reads for it, whatever the client's own limit, when its
    /// answers are known to be small (the key set of access tokens: a few KiB).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub max_response_bytes: Option<u64>,
    /// Deprecated by WorkOS: what to call instead, in one line (the SDK method's
    /// `#[deprecated]` note). The operation is also OpenAPI's `deprecated: true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deprecated: Option<String>,
}

impl Extension for Operation {}

/// How the `workos` crate offers an operation: `workos.<handle>().<method>(...)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct SdkMethod {
    /// The accessor of a [`Handle`] of the [`Document`].
    pub handle: String,
    /// The method's name on that handle.
    pub method: String,
}

impl SdkMethod {
    /// `workos.<handle>().<method>(...)`.
    pub fn new(handle: impl Into<String>, method: impl Into<String>) -> SdkMethod {
        SdkMethod { handle: handle.into(), method: method.into() }
    }
}

/// A limit WorkOS publishes: at most `limit` requests in any window of `period_ms`, counted
/// per `name` (and per pacing key, when the operation has one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct RateLimit {
    /// Operations whose limits share a name share one window.
    pub name: String,
    /// Requests allowed in a window.
    pub limit: u32,
    /// The window, in milliseconds.
    pub period_ms: u64,
}

impl RateLimit {
    /// `limit` requests per `period_ms`, counted under `name`.
    pub fn new(name: impl Into<String>, limit: u32, period_ms: u64) -> RateLimit {
        RateLimit { name: name.into(), limit, period_ms }
    }
}

/// What the description says about a component schema beyond OpenAPI: `x-workos` on it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Component {
    /// On `Event`: every event type the API sends (`user.created`), by name.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub events: BTreeMap<String, EventType>,
    /// The component this one is, with fields of its own beside it (an update event's data:
    /// the object, and its `previous_attributes`): the SDK converts it into that component.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub extends: Option<String>,
}

impl Extension for Component {}

/// One event type.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[non_exhaustive]
pub struct EventType {
    /// The component the event's `data` holds.
    pub data: String,
    /// What the event means, in one line.
    pub doc: String,
}

impl EventType {
    /// An event type whose `data` is the component `data`.
    pub fn new(data: impl Into<String>, doc: impl Into<String>) -> EventType {
        EventType { data: data.into(), doc: doc.into() }
    }
}

/// What the description says about a property (or any schema that is not a component)
/// beyond OpenAPI: `x-workos` on it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
#[non_exhaustive]
pub struct Property {
    /// The Rust name of the field, where the JSON name is not a good one (`kind` for `type`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub rust_name: Option<String>,
    /// Other spellings of the property that live answers use, read as the same field.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The value is kept as JSON text, to be decoded later into a type another field
    /// decides (an event's `data`).
    #[serde(skip_serializing_if = "is_false")]
    pub raw_json: bool,
    /// The string is an id of this kind (an [`IdKind`]'s type, `OrganizationId`), on a
    /// property or on a parameter's schema.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    /// Deprecated by WorkOS: what to read instead, in one line (the field's `#[deprecated]`
    /// note). The schema is also JSON Schema's `deprecated: true`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub deprecated: Option<String>,
}

impl Extension for Property {}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    #[test]
    fn an_object_without_the_extension_reads_as_the_default() {
        assert_eq!(Operation::read(&json!({ "operationId": "get_thing" })).unwrap(), Operation::default());
        assert_eq!(Property::read(&json!(true)).unwrap(), Property::default());
    }

    #[test]
    fn what_is_written_reads_back_and_the_default_writes_nothing() {
        let operation = Operation {
            sdk: Some(SdkMethod::new("organizations", "get")),
            list: true,
            rate_limit: Some(RateLimit::new("reads", 10, 1_000)),
            pacing_key: vec!["directory".into()],
            deprecated: Some("use `list_things_in_directory`".into()),
            ..Operation::default()
        };
        let mut object = Map::new();
        operation.write(&mut object);
        assert_eq!(
            object[KEY],
            json!({
                "sdk": { "handle": "organizations", "method": "get" },
                "list": true,
                "rate_limit": { "name": "reads", "limit": 10, "period_ms": 1000 },
                "pacing_key": ["directory"],
                "deprecated": "use `list_things_in_directory`",
            })
        );
        assert_eq!(Operation::read(&Value::Object(object.clone())).unwrap(), operation);

        Operation::default().write(&mut object);
        assert!(object.is_empty(), "{object:?}");
    }

    #[test]
    fn an_unknown_or_misspelt_fact_is_refused() {
        let error = Operation::read(&json!({ KEY: { "lists": true } })).unwrap_err();
        assert!(error.to_string().contains("unknown field `lists`"), "{error}");
        let error = Property::read(&json!({ KEY: { "rust_name": 3 } })).unwrap_err();
        assert!(error.to_string().contains("invalid type"), "{error}");
        let error = Document::read(&json!({ KEY: { "handles": [{ "accessor": "a" }] } })).unwrap_err();
        assert!(error.to_string().contains("missing field"), "{error}");
    }
}
