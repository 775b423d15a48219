//! `workos-codegen`: the OpenAPI document in, the Rust source of `workos-api` out.
//!
//! [`generate`] is a pure function: no files, no network, no clock. It first [lints](lint)
//! the document against the constructs progenitor is known to mishandle, then prepares a copy
//! for progenitor (one `2XX` success, error responses left to the handwritten client,
//! comma-separated arrays as strings, a parameter struct per operation), runs progenitor, and
//! finishes the syntax tree: open enums that keep unknown values, collections that read
//! `null` as empty, the pagination glue and a table describing every operation.

#![deny(missing_docs)]

mod areas;
mod finish;
pub mod lint;
mod naming;
mod open_enum;
mod prepare;
mod sdk;
mod semver;
mod surface;
mod tables;
mod tagged;

use sha2::{Digest, Sha256};

pub use areas::{Area, FEATURES_BEGIN, FEATURES_END, cargo_features};
pub use lint::{LintError, lint};
pub use surface::surface;

/// The command that regenerates the client; named in the generated file's header.
pub const GENERATE_COMMAND: &str = "cargo xtask generate";

/// Where the generated module lives inside `workos-api`; type paths in the output use it.
pub const TYPES_PATH: &str = "crate::types";

/// Why no source could be generated.
#[derive(Debug)]
pub enum Error {
    /// The document breaks rules progenitor depends on; every problem is listed.
    Lint(Vec<LintError>),
    /// progenitor itself refused the document.
    Progenitor(String),
    /// An operation cannot be offered by the `workos` crate as the spec says.
    Sdk(String),
}

impl std::fmt::Display for Error {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Error::Lint(errors) => {
                writeln!(f, "the OpenAPI document has {} problem(s):", errors.len())?;
                for error in errors {
                    writeln!(f, "  - {error}")?;
                }
                Ok(())
            }
            Error::Progenitor(message) => write!(f, "progenitor failed: {message}"),
            Error::Sdk(message) => write!(f, "the workos crate's surface: {message}"),
        }
    }
}

impl std::error::Error for Error {}

/// The SHA-256 of the document's canonical JSON, in hex: names the spec in the header.
pub fn spec_hash(doc: &openapiv3::OpenAPI) -> String {
    let bytes = serde_json::to_vec(doc).expect("an OpenAPI document always serializes");
    Sha256::digest(&bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// The generated sources: the low-level client and the `workos` crate's per-operation surface.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Generated {
    /// `workos-api/src/generated.rs`.
    pub client: String,
    /// `workos/src/generated.rs`: the handles and one method per operation.
    pub sdk: String,
    /// `tests/tests/it/every_operation_calls.rs`: one call of every method, for the test of
    /// every operation.
    pub every_call: String,
    /// The areas, one cargo feature each of `workos-api` and `workos`; see [`features_toml`].
    pub areas: Vec<Area>,
}

/// Generates the formatted Rust source of the client for `doc`.
pub fn generate(doc: &openapiv3::OpenAPI) -> Result<String, Error> {
    generate_all(doc).map(|generated| generated.client)
}

/// Generates both sources for `doc`.
pub fn generate_all(doc: &openapiv3::OpenAPI) -> Result<Generated, Error> {
    lint(doc).map_err(Error::Lint)?;
    let prepared = prepare::prepare(doc);

    let mut settings = progenitor::GenerationSettings::default();
    settings
        .with_interface(progenitor::InterfaceStyle::Positional)
        .with_tag(progenitor::TagStyle::Merged)
        .with_inner_type(quote::quote!(crate::Hooks))
        .with_map_type("::std::collections::BTreeMap");
    for name in &prepared.open_enums {
        settings.with_replacement(
            name,
            format!("{TYPES_PATH}::{name}"),
            [progenitor::TypeImpl::Display, progenitor::TypeImpl::FromStr].into_iter(),
        );
    }
    let tagged: Vec<tagged::Tagged> = prepared.doc_json["components"]["schemas"]
        .as_object()
        .into_iter()
        .flatten()
        .filter_map(|(name, schema)| tagged::recognise(name, schema))
        .collect();
    for union in &tagged {
        settings.with_replacement(
            union.name(),
            format!("{TYPES_PATH}::{}", union.name()),
            std::iter::empty(),
        );
    }
    for schema in secret_schemas() {
        settings.with_conversion(schema, "crate::Secret", std::iter::empty());
    }

    let mut generator = progenitor::Generator::new(&settings);
    let tokens = generator.generate_tokens(&prepared.doc).map_err(|e| Error::Progenitor(e.to_string()))?;
    let mut file: syn::File =
        syn::parse2(tokens).map_err(|e| Error::Progenitor(format!("unparsable output: {e}")))?;

    finish::property_extensions(&mut file, &prepared.doc_json);
    finish::tolerate_null_collections(&mut file);
    finish::lenient_timestamps(&mut file);
    finish::drop_api_version_header(&mut file);
    finish::decode_with_bounded_body(&mut file);
    finish::encode_path_segments(&mut file);
    let constructors = finish::constructors(&mut file, &prepared.consts);
    finish::append_to_types(&mut file, constructors);
    finish::append_to_types(&mut file, open_enum::emit_all(&prepared.doc_json, &prepared.open_enums));
    finish::append_to_types(&mut file, finish::support_items());
    finish::append_to_types(&mut file, tagged.iter().flat_map(tagged::emit).collect());
    semver::finish(&mut file, &prepared);
    file.items.extend(tables::emit(&prepared));
    let mut sdk: syn::File = syn::parse_quote!();
    let (items, calls) = sdk::emit(&prepared, &file).map_err(Error::Sdk)?;
    sdk.items = items;
    let every_call = sdk::every_call_module(&calls);
    sdk.items.extend(sdk::event_data(&prepared.doc_json).map_err(Error::Sdk)?);
    let areas = areas::areas(&prepared.doc_json);
    areas::gate(&prepared, &areas, &mut file, &mut sdk.items);

    let header = format!(
        "// @generated by `{GENERATE_COMMAND}` from spec/openapi.json (sha256 {}).\n\
         // Do not edit: change the spec or the generator, then regenerate.\n\n",
        spec_hash(doc)
    );
    Ok(Generated {
        client: header.clone() + &prettyplease::unparse(&file),
        sdk: header.clone() + &prettyplease::unparse(&sdk),
        every_call: header + &prettyplease::unparse(&every_call),
        areas,
    })
}

/// The string schemas that hold secrets (`format: password`): typify turns them into
/// `crate::Secret`, whose `Debug` never shows the value. typify compares schemas without
/// their descriptions, so these two cover every secret field.
fn secret_schemas() -> Vec<schemars08::schema::SchemaObject> {
    use schemars08::schema::{InstanceType, SchemaObject, SingleOrVec};
    let secret = |types: SingleOrVec<InstanceType>| SchemaObject {
        instance_type: Some(types),
        format: Some("password".into()),
        ..Default::default()
    };
    vec![
        secret(SingleOrVec::Single(Box::new(InstanceType::String))),
        secret(SingleOrVec::Vec(vec![InstanceType::String, InstanceType::Null])),
    ]
}
