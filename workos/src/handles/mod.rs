//! The handles: one type per area of the API (`workos.organizations()` is an
//! [`Organizations`]), with one method per operation.
//!
//! Every handle and its methods are generated from the spec (`spec/`) by `cargo xtask
//! generate` into `generated.rs`, which is never edited by hand and which `cargo xtask check`
//! keeps fresh: a method checks its arguments (`arguments.rs`), then sends its operation
//! through the client's transport, or returns a [`Paginator`](crate::Paginator) for a list.
//! What a generator cannot say, a few methods that fill in the client's own credentials or
//! make no request, is written by hand beside it, in `extras.rs`. Each handle is compiled
//! with its area's cargo feature.

pub(crate) mod arguments;
mod extras;
#[rustfmt::skip]
#[allow(clippy::all)]
mod generated;

pub use extras::ACCESS_TOKEN_TYPE;
// With no area, the generated module holds nothing to re-export.
#[cfg_attr(not(feature = "all-areas"), allow(unused_imports))]
pub use generated::*;
