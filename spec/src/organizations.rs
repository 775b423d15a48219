//! Organizations and the domains they own.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{Metadata, PageQuery, Timestamp};

/// A company or team that uses your application.
#[derive(JsonSchema)]
pub struct Organization {
    /// Always `organization`.
    #[schemars(extend("const" = "organization"))]
    pub object: String,
    /// Unique id, `org_...`.
    pub id: String,
    /// Display name.
    pub name: String,
    /// The domains the organization owns.
    #[serde(default)]
    pub domains: Vec<OrganizationDomain>,
    /// Your own key-value data about the organization.
    #[serde(default)]
    pub metadata: Metadata,
    /// Your own identifier for the organization, if you set one.
    pub external_id: Option<String>,
    /// The Stripe customer linked to the organization, if any.
    pub stripe_customer_id: Option<String>,
    /// Deprecated: whether members may sign in with profiles whose domain the
    /// organization does not own.
    #[deprecated]
    pub allow_profiles_outside_organization: Option<bool>,
    /// When the organization was created.
    pub created_at: Timestamp,
    /// When the organization last changed.
    pub updated_at: Timestamp,
}

/// A domain that belongs to an organization.
#[derive(JsonSchema)]
pub struct OrganizationDomain {
    /// Always `organization_domain`.
    #[schemars(extend("const" = "organization_domain"))]
    pub object: String,
    /// Unique id, `org_domain_...`.
    pub id: String,
    /// The organization that owns the domain; absent from the domains embedded in an
    /// organization, as answers recorded from 2021 to 2024 show.
    pub organization_id: Option<String>,
    /// The domain name, such as `example.com`.
    pub domain: String,
    /// How far verification has gone.
    pub state: Option<OrganizationDomainState>,
    /// The prefix of the DNS TXT record that proves ownership.
    pub verification_prefix: Option<String>,
    /// The value of the DNS TXT record that proves ownership.
    pub verification_token: Option<String>,
    /// How ownership is proven.
    pub verification_strategy: Option<DomainVerificationStrategy>,
    /// When the domain was added.
    pub created_at: Option<Timestamp>,
    /// When the domain last changed.
    pub updated_at: Option<Timestamp>,
}

/// Verification state of an organization domain.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrganizationDomainState {
    /// Verification was attempted and did not succeed.
    Failed,
    /// Verified before WorkOS tracked verification.
    LegacyVerified,
    /// Waiting for the DNS record to appear.
    Pending,
    /// Not verified, and no verification is under way.
    Unverified,
    /// Ownership is proven.
    Verified,
}

/// How ownership of a domain is proven.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum DomainVerificationStrategy {
    /// A DNS TXT record.
    Dns,
    /// Marked verified by an administrator.
    Manual,
}

/// A domain to attach to an organization when it is created or updated.
#[derive(JsonSchema)]
pub struct OrganizationDomainData {
    /// The domain name.
    pub domain: String,
    /// Whether the domain starts verified or waits for a DNS check.
    pub state: OrganizationDomainDataState,
}

/// The initial state of a domain attached through an organization.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrganizationDomainDataState {
    /// Waits for DNS verification.
    Pending,
    /// Trusted as verified at once.
    Verified,
}

/// Request body that creates an organization.
#[derive(JsonSchema)]
pub struct CreateOrganization {
    /// Display name.
    pub name: String,
    /// Deprecated: whether members may sign in with profiles outside the organization's
    /// domains.
    pub allow_profiles_outside_organization: Option<bool>,
    /// Deprecated: plain domain names; prefer `domain_data`.
    #[serde(default)]
    #[deprecated]
    pub domains: Vec<String>,
    /// Domains to attach, each with its initial state.
    #[serde(default)]
    pub domain_data: Vec<OrganizationDomainData>,
    /// Your own key-value data.
    pub metadata: Option<Metadata>,
    /// Your own identifier, at most 128 ASCII characters.
    #[schemars(length(max = 128))]
    pub external_id: Option<String>,
}

/// Request body that changes an organization; absent fields keep their value.
#[derive(JsonSchema)]
pub struct UpdateOrganization {
    /// New display name.
    pub name: Option<String>,
    /// Deprecated: whether members may sign in with profiles outside the organization's
    /// domains.
    pub allow_profiles_outside_organization: Option<bool>,
    /// Deprecated: plain domain names; prefer `domain_data`.
    #[serde(default)]
    #[deprecated]
    pub domains: Vec<String>,
    /// The full new list of domains, each with its state.
    #[serde(default)]
    pub domain_data: Vec<OrganizationDomainData>,
    /// The Stripe customer to link.
    pub stripe_customer_id: Option<String>,
    /// New key-value data; replaces the old.
    pub metadata: Option<Metadata>,
    /// New external identifier.
    #[schemars(length(max = 128))]
    pub external_id: Option<String>,
}

/// Query of the organization list.
#[derive(JsonSchema)]
pub struct ListOrganizationsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only organizations that own one of these domains.
    #[serde(default)]
    pub domains: Vec<String>,
    /// Only organizations whose name contains this text.
    pub search: Option<String>,
}

/// How an organization's audit logs are kept and streamed.
#[derive(JsonSchema)]
pub struct AuditLogConfiguration {
    /// The organization.
    pub organization_id: String,
    /// How many days audit log events are kept.
    pub retention_period_in_days: Option<i64>,
    /// Whether audit logs are enabled.
    pub state: Option<AuditLogConfigurationState>,
    /// Where events are streamed, if a stream is set up.
    pub log_stream: Option<AuditLogStream>,
}

/// Whether audit logs are on for an organization.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AuditLogConfigurationState {
    /// Events are recorded.
    Active,
    /// Recording is paused.
    Inactive,
    /// Audit logs are turned off.
    Disabled,
}

/// A destination that receives an organization's audit log events.
#[derive(JsonSchema)]
pub struct AuditLogStream {
    /// Unique id of the stream.
    pub id: String,
    /// The kind of destination.
    #[serde(rename = "type")]
    #[schemars(transform = crate::extensions::rust_name("kind"))]
    pub kind: Option<AuditLogStreamType>,
    /// Whether the stream delivers.
    pub state: Option<AuditLogStreamState>,
    /// When events were last delivered, if ever.
    pub last_synced_at: Option<Timestamp>,
    /// When the stream was set up.
    pub created_at: Option<Timestamp>,
}

/// The kind of destination of an audit log stream.
#[derive(JsonSchema)]
pub enum AuditLogStreamType {
    /// Microsoft Sentinel.
    AzureSentinel,
    /// Datadog.
    Datadog,
    /// Any HTTPS endpoint.
    GenericHttps,
    /// A Google Cloud Storage bucket.
    GoogleCloudStorage,
    /// An Amazon S3 bucket.
    S3,
    /// Snowflake.
    Snowflake,
    /// Splunk.
    Splunk,
}

/// Health of an audit log stream.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum AuditLogStreamState {
    /// Delivering.
    Active,
    /// Paused.
    Inactive,
    /// Delivery failed.
    Error,
    /// The configuration cannot work.
    Invalid,
}

/// Request body that adds a domain to an organization.
#[derive(JsonSchema)]
pub struct CreateOrganizationDomain {
    /// The domain name.
    pub domain: String,
    /// The organization that will own it.
    pub organization_id: String,
}

const ID: &str = "The organization's id, `org_...`.";
const DOMAIN_ID: &str = "The domain's id, `org_domain_...`.";

/// The operations on organizations and organization domains.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::get("/organizations", "list_organizations")
            .sdk("organizations", "list")
            .tag("organizations")
            .doc("Lists organizations, optionally only those owning given domains or matching a search.")
            .query::<ListOrganizationsQuery>()
            .comma_separated("domains")
            .list::<Organization>()
            .errors(&[422]),
        Operation::post("/organizations", "create_organization")
            .sdk("organizations", "create")
            .tag("organizations")
            .doc("Creates an organization.")
            .json_body::<CreateOrganization>()
            .returns::<Organization>(201)
            .errors(&[400, 409, 422]),
        Operation::get("/organizations/external_id/{external_id}", "get_organization_by_external_id")
            .sdk("organizations", "get_by_external_id")
            .tag("organizations")
            .doc("Fetches the organization that carries your external id.")
            .path_param("external_id", "Your own identifier for the organization.")
            .returns::<Organization>(200)
            .errors(&[404]),
        Operation::get("/organizations/{id}", "get_organization")
            .sdk("organizations", "get")
            .tag("organizations")
            .doc("Fetches one organization.")
            .path_param("id", ID)
            .returns::<Organization>(200)
            .errors(&[404]),
        Operation::put("/organizations/{id}", "update_organization")
            .sdk("organizations", "update")
            .tag("organizations")
            .doc("Changes an organization's name, domains, metadata or external id.")
            .path_param("id", ID)
            .json_body::<UpdateOrganization>()
            .returns::<Organization>(200)
            .errors(&[400, 403, 404, 409, 422]),
        Operation::delete("/organizations/{id}", "delete_organization")
            .sdk("organizations", "delete")
            .rate_limit(crate::rate_limits::DELETE_ORGANIZATION)
            .tag("organizations")
            .doc("Deletes an organization for good.")
            .path_param("id", ID)
            .empty(202)
            .errors(&[403]),
        Operation::get(
            "/organizations/{id}/audit_log_configuration",
            "get_organization_audit_log_configuration",
        )
        .sdk("organizations", "audit_log_configuration")
        .tag("organizations")
        .doc("Fetches how the organization's audit logs are kept and streamed.")
        .path_param("id", ID)
        .returns::<AuditLogConfiguration>(200)
        .errors(&[404]),
        Operation::post("/organization_domains", "create_organization_domain")
            .sdk("organization_domains", "create")
            .tag("organization-domains")
            .doc("Adds a domain to an organization; it starts unverified.")
            .json_body::<CreateOrganizationDomain>()
            .returns::<OrganizationDomain>(201)
            .errors(&[409]),
        Operation::get("/organization_domains/{id}", "get_organization_domain")
            .sdk("organization_domains", "get")
            .tag("organization-domains")
            .doc("Fetches one organization domain.")
            .path_param("id", DOMAIN_ID)
            .returns::<OrganizationDomain>(200)
            .errors(&[404]),
        Operation::delete("/organization_domains/{id}", "delete_organization_domain")
            .sdk("organization_domains", "delete")
            .tag("organization-domains")
            .doc("Removes a domain from its organization.")
            .path_param("id", DOMAIN_ID)
            .empty(204)
            .errors(&[404]),
        Operation::post("/organization_domains/{id}/verify", "verify_organization_domain")
            .sdk("organization_domains", "verify")
            .tag("organization-domains")
            .doc("Starts DNS verification of a domain.")
            .path_param("id", DOMAIN_ID)
            .returns::<OrganizationDomain>(201)
            .errors(&[400]),
    ]
}
