//! [`UndecodedEvent`]: an event whose data did not decode, kept whole inside the error so a
//! consumer can log it, skip it (its id is the cursor past it) or stop, as it chooses.

use std::fmt;

/// An event of the event stream or a webhook whose data did not fit its event type, as it
/// arrived. Reached through [`Error::undecoded_event`](crate::Error::undecoded_event).
///
/// `Debug` shows its id, type and the length of its JSON, never the JSON itself: an event's
/// data can carry what must not reach a log by accident. [`UndecodedEvent::json`] gives it.
#[derive(Clone, PartialEq, Eq)]
pub struct UndecodedEvent {
    id: String,
    event: String,
    json: String,
}

impl UndecodedEvent {
    pub(crate) fn new(id: String, event: String, json: String) -> UndecodedEvent {
        UndecodedEvent { id, event, json }
    }

    /// The event's id, `event_...`: also the cursor to store to skip it.
    pub fn id(&self) -> &str {
        &self.id
    }

    /// The event type, such as `dsync.user.created`.
    pub fn event(&self) -> &str {
        &self.event
    }

    /// The whole event as JSON text.
    pub fn json(&self) -> &str {
        &self.json
    }
}

impl fmt::Debug for UndecodedEvent {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UndecodedEvent")
            .field("id", &self.id)
            .field("event", &self.event)
            .field("json_len", &self.json.len())
            .finish()
    }
}
