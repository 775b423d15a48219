//! How names in the document become Rust names.

use heck::ToUpperCamelCase;

/// The Rust variant name of an enum value: `active` → `Active`, `ADFSSAML` → `Adfssaml`,
/// `azure scim v2.0` → `AzureScimV20`, `user.created` → `UserCreated`.
pub(crate) fn variant_name(value: &str) -> String {
    let mut name = String::new();
    for word in value.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()) {
        let shouting = word.chars().all(|c| !c.is_ascii_lowercase());
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            if shouting {
                name.extend(chars.map(|c| c.to_ascii_lowercase()));
            } else {
                name.extend(chars);
            }
        }
    }
    if name.is_empty() {
        name.push_str("Empty");
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    name
}

/// The Rust type name derived from an operation id: `list_organizations` → `ListOrganizations`.
pub(crate) fn type_name(operation_id: &str) -> String {
    operation_id.to_upper_camel_case()
}

/// The name of the struct that gathers an operation's query parameters.
pub(crate) fn params_struct(operation_id: &str) -> String {
    format!("{}Params", type_name(operation_id))
}

/// The constant naming an operation in the operations table.
pub(crate) fn const_name(operation_id: &str) -> String {
    heck::ToShoutySnakeCase::to_shouty_snake_case(operation_id)
}

/// A Rust field name for a JSON property, as typify makes it.
pub(crate) fn field_name(property: &str) -> String {
    heck::ToSnakeCase::to_snake_case(property)
}

/// The Rust identifier typify gives a field, and progenitor an argument, named `name` in the
/// document: snake case, with what cannot be in an identifier read as a word break, a leading
/// digit after an `x`, and a keyword followed by `_` (`type` becomes `type_`).
pub(crate) fn rust_ident(name: &str) -> String {
    let words: String = name
        .replace('\'', "")
        .chars()
        .map(|c| if c.is_alphanumeric() || c == '_' { c } else { '-' })
        .collect();
    let mut ident = heck::ToSnakeCase::to_snake_case(words.as_str());
    if !ident.starts_with(|c: char| c.is_alphabetic() || c == '_') {
        ident.insert(0, 'x');
    }
    if KEYWORDS.contains(&ident.as_str()) {
        ident.push('_');
    }
    ident
}

/// What cannot name a field: Rust's keywords, reserved ones included, and `_`.
const KEYWORDS: &[&str] = &[
    "_", "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate", "do",
    "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl", "in", "let", "loop",
    "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref", "return", "Self", "self",
    "static", "struct", "super", "trait", "true", "try", "type", "typeof", "unsafe", "unsized", "use",
    "virtual", "where", "while", "yield",
];

#[cfg(test)]
mod tests {
    use super::{rust_ident, variant_name};

    #[test]
    fn identifiers_are_named_as_typify_names_fields() {
        assert_eq!(rust_ident("organization_id"), "organization_id");
        assert_eq!(rust_ident("Idempotency-Key"), "idempotency_key");
        assert_eq!(rust_ident("type"), "type_");
        assert_eq!(rust_ident("listMetadata"), "list_metadata");
        assert_eq!(rust_ident("2fa"), "x2fa");
        assert_eq!(rust_ident("a.b"), "a_b");
    }

    #[test]
    fn variant_names_read_like_rust() {
        assert_eq!(variant_name("active"), "Active");
        assert_eq!(variant_name("legacy_verified"), "LegacyVerified");
        assert_eq!(variant_name("ADFSSAML"), "Adfssaml");
        assert_eq!(variant_name("GitHubOAuth"), "GitHubOAuth");
        assert_eq!(variant_name("azure scim v2.0"), "AzureScimV20");
        assert_eq!(variant_name("user.created"), "UserCreated");
        assert_eq!(variant_name("2fa"), "V2fa");
        assert_eq!(variant_name(""), "Empty");
    }
}
