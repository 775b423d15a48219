//! [`EventLog`]: the events a server's stream holds, oldest first, each with an id that sorts
//! in that order and a creation time later than the one before.

use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::{Value, json};

use super::example;

/// The events that happened, oldest first.
#[derive(Debug, Default)]
pub(crate) struct EventLog {
    events: Vec<Value>,
    /// Numbers the events: their ids sort in this order.
    sequence: u64,
    /// Milliseconds since the Unix epoch of the latest event: each one is later.
    last_millis: i64,
}

impl EventLog {
    /// Every event, oldest first.
    pub(crate) fn all(&self) -> &[Value] {
        &self.events
    }

    /// Appends an event of `event_type` with `data`, happening now; returns it.
    pub(crate) fn push(&mut self, event_type: &str, data: Value) -> Value {
        self.sequence += 1;
        let now = SystemTime::now().duration_since(UNIX_EPOCH).map_or(0, |d| d.as_millis() as i64);
        self.last_millis = now.max(self.last_millis + 1);
        let event = json!({
            "object": "event",
            "id": example::id("event", self.sequence),
            "event": event_type,
            "data": data,
            "created_at": example::timestamp_millis(self.last_millis),
        });
        self.events.push(event.clone());
        event
    }
}
