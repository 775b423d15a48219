//! A human-readable summary of the generated client, one line per operation: what a spec
//! change does to the API surface, in a form a reviewer can read in a diff.

use std::collections::BTreeMap;

use quote::ToTokens;

/// Summarizes the client generated from `doc`: per tag, each operation's HTTP method and
/// path, the Rust method, its parameters and its return type, and the cargo feature (area)
/// that compiles it.
pub fn surface(doc: &openapiv3::OpenAPI) -> Result<String, crate::Error> {
    let source = crate::generate(doc)?;
    let file =
        syn::parse_file(&source).map_err(|e| crate::Error::Progenitor(format!("unparsable output: {e}")))?;
    let mut signatures = BTreeMap::new();
    for item in &file.items {
        let syn::Item::Impl(block) = item else { continue };
        if block.trait_.is_some() || block.self_ty.to_token_stream().to_string() != "Client" {
            continue;
        }
        for item in &block.items {
            if let syn::ImplItem::Fn(method) = item
                && method.sig.asyncness.is_some()
            {
                signatures.insert(method.sig.ident.to_string(), signature(&method.sig));
            }
        }
    }

    let prepared = crate::prepare::prepare(doc).map_err(|e| crate::Error::Lint(vec![e]))?;
    let json = serde_json::to_value(doc).expect("an OpenAPI document always serializes");
    let features = crate::areas::operation_features(&prepared, &crate::areas::areas(&prepared.document));
    let mut by_tag: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for op in &prepared.operations {
        // The success status the spec gives (the client accepts any 2xx): a change to what the
        // API answers shows here.
        let responses = &json["paths"][&op.path][op.method.to_ascii_lowercase()]["responses"];
        let status = responses
            .as_object()
            .and_then(|r| r.keys().find(|status| status.starts_with('2')).cloned())
            .unwrap_or_else(|| "?".into());
        let mut line = format!("{} {} ({status})\n    ", op.method, op.path);
        match signatures.get(&op.id) {
            Some(signature) => line.push_str(signature),
            None if op.redirect => {
                line.push_str(&format!("(browser redirect {}: no method, the SDK builds its URL)", op.id))
            }
            None => line.push_str(&format!("(no method generated for {})", op.id)),
        }
        let mut notes = Vec::new();
        if let Some(feature) = features.get(&op.id) {
            notes.push(format!("feature {feature}"));
        }
        if let Some(list) = &op.list {
            notes.push(format!("list of {}", list.item));
        }
        if op.public {
            notes.push("no API key".to_owned());
        }
        if op.idempotent {
            notes.push("idempotent".to_owned());
        }
        if !notes.is_empty() {
            line.push_str(&format!("\n    [{}]", notes.join(", ")));
        }
        by_tag.entry(op.tag.as_str()).or_default().push(line);
    }

    let mut out = String::new();
    for (tag, lines) in by_tag {
        out.push_str(&format!("## {tag}\n"));
        for line in lines {
            out.push_str(&line);
            out.push('\n');
        }
        out.push('\n');
    }
    Ok(out)
}

fn signature(sig: &syn::Signature) -> String {
    let params: Vec<String> = sig
        .inputs
        .iter()
        .filter_map(|input| match input {
            syn::FnArg::Typed(arg) => {
                Some(format!("{}: {}", tidy(&arg.pat.to_token_stream()), tidy(&arg.ty.to_token_stream())))
            }
            syn::FnArg::Receiver(_) => None,
        })
        .collect();
    let output = match &sig.output {
        syn::ReturnType::Type(_, ty) => success_type(ty),
        syn::ReturnType::Default => "()".to_owned(),
    };
    format!("{}({}) -> {output}", sig.ident, params.join(", "))
}

/// `Result<ResponseValue<types::X>, Error<()>>` → `X`.
fn success_type(ty: &syn::Type) -> String {
    let text = tidy(&ty.to_token_stream());
    text.strip_prefix("Result<ResponseValue<")
        .and_then(|rest| rest.split_once(">, Error<"))
        .map(|(inner, _)| inner.trim_start_matches("types::").to_owned())
        .unwrap_or(text)
}

/// Token text without the spaces `quote` puts everywhere and without noise paths.
fn tidy(tokens: &proc_macro2::TokenStream) -> String {
    let mut text = tokens.to_string();
    for (from, to) in [
        (" :: ", "::"),
        (":: ", "::"),
        (" < ", "<"),
        ("< ", "<"),
        (" >", ">"),
        (" ,", ","),
        ("& '", "&'"),
        ("& ", "&"),
        ("'a ", ""),
    ] {
        text = text.replace(from, to);
    }
    for noise in ["::std::string::", "::std::vec::", "::std::option::", "crate::types::", "types::"] {
        text = text.replace(noise, "");
    }
    text
}
