//! The signed-in user a [`SessionLayer`](super::SessionLayer) hands the handlers:
//! [`AuthUser`] (required: `401` without one) and `Option<AuthUser>`.

use std::sync::Arc;

use axum_core::extract::{FromRequestParts, OptionalFromRequestParts};
use axum_core::response::{IntoResponse, Response};
use http::StatusCode;
use http::request::Parts;

use super::error_response;
use crate::Secret;
use crate::signin::access_token::{AccessTokenClaims, ImpersonatorClaim};
use crate::signin::session::Session;
use crate::types::User;

/// The signed-in user of a request, with the verified claims of their access token.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct AuthUser {
    /// The user.
    pub user: User,
    /// The verified claims: organization, role, permissions, entitlements, impersonator.
    pub claims: AccessTokenClaims,
    session: Arc<Session>,
}

impl AuthUser {
    pub(crate) fn new(session: Session, claims: AccessTokenClaims) -> AuthUser {
        AuthUser { user: session.user.clone(), claims, session: Arc::new(session) }
    }

    /// The organization the session is signed in to.
    pub fn organization_id(&self) -> Option<&str> {
        self.claims.org_id.as_deref()
    }

    /// The user's role in that organization.
    pub fn role(&self) -> Option<&str> {
        self.claims.role.as_deref()
    }

    /// The permissions the user's roles grant.
    pub fn permissions(&self) -> &[String] {
        &self.claims.permissions
    }

    /// Whether the user has `permission`.
    pub fn has_permission(&self, permission: &str) -> bool {
        self.claims.permissions.iter().any(|p| p == permission)
    }

    /// The organization's entitlements.
    pub fn entitlements(&self) -> &[String] {
        &self.claims.entitlements
    }

    /// The administrator impersonating the user, if any.
    pub fn impersonator(&self) -> Option<&ImpersonatorClaim> {
        self.claims.impersonator.as_ref()
    }

    /// The WorkOS session id.
    pub fn session_id(&self) -> Option<&str> {
        self.claims.sid.as_deref()
    }

    /// The access token, to call your own APIs on the user's behalf.
    pub fn access_token(&self) -> &Secret {
        &self.session.access_token
    }

    /// The whole session the cookie holds.
    pub fn session(&self) -> &Session {
        &self.session
    }
}

/// The rejection of [`AuthUser`] where no session layer put a user: `401` with a JSON body.
#[derive(Debug, Clone, Copy)]
pub struct NotSignedIn;

impl IntoResponse for NotSignedIn {
    fn into_response(self) -> Response {
        error_response::json(StatusCode::UNAUTHORIZED, "unauthenticated", "sign in first")
    }
}

impl<S: Send + Sync> FromRequestParts<S> for AuthUser {
    type Rejection = NotSignedIn;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        parts.extensions.get::<AuthUser>().cloned().ok_or(NotSignedIn)
    }
}

impl<S: Send + Sync> OptionalFromRequestParts<S> for AuthUser {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Option<Self>, Self::Rejection> {
        Ok(parts.extensions.get::<AuthUser>().cloned())
    }
}
