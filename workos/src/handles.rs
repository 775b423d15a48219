//! What the generated handles offer beyond their operations: helpers that make no request.

use crate::authkit::AuthKit;
use crate::params;

impl AuthKit<'_> {
    /// The URL of an application's JWKS, for a JWT library that fetches and caches the keys
    /// itself. Makes no request.
    pub fn jwks_url(&self, client_id: &str) -> String {
        format!("{}/sso/jwks/{}", self.client.base_url(), params::encode_path_segment(client_id))
    }
}
