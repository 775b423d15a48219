//! Feature flags and their targets.

use crate::client::Workos;

/// Feature flags and their targets. From [`Workos::feature_flags`].
#[derive(Debug, Clone, Copy)]
pub struct FeatureFlags<'a> {
    pub(crate) client: &'a Workos,
}

impl FeatureFlags<'_> {}
