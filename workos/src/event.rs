//! Typed events: what the event stream and webhooks deliver, with `data` parsed into the
//! object each event type carries.
//!
//! ```
//! use workos::event::{Event, EventData};
//!
//! let body = br#"{"object":"event","id":"event_1","event":"group.member_added",
//!     "data":{"group_id":"group_1","organization_membership_id":"om_1"},
//!     "created_at":"2026-01-01T00:00:00.000Z"}"#;
//! let event = Event::from_slice(body).unwrap();
//! assert_eq!(event.name(), "group.member_added");
//! match event.data {
//!     EventData::GroupMemberAdded(member) => assert_eq!(member.group_id, "group_1"),
//!     other => panic!("unexpected {}", other.name()),
//! }
//! ```
//!
//! An event type this version does not know yet is [`EventData::Unknown`], with its name and
//! data as sent; a known event type whose data does not fit its type is an error of kind
//! [`ErrorKind::Decode`](crate::ErrorKind::Decode) that names the event type.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::error::{DecodeError, Error, Result};
use crate::types;

/// One event, from the event stream or a webhook.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Event {
    /// The event's id, `event_...`.
    pub id: String,
    /// When it happened (RFC 3339).
    pub created_at: Option<String>,
    /// What happened, with its object.
    pub data: EventData,
    /// Where it came from, when the API says.
    pub context: Option<serde_json::Value>,
}

pub use crate::generated::event_data::{EVENT_TYPES, EventData};

/// An event's `data`, as it arrived: still its JSON text (inside a webhook body, or kept raw
/// by the event stream's generated type), decoded once, straight into its type.
/// `None` when the event had no `data`.
pub(crate) struct EventJson<'a>(pub(crate) Option<&'a serde_json::value::RawValue>);

impl EventJson<'_> {
    /// `data` as a JSON value, for an event type without a variant of its own.
    pub(crate) fn into_value(self) -> Value {
        self.0.and_then(|raw| serde_json::from_str(raw.get()).ok()).unwrap_or(Value::Null)
    }
}

/// Parses the data of a known event type into its type.
pub(crate) fn parse_data<T: DeserializeOwned>(
    event: &str,
    data: EventJson<'_>,
    body: Option<&[u8]>,
) -> Result<T> {
    let text = data.0.map_or("null", |raw| raw.get());
    serde_json::from_str(text).map_err(|error| locate::<T>(event, text, body, error))
}

/// The error for data that does not fit its type, located in the event's JSON: the body as
/// received, or the data alone (under `data`) when there is no body.
fn locate<T: DeserializeOwned>(
    event: &str,
    data: &str,
    body: Option<&[u8]>,
    error: serde_json::Error,
) -> Error {
    #[derive(Deserialize)]
    struct DataOf<T> {
        #[allow(dead_code)]
        data: T,
    }
    let rebuilt;
    let bytes = match body {
        Some(body) => body,
        None => {
            rebuilt = format!("{{\"data\":{data}}}");
            rebuilt.as_bytes()
        }
    };
    // Parsing the bytes again fails at the same value, with a line and column to point at.
    let error = serde_json::from_slice::<DataOf<T>>(bytes).err().unwrap_or(error);
    Error::decode(DecodeError::new(bytes, error).in_event(event))
}

#[derive(Deserialize)]
struct RawEvent<'a> {
    id: String,
    event: String,
    #[serde(default, borrow)]
    data: Option<&'a serde_json::value::RawValue>,
    #[serde(default)]
    created_at: Option<String>,
    #[serde(default)]
    context: Option<Value>,
}

impl Event {
    /// Parses an event from its JSON (a webhook body, say).
    ///
    /// An event type without a variant of its own gives [`EventData::Unknown`]; a known one
    /// whose data does not fit its type is an [`ErrorKind::Decode`](crate::ErrorKind::Decode)
    /// error whose [`DecodeError::event`] names the event type.
    // `#[inline]`: every event type's decoder is compiled where events are parsed (see
    // `EventData::parse`), not in every build of this crate.
    #[inline]
    pub fn from_slice(json: &[u8]) -> Result<Event> {
        let raw: RawEvent<'_> =
            serde_json::from_slice(json).map_err(|e| Error::decode(DecodeError::new(json, e)))?;
        let data = EventData::parse(raw.event, EventJson(raw.data), Some(json))?;
        Ok(Event { id: raw.id, created_at: raw.created_at, data, context: raw.context })
    }

    /// The event type, such as `user.created`.
    pub fn name(&self) -> &str {
        self.data.name()
    }
}

/// Types an event of the event stream ([`Events::list`](crate::events::Events::list)), as
/// [`Event::from_slice`] does a webhook.
impl TryFrom<types::Event> for Event {
    type Error = Error;

    #[inline]
    fn try_from(event: types::Event) -> Result<Event> {
        let data = EventData::parse(event.event, EventJson(event.data.as_deref()), None)?;
        Ok(Event {
            id: event.id,
            created_at: Some(event.created_at.to_rfc3339_opts(chrono::SecondsFormat::Millis, true)),
            data,
            context: event.context.and_then(|context| serde_json::to_value(context).ok()),
        })
    }
}
