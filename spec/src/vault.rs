//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub struct CreateDataKeyRequest {
    /// DOC
    pub context: Metadata,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateDataKeyResponse {
    /// DOC
    #[serde(default)]
    pub context: Metadata,
    /// DOC
    pub data_key: Option<String>,
    /// DOC
    pub encrypted_keys: Option<String>,
    /// DOC
    pub id: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct DecryptRequest {
    /// DOC
    pub keys: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct DecryptResponse {
    /// DOC
    pub data_key: Option<String>,
    /// DOC
    pub id: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct RekeyRequest {
    /// DOC
    pub context: Metadata,
    /// DOC
    pub encrypted_keys: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListVaultObjectsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// DOC
    pub search: Option<String>,
    /// DOC
    #[serde(rename = "updatedAfter")]
    pub updated_after: Option<Timestamp>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ObjectSummary {
    /// DOC
    pub id: String,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub updated_at: Option<Timestamp>,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateObjectRequest {
    /// DOC
    pub key_context: Metadata,
    /// DOC
    pub name: String,
    /// DOC
    pub value: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct Actor {
    /// DOC
    pub id: String,
    /// DOC
    pub name: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ObjectMetadata {
    /// DOC
    #[serde(default)]
    pub context: Metadata,
    /// DOC
    pub environment_id: Option<String>,
    /// DOC
    pub id: String,
    /// DOC
    pub key_id: Option<String>,
    /// DOC
    pub updated_at: Timestamp,
    /// DOC
    pub updated_by: Option<Actor>,
    /// DOC
    pub version_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct Object {
    /// DOC
    pub id: String,
    /// DOC
    pub metadata: Option<ObjectMetadata>,
    /// DOC
    pub name: Option<String>,
    /// DOC
    pub value: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct DeleteVaultObjectQuery {
    /// DOC
    pub version_check: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct DeleteObjectResponse {
    /// DOC
    pub name: String,
    /// DOC
    pub success: bool,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateObjectRequest {
    /// DOC
    pub value: String,
    /// DOC
    pub version_check: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ObjectWithoutValue {
    /// DOC
    pub id: String,
    /// DOC
    pub metadata: Option<ObjectMetadata>,
    /// DOC
    pub name: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct ObjectVersion {
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub current_version: Option<bool>,
    /// DOC
    pub etag: Option<String>,
    /// DOC
    pub id: String,
    /// DOC
    pub size: Option<i64>,
}

/// DOC
#[derive(JsonSchema)]
pub struct VaultListMetadata {
    /// DOC
    pub after: Option<String>,
    /// DOC
    pub before: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub struct VersionListResponse {
    /// DOC
    #[serde(default)]
    pub data: Vec<ObjectVersion>,
    /// DOC
    pub list_metadata: VaultListMetadata,
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/vault/v1/keys/data-key", "create_vault_data_key")
            .tag("vault")
            .doc("DOC")
            .json_body::<CreateDataKeyRequest>()
            .returns::<CreateDataKeyResponse>(200)
            .errors(&[400, 422]),
        Operation::post("/vault/v1/keys/decrypt", "decrypt_vault_data_key")
            .tag("vault")
            .doc("DOC")
            .json_body::<DecryptRequest>()
            .returns::<DecryptResponse>(200)
            .errors(&[400]),
        Operation::post("/vault/v1/keys/rekey", "rekey_vault_data_key")
            .tag("vault")
            .doc("DOC")
            .json_body::<RekeyRequest>()
            .returns::<CreateDataKeyResponse>(200)
            .errors(&[400, 422]),
        Operation::get("/vault/v1/kv", "list_vault_objects")
            .tag("vault")
            .doc("DOC")
            .query::<ListVaultObjectsQuery>()
            .list::<ObjectSummary>()
            .errors(&[400]),
        Operation::post("/vault/v1/kv", "create_vault_object")
            .tag("vault")
            .doc("DOC")
            .json_body::<CreateObjectRequest>()
            .returns::<ObjectMetadata>(201)
            .errors(&[400, 409, 422]),
        Operation::get("/vault/v1/kv/name/{name}", "get_vault_object_by_name")
            .tag("vault")
            .doc("DOC")
            .path_param("name", "DOC")
            .returns::<Object>(200)
            .errors(&[400, 404]),
        Operation::delete("/vault/v1/kv/{id}", "delete_vault_object")
            .tag("vault")
            .doc("DOC")
            .path_param("id", "DOC")
            .query::<DeleteVaultObjectQuery>()
            .returns::<DeleteObjectResponse>(200)
            .errors(&[404, 409, 500]),
        Operation::get("/vault/v1/kv/{id}", "get_vault_object")
            .tag("vault")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<Object>(200)
            .errors(&[400, 404]),
        Operation::put("/vault/v1/kv/{id}", "update_vault_object")
            .tag("vault")
            .doc("DOC")
            .path_param("id", "DOC")
            .json_body::<UpdateObjectRequest>()
            .returns::<ObjectWithoutValue>(201)
            .errors(&[400, 409]),
        Operation::get("/vault/v1/kv/{id}/metadata", "get_vault_object_metadata")
            .tag("vault")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<ObjectWithoutValue>(200)
            .errors(&[400, 404]),
        Operation::get("/vault/v1/kv/{id}/versions", "list_vault_object_versions")
            .tag("vault")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<VersionListResponse>(200)
            .errors(&[400, 404]),
    ]
}
