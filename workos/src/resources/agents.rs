//! AI agents: registrations, credentials and claims.

use crate::client::Workos;

/// AI agents: registrations, credentials and claims. From [`Workos::agents`].
#[derive(Debug, Clone, Copy)]
pub struct Agents<'a> {
    pub(crate) client: &'a Workos,
}

impl Agents<'_> {}
