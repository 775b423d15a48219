//! Vault: encrypted key-value storage and data keys.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::params;
use crate::types::{
    CreateDataKey, CreateVaultObject, DataKeyPair, DecryptDataKey, DecryptedDataKey, DeleteVaultObjectParams,
    DeletedVaultObject, ListVaultObjectsParams, RekeyDataKey, UpdateVaultObject, VaultObject,
    VaultObjectList, VaultObjectMetadata, VaultObjectVersionList, VaultObjectWithoutValue,
};

/// Vault: encrypted key-value storage and data keys. From [`Workos::vault`].
#[derive(Debug, Clone, Copy)]
pub struct Vault<'a> {
    pub(crate) client: &'a Workos,
}

impl Vault<'_> {
    /// Creates a data key, bound to a key context, for encrypting data locally.
    pub async fn create_data_key(&self, request: &CreateDataKey) -> Result<DataKeyPair> {
        let api = self.client.api();
        self.client.send(&op::CREATE_VAULT_DATA_KEY, || api.create_vault_data_key(request)).await
    }

    /// Decrypts an encrypted data key.
    pub async fn decrypt_data_key(&self, request: &DecryptDataKey) -> Result<DecryptedDataKey> {
        let api = self.client.api();
        self.client.send(&op::DECRYPT_VAULT_DATA_KEY, || api.decrypt_vault_data_key(request)).await
    }

    /// Re-encrypts a data key under a new key context.
    pub async fn rekey_data_key(&self, request: &RekeyDataKey) -> Result<DataKeyPair> {
        let api = self.client.api();
        self.client.send(&op::REKEY_VAULT_DATA_KEY, || api.rekey_vault_data_key(request)).await
    }

    /// Lists one page of the stored objects; pass `list_metadata.after` back as `after` for
    /// the next page.
    pub async fn list_objects(&self, params: &ListVaultObjectsParams) -> Result<VaultObjectList> {
        let api = self.client.api();
        self.client
            .send(&op::LIST_VAULT_OBJECTS, || {
                api.list_vault_objects(
                    params.after.as_deref(),
                    params.before.as_deref(),
                    params.limit,
                    params.order.as_ref(),
                    params.search.as_deref(),
                    params.updated_after.as_ref(),
                )
            })
            .await
    }

    /// Encrypts and stores a new named object.
    pub async fn create_object(&self, object: &CreateVaultObject) -> Result<VaultObjectMetadata> {
        let api = self.client.api();
        self.client.send(&op::CREATE_VAULT_OBJECT, || api.create_vault_object(object)).await
    }

    /// Fetches an object by its id, with its value decrypted.
    pub async fn get_object(&self, id: &str) -> Result<VaultObject> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_VAULT_OBJECT, || api.get_vault_object(id)).await
    }

    /// Fetches an object by its name, with its value decrypted.
    pub async fn get_object_by_name(&self, name: &str) -> Result<VaultObject> {
        let name = params::path("name", name)?;
        let api = self.client.api();
        self.client.send(&op::GET_VAULT_OBJECT_BY_NAME, || api.get_vault_object_by_name(name)).await
    }

    /// Fetches an object's name and metadata without decrypting its value.
    pub async fn get_object_metadata(&self, id: &str) -> Result<VaultObjectWithoutValue> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_VAULT_OBJECT_METADATA, || api.get_vault_object_metadata(id)).await
    }

    /// Replaces an object's value; with `version_check`, only if it is still at that version.
    pub async fn update_object(
        &self,
        id: &str,
        changes: &UpdateVaultObject,
    ) -> Result<VaultObjectWithoutValue> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::UPDATE_VAULT_OBJECT, || api.update_vault_object(id, changes)).await
    }

    /// Deletes an object; with `version_check`, only if it is still at that version.
    pub async fn delete_object(
        &self,
        id: &str,
        params: &DeleteVaultObjectParams,
    ) -> Result<DeletedVaultObject> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client
            .send(&op::DELETE_VAULT_OBJECT, || api.delete_vault_object(id, params.version_check.as_deref()))
            .await
    }

    /// Lists the stored versions of an object.
    pub async fn list_object_versions(&self, id: &str) -> Result<VaultObjectVersionList> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::LIST_VAULT_OBJECT_VERSIONS, || api.list_vault_object_versions(id)).await
    }
}
