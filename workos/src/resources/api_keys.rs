//! API keys your users and organizations create for your own API.

use crate::client::Workos;

/// API keys your users and organizations create for your own API. From [`Workos::api_keys`].
#[derive(Debug, Clone, Copy)]
pub struct ApiKeys<'a> {
    pub(crate) client: &'a Workos,
}

impl ApiKeys<'_> {}
