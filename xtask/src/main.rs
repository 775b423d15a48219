//! `cargo xtask`: the workspace's maintenance commands.
//!
//! - `generate`: renders `spec/openapi.json` from the spec crate, and from that document the
//!   client (`workos-api/src/generated.rs`), the `workos` crate's handles and methods
//!   (`workos/src/generated.rs`) and the test's call of every method
//!   (`tests/tests/it/every_operation_calls.rs`);
//! - `check`: does the same in memory and fails, with a diff, when a committed file is stale;
//! - `spec-diff <reference>...`: compares our description with upstream ones (read as one),
//!   field by field;
//! - `package-check`: packages the published crates, tests them from their `.crate` files and
//!   runs the SDK README's example from a scratch crate outside the workspace;
//! - `features`: builds the SDK with each of its cargo features alone (areas, TLS choices);
//! - `modules`: checks that no crate's modules depend on each other in a circle;
//! - `msrv`: checks the declared minimum Rust version against the dependencies' own;
//! - `build-times [--programs-only] [--rounds N]`: measures, in a scratch target directory,
//!   clean builds of the workspace and its two library crates (skipped with
//!   `--programs-only`), and of one API call written three ways: by hand on plain `reqwest`,
//!   on `workos` with one area's feature, and on `workos` with every area; the programs' debug
//!   builds run in turn over N rounds (3 by default) and are given as ratios to the plain one,
//!   with their stripped release binaries' sizes.
//!
//! The first three only read, write and compare files; the work is done by `workos-spec` and
//! `workos-codegen`, which the tests call too. `build-times` runs cargo.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

mod build_times;
mod features;
mod generate;
mod modules;
mod msrv;
mod package_check;
mod spec_diff;

/// The crates users depend on, in the order they are published (each after what it needs).
const PUBLISHED: [&str; 4] = ["workos-api", "workos-spec-extensions", "workos-test-server", "workos-sdk"];

/// The cargo running this task (`CARGO`), so that the commands it runs use the same toolchain.
fn cargo() -> std::process::Command {
    std::process::Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned()))
}

/// Removes a directory and what it holds; one that is not there counts as removed.
fn remove_dir(dir: &Path) -> Result<(), String> {
    match std::fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => Err(format!("cannot remove {}: {e}", dir.display())),
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask lives in the workspace").to_path_buf()
}

const USAGE: &str = "usage: cargo xtask <command>

commands:
  generate     write spec/openapi.json and the generated Rust files
  check        fail if a committed file differs from what generate would write
  spec-diff <reference> [<reference>...]
               compare spec/openapi.json with upstream OpenAPI 3.0/3.1 documents, read as one
               (the first to describe an operation or component wins); .ci/run passes
               WorkOS's v0.61.0 and the two reconstructions of newer operations
  package-check
               cargo package the published crates, run their tests from the .crate files,
               and run the SDK README's example from a scratch crate against the test server
  features     lint workos-api and the SDK with each of the SDK's cargo features alone, and
               with none
  modules      fail if the modules of a crate of the workspace depend on each other in a
               circle (through crate::, super::, self:: or child paths)
  msrv         check that no dependency of the published crates needs a newer Rust than
               the declared rust-version, and build them with that toolchain when installed
  build-times [--programs-only] [--rounds N]
               time clean builds of the workspace, workos-api and workos, and of one API call
               as three programs: plain reqwest, workos with one area, workos with every area
               (debug builds in turn over N rounds, 3 by default, as ratios to the plain one),
               and size their stripped release binaries; --programs-only skips the
               workspace's builds (takes minutes; prints Markdown)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let result = match args.first().map(String::as_str) {
        Some("generate") => generate::generate(&root),
        Some("check") => generate::check(&root),
        Some("build-times") => build_times::Options::parse(&args[1..])
            .map_err(|e| format!("{e}\n\n{USAGE}"))
            .and_then(|options| build_times::build_times(&root, &options)),
        Some("package-check") => package_check::package_check(&root),
        Some("msrv") => msrv::msrv(&root),
        Some("modules") => modules::modules(&root),
        Some("features") => features::features(&root),
        Some("spec-diff") if args.len() > 1 => {
            let references: Vec<&std::path::Path> = args[1..].iter().map(std::path::Path::new).collect();
            spec_diff::spec_diff(&root, &references)
        }
        Some("spec-diff") => {
            Err(format!("spec-diff needs the path of at least one reference document\n\n{USAGE}"))
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("{message}");
            ExitCode::FAILURE
        }
    }
}
