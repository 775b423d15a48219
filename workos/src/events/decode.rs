//! Decoding an event's `data` into the type of its event type, within the budget for its
//! length, and locating a failure in the event's JSON.

use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::Value;
use workos_api::DecodeFailure;

use crate::error::{DecodeError, Error, Result};

/// An event's `data`, as it arrived: still its JSON text (inside a webhook body, or kept raw
/// by the event stream's generated type), decoded once, straight into its type.
/// `None` when the event had no `data`.
pub(crate) struct EventJson<'a>(pub(crate) Option<&'a serde_json::value::RawValue>);

impl EventJson<'_> {
    /// `data` as a JSON value, for an event type without a variant of its own.
    pub(crate) fn into_value(self) -> Result<Value> {
        let Some(raw) = self.0 else { return Ok(Value::Null) };
        match decode_str(raw.get()) {
            Ok(value) => Ok(value),
            Err(DecodeFailure::TooLarge(too_large)) => Err(Error::decoded_too_large(too_large.budget)),
            // Raw JSON text is valid JSON.
            Err(DecodeFailure::Invalid(_)) => Ok(Value::Null),
        }
    }
}

/// What a decode error of an event handed in (a webhook's body) names: not WorkOS's answer.
pub(crate) const PAYLOAD: &str = "unexpected event payload";

/// Decodes `json`, which came with no limit of its own, within the budget for its length.
pub(crate) fn decode<'de, T: Deserialize<'de>>(json: &'de [u8]) -> std::result::Result<T, DecodeFailure> {
    workos_api::decode_json(json, workos_api::payload_budget(json.len()))
}

/// [`decode`] for text known to be UTF-8 (an event's data, kept as JSON text).
fn decode_str<'de, T: Deserialize<'de>>(json: &'de str) -> std::result::Result<T, DecodeFailure> {
    workos_api::decode_json_str(json, workos_api::payload_budget(json.len()))
}

/// Parses the data of a known event type into its type.
pub(crate) fn parse_data<T: DeserializeOwned>(
    event: &str,
    data: EventJson<'_>,
    body: Option<&[u8]>,
) -> Result<T> {
    let text = data.0.map_or("null", |raw| raw.get());
    decode_str(text).map_err(|failure| match failure {
        DecodeFailure::Invalid(error) => locate::<T>(event, text, body, error),
        DecodeFailure::TooLarge(too_large) => Error::decoded_too_large(too_large.budget),
    })
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
    // Parsing the bytes again fails at the same value, with a line and column to point at
    // (within a budget too: this runs on whatever a sender sent).
    let error = match decode::<DataOf<T>>(bytes) {
        Err(DecodeFailure::Invalid(again)) => again,
        _ => error,
    };
    let decode = DecodeError::new(bytes, error).in_event(event);
    // A body handed in is an event's payload (a webhook's); without one, the data came in a
    // list of events, WorkOS's answer.
    Error::decode(if body.is_some() { decode.of(PAYLOAD) } else { decode })
}
