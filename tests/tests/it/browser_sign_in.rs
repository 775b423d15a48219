//! The sign-in example in a real browser: headless Chromium, driven over WebDriver
//! (ChromeDriver's W3C protocol, spoken with reqwest), signs in through the local server's
//! authorize page, lands on the protected page, reloads after its access token has expired
//! (and is refreshed), and signs out, checking the cookies the browser keeps at each step.
//!
//! Needs `WORKOS_TEST_CHROMIUM` and `WORKOS_TEST_CHROMEDRIVER` (set by `.ci/services`); without
//! them it skips with a message, except under `CI`, where it fails.

use std::net::TcpListener as StdListener;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use serde_json::{Value, json};
use workos::Secret;
use workos::signin::session::SessionCookies;
use workos_test_server::TestServer;

// The same app the HTTP tests drive.
use crate::sign_in_example::app;

use crate::support::client_for;

const PASSWORD: &str = "a-cookie-password-of-at-least-32-characters";
const SESSION_COOKIE: &str = workos::web::cookies::DEFAULT_SESSION_COOKIE;

/// ChromeDriver, stopped (with its browser) when dropped, and its profile removed.
struct Driver {
    child: Child,
    url: String,
    http: reqwest::Client,
    session: String,
    profile: std::path::PathBuf,
}

impl Drop for Driver {
    fn drop(&mut self) {
        // Ends the browser first (ChromeDriver closes it when its session is deleted, even
        // when the test failed half-way), then the driver itself.
        if !self.session.is_empty() {
            use std::io::{Read, Write};
            let address = self.url.trim_start_matches("http://").to_owned();
            if let Ok(mut stream) = std::net::TcpStream::connect(address) {
                let _ = stream.set_read_timeout(Some(Duration::from_secs(10)));
                let request = format!(
                    "DELETE /session/{} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n",
                    self.session
                );
                let _ = stream.write_all(request.as_bytes());
                let _ = stream.read_to_end(&mut Vec::new());
            }
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

fn free_port() -> u16 {
    StdListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

impl Driver {
    async fn start(chromium: &str, chromedriver: &str) -> Driver {
        let port = free_port();
        let child = Command::new(chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("ChromeDriver starts");
        let url = format!("http://127.0.0.1:{port}");
        workos::install_tls_provider();
        let http = reqwest::Client::new();
        let profile = std::env::temp_dir().join(format!("workos-chromium-{}-{port}", std::process::id()));
        let mut driver = Driver { child, url, http, session: String::new(), profile };
        // Ready within ten seconds, or the test says so.
        for _ in 0..100 {
            let ready = driver.http.get(format!("{}/status", driver.url)).send().await;
            let status = match ready {
                Ok(ready) => ready.json::<Value>().await.ok(),
                Err(_) => None,
            };
            if status.is_some_and(|s| s["value"]["ready"] == true) {
                break;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let args = [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
        ];
        let mut args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        args.push(format!("--user-data-dir={}", driver.profile.display()));
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            "goog:chromeOptions": { "binary": chromium, "args": args },
        }}});
        let created = driver.call("POST", "/session", Some(capabilities)).await;
        driver.session = created["sessionId"].as_str().expect("a WebDriver session").to_owned();
        driver
    }

    /// One WebDriver command; its `value`.
    async fn call(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let url = if path == "/session" {
            format!("{}/session", self.url)
        } else {
            format!("{}/session/{}{path}", self.url, self.session)
        };
        let request = match method {
            "GET" => self.http.get(url),
            "DELETE" => self.http.delete(url),
            _ => self.http.post(url).json(&body.unwrap_or(json!({}))),
        };
        let answer: Value = request.send().await.expect("ChromeDriver answers").json().await.unwrap();
        assert!(answer["value"]["error"].is_null(), "WebDriver {method} {path}: {answer}");
        answer["value"].clone()
    }

    async fn go(&self, url: &str) {
        self.call("POST", "/url", Some(json!({ "url": url }))).await;
    }

    async fn current_url(&self) -> String {
        self.call("GET", "/url", None).await.as_str().unwrap().to_owned()
    }

    async fn page(&self) -> String {
        self.call("GET", "/source", None).await.as_str().unwrap().to_owned()
    }

    /// The cookies the browser keeps for the current page.
    async fn cookies(&self) -> Vec<Value> {
        self.call("GET", "/cookie", None).await.as_array().unwrap().clone()
    }

    async fn cookie(&self, name: &str) -> Option<Value> {
        self.cookies().await.into_iter().find(|c| c["name"] == name)
    }
}

fn browser_paths() -> Option<(String, String)> {
    match (std::env::var("WORKOS_TEST_CHROMIUM"), std::env::var("WORKOS_TEST_CHROMEDRIVER")) {
        (Ok(chromium), Ok(driver)) if !chromium.is_empty() && !driver.is_empty() => Some((chromium, driver)),
        _ if std::env::var_os("CI").is_some() => {
            panic!(
                "CI is set but WORKOS_TEST_CHROMIUM or WORKOS_TEST_CHROMEDRIVER is not (.ci/services sets them)"
            )
        }
        _ => {
            eprintln!(
                "skipped: set WORKOS_TEST_CHROMIUM and WORKOS_TEST_CHROMEDRIVER (Chromium and ChromeDriver) to sign in in a real browser"
            );
            None
        }
    }
}

#[tokio::test]
async fn a_browser_signs_in_is_refreshed_and_signs_out() {
    let Some((chromium, chromedriver)) = browser_paths() else { return };
    let server = TestServer::start().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let app_url = format!("http://{}", listener.local_addr().unwrap());
    let auth = workos::web::Auth::new(&client_for(&server), Secret::new(PASSWORD), &app_url).unwrap();
    tokio::spawn(async move { axum::serve(listener, app::router(auth)).await });
    let sessions = SessionCookies::new(&client_for(&server), PASSWORD).unwrap();
    let driver = Driver::start(&chromium, &chromedriver).await;

    // Signed out, the protected page goes to sign in, through the local server's authorize
    // page and back to the callback, which returns the browser to where it started.
    driver.go(&format!("{app_url}/account")).await;
    assert_eq!(driver.current_url().await, format!("{app_url}/account"));
    let page = driver.page().await;
    assert!(page.contains("Your account"), "{page}");
    let authorize = server.requests().into_iter().filter(|r| r.path == "/user_management/authorize").count();
    assert_eq!(authorize, 1, "the browser went through the authorize page");
    let cookie = driver.cookie(SESSION_COOKIE).await.expect("the browser keeps the session cookie");
    assert_eq!(cookie["httpOnly"], true);
    assert_eq!(cookie["sameSite"], "Lax");
    assert_eq!(cookie["path"], "/");
    assert!(cookie["expiry"].as_u64().is_some(), "a persistent cookie: {cookie}");
    assert!(driver.cookie(workos::web::flow::FLOW_COOKIE).await.is_none(), "the flow cookie is gone");
    let first = sessions.authenticate(cookie["value"].as_str().unwrap()).await.unwrap();
    assert!(page.contains(&first.session.user.email));

    // The access token expires (the local server signs the same claims, expired); the reload
    // refreshes the session and the browser keeps the new cookie.
    let mut session = first.session.clone();
    let expired = server.expired_access_token(session.access_token.expose()).unwrap();
    session.access_token = Secret::new(expired);
    let sealed = sessions.seal(&session).unwrap();
    driver.call("DELETE", &format!("/cookie/{SESSION_COOKIE}"), None).await;
    let replaced = json!({ "cookie": { "name": SESSION_COOKIE, "value": sealed.expose(), "path": "/", "httpOnly": true }});
    driver.call("POST", "/cookie", Some(replaced)).await;
    let error = sessions.authenticate(sealed.expose()).await.unwrap_err();
    assert_eq!(error.rejection(), Some(workos::Rejection::TokenExpired));
    server.clear_requests();
    driver.call("POST", "/refresh", None).await;
    assert_eq!(driver.current_url().await, format!("{app_url}/account"));
    assert!(driver.page().await.contains(first.claims.sid.as_deref().unwrap()), "the same session");
    let renewed = driver.cookie(SESSION_COOKIE).await.unwrap();
    assert_ne!(renewed["value"], sealed.expose(), "the browser keeps the refreshed cookie");
    let renewed = sessions.authenticate(renewed["value"].as_str().unwrap()).await.unwrap();
    assert_eq!(renewed.session.user.id, first.session.user.id);
    let refreshes: Vec<_> = server.requests_for("authenticate");
    assert_eq!(refreshes.len(), 1, "one refresh");

    // Sign-out goes through WorkOS's logout URL back to the app, and the cookie is gone.
    driver.go(&format!("{app_url}/logout")).await;
    assert_eq!(driver.current_url().await, format!("{app_url}/"));
    assert!(driver.page().await.contains("Sign in"));
    assert!(driver.cookie(SESSION_COOKIE).await.is_none(), "{:?}", driver.cookies().await);
    assert!(server.requests().iter().any(|r| r.path == "/user_management/sessions/logout"));
    driver.go(&format!("{app_url}/account")).await;
    assert_eq!(driver.current_url().await, format!("{app_url}/account"), "signed in again through AuthKit");
}
