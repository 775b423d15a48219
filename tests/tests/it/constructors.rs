//! What a generated `new` takes: no two positional arguments of one type, so that no call
//! compiles with two of them swapped (a range's start and end, two names).

use std::collections::BTreeMap;

use quote::ToTokens;

/// Every `new` of the generated types, by type: the types of its arguments.
fn constructors() -> BTreeMap<String, Vec<String>> {
    let file =
        syn::parse_file(include_str!("../../../workos-api/src/generated.rs")).expect("the client parses");
    let types = file
        .items
        .iter()
        .find_map(|item| match item {
            syn::Item::Mod(m) if m.ident == "types" => m.content.as_ref().map(|(_, items)| items),
            _ => None,
        })
        .expect("a types module");
    let mut found = BTreeMap::new();
    for item in types {
        let syn::Item::Impl(block) = item else { continue };
        if block.trait_.is_some() {
            continue;
        }
        for item in &block.items {
            let syn::ImplItem::Fn(method) = item else { continue };
            if method.sig.ident != "new" {
                continue;
            }
            let args = method
                .sig
                .inputs
                .iter()
                .filter_map(|input| match input {
                    syn::FnArg::Typed(typed) => Some(typed.ty.to_token_stream().to_string()),
                    syn::FnArg::Receiver(_) => None,
                })
                .collect();
            found.insert(block.self_ty.to_token_stream().to_string(), args);
        }
    }
    found
}

#[test]
fn no_generated_new_takes_two_arguments_of_one_type() {
    let constructors = constructors();
    assert!(constructors.len() > 300, "only {} constructors found", constructors.len());
    let swappable: Vec<String> = constructors
        .iter()
        .filter(|(_, args)| {
            let mut seen = std::collections::BTreeSet::new();
            args.iter().any(|arg| !seen.insert(arg))
        })
        .map(|(name, args)| format!("{name}::new({})", args.join(", ")))
        .collect();
    assert!(swappable.is_empty(), "these take two arguments of one type:\n{}", swappable.join("\n"));
}

#[test]
fn the_required_fields_come_in_the_apis_order_or_by_name() {
    let constructors = constructors();
    // The spec documents the organization, then the start, then the end: two timestamps, so
    // they are named.
    assert_eq!(constructors["CreateAuditLogExport"], ["CreateAuditLogExportRequired"]);
    // `user_id` before `organization_id`, as the API documents them; two id types.
    assert_eq!(constructors["CreateOrganizationMembership"], ["UserId", "OrganizationId"]);
    let body = workos::types::CreateOrganizationMembership::new(
        workos::types::UserId::new("user_1"),
        workos::types::OrganizationId::new("org_1"),
    );
    let json = serde_json::to_value(&body).unwrap();
    assert_eq!(json["user_id"], "user_1");
    assert_eq!(json["organization_id"], "org_1");
}
