//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub struct ClientApiToken {
    /// DOC
    pub organization_id: String,
    /// DOC
    pub user_id: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct ClientApiTokenResponse {
    /// DOC
    pub token: String,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/client/token", "create_client_token")
            .tag("client")
            .doc("DOC")
            .json_body::<ClientApiToken>()
            .returns::<ClientApiTokenResponse>(201)
            .errors(&[400, 404, 422]),
    ]
}
