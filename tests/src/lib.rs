//! `workos-tests`: a local WorkOS server, and the workspace's integration tests.
//!
//! [`TestServer`] answers every operation of `spec/openapi.json` on `127.0.0.1`, checks each
//! request against the spec, and lets tests inject faults and read back what was sent. The
//! README's tour, this crate's tests and your own tests use it the same way:
//!
//! ```no_run
//! # async fn demo() -> Result<(), workos::Error> {
//! let server = workos_tests::TestServer::start().await;
//! let workos = workos::Workos::builder()
//!     .api_key(server.api_key())
//!     .base_url(server.url())
//!     .build()?;
//! let organization = workos.organizations().get("org_123").await?;
//! assert_eq!(organization.id, "org_123");
//! # Ok(()) }
//! ```

#![deny(missing_docs)]

mod server;

pub use server::{
    DEFAULT_ACCESS_TOKEN_LIFETIME, DEFAULT_API_KEY, DEFAULT_LIST_SIZE, Fault, RecordedRequest, TestServer,
    example, example_json, example_json_for,
};
