//! [`SessionLayer`]: a `tower::Layer` that opens the session cookie of every request, verifies
//! its access token, refreshes the session when the token has expired (once for all the
//! requests of the session at the same time: [`SessionCookies::authenticate_or_refresh`]),
//! sets the new cookie on the response, and puts an [`AuthUser`] in the request's extensions.
//! Works for any tower service over `http` requests; the response body only has to be
//! buildable from a `String` (axum's `Body` is).
//!
//! [`SessionCookies::authenticate_or_refresh`]: crate::signin::session::SessionCookies::authenticate_or_refresh

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};

use http::header::{LOCATION, SET_COOKIE};
use http::{HeaderValue, Method, Request, Response, StatusCode};
use tower_layer::Layer;
use tower_service::Service;

use super::auth::Auth;
use super::error_response;
use super::extract::AuthUser;
use crate::signin::session::is_signed_out;

/// What a [`SessionLayer`] does with a request without a usable session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Unauthenticated {
    /// Pages: `303` to the sign-in route with `return_to` set to the request's path (for
    /// `GET` and `HEAD`; other methods get the `401`).
    RedirectToSignIn,
    /// APIs: `401` with a JSON body.
    Unauthorized,
    /// Open routes: the request goes on without a user (also when WorkOS cannot be reached
    /// to refresh the session).
    Continue,
}

/// The session layer; see the [module](self).
#[derive(Debug, Clone)]
pub struct SessionLayer {
    auth: Auth,
    unauthenticated: Unauthenticated,
}

impl Auth {
    /// A layer for pages: a request without a usable session is sent to sign in (`303` to the
    /// sign-in route, remembering its path to return to).
    pub fn layer(&self) -> SessionLayer {
        SessionLayer::new(self.clone(), Unauthenticated::RedirectToSignIn)
    }

    /// A layer for APIs: a request without a usable session is answered `401` with a JSON body.
    pub fn api_layer(&self) -> SessionLayer {
        SessionLayer::new(self.clone(), Unauthenticated::Unauthorized)
    }

    /// A layer for routes open to all: a request without a usable session goes on without a
    /// user (`Option<AuthUser>` is `None`); a session is still refreshed when it must be.
    pub fn optional_layer(&self) -> SessionLayer {
        SessionLayer::new(self.clone(), Unauthenticated::Continue)
    }
}

impl SessionLayer {
    pub(crate) fn new(auth: Auth, unauthenticated: Unauthenticated) -> SessionLayer {
        SessionLayer { auth, unauthenticated }
    }
}

impl<S> Layer<S> for SessionLayer {
    type Service = SessionService<S>;

    fn layer(&self, inner: S) -> SessionService<S> {
        SessionService { inner, auth: self.auth.clone(), unauthenticated: self.unauthenticated }
    }
}

/// The service [`SessionLayer`] wraps around another.
#[derive(Debug, Clone)]
pub struct SessionService<S> {
    inner: S,
    auth: Auth,
    unauthenticated: Unauthenticated,
}

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for SessionService<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>> + Clone + Send + 'static,
    S::Future: Send + 'static,
    ReqBody: Send + 'static,
    ResBody: From<String> + Send + 'static,
{
    type Response = Response<ResBody>;
    type Error = S::Error;
    type Future = Pin<Box<dyn Future<Output = Result<Self::Response, Self::Error>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, mut request: Request<ReqBody>) -> Self::Future {
        // The clone that was made ready serves this request; the fresh clone waits for the next.
        let clone = self.inner.clone();
        let mut inner = std::mem::replace(&mut self.inner, clone);
        let auth = self.auth.clone();
        let unauthenticated = self.unauthenticated;
        Box::pin(async move {
            let cookie = auth.session_cookie(request.headers()).map(str::to_owned);
            let mut set_cookie = None;
            let refused = match cookie {
                None => true,
                Some(cookie) => match auth.cookies().authenticate_or_refresh(&cookie).await {
                    Ok(current) => {
                        if let Some(sealed) = &current.refreshed_cookie {
                            set_cookie = Some(auth.set_session_cookie(sealed.expose()));
                        }
                        request.extensions_mut().insert(AuthUser::new(current.session, current.claims));
                        false
                    }
                    Err(error) if is_signed_out(&error) => {
                        tracing::debug!(%error, "session refused");
                        set_cookie = Some(auth.clear_session_cookie());
                        true
                    }
                    // WorkOS unreachable: not the user's fault, so the cookie stays; an open
                    // route goes on without a user, the others fail.
                    Err(error) => {
                        tracing::warn!(%error, "session could not be checked");
                        if unauthenticated != Unauthenticated::Continue {
                            return Ok(error_response::response_with(&error));
                        }
                        false
                    }
                },
            };
            if refused && unauthenticated != Unauthenticated::Continue {
                let mut response = refusal(&auth, unauthenticated, &request);
                append_cookie(&mut response, set_cookie);
                return Ok(response);
            }
            let mut response = inner.call(request).await?;
            append_cookie(&mut response, set_cookie);
            Ok(response)
        })
    }
}

fn append_cookie<B>(response: &mut Response<B>, cookie: Option<String>) {
    if let Some(value) = cookie.and_then(|c| HeaderValue::try_from(c).ok()) {
        response.headers_mut().append(SET_COOKIE, value);
    }
}

fn refusal<B: From<String>, R>(
    auth: &Auth,
    unauthenticated: Unauthenticated,
    request: &Request<R>,
) -> Response<B> {
    let page = matches!(*request.method(), Method::GET | Method::HEAD);
    if unauthenticated == Unauthenticated::RedirectToSignIn && page {
        let return_to = request.uri().path_and_query().map_or("/", |p| p.as_str());
        let query: String =
            url::form_urlencoded::Serializer::new(String::new()).append_pair("return_to", return_to).finish();
        let location = format!("{}?{query}", auth.inner.sign_in_path);
        let mut response = Response::new(B::from(String::new()));
        *response.status_mut() = StatusCode::SEE_OTHER;
        if let Ok(value) = HeaderValue::try_from(location) {
            response.headers_mut().insert(LOCATION, value);
        }
        return response;
    }
    error_response::json_with(StatusCode::UNAUTHORIZED, "unauthenticated", "sign in first")
}
