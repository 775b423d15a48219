//! [`Event`]: one event, typed, from the event list, the consumer or a webhook.

use chrono::{DateTime, Utc};
use serde::Deserialize;
use workos_api::DecodeFailure;

use super::data::EventData;
use super::decode::{EventJson, decode};
use crate::error::{DecodeError, Error, Result, UndecodedEvent};
use crate::types;

/// One event, from the event list, the consumer or a webhook.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Event {
    /// The event's id, `event_...`: the cursor that resumes the stream after it.
    pub id: crate::types::EventId,
    /// When it happened.
    pub created_at: DateTime<Utc>,
    /// What happened, with its object.
    pub data: EventData,
    /// Who or what caused it, when the API says.
    pub context: Option<types::EventContext>,
}

#[derive(Deserialize)]
struct RawEvent<'a> {
    id: String,
    event: String,
    #[serde(default, borrow)]
    data: Option<&'a serde_json::value::RawValue>,
    #[serde(deserialize_with = "workos_api::timestamp::deserialize")]
    created_at: DateTime<Utc>,
    #[serde(default)]
    context: Option<types::EventContext>,
}

impl Event {
    /// Parses an event from its JSON (a webhook body, say).
    ///
    /// An event type without a variant of its own gives [`EventData::Unknown`]; a known one
    /// whose data does not fit its type is an [`ErrorKind::Decode`](crate::ErrorKind::Decode)
    /// error whose [`DecodeError::event`] names the event type and whose
    /// [`Error::undecoded_event`] keeps the event.
    // `#[inline]`: every event type's decoder is compiled where events are parsed (see
    // `EventData::parse`), not in every build of this crate.
    #[inline]
    pub fn from_slice(json: &[u8]) -> Result<Event> {
        let raw: RawEvent<'_> = decode(json).map_err(|failure| match failure {
            DecodeFailure::Invalid(e) => Error::decode(DecodeError::new(json, e).of(super::decode::PAYLOAD)),
            DecodeFailure::TooLarge(too_large) => Error::decoded_too_large(too_large.budget),
        })?;
        let (id, event) = (raw.id, raw.event);
        let data = EventData::parse(event.clone(), EventJson(raw.data), Some(json)).map_err(|error| {
            error.with_undecoded(|| {
                UndecodedEvent::new(id.clone(), event, String::from_utf8_lossy(json).into())
            })
        })?;
        Ok(Event { id: id.into(), created_at: raw.created_at, data, context: raw.context })
    }

    /// An event of the event list, typed; a failure keeps the event as it arrived.
    #[inline]
    pub(crate) fn from_listed(event: workos_api::types::Event) -> Result<Event> {
        match EventData::parse(event.event.clone(), EventJson(event.data.as_deref()), None) {
            Ok(data) => {
                Ok(Event { id: event.id, created_at: event.created_at, data, context: event.context })
            }
            Err(error) => Err(error.with_undecoded(|| {
                let json = serde_json::to_string(&event).unwrap_or_default();
                UndecodedEvent::new(event.id.into_string(), event.event, json)
            })),
        }
    }

    /// The event type, such as `user.created`.
    pub fn name(&self) -> &str {
        self.data.name()
    }
}

/// Types an event of the low-level client's event list (`workos_api`), as
/// [`Event::from_slice`] does a webhook.
impl TryFrom<workos_api::types::Event> for Event {
    type Error = Error;

    #[inline]
    fn try_from(event: workos_api::types::Event) -> Result<Event> {
        Event::from_listed(event)
    }
}
