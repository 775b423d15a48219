//! Seals the payloads of `tests/vectors/sealed-sessions.json` with the Rust SDK and writes
//! them as JSON, for `tests/node/check-rust-seals.mjs` to open with the JavaScript library:
//!
//! ```sh
//! cargo run -p workos-tests --example seal_vectors -- /tmp/rust-seals.json
//! node tests/node/check-rust-seals.mjs /tmp/rust-seals.json
//! ```

use serde_json::{Value, json};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let out = std::env::args().nth(1).ok_or("usage: seal_vectors <output.json>")?;
    let vectors: Vec<Value> = serde_json::from_str(include_str!("../vectors/sealed-sessions.json"))?;
    let workos = workos::Workos::builder().client_id("client_vectors").build()?;
    let mut seals = Vec::new();
    for vector in &vectors {
        let password = vector["password"].as_str().ok_or("a vector without password")?;
        let sessions = workos::session::SessionCookies::new(&workos, password)?;
        let sealed = sessions.seal_json(&vector["json"])?;
        seals.push(json!({ "password": password, "sealed": sealed.expose(), "json": vector["json"] }));
    }
    std::fs::write(&out, serde_json::to_string_pretty(&seals)?)?;
    println!("wrote {} seals to {out}", seals.len());
    Ok(())
}
