//! A webhook receiver (and an AuthKit Actions endpoint) in axum.
//!
//! ```sh
//! cargo run -p workos-sdk --example webhooks --features axum
//! ```
//!
//! Without `WORKOS_WEBHOOK_SECRET` it runs a self-contained demo: it starts the receiver,
//! sends it a few webhooks signed as WorkOS would (and one tampered with, and one of an event
//! type from the future) plus an Actions request, prints what happened and exits. With
//! `WORKOS_WEBHOOK_SECRET` (and `WORKOS_ACTION_SECRET` for Actions) it serves on `PORT`
//! (3001 by default) until stopped; point a WorkOS webhook endpoint at `/webhooks`.

mod app;

use std::time::{SystemTime, UNIX_EPOCH};

use serde_json::json;
use workos::Secret;
use workos::webhooks::WebhookVerifier;

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    if let Ok(secret) = std::env::var("WORKOS_WEBHOOK_SECRET") {
        let action_secret = std::env::var("WORKOS_ACTION_SECRET").unwrap_or_else(|_| secret.clone());
        let receiver = app::Receiver::new(Secret::new(secret), Secret::new(action_secret))?;
        let port: u16 = std::env::var("PORT").ok().and_then(|p| p.parse().ok()).unwrap_or(3001);
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port)).await?;
        println!("Receiving webhooks at http://127.0.0.1:{port}/webhooks");
        axum::serve(listener, app::router(receiver.clone())).await?;
        return Ok(());
    }

    println!("WORKOS_WEBHOOK_SECRET is not set: a demo with a made-up secret");
    let secret = "whsec_demo_only_not_a_real_secret";
    let receiver = app::Receiver::new(Secret::new(secret), Secret::new(secret))?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let url = format!("http://{}", listener.local_addr()?);
    tokio::spawn(axum::serve(listener, app::router(receiver.clone())).into_future());

    // Set up as the SDK's own client (a bare `reqwest::Client::new()` would need a rustls
    // crypto provider of its own).
    let http = workos::http_client_builder()?.build()?;
    let signer = WebhookVerifier::new(secret)?;
    let now = SystemTime::now().duration_since(UNIX_EPOCH)?.as_millis();
    let events = [
        event("user.created", workos_test_server::example_json("User").unwrap_or_default()),
        event("organization.created", workos_test_server::example_json("Organization").unwrap_or_default()),
        event("spaceship.launched", json!({ "id": "spaceship_01" })),
    ];
    for body in &events {
        let body = body.to_string();
        post(&http, &format!("{url}/webhooks"), &body, &signer.sign(body.as_bytes(), now)).await?;
    }
    println!("A webhook whose body was changed after signing:");
    let body = events[0].to_string();
    let header = signer.sign(body.as_bytes(), now);
    post(&http, &format!("{url}/webhooks"), &body.replace("example", "exampel"), &header).await?;

    println!("An AuthKit Action:");
    let action =
        json!({ "object": "authentication_action_context", "user": { "email": "mallory@blocked.example" } });
    let action = action.to_string();
    let answer =
        post(&http, &format!("{url}/actions/authentication"), &action, &signer.sign(action.as_bytes(), now))
            .await?;
    println!("  the signed answer: {answer}");
    Ok(())
}

fn event(name: &str, data: serde_json::Value) -> serde_json::Value {
    json!({ "object": "event", "id": format!("event_demo_{}", name.replace('.', "_")), "event": name,
            "data": data, "created_at": "2026-11-28T12:00:00.000Z" })
}

async fn post(
    http: &reqwest::Client,
    url: &str,
    body: &str,
    signature: &str,
) -> Result<String, reqwest::Error> {
    let response = http
        .post(url)
        .header("content-type", "application/json")
        .header("WorkOS-Signature", signature)
        .body(body.to_owned())
        .send()
        .await?;
    let status = response.status();
    let text = response.text().await?;
    println!("  -> {status}");
    Ok(text)
}
