//! Tokens for WorkOS widgets.

use crate::client::Workos;

/// Tokens for WorkOS widgets. From [`Workos::widgets`].
#[derive(Debug, Clone, Copy)]
pub struct Widgets<'a> {
    pub(crate) client: &'a Workos,
}

impl Widgets<'_> {}
