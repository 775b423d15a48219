//! Directory Sync.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{
    Directory, DirectoryGroup, DirectoryUser, ListDirectoriesParams, ListDirectoryGroupsParams,
    ListDirectoryUsersParams,
};

/// Directory Sync: directories and the users and groups they provision. From
/// [`Workos::directory_sync`].
#[derive(Debug, Clone, Copy)]
pub struct DirectorySync<'a> {
    pub(crate) client: &'a Workos,
}

impl DirectorySync<'_> {
    /// Lists directories, optionally those of one organization.
    pub fn list_directories(&self, params: ListDirectoriesParams) -> Paginator<Directory> {
        self.client.paginate(&op::LIST_DIRECTORIES, params, |api, p| {
            Box::pin(api.list_directories(
                p.after.as_deref(),
                p.before.as_deref(),
                p.domain.as_deref(),
                p.limit,
                p.order.as_ref(),
                p.organization_id.as_deref(),
                p.search.as_deref(),
            ))
        })
    }

    /// Fetches one directory by its id (`directory_...`).
    pub async fn get_directory(&self, id: &str) -> Result<Directory> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_DIRECTORY, || api.get_directory(id)).await
    }

    /// Deletes a directory and everything it provisioned.
    pub async fn delete_directory(&self, id: &str) -> Result<()> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::DELETE_DIRECTORY, || api.delete_directory(id)).await
    }

    /// Lists the users of a directory (`params.directory`) or of a group (`params.group`).
    ///
    /// The walk keeps to WorkOS's limit of 4 requests per second per directory.
    pub fn list_users(&self, params: ListDirectoryUsersParams) -> Paginator<DirectoryUser> {
        let directory = params.directory.clone().or_else(|| params.group.clone());
        let paginator = self.client.paginate(&op::LIST_DIRECTORY_USERS, params, |api, p| {
            Box::pin(api.list_directory_users(
                p.after.as_deref(),
                p.before.as_deref(),
                p.directory.as_deref(),
                p.email.as_deref(),
                p.group.as_deref(),
                p.idp_id.as_deref(),
                p.limit,
                p.order.as_ref(),
            ))
        });
        paginator.paced_by(directory)
    }

    /// Fetches one directory user, with their groups.
    pub async fn get_user(&self, id: &str) -> Result<DirectoryUser> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_DIRECTORY_USER, || api.get_directory_user(id)).await
    }

    /// Lists the groups of a directory (`params.directory`) or of a user (`params.user`).
    pub fn list_groups(&self, params: ListDirectoryGroupsParams) -> Paginator<DirectoryGroup> {
        self.client.paginate(&op::LIST_DIRECTORY_GROUPS, params, |api, p| {
            Box::pin(api.list_directory_groups(
                p.after.as_deref(),
                p.before.as_deref(),
                p.directory.as_deref(),
                p.limit,
                p.order.as_ref(),
                p.user.as_deref(),
            ))
        })
    }

    /// Fetches one directory group.
    pub async fn get_group(&self, id: &str) -> Result<DirectoryGroup> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_DIRECTORY_GROUP, || api.get_directory_group(id)).await
    }
}
