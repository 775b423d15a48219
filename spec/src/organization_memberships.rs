//! DOC

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Json, Metadata, PageQuery, Timestamp};

/// DOC
#[derive(JsonSchema)]
pub enum ListOrganizationMembershipsStatuse {
    /// DOC
    #[serde(rename = "active")]
    Active,
    /// DOC
    #[serde(rename = "inactive")]
    Inactive,
    /// DOC
    #[serde(rename = "pending")]
    Pending,
}

/// DOC
#[derive(JsonSchema)]
pub struct ListOrganizationMembershipsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    #[serde(default)]
    pub statuses: Vec<ListOrganizationMembershipsStatuse>,
    /// DOC
    pub user_id: Option<String>,
}

/// DOC
#[derive(JsonSchema)]
pub enum OrganizationMembershipStatus {
    /// DOC
    #[serde(rename = "active")]
    Active,
    /// DOC
    #[serde(rename = "inactive")]
    Inactive,
    /// DOC
    #[serde(rename = "pending")]
    Pending,
}

/// DOC
#[derive(JsonSchema)]
pub struct UserOrganizationMembership {
    /// DOC
    #[schemars(extend("const" = "organization_membership"))]
    pub object: String,
    /// DOC
    pub id: String,
    /// DOC
    pub user_id: Option<String>,
    /// DOC
    pub organization_id: Option<String>,
    /// DOC
    pub status: Option<OrganizationMembershipStatus>,
    /// DOC
    pub directory_managed: Option<bool>,
    /// DOC
    pub organization_name: Option<String>,
    /// DOC
    #[serde(default)]
    pub custom_attributes: Json,
    /// DOC
    pub created_at: Timestamp,
    /// DOC
    pub updated_at: Timestamp,
    /// DOC
    pub role: Option<crate::directory_sync::SlimRole>,
    /// DOC
    #[serde(default)]
    pub roles: Vec<crate::directory_sync::SlimRole>,
    /// DOC
    pub user: Option<crate::user_management::User>,
}

/// DOC
#[derive(JsonSchema)]
pub struct CreateUserOrganizationMembership {
    /// DOC
    pub user_id: String,
    /// DOC
    pub organization_id: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateUserOrganizationMembershipVariant1 {}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateUserOrganizationMembershipVariant2 {
    /// DOC
    pub role_slug: String,
}

/// DOC
#[derive(JsonSchema)]
pub struct UpdateUserOrganizationMembershipVariant3 {
    /// DOC
    pub role_slugs: Vec<String>,
}

/// DOC
#[derive(JsonSchema)]
#[serde(untagged)]
pub enum UpdateUserOrganizationMembership {
    /// DOC
    Variant1(UpdateUserOrganizationMembershipVariant1),
    /// DOC
    Variant2(UpdateUserOrganizationMembershipVariant2),
    /// DOC
    Variant3(UpdateUserOrganizationMembershipVariant3),
}

/// The operations of this module.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/user_management/organization_memberships", "list_organization_memberships")
            .tag("user-management.organization-membership")
            .doc("DOC")
            .comma_separated("statuses")
            .query::<ListOrganizationMembershipsQuery>()
            .list::<UserOrganizationMembership>()
            .errors(&[400, 404, 422]),
        Operation::post("/user_management/organization_memberships", "create_organization_membership")
            .tag("user-management.organization-membership")
            .doc("DOC")
            .json_body::<CreateUserOrganizationMembership>()
            .returns::<UserOrganizationMembership>(201)
            .errors(&[400, 404, 422]),
        Operation::get("/user_management/organization_memberships/{id}", "get_organization_membership")
            .tag("user-management.organization-membership")
            .doc("DOC")
            .path_param("id", "DOC")
            .returns::<UserOrganizationMembership>(200)
            .errors(&[404]),
        Operation::delete("/user_management/organization_memberships/{id}", "delete_organization_membership")
            .tag("user-management.organization-membership")
            .doc("DOC")
            .path_param("id", "DOC")
            .empty(200)
            .errors(&[404]),
        Operation::put("/user_management/organization_memberships/{id}", "update_organization_membership")
            .tag("user-management.organization-membership")
            .doc("DOC")
            .path_param("id", "DOC")
            .json_body::<UpdateUserOrganizationMembership>()
            .returns::<UserOrganizationMembership>(200)
            .errors(&[404, 422]),
        Operation::put(
            "/user_management/organization_memberships/{id}/deactivate",
            "deactivate_organization_membership",
        )
        .tag("user-management.organization-membership")
        .doc("DOC")
        .path_param("id", "DOC")
        .returns::<UserOrganizationMembership>(200)
        .errors(&[400, 404, 422]),
        Operation::put(
            "/user_management/organization_memberships/{id}/reactivate",
            "reactivate_organization_membership",
        )
        .tag("user-management.organization-membership")
        .doc("DOC")
        .path_param("id", "DOC")
        .returns::<UserOrganizationMembership>(200)
        .errors(&[400, 404, 422]),
    ]
}
