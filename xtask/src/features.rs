//! `features`: every cargo feature of the SDK builds on its own, without warnings.
//!
//! A program turns off the default features and names the few it uses (an area of the API, a
//! TLS choice, an event cursor store: `events-sqlite`, `events-postgres`), so each must
//! compile alone: an area whose handwritten helper names a type of
//! another area, or a TLS choice that needs another, fails here. Each feature is linted
//! (`cargo clippy -D warnings`) with `--no-default-features` on `workos-api` and the SDK
//! together, then once with no feature at all. `native-tls` links the system's OpenSSL and is
//! checked only where its development files are installed.

use std::path::Path;
use std::process::Command;

const SDK: &str = "workos-sdk";

pub(crate) fn features(root: &Path) -> Result<(), String> {
    let mut features = sdk_features(root)?;
    features.retain(|f| f != "default");
    let openssl =
        Command::new("pkg-config").args(["--exists", "openssl"]).status().is_ok_and(|s| s.success());
    if !openssl {
        features.retain(|f| f != "native-tls");
        println!("OpenSSL's development files are not installed: native-tls is skipped");
    }
    let mut failed = Vec::new();
    for feature in std::iter::once("").chain(features.iter().map(String::as_str)) {
        let label = if feature.is_empty() { "(no feature)" } else { feature };
        let mut command = crate::cargo();
        command
            .current_dir(root)
            .args(["clippy", "--quiet", "-p", "workos-api", "-p", SDK, "--no-default-features"])
            .env("CARGO_TERM_COLOR", "never");
        if !feature.is_empty() {
            command.args(["--features", &format!("{SDK}/{feature}")]);
        }
        command.args(["--", "-D", "warnings"]);
        let output = command.output().map_err(|e| format!("cannot run cargo clippy: {e}"))?;
        if output.status.success() {
            println!("ok      {label}");
        } else {
            println!("FAILED  {label}");
            failed.push(format!("{label}:\n{}", String::from_utf8_lossy(&output.stderr)));
        }
    }
    if failed.is_empty() {
        println!("every feature of {SDK} builds alone ({} and none)", features.len());
        Ok(())
    } else {
        Err(format!("features that do not build alone:\n{}", failed.join("\n")))
    }
}

/// The SDK's features, from `cargo metadata`.
fn sdk_features(root: &Path) -> Result<Vec<String>, String> {
    let output = crate::cargo()
        .current_dir(root)
        .args(["metadata", "--no-deps", "--format-version", "1"])
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!("cargo metadata failed:\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    let metadata: serde_json::Value =
        serde_json::from_slice(&output.stdout).map_err(|e| format!("cargo metadata's answer: {e}"))?;
    let package = metadata["packages"]
        .as_array()
        .and_then(|packages| packages.iter().find(|p| p["name"] == SDK))
        .ok_or_else(|| format!("cargo metadata does not list {SDK}"))?;
    let features = package["features"].as_object().ok_or_else(|| format!("{SDK} has no features"))?;
    Ok(features.keys().cloned().collect())
}
