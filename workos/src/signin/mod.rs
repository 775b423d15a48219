//! Signing users in: the URLs a browser opens ([`urls`]) with PKCE ([`pkce`]), the AuthKit
//! answers that need another step and device authorization ([`authentication`]), access-token
//! verification against the environment's key set ([`access_token`]), and sealed session
//! cookies ([`session`]).
//!
//! Only the URL builders and PKCE need no area: the rest comes with the `authkit` feature,
//! and sessions with `session-cookies`.

#[cfg(feature = "authkit")]
pub mod access_token;
#[cfg(feature = "authkit")]
pub mod authentication;
pub mod pkce;
#[cfg(feature = "session-cookies")]
pub mod session;
pub mod urls;
