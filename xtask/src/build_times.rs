//! `build-times`: what the SDK costs a build, measured from clean.
//!
//! Every build runs in a scratch target directory (`target/build-times/`), so the normal one
//! is left alone, and starts from an empty one, so nothing is reused (the registry's
//! downloads excepted: they are fetched first and not timed). It measures:
//!
//! - the clean debug build of the whole workspace;
//! - the clean debug build of `workos-api` and of `workos`, each with its dependencies, and
//!   each crate again on its own once its dependencies are built (with the workspace's
//!   profile);
//! - the clean debug build of a minimal program that uses `workos` (`workos/examples/minimal.rs`
//!   built as a package of its own that depends on `workos` alone, as a user's program
//!   would), with cargo's default profile and with the workspace's lighter debug info;
//! - the size of that program's release binary, stripped of its symbols.
//!
//! It prints a Markdown table, with the machine it ran on, and removes the scratch
//! directory when done.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// The workspace's debug profile: line tables for our code, no debug info for dependencies.
const LEAN_PROFILE: &str = r#"
[profile.dev]
debug = "line-tables-only"

[profile.dev.package."*"]
debug = false
"#;

struct Row {
    what: String,
    value: String,
}

pub(crate) fn build_times(root: &Path) -> Result<(), String> {
    let scratch = root.join("target").join("build-times");
    crate::remove_dir(&scratch)?;
    let workspace_target = scratch.join("workspace");
    let mut rows = Vec::new();

    eprintln!("fetching dependencies (not timed)");
    run(crate::cargo().arg("fetch").current_dir(root))?;

    crate::remove_dir(&workspace_target)?;
    let whole = timed("the whole workspace: clean debug build", || {
        run(cargo_in(root, &workspace_target).args(["build", "--workspace"]))
    })?;
    rows.push(Row {
        what: "the whole workspace (`cargo build --workspace`): clean debug build".into(),
        value: seconds(whole),
    });

    for (krate, what) in [("workos-api", "the generated client"), ("workos-sdk", "the SDK")] {
        crate::remove_dir(&workspace_target)?;
        let clean = timed(&format!("{krate}: clean debug build"), || {
            run(cargo_in(root, &workspace_target).args(["build", "-p", krate]))
        })?;
        rows.push(Row {
            what: format!("`{krate}` ({what}): clean debug build, dependencies included"),
            value: seconds(clean),
        });
        run(cargo_in(root, &workspace_target).args(["clean", "-p", krate]))?;
        let alone = timed(&format!("{krate}: debug build of the crate alone"), || {
            run(cargo_in(root, &workspace_target).args(["build", "-p", krate]))
        })?;
        rows.push(Row {
            what: format!("`{krate}` alone, its dependencies already built"),
            value: seconds(alone),
        });
    }
    crate::remove_dir(&workspace_target)?;

    let program = scratch.join("minimal");
    for (profile, label) in
        [("", "cargo's default profile"), (LEAN_PROFILE, "the workspace's debug-info settings")]
    {
        write_program(root, &program, profile)?;
        let target = program.join("target");
        crate::remove_dir(&target)?;
        let clean = timed(&format!("minimal program: clean debug build with {label}"), || {
            run(cargo_in(&program, &target).arg("build"))
        })?;
        rows.push(Row {
            what: format!("minimal program (`workos/examples/minimal.rs`): clean debug build, {label}"),
            value: seconds(clean),
        });
        crate::remove_dir(&target)?;
    }

    write_program(root, &program, "")?;
    let target = program.join("target");
    let release = timed("minimal program: clean release build", || {
        run(cargo_in(&program, &target).args(["build", "--release"]))
    })?;
    rows.push(Row { what: "minimal program: clean release build".into(), value: seconds(release) });
    let binary = target.join("release").join("workos-minimal");
    let size = file_size(&binary)?;
    let stripped = program.join("workos-minimal.stripped");
    let stripped_size = if run(Command::new("strip").arg("-o").arg(&stripped).arg(&binary)).is_ok() {
        file_size(&stripped)?
    } else {
        eprintln!("`strip` is not available: rebuilding with CARGO_PROFILE_RELEASE_STRIP=symbols");
        run(cargo_in(&program, &target)
            .args(["build", "--release"])
            .env("CARGO_PROFILE_RELEASE_STRIP", "symbols"))?;
        file_size(&binary)?
    };
    rows.push(Row { what: "minimal program: release binary".into(), value: mebibytes(size) });
    rows.push(Row {
        what: "minimal program: release binary, stripped".into(),
        value: mebibytes(stripped_size),
    });
    crate::remove_dir(&scratch)?;

    println!("{}\n", machine());
    println!("| what | time or size |");
    println!("|---|---|");
    for row in rows {
        println!("| {} | {} |", row.what, row.value);
    }
    Ok(())
}

/// A package of its own whose one program is `workos/examples/minimal.rs`, depending on
/// `workos` by path and resolving the workspace's versions (its lock file is copied).
fn write_program(root: &Path, dir: &Path, profile: &str) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let source = root.join("workos").join("examples").join("minimal.rs");
    let workos = root.join("workos");
    let manifest = format!(
        r#"[package]
name = "workos-minimal"
version = "0.0.0"
edition = "2024"
publish = false

[[bin]]
name = "workos-minimal"
path = {source:?}

[dependencies]
workos = {{ package = "workos-sdk", path = {workos:?} }}
tokio = {{ version = "1", features = ["rt", "macros"] }}

# Not a member of the SDK's workspace, which holds this directory.
[workspace]
{profile}"#
    );
    std::fs::write(dir.join("Cargo.toml"), manifest)
        .map_err(|e| format!("cannot write the manifest: {e}"))?;
    std::fs::copy(root.join("Cargo.lock"), dir.join("Cargo.lock"))
        .map_err(|e| format!("cannot copy Cargo.lock: {e}"))?;
    Ok(())
}

/// `cargo`, in `dir`, building into `target`.
fn cargo_in(dir: &Path, target: &Path) -> Command {
    let mut command = crate::cargo();
    command.current_dir(dir).env("CARGO_TARGET_DIR", target).env("CARGO_TERM_COLOR", "never");
    command
}

fn run(command: &mut Command) -> Result<(), String> {
    let output = command.output().map_err(|e| format!("cannot run {command:?}: {e}"))?;
    if output.status.success() {
        Ok(())
    } else {
        Err(format!("{command:?} failed:\n{}", String::from_utf8_lossy(&output.stderr)))
    }
}

fn timed(label: &str, step: impl FnOnce() -> Result<(), String>) -> Result<f64, String> {
    eprintln!("{label}...");
    let start = Instant::now();
    step()?;
    let elapsed = start.elapsed().as_secs_f64();
    eprintln!("  {}", seconds(elapsed));
    Ok(elapsed)
}

fn file_size(path: &PathBuf) -> Result<u64, String> {
    std::fs::metadata(path).map(|m| m.len()).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn seconds(value: f64) -> String {
    format!("{value:.1} s")
}

fn mebibytes(bytes: u64) -> String {
    format!("{:.2} MiB", bytes as f64 / (1024.0 * 1024.0))
}

/// The machine and toolchain, in one line.
fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines().find_map(|line| {
                line.strip_prefix("model name")
                    .map(|rest| rest.trim_start_matches([' ', '\t', ':']).to_owned())
            })
        })
        .unwrap_or_else(|| "unknown CPU".to_owned());
    let rustc = Command::new(std::env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned()))
        .arg("--version")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .unwrap_or_default();
    format!("{cores} cores ({cpu}), {rustc}")
}
