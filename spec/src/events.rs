//! The event stream: everything that happened in the environment, in order.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, PageQuery, Timestamp};

/// Something that happened in the environment. `event` names what happened and decides the
/// shape of `data`; the `workos` crate turns both into a typed event.
#[derive(JsonSchema)]
pub struct Event {
    /// Always `event`.
    #[schemars(extend("const" = "event"))]
    pub object: String,
    /// Unique id, `event_...`.
    pub id: String,
    /// What happened, such as `user.created`.
    pub event: String,
    /// The object the event is about, as it was when the event happened, as JSON text.
    // Its shape depends on `event`: kept raw (`raw_json`), the `workos` crate decodes it
    // once, straight into the type `event` names, rather than through an intermediate map.
    #[serde(default)]
    #[schemars(transform = crate::extensions::raw_json())]
    pub data: Json,
    /// When it happened.
    pub created_at: Timestamp,
    /// Who or what caused it, when known.
    pub context: Option<EventContext>,
}

/// Where an event came from.
#[derive(JsonSchema)]
pub struct EventContext {
    /// Google Analytics client id of the session that caused the event.
    pub google_analytics_client_id: Option<String>,
    /// Google Analytics sessions of that client.
    #[serde(default)]
    pub google_analytics_sessions: Vec<GoogleAnalyticsSession>,
    /// Segment anonymous id of the session.
    pub ajs_anonymous_id: Option<String>,
    /// The client application that caused the event.
    pub client_id: Option<String>,
    /// Who caused it.
    pub actor: Option<EventActor>,
    /// The values that changed, before the change, on update events.
    #[serde(default)]
    pub previous_attributes: Json,
    /// On feature flag events: who the flag is on for.
    pub access_type: Option<FlagAccessType>,
    /// On feature flag events: the organizations and users the flag targets.
    pub configured_targets: Option<ConfiguredTargets>,
}

/// Who a feature flag is on for.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum FlagAccessType {
    /// Everyone.
    All,
    /// No one.
    None,
    /// Only its targets.
    Some,
}

/// A Google Analytics session that led to an event.
#[derive(JsonSchema)]
pub struct GoogleAnalyticsSession {
    /// The Google Tag Manager container.
    #[serde(rename = "containerId")]
    pub container_id: String,
    /// The session's id.
    #[serde(rename = "sessionId")]
    pub session_id: Option<String>,
    /// The session's number for that visitor.
    #[serde(rename = "sessionNumber")]
    pub session_number: Option<String>,
}

/// The organizations and users a feature flag is turned on for.
#[derive(JsonSchema)]
pub struct ConfiguredTargets {
    /// Targeted organizations.
    #[serde(default)]
    pub organizations: Vec<TargetedOrganization>,
    /// Targeted users.
    #[serde(default)]
    pub users: Vec<TargetedUser>,
}

/// An organization a feature flag targets.
#[derive(JsonSchema)]
pub struct TargetedOrganization {
    /// The organization's id.
    pub id: String,
    /// Its name.
    pub name: Option<String>,
}

/// A user a feature flag targets.
#[derive(JsonSchema)]
pub struct TargetedUser {
    /// The user's id.
    pub id: String,
    /// Their e-mail address.
    pub email: Option<String>,
}

/// Who caused an event.
#[derive(JsonSchema)]
pub struct EventActor {
    /// The actor's id.
    pub id: String,
    /// Through what the actor acted.
    pub source: Option<EventActorSource>,
    /// The actor's name, when known.
    pub name: Option<String>,
}

/// Through what an actor caused an event.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum EventActorSource {
    /// A call to the API.
    Api,
    /// The WorkOS dashboard.
    Dashboard,
    /// The Admin Portal.
    AdminPortal,
    /// WorkOS itself.
    System,
}

/// Query of the event list.
#[derive(JsonSchema)]
pub struct ListEventsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only events of these types, such as `user.created`.
    #[serde(default)]
    pub events: Vec<String>,
    /// Only events at or after this time (RFC 3339).
    pub range_start: Option<String>,
    /// Only events before this time (RFC 3339).
    pub range_end: Option<String>,
    /// Only events of this organization.
    pub organization_id: Option<String>,
}

/// The operations on the event stream.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/events", "list_events")
            .sdk("events", "list")
            .tag("events")
            .doc("Lists events, newest first unless `order` says otherwise (`asc`: oldest first, as a consumer reads them), optionally of given types or of one organization.")
            .query::<ListEventsQuery>()
            .comma_separated("events")
            .forward_list::<Event>()
            .errors(&[400, 422]),
    ]
}
