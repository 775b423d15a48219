//! What the generated handles offer beyond their operations: helpers that fill in the
//! client's own credentials, or make no request at all.

#[cfg(feature = "sso")]
use crate::Secret;
#[cfg(feature = "sso")]
use crate::error::Result;
#[cfg(feature = "sso")]
use crate::types::{
    OrganizationId, SsoTokenExchange, SsoTokenExchangeRequired, SsoTokenRequest, SsoTokenResponse,
};

/// The RFC 8693 type of an OAuth access token, the usual `subject_token_type`.
pub const ACCESS_TOKEN_TYPE: &str = "urn:ietf:params:oauth:token-type:access_token";

#[cfg(feature = "authkit")]
impl super::generated::AuthKit<'_> {
    /// The URL of an application's JWKS, for a JWT library that fetches and caches the keys
    /// itself. Makes no request.
    pub fn jwks_url(&self, client_id: &str) -> String {
        format!("{}/sso/jwks/{}", self.client.base_url(), super::arguments::encode_path_segment(client_id))
    }
}

#[cfg(feature = "sso")]
impl super::generated::Sso<'_> {
    /// Exchanges a token from another issuer (`subject_token`, of the RFC 8693 type
    /// `subject_token_type`, usually [`ACCESS_TOKEN_TYPE`]) for a WorkOS access token and the
    /// profile it belongs to, through `POST /sso/token` with the token-exchange grant. The
    /// client's id and API key authenticate the exchange; `organization_id` picks the
    /// organization the new token is for.
    pub async fn exchange_token(
        &self,
        subject_token: &Secret,
        subject_token_type: &str,
        organization_id: Option<&OrganizationId>,
    ) -> Result<SsoTokenResponse> {
        let client_id = self.client.require_client_id("a token exchange")?;
        let mut exchange = SsoTokenExchange::new(SsoTokenExchangeRequired {
            client_id: client_id.to_owned(),
            subject_token: subject_token.clone(),
            subject_token_type: subject_token_type.to_owned(),
        });
        exchange.client_secret = self.client.api_key().cloned();
        exchange.organization_id = organization_id.cloned();
        self.get_profile_and_token(&SsoTokenRequest::TokenExchange(exchange)).await
    }
}

#[cfg(feature = "events")]
impl super::generated::Events<'_> {
    /// Follows the event stream from `start`, oldest first, for as long as the stream is
    /// polled: each event comes with the cursor to store once it is applied, and at the end
    /// of the stream it waits [`Follow::poll_interval`](crate::events::Follow::poll_interval)
    /// before asking again. Nothing is stored for you: delivery is at least once.
    ///
    /// ```no_run
    /// # async fn demo(workos: workos::Workos) -> Result<(), workos::Error> {
    /// use workos::events::{EventData, Follow, Start};
    /// use workos::futures::StreamExt;
    ///
    /// let stored: Option<String> = None; // your stored cursor
    /// let mut stream = workos.events().follow(Start::from_cursor(stored), Follow::new().events(["dsync.user.created"]));
    /// while let Some(item) = stream.next().await {
    ///     let delivery = match item {
    ///         Ok(delivery) => delivery,
    ///         Err(error) if error.undecoded_event().is_some() => continue, // or log it, or stop
    ///         Err(error) => return Err(error),
    ///     };
    ///     if let EventData::DsyncUserCreated(user) = &delivery.event.data {
    ///         println!("{}", user.id); // apply it, then store delivery.cursor()
    ///     }
    /// }
    /// # Ok(()) }
    /// ```
    // `#[inline]` (with `newest_cursor` and `lister`): see `events::follow::follow`.
    #[inline]
    pub fn follow(
        &self,
        start: crate::events::Start,
        follow: crate::events::Follow,
    ) -> crate::events::EventStream {
        crate::events::follow::follow(self.lister(), start, follow)
    }

    /// Where to follow from after a full sync: the newest event of `follow`'s types and
    /// organization ([`Start::Beginning`](crate::events::Start::Beginning) when there is
    /// none). Take it *before* the sync: events that happen during the sync are then
    /// followed too (some perhaps already reflected in what the sync read, which applying
    /// them again must tolerate), and none is missed.
    #[inline]
    pub async fn newest_cursor(&self, follow: &crate::events::Follow) -> crate::Result<crate::events::Start> {
        crate::events::follow::newest_cursor(self.lister(), follow).await
    }

    #[inline]
    fn lister(&self) -> crate::events::follow::ListEvents {
        let client = self.client.clone();
        Box::new(move |params| client.events().list(params))
    }
}

/// AuthKit's hand-written helpers where WorkOS's docs and SDKs list them, next to the
/// generated aliases of AuthKit's operations (see [`super::generated::UserManagement`]).
#[cfg(all(feature = "authkit", feature = "user-management"))]
impl super::generated::UserManagement<'_> {
    /// The same as [`AuthKit::authenticate_with_code`](crate::handles::AuthKit::authenticate_with_code),
    /// which documents it: exchanges the `code` AuthKit's redirect brought back for the user
    /// and their tokens.
    #[inline]
    pub async fn authenticate_with_code(
        &self,
        code: &str,
        code_verifier: Option<&crate::Secret>,
    ) -> crate::error::Result<crate::types::AuthenticateResponse> {
        self.client.authkit().authenticate_with_code(code, code_verifier).await
    }

    /// The same as [`AuthKit::poll_device_authorization`](crate::handles::AuthKit::poll_device_authorization),
    /// which documents it: waits for the user to confirm a device authorization.
    #[inline]
    pub async fn poll_device_authorization(
        &self,
        authorization: &crate::types::DeviceAuthorization,
    ) -> crate::error::Result<crate::types::AuthenticateResponse> {
        self.client.authkit().poll_device_authorization(authorization).await
    }

    /// The same as [`AuthKit::jwks_url`](crate::handles::AuthKit::jwks_url): the URL of an
    /// application's JWKS. Makes no request.
    pub fn jwks_url(&self, client_id: &str) -> String {
        self.client.authkit().jwks_url(client_id)
    }
}
