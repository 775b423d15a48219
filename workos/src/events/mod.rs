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
//! The event list ([`Events::list`](crate::handles::Events::list)), the consumer
//! ([`Events::follow`](crate::handles::Events::follow)) and webhooks
//! ([`WebhookVerifier::construct_event`](crate::webhooks::WebhookVerifier::construct_event)) all give this
//! one [`Event`].
//!
//! An event type this version does not know yet is [`EventData::Unknown`], with its name and
//! data as sent; a known event type whose data does not fit its type is an error of kind
//! [`ErrorKind::Decode`](crate::ErrorKind::Decode) that names the event type and keeps the
//! event as it arrived ([`Error::undecoded_event`](crate::Error::undecoded_event)): in a list
//! or a stream, that one item is the error and the next ones follow, so a consumer can log
//! it, skip it or stop.
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
mod event;
pub(crate) mod follow;
pub mod store;

pub use data::{EVENT_TYPES, EventData};
pub use event::Event;
pub use follow::{DEFAULT_POLL_INTERVAL, Delivery, EventStream, Follow, Start};
