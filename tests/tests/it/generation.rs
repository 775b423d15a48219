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

/// Every generated file starts with the same lines whatever the spec says, so that two pull
/// requests that change the spec never conflict there (`cargo xtask check` proves freshness).
#[test]
fn the_generated_files_name_their_command_and_not_the_spec() {
    assert!(workos_codegen::HEADER.contains(workos_codegen::GENERATE_COMMAND));
    assert!(workos_codegen::HEADER.contains("Do not edit"));
    let doc = committed_spec();
    let mut edited = serde_json::to_value(&doc).unwrap();
    edited["paths"]["/organizations/{id}"]["get"]["summary"] = "Another summary.".into();
    let edited: openapiv3::OpenAPI = serde_json::from_value(edited).unwrap();
    let before = workos_codegen::generate_all(&doc).unwrap();
    let after = workos_codegen::generate_all(&edited).unwrap();
    assert!(before.client != after.client, "the edit shows in the client");
    for (before, after) in
        [(before.client, after.client), (before.sdk, after.sdk), (before.every_call, after.every_call)]
    {
        assert!(before.starts_with(workos_codegen::HEADER), "{}", &before[..200]);
        assert!(after.starts_with(workos_codegen::HEADER), "{}", &after[..200]);
    }
}

#[test]
fn api_surface() {
    let surface = workos_codegen::surface(&committed_spec()).expect("the spec generates");
    insta::assert_snapshot!(surface);
}

/// Every method of every handle documents a `no_run` example of its call, which the doctests
/// compile.
#[test]
fn every_generated_method_has_an_example() {
    let file = syn::parse_file(include_str!("../../../workos/src/handles/generated.rs")).unwrap();
    let mut methods = 0;
    let mut missing = Vec::new();
    for item in &file.items {
        let syn::Item::Impl(block) = item else { continue };
        let handle = quote::ToTokens::to_token_stream(&block.self_ty).to_string();
        if handle == "Workos" {
            continue;
        }
        for item in &block.items {
            let syn::ImplItem::Fn(method) = item else { continue };
            methods += 1;
            let doc: String = method
                .attrs
                .iter()
                .filter_map(|attr| match &attr.meta {
                    syn::Meta::NameValue(pair) if pair.path.is_ident("doc") => {
                        Some(quote::ToTokens::to_token_stream(&pair.value).to_string())
                    }
                    _ => None,
                })
                .collect();
            let call = format!("().{}(", method.sig.ident);
            if !doc.contains("```no_run") || !doc.contains(&call) {
                missing.push(format!("{handle}::{}", method.sig.ident));
            }
        }
    }
    assert!(methods > 250, "only {methods} methods found");
    assert!(missing.is_empty(), "no example: {missing:?}");
}
