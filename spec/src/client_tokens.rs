//! Client API tokens: short-lived credentials for WorkOS's Client GraphQL API, bound to one
//! user in one organization.

use schemars::JsonSchema;

use crate::Operation;

/// Request body that issues a Client API token.
#[derive(JsonSchema)]
pub struct CreateClientApiToken {
    /// The organization the token is limited to.
    pub organization_id: String,
    /// The user the token acts for.
    pub user_id: String,
}

/// A Client API token just issued.
#[derive(JsonSchema)]
pub struct ClientApiToken {
    /// The short-lived token.
    #[schemars(extend("format" = "password"))]
    pub token: String,
}

/// The operations of Client API tokens.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/client/token", "create_client_token")
            .sdk("client_tokens", "create")
            .tag("client")
            .doc("Issues a short-lived Client API token for a user in an organization.")
            .json_body::<CreateClientApiToken>()
            .returns::<ClientApiToken>(201)
            .errors(&[400, 404, 422]),
    ]
}
