//! `build-times`: what the SDK costs a build, measured from clean.
//!
//! Every build runs in a scratch target directory (`target/build-times/`), so the normal one
//! is left alone, and starts from an empty one, so nothing is reused (the registry's
//! downloads excepted: they are fetched first and not timed, and the timed builds run
//! `--offline`). It measures:
//!
//! - unless `--programs-only`: the clean debug build of the whole workspace, and of
//!   `workos-api` and of `workos`, each with its dependencies, and each crate again on its own
//!   once its dependencies are built (with the workspace's profile);
//! - one API call, one organization fetched and printed, as three programs, each a package of
//!   its own outside the workspace as a user's program would be:
//!   - *plain*: written by hand with `reqwest`, `serde`, `serde_json` and `tokio`
//!     (`xtask/programs/plain.rs`);
//!   - *one area*: `workos/examples/minimal.rs` on `workos` with only the `organizations`
//!     area's feature (and rustls);
//!   - *all areas*: the same program on `workos` with its default features.
//!
//!   The SDK's two crates are path dependencies here, which cargo would build incrementally
//!   (as it does every package of the user's own); from crates.io they are built as every
//!   other dependency is, without, so the SDK's programs turn incremental builds off for
//!   those two crates alone ([`AS_A_REGISTRY_DEPENDENCY`]).
//!
//!   Their clean debug builds run in turn over `--rounds` rounds (3 by default), all with the
//!   workspace's debug profile; the table gives each one's median and range, and the SDK's
//!   ratios to the plain program, taken round by round. Each is also built once in release,
//!   stripped, for its binary's size (not timed: those three builds share a target directory,
//!   which leaves the binaries as they would be and saves minutes).
//!
//! Each program's package gets a copy of the workspace's `Cargo.lock`, so all three build
//! the versions the workspace tests. It prints a Markdown table, with the machine it ran on,
//! and removes the scratch directory when done.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// The workspace's debug profile: line tables for our code, no debug info for dependencies.
/// The three programs' debug builds all use it, so that they differ only in their code.
const LEAN_PROFILE: &str = r#"
[profile.dev]
debug = "line-tables-only"

[profile.dev.package."*"]
debug = false
"#;

/// Builds the SDK's crates, path dependencies of the programs, as cargo builds a crates.io
/// dependency: without incremental compilation, whose bookkeeping (its dependency graph,
/// written out at the end) a user's build of `workos-sdk` never pays. The program's own
/// package stays incremental, as in the plain program.
const AS_A_REGISTRY_DEPENDENCY: &str = r#"
[profile.dev.package.workos-sdk]
incremental = false

[profile.dev.package.workos-api]
incremental = false
"#;

/// The SDK's features for the one-area program: TLS as by default, and one area's calls.
const ONE_AREA_FEATURES: [&str; 2] = ["rustls", "organizations"];

/// Rounds of the programs' debug builds when `--rounds` is not given.
const DEFAULT_ROUNDS: usize = 3;

/// What the command line asks for.
#[derive(Debug)]
pub(crate) struct Options {
    /// Skip the workspace's own builds, to compare the three programs alone.
    programs_only: bool,
    /// How many times each program's clean debug build is timed.
    rounds: usize,
}

impl Options {
    /// `[--programs-only] [--rounds N]`, in any order.
    pub(crate) fn parse(args: &[String]) -> Result<Options, String> {
        let mut options = Options { programs_only: false, rounds: DEFAULT_ROUNDS };
        let mut args = args.iter();
        while let Some(arg) = args.next() {
            match arg.as_str() {
                "--programs-only" => options.programs_only = true,
                "--rounds" => {
                    let value = args.next().ok_or("--rounds needs a number")?;
                    options.rounds = value
                        .parse()
                        .ok()
                        .filter(|&n| n > 0)
                        .ok_or_else(|| format!("--rounds needs a number above 0, not {value:?}"))?;
                }
                other => return Err(format!("build-times: unknown argument {other:?}")),
            }
        }
        Ok(options)
    }
}

struct Row {
    what: String,
    value: String,
    /// The value divided by the plain program's (empty for the workspace's rows).
    ratio: String,
}

impl Row {
    fn new(what: impl Into<String>, value: String) -> Row {
        Row { what: what.into(), value, ratio: String::new() }
    }
}

pub(crate) fn build_times(root: &Path, options: &Options) -> Result<(), String> {
    let scratch = root.join("target").join("build-times");
    crate::remove_dir(&scratch)?;
    let mut rows = Vec::new();
    if !options.programs_only {
        rows.extend(workspace_rows(root, &scratch.join("workspace"))?);
    }
    rows.extend(program_rows(root, &scratch, options.rounds)?);
    crate::remove_dir(&scratch)?;
    print_table(&rows, options.rounds);
    Ok(())
}

/// The workspace's own builds: the whole of it, then each of our two library crates.
fn workspace_rows(root: &Path, target: &Path) -> Result<Vec<Row>, String> {
    eprintln!("fetching the workspace's dependencies (not timed)");
    run(crate::cargo().arg("fetch").current_dir(root))?;
    let mut rows = Vec::new();

    crate::remove_dir(target)?;
    let whole = timed("the whole workspace: clean debug build", || {
        run(cargo_in(root, target).args(["build", "--offline", "--workspace"]))
    })?;
    rows.push(Row::new("the whole workspace (`cargo build --workspace`): clean debug build", seconds(whole)));

    for (krate, what) in [("workos-api", "the generated client"), ("workos-sdk", "the SDK")] {
        crate::remove_dir(target)?;
        let clean = timed(&format!("{krate}: clean debug build"), || {
            run(cargo_in(root, target).args(["build", "--offline", "-p", krate]))
        })?;
        rows.push(Row::new(
            format!("`{krate}` ({what}): clean debug build, dependencies included"),
            seconds(clean),
        ));
        run(cargo_in(root, target).args(["clean", "-p", krate]))?;
        let alone = timed(&format!("{krate}: debug build of the crate alone"), || {
            run(cargo_in(root, target).args(["build", "--offline", "-p", krate]))
        })?;
        rows.push(Row::new(format!("`{krate}` alone, its dependencies already built"), seconds(alone)));
    }
    crate::remove_dir(target)?;
    Ok(rows)
}

/// One of the programs compared: a package of its own with one binary.
struct Program {
    /// Its package's and binary's name, and its scratch directory's.
    name: &'static str,
    /// What the table calls it, short and in full.
    short: &'static str,
    what: String,
    /// Its one source file.
    source: PathBuf,
    /// The `[dependencies]` table of its manifest.
    dependencies: String,
    /// Whether it builds on the SDK (whose crates then get [`AS_A_REGISTRY_DEPENDENCY`]).
    on_sdk: bool,
    /// Its package's directory, under the scratch directory.
    dir: PathBuf,
}

impl Program {
    fn target(&self) -> PathBuf {
        self.dir.join("target")
    }
}

/// The plain program first: the others' ratios are to it.
fn programs(root: &Path, scratch: &Path) -> [Program; 3] {
    let minimal = root.join("workos").join("examples").join("minimal.rs");
    let workos = root.join("workos");
    let program = |name, short, what: String, source: PathBuf, dependencies: String, on_sdk| Program {
        name,
        short,
        what,
        source,
        dependencies,
        on_sdk,
        dir: scratch.join(name),
    };
    // The SDK's programs also need the runtime that `#[tokio::main]` expands to.
    let tokio = r#"tokio = { version = "1", features = ["rt", "macros"] }"#;
    let one_area = ONE_AREA_FEATURES.map(|f| format!("{f:?}")).join(", ");
    [
        program(
            "workos-plain",
            "plain",
            "plain: `reqwest`, `serde`, `serde_json`, `tokio` by hand (`xtask/programs/plain.rs`)".into(),
            root.join("xtask").join("programs").join("plain.rs"),
            // reqwest's own `rustls` feature brings the aws-lc-rs provider, a C library built
            // from source and several times *ring*'s build. The SDK's default TLS is rustls with
            // *ring* and the platform's verifier, so the plain program takes reqwest's
            // `rustls-no-provider` (which still brings rustls-platform-verifier) and gives it
            // *ring*, with rustls's features as the workspace sets them: the same TLS stack.
            format!(
                r#"reqwest = {{ version = "0.13", default-features = false, features = ["rustls-no-provider", "json"] }}
rustls = {{ version = "0.23", default-features = false, features = ["ring", "std", "tls12", "logging"] }}
serde = {{ version = "1", features = ["derive"] }}
serde_json = "1"
{tokio}"#
            ),
            false,
        ),
        program(
            "workos-one-area",
            "one area",
            format!(
                "one area: `workos` with features {} (`workos/examples/minimal.rs`)",
                ONE_AREA_FEATURES.map(|f| format!("`{f}`")).join(", ")
            ),
            minimal.clone(),
            format!(
                "workos = {{ package = \"workos-sdk\", path = {workos:?}, default-features = false, \
                 features = [{one_area}] }}\n{tokio}"
            ),
            true,
        ),
        program(
            "workos-all-areas",
            "all areas",
            "all areas: the same program, `workos` with its default features".into(),
            minimal,
            format!("workos = {{ package = \"workos-sdk\", path = {workos:?} }}\n{tokio}"),
            true,
        ),
    ]
}

/// The three programs' rows: debug build times over `rounds`, then binary sizes.
fn program_rows(root: &Path, scratch: &Path, rounds: usize) -> Result<Vec<Row>, String> {
    let programs = programs(root, scratch);
    for program in &programs {
        prepare(root, program)?;
    }
    let debug = debug_rounds(&programs, rounds)?;
    let release = scratch.join("release");
    let sizes: Vec<u64> =
        programs.iter().map(|program| release_size(program, &release)).collect::<Result<_, _>>()?;

    // Each row's ratio is to the plain program's (the first), so the plain row's is 1.
    let mut rows = Vec::new();
    for (i, program) in programs.iter().enumerate() {
        let times: Vec<f64> = debug.iter().map(|round| round[i]).collect();
        let ratios: Vec<f64> = debug.iter().map(|round| round[i] / round[0]).collect();
        rows.push(Row {
            what: format!("one call, {}: clean debug build", program.what),
            value: spread(&times, seconds),
            ratio: spread(&ratios, ratio),
        });
    }
    for (program, &size) in programs.iter().zip(&sizes) {
        rows.push(Row {
            what: format!("one call, {}: release binary, stripped", program.short),
            value: mebibytes(size),
            ratio: ratio(size as f64 / sizes[0] as f64),
        });
    }
    Ok(rows)
}

/// Writes the program's package, with the workspace's lock file, and fetches what it needs,
/// so that the timed builds download nothing.
fn prepare(root: &Path, program: &Program) -> Result<(), String> {
    std::fs::create_dir_all(&program.dir)
        .map_err(|e| format!("cannot create {}: {e}", program.dir.display()))?;
    std::fs::write(program.dir.join("Cargo.toml"), manifest(program))
        .map_err(|e| format!("cannot write {}'s manifest: {e}", program.name))?;
    let lock = root.join("Cargo.lock");
    std::fs::copy(&lock, program.dir.join("Cargo.lock"))
        .map_err(|e| format!("cannot copy Cargo.lock: {e}"))?;
    eprintln!("{}: fetching dependencies (not timed)", program.name);
    // Resolving keeps the locked versions and drops what the program does not use.
    run(crate::cargo().arg("fetch").current_dir(&program.dir))?;
    warn_of_unlocked(program, &lock)
}

/// A manifest that builds `program.source` as the package's one binary.
fn manifest(program: &Program) -> String {
    let Program { name, source, dependencies, on_sdk, .. } = program;
    let registry_like = if *on_sdk { AS_A_REGISTRY_DEPENDENCY } else { "" };
    format!(
        r#"[package]
name = "{name}"
version = "0.0.0"
edition = "2024"
publish = false

[[bin]]
name = "{name}"
path = {source:?}

[dependencies]
{dependencies}

# Not a member of the SDK's workspace, which holds this directory.
[workspace]
{LEAN_PROFILE}{registry_like}"#
    )
}

/// Says so when the program resolved a package version the workspace does not lock: its
/// build would then not be of the versions the others build.
fn warn_of_unlocked(program: &Program, workspace_lock: &Path) -> Result<(), String> {
    let read = |path: &Path| {
        std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))
    };
    let ours = locked_packages(&read(workspace_lock)?);
    let extra: Vec<String> = locked_packages(&read(&program.dir.join("Cargo.lock"))?)
        .difference(&ours)
        .filter(|(name, _)| name != program.name)
        .map(|(name, version)| format!("{name} {version}"))
        .collect();
    if !extra.is_empty() {
        eprintln!(
            "warning: {} resolves versions the workspace does not lock: {}",
            program.name,
            extra.join(", ")
        );
    }
    Ok(())
}

/// The `(name, version)` of every package in a `Cargo.lock`.
fn locked_packages(lock: &str) -> BTreeSet<(String, String)> {
    let value = |line: &str, key: &str| {
        line.strip_prefix(key)
            .and_then(|rest| rest.strip_prefix(" = \"")?.strip_suffix('"'))
            .map(str::to_owned)
    };
    let mut packages = BTreeSet::new();
    let mut name = None;
    for line in lock.lines() {
        if let Some(found) = value(line, "name") {
            name = Some(found);
        } else if let (Some(version), Some(found)) = (value(line, "version"), name.take()) {
            packages.insert((found, version));
        }
    }
    packages
}

/// Clean debug build times, `[round][program]`. Each round builds every program once; the
/// round's first program changes from round to round, so that none is always the one that
/// runs first (after the fetches or another round's last build).
fn debug_rounds(programs: &[Program], rounds: usize) -> Result<Vec<Vec<f64>>, String> {
    let mut times = vec![vec![0.0; programs.len()]; rounds];
    for (round, row) in times.iter_mut().enumerate() {
        for turn in 0..programs.len() {
            let i = (round + turn) % programs.len();
            let program = &programs[i];
            crate::remove_dir(&program.target())?;
            let label = format!("round {} of {rounds}, {}: clean debug build", round + 1, program.name);
            row[i] =
                timed(
                    &label,
                    || run(cargo_in(&program.dir, &program.target()).args(["build", "--offline"])),
                )?;
        }
    }
    Ok(times)
}

/// The size of the program's release binary, stripped of its symbols by cargo
/// (`strip = "symbols"`, so that it does not depend on a `strip` tool being installed).
/// `target` is shared by the three programs: what they have in common is built once, and a
/// binary is the same whether its dependencies were built for it or before it.
fn release_size(program: &Program, target: &Path) -> Result<u64, String> {
    eprintln!("{}: release build (not timed)", program.name);
    run(cargo_in(&program.dir, target)
        .args(["build", "--offline", "--release"])
        .env("CARGO_PROFILE_RELEASE_STRIP", "symbols"))?;
    file_size(&target.join("release").join(program.name))
}

fn print_table(rows: &[Row], rounds: usize) {
    println!("{}\n", machine());
    println!(
        "The programs' debug builds use the workspace's debug profile (line tables for the \
         program's own code, no debug info for dependencies); their times are the median of {rounds} \
         round(s) run in turn, with the range, and their ratios to the plain program are taken \
         round by round. Binaries are built with cargo's release profile, then stripped.\n"
    );
    println!("| what | time or size | to plain |");
    println!("|---|---|---|");
    for row in rows {
        println!("| {} | {} | {} |", row.what, row.value, row.ratio);
    }
}

/// The median of `values`, and their range when they differ.
fn spread(values: &[f64], show: impl Fn(f64) -> String) -> String {
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let middle = sorted.len() / 2;
    let median = if sorted.len().is_multiple_of(2) {
        (sorted[middle - 1] + sorted[middle]) / 2.0
    } else {
        sorted[middle]
    };
    let (min, max) = (sorted[0], sorted[sorted.len() - 1]);
    if sorted.len() == 1 {
        show(median)
    } else {
        format!("{} ({} to {})", show(median), show(min), show(max))
    }
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

fn file_size(path: &Path) -> Result<u64, String> {
    std::fs::metadata(path).map(|m| m.len()).map_err(|e| format!("cannot read {}: {e}", path.display()))
}

fn seconds(value: f64) -> String {
    format!("{value:.1} s")
}

fn ratio(value: f64) -> String {
    format!("{value:.2}")
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

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_owned()
    }

    /// The package names the profile overrides use, each `[profile.dev.package.NAME]`.
    fn overridden(manifest: &str) -> Vec<&str> {
        manifest
            .lines()
            .filter_map(|line| line.strip_prefix("[profile.dev.package.")?.strip_suffix(']'))
            .filter(|name| *name != "\"*\"")
            .collect()
    }

    #[test]
    fn only_the_sdk_programs_build_its_crates_without_incremental_compilation() {
        let [plain, one_area, all_areas] = programs(&root(), Path::new("/scratch"));
        assert!(overridden(&manifest(&plain)).is_empty());
        for program in [one_area, all_areas] {
            let manifest = manifest(&program);
            assert_eq!(overridden(&manifest), ["workos-sdk", "workos-api"], "{manifest}");
            assert_eq!(manifest.matches("incremental = false").count(), 2, "{manifest}");
        }
    }

    /// Cargo only warns of an override naming no package, so a renamed crate would silently
    /// be built incrementally again: the names must be the workspace's.
    #[test]
    fn the_overrides_name_the_sdks_packages() {
        for (dir, name) in [("workos", "workos-sdk"), ("workos-api", "workos-api")] {
            let manifest = std::fs::read_to_string(root().join(dir).join("Cargo.toml")).unwrap();
            assert!(manifest.contains(&format!("\nname = \"{name}\"\n")), "{dir}'s package name");
            assert!(overridden(AS_A_REGISTRY_DEPENDENCY).contains(&name));
        }
    }
}
