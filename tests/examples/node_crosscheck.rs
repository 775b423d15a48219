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
use workos::feature_flags::{EvaluationContext, RuntimeClient, RuntimeOptions};
use workos::types::FeatureFlagsRuntimePayload;
use workos_test_server::{Fault, TestServer};

/// The runtime payload's operation.
const POLL: &str = "get_feature_flags_runtime_payload";

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

/// What the Rust SDK answers for one payload: per context, `isEnabled` of each flag with
/// both defaults, and every flag at once (the JSON `flags-check.mjs` prints).
fn evaluate(client: &RuntimeClient, payload: &Value, contexts: &[Value]) -> Result<Value> {
    let mut slugs: Vec<String> =
        payload["flags"].as_object().map(|flags| flags.keys().cloned().collect()).unwrap_or_default();
    slugs.push("missing".into());
    let mut by_context = serde_json::Map::new();
    for context in contexts {
        let mut evaluation = EvaluationContext::new();
        for target in context["targets"].as_array().ok_or("a context without targets")? {
            evaluation = evaluation
                .target(target[0].as_str().unwrap_or_default(), target[1].as_str().unwrap_or_default());
        }
        let is_enabled: serde_json::Map<String, Value> = slugs
            .iter()
            .map(|slug| {
                (
                    slug.clone(),
                    json!([
                        client.is_enabled(slug, &evaluation, false),
                        client.is_enabled(slug, &evaluation, true)
                    ]),
                )
            })
            .collect();
        let name = context["name"].as_str().ok_or("a context without a name")?;
        by_context.insert(
            name.to_owned(),
            json!({ "isEnabled": is_enabled, "all": client.all_flags(&evaluation) }),
        );
    }
    Ok(Value::Object(by_context))
}

/// The answers that differ between `ours` and `node`, one line each.
fn compare(label: &str, ours: &Value, node: &Value, mismatches: &mut Vec<String>, compared: &mut usize) {
    for (context, answers) in ours.as_object().into_iter().flatten() {
        for (slug, values) in answers["isEnabled"].as_object().into_iter().flatten() {
            *compared += 1;
            let theirs = &node[context]["isEnabled"][slug];
            if values != theirs {
                mismatches.push(format!("{label}, {context}, {slug}: Rust {values}, Node {theirs}"));
            }
        }
        *compared += 1;
        if answers["all"] != node[context]["all"] {
            mismatches.push(format!(
                "{label}, {context}, every flag: Rust {}, Node {}",
                answers["all"], node[context]["all"]
            ));
        }
    }
}

async fn flags(script: &str, cases_path: &str) -> Result<()> {
    let cases: Value = serde_json::from_str(&std::fs::read_to_string(cases_path)?)?;
    let payloads = cases["payloads"].as_array().ok_or("no payloads")?;
    let contexts = cases["contexts"].as_array().ok_or("no contexts")?;
    let served = &payloads[usize::try_from(cases["served"].as_u64().ok_or("no served payload")?)?];

    // One server serves the table's `served` payload to both SDKs' pollers; the other fails
    // every poll, so that a bootstrapped Rust client keeps its bootstrap payload.
    let serving = TestServer::start().await;
    serving.inject(POLL, Fault::status(200).body(served["payload"].to_string()).times(usize::MAX));
    let failing = TestServer::start().await;
    failing.inject(POLL, Fault::status(503).times(usize::MAX));

    let node = node(script, &[cases_path, &serving.url(), serving.api_key()], &Value::Null)?;
    let (mut mismatches, mut compared) = (Vec::new(), 0);
    for case in payloads {
        let name = case["name"].as_str().ok_or("a payload without a name")?;
        let payload: FeatureFlagsRuntimePayload = serde_json::from_value(case["payload"].clone())?;
        let client = RuntimeClient::start(&client(&failing)?, RuntimeOptions::default().bootstrap(payload))?;
        let ours = evaluate(&client, &case["payload"], contexts)?;
        compare(
            &format!("bootstrapped with {name:?}"),
            &ours,
            &node["bootstrap"][name],
            &mut mismatches,
            &mut compared,
        );
    }
    let polling = RuntimeClient::start(&client(&serving)?, RuntimeOptions::default())?;
    polling.wait_until_ready(std::time::Duration::from_secs(10)).await?;
    let ours = evaluate(&polling, &served["payload"], contexts)?;
    compare("polled from the local server", &ours, &node["served"], &mut mismatches, &mut compared);

    for mismatch in &mismatches {
        eprintln!("{mismatch}");
    }
    eprintln!(
        "{}/{compared} flag evaluations of the Rust SDK equal @workos-inc/node's ({} payloads, {} contexts, both defaults)",
        compared - mismatches.len(),
        payloads.len(),
        contexts.len()
    );
    if !mismatches.is_empty() || compared == 0 {
        return Err("flag evaluations differ between the SDKs".into());
    }
    Ok(())
}

#[tokio::main]
async fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>()[..] {
        ["vault", script] => vault(script).await,
        ["flags", script, cases] => flags(script, cases).await,
        _ => {
            Err("usage: node_crosscheck vault <vault-check.mjs> | flags <flags-check.mjs> <flag-cases.json>"
                .into())
        }
    }
}
