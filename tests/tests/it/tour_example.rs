//! The README's first command, `cargo run -p workos-sdk --example tour`, run as a test: the
//! example's own `main`, which starts the local server when no API key is set.

#[path = "../../../workos/examples/tour.rs"]
mod tour;

#[test]
fn the_readme_tour_runs_offline_without_a_key() {
    // The tour talks to the real API when a key is set; this test is about the offline path.
    if std::env::var("WORKOS_API_KEY").is_ok_and(|key| !key.trim().is_empty()) {
        eprintln!("WORKOS_API_KEY is set: the offline tour is not exercised");
        return;
    }
    // Every step returns its error, and the typed-error step fails on anything but a 404.
    if let Err(error) = tour::main() {
        panic!("the tour failed: {error}");
    }
}
