//! Typed events: what the event stream and webhooks deliver, with `data` parsed into the
//! object each event type carries.

use serde::Deserialize;

use crate::error::{DecodeError, Error, Result};

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

/// What happened, with the object the event carries.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub enum EventData {
    /// An event type this version of the SDK does not know: its name and data as sent.
    Unknown {
        /// The event type, such as `user.created`.
        event: String,
        /// The event's data, as sent.
        data: serde_json::Value,
    },
}

#[derive(Deserialize)]
struct RawEvent {
    id: String,
    event: String,
    #[serde(default)]
    data: serde_json::Value,
    #[serde(default)]
    created_at: Option<String>,
    #[serde(default)]
    context: Option<serde_json::Value>,
}

impl Event {
    /// Parses an event from its JSON (a webhook body, say).
    pub fn from_slice(json: &[u8]) -> Result<Event> {
        let raw: RawEvent =
            serde_json::from_slice(json).map_err(|e| Error::decode(DecodeError::new(json, e)))?;
        Ok(Event {
            id: raw.id,
            created_at: raw.created_at,
            data: EventData::Unknown { event: raw.event, data: raw.data },
            context: raw.context,
        })
    }

    /// The event type, such as `user.created`.
    pub fn name(&self) -> &str {
        match &self.data {
            EventData::Unknown { event, .. } => event,
        }
    }
}
