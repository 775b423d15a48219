//! The sign-in example (`workos/examples/sign_in`), driven over HTTP like a browser would,
//! against the local WorkOS server: every redirect, cookie and page of the flow is checked.

use std::collections::HashMap;
use std::sync::Arc;

use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use serde_json::Value;
use workos::Secret;
use workos::signin::session::SessionCookies;
use workos_test_server::TestServer;

#[path = "../../../workos/examples/sign_in/app.rs"]
#[allow(dead_code)]
mod app;

use crate::support::client_for;

const PASSWORD: &str = "a-cookie-password-of-at-least-32-characters";

/// The example app on an ephemeral port, and a client that follows no redirect.
struct Browser {
    app_url: String,
    http: reqwest::Client,
    /// Cookies as a browser would keep them.
    jar: HashMap<String, String>,
}

/// What one response said, with the cookies it set.
struct Answer {
    status: StatusCode,
    location: Option<String>,
    set_cookies: Vec<String>,
    body: String,
}

impl Answer {
    fn set_cookie(&self, name: &str) -> Option<&String> {
        self.set_cookies.iter().find(|c| c.starts_with(&format!("{name}=")))
    }
}

impl Browser {
    async fn open(server: &TestServer) -> Browser {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let app_url = format!("http://{}", listener.local_addr().unwrap());
        let app = app::SignInApp::new(client_for(server), Secret::new(PASSWORD), &app_url).unwrap();
        tokio::spawn(async move { axum::serve(listener, app::router(Arc::new(app))).await });
        workos::install_tls_provider();
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        Browser { app_url, http, jar: HashMap::new() }
    }

    async fn get(&mut self, url: &str) -> Answer {
        let url = if url.starts_with('/') { format!("{}{url}", self.app_url) } else { url.to_owned() };
        let mut request = self.http.get(&url);
        if url.starts_with(&self.app_url) && !self.jar.is_empty() {
            let cookies: Vec<String> = self.jar.iter().map(|(k, v)| format!("{k}={v}")).collect();
            request = request.header(COOKIE, cookies.join("; "));
        }
        let response = request.send().await.unwrap();
        let status = response.status();
        let location = response.headers().get(LOCATION).map(|v| v.to_str().unwrap().to_owned());
        let set_cookies: Vec<String> =
            response.headers().get_all(SET_COOKIE).iter().map(|v| v.to_str().unwrap().to_owned()).collect();
        for cookie in &set_cookies {
            let (pair, attributes) = cookie.split_once(';').unwrap_or((cookie, ""));
            let (name, value) = pair.split_once('=').unwrap();
            if value.is_empty() || attributes.contains("Max-Age=0") {
                self.jar.remove(name);
            } else {
                self.jar.insert(name.to_owned(), value.to_owned());
            }
        }
        Answer { status, location, set_cookies, body: response.text().await.unwrap() }
    }

    /// Signs in from `/login` to the account page, returning the callback's answer.
    async fn sign_in(&mut self) -> Answer {
        let login = self.get("/login").await;
        let authorize = login.location.unwrap();
        let back = self.get(&authorize).await;
        assert_eq!(back.status, StatusCode::FOUND, "the local AuthKit redirects back");
        self.get(&back.location.unwrap()).await
    }
}

fn query_of(url: &str) -> HashMap<String, String> {
    url::Url::parse(url).unwrap().query_pairs().into_owned().collect()
}

fn sessions(server: &TestServer) -> SessionCookies {
    SessionCookies::new(&client_for(server), PASSWORD).unwrap()
}

#[tokio::test]
async fn a_user_signs_in_sees_the_account_page_refreshes_and_signs_out() {
    let server = TestServer::start().await;
    let mut browser = Browser::open(&server).await;

    // Signed out, the account page sends the browser to sign in.
    let signed_out = browser.get("/account").await;
    assert_eq!(signed_out.status, StatusCode::SEE_OTHER);
    assert_eq!(signed_out.location.as_deref(), Some("/login"));

    // `/login` goes to AuthKit with a state and a PKCE challenge, remembered in a cookie.
    let login = browser.get("/login").await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
    let authorize = login.location.clone().unwrap();
    assert!(authorize.starts_with(&format!("{}/user_management/authorize?", server.url())), "{authorize}");
    let query = query_of(&authorize);
    assert_eq!(query["client_id"], "client_test_123");
    assert_eq!(query["redirect_uri"], format!("{}/callback", browser.app_url));
    assert_eq!(query["response_type"], "code");
    assert_eq!(query["provider"], "authkit");
    assert_eq!(query["code_challenge_method"], "S256");
    let sign_in_cookie = login.set_cookie(app::SIGN_IN_COOKIE).unwrap();
    assert!(
        sign_in_cookie.contains("HttpOnly") && sign_in_cookie.contains("SameSite=Lax"),
        "{sign_in_cookie}"
    );
    assert!(sign_in_cookie.contains("Max-Age=600"), "{sign_in_cookie}");
    let pending = sessions(&server).unseal_json(&browser.jar[app::SIGN_IN_COOKIE]).unwrap();
    assert_eq!(pending["state"], query["state"].as_str());

    // AuthKit sends the browser back with a code and the state; the callback exchanges the
    // code, with the PKCE verifier, and sets the sealed session cookie.
    let back = browser.get(&authorize).await;
    let callback = back.location.unwrap();
    assert_eq!(query_of(&callback)["state"], query["state"]);
    let signed_in = browser.get(&callback).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    assert_eq!(signed_in.location.as_deref(), Some("/account"));
    let exchange = &server.requests_for("authenticate")[0];
    let grant: Value = serde_json::from_slice(&exchange.body).unwrap();
    assert_eq!(grant["grant_type"], "authorization_code");
    assert_eq!(grant["code"], query_of(&callback)["code"].as_str());
    assert_eq!(
        workos::signin::pkce::Pkce::from_verifier(grant["code_verifier"].as_str().unwrap()).challenge(),
        query["code_challenge"],
        "the verifier sent matches the challenge in the URL"
    );
    assert_eq!(grant["client_secret"], server.api_key());
    let session_cookie = signed_in.set_cookie(app::SESSION_COOKIE).unwrap();
    assert!(session_cookie.contains("HttpOnly") && session_cookie.contains("Path=/"), "{session_cookie}");
    assert!(!session_cookie.contains("Secure"), "plain http on loopback: {session_cookie}");
    assert!(signed_in.set_cookie(app::SIGN_IN_COOKIE).unwrap().contains("Max-Age=0"), "the sign-in is over");
    assert!(!browser.jar.contains_key(app::SIGN_IN_COOKIE));
    let sealed = browser.jar[app::SESSION_COOKIE].clone();
    assert!(sealed.starts_with("Fe26.2*") && sealed.ends_with("~2"), "the Node libraries' format");
    let session = sessions(&server).authenticate(&sealed).await.unwrap();

    // The account page verifies the cookie's access token and shows who is signed in.
    let account = browser.get("/account").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.body.contains(&session.session.user.email), "{}", account.body);
    assert!(account.body.contains(session.claims.sid.as_deref().unwrap()));
    assert!(account.set_cookies.is_empty(), "a valid session is not rewritten");
    let home = browser.get("/").await;
    assert!(home.body.contains("Signed in as"), "{}", home.body);

    // Once the access token has expired, the account page refreshes the session and sends
    // the new cookie: same user and session, new tokens.
    server.set_access_token_lifetime(-120);
    browser.jar.clear();
    browser.sign_in().await;
    let expired = browser.jar[app::SESSION_COOKIE].clone();
    let expired_session = sessions(&server).unseal(&expired).unwrap();
    let error = sessions(&server).authenticate(&expired).await.unwrap_err();
    assert_eq!(error.rejection(), Some(workos::Rejection::TokenExpired));
    server.set_access_token_lifetime(300);
    let refreshed = browser.get("/account").await;
    assert_eq!(refreshed.status, StatusCode::OK, "{}", refreshed.body);
    assert!(refreshed.body.contains(&expired_session.user.email));
    let renewed = refreshed.set_cookie(app::SESSION_COOKIE).expect("the refreshed cookie is sent");
    assert!(renewed.contains("HttpOnly"));
    let renewed = sessions(&server).authenticate(&browser.jar[app::SESSION_COOKIE]).await.unwrap();
    assert_eq!(renewed.session.user.id, expired_session.user.id);
    assert_ne!(renewed.session.refresh_token.expose(), expired_session.refresh_token.expose());
    let refresh = server.requests_for("authenticate").pop().unwrap();
    let grant: Value = serde_json::from_slice(&refresh.body).unwrap();
    assert_eq!(grant["grant_type"], "refresh_token");
    assert_eq!(grant["refresh_token"], expired_session.refresh_token.expose());
    assert_eq!(browser.get("/account").await.set_cookies.len(), 0, "the new cookie verifies as is");

    // Logout clears the cookie and ends the session at WorkOS, which returns to the app.
    let logout = browser.get("/logout").await;
    assert_eq!(logout.status, StatusCode::SEE_OTHER);
    assert!(logout.set_cookie(app::SESSION_COOKIE).unwrap().contains("Max-Age=0"));
    assert!(browser.jar.is_empty());
    let end = logout.location.unwrap();
    assert!(end.starts_with(&format!("{}/user_management/sessions/logout?", server.url())), "{end}");
    let end_query = query_of(&end);
    assert_eq!(Some(end_query["session_id"].as_str()), renewed.claims.sid.as_deref());
    assert_eq!(end_query["return_to"], format!("{}/", browser.app_url));
    let returned = browser.get(&end).await;
    assert_eq!(returned.location.as_deref(), Some(format!("{}/", browser.app_url).as_str()));
    assert_eq!(browser.get("/account").await.location.as_deref(), Some("/login"));
}

#[tokio::test]
async fn forged_callbacks_and_cookies_send_the_user_back_to_sign_in() {
    let server = TestServer::start().await;
    let mut browser = Browser::open(&server).await;

    // A callback this browser did not start, or with another state, exchanges nothing.
    let unasked = browser.get("/callback?code=code_1&state=abc").await;
    assert_eq!(unasked.status, StatusCode::BAD_REQUEST);
    let login = browser.get("/login").await;
    let state = query_of(login.location.as_ref().unwrap())["state"].clone();
    let forged = browser.get(&format!("/callback?code=code_1&state={state}x")).await;
    assert_eq!(forged.status, StatusCode::BAD_REQUEST);
    let denied = browser.get("/callback?error=access_denied&error_description=The+user+said+no").await;
    assert_eq!(denied.status, StatusCode::BAD_REQUEST);
    assert!(denied.body.contains("The user said no"));
    assert!(server.requests_for("authenticate").is_empty(), "no code was exchanged");

    // A session cookie that was tampered with, or is garbage, is dropped.
    browser.sign_in().await;
    let sealed = browser.jar[app::SESSION_COOKIE].clone();
    let mut tampered = sealed.into_bytes();
    let middle = tampered.len() / 2;
    tampered[middle] = if tampered[middle] == b'A' { b'B' } else { b'A' };
    for cookie in [String::from_utf8(tampered).unwrap(), "garbage".to_owned(), "Fe26.2*1*".to_owned()] {
        browser.jar.insert(app::SESSION_COOKIE.to_owned(), cookie.clone());
        let answer = browser.get("/account").await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{cookie}");
        assert_eq!(answer.location.as_deref(), Some("/login"));
        assert!(answer.set_cookie(app::SESSION_COOKIE).unwrap().contains("Max-Age=0"));
    }

    // A refresh token WorkOS refuses ends the session too.
    server.set_access_token_lifetime(-120);
    browser.jar.clear();
    browser.sign_in().await;
    server.inject(
        "authenticate",
        workos_test_server::Fault::status(400)
            .body(r#"{"error":"invalid_grant","error_description":"Session has already ended."}"#),
    );
    let ended = browser.get("/account").await;
    assert_eq!(ended.location.as_deref(), Some("/login"));
    assert!(!browser.jar.contains_key(app::SESSION_COOKIE));
}
