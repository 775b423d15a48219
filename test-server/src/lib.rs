//! `workos-test-server`: a local WorkOS server for tests.
//!
//! [`TestServer`] answers every operation of the WorkOS API on `127.0.0.1`, the way the SDK's
//! description of the API (`spec/openapi.json` in its repository, packaged here as
//! `openapi.json`) says: it checks each request against it, answers with deterministic
//! objects, and lets tests inject faults and read back what was sent. The SDK's tour, its
//! tests and your own tests use it the same way (add it as a dev-dependency):
//!
//! ```ignore
//! // With the SDK (this example runs as a doctest of `workos-sdk`, which depends on this crate):
//! let server = workos_test_server::TestServer::start().await;
//! let workos = workos::Workos::builder().api_key(server.api_key()).base_url(server.url()).build()?;
//! let organization = workos.organizations().get("org_123").await?;
//! assert_eq!(organization.id, "org_123");
//! assert_eq!(server.requests_for("get_organization")[0].path, "/organizations/org_123");
//! ```
//!
//! It is plain HTTP/1.1, so any client works:
//!
//! ```
//! use tokio::io::{AsyncReadExt, AsyncWriteExt};
//!
//! # #[tokio::main] async fn main() -> std::io::Result<()> {
//! let server = workos_test_server::TestServer::start().await;
//! let address = server.url().trim_start_matches("http://").to_owned();
//! let mut connection = tokio::net::TcpStream::connect(&address).await?;
//! let request = format!(
//!     "GET /organizations/org_123 HTTP/1.1\r\nHost: {address}\r\nAuthorization: Bearer {}\r\nConnection: close\r\n\r\n",
//!     server.api_key()
//! );
//! connection.write_all(request.as_bytes()).await?;
//! let mut answer = String::new();
//! connection.read_to_string(&mut answer).await?;
//! assert!(answer.starts_with("HTTP/1.1 200"));
//! assert!(answer.contains(r#""id":"org_123""#));
//! assert_eq!(server.requests_for("get_organization").len(), 1);
//! # Ok(()) }
//! ```
//!
//! Whatever a client sends, the server stays bounded (see [`TestServer`] for the limits,
//! [`TestServer::builder`] to set them): a request without a valid key is refused before its
//! body is read, bodies and request heads have a size limit, a head must arrive within a
//! timeout, and the request log keeps only the latest requests.
//!
//! `cargo run -p workos-test-server` (or the installed `workos-local-server` binary) serves
//! the same on `127.0.0.1:8787` for trying things by hand.

#![deny(missing_docs)]

mod server;

pub use server::{
    DEFAULT_ACCESS_TOKEN_LIFETIME, DEFAULT_API_KEY, DEFAULT_CLIENT_ID, DEFAULT_HEADER_READ_TIMEOUT,
    DEFAULT_LIST_SIZE, DEFAULT_MAX_BODY_SIZE, DEFAULT_MAX_HEADER_SIZE, DEFAULT_REQUEST_LOG_CAPACITY, Fault,
    RecordedRequest, TestServer, TestServerBuilder, WebhookDelivery, example, example_json, example_json_for,
};
