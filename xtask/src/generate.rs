//! `generate` and `check`.

use std::path::Path;

/// A generated file: where it goes and what it should hold.
struct Output {
    path: &'static str,
    contents: String,
}

const SPEC_JSON: &str = "spec/openapi.json";
const GENERATED_RS: &str = "workos-api/src/generated.rs";

/// Renders both outputs in memory.
fn render() -> Result<Vec<Output>, String> {
    let json = workos_spec::openapi_json().map_err(|e| format!("the spec does not render: {e}"))?;
    let doc: openapiv3::OpenAPI =
        serde_json::from_str(&json).map_err(|e| format!("{SPEC_JSON} is not OpenAPI: {e}"))?;
    let source = workos_codegen::generate(&doc).map_err(|e| e.to_string())?;
    Ok(vec![Output { path: SPEC_JSON, contents: json }, Output { path: GENERATED_RS, contents: source }])
}

pub(crate) fn generate(root: &Path) -> Result<(), String> {
    for output in render()? {
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
    for output in render()? {
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
        println!("spec/openapi.json and the generated client are up to date");
        Ok(())
    } else {
        Err(format!("{}\nRun `cargo xtask generate` and commit the result.", stale.join("\n")))
    }
}
