//! `cargo xtask package-check`: the crates users depend on, as crates.io would serve them.
//!
//! 1. `cargo package` (with its verification build) of the published crates, in dependency
//!    order, each against the packages made before it rather than the registry.
//! 2. The `.crate` files unpacked into a scratch workspace outside this one, where the
//!    packaged crates' own tests and doctests run.
//! 3. A scratch program whose `main` is the first example of the SDK's README (as packaged),
//!    depending on the unpacked SDK by path, run against the packaged test server.
//!
//! Everything happens under `target/package-check/`; nothing is published.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use crate::{PUBLISHED, remove_dir};

pub(crate) fn package_check(root: &Path) -> Result<(), String> {
    let version = workspace_version(root)?;
    let target = root.join("target");
    let scratch = target.join("package-check");

    step("cargo package (verified) of the published crates");
    forget_earlier_packages(&target, &version)?;
    let mut package = cargo(root);
    package.args(["package", "--allow-dirty", "--locked"]);
    // The verification builds each unpacked crate as a workspace of its own, which would
    // otherwise use the default dev profile and rebuild every dependency; with this
    // workspace's profile it reuses what `cargo test` built.
    package.args([
        "--config",
        "profile.dev.debug=\"line-tables-only\"",
        "--config",
        "profile.dev.package.\"*\".debug=false",
    ]);
    for name in PUBLISHED {
        package.args(["-p", name]);
    }
    run(&mut package)?;

    step("unpack them into a scratch workspace outside this one");
    remove_dir(&scratch)?;
    let unpacked = scratch.join("unpacked");
    std::fs::create_dir_all(&unpacked).map_err(|e| format!("cannot create {}: {e}", unpacked.display()))?;
    for name in PUBLISHED {
        let file = target.join("package").join(format!("{name}-{version}.crate"));
        run(Command::new("tar").arg("-xzf").arg(&file).arg("-C").arg(&unpacked))?;
    }
    let readme = unpacked.join(format!("workos-sdk-{version}")).join("README.md");
    let example = first_rust_example(&readme)?;
    write(&scratch.join("Cargo.toml"), &scratch_manifest(root, &version)?)?;
    write(&scratch.join("app").join("Cargo.toml"), &app_manifest(&version))?;
    write(&scratch.join("app").join("src").join("main.rs"), &example)?;
    // The workspace's lockfile keeps the scratch build on the versions this one tested.
    std::fs::copy(root.join("Cargo.lock"), scratch.join("Cargo.lock"))
        .map_err(|e| format!("Cargo.lock: {e}"))?;

    step("the packaged crates' own tests and doctests");
    let manifest = scratch.join("Cargo.toml");
    let mut tests = cargo(root);
    tests.arg("test").arg("--manifest-path").arg(&manifest);
    for name in PUBLISHED {
        tests.args(["-p", name]);
    }
    run(&mut tests)?;

    step("the README's first example, built against the packaged SDK, run against the packaged test server");
    run(cargo(root).arg("build").arg("--manifest-path").arg(&manifest).args([
        "-p",
        "app",
        "-p",
        "workos-test-server",
    ]))?;
    let bin = target.join("debug");
    let mut server = Server::start(&bin.join("workos-local-server"))?;
    let status = Command::new(bin.join("app"))
        .env_clear()
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .env("WORKOS_BASE_URL", &server.base_url)
        .env("WORKOS_API_KEY", &server.api_key)
        .status()
        .map_err(|e| format!("cannot run the example: {e}"));
    server.stop();
    match status? {
        status if status.success() => {
            println!("package-check: every published crate packs, tests and runs from its .crate");
            Ok(())
        }
        status => Err(format!("the README's example failed against the test server: {status}")),
    }
}

/// Cargo verifies each crate against the ones packaged before it through a temporary local
/// registry, whose sources it extracts under `$CARGO_HOME/registry/src/-<hash>/` and never
/// extracts again for the same name and version: after a change, a second run would verify
/// against the first run's sources. Those extractions, and the earlier packages, go first.
fn forget_earlier_packages(target: &Path, version: &str) -> Result<(), String> {
    remove_dir(&target.join("package"))?;
    let cargo_home = std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .ok_or("neither CARGO_HOME nor HOME is set")?;
    let Ok(registries) = std::fs::read_dir(cargo_home.join("registry").join("src")) else { return Ok(()) };
    // Local registries have no name: their directory is `-<hash>`; crates.io's is not touched.
    for registry in registries.flatten().filter(|r| r.file_name().to_string_lossy().starts_with('-')) {
        for name in PUBLISHED {
            remove_dir(&registry.path().join(format!("{name}-{version}")))?;
        }
    }
    Ok(())
}

fn step(what: &str) {
    println!("\n==> package-check: {what}");
}

/// Cargo with the workspace's target directory, so that the scratch workspace reuses the
/// registry crates already built here.
fn cargo(root: &Path) -> Command {
    let mut command = crate::cargo();
    command.current_dir(root).env("CARGO_TARGET_DIR", root.join("target"));
    command
}

fn run(command: &mut Command) -> Result<(), String> {
    let status = command.status().map_err(|e| format!("cannot run {command:?}: {e}"))?;
    if status.success() { Ok(()) } else { Err(format!("{command:?} failed: {status}")) }
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).map_err(|e| format!("cannot create {}: {e}", parent.display()))?;
    }
    std::fs::write(path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

fn workspace_version(root: &Path) -> Result<String, String> {
    let manifest =
        std::fs::read_to_string(root.join("Cargo.toml")).map_err(|e| format!("Cargo.toml: {e}"))?;
    let package = &manifest[manifest.find("[workspace.package]").ok_or("no [workspace.package]")?..];
    let line = package.lines().find(|l| l.starts_with("version")).ok_or("no workspace version")?;
    Ok(line.split('"').nth(1).ok_or("the workspace version is not a string")?.to_owned())
}

/// The first ```` ```rust ```` block of a README, without the doctest-only lines.
fn first_rust_example(readme: &Path) -> Result<String, String> {
    let text = std::fs::read_to_string(readme).map_err(|e| format!("{}: {e}", readme.display()))?;
    let mut lines = text.lines().skip_while(|l| !l.starts_with("```rust"));
    lines.next().ok_or_else(|| format!("{} has no ```rust block", readme.display()))?;
    let body: Vec<&str> = lines.take_while(|l| !l.starts_with("```")).collect();
    Ok(body.iter().map(|l| format!("{}\n", l.strip_prefix("# ").unwrap_or(l))).collect())
}

/// A workspace of the unpacked crates and the app; the published crates that depend on each
/// other find each other here (`[patch]`), not on crates.io, where they may not be yet.
fn scratch_manifest(root: &Path, version: &str) -> Result<String, String> {
    let mut manifest = String::from("[workspace]\nresolver = \"3\"\nmembers = [\"app\"");
    for name in PUBLISHED {
        manifest.push_str(&format!(", \"unpacked/{name}-{version}\""));
    }
    manifest.push_str("]\n\n[patch.crates-io]\n");
    for name in PUBLISHED {
        manifest.push_str(&format!("{name} = {{ path = \"unpacked/{name}-{version}\" }}\n"));
    }
    // The same build profiles as this workspace, so that the registry crates built here are
    // reused rather than rebuilt.
    let ours = std::fs::read_to_string(root.join("Cargo.toml")).map_err(|e| format!("Cargo.toml: {e}"))?;
    if let Some(start) = ours.find("[profile.") {
        manifest.push('\n');
        manifest.push_str(&ours[start..]);
    }
    Ok(manifest)
}

fn app_manifest(version: &str) -> String {
    format!(
        "[package]\nname = \"app\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         [dependencies]\nworkos-sdk = \"={version}\"\ntokio = {{ version = \"1\", features = [\"macros\", \"rt-multi-thread\"] }}\n"
    )
}

/// The packaged test server's binary, running on an ephemeral port.
struct Server {
    child: Child,
    base_url: String,
    api_key: String,
}

impl Server {
    fn start(binary: &PathBuf) -> Result<Server, String> {
        let mut child = Command::new(binary)
            .args(["--port", "0"])
            .stdout(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start {}: {e}", binary.display()))?;
        let stdout = child.stdout.take().ok_or("the server has no stdout")?;
        // It prints `export WORKOS_BASE_URL=... WORKOS_API_KEY=...` once it listens, then one
        // line per request: a thread keeps reading (and echoing) so that it never blocks.
        let (found, address) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines().map_while(Result::ok) {
                println!("  server: {line}");
                if let Some(exports) = line.strip_prefix("export ") {
                    let value = |name: &str| {
                        exports.split(' ').find_map(|pair| pair.strip_prefix(name)).map(str::to_owned)
                    };
                    if let (Some(base_url), Some(api_key)) =
                        (value("WORKOS_BASE_URL="), value("WORKOS_API_KEY="))
                    {
                        let _ = found.send((base_url, api_key));
                    }
                }
            }
        });
        match address.recv_timeout(std::time::Duration::from_secs(60)) {
            Ok((base_url, api_key)) => Ok(Server { child, base_url, api_key }),
            Err(_) => {
                let _ = child.kill();
                Err("the test server did not say where it listens within a minute".to_owned())
            }
        }
    }

    fn stop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
