//! `cargo xtask msrv`: is the declared `rust-version` true for what users build?
//!
//! Two checks that work offline. Every crate the published crates depend on (normal and build
//! dependencies, as locked) must declare a `rust-version` no newer than ours; clippy's
//! `incompatible_msrv` lint, which `.ci/run` runs with `-D warnings`, covers our own use of
//! the standard library. When the declared toolchain itself is installed (`rustup`), the
//! published crates are also built with it; otherwise that step says it is skipped.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::PUBLISHED;

pub(crate) fn msrv(root: &Path) -> Result<(), String> {
    let metadata = cargo_metadata(root)?;
    let ours = declared_msrv(&metadata)?;
    let too_new = dependencies_needing_more(&metadata, ours)?;
    if !too_new.is_empty() {
        let list: Vec<String> =
            too_new.iter().map(|(name, needs)| format!("  {name} needs Rust {needs}")).collect();
        return Err(format!(
            "the published crates declare rust-version {}.{}, but these dependencies need more:\n{}",
            ours.0,
            ours.1,
            list.join("\n")
        ));
    }
    println!("msrv: no dependency of {} needs more than Rust {}.{}", PUBLISHED.join(", "), ours.0, ours.1);

    let toolchain = format!("{}.{}", ours.0, ours.1);
    if toolchain_installed(&toolchain) {
        // rustup's `cargo` proxy, not `CARGO`: only the proxy takes `+toolchain`.
        let status = Command::new("cargo")
            .current_dir(root)
            .arg(format!("+{toolchain}"))
            .args(["check", "--locked"])
            .args(PUBLISHED.iter().flat_map(|name| ["-p", name]))
            .env("CARGO_TARGET_DIR", root.join("target").join(format!("msrv-{toolchain}")))
            .status()
            .map_err(|e| format!("cannot run cargo +{toolchain}: {e}"))?;
        if !status.success() {
            return Err(format!("the published crates do not build with Rust {toolchain}"));
        }
        println!("msrv: the published crates build with Rust {toolchain}");
    } else {
        println!("msrv: the {toolchain} toolchain is not installed here: building with it is skipped");
    }
    Ok(())
}

fn cargo_metadata(root: &Path) -> Result<Value, String> {
    let output = crate::cargo()
        .current_dir(root)
        .args(["metadata", "--format-version", "1", "--locked"])
        .output()
        .map_err(|e| format!("cannot run cargo metadata: {e}"))?;
    if !output.status.success() {
        return Err(format!("cargo metadata failed:\n{}", String::from_utf8_lossy(&output.stderr)));
    }
    serde_json::from_slice(&output.stdout).map_err(|e| format!("cargo metadata's output: {e}"))
}

type Version = (u64, u64, u64);

fn parse_version(text: &str) -> Option<Version> {
    let mut parts = text.split('.').map(|p| p.parse::<u64>());
    let major = parts.next()?.ok()?;
    let minor = parts.next().unwrap_or(Ok(0)).ok()?;
    let patch = parts.next().unwrap_or(Ok(0)).ok()?;
    Some((major, minor, patch))
}

fn declared_msrv(metadata: &Value) -> Result<Version, String> {
    let packages = metadata["packages"].as_array().ok_or("cargo metadata has no packages")?;
    let sdk = packages.iter().find(|p| p["name"] == "workos-sdk").ok_or("no workos-sdk package")?;
    sdk["rust_version"]
        .as_str()
        .and_then(parse_version)
        .ok_or_else(|| "workos-sdk declares no rust-version".to_owned())
}

/// The dependencies reachable from the published crates whose own `rust-version` is newer.
fn dependencies_needing_more(metadata: &Value, ours: Version) -> Result<BTreeMap<String, String>, String> {
    let packages = metadata["packages"].as_array().ok_or("cargo metadata has no packages")?;
    let by_id: HashMap<&str, &Value> = packages.iter().filter_map(|p| Some((p["id"].as_str()?, p))).collect();
    let nodes = metadata["resolve"]["nodes"].as_array().ok_or("cargo metadata has no resolve graph")?;
    let graph: HashMap<&str, &Value> = nodes.iter().filter_map(|n| Some((n["id"].as_str()?, n))).collect();

    let mut stack: Vec<&str> = packages
        .iter()
        .filter(|p| PUBLISHED.contains(&p["name"].as_str().unwrap_or("")))
        .filter_map(|p| p["id"].as_str())
        .collect();
    let mut seen: HashSet<&str> = stack.iter().copied().collect();
    let mut too_new = BTreeMap::new();
    while let Some(id) = stack.pop() {
        let package = by_id.get(id).ok_or_else(|| format!("{id} is not among the packages"))?;
        if let Some(needs) = package["rust_version"].as_str()
            && parse_version(needs).is_some_and(|needs| needs > ours)
        {
            too_new.insert(
                format!("{} {}", package["name"].as_str().unwrap_or(id), package["version"]),
                needs.to_owned(),
            );
        }
        let Some(node) = graph.get(id) else { continue };
        for dep in node["deps"].as_array().into_iter().flatten() {
            // Dev-dependencies are not built by users; a kind of `null` is a normal dependency.
            let used = dep["dep_kinds"].as_array().into_iter().flatten().any(|k| k["kind"] != "dev");
            if let Some(dep_id) = dep["pkg"].as_str()
                && used
                && seen.insert(dep_id)
            {
                stack.push(dep_id);
            }
        }
    }
    Ok(too_new)
}

fn toolchain_installed(toolchain: &str) -> bool {
    Command::new("rustup")
        .args(["toolchain", "list"])
        .output()
        .map(|out| String::from_utf8_lossy(&out.stdout).lines().any(|line| line.starts_with(toolchain)))
        .unwrap_or(false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_compare_by_number() {
        assert_eq!(parse_version("1.88"), Some((1, 88, 0)));
        assert!(parse_version("1.100").unwrap() > parse_version("1.88.1").unwrap());
        assert_eq!(parse_version("one"), None);
    }
}
