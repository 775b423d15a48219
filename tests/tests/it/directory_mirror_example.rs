//! `cargo run -p workos-sdk --features events-sqlite --example directory_mirror`, run as a
//! test: the example's own `main` (full sync into SQLite, then the `dsync.*` events it makes
//! on the local server), which fails unless its mirror shows every change it followed.

#[path = "../../../workos/examples/directory_mirror.rs"]
mod directory_mirror;

#[test]
fn the_directory_mirror_syncs_then_follows_the_events_offline() {
    if std::env::var("WORKOS_API_KEY").is_ok_and(|key| !key.trim().is_empty()) {
        eprintln!("WORKOS_API_KEY is set: the offline mirror is not exercised");
        return;
    }
    if let Err(error) = directory_mirror::main() {
        panic!("the directory mirror failed: {error}");
    }
}
