//! `workos::web`'s session layer around a plain tower service (no axum), served by hyper over
//! a real socket against the local WorkOS server: what it answers without a session, with a
//! valid one, an expired one, a tampered one, and when WorkOS cannot be reached.

use std::convert::Infallible;
use std::future::Ready;
use std::task::{Context, Poll};

use http::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;
use serde_json::Value;
use tower_layer::Layer;
use tower_service::Service;
use workos::Secret;
use workos::web::{Auth, AuthUser};
use workos_test_server::{Fault, TestServer};

use crate::support::client_for;

const PASSWORD: &str = "a-cookie-password-of-at-least-32-characters";

/// A tower service of its own: says who is signed in.
#[derive(Clone)]
struct Whoami;

impl Service<Request<()>> for Whoami {
    type Response = Response<String>;
    type Error = Infallible;
    type Future = Ready<Result<Response<String>, Infallible>>;

    fn poll_ready(&mut self, _: &mut Context<'_>) -> Poll<Result<(), Infallible>> {
        Poll::Ready(Ok(()))
    }

    fn call(&mut self, request: Request<()>) -> Self::Future {
        let who =
            request.extensions().get::<AuthUser>().map_or("anonymous".to_owned(), |u| u.user.email.clone());
        std::future::ready(Ok(Response::new(who)))
    }
}

/// Serves `Whoami` behind the API layer of `auth`; its URL.
async fn serve(auth: &Auth) -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let service = auth.api_layer().layer(Whoami);
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else { return };
            let service = service.clone();
            tokio::spawn(async move {
                let hyper_service =
                    hyper::service::service_fn(move |request: Request<hyper::body::Incoming>| {
                        let mut service = service.clone();
                        async move { service.call(request.map(|_| ())).await }
                    });
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), hyper_service)
                    .await;
            });
        }
    });
    url
}

async fn get(url: &str, cookie: Option<&str>) -> (StatusCode, Vec<String>, String) {
    workos::install_tls_provider();
    let mut request = reqwest::Client::new().get(url);
    if let Some(cookie) = cookie {
        request = request.header("cookie", format!("wos-session={cookie}"));
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    let cookies =
        response.headers().get_all("set-cookie").iter().map(|v| v.to_str().unwrap().to_owned()).collect();
    (status, cookies, response.text().await.unwrap())
}

/// A sealed session from a real code exchange with the local server.
async fn signed_in(server: &TestServer, auth: &Auth) -> (String, String) {
    let answer = client_for(server).authkit().authenticate_with_code("code_1", None).await.unwrap();
    (auth.cookies().seal_authentication(&answer).unwrap().expose().to_owned(), answer.user.email)
}

#[tokio::test]
async fn the_layer_serves_any_tower_service() {
    let server = TestServer::start().await;
    let auth = Auth::new(&client_for(&server), Secret::new(PASSWORD), "http://127.0.0.1:1").unwrap();
    let url = serve(&auth).await;

    // No cookie: 401 with a JSON body, and no cookie to clear.
    let (status, cookies, body) = get(&url, None).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert_eq!(serde_json::from_str::<Value>(&body).unwrap()["error"], "unauthenticated");
    assert!(cookies.is_empty());

    // A valid session reaches the service, which sees the user; nothing is rewritten.
    let (cookie, email) = signed_in(&server, &auth).await;
    let (status, cookies, body) = get(&url, Some(&cookie)).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, email.as_str()));
    assert!(cookies.is_empty());

    // Tampered: refused and cleared.
    let tampered = cookie.replacen('*', "*x", 3);
    let (status, cookies, _) = get(&url, Some(&tampered)).await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(cookies[0].starts_with("wos-session=;") && cookies[0].contains("Max-Age=0"), "{cookies:?}");

    // Expired: refreshed, and the new cookie comes back.
    server.set_access_token_lifetime(-120);
    let (expired, expired_email) = signed_in(&server, &auth).await;
    server.set_access_token_lifetime(300);
    let (status, cookies, body) = get(&url, Some(&expired)).await;
    assert_eq!((status, body.as_str()), (StatusCode::OK, expired_email.as_str()), "the same user");
    assert!(cookies[0].starts_with("wos-session=Fe26.2*"), "{cookies:?}");
}

#[tokio::test]
async fn when_workos_cannot_be_reached_the_session_is_kept() {
    let server = TestServer::start().await;
    let auth = Auth::new(&client_for(&server), Secret::new(PASSWORD), "http://127.0.0.1:1").unwrap();
    let url = serve(&auth).await;
    server.set_access_token_lifetime(-120);
    let (expired, _) = signed_in(&server, &auth).await;
    server.set_access_token_lifetime(300);
    // The refresh fails with WorkOS's 500s: the user did nothing wrong, so the cookie stays
    // and the answer says the upstream failed, naming nothing of it.
    server.inject("authenticate", Fault::status(500).body(r#"{"message":"internal detail 1234"}"#));
    let (status, cookies, body) = get(&url, Some(&expired)).await;
    assert_eq!(status, StatusCode::BAD_GATEWAY, "{body}");
    assert!(cookies.is_empty(), "the session cookie is not cleared: {cookies:?}");
    assert!(!body.contains("internal detail"), "{body}");
    assert_eq!(serde_json::from_str::<Value>(&body).unwrap()["error"], "upstream_error");
}
