//! The hand-written side of the decoding benchmarks: the types a program would declare by
//! hand for what the SDK decodes, with the same fields as the SDK's types, plain strings
//! where the SDK has open enums, and chrono's own `DateTime<Utc>` for timestamps.
//!
//! `Option` fields may be absent, as serde's derive allows; list fields default to empty.

// Each benchmark binary uses a different part of this module, and every type is decoded,
// then dropped: the fields are there to be decoded.
#![allow(dead_code)]

use chrono::{DateTime, Utc};
use serde::Deserialize;
use serde::de::DeserializeOwned;
use serde_json::value::RawValue;
use serde_json::{Map, Value};

/// A page of a list.
#[derive(Debug, Deserialize)]
pub struct List<T> {
    pub object: String,
    pub data: Vec<T>,
    pub list_metadata: ListMetadata,
}

#[derive(Debug, Deserialize)]
pub struct ListMetadata {
    pub before: Option<String>,
    pub after: Option<String>,
}

/// `workos::types::DirectoryUser`.
#[derive(Debug, Deserialize)]
pub struct DirectoryUser {
    pub object: String,
    pub id: String,
    pub directory_id: String,
    pub organization_id: Option<String>,
    pub idp_id: Option<String>,
    pub email: Option<String>,
    pub username: Option<String>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub name: Option<String>,
    pub job_title: Option<String>,
    pub state: Option<String>,
    #[serde(default)]
    pub emails: Vec<DirectoryUserEmail>,
    #[serde(default)]
    pub groups: Vec<DirectoryGroup>,
    pub role: Option<Role>,
    #[serde(default)]
    pub roles: Vec<Role>,
    #[serde(default)]
    pub custom_attributes: Map<String, Value>,
    #[serde(default)]
    pub raw_attributes: Map<String, Value>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize)]
pub struct DirectoryUserEmail {
    pub primary: Option<bool>,
    #[serde(rename = "type")]
    pub kind: Option<String>,
    pub value: Option<String>,
}

#[derive(Debug, Deserialize)]
pub struct DirectoryGroup {
    pub object: String,
    pub id: String,
    pub idp_id: Option<String>,
    pub directory_id: String,
    pub organization_id: Option<String>,
    pub name: String,
    #[serde(default)]
    pub raw_attributes: Map<String, Value>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize)]
pub struct Role {
    pub slug: String,
}

/// `workos::types::Organization`.
#[derive(Debug, Deserialize)]
pub struct Organization {
    pub object: String,
    pub id: String,
    pub name: String,
    pub allow_profiles_outside_organization: Option<bool>,
    #[serde(default)]
    pub domains: Vec<OrganizationDomain>,
    #[serde(default)]
    pub metadata: std::collections::BTreeMap<String, String>,
    pub external_id: Option<String>,
    pub stripe_customer_id: Option<String>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize)]
pub struct OrganizationDomain {
    pub object: String,
    pub id: String,
    pub domain: String,
    pub organization_id: Option<String>,
    pub state: Option<String>,
    pub verification_strategy: Option<String>,
    pub verification_token: Option<String>,
    pub verification_prefix: Option<String>,
    pub created_at: Option<DateTime<Utc>>,
    pub updated_at: Option<DateTime<Utc>>,
}

/// `workos::types::User` (AuthKit's user).
#[derive(Debug, Deserialize)]
pub struct User {
    pub object: String,
    pub id: String,
    pub email: String,
    pub email_verified: Option<bool>,
    pub first_name: Option<String>,
    pub last_name: Option<String>,
    pub name: Option<String>,
    pub profile_picture_url: Option<String>,
    pub locale: Option<String>,
    pub external_id: Option<String>,
    #[serde(default)]
    pub metadata: std::collections::BTreeMap<String, String>,
    pub last_sign_in_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

/// `workos::types::UserSession`.
#[derive(Debug, Deserialize)]
pub struct Session {
    pub object: String,
    pub id: String,
    pub user_id: Option<String>,
    pub organization_id: Option<String>,
    pub status: Option<String>,
    pub auth_method: Option<String>,
    pub impersonator: Option<Impersonator>,
    pub ip_address: Option<String>,
    pub user_agent: Option<String>,
    pub expires_at: Option<DateTime<Utc>>,
    pub ended_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize)]
pub struct Impersonator {
    pub email: String,
    pub reason: Option<String>,
}

/// `workos::types::Connection`.
#[derive(Debug, Deserialize)]
pub struct Connection {
    pub object: String,
    pub id: String,
    pub organization_id: Option<String>,
    pub connection_type: String,
    pub name: String,
    pub state: Option<String>,
    pub status: Option<String>,
    #[serde(default)]
    pub domains: Vec<ConnectionDomain>,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

#[derive(Debug, Deserialize)]
pub struct ConnectionDomain {
    pub object: String,
    pub id: String,
    pub domain: String,
}

/// An event of the event stream, as it arrives: the data still text, read in place.
#[derive(Debug, Deserialize)]
pub struct RawEvent<'a> {
    pub object: String,
    pub id: String,
    pub event: String,
    #[serde(borrow)]
    pub data: &'a RawValue,
    pub created_at: DateTime<Utc>,
    pub context: Option<EventContext>,
}

/// `workos::types::EventContext`.
#[derive(Debug, Deserialize)]
pub struct EventContext {
    pub access_type: Option<String>,
    pub actor: Option<EventActor>,
    pub ajs_anonymous_id: Option<String>,
    pub client_id: Option<String>,
    pub configured_targets: Option<Value>,
    pub google_analytics_client_id: Option<String>,
    #[serde(default)]
    pub google_analytics_sessions: Vec<Value>,
    #[serde(default)]
    pub previous_attributes: Map<String, Value>,
}

#[derive(Debug, Deserialize)]
pub struct EventActor {
    pub id: String,
    pub name: Option<String>,
    pub source: Option<String>,
}

/// A typed event, as a program that handles a few event types would declare it.
#[derive(Debug)]
pub struct Event {
    pub object: String,
    pub id: String,
    pub data: EventData,
    pub created_at: DateTime<Utc>,
    pub context: Option<EventContext>,
}

/// The data of the event types the program handles; the others are kept as JSON.
#[derive(Debug)]
pub enum EventData {
    UserCreated(User),
    UserUpdated(User),
    DsyncUserCreated(DirectoryUser),
    OrganizationUpdated(Organization),
    ConnectionActivated(Connection),
    SessionCreated(Session),
    Other { event: String, data: Value },
}

impl Event {
    /// Types an event: its data, still text, is decoded straight into the type its event
    /// type names (the way to type an event in one pass over its data with serde, since the
    /// tag is beside the data rather than inside it).
    pub fn from_raw(raw: RawEvent<'_>) -> serde_json::Result<Event> {
        fn data<T: DeserializeOwned>(raw: &RawValue) -> serde_json::Result<T> {
            serde_json::from_str(raw.get())
        }
        let data = match raw.event.as_str() {
            "user.created" => EventData::UserCreated(data(raw.data)?),
            "user.updated" => EventData::UserUpdated(data(raw.data)?),
            "dsync.user.created" => EventData::DsyncUserCreated(data(raw.data)?),
            "organization.updated" => EventData::OrganizationUpdated(data(raw.data)?),
            "connection.activated" => EventData::ConnectionActivated(data(raw.data)?),
            "session.created" => EventData::SessionCreated(data(raw.data)?),
            _ => EventData::Other { data: data(raw.data)?, event: raw.event },
        };
        Ok(Event { object: raw.object, id: raw.id, data, created_at: raw.created_at, context: raw.context })
    }
}

/// A page of typed events: the page, then each event typed.
pub fn events_page(json: &[u8]) -> serde_json::Result<Vec<Event>> {
    let page: List<RawEvent<'_>> = serde_json::from_slice(json)?;
    page.data.into_iter().map(Event::from_raw).collect()
}

/// A `dsync.user.created` webhook, declared for that one event type.
#[derive(Debug, Deserialize)]
pub struct DsyncUserCreatedWebhook {
    pub id: String,
    pub event: String,
    pub data: DirectoryUser,
    pub created_at: DateTime<Utc>,
}
