//! Waitlists: the people who asked to join an application, and their approval.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{List, PageQuery, Timestamp};
use crate::webhook_events::WaitlistUserState;

/// A waitlist of the environment.
#[derive(JsonSchema)]
pub struct Waitlist {
    /// Always `waitlist`.
    #[schemars(extend("const" = "waitlist"))]
    pub object: String,
    /// Unique id.
    pub id: String,
    /// When the waitlist was created.
    pub created_at: Option<Timestamp>,
    /// When the waitlist last changed.
    pub updated_at: Option<Timestamp>,
}

/// One e-mail address on a waitlist, and the decision about it.
#[derive(JsonSchema)]
pub struct WaitlistEntry {
    /// Always `waitlist_entry`.
    #[schemars(extend("const" = "waitlist_entry"))]
    pub object: String,
    /// Unique id.
    pub id: String,
    /// The e-mail address on the list.
    pub email: Option<String>,
    /// Pending, approved or denied.
    pub state: Option<WaitlistUserState>,
    /// When the entry was approved; `null` until then.
    pub approved_at: Option<Timestamp>,
    /// The waitlist the entry is on.
    pub waitlist_id: Option<String>,
    /// Extra answers given when joining, by field name.
    #[serde(default)]
    pub additional_fields: std::collections::BTreeMap<String, String>,
    /// When the entry was created.
    pub created_at: Option<Timestamp>,
    /// When the entry last changed.
    pub updated_at: Option<Timestamp>,
}

/// Query of a waitlist's entries.
#[derive(JsonSchema)]
pub struct ListWaitlistEntriesQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only entries in this state.
    pub state: Option<WaitlistUserState>,
    /// Only entries with this e-mail address.
    pub email: Option<String>,
}

/// Request body that puts an e-mail address on a waitlist.
#[derive(JsonSchema)]
pub struct CreateWaitlistEntry {
    /// The e-mail address to add.
    pub email: String,
    /// Extra answers to keep with the entry, by field name.
    pub additional_fields: Option<std::collections::BTreeMap<String, String>>,
    /// Whether to e-mail the address a confirmation.
    pub send_confirmation_email: Option<bool>,
}

const WAITLIST_ID: &str = "The waitlist's id.";
const ENTRY_ID: &str = "The waitlist entry's id.";
const INFERRED: &str = "WorkOS's SDKs call this; its status code is inferred.";

/// The operations on waitlists and their entries.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/user_management/waitlists", "list_waitlists")
            .sdk("waitlists", "list")
            .tag("user-management.waitlists")
            .doc("Lists every waitlist of the environment, in one answer.")
            .details(
                "The answer has the shape of a list page, but its cursors are always `null`. WorkOS's \
                 SDKs call this; its status code is inferred.",
            )
            .returns::<List<Waitlist>>(200),
        Operation::get("/user_management/waitlists/{id}", "get_waitlist")
            .sdk("waitlists", "get")
            .tag("user-management.waitlists")
            .doc("Fetches one waitlist.")
            .details(INFERRED)
            .path_param("id", WAITLIST_ID)
            .returns::<Waitlist>(200)
            .errors(&[404]),
        Operation::get("/user_management/waitlists/{id}/entries", "list_waitlist_entries")
            .sdk("waitlists", "list_entries")
            .tag("user-management.waitlists")
            .doc("Lists the entries of a waitlist, optionally by state or e-mail address.")
            .details(INFERRED)
            .path_param("id", WAITLIST_ID)
            .query::<ListWaitlistEntriesQuery>()
            .list::<WaitlistEntry>()
            .errors(&[404, 422]),
        Operation::post("/user_management/waitlists/{id}/entries", "create_waitlist_entry")
            .sdk("waitlists", "create_entry")
            .tag("user-management.waitlists")
            .doc("Puts an e-mail address on a waitlist.")
            .details("When the address is already on the list, its entry comes back as it was.")
            .path_param("id", WAITLIST_ID)
            .json_body::<CreateWaitlistEntry>()
            .returns::<WaitlistEntry>(201)
            .errors(&[404, 422]),
        Operation::delete("/user_management/waitlist_entries/{id}", "delete_waitlist_entry")
            .sdk("waitlists", "delete_entry")
            .tag("user-management.waitlists")
            .doc("Deletes a waitlist entry.")
            .details(
                "An invitation already sent for the entry stays valid. WorkOS's SDKs call this; its \
                 status code is inferred.",
            )
            .path_param("id", ENTRY_ID)
            .empty(204)
            .errors(&[404]),
        Operation::post("/user_management/waitlist_entries/{id}/approve", "approve_waitlist_entry")
            .sdk("waitlists", "approve_entry")
            .tag("user-management.waitlists")
            .doc("Approves a waitlist entry, which creates and sends an invitation.")
            .details("A `422` can mean that only part of the work was done; its code says which.")
            .path_param("id", ENTRY_ID)
            .returns::<WaitlistEntry>(200)
            .errors(&[404, 422]),
        Operation::post("/user_management/waitlist_entries/{id}/deny", "deny_waitlist_entry")
            .sdk("waitlists", "deny_entry")
            .tag("user-management.waitlists")
            .doc("Denies a pending waitlist entry.")
            .details(
                "Fails with the code `invalid_state` when the entry is not pending. WorkOS's SDKs call \
                 this; its status code is inferred.",
            )
            .path_param("id", ENTRY_ID)
            .returns::<WaitlistEntry>(200)
            .errors(&[404, 422]),
    ]
}
