//! `generate` and `check`.

use std::path::Path;

/// A generated file: where it goes and what it should hold.
struct Output {
    path: &'static str,
    contents: String,
}

const SPEC_JSON: &str = "spec/openapi.json";
const GENERATED_RS: &str = "workos-api/src/generated.rs";
const SDK_RS: &str = "workos/src/handles/generated.rs";
const EVENT_DATA_RS: &str = "workos/src/events/data.rs";
const EVERY_CALL_RS: &str = "tests/tests/it/every_operation_calls.rs";
const API_MANIFEST: &str = "workos-api/Cargo.toml";
const SDK_MANIFEST: &str = "workos/Cargo.toml";
/// Every output, for the tests.
#[cfg(test)]
const OUTPUTS: [&str; 7] =
    [SPEC_JSON, GENERATED_RS, SDK_RS, EVENT_DATA_RS, EVERY_CALL_RS, API_MANIFEST, SDK_MANIFEST];

/// Renders every output in memory; the manifests are read from `root` and their areas' block
/// replaced.
fn render(root: &Path) -> Result<Vec<Output>, String> {
    let json = workos_spec::openapi_json().map_err(|e| format!("the spec does not render: {e}"))?;
    let doc: openapiv3::OpenAPI =
        serde_json::from_str(&json).map_err(|e| format!("{SPEC_JSON} is not OpenAPI: {e}"))?;
    let generated = workos_codegen::generate_all(&doc).map_err(|e| e.to_string())?;
    Ok(vec![
        Output { path: SPEC_JSON, contents: json },
        Output { path: GENERATED_RS, contents: generated.client },
        Output { path: SDK_RS, contents: generated.sdk },
        Output { path: EVENT_DATA_RS, contents: generated.event_data },
        Output { path: EVERY_CALL_RS, contents: generated.every_call },
        manifest(root, API_MANIFEST, &workos_codegen::cargo_features(&generated.areas, None))?,
        manifest(root, SDK_MANIFEST, &workos_codegen::cargo_features(&generated.areas, Some("workos-api")))?,
    ])
}

/// The manifest at `path` with its areas' features replaced by `block`.
fn manifest(root: &Path, path: &'static str, block: &str) -> Result<Output, String> {
    let current = std::fs::read_to_string(root.join(path)).map_err(|e| format!("cannot read {path}: {e}"))?;
    let missing = || {
        format!(
            "{path} has no `{}` ... `{}` lines",
            workos_codegen::FEATURES_BEGIN,
            workos_codegen::FEATURES_END
        )
    };
    let start = current.find(workos_codegen::FEATURES_BEGIN).ok_or_else(missing)?;
    let end = current[start..].find(workos_codegen::FEATURES_END).ok_or_else(missing)? + start;
    let end = current[end..].find('\n').map_or(current.len(), |n| end + n + 1);
    Ok(Output { path, contents: format!("{}{block}{}", &current[..start], &current[end..]) })
}

pub(crate) fn generate(root: &Path) -> Result<(), String> {
    for output in render(root)? {
        let path = root.join(output.path);
        let current = std::fs::read_to_string(&path).ok();
        if current.as_deref() == Some(output.contents.as_str()) {
            println!("unchanged {}", output.path);
            continue;
        }
        std::fs::write(&path, &output.contents).map_err(|e| format!("cannot write {}: {e}", output.path))?;
        println!("wrote     {}", output.path);
    }
    Ok(())
}

pub(crate) fn check(root: &Path) -> Result<(), String> {
    let mut stale = Vec::new();
    for output in render(root)? {
        let current = std::fs::read_to_string(root.join(output.path)).unwrap_or_default();
        if current != output.contents {
            let diff = similar::TextDiff::from_lines(&current, &output.contents);
            let mut text = diff
                .unified_diff()
                .context_radius(2)
                .header(&format!("{} (committed)", output.path), &format!("{} (regenerated)", output.path))
                .to_string();
            const LIMIT: usize = 6000;
            if text.len() > LIMIT {
                let cut = text.char_indices().nth(LIMIT).map_or(text.len(), |(i, _)| i);
                text.truncate(cut);
                text.push_str("\n... (diff truncated)\n");
            }
            stale.push(format!("{} is stale or missing:\n{text}", output.path));
        }
    }
    if stale.is_empty() {
        println!("spec/openapi.json and the generated sources are up to date");
        Ok(())
    } else {
        Err(format!("{}\nRun `cargo xtask generate` and commit the result.", stale.join("\n")))
    }
}

#[cfg(test)]
mod tests {
    use std::path::{Path, PathBuf};

    use super::*;

    /// A scratch copy of the two committed outputs, laid out as in the workspace.
    struct Scratch(PathBuf);

    impl Scratch {
        fn new(name: &str) -> Scratch {
            let dir = std::env::temp_dir().join(format!("xtask-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            for path in OUTPUTS {
                let target = dir.join(path);
                std::fs::create_dir_all(target.parent().unwrap()).unwrap();
                std::fs::copy(workspace().join(path), target).unwrap();
            }
            Scratch(dir)
        }

        fn read(&self, path: &str) -> String {
            std::fs::read_to_string(self.0.join(path)).unwrap()
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn workspace() -> &'static Path {
        Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap()
    }

    #[test]
    fn a_hand_edit_of_the_generated_client_fails_the_check_with_a_diff() {
        let scratch = Scratch::new("hand-edit");
        check(&scratch.0).expect("the committed outputs are fresh");

        let edited =
            scratch.read(GENERATED_RS).replacen("pub async fn get_organization<", "pub async fn get_org<", 1);
        std::fs::write(scratch.0.join(GENERATED_RS), &edited).unwrap();
        let error = check(&scratch.0).expect_err("a hand edit is stale output");
        assert!(error.contains("workos-api/src/generated.rs is stale or missing"), "{error}");
        assert!(error.contains("-    pub async fn get_org<"), "the diff shows the edit: {error}");
        assert!(error.contains("+    pub async fn get_organization<"), "and what it should be: {error}");
        assert!(error.contains("Run `cargo xtask generate`"), "{error}");
        assert!(!error.contains("spec/openapi.json is stale"), "only the edited file is named: {error}");

        // `generate` puts back exactly what is committed.
        generate(&scratch.0).unwrap();
        for path in OUTPUTS {
            let committed = std::fs::read_to_string(workspace().join(path)).unwrap();
            assert!(scratch.read(path) == committed, "{path} differs from the committed file after generate");
        }
        check(&scratch.0).expect("fresh again");
    }

    #[test]
    fn a_missing_spec_document_fails_the_check() {
        let scratch = Scratch::new("missing");
        std::fs::remove_file(scratch.0.join(SPEC_JSON)).unwrap();
        let error = check(&scratch.0).expect_err("a missing output is stale");
        assert!(error.contains("spec/openapi.json is stale or missing"), "{error}");
    }
}
