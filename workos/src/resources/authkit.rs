//! AuthKit sign-in: authentication, sessions, Magic Auth and AuthKit settings.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{
    AuthenticateRequest, AuthenticateResponse, AuthorizeDevice, CorsOrigin, CreateCorsOrigin,
    CreateMagicAuth, CreateRedirectUri, CreatedMagicAuth, DeviceAuthorization, Jwks, JwtTemplate,
    ListCorsOriginsParams, ListRedirectUrisParams, MagicAuth, RadarChallenge, RadarSmsChallenge, RedirectUri,
    RevokeSession, SendRadarSmsChallenge, UpdateJwtTemplate,
};

/// AuthKit sign-in: authentication, sessions, Magic Auth and AuthKit settings. From [`Workos::authkit`].
#[derive(Debug, Clone, Copy)]
pub struct AuthKit<'a> {
    pub(crate) client: &'a Workos,
}

impl AuthKit<'_> {
    /// Signs a user in with one grant (code, password, refresh token, Magic Auth, ...) and
    /// returns the user with the session's tokens. Sent without the API key: the grant's own
    /// credentials (`client_secret`, a PKCE verifier, a refresh token) authenticate it.
    pub async fn authenticate(&self, grant: &AuthenticateRequest) -> Result<AuthenticateResponse> {
        let api = self.client.api();
        self.client.send(&op::AUTHENTICATE, || api.authenticate(grant)).await
    }

    /// Starts CLI Auth: issues the device code to poll with and the user code to confirm.
    pub async fn authorize_device(&self, request: &AuthorizeDevice) -> Result<DeviceAuthorization> {
        let api = self.client.api();
        self.client.send(&op::AUTHORIZE_DEVICE, || api.authorize_device(request)).await
    }

    /// Fetches the public keys that verify an application's access tokens.
    pub async fn jwks(&self, client_id: &str) -> Result<Jwks> {
        let client_id = params::path("clientId", client_id)?;
        let api = self.client.api();
        self.client.send(&op::GET_JWKS, || api.get_jwks(client_id)).await
    }

    /// The URL of an application's JWKS, for a JWT library that fetches and caches the keys
    /// itself. Makes no request.
    pub fn jwks_url(&self, client_id: &str) -> String {
        format!("{}/sso/jwks/{}", self.client.base_url(), encode_segment(client_id))
    }

    /// Ends a session, so that its refresh token stops working.
    pub async fn revoke_session(&self, request: &RevokeSession) -> Result<()> {
        let api = self.client.api();
        self.client.send(&op::REVOKE_SESSION, || api.revoke_session(request)).await
    }

    /// Creates a Magic Auth code and e-mails it to the address.
    pub async fn create_magic_auth(&self, request: &CreateMagicAuth) -> Result<CreatedMagicAuth> {
        let api = self.client.api();
        self.client.send(&op::CREATE_MAGIC_AUTH, || api.create_magic_auth(request)).await
    }

    /// Fetches one Magic Auth code by its id (`magic_auth_...`).
    pub async fn get_magic_auth(&self, id: &str) -> Result<MagicAuth> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_MAGIC_AUTH, || api.get_magic_auth(id)).await
    }

    /// Texts a Radar challenge code to the user of a sign-in that Radar stopped.
    pub async fn send_radar_challenge(&self, request: &SendRadarSmsChallenge) -> Result<RadarSmsChallenge> {
        let api = self.client.api();
        self.client.send(&op::SEND_RADAR_CHALLENGE, || api.send_radar_challenge(request)).await
    }

    /// Fetches one Radar e-mail challenge by its id (`radar_challenge_...`).
    pub async fn get_radar_challenge(&self, id: &str) -> Result<RadarChallenge> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_RADAR_CHALLENGE, || api.get_radar_challenge(id)).await
    }

    /// Lists the browser origins allowed to call AuthKit.
    pub fn list_cors_origins(&self, params: ListCorsOriginsParams) -> Paginator<CorsOrigin> {
        self.client.paginate(&op::LIST_CORS_ORIGINS, params, |api, p| {
            Box::pin(api.list_cors_origins(
                p.after.as_deref(),
                p.before.as_deref(),
                p.limit,
                p.order.as_ref(),
            ))
        })
    }

    /// Allows a browser origin to call AuthKit.
    pub async fn create_cors_origin(&self, origin: &CreateCorsOrigin) -> Result<CorsOrigin> {
        let api = self.client.api();
        self.client.send(&op::CREATE_CORS_ORIGIN, || api.create_cors_origin(origin)).await
    }

    /// Lists the URIs allowed as redirect targets after sign-in.
    pub fn list_redirect_uris(&self, params: ListRedirectUrisParams) -> Paginator<RedirectUri> {
        self.client.paginate(&op::LIST_REDIRECT_URIS, params, |api, p| {
            Box::pin(api.list_redirect_uris(
                p.after.as_deref(),
                p.before.as_deref(),
                p.limit,
                p.order.as_ref(),
            ))
        })
    }

    /// Allows a URI as a redirect target after sign-in.
    pub async fn create_redirect_uri(&self, uri: &CreateRedirectUri) -> Result<RedirectUri> {
        let api = self.client.api();
        self.client.send(&op::CREATE_REDIRECT_URI, || api.create_redirect_uri(uri)).await
    }

    /// Removes a URI (`redir_...`) from the allowed redirect targets.
    pub async fn delete_redirect_uri(&self, id: &str) -> Result<()> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::DELETE_REDIRECT_URI, || api.delete_redirect_uri(id)).await
    }

    /// Fetches the template of the custom claims in access tokens.
    pub async fn get_jwt_template(&self) -> Result<JwtTemplate> {
        let api = self.client.api();
        self.client.send(&op::GET_JWT_TEMPLATE, || api.get_jwt_template()).await
    }

    /// Replaces the template of the custom claims in access tokens.
    pub async fn update_jwt_template(&self, template: &UpdateJwtTemplate) -> Result<JwtTemplate> {
        let api = self.client.api();
        self.client.send(&op::UPDATE_JWT_TEMPLATE, || api.update_jwt_template(template)).await
    }
}

/// Percent-encodes one path segment: everything but RFC 3986's unreserved characters.
fn encode_segment(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::encode_segment;

    #[test]
    fn encodes_a_client_id_as_one_path_segment() {
        assert_eq!(encode_segment("client_01HXYZ"), "client_01HXYZ");
        assert_eq!(encode_segment("a/b c?é"), "a%2Fb%20c%3F%C3%A9");
    }
}
