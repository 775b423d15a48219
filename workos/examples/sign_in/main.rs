//! An axum app that signs users in with AuthKit through `workos::web`: sign-in, callback, a
//! protected page and API route kept signed in by the session layer, organization switch and
//! sign-out.
//!
//! ```sh
//! cargo run -p workos-sdk --example sign_in --features axum
//! ```
//!
//! Then open <http://127.0.0.1:3000>. Without `WORKOS_API_KEY` it runs against the local
//! WorkOS server, which signs anyone in at once (no network, no account). With
//! `WORKOS_API_KEY`, `WORKOS_CLIENT_ID` and `WORKOS_COOKIE_PASSWORD` (32 characters or more)
//! set, it uses your WorkOS environment; register `http://127.0.0.1:3000/callback` as a
//! redirect URI there first. `PORT` changes the port.

mod app;

use workos::{Secret, Workos};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(3000);
    let public_url = format!("http://127.0.0.1:{port}");

    // The local server must live as long as the app.
    let (workos, cookie_password, _server) = match std::env::var("WORKOS_API_KEY") {
        Ok(key) if !key.trim().is_empty() => {
            let password = std::env::var("WORKOS_COOKIE_PASSWORD")
                .map_err(|_| "set WORKOS_COOKIE_PASSWORD (32 characters or more) to seal session cookies")?;
            (Workos::from_env()?, Secret::new(password), None)
        }
        _ => {
            let server = workos_test_server::TestServer::start().await;
            println!(
                "WORKOS_API_KEY is not set: signing in against a local WorkOS server at {}",
                server.url()
            );
            let workos = Workos::builder()
                .api_key(server.api_key())
                .client_id("client_01K0LOCALSIGNINEXAMPLE")
                .base_url(server.url())
                .build()?;
            // A throwaway password: every run starts with no valid cookies.
            (workos, Secret::new(workos::signin::urls::new_state()), Some(server))
        }
    };

    let auth = workos::web::Auth::new(&workos, cookie_password, &public_url)?;
    let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
    println!("Open {public_url} (redirect URI: {})", auth.callback_url());
    axum::serve(listener, app::router(auth)).await?;
    Ok(())
}
