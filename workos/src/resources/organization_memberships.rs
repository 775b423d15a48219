//! Users' memberships in organizations.

use crate::client::Workos;

/// Users' memberships in organizations. From [`Workos::organization_memberships`].
#[derive(Debug, Clone, Copy)]
pub struct OrganizationMemberships<'a> {
    pub(crate) client: &'a Workos,
}

impl OrganizationMemberships<'_> {}
