//! The committed outputs are what the spec and codegen produce, byte for byte, every time.

use crate::support::committed_spec;

#[test]
fn the_same_spec_generates_the_same_bytes() {
    let doc = committed_spec();
    let first = workos_codegen::generate(&doc).expect("the spec generates");
    let second = workos_codegen::generate(&doc).expect("the spec generates");
    assert!(first == second, "two generations of the same spec differ");

    // And through a JSON round trip, as xtask reads it.
    let reparsed: openapiv3::OpenAPI = serde_json::from_str(&serde_json::to_string(&doc).unwrap()).unwrap();
    assert!(workos_codegen::generate(&reparsed).unwrap() == first);
}

#[test]
fn committed_spec_and_client_are_fresh() {
    let rendered = workos_spec::openapi_json().expect("the spec renders");
    assert!(
        rendered == include_str!("../../../spec/openapi.json"),
        "spec/openapi.json is stale: run `cargo xtask generate`"
    );
    let generated = workos_codegen::generate(&committed_spec()).unwrap();
    assert!(
        generated == include_str!("../../../workos-api/src/generated.rs"),
        "workos-api/src/generated.rs is stale: run `cargo xtask generate`"
    );
}

#[test]
fn the_generated_file_names_its_command_and_spec_hash() {
    let doc = committed_spec();
    let generated = workos_codegen::generate(&doc).unwrap();
    let header = generated.lines().next().unwrap();
    assert!(header.contains("cargo xtask generate"), "{header}");
    assert!(header.contains(&workos_codegen::spec_hash(&doc)), "{header}");
}

#[test]
fn api_surface() {
    let surface = workos_codegen::surface(&committed_spec()).expect("the spec generates");
    insta::assert_snapshot!(surface);
}
