//! The sign-in helpers a server runs on every request: verifying a webhook's signature, and
//! opening a sealed session cookie.
//!
//! - `webhook_verify_2kb`: `WebhookVerifier::verify` on a 2 KB `dsync.user.created` event,
//!   signed a moment before (HMAC-SHA256 over the timestamp and body, hex digest).
//! - `construct_event`: `WebhookVerifier::construct_event` on the same body: the check, then
//!   the event typed (`workos::events::Event`, its data a `DirectoryUser`). A paired
//!   measurement compares it with the check followed by `serde_json::from_slice` into a
//!   hand-written struct of that one event type (`plain/mod.rs`).
//! - `session_unseal`: `SessionCookies::unseal`, which opens a session cookie in WorkOS's
//!   sealed format (`Fe26.2`: two PBKDF2 derivations, an HMAC-SHA256 check, AES-256-CBC
//!   decryption) and reads the session it holds: a realistic one, with an access token of
//!   about 900 bytes, a refresh token, the user and the organization. The cookie is sealed
//!   with `SessionCookies::seal` when the benchmark starts: its salts and IV are random, its
//!   size and content are not.

mod common;
mod plain;

use std::time::Duration;

use criterion::Criterion;
use serde_json::json;

const WEBHOOK_SECRET: &str = "whsec_bench_8b2vZ1yq4Xw3kP0mT7cR";
const COOKIE_PASSWORD: &str = "a-cookie-password-that-is-at-least-32-characters-long";

/// A `dsync.user.created` event of about 2 KB, as WorkOS sends it.
fn webhook_body() -> Vec<u8> {
    let mut custom_attributes = serde_json::Map::new();
    for (key, value) in [
        ("department", "Engineering"),
        ("job_title", "Software Engineer"),
        ("employee_number", "E10042"),
        ("cost_center", "CC-117"),
        ("division", "Product"),
        ("manager_email", "grace.hopper@foo-corp.com"),
        ("location", "Berlin"),
        ("region", "EMEA"),
    ] {
        custom_attributes.insert(key.into(), value.into());
    }
    let mut event = json!({
        "id": "event_01HQ8Z3K6Y5V4W3T2S1R0QPONM",
        "event": "dsync.user.created",
        "created_at": "2024-11-18T16:02:11.155Z",
        "data": {
            "object": "directory_user",
            "id": "directory_user_01E1JG7J09H96KYP8HM9B0G5SJ",
            "idp_id": "2836",
            "directory_id": "directory_01ECAZ4NV9QMV47GW873HDCX74",
            "organization_id": "org_01EHZNVPK3SFK441A1RGBFSHRT",
            "email": "ada.lovelace@foo-corp.com",
            "first_name": "Ada",
            "last_name": "Lovelace",
            "state": "active",
            "emails": [{ "primary": true, "type": "work", "value": "ada.lovelace@foo-corp.com" }],
            "role": { "slug": "member" },
            "custom_attributes": custom_attributes,
            "raw_attributes": {
                "schemas": ["urn:ietf:params:scim:schemas:core:2.0:User"],
                "userName": "ada.lovelace@foo-corp.com",
                "name": { "givenName": "Ada", "familyName": "Lovelace" },
                "active": true,
                "title": "Software Engineer",
                "emails": [{ "value": "ada.lovelace@foo-corp.com", "type": "work", "primary": true }],
                "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
                    "employeeNumber": "E10042", "costCenter": "CC-117", "department": "Engineering",
                    "manager": { "value": "28360001", "displayName": "Grace Hopper" }
                }
            },
            "created_at": "2024-11-18T16:02:11.155Z",
            "updated_at": "2024-11-18T16:02:11.155Z"
        }
    });
    // Groups until the body is about 2 KB.
    event["data"]["groups"] = json!([]);
    let mut body = serde_json::to_vec(&event).expect("serializes");
    let mut n = 0;
    while body.len() < 2_000 {
        let group = json!({
            "object": "directory_group",
            "id": format!("directory_group_01E1JJS84MFPPQ3G655FHTKX{n:02}"),
            "directory_id": "directory_01ECAZ4NV9QMV47GW873HDCX74",
            "name": format!("Group {n}"),
            "created_at": "2021-06-25T19:07:33.155Z",
            "updated_at": "2021-06-25T19:07:33.155Z"
        });
        event["data"]["groups"].as_array_mut().expect("an array").push(group);
        n += 1;
        body = serde_json::to_vec(&event).expect("serializes");
    }
    body
}

/// The JSON of a session cookie: tokens, the user and where they signed in.
fn session_json() -> Vec<u8> {
    // An RS256 access token is about 900 bytes; its content does not matter here.
    let claims = "x".repeat(560);
    let signature = "s".repeat(342);
    let access_token = format!("eyJhbGciOiJSUzI1NiIsImtpZCI6InNzb19vaWRjX2tleV8xIn0.{claims}.{signature}");
    serde_json::to_vec(&json!({
        "accessToken": access_token,
        "refreshToken": "refresh_01J9ZC5Z4V8E6G1QWERTYUIOPAxk2N8gqF7rT",
        "user": {
            "object": "user",
            "id": "user_01J9ZC5Z4V8E6G1QWERTYUIOPA",
            "email": "ada.lovelace@foo-corp.com",
            "first_name": "Ada",
            "last_name": "Lovelace",
            "email_verified": true,
            "profile_picture_url": "https://workoscdn.com/images/v1/ada.png",
            "last_sign_in_at": "2026-01-02T09:30:00.000Z",
            "external_id": null,
            "metadata": {},
            "created_at": "2026-01-01T00:00:00.000Z",
            "updated_at": "2026-01-02T00:00:00.000Z"
        },
        "organizationId": "org_01EHZNVPK3SFK441A1RGBFSHRT",
        "authenticationMethod": "SSO"
    }))
    .expect("serializes")
}

fn now_ms() -> u128 {
    std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).expect("after 1970").as_millis()
}

fn main() {
    let body = webhook_body();
    let verifier = workos::webhooks::WebhookVerifier::new(WEBHOOK_SECRET).expect("a long enough secret");
    // Signed now: `verify` checks the timestamp against the clock, with 180 s of tolerance,
    // which this benchmark's few seconds stay well within.
    let header = verifier.sign(&body, now_ms());
    verifier.verify(&body, &header).expect("a valid signature");
    let event = verifier.construct_event(&body, &header).expect("a valid event");
    let plain_event: plain::DsyncUserCreatedWebhook = serde_json::from_slice(&body).expect("a valid event");
    match &event.data {
        workos::events::EventData::DsyncUserCreated(user) => {
            assert_eq!(user.raw_attributes, plain_event.data.raw_attributes);
            assert_eq!(user.groups.len(), plain_event.data.groups.len());
        }
        other => panic!("unexpected {}", other.name()),
    }

    // Sealing and opening need no network; the client only has to name an environment.
    let workos = workos::Workos::builder()
        .api_key("sk_test_bench")
        .client_id("client_bench")
        .build()
        .expect("a workos client");
    let sessions =
        workos::signin::session::SessionCookies::new(&workos, COOKIE_PASSWORD).expect("session cookies");
    let session_json = session_json();
    let session: workos::signin::session::Session = serde_json::from_slice(&session_json).expect("a session");
    let cookie = sessions.seal(&session).expect("seals");
    let cookie = cookie.expose();
    let opened = sessions.unseal(cookie).expect("unseals");
    assert_eq!(opened.user.id, session.user.id);
    assert_eq!(opened.access_token, session.access_token);

    let webhook = common::Samples::default();
    let construct = common::Samples::default();
    let unseal = common::Samples::default();
    let mut criterion = Criterion::default().configure_from_args();
    criterion.bench_function("webhook_verify_2kb", |b| {
        b.iter_custom(|iters| webhook.time(iters, || verifier.verify(&body, &header).expect("valid")))
    });
    criterion.bench_function("construct_event", |b| {
        b.iter_custom(|iters| {
            construct.time(iters, || verifier.construct_event(&body, &header).expect("valid"))
        })
    });
    criterion.bench_function("session_unseal", |b| {
        b.iter_custom(|iters| unseal.time(iters, || sessions.unseal(cookie).expect("unseals")))
    });

    let wanted = ["webhook_verify_2kb", "construct_event", "session_unseal"];
    if wanted.iter().any(|name| common::wants(name)) {
        common::report_heading("sign-in helpers, medians");
        println!("| operation | input | time per operation |");
        println!("|---|---|---|");
        if let Some(median) = webhook.median() {
            println!("| `WebhookVerifier::verify` | {} B body | {} |", body.len(), common::human(median));
        }
        if let Some(median) = construct.median() {
            println!(
                "| `WebhookVerifier::construct_event` | {} B body | {} |",
                body.len(),
                common::human(median)
            );
        }
        if let Some(median) = unseal.median() {
            println!(
                "| `SessionCookies::unseal` | {} B cookie, {} B of JSON | {} |",
                cookie.len(),
                session_json.len(),
                common::human(median)
            );
        }
    }
    if common::wants("construct_event/paired") {
        let sdk = || {
            std::hint::black_box(verifier.construct_event(&body, &header).expect("valid"));
        };
        let by_hand = || {
            verifier.verify(&body, &header).expect("valid");
            let event: plain::DsyncUserCreatedWebhook = serde_json::from_slice(&body).expect("parses");
            std::hint::black_box(event);
        };
        let verify = || verifier.verify(&body, &header).expect("valid");
        common::report_paired(
            &format!("a {} B `dsync.user.created` webhook, checked and typed", body.len()),
            None,
            31,
            Duration::from_millis(10),
            &[
                ("`construct_event`", &sdk),
                ("`verify`, then a hand-written struct", &by_hand),
                ("`verify` alone", &verify),
            ],
            1,
        );
    }
    criterion.final_summary();
}
