//! Typed events: what the event stream and webhooks deliver, with `data` parsed into the
//! object each event type carries.
//!
//! ```
//! use workos::events::{Event, EventData};
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
//!
//! An event and its data are decoded within a budget proportional to their length
//! (`workos_api::payload_budget`): data made of tiny values that would build far more than
//! its length is an error of kind [`ErrorKind::ResponseTooLarge`](crate::ErrorKind::ResponseTooLarge).

// `EventData`, generated from the spec's event types by `cargo xtask generate` (which
// `cargo xtask check` keeps fresh); never edited by hand.
#[rustfmt::skip]
#[allow(clippy::all)]
mod data;
pub(crate) mod decode;

use serde::Deserialize;
use serde_json::Value;
use workos_api::DecodeFailure;

use crate::error::{DecodeError, Error, Result};
use crate::types;

pub use data::{EVENT_TYPES, EventData};
use decode::{EventJson, PAYLOAD, decode};

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
        let raw: RawEvent<'_> = decode(json).map_err(|failure| match failure {
            DecodeFailure::Invalid(e) => Error::decode(DecodeError::new(json, e).of(PAYLOAD)),
            DecodeFailure::TooLarge(too_large) => Error::decoded_too_large(too_large.budget),
        })?;
        let data = EventData::parse(raw.event, EventJson(raw.data), Some(json))?;
        Ok(Event { id: raw.id, created_at: raw.created_at, data, context: raw.context })
    }

    /// The event type, such as `user.created`.
    pub fn name(&self) -> &str {
        self.data.name()
    }
}

/// Types an event of the event stream ([`Events::list`](crate::handles::Events::list)), as
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
