//! Vault: encrypted key-value storage, and data keys for encrypting data locally.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{ListMetadata, Metadata, Timestamp};

/// Request body that creates a data key.
#[derive(JsonSchema)]
pub struct CreateDataKey {
    /// The key context: values that choose the encryption key, such as an `organization_id`
    /// (at most 10 entries, each value up to 500 characters).
    pub context: Metadata,
}

/// A data key: the key itself, to encrypt with locally, and the same key encrypted, to store
/// beside the data.
#[derive(JsonSchema)]
pub struct DataKeyPair {
    /// The key context the key is bound to.
    #[serde(default)]
    pub context: Metadata,
    /// The key, base64-encoded. Use it, then forget it.
    #[schemars(extend("format" = "password"))]
    pub data_key: Option<String>,
    /// The encrypted key, base64-encoded; Vault decrypts it back into the key.
    pub encrypted_keys: Option<String>,
    /// Unique id of the key.
    pub id: String,
}

/// Request body that decrypts a data key.
#[derive(JsonSchema)]
pub struct DecryptDataKey {
    /// The encrypted key, base64-encoded, as returned with the data key.
    pub keys: String,
}

/// A decrypted data key.
#[derive(JsonSchema)]
pub struct DecryptedDataKey {
    /// The key, base64-encoded.
    #[schemars(extend("format" = "password"))]
    pub data_key: Option<String>,
    /// Unique id of the key.
    pub id: String,
}

/// Request body that re-encrypts a data key under a new key context.
#[derive(JsonSchema)]
pub struct RekeyDataKey {
    /// The new key context (at most 10 entries, each value up to 500 characters).
    pub context: Metadata,
    /// The encrypted key to re-encrypt, base64-encoded.
    pub encrypted_keys: String,
}

/// The order of the object list.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum VaultOrder {
    /// Oldest first.
    Asc,
    /// Newest first (the default).
    Desc,
}

/// Query of the object list.
// Not a `PageQuery` list: Vault orders by `asc`/`desc` only and its pages carry no
// `object: "list"`.
#[derive(JsonSchema)]
pub struct ListVaultObjectsQuery {
    /// How many objects one page holds (the API's default is 10).
    pub limit: Option<u32>,
    /// Return the page before this cursor.
    pub before: Option<String>,
    /// Return the page after this cursor.
    pub after: Option<String>,
    /// The order of the list.
    pub order: Option<VaultOrder>,
    /// Only objects whose name matches this text, or a structured search in JSON.
    pub search: Option<String>,
    /// Only objects changed after this time.
    #[serde(rename = "updatedAfter")]
    pub updated_after: Option<Timestamp>,
}

/// An object in a list: its name, without value or metadata.
#[derive(JsonSchema)]
pub struct VaultObjectSummary {
    /// Unique id of the object.
    pub id: String,
    /// The object's unique name.
    pub name: String,
    /// When the object last changed.
    pub updated_at: Option<Timestamp>,
}

/// One page of the object list.
#[derive(JsonSchema)]
pub struct VaultObjectList {
    /// The objects of this page.
    #[serde(default)]
    pub data: Vec<VaultObjectSummary>,
    /// Cursors to the neighbouring pages.
    pub list_metadata: ListMetadata,
}

/// Request body that stores a new object.
#[derive(JsonSchema)]
pub struct CreateVaultObject {
    /// The key context that chooses the encryption key (at most 10 entries, each value up
    /// to 500 characters).
    pub key_context: Metadata,
    /// A name for the object, unique in the environment, at most 200 characters.
    #[schemars(length(max = 200))]
    pub name: String,
    /// The value to encrypt and store.
    #[schemars(extend("format" = "password"))]
    pub value: String,
}

/// An object identified by its id, with its display name, such as the API key or user that
/// last changed a vault object.
#[derive(JsonSchema)]
pub struct Actor {
    /// The id.
    pub id: String,
    /// The display name.
    pub name: Option<String>,
}

/// What Vault knows about a stored object, apart from its value.
#[derive(JsonSchema)]
pub struct VaultObjectMetadata {
    /// The key context that chose the encryption key.
    #[serde(default)]
    pub context: Metadata,
    /// The environment the object belongs to.
    pub environment_id: Option<String>,
    /// Unique id of the object.
    pub id: String,
    /// The encryption key's id.
    pub key_id: Option<String>,
    /// When the object last changed.
    pub updated_at: Timestamp,
    /// Who last changed the object.
    pub updated_by: Option<Actor>,
    /// The current version's id.
    pub version_id: Option<String>,
}

/// A stored object with its decrypted value.
#[derive(JsonSchema)]
pub struct VaultObject {
    /// Unique id of the object.
    pub id: String,
    /// The object's metadata.
    pub metadata: Option<VaultObjectMetadata>,
    /// The object's unique name.
    pub name: String,
    /// The decrypted value.
    #[schemars(extend("format" = "password"))]
    pub value: Option<String>,
}

/// Query of an object deletion.
#[derive(JsonSchema)]
pub struct DeleteVaultObjectQuery {
    /// Delete only if this is still the current version's id; otherwise the API answers `409`.
    pub version_check: Option<String>,
}

/// Answer of an object deletion.
#[derive(JsonSchema)]
pub struct DeletedVaultObject {
    /// The deleted object's name.
    pub name: Option<String>,
    /// Whether the object was deleted.
    pub success: bool,
}

/// Request body that replaces an object's value.
#[derive(JsonSchema)]
pub struct UpdateVaultObject {
    /// The new value to encrypt and store.
    #[schemars(extend("format" = "password"))]
    pub value: String,
    /// Update only if this is still the current version's id; otherwise the API answers `409`.
    pub version_check: Option<String>,
}

/// A stored object without its value.
#[derive(JsonSchema)]
pub struct VaultObjectWithoutValue {
    /// Unique id of the object.
    pub id: String,
    /// The object's metadata.
    pub metadata: Option<VaultObjectMetadata>,
    /// The object's unique name.
    pub name: String,
}

/// One stored version of an object.
#[derive(JsonSchema)]
pub struct VaultObjectVersion {
    /// When the version was written.
    pub created_at: Timestamp,
    /// Whether this is the object's current version.
    pub current_version: Option<bool>,
    /// A hash of the version's value.
    pub etag: Option<String>,
    /// Unique id of the version.
    pub id: String,
    /// Size of the stored data, in bytes.
    pub size: Option<i64>,
}

/// The versions of an object.
#[derive(JsonSchema)]
pub struct VaultObjectVersionList {
    /// The versions.
    #[serde(default)]
    pub data: Vec<VaultObjectVersion>,
    /// Cursors to the neighbouring pages.
    pub list_metadata: ListMetadata,
}

const OBJECT_ID: &str = "The object's id.";

/// The operations of Vault.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/vault/v1/keys/data-key", "create_vault_data_key")
            .sdk("vault", "create_data_key")
            .tag("vault")
            .doc("Creates a data key, bound to a key context, for encrypting data locally.")
            .json_body::<CreateDataKey>()
            .returns::<DataKeyPair>(200)
            .errors(&[400, 422]),
        Operation::post("/vault/v1/keys/decrypt", "decrypt_vault_data_key")
            .sdk("vault", "decrypt_data_key")
            .tag("vault")
            .doc("Decrypts an encrypted data key.")
            .json_body::<DecryptDataKey>()
            .returns::<DecryptedDataKey>(200)
            .errors(&[400]),
        Operation::post("/vault/v1/keys/rekey", "rekey_vault_data_key")
            .sdk("vault", "rekey_data_key")
            .tag("vault")
            .doc("Re-encrypts a data key under a new key context.")
            .json_body::<RekeyDataKey>()
            .returns::<DataKeyPair>(200)
            .errors(&[400, 422]),
        Operation::get("/vault/v1/kv", "list_vault_objects")
            .sdk("vault", "list_objects")
            .tag("vault")
            .doc("Lists one page of the stored objects, by name.")
            .query::<ListVaultObjectsQuery>()
            .returns::<VaultObjectList>(200)
            .errors(&[400]),
        Operation::post("/vault/v1/kv", "create_vault_object")
            .sdk("vault", "create_object")
            .tag("vault")
            .doc("Encrypts and stores a new named object.")
            .json_body::<CreateVaultObject>()
            .returns::<VaultObjectMetadata>(201)
            .errors(&[400, 409, 422]),
        Operation::get("/vault/v1/kv/name/{name}", "get_vault_object_by_name")
            .sdk("vault", "get_object_by_name")
            .tag("vault")
            .doc("Fetches an object by its name, with its value decrypted.")
            .path_param("name", "The object's unique name.")
            .returns::<VaultObject>(200)
            .errors(&[400, 404]),
        Operation::delete("/vault/v1/kv/{id}", "delete_vault_object")
            .sdk("vault", "delete_object")
            .tag("vault")
            .doc("Deletes an object, optionally only if it is still at a given version.")
            .path_param("id", OBJECT_ID)
            .query::<DeleteVaultObjectQuery>()
            .returns::<DeletedVaultObject>(200)
            .errors(&[404, 409, 500]),
        Operation::get("/vault/v1/kv/{id}", "get_vault_object")
            .sdk("vault", "get_object")
            .tag("vault")
            .doc("Fetches an object by its id, with its value decrypted.")
            .path_param("id", OBJECT_ID)
            .returns::<VaultObject>(200)
            .errors(&[400, 404]),
        Operation::put("/vault/v1/kv/{id}", "update_vault_object")
            .sdk("vault", "update_object")
            .tag("vault")
            .doc("Replaces an object's value, optionally only if it is still at a given version.")
            .path_param("id", OBJECT_ID)
            .json_body::<UpdateVaultObject>()
            .returns::<VaultObjectWithoutValue>(201)
            .errors(&[400, 409]),
        Operation::get("/vault/v1/kv/{id}/metadata", "get_vault_object_metadata")
            .sdk("vault", "get_object_metadata")
            .tag("vault")
            .doc("Fetches an object's name and metadata without decrypting its value.")
            .path_param("id", OBJECT_ID)
            .returns::<VaultObjectWithoutValue>(200)
            .errors(&[400, 404]),
        Operation::get("/vault/v1/kv/{id}/versions", "list_vault_object_versions")
            .sdk("vault", "list_object_versions")
            .tag("vault")
            .doc("Lists the stored versions of an object.")
            .path_param("id", OBJECT_ID)
            .returns::<VaultObjectVersionList>(200)
            .errors(&[400, 404]),
    ]
}
