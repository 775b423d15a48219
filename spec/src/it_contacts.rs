//! An organization's IT contacts: the people its Admin Portal invitations go to.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{List, Timestamp};

/// A person on an organization's IT team, known by e-mail address, who can be invited to set
/// things up in the Admin Portal.
#[derive(JsonSchema)]
pub struct ItContact {
    /// Always `it_contact`.
    #[schemars(extend("const" = "it_contact"))]
    pub object: String,
    /// Unique id of the contact.
    pub id: String,
    /// The contact's e-mail address.
    pub email: Option<String>,
    /// When the contact was added.
    pub created_at: Option<Timestamp>,
    /// When the contact last changed.
    pub updated_at: Option<Timestamp>,
}

/// Request body that adds an IT contact to an organization.
#[derive(JsonSchema)]
pub struct CreateItContact {
    /// The contact's e-mail address.
    pub email: String,
}

/// A part of the Admin Portal an IT contact can be invited to set up.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ItContactIntent {
    /// An SSO connection.
    Sso,
    /// Directory sync.
    DirectorySync,
    /// Audit log streams.
    LogStreams,
    /// Domain verification.
    DomainVerification,
    /// The organization's own encryption key.
    BringYourOwnKey,
}

/// Request body that invites an IT contact to the Admin Portal.
#[derive(JsonSchema)]
pub struct InviteItContact {
    /// The parts of the portal the invitation opens.
    pub intents: Vec<ItContactIntent>,
}

const ORGANIZATION_ID: &str = "The organization's id, `org_...`.";
const CONTACT_ID: &str = "The IT contact's id.";

/// The operations on IT contacts.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/organizations/{organization_id}/it_contacts", "list_it_contacts")
            .sdk("organizations", "list_it_contacts")
            .tag("organizations.it-contacts")
            .doc("Lists an organization's IT contacts, all in one answer.")
            .path_param("organization_id", ORGANIZATION_ID)
            .returns::<List<ItContact>>(200)
            .errors(&[401, 403, 404]),
        Operation::post("/organizations/{organization_id}/it_contacts", "create_it_contact")
            .sdk("organizations", "create_it_contact")
            .tag("organizations.it-contacts")
            .doc("Adds an IT contact to an organization; no invitation is sent.")
            .path_param("organization_id", ORGANIZATION_ID)
            .json_body::<CreateItContact>()
            .returns::<ItContact>(201)
            .errors(&[401, 403, 404, 409, 422]),
        Operation::delete("/organizations/{organization_id}/it_contacts/{contact_id}", "delete_it_contact")
            .sdk("organizations", "delete_it_contact")
            .tag("organizations.it-contacts")
            .doc("Removes an IT contact and invalidates the setup links it still holds.")
            .path_param("organization_id", ORGANIZATION_ID)
            .path_param("contact_id", CONTACT_ID)
            .empty(204)
            .errors(&[401, 403, 404]),
        Operation::post(
            "/organizations/{organization_id}/it_contacts/{contact_id}/invite",
            "invite_it_contact",
        )
        .sdk("organizations", "invite_it_contact")
        .tag("organizations.it-contacts")
        .doc("E-mails an IT contact a link to set up the chosen parts of the Admin Portal.")
        .details("An organization has at most one invitation pending at a time.")
        .path_param("organization_id", ORGANIZATION_ID)
        .path_param("contact_id", CONTACT_ID)
        .json_body::<InviteItContact>()
        .empty(204)
        .errors(&[401, 403, 404, 409, 422]),
        Operation::post(
            "/organizations/{organization_id}/it_contacts/{contact_id}/revoke",
            "revoke_it_contact_invitation",
        )
        .sdk("organizations", "revoke_it_contact_invitation")
        .tag("organizations.it-contacts")
        .doc("Withdraws the pending Admin Portal invitation of an IT contact.")
        .path_param("organization_id", ORGANIZATION_ID)
        .path_param("contact_id", CONTACT_ID)
        .empty(204)
        .errors(&[401, 403, 404]),
    ]
}
