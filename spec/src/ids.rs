//! The kinds of id the API prefixes (`org_...`, `user_...`), and which properties and
//! parameters hold one: the SDK gives each kind a type of its own (`OrganizationId`), so that
//! an organization's method cannot be handed a user's id.
//!
//! A property holds an id of a kind when it is the `id` of an object of that kind (its
//! `object` is one of the kind's objects), when its name is `<stem>_id` (or `<stem>Id`) for
//! one of the kind's stems, or when it has one of the kind's other names; a path parameter
//! `{id}` holds one when the path before it is one of the kind's collections. Only plain
//! strings are marked: a list of ids stays a list of strings.

use serde_json::Value;
use workos_spec_extensions::{self as ext, Extension};

/// One kind of id.
struct Kind {
    /// The Rust type.
    type_name: &'static str,
    /// The prefix WorkOS documents.
    prefix: &'static str,
    /// What it names.
    doc: &'static str,
    /// The `object` values whose `id` it is.
    objects: &'static [&'static str],
    /// `<stem>_id` and `<stem>Id` hold it.
    stems: &'static [&'static str],
    /// Other names that hold it.
    names: &'static [&'static str],
    /// `<collection>{id}` paths whose `id` it is.
    collections: &'static [&'static str],
}

#[rustfmt::skip]
const KINDS: &[Kind] = &[
    Kind { type_name: "OrganizationId", prefix: "org_", doc: "an organization", objects: &["organization"], stems: &["organization"], names: &["from_organization_id", "to_organization_id"], collections: &["/organizations/"] },
    Kind { type_name: "OrganizationDomainId", prefix: "org_domain_", doc: "a domain of an organization", objects: &["organization_domain"], stems: &["organization_domain"], names: &[], collections: &["/organization_domains/"] },
    Kind { type_name: "OrganizationMembershipId", prefix: "om_", doc: "a user's membership of an organization", objects: &["organization_membership"], stems: &["organization_membership", "om"], names: &[], collections: &["/user_management/organization_memberships/"] },
    Kind { type_name: "UserId", prefix: "user_", doc: "a user", objects: &["user"], stems: &["user"], names: &["inviter_user_id", "accepted_user_id"], collections: &["/user_management/users/"] },
    Kind { type_name: "InvitationId", prefix: "invitation_", doc: "an invitation", objects: &["invitation"], stems: &["invitation"], names: &[], collections: &["/user_management/invitations/"] },
    Kind { type_name: "SessionId", prefix: "session_", doc: "a user's session", objects: &["session"], stems: &[], names: &[], collections: &[] },
    Kind { type_name: "EmailVerificationId", prefix: "email_verification_", doc: "an e-mail verification", objects: &["email_verification"], stems: &[], names: &[], collections: &["/user_management/email_verification/"] },
    Kind { type_name: "PasswordResetId", prefix: "password_reset_", doc: "a password reset", objects: &["password_reset"], stems: &[], names: &[], collections: &["/user_management/password_reset/"] },
    Kind { type_name: "MagicAuthId", prefix: "magic_auth_", doc: "a Magic Auth code", objects: &["magic_auth"], stems: &[], names: &[], collections: &["/user_management/magic_auth/"] },
    Kind { type_name: "RadarChallengeId", prefix: "radar_challenge_", doc: "a Radar challenge", objects: &["radar_challenge"], stems: &["radar_challenge"], names: &[], collections: &["/user_management/radar_challenges/"] },
    Kind { type_name: "AuthenticationFactorId", prefix: "auth_factor_", doc: "an MFA factor", objects: &["authentication_factor"], stems: &["authentication_factor"], names: &[], collections: &["/auth/factors/"] },
    Kind { type_name: "AuthenticationChallengeId", prefix: "auth_challenge_", doc: "an MFA challenge", objects: &["authentication_challenge"], stems: &["authentication_challenge"], names: &[], collections: &["/auth/challenges/"] },
    Kind { type_name: "ConnectionId", prefix: "conn_", doc: "an SSO connection", objects: &["connection"], stems: &["connection"], names: &[], collections: &["/connections/"] },
    Kind { type_name: "ProfileId", prefix: "prof_", doc: "an SSO profile", objects: &["profile"], stems: &["profile"], names: &[], collections: &[] },
    Kind { type_name: "DirectoryId", prefix: "directory_", doc: "a directory", objects: &["directory"], stems: &["directory"], names: &["directory"], collections: &["/directories/"] },
    Kind { type_name: "DirectoryUserId", prefix: "directory_user_", doc: "a user of a directory", objects: &["directory_user"], stems: &["directory_user"], names: &[], collections: &["/directory_users/"] },
    Kind { type_name: "DirectoryGroupId", prefix: "directory_group_", doc: "a group of a directory", objects: &["directory_group"], stems: &["directory_group"], names: &[], collections: &["/directory_groups/"] },
    Kind { type_name: "GroupId", prefix: "group_", doc: "a group of an organization", objects: &["group"], stems: &["group"], names: &[], collections: &[] },
    Kind { type_name: "RoleId", prefix: "role_", doc: "a role", objects: &["role"], stems: &[], names: &[], collections: &[] },
    Kind { type_name: "PermissionId", prefix: "perm_", doc: "a permission", objects: &["permission"], stems: &[], names: &[], collections: &[] },
    Kind { type_name: "ApiKeyId", prefix: "api_key_", doc: "an API key", objects: &["api_key"], stems: &["api_key"], names: &[], collections: &["/api_keys/"] },
    Kind { type_name: "AuditLogExportId", prefix: "audit_log_export_", doc: "an audit log export", objects: &["audit_log_export"], stems: &["audit_log_export"], names: &[], collections: &[] },
    Kind { type_name: "WebhookEndpointId", prefix: "we_", doc: "a webhook endpoint", objects: &["webhook_endpoint"], stems: &[], names: &[], collections: &["/webhook_endpoints/"] },
    Kind { type_name: "EventId", prefix: "event_", doc: "an event", objects: &["event"], stems: &[], names: &[], collections: &[] },
];

/// The kinds, as the document's extension lists them.
pub(crate) fn kinds() -> Vec<ext::IdKind> {
    KINDS.iter().map(|k| ext::IdKind::new(k.type_name, k.prefix, k.doc)).collect()
}

/// Whether `schema` is a plain string (nullable or not).
fn is_string(schema: &Value) -> bool {
    schema["type"] == "string" && schema.get("format").is_none() && schema.get("enum").is_none()
}

fn camel(stem: &str) -> String {
    let mut out = String::new();
    let mut upper = false;
    for c in stem.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.push(c.to_ascii_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out + "Id"
}

/// The kind a property or parameter named `name` holds, by its name alone.
fn by_name(name: &str) -> Option<&'static Kind> {
    KINDS.iter().find(|k| {
        k.names.contains(&name)
            || k.stems.iter().any(|stem| name == format!("{stem}_id") || name == camel(stem))
    })
}

/// Marks `schema` as holding ids of `kind`.
fn mark(schema: &mut Value, kind: &Kind) {
    let Some(object) = schema.as_object_mut() else { return };
    let mut property = ext::Property::read(&Value::Object(object.clone())).unwrap_or_default();
    property.id = Some(kind.type_name.to_owned());
    property.write(object);
}

/// Marks every property and parameter of `doc` (the rendered document, as JSON) that holds a
/// prefixed id.
pub(crate) fn annotate(doc: &mut Value) {
    if let Some(schemas) = doc["components"]["schemas"].as_object_mut() {
        for schema in schemas.values_mut() {
            let object = schema["properties"]["object"]["enum"][0].as_str().map(str::to_owned);
            let Some(properties) = schema.get_mut("properties").and_then(Value::as_object_mut) else {
                continue;
            };
            for (name, property) in properties.iter_mut() {
                if !is_string(property) {
                    continue;
                }
                let kind = if name == "id" {
                    object.as_deref().and_then(|object| KINDS.iter().find(|k| k.objects.contains(&object)))
                } else {
                    by_name(name)
                };
                if let Some(kind) = kind {
                    mark(property, kind);
                }
            }
        }
    }
    let Some(paths) = doc["paths"].as_object_mut() else { return };
    for (path, item) in paths.iter_mut() {
        let Some(item) = item.as_object_mut() else { continue };
        for operation in item.values_mut() {
            let Some(parameters) = operation.get_mut("parameters").and_then(Value::as_array_mut) else {
                continue;
            };
            for parameter in parameters {
                let name = parameter["name"].as_str().unwrap_or_default().to_owned();
                if !is_string(&parameter["schema"])
                    || !matches!(parameter["in"].as_str(), Some("path" | "query"))
                {
                    continue;
                }
                let kind = if name == "id" && parameter["in"] == "path" {
                    let before = path.split("{id}").next().unwrap_or_default();
                    KINDS.iter().find(|k| k.collections.contains(&before))
                } else {
                    by_name(&name)
                };
                if let Some(kind) = kind {
                    mark(&mut parameter["schema"], kind);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_objects_id_a_named_id_and_a_collections_path_id_are_marked_and_nothing_else() {
        let mut doc = serde_json::json!({
            "paths": { "/organizations/{id}": { "get": { "parameters": [
                { "name": "id", "in": "path", "schema": { "type": "string" } },
                { "name": "user_id", "in": "query", "schema": { "type": "string" } },
                { "name": "userland_user_id", "in": "query", "schema": { "type": "string" } },
            ] } } },
            "components": { "schemas": { "Organization": { "properties": {
                "object": { "type": "string", "enum": ["organization"] },
                "id": { "type": "string" },
                "directoryId": { "type": "string", "nullable": true },
                "external_id": { "type": "string" },
                "user_id": { "type": "array", "items": { "type": "string" } },
            } } } },
        });
        annotate(&mut doc);
        let id = |v: &Value| v["x-workos"]["id"].as_str().map(str::to_owned);
        let org = &doc["components"]["schemas"]["Organization"]["properties"];
        assert_eq!(id(&org["id"]).as_deref(), Some("OrganizationId"));
        assert_eq!(id(&org["directoryId"]).as_deref(), Some("DirectoryId"));
        assert_eq!(id(&org["external_id"]), None);
        assert_eq!(id(&org["user_id"]), None, "a list is not a plain string");
        let params = &doc["paths"]["/organizations/{id}"]["get"]["parameters"];
        assert_eq!(id(&params[0]["schema"]).as_deref(), Some("OrganizationId"));
        assert_eq!(id(&params[1]["schema"]).as_deref(), Some("UserId"));
        assert_eq!(id(&params[2]["schema"]), None);
    }
}
