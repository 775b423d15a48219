//! Teams of the WorkOS platform.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::Timestamp;

/// A WorkOS team created through the platform, and whether it may run in production.
#[derive(JsonSchema)]
pub struct Team {
    /// Always `team`.
    #[schemars(extend("const" = "team"))]
    pub object: String,
    /// Unique id.
    pub id: String,
    /// Display name.
    pub name: Option<String>,
    /// Where the team stands in production.
    pub production_state: Option<TeamProductionState>,
    /// When production was turned on; `null` until then.
    pub production_enabled_at: Option<Timestamp>,
    /// When the team was created.
    pub created_at: Option<Timestamp>,
    /// When the team last changed.
    pub updated_at: Option<Timestamp>,
}

/// A team's production state.
#[derive(JsonSchema)]
pub enum TeamProductionState {
    /// Production is running.
    #[serde(rename = "Active")]
    Active,
    /// Production is not running.
    #[serde(rename = "Inactive")]
    Inactive,
    /// Production was suspended.
    #[serde(rename = "Suspended")]
    Suspended,
    /// The team is being removed.
    #[serde(rename = "Deleting")]
    Deleting,
}

/// Request body that creates a team.
#[derive(JsonSchema)]
pub struct CreateTeam {
    /// The e-mail address of the person invited as the team's admin.
    pub admin_email: String,
    /// Display name.
    pub name: String,
}

/// The operations on platform teams.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/platform/teams", "create_platform_team")
            .sdk("platform", "create_team")
            .tag("platform.teams")
            .doc("Creates a team, with a default project and its environments, and invites its admin.")
            .details("WorkOS's SDKs call this; its status code is inferred.")
            .json_body::<CreateTeam>()
            .returns::<Team>(201)
            .errors(&[409, 422]),
        Operation::get("/platform/teams/{team_id}", "get_platform_team")
            .sdk("platform", "get_team")
            .tag("platform.teams")
            .doc("Fetches one team, with its production state.")
            .details("WorkOS's SDKs call this; its status code is inferred.")
            .path_param("team_id", "The team's id.")
            .returns::<Team>(200)
            .errors(&[404]),
    ]
}
