//! `workos-spec`: our own description of the WorkOS API, in Rust.
//!
//! Every module describes one area of the API: the request and response types (plain Rust
//! types deriving [`schemars::JsonSchema`], whose doc comments become the schema
//! descriptions) and the operations that use them ([`Operation`]). [`openapi`] renders the
//! whole description as one OpenAPI 3.0 document; `cargo xtask generate` writes it to
//! `spec/openapi.json`, which reviewers read and `workos-codegen` turns into the client.
//!
//! Rules every response type follows (see `shared/reference/api-notes.md`): a field is
//! required only when it identifies the object (`id`, `object`) or the API has sent it for as
//! long as the object has existed; every other field is an `Option` or a collection that may
//! be absent. Unknown fields are always accepted (no type denies them), and enums are
//! rendered as named schemas so that the generated client can keep values it does not know.

#![deny(missing_docs)]
// The types here only describe the wire format: they are never built, so they need no `Debug`.
#![allow(missing_debug_implementations)]

pub mod common;
pub mod directory_sync;
pub mod events;
pub mod organizations;
pub mod sso;

mod operation;
mod render;

pub use operation::{Auth, BodyKind, Method, Operation};
pub use render::{RenderError, X_IDEMPOTENT, X_LIST, X_REDIRECT};

/// The tags (API areas) of the description, in the order the reference lists them, with our
/// one-line description of each.
pub const TAGS: &[(&str, &str)] = &[
    ("organizations", "Organizations: the companies that use your application."),
    ("organization-domains", "Domains an organization owns, and their verification."),
    ("connections", "Single Sign-On connections to identity providers."),
    ("directories", "Directories synchronised from an identity provider or HR system."),
    ("directory-users", "Users provisioned by a directory."),
    ("directory-groups", "Groups provisioned by a directory."),
    ("events", "The event stream of the environment."),
];

/// Every operation of the description.
pub fn operations() -> Vec<Operation> {
    [organizations::operations(), sso::operations(), directory_sync::operations(), events::operations()]
        .concat()
}

/// The description as an OpenAPI 3.0 document.
pub fn openapi() -> Result<openapiv3::OpenAPI, RenderError> {
    render::render(&operations(), TAGS)
}

/// The description as the pretty-printed JSON committed in `spec/openapi.json`.
pub fn openapi_json() -> Result<String, RenderError> {
    let doc = openapi()?;
    let mut json = serde_json::to_string_pretty(&doc).expect("an OpenAPI document always serializes");
    json.push('\n');
    Ok(json)
}
