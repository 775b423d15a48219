//! `workos`: the Rust SDK for the [WorkOS](https://workos.com) API.
//!
//! ```no_run
//! # async fn demo() -> Result<(), workos::Error> {
//! use workos::types::CreateOrganization;
//!
//! let workos = workos::Workos::from_env()?; // WORKOS_API_KEY, WORKOS_CLIENT_ID
//! let acme = workos.organizations().create(&CreateOrganization::new("Acme")).await?;
//! let fetched = workos.organizations().get(&acme.id).await?;
//! assert_eq!(fetched.name, "Acme");
//! # Ok(()) }
//! ```
//!
//! - [`Workos`] is the client; build it with [`Workos::builder`] or [`Workos::from_env`].
//! - Each area of the API has a handle: [`Workos::organizations`], [`Workos::sso`],
//!   [`Workos::directory_sync`], [`Workos::events`], ...
//! - Request and response types are in [`types`]. Enums keep values this version does not
//!   know (`Unknown(String)`), and absent or `null` optional fields never fail a response.
//!   Every type is `#[non_exhaustive]`: build what you send with `new` or `default()` and
//!   its setters, as [`types`] shows.
//! - Lists return a [`Paginator`]: await it for one page, or walk [`Paginator::items`] and
//!   [`Paginator::pages`] as streams.
//! - Every failure is an [`Error`]; branch on [`Error::kind`]; [`Error::request_id`] is what
//!   WorkOS support asks for.
//! - Writes are retried only where that is safe: each method's documentation says whether it
//!   is (an `Idempotency-Key` sent for it) or not.
//! - An endpoint without a method yet: [`Workos::get`], [`Workos::post`], [`Workos::request`].
//!
//! # Typed ids and named arguments
//!
//! Every id the API prefixes has a type of its own ([`types::OrganizationId`] for `org_...`,
//! [`types::UserId`] for `user_...`, ...): responses carry them and methods take them, so an
//! id of one kind handed where another belongs is a compile error. An id you hold as a string
//! (from a URL, a database) converts explicitly, and nothing about it is checked:
//!
//! ```no_run
//! # async fn demo(workos: &workos::Workos, user: workos::types::User) -> workos::Result<()> {
//! use workos::types::OrganizationId;
//!
//! let organization = workos.organizations().get(&OrganizationId::new("org_01EHZNVPK3SFK441A1RGBFSHRT")).await?;
//! let same = workos.organizations().get(&organization.id).await?;
//! let fetched = workos.user_management().get_user(&user.id).await?;
//! # let _ = (same, fetched); Ok(()) }
//! ```
//!
//! ```compile_fail,E0308
//! # async fn demo(workos: &workos::Workos, user: workos::types::User) -> workos::Result<()> {
//! // A user's id is not an organization's.
//! let organization = workos.organizations().get(&user.id).await?;
//! # Ok(()) }
//! ```
//!
//! A request's required fields are `new`'s arguments, in the order the API documents them.
//! Where two of them have one type (a range's start and end), they are named instead, in a
//! `...Required` struct, so a swapped call does not compile:
//!
//! ```
//! use workos::chrono::{Duration, Utc};
//! use workos::types::{CreateAuditLogExport, CreateAuditLogExportRequired, OrganizationId};
//!
//! let (range_start, range_end) = (Utc::now() - Duration::days(7), Utc::now());
//! let export = CreateAuditLogExport::new(CreateAuditLogExportRequired {
//!     organization_id: OrganizationId::new("org_01EHZNVPK3SFK441A1RGBFSHRT"),
//!     range_start,
//!     range_end,
//! });
//! # assert_eq!(export.range_start, range_start);
//! ```
//!
//! ```compile_fail,E0061
//! use workos::chrono::{Duration, Utc};
//! use workos::types::{CreateAuditLogExport, OrganizationId};
//!
//! let (start, end) = (Utc::now() - Duration::days(7), Utc::now());
//! // Positional, the end could be given as the start: this does not compile.
//! let export = CreateAuditLogExport::new(OrganizationId::new("org_1"), end, start);
//! ```
//!
//! ```compile_fail,E0308
//! use workos::types::{CreateOrganizationMembership, OrganizationId, UserId};
//!
//! // The membership's user and organization, swapped: two id types, so a compile error.
//! let membership = CreateOrganizationMembership::new(OrganizationId::new("org_1"), UserId::new("user_1"));
//! ```
//!
//! # How the crate is made
//!
//! Every handle ([`handles`]), one method per operation, and [`events::EventData`] are
//! generated from the spec (`spec/`) by `cargo xtask generate`, never edited by hand and kept
//! fresh by `cargo xtask check`: each method checks its arguments, then calls the generated
//! low-level client (`workos-api`) through the client's transport (pacing, deadline,
//! retries, errors), or returns a [`Paginator`]. What is written by hand is that machinery
//! and what no generator can express: sign-in ([`signin`]: URLs, PKCE, access tokens,
//! sessions, AuthKit's follow-up steps), signed webhooks and Actions ([`webhooks`]), typed
//! events ([`events`]), and the helpers WorkOS's other SDKs have beyond plain calls: Vault's
//! local encryption ([`vault`]), the feature-flag runtime client ([`feature_flags`]) and the
//! local check of agent credentials ([`agents`]). `ARCHITECTURE.md` in the repository walks
//! one call through the layers.
//!
//! # Runtime
//!
//! Calls are `async` and need a [Tokio](https://tokio.rs) runtime with its time driver (the
//! default of `#[tokio::main]`, or a runtime built with `enable_time`/`enable_all`): the
//! client's deadlines, retries and pacing are Tokio timers, and its HTTP client is reqwest's,
//! which runs on Tokio. Awaiting a call on another executor (`futures::executor::block_on`,
//! `async-std`, smol) panics inside Tokio. From synchronous code, build a runtime and
//! `block_on` there:
//!
//! ```no_run
//! # fn main() -> Result<(), Box<dyn std::error::Error>> {
//! let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
//! let workos = workos::Workos::from_env()?;
//! let id = workos::types::OrganizationId::new("org_123");
//! let organization = runtime.block_on(workos.organizations().get(&id))?;
//! # let _ = organization;
//! # Ok(()) }
//! ```
//!
//! # Cargo features
//!
//! | feature | what it does |
//! |---|---|
//! | `rustls` (default) | TLS by rustls with the *ring* provider, checked against the operating system's trust store |
//! | `rustls-webpki-roots` | rustls with Mozilla's roots compiled in, for images with no CA store (wins over `rustls`) |
//! | `native-tls` | the platform's TLS library (OpenSSL on Linux), when neither rustls feature is on |
//! | `all-areas` (default) | every area of the API, listed below |
//! | one per area: `organizations`, `sso`, `authkit`, `user-management`, `directory-sync`, `events`, ... | that area's handles, operations and types (the names are the areas of the spec's handles, in kebab case); `authkit` brings [`signin::authentication`] and [`signin::access_token`], `events` brings [`events`] and [`webhooks::WebhookVerifier::construct_event`], `vault` brings [`vault`] (Vault's local encryption), `feature-flags` brings [`feature_flags`] (flags evaluated locally), `agents` with `authkit` brings [`agents`] |
//! | `session-cookies` (default) | AuthKit's sealed session cookies, [`signin::session`] (with `authkit`, and AES-CBC) |
//! | `axum` | sign-in for tower and axum web services, `workos::web`: a session layer, sign-in, callback and sign-out, extractors for the user and for verified webhooks; builds on `session-cookies` (brings `axum-core`, `http`, `tower-layer` and `tower-service`, not axum itself) |
//!
//! Each area is compiled only when its feature is on: a program that calls a few areas turns
//! off the default features and names them, with a TLS feature, and its build compiles only
//! their operations and types:
//!
//! ```toml
//! workos = { package = "workos-sdk", version = "0.1", default-features = false, features = ["rustls", "organizations"] }
//! ```
//!
//! What needs no area (the client, errors, pagination, [`signin::urls`], [`signin::pkce`], webhook signature
//! checks) is always there. `cargo xtask features` checks that every feature builds alone.
//!
//! With `default-features = false` and no TLS feature, hand in a `reqwest::Client` of your
//! own with [`WorkosBuilder::http_client`] (which also serves proxies and custom roots).
//! Crates whose types appear in this API are re-exported: [`chrono`], [`futures`],
//! [`serde_json`] and [`reqwest`]; [`prelude`] holds what most programs import. `futures` is
//! the `futures-util` crate: the same `Stream`, `StreamExt`, `TryStreamExt` and boxed types as
//! the `futures` crate's, without its io, channel and sink parts (depend on `futures` for those).
//!
//! # Testing your code without WorkOS
//!
//! The `workos-test-server` crate holds a local server that answers every operation of the
//! API the way the spec describes it: it checks the key, the path, the query and the body
//! of each request (a wrong one gets a 422 naming the field), answers with deterministic
//! objects, pages seeded lists, records what it received and injects faults on demand. Add
//! it as a dev-dependency and point the client at it:
//!
//! ```
//! use workos_test_server::{Fault, TestServer};
//!
//! # #[tokio::main] async fn main() -> Result<(), workos::Error> {
//! let server = TestServer::start().await; // 127.0.0.1, an ephemeral port
//! let workos = workos::Workos::builder()
//!     .api_key(server.api_key())
//!     .base_url(server.url()) // plain http is accepted for loopback only
//!     .build()?;
//!
//! // Your code under test calls WorkOS as usual...
//! let id = workos::types::OrganizationId::new("org_01EHZNVPK3SFK441A1RGBFSHRT");
//! let organization = workos.organizations().get(&id).await?;
//! assert_eq!(organization.id, id);
//!
//! // ...and the test checks what was sent,
//! let sent = server.requests_for("get_organization");
//! assert_eq!(sent[0].path, "/organizations/org_01EHZNVPK3SFK441A1RGBFSHRT");
//!
//! // or makes WorkOS misbehave: here a rate limit, which the client waits out and retries.
//! server.inject("get_organization", Fault::status(429).header("Retry-After", "1").times(1));
//! workos.organizations().get(&id).await?;
//! assert_eq!(server.requests_for("get_organization").len(), 3);
//! # Ok(()) }
//! ```
//!
//! `server.seed("list_users", 5_000)` sizes a list; an id such as `org_missing` (starting or
//! ending with `missing`) is answered with a 404. To try things by hand, `cargo run -p workos-test-server`
//! serves the same on `127.0.0.1:8787`.

#![deny(missing_docs)]
// docs.rs (`--cfg docsrs`, nightly) marks each item with the cargo features it needs.
#![cfg_attr(docsrs, feature(doc_cfg))]
// The client's machinery (path checks, idempotency keys, pacing) serves the areas' methods;
// a build with only some areas leaves parts of it unused.
#![cfg_attr(not(feature = "all-areas"), allow(dead_code))]

// The client and what every call goes through.
mod client;
mod error;
mod pagination;
mod time;
mod transport;

// The areas of the API: one handle each, one method per operation (generated).
pub mod handles;

// What is not one call: sign-in, webhooks, typed events, and the helpers WorkOS's other SDKs
// have beyond plain calls.
#[cfg(all(feature = "agents", feature = "authkit"))]
pub mod agents;
#[cfg(feature = "events")]
pub mod events;
#[cfg(feature = "feature-flags")]
pub mod feature_flags;
pub mod signin;
#[cfg(feature = "vault")]
pub mod vault;
#[cfg(feature = "axum")]
pub mod web;
pub mod webhooks;

pub use client::Workos;
pub use client::builder::{
    DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_MAX_RESPONSE_SIZE, DEFAULT_TIMEOUT, WorkosBuilder,
};
pub use client::http::http_client_builder;
pub use client::raw::RawRequest;
pub use client::tls::install_default_provider as install_tls_provider;
pub use error::{ApiError, DecodeError, Error, ErrorKind, FieldError, Rejection, Result};
pub use handles::ACCESS_TOKEN_TYPE;
pub use pagination::{Direction, Items, Page, Pages, Paginator};
pub use transport::budget::RetryBudget;
pub use transport::metrics::Metrics;
pub use transport::pacing::RateLimit;
#[cfg(feature = "redis")]
#[cfg_attr(docsrs, doc(cfg(feature = "redis")))]
pub use transport::redis::{DEFAULT_REDIS_TIMEOUT, RedisPacing};
pub use transport::retry::RetryPolicy;
pub use workos_api::{Secret, encode_path_segment};

// Crates whose types appear in this crate's API, so that using it needs no dependency of your
// own on them (nor a matching version): `chrono` for times, `futures` (`futures-util`, whose
// traits the `futures` crate re-exports, so they are the same ones) for streams,
// `serde_json` for free-form values, `reqwest` for `WorkosBuilder::http_client` (and a client of
// the application's own, which has *ring* for TLS once a `Workos` is built or
// `install_tls_provider` ran).
pub use chrono;
pub use futures;
pub use reqwest;
pub use serde_json;

/// What most programs need, in one import: `use workos::prelude::*;`.
///
/// Brings the client, the error and result types, the paginator, and the stream extension
/// traits (as `_`, for their methods only) that walking a list uses.
pub mod prelude {
    pub use crate::{Error, ErrorKind, Paginator, Result, Workos};
    pub use futures::{StreamExt as _, TryStreamExt as _};
}

// The crate's README (its page on crates.io) compiles and runs as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeExamples;

/// Request and response types of every operation, generated from the spec.
///
/// # Types that can grow
///
/// WorkOS adds fields to its objects and values to its enums. So that each addition is a
/// minor release of this crate and never breaks your build, every type here is
/// `#[non_exhaustive]`: a value is never built by struct literal (not even with
/// `..Default::default()`), and an enum is never matched without a `_` arm. Build what you
/// send with `new` (the required fields) or `default()`, then one chainable setter per field,
/// named after it:
///
/// ```
/// use workos::types::{CreateOrganization, ListOrganizationsParams, PaginationOrder};
///
/// let params = ListOrganizationsParams::default().limit(5).order(PaginationOrder::Desc);
/// assert_eq!(params.limit, Some(5));
/// assert_eq!(params.order, Some(PaginationOrder::Desc));
/// assert_eq!(params.after, None);
///
/// let body = CreateOrganization::new("Acme")
///     .external_id("ext_1")
///     .domains(["acme.com", "acme.dev"])
///     .metadata([("tier", "gold")]);
/// assert_eq!(body.name, "Acme");
/// assert_eq!(body.external_id.as_deref(), Some("ext_1"));
/// assert_eq!(body.domains, ["acme.com", "acme.dev"]);
/// assert_eq!(body.metadata.unwrap()["tier"], "gold");
/// ```
///
/// A setter of an optional field stores `Some`; one of a list or a map takes any iterator of
/// values or of `(key, value)` pairs; numbers and `bool` are taken as they are, everything
/// else through `Into` (a `&str` for a string, a [`Secret`] or an open enum).
/// Fields stay public, to read and to assign.
///
/// A struct literal does not compile (the types are defined in `workos-api`, so this holds in
/// your code and in this crate's alike), even one that names every field:
///
/// ```compile_fail,E0639
/// let organization = workos::types::Organization {
///     allow_profiles_outside_organization: None,
///     created_at: chrono::DateTime::UNIX_EPOCH,
///     domains: Vec::new(),
///     external_id: None,
///     id: "org_1".into(),
///     metadata: Default::default(),
///     name: "Acme".into(),
///     object: "organization".into(),
///     stripe_customer_id: None,
///     updated_at: chrono::DateTime::UNIX_EPOCH,
/// };
/// ```
///
/// and neither does one that fills the rest from `Default`:
///
/// ```compile_fail,E0639
/// let params = workos::types::ListOrganizationsParams { limit: Some(5), ..Default::default() };
/// ```
pub mod types {
    pub use workos_api::types::*;
    // The event list's items and webhooks are the typed event; the page's own event type
    // (its data still JSON text) stays in `workos_api`.
    #[cfg(feature = "events")]
    pub use crate::events::Event;
}
