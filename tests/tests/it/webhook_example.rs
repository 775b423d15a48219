//! The webhook example's receiver (`workos/examples/webhooks`), posted to over HTTP: signed
//! events are handled by type, anything not signed with the secret, or signed too long ago,
//! is refused; an Actions request gets a signed verdict.

use std::sync::Arc;
use std::time::{SystemTime, UNIX_EPOCH};

use reqwest::StatusCode;
use serde_json::{Value, json};
use workos::Secret;
use workos::webhooks::WebhookVerifier;

#[path = "../../../workos/examples/webhooks/app.rs"]
mod app;

const SECRET: &str = "whsec_test_receiver";

async fn start() -> (String, Arc<app::Receiver>) {
    let receiver = Arc::new(app::Receiver::new(Secret::new(SECRET), Secret::new(SECRET)).unwrap());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(axum::serve(listener, app::router(receiver.clone())).into_future());
    (url, receiver)
}

fn now_ms() -> u128 {
    SystemTime::now().duration_since(UNIX_EPOCH).unwrap().as_millis()
}

async fn post(url: &str, body: &str, signature: &str) -> (StatusCode, String) {
    workos::install_tls_provider();
    let response = reqwest::Client::new()
        .post(url)
        .header("content-type", "application/json")
        .header("WorkOS-Signature", signature)
        .body(body.to_owned())
        .send()
        .await
        .unwrap();
    (response.status(), response.text().await.unwrap())
}

fn event(name: &str, data: Value) -> String {
    json!({ "object": "event", "id": "event_01K2", "event": name, "data": data,
            "created_at": "2026-11-28T12:00:00.000Z" })
    .to_string()
}

#[tokio::test]
async fn signed_events_are_handled_by_type_and_forgeries_are_refused() {
    let (url, receiver) = start().await;
    let hook = format!("{url}/webhooks");
    let signer = WebhookVerifier::new(SECRET).unwrap();

    let mut user = workos_test_server::example_json("User").unwrap();
    user["email"] = json!("ada@example.com");
    let created = event("user.created", user);
    let (status, _) = post(&hook, &created, &signer.sign(created.as_bytes(), now_ms())).await;
    assert_eq!(status, StatusCode::OK);
    let future = event("spaceship.launched", json!({ "id": "spaceship_01" }));
    let (status, _) = post(&hook, &future, &signer.sign(future.as_bytes(), now_ms())).await;
    assert_eq!(status, StatusCode::OK, "an unknown event type is still taken");

    let refused = [
        (created.replace("ada@", "eve@"), signer.sign(created.as_bytes(), now_ms())),
        (
            created.clone(),
            WebhookVerifier::new("whsec_someone_else").unwrap().sign(created.as_bytes(), now_ms()),
        ),
        (created.clone(), signer.sign(created.as_bytes(), now_ms() - 10 * 60 * 1000)),
        (created.clone(), "v1=abc".to_owned()),
        (created.clone(), String::new()),
    ];
    for (body, signature) in &refused {
        let (status, _) = post(&hook, body, signature).await;
        assert_eq!(status, StatusCode::BAD_REQUEST, "{signature:?}");
    }

    let handled = receiver.handled.lock().unwrap().clone();
    assert_eq!(handled.len(), 2 + refused.len(), "{handled:#?}");
    assert!(handled[0].contains("user.created: welcome ada@example.com"), "{}", handled[0]);
    assert!(handled[1].contains("spaceship.launched: an event type this version does not know"));
    assert!(handled[2..].iter().all(|line| line.starts_with("refused: invalid signature")), "{handled:#?}");
    assert!(!handled.iter().any(|line| line.contains(SECRET)), "the secret never shows");
}

#[tokio::test]
async fn an_action_gets_a_signed_verdict() {
    let (url, _receiver) = start().await;
    let signer = WebhookVerifier::new(SECRET).unwrap();
    for (email, verdict) in [("ada@example.com", "Allow"), ("mallory@blocked.example", "Deny")] {
        let request =
            json!({ "object": "authentication_action_context", "user": { "email": email } }).to_string();
        let before = now_ms();
        let (status, answer) = post(
            &format!("{url}/actions/authentication"),
            &request,
            &signer.sign(request.as_bytes(), before),
        )
        .await;
        assert_eq!(status, StatusCode::OK);
        // The payload's JSON exactly as sent (it holds no nested object), which the signature covers.
        let start = answer.find(r#""payload":"#).unwrap() + r#""payload":"#.len();
        let payload = answer[start..=start + answer[start..].find('}').unwrap()].to_owned();
        let answer: Value = serde_json::from_str(&answer).unwrap();
        assert_eq!(answer["object"], "authentication_action_response");
        assert_eq!(answer["payload"]["verdict"], verdict);
        let timestamp = answer["payload"]["timestamp"].as_u64().unwrap() as u128;
        assert!(timestamp >= before && timestamp <= now_ms());
        let expected = WebhookVerifier::new(SECRET).unwrap().sign(payload.as_bytes(), timestamp);
        let signature = answer["signature"].as_str().unwrap();
        assert_eq!(expected, format!("t={timestamp}, v1={signature}"), "{payload}");
    }
    let request = json!({ "user": { "email": "ada@example.com" } }).to_string();
    let forged = WebhookVerifier::new("whsec_someone_else").unwrap().sign(request.as_bytes(), now_ms());
    let (status, _) = post(&format!("{url}/actions/authentication"), &request, &forged).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
}
