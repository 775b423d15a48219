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

#[cfg(test)]
mod tests {
    use super::variant_name;

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
