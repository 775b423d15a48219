//! Seals session cookies with the Rust SDK and writes them as JSON, for
//! `tests/node/check-rust-seals.mjs` to open with the JavaScript library:
//!
//! ```sh
//! cargo run -p workos-tests --example seal_vectors -- /tmp/rust-seals.json
//! node tests/node/check-rust-seals.mjs /tmp/rust-seals.json
//! ```
//!
//! Each entry is `{via, password, sealed, json}`: `json` is what the cookie must open to. The
//! payloads of `tests/vectors/sealed-sessions.json` are sealed as plain JSON (`seal_json`);
//! two more cookies go through the typed path applications use, whose expected JSON is
//! written out here rather than taken from the SDK, so that a change in how a session
//! serializes shows up as a mismatch in Node.

use serde_json::{Value, json};
use workos::signin::session::{Session, SessionCookies};
use workos::types::AuthenticateResponse;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args().nth(1).ok_or("usage: seal_vectors <output.json>")?;
    let vectors: Vec<Value> = serde_json::from_str(include_str!("../vectors/sealed-sessions.json"))?;
    let workos = workos::Workos::builder().client_id("client_vectors").build()?;
    let mut seals = Vec::new();
    for vector in &vectors {
        let password = vector["password"].as_str().ok_or("a vector without password")?;
        let sessions = SessionCookies::new(&workos, password)?;
        let sealed = sessions.seal_json(&vector["json"])?;
        seals.push(json!({ "via": "seal_json", "password": password, "sealed": sealed.expose(), "json": vector["json"] }));
    }

    let password = "a-password-for-rust-typed-session-seals";
    let sessions = SessionCookies::new(&workos, password)?;

    // After a sign-in: the `authenticate` answer, as the API sends it, sealed as a session.
    let user = json!({
        "object": "user",
        "id": "user_01K2RUSTSEALED",
        "email": "ada@example.com",
        "email_verified": true,
        "first_name": "Ada",
        "last_name": "Lovelace",
        "metadata": { "team": "engines" },
        "created_at": "2026-01-01T00:00:00Z",
        "updated_at": "2026-01-02T03:04:05Z",
    });
    let answer: AuthenticateResponse = serde_json::from_value(json!({
        "access_token": "eyJhbGciOiJSUzI1NiJ9.eyJzaWQiOiJzZXNzaW9uXzEifQ.c2ln",
        "refresh_token": "refresh_01K2RUSTSEALED",
        "user": user,
        "impersonator": { "email": "admin@example.com", "reason": "Ticket 7 — café" },
        "organization_id": "org_01K2RUSTSIGNEDIN",
    }))?;
    let sealed = sessions.seal_authentication(&answer)?;
    seals.push(json!({
        "via": "SessionCookies::seal_authentication",
        "password": password,
        "sealed": sealed.expose(),
        "json": {
            "accessToken": "eyJhbGciOiJSUzI1NiJ9.eyJzaWQiOiJzZXNzaW9uXzEifQ.c2ln",
            "refreshToken": "refresh_01K2RUSTSEALED",
            // The user as WorkOS's JavaScript libraries keep it: camelCase field names, the
            // application's metadata keys untouched.
            "user": {
                "object": "user",
                "id": "user_01K2RUSTSEALED",
                "email": "ada@example.com",
                "emailVerified": true,
                "firstName": "Ada",
                "lastName": "Lovelace",
                "metadata": { "team": "engines" },
                "createdAt": "2026-01-01T00:00:00Z",
                "updatedAt": "2026-01-02T03:04:05Z",
            },
            "impersonator": { "email": "admin@example.com", "reason": "Ticket 7 — café" },
            "organizationId": "org_01K2RUSTSIGNEDIN",
        },
    }));

    // After a refresh: a cookie the JavaScript library sealed, opened as a `Session` and sealed
    // again with a field of the application's own, as `SessionCookies::refresh` does.
    let vector = vectors.get(1).ok_or("the vectors lost their second entry")?;
    let from_js = SessionCookies::new(&workos, vector["password"].as_str().ok_or("no password")?)?;
    let mut session: Session = from_js.unseal(vector["sealed"].as_str().ok_or("no seal")?)?;
    session.extra.insert("organizationId".into(), json!("org_01K2"));
    let sealed = sessions.seal(&session)?;
    seals.push(json!({
        "via": "SessionCookies::seal",
        "password": password,
        "sealed": sealed.expose(),
        "json": {
            "accessToken": "eyJ.a.b",
            "refreshToken": "refresh_2",
            "user": {
                "object": "user",
                "id": "user_2",
                "email": "grace@example.com",
                // The timestamps come back in the SDK's own RFC 3339 form, without milliseconds.
                "createdAt": "2026-01-01T00:00:00Z",
                "updatedAt": "2026-01-01T00:00:00Z",
            },
            "impersonator": { "email": "admin@example.com", "reason": "Support ticket 42 — naïve café ☕" },
            "organizationId": "org_01K2",
        },
    }));

    std::fs::write(&out, serde_json::to_string_pretty(&seals)?)?;
    println!("wrote {} seals to {out}", seals.len());
    Ok(())
}
