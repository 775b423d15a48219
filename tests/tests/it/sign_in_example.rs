//! The sign-in example (`workos/examples/sign_in`), driven over HTTP like a browser would,
//! against the local WorkOS server: every redirect, cookie and page of the flow is checked.

use std::collections::HashMap;

use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};
use serde_json::Value;
use workos::Secret;
use workos::signin::session::SessionCookies;
use workos_test_server::TestServer;

#[path = "../../../workos/examples/sign_in/app.rs"]
pub(crate) mod app;

const SESSION_COOKIE: &str = workos::web::cookies::DEFAULT_SESSION_COOKIE;
const FLOW_COOKIE: &str = workos::web::flow::FLOW_COOKIE;

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
        let auth = workos::web::Auth::new(&client_for(server), Secret::new(PASSWORD), &app_url).unwrap();
        tokio::spawn(async move { axum::serve(listener, app::router(auth)).await });
        workos::install_tls_provider();
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
        Browser { app_url, http, jar: HashMap::new() }
    }

    async fn get(&mut self, url: &str) -> Answer {
        let url = if url.starts_with('/') { format!("{}{url}", self.app_url) } else { url.to_owned() };
        let response = self.request(&url).send().await.unwrap();
        self.keep(response).await
    }

    /// A GET of `url` with the cookies the jar holds now.
    fn request(&self, url: &str) -> reqwest::RequestBuilder {
        let url = if url.starts_with('/') { format!("{}{url}", self.app_url) } else { url.to_owned() };
        let mut request = self.http.get(&url);
        if url.starts_with(&self.app_url) && !self.jar.is_empty() {
            let cookies: Vec<String> = self.jar.iter().map(|(k, v)| format!("{k}={v}")).collect();
            request = request.header(COOKIE, cookies.join("; "));
        }
        request
    }

    /// Reads `response`, keeping the cookies it sets.
    async fn keep(&mut self, response: reqwest::Response) -> Answer {
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
    let signed_out = browser.get("/account?tab=2").await;
    assert_eq!(signed_out.status, StatusCode::SEE_OTHER);
    assert_eq!(signed_out.location.as_deref(), Some("/login?return_to=%2Faccount%3Ftab%3D2"));
    // The API answers 401 with a JSON body instead.
    let api = browser.get("/api/me").await;
    assert_eq!(api.status, StatusCode::UNAUTHORIZED);
    assert_eq!(serde_json::from_str::<Value>(&api.body).unwrap()["error"], "unauthenticated");

    // `/login` goes to AuthKit with a state and a PKCE challenge, remembered in a cookie.
    let login = browser.get(signed_out.location.as_deref().unwrap()).await;
    assert_eq!(login.status, StatusCode::SEE_OTHER);
    let authorize = login.location.clone().unwrap();
    assert!(authorize.starts_with(&format!("{}/user_management/authorize?", server.url())), "{authorize}");
    let query = query_of(&authorize);
    assert_eq!(query["client_id"], "client_test_123");
    assert_eq!(query["redirect_uri"], format!("{}/callback", browser.app_url));
    assert_eq!(query["response_type"], "code");
    assert_eq!(query["provider"], "authkit");
    assert_eq!(query["code_challenge_method"], "S256");
    let sign_in_cookie = login.set_cookie(FLOW_COOKIE).unwrap();
    assert!(
        sign_in_cookie.contains("HttpOnly") && sign_in_cookie.contains("SameSite=Lax"),
        "{sign_in_cookie}"
    );
    assert!(sign_in_cookie.contains("Max-Age=600"), "{sign_in_cookie}");
    let pending = sessions(&server).unseal_json(&browser.jar[FLOW_COOKIE]).unwrap();
    assert_eq!(pending["state"], query["state"].as_str());
    assert_eq!(pending["return_to"], "/account?tab=2");

    // AuthKit sends the browser back with a code and the state; the callback exchanges the
    // code, with the PKCE verifier, and sets the sealed session cookie.
    let back = browser.get(&authorize).await;
    let callback = back.location.unwrap();
    assert_eq!(query_of(&callback)["state"], query["state"]);
    let signed_in = browser.get(&callback).await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    assert_eq!(signed_in.location.as_deref(), Some("/account?tab=2"), "back where the user was");
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
    let session_cookie = signed_in.set_cookie(SESSION_COOKIE).unwrap();
    assert!(session_cookie.contains("HttpOnly") && session_cookie.contains("Path=/"), "{session_cookie}");
    assert!(!session_cookie.contains("Secure"), "plain http on loopback: {session_cookie}");
    assert!(signed_in.set_cookie(FLOW_COOKIE).unwrap().contains("Max-Age=0"), "the sign-in is over");
    assert!(!browser.jar.contains_key(FLOW_COOKIE));
    let sealed = browser.jar[SESSION_COOKIE].clone();
    assert!(sealed.starts_with("Fe26.2*") && sealed.ends_with("~2"), "the Node libraries' format");
    let session = sessions(&server).authenticate(&sealed).await.unwrap();

    // The account page verifies the cookie's access token and shows who is signed in.
    let account = browser.get("/account").await;
    assert_eq!(account.status, StatusCode::OK);
    assert!(account.body.contains(&session.session.user.email), "{}", account.body);
    assert!(account.body.contains(session.claims.sid.as_deref().unwrap()));
    assert!(account.set_cookies.is_empty(), "a valid session is not rewritten");
    let me: Value = serde_json::from_str(&browser.get("/api/me").await.body).unwrap();
    assert_eq!(me["id"], session.session.user.id.as_str());
    let home = browser.get("/").await;
    assert!(home.body.contains("Signed in as"), "{}", home.body);

    // Once the access token has expired, the account page refreshes the session and sends
    // the new cookie: same user and session, new tokens.
    server.set_access_token_lifetime(-120);
    browser.jar.clear();
    browser.sign_in().await;
    let expired = browser.jar[SESSION_COOKIE].clone();
    let expired_session = sessions(&server).unseal(&expired).unwrap();
    let error = sessions(&server).authenticate(&expired).await.unwrap_err();
    assert_eq!(error.rejection(), Some(workos::Rejection::TokenExpired));
    server.set_access_token_lifetime(300);
    let refreshed = browser.get("/account").await;
    assert_eq!(refreshed.status, StatusCode::OK, "{}", refreshed.body);
    assert!(refreshed.body.contains(&expired_session.user.email));
    let renewed = refreshed.set_cookie(SESSION_COOKIE).expect("the refreshed cookie is sent");
    assert!(renewed.contains("HttpOnly"));
    let renewed = sessions(&server).authenticate(&browser.jar[SESSION_COOKIE]).await.unwrap();
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
    assert!(logout.set_cookie(SESSION_COOKIE).unwrap().contains("Max-Age=0"));
    assert!(browser.jar.is_empty());
    let end = logout.location.unwrap();
    assert!(end.starts_with(&format!("{}/user_management/sessions/logout?", server.url())), "{end}");
    let end_query = query_of(&end);
    assert_eq!(Some(end_query["session_id"].as_str()), renewed.claims.sid.as_deref());
    assert_eq!(end_query["return_to"], format!("{}/", browser.app_url));
    let returned = browser.get(&end).await;
    assert_eq!(returned.location.as_deref(), Some(format!("{}/", browser.app_url).as_str()));
    assert_eq!(browser.get("/account").await.location.as_deref(), Some("/login?return_to=%2Faccount"));
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
    let sealed = browser.jar[SESSION_COOKIE].clone();
    let mut tampered = sealed.into_bytes();
    let middle = tampered.len() / 2;
    tampered[middle] = if tampered[middle] == b'A' { b'B' } else { b'A' };
    for cookie in [String::from_utf8(tampered).unwrap(), "garbage".to_owned(), "Fe26.2*1*".to_owned()] {
        browser.jar.insert(SESSION_COOKIE.to_owned(), cookie.clone());
        let answer = browser.get("/account").await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{cookie}");
        assert_eq!(answer.location.as_deref(), Some("/login?return_to=%2Faccount"));
        assert!(answer.set_cookie(SESSION_COOKIE).unwrap().contains("Max-Age=0"));
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
    assert_eq!(ended.location.as_deref(), Some("/login?return_to=%2Faccount"));
    assert!(!browser.jar.contains_key(SESSION_COOKIE));
}

#[tokio::test]
async fn concurrent_requests_with_an_expired_token_share_one_refresh() {
    let server = TestServer::start().await;
    let mut browser = Browser::open(&server).await;
    server.set_access_token_lifetime(-120);
    browser.sign_in().await;
    server.set_access_token_lifetime(300);
    let expired = browser.jar[SESSION_COOKIE].clone();
    let old = sessions(&server).unseal(&expired).unwrap();

    // Sixteen requests of one session at once: the refresh token can be used once (the local
    // server refuses it the second time, as WorkOS does), so they must share one refresh.
    let requests: Vec<_> = (0..16).map(|_| browser.request("/api/me").send()).collect();
    let answers = futures::future::join_all(requests).await;
    let mut cookies = Vec::new();
    for answer in answers {
        let answer = answer.unwrap();
        assert_eq!(answer.status(), StatusCode::OK);
        let set: Vec<String> =
            answer.headers().get_all(SET_COOKIE).iter().map(|v| v.to_str().unwrap().to_owned()).collect();
        assert_eq!(set.len(), 1, "each answer carries the refreshed cookie: {set:?}");
        cookies.push(set[0].clone());
    }
    let refreshes = |server: &TestServer| {
        server
            .requests_for("authenticate")
            .iter()
            .filter(|r| serde_json::from_slice::<Value>(&r.body).unwrap()["grant_type"] == "refresh_token")
            .count()
    };
    assert_eq!(refreshes(&server), 1, "one refresh for all of them");
    assert!(cookies.windows(2).all(|w| w[0] == w[1]), "all got the same new session");
    let new_cookie = cookies[0].split_once(';').unwrap().0.split_once('=').unwrap().1.to_owned();
    let renewed = sessions(&server).authenticate(&new_cookie).await.unwrap();
    assert_eq!(renewed.session.user.id, old.user.id, "the refresh keeps the user");

    // A request sent with the old cookie just after (the browser had not seen the new one)
    // gets the same new session instead of spending the used refresh token.
    let late = browser.get("/api/me").await;
    assert_eq!(late.status, StatusCode::OK);
    assert_eq!(late.set_cookie(SESSION_COOKIE), Some(&cookies[0]));
    assert_eq!(refreshes(&server), 1);

    // The refresh token really is single-use at the local server: spending it again fails.
    let again = sessions(&server).refresh(&expired, None).await.unwrap_err();
    assert_eq!(again.kind(), workos::ErrorKind::BadRequest);
}

#[tokio::test]
async fn a_dropped_request_does_not_lose_the_refreshed_session() {
    let server = TestServer::start().await;
    let mut browser = Browser::open(&server).await;
    server.set_access_token_lifetime(-120);
    browser.sign_in().await;
    server.set_access_token_lifetime(300);
    // Slow refreshes: the first request gives up while its refresh is on the wire.
    server.inject(
        "authenticate",
        workos_test_server::Fault::delay(std::time::Duration::from_millis(300)).times(1),
    );
    let dropped =
        tokio::time::timeout(std::time::Duration::from_millis(50), browser.request("/account").send()).await;
    assert!(dropped.is_err(), "the first request was dropped mid-refresh");
    let next = browser.get("/account").await;
    assert_eq!(next.status, StatusCode::OK, "{}", next.body);
    assert!(next.set_cookie(SESSION_COOKIE).is_some());
    let grants: Vec<Value> = server
        .requests_for("authenticate")
        .iter()
        .map(|r| serde_json::from_slice(&r.body).unwrap())
        .collect();
    assert_eq!(grants.iter().filter(|g| g["grant_type"] == "refresh_token").count(), 1);
}

#[tokio::test]
async fn the_local_server_checks_codes_and_pkce_verifiers() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let pkce = workos::signin::pkce::Pkce::new();
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    let authorize = |pkce: &workos::signin::pkce::Pkce| {
        workos
            .authkit_authorization_url("http://127.0.0.1:1/callback")
            .unwrap()
            .provider("authkit")
            .state("s")
            .pkce(pkce)
            .build()
    };
    let code_of = |location: &str| query_of(location)["code"].clone();
    let location =
        http.get(authorize(&pkce)).send().await.unwrap().headers()[LOCATION].to_str().unwrap().to_owned();
    let code = code_of(&location);

    // Another verifier than the challenge's is refused as WorkOS refuses it, and spends the code.
    let wrong = workos::signin::pkce::Pkce::new();
    let refused = workos.authkit().authenticate_with_code(&code, Some(wrong.verifier())).await.unwrap_err();
    assert_eq!(refused.kind(), workos::ErrorKind::BadRequest);
    assert_eq!(refused.as_api().unwrap().body_json().unwrap()["error"], "invalid_grant");
    let spent = workos.authkit().authenticate_with_code(&code, Some(pkce.verifier())).await.unwrap_err();
    assert_eq!(spent.kind(), workos::ErrorKind::BadRequest);

    // No verifier at all is refused too; the right one signs in, once.
    let location =
        http.get(authorize(&pkce)).send().await.unwrap().headers()[LOCATION].to_str().unwrap().to_owned();
    let code = code_of(&location);
    let location2 =
        http.get(authorize(&pkce)).send().await.unwrap().headers()[LOCATION].to_str().unwrap().to_owned();
    assert!(workos.authkit().authenticate_with_code(&code_of(&location2), None).await.is_err());
    workos.authkit().authenticate_with_code(&code, Some(pkce.verifier())).await.unwrap();
    assert!(
        workos.authkit().authenticate_with_code(&code, Some(pkce.verifier())).await.is_err(),
        "used once"
    );
    // A code the server never issued, in its format, is refused.
    assert!(workos.authkit().authenticate_with_code("code_local_00000000deadbeef", None).await.is_err());
}

#[tokio::test]
async fn a_callback_with_the_wrong_verifier_signs_nobody_in() {
    let server = TestServer::start().await;
    let mut browser = Browser::open(&server).await;
    // Two sign-ins started in this browser: the second's flow cookie (its state and verifier)
    // replaces the first's, so the first's code comes back with a state that no longer matches.
    let first = browser.get("/login").await.location.unwrap();
    let first_back = browser.get(&first).await.location.unwrap();
    let second = browser.get("/login").await.location.unwrap();
    assert_ne!(query_of(&first)["state"], query_of(&second)["state"]);
    let stale = browser.get(&first_back).await;
    assert_eq!(stale.status, StatusCode::BAD_REQUEST);
    assert!(!browser.jar.contains_key(SESSION_COOKIE));

    // A flow cookie whose state matches but whose verifier is not the challenge's (forged
    // with the cookie password): WorkOS refuses the code, and the callback answers 400.
    let back = browser.get(&second).await.location.unwrap();
    let state = query_of(&second)["state"].clone();
    let forged = sessions(&server)
        .seal_json(&serde_json::json!({
            "state": state, "code_verifier": "not-the-verifier-of-this-challenge-0123456789abcdef",
            "return_to": "/", "expires_at": 4_000_000_000u64,
        }))
        .unwrap();
    browser.jar.insert(FLOW_COOKIE.to_owned(), forged.expose().to_owned());
    let refused = browser.get(&back).await;
    assert_eq!(refused.status, StatusCode::BAD_REQUEST, "{}", refused.body);
    assert!(refused.set_cookie(SESSION_COOKIE).is_none());
    assert!(!refused.body.contains("not-the-verifier"), "no secret in the answer");
}

#[tokio::test]
async fn an_organization_switch_refreshes_into_the_organization() {
    let server = TestServer::start().await;
    let mut browser = Browser::open(&server).await;
    browser.sign_in().await;
    let switched = browser.get("/switch?organization_id=org_01K0SWITCHED").await;
    assert_eq!(switched.status, StatusCode::SEE_OTHER);
    assert_eq!(switched.location.as_deref(), Some("/account"));
    let account = browser.get("/account").await;
    assert!(account.body.contains("org_01K0SWITCHED"), "{}", account.body);
}
