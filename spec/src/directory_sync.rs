//! Directory Sync: directories and the users and groups they provision.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, PageQuery, Timestamp};

/// A directory connected to an identity provider or HR system.
#[derive(JsonSchema)]
pub struct Directory {
    /// Always `directory`.
    #[schemars(extend("const" = "directory"))]
    pub object: String,
    /// Unique id, `directory_...`.
    pub id: String,
    /// The organization the directory belongs to.
    pub organization_id: Option<String>,
    /// The provider's identifier for the directory.
    pub external_key: Option<String>,
    /// The provider and protocol.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: DirectoryType,
    /// Whether the directory is syncing.
    pub state: DirectoryState,
    /// Display name.
    pub name: String,
    /// Deprecated: the domain the directory was created for.
    pub domain: Option<String>,
    /// How many users and groups the directory holds.
    pub metadata: Option<DirectoryMetadata>,
    /// When the directory was created.
    pub created_at: Timestamp,
    /// When the directory last changed.
    pub updated_at: Timestamp,
}

/// Counts of what a directory holds.
#[derive(JsonSchema)]
pub struct DirectoryMetadata {
    /// Users by state.
    pub users: Option<DirectoryUserCounts>,
    /// Number of groups.
    pub groups: Option<i64>,
}

/// Users of a directory by state.
#[derive(JsonSchema)]
pub struct DirectoryUserCounts {
    /// Active users.
    pub active: Option<i64>,
    /// Inactive users.
    pub inactive: Option<i64>,
}

/// The provider and protocol of a directory.
#[derive(JsonSchema)]
pub enum DirectoryType {
    /// Microsoft Entra ID (Azure AD) over SCIM.
    #[serde(rename = "azure scim v2.0")]
    AzureScimV2,
    /// BambooHR.
    #[serde(rename = "bamboohr")]
    BambooHr,
    /// Breathe HR.
    #[serde(rename = "breathe hr")]
    BreatheHr,
    /// Cezanne HR.
    #[serde(rename = "cezanne hr")]
    CezanneHr,
    /// CyberArk over SCIM.
    #[serde(rename = "cyberark scim v2.0")]
    CyberArkScimV2,
    /// Fourth HR.
    #[serde(rename = "fourth hr")]
    FourthHr,
    /// Any SCIM 2.0 provider.
    #[serde(rename = "generic scim v2.0")]
    GenericScimV2,
    /// Google Workspace.
    #[serde(rename = "gsuite directory")]
    GsuiteDirectory,
    /// Gusto.
    #[serde(rename = "gusto")]
    Gusto,
    /// HiBob.
    #[serde(rename = "hibob")]
    Hibob,
    /// SailPoint over SCIM.
    #[serde(rename = "sailpoint scim v2.0")]
    SailPointScimV2,
    /// JumpCloud over SCIM.
    #[serde(rename = "jump cloud scim v2.0")]
    JumpCloudScimV2,
    /// Okta over SCIM.
    #[serde(rename = "okta scim v2.0")]
    OktaScimV2,
    /// OneLogin over SCIM.
    #[serde(rename = "onelogin scim v2.0")]
    OneLoginScimV2,
    /// People HR.
    #[serde(rename = "people hr")]
    PeopleHr,
    /// Personio.
    #[serde(rename = "personio")]
    Personio,
    /// PingFederate over SCIM.
    #[serde(rename = "pingfederate scim v2.0")]
    PingFederateScimV2,
    /// Rippling over SCIM.
    #[serde(rename = "rippling scim v2.0")]
    RipplingScimV2,
    /// Rippling.
    #[serde(rename = "rippling")]
    Rippling,
    /// Files in an S3 bucket.
    #[serde(rename = "s3")]
    S3,
    /// Files over SFTP.
    #[serde(rename = "sftp")]
    Sftp,
    /// Workday files over SFTP.
    #[serde(rename = "sftp workday")]
    SftpWorkday,
    /// Workday.
    #[serde(rename = "workday")]
    Workday,
}

/// Whether a directory is syncing.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DirectoryState {
    /// Syncing.
    Linked,
    /// The connection is being checked.
    Validating,
    /// The provider rejected the credentials.
    InvalidCredentials,
    /// Not syncing.
    Unlinked,
    /// Being removed.
    Deleting,
}

/// A user provisioned by a directory, with the groups they belong to.
#[derive(JsonSchema)]
pub struct DirectoryUser {
    /// Always `directory_user`.
    #[schemars(extend("const" = "directory_user"))]
    pub object: String,
    /// Unique id, `directory_user_...`.
    pub id: String,
    /// The directory that provisioned the user.
    pub directory_id: String,
    /// The organization of that directory.
    pub organization_id: Option<String>,
    /// The provider's id for the user.
    pub idp_id: Option<String>,
    /// Primary e-mail address.
    pub email: Option<String>,
    /// Given name.
    pub first_name: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
    /// Full name.
    pub name: Option<String>,
    /// Deprecated: every e-mail address the provider sent.
    #[serde(default)]
    #[deprecated]
    pub emails: Vec<DirectoryUserEmail>,
    /// Deprecated: job title; read `custom_attributes`.
    #[deprecated]
    pub job_title: Option<String>,
    /// Deprecated: user name; read `custom_attributes`.
    #[deprecated]
    pub username: Option<String>,
    /// Whether the user is active in the provider.
    pub state: Option<DirectoryUserState>,
    /// Deprecated: the attributes exactly as the provider sent them.
    #[serde(default)]
    #[deprecated]
    pub raw_attributes: Json,
    /// Attributes mapped to your custom attribute names.
    #[serde(default)]
    pub custom_attributes: Json,
    /// The user's primary role.
    pub role: Option<SlimRole>,
    /// Every role the user holds.
    #[serde(default)]
    pub roles: Vec<SlimRole>,
    /// Deprecated: the groups the user belongs to.
    #[serde(default)]
    pub groups: Vec<DirectoryGroup>,
    /// When the user was provisioned.
    pub created_at: Timestamp,
    /// When the user last changed.
    pub updated_at: Timestamp,
}

/// One e-mail address of a directory user.
#[derive(JsonSchema)]
pub struct DirectoryUserEmail {
    /// Whether this is the primary address.
    pub primary: Option<bool>,
    /// The provider's label, such as `work`.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: Option<String>,
    /// The address.
    pub value: Option<String>,
}

/// Whether a directory user is active.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DirectoryUserState {
    /// Active.
    Active,
    /// Suspended in the provider.
    Suspended,
    /// Deactivated in the provider.
    Inactive,
}

/// A role, by its slug.
#[derive(JsonSchema)]
pub struct SlimRole {
    /// The role's slug.
    pub slug: String,
}

/// A group provisioned by a directory.
#[derive(JsonSchema)]
pub struct DirectoryGroup {
    /// Always `directory_group`.
    #[schemars(extend("const" = "directory_group"))]
    pub object: String,
    /// Unique id, `directory_group_...`.
    pub id: String,
    /// The provider's id for the group.
    pub idp_id: Option<String>,
    /// The directory that provisioned the group.
    pub directory_id: String,
    /// The organization of that directory.
    pub organization_id: Option<String>,
    /// Display name.
    pub name: String,
    /// The attributes exactly as the provider sent them.
    #[serde(default)]
    pub raw_attributes: Json,
    /// When the group was provisioned.
    // Live: absent from the groups embedded in a directory user.
    pub created_at: Option<Timestamp>,
    /// When the group last changed.
    pub updated_at: Option<Timestamp>,
}

/// Query of the directory list.
#[derive(JsonSchema)]
pub struct ListDirectoriesQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only directories of this organization.
    pub organization_id: Option<String>,
    /// Only directories whose name contains this text.
    pub search: Option<String>,
    /// Deprecated: only directories created for this domain.
    #[deprecated]
    pub domain: Option<String>,
}

/// Query of the directory user list. Give `directory` or `group`.
#[derive(JsonSchema)]
pub struct ListDirectoryUsersQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Users of this directory.
    pub directory: Option<String>,
    /// Users of this group.
    pub group: Option<String>,
    /// Only the user with this provider id.
    pub idp_id: Option<String>,
    /// Only the user with this e-mail address.
    pub email: Option<String>,
}

/// Query of the directory group list. Give `directory` or `user`.
#[derive(JsonSchema)]
pub struct ListDirectoryGroupsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Groups of this directory.
    pub directory: Option<String>,
    /// Groups this directory user belongs to.
    pub user: Option<String>,
}

/// A user provisioned by a directory, as the directory-scoped routes return it: without the
/// groups (walk `list_directory_groups` with `user` for those) and without the deprecated
/// fields.
#[derive(JsonSchema)]
pub struct DirectoryUserInDirectory {
    /// Always `directory_user`.
    #[schemars(extend("const" = "directory_user"))]
    pub object: String,
    /// Unique id, `directory_user_...`.
    pub id: String,
    /// The directory that provisioned the user.
    pub directory_id: String,
    /// The organization of that directory.
    pub organization_id: Option<String>,
    /// The provider's id for the user.
    pub idp_id: Option<String>,
    /// Primary e-mail address.
    pub email: Option<String>,
    /// Given name.
    pub first_name: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
    /// Full name.
    pub name: Option<String>,
    /// Whether the user is active in the provider.
    pub state: Option<DirectoryUserState>,
    /// The attributes exactly as the provider sent them.
    #[serde(default)]
    pub raw_attributes: Json,
    /// Attributes mapped to your custom attribute names.
    #[serde(default)]
    pub custom_attributes: Json,
    /// The user's primary role.
    pub role: Option<SlimRole>,
    /// Every role the user holds.
    #[serde(default)]
    pub roles: Vec<SlimRole>,
    /// When the user was provisioned.
    pub created_at: Timestamp,
    /// When the user last changed.
    pub updated_at: Timestamp,
}

/// Query of the users of one directory.
#[derive(JsonSchema)]
pub struct ListUsersInDirectoryQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only members of this directory group, `directory_group_...`.
    pub group: Option<String>,
    /// Only the user with this provider id.
    pub idp_id: Option<String>,
    /// Only the user with this e-mail address.
    pub email: Option<String>,
}

/// Query of the groups of one directory.
#[derive(JsonSchema)]
pub struct ListGroupsInDirectoryQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only groups this directory user belongs to, `directory_user_...`.
    pub user: Option<String>,
}

/// Acknowledgement that a directory sync was requested.
#[derive(JsonSchema)]
pub struct DirectorySyncRequested {
    /// Where the request stands: `queued`.
    pub status: Option<DirectorySyncRequestStatus>,
}

/// Where an on-demand directory sync stands.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DirectorySyncRequestStatus {
    /// Waiting to run.
    Queued,
}

/// The operations of Directory Sync.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/directories", "list_directories")
            .sdk("directory_sync", "list_directories")
            .tag("directories")
            .doc("Lists directories, optionally those of one organization.")
            .query::<ListDirectoriesQuery>()
            .list::<Directory>()
            .errors(&[403, 422]),
        Operation::get("/directories/{id}", "get_directory")
            .sdk("directory_sync", "get_directory")
            .tag("directories")
            .doc("Fetches one directory.")
            .path_param("id", "The directory's id, `directory_...`.")
            .returns::<Directory>(200)
            .errors(&[403, 404]),
        Operation::delete("/directories/{id}", "delete_directory")
            .sdk("directory_sync", "delete_directory")
            .tag("directories")
            .doc("Deletes a directory and everything it provisioned.")
            .path_param("id", "The directory's id, `directory_...`.")
            .empty(202)
            .errors(&[403]),
        Operation::get("/directory_users", "list_directory_users")
            .sdk("directory_sync", "list_users")
            .deprecated("use `directory_sync().list_directory_users`, which names the directory in the path")
            .rate_limit(crate::rate_limits::DIRECTORY_USERS)
            .paced_by(&["directory", "group"])
            .tag("directory-users")
            .doc("Lists the users of a directory or of a directory group.")
            .query::<ListDirectoryUsersQuery>()
            .list::<DirectoryUser>()
            .errors(&[403, 404, 422, 429]),
        Operation::get("/directory_users/{id}", "get_directory_user")
            .sdk("directory_sync", "get_user")
            .deprecated("use `directory_sync().get_directory_user`, which names the directory in the path")
            .tag("directory-users")
            .doc("Fetches one directory user, with their groups.")
            .path_param("id", "The user's id, `directory_user_...`.")
            .returns::<DirectoryUser>(200)
            .errors(&[403, 404]),
        Operation::get("/directory_groups", "list_directory_groups")
            .sdk("directory_sync", "list_groups")
            .deprecated("use `directory_sync().list_directory_groups`, which names the directory in the path")
            .tag("directory-groups")
            .doc("Lists the groups of a directory or of a directory user.")
            .query::<ListDirectoryGroupsQuery>()
            .list::<DirectoryGroup>()
            .errors(&[403, 404, 422]),
        Operation::get("/directory_groups/{id}", "get_directory_group")
            .sdk("directory_sync", "get_group")
            .deprecated("use `directory_sync().get_directory_group`, which names the directory in the path")
            .tag("directory-groups")
            .doc("Fetches one directory group.")
            .path_param("id", "The group's id, `directory_group_...`.")
            .returns::<DirectoryGroup>(200)
            .errors(&[403, 404]),
        // The directory-scoped reads WorkOS's Node SDK 12.3.0 uses in place of the flat ones
        // (workos-newer2-operations.yaml, medium): users without their groups, and no
        // per-directory rate limit (an SDK comment says they are not limited as the flat list is).
        Operation::get("/directories/{directory_id}/users", "list_directory_users_in_directory")
            .sdk("directory_sync", "list_directory_users")
            .tag("directories")
            .doc("Lists the users of one directory, optionally only the members of one of its groups.")
            .details("Users come without their groups: list the groups with `user` for those.")
            .path_param("directory_id", "The directory's id, `directory_...`.")
            .query::<ListUsersInDirectoryQuery>()
            .list::<DirectoryUserInDirectory>()
            .errors(&[401, 403, 404, 422]),
        Operation::get(
            "/directories/{directory_id}/users/{directory_user_id}",
            "get_directory_user_in_directory",
        )
        .sdk("directory_sync", "get_directory_user")
        .tag("directories")
        .doc("Fetches one user of a directory, without their groups.")
        .path_param("directory_id", "The directory's id, `directory_...`.")
        .path_param("directory_user_id", "The user's id, `directory_user_...`.")
        .returns::<DirectoryUserInDirectory>(200)
        .errors(&[401, 403, 404]),
        Operation::get("/directories/{directory_id}/groups", "list_directory_groups_in_directory")
            .sdk("directory_sync", "list_directory_groups")
            .tag("directories")
            .doc("Lists the groups of one directory, optionally only those a directory user belongs to.")
            .path_param("directory_id", "The directory's id, `directory_...`.")
            .query::<ListGroupsInDirectoryQuery>()
            .list::<DirectoryGroup>()
            .errors(&[401, 403, 404, 422]),
        Operation::get(
            "/directories/{directory_id}/groups/{directory_group_id}",
            "get_directory_group_in_directory",
        )
        .sdk("directory_sync", "get_directory_group")
        .tag("directories")
        .doc("Fetches one group of a directory.")
        .path_param("directory_id", "The directory's id, `directory_...`.")
        .path_param("directory_group_id", "The group's id, `directory_group_...`.")
        .returns::<DirectoryGroup>(200)
        .errors(&[401, 403, 404]),
        Operation::post("/directories/{id}/sync", "request_directory_sync")
            .sdk("directory_sync", "request_sync")
            .tag("directories")
            .doc("Asks WorkOS to sync a directory now rather than at its next scheduled run.")
            .details(
                "Only Google Workspace directories support it, and requests are rate limited per directory. \
                 The success status is inferred, not documented.",
            )
            .path_param("id", "The directory's id, `directory_...`.")
            .returns::<DirectorySyncRequested>(202)
            .errors(&[401, 403, 404, 409, 422, 429]),
    ]
}
