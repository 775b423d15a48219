//! Radar: fraud and bot detection.

use crate::client::Workos;

/// Radar: fraud and bot detection. From [`Workos::radar`].
#[derive(Debug, Clone, Copy)]
pub struct Radar<'a> {
    pub(crate) client: &'a Workos,
}

impl Radar<'_> {}
