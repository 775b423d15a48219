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
    let router = app::router((*receiver).clone());
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(axum::serve(listener, router).into_future());
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

    // A signature that does not verify is refused 401; a request that is not a signed
    // webhook at all, 400.
    let refused = [
        (
            created.replace("ada@", "eve@"),
            signer.sign(created.as_bytes(), now_ms()),
            StatusCode::UNAUTHORIZED,
        ),
        (
            created.clone(),
            WebhookVerifier::new("whsec_someone_else").unwrap().sign(created.as_bytes(), now_ms()),
            StatusCode::UNAUTHORIZED,
        ),
        (
            created.clone(),
            signer.sign(created.as_bytes(), now_ms() - 10 * 60 * 1000),
            StatusCode::UNAUTHORIZED,
        ),
        (created.clone(), "v1=abc".to_owned(), StatusCode::BAD_REQUEST),
        (created.clone(), String::new(), StatusCode::BAD_REQUEST),
        ("not json".to_owned(), signer.sign(b"not json", now_ms()), StatusCode::BAD_REQUEST),
    ];
    for (body, signature, expected) in &refused {
        let (status, answer) = post(&hook, body, signature).await;
        assert_eq!(status, *expected, "{signature:?}");
        let answer: Value = serde_json::from_str(&answer).unwrap();
        assert!(answer["error"].is_string(), "{answer}");
        assert!(!answer.to_string().contains(SECRET));
    }
    workos::install_tls_provider();
    let unsigned = reqwest::Client::new().post(&hook).body(created.clone()).send().await.unwrap();
    assert_eq!(unsigned.status(), StatusCode::BAD_REQUEST, "no signature header");
    // A body over the cap is refused without reading it all, signed or not.
    let huge = "x".repeat(workos::web::MAX_WEBHOOK_BODY_SIZE + 1);
    let (status, _) = post(&hook, &huge, &signer.sign(huge.as_bytes(), now_ms())).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);

    let handled = receiver.handled.lock().unwrap().clone();
    assert_eq!(handled.len(), 2, "only the signed events reach the handler: {handled:#?}");
    assert!(handled[0].contains("user.created: welcome ada@example.com"), "{}", handled[0]);
    assert!(handled[1].contains("spaceship.launched: an event type this version does not know"));
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
    assert_eq!(status, StatusCode::UNAUTHORIZED);
}
