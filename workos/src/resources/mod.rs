//! One handle per area of the API, reached from [`crate::Workos`].

pub mod directory_sync;
pub mod events;
pub mod organizations;
pub mod sso;

use crate::client::Workos;

impl Workos {
    /// Organizations.
    pub fn organizations(&self) -> organizations::Organizations<'_> {
        organizations::Organizations { client: self }
    }

    /// Organization domains and their verification.
    pub fn organization_domains(&self) -> organizations::OrganizationDomains<'_> {
        organizations::OrganizationDomains { client: self }
    }

    /// Single Sign-On.
    pub fn sso(&self) -> sso::Sso<'_> {
        sso::Sso { client: self }
    }

    /// Directory Sync.
    pub fn directory_sync(&self) -> directory_sync::DirectorySync<'_> {
        directory_sync::DirectorySync { client: self }
    }

    /// The event stream.
    pub fn events(&self) -> events::Events<'_> {
        events::Events { client: self }
    }
}
