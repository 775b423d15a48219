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
//! - Lists return a [`Paginator`]: await it for one page, or walk [`Paginator::items`] and
//!   [`Paginator::pages`] as streams.
//! - Every failure is an [`Error`]; branch on [`Error::kind`].

#![deny(missing_docs)]

pub mod access_token;
pub mod authentication;
mod client;
mod config;
mod error;
pub mod event;
mod iron;
mod json_path;
mod pacing;
mod pagination;
mod params;
pub mod pkce;
mod resources;
mod retry;
pub mod session;
pub mod signatures;
mod transport;
pub mod urls;

pub use client::Workos;
pub use config::{DEFAULT_BASE_URL, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, WorkosBuilder};
pub use error::{ApiError, DecodeError, Error, ErrorKind, FieldError, Rejection, Result};
pub use pacing::RateLimit;
pub use pagination::{Direction, Items, Page, Pages, Paginator};
pub use resources::*;
pub use retry::RetryPolicy;
pub use workos_api::Secret;

/// Request and response types of every operation, generated from the spec.
pub mod types {
    pub use workos_api::types::*;
}
