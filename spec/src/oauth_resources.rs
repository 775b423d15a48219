//! AuthKit OAuth resources: the MCP servers and APIs AuthKit issues access tokens for.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{ListQuery, Timestamp};

/// A resource indicator (an RFC 8707 resource URI) that AuthKit can issue access tokens for.
#[derive(JsonSchema)]
pub struct AuthkitOAuthResource {
    /// Always `authkit_oauth_resource`.
    #[schemars(extend("const" = "authkit_oauth_resource"))]
    pub object: String,
    /// Unique id.
    pub id: String,
    /// The resource's URI.
    pub uri: Option<String>,
    /// Whether tokens are issued for this resource when a client names none.
    #[serde(rename = "default")]
    #[schemars(transform = crate::extensions::rust_name("is_default"))]
    pub is_default: Option<bool>,
    /// When the resource was added.
    pub created_at: Option<Timestamp>,
    /// When the resource last changed.
    pub updated_at: Option<Timestamp>,
}

/// Request body that adds a resource indicator.
#[derive(JsonSchema)]
pub struct CreateAuthkitOAuthResource {
    /// The resource's URI.
    pub uri: String,
    /// Make this the default resource.
    #[serde(rename = "default")]
    #[schemars(transform = crate::extensions::rust_name("is_default"))]
    pub is_default: Option<bool>,
}

/// The operations on the environment's OAuth resources.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/user_management/authkit_oauth_resources", "list_authkit_oauth_resources")
            .sdk("authkit", "list_oauth_resources")
            .tag("user-management.oauth-resources")
            .doc("Lists the OAuth resource indicators of the environment.")
            .details("WorkOS's SDKs call this; its status code is inferred.")
            .query::<ListQuery>()
            .list::<AuthkitOAuthResource>(),
        Operation::post("/user_management/authkit_oauth_resources", "create_authkit_oauth_resource")
            .sdk("authkit", "create_oauth_resource")
            .tag("user-management.oauth-resources")
            .doc("Adds an OAuth resource indicator, optionally as the default one.")
            .details("WorkOS's SDKs call this; its status code is inferred.")
            .json_body::<CreateAuthkitOAuthResource>()
            .returns::<AuthkitOAuthResource>(201)
            .errors(&[422]),
        Operation::delete("/user_management/authkit_oauth_resources/{id}", "delete_authkit_oauth_resource")
            .sdk("authkit", "delete_oauth_resource")
            .tag("user-management.oauth-resources")
            .doc("Removes an OAuth resource indicator, with the consents given for it.")
            .details("WorkOS's SDKs call this; its status code is inferred.")
            .path_param("id", "The OAuth resource's id.")
            .empty(204)
            .errors(&[404]),
    ]
}
