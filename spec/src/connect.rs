//! WorkOS Connect: OAuth and machine-to-machine applications that obtain tokens from your
//! AuthKit environment, their client secrets, the grants users give them, and the hand-back
//! that completes a sign-in when your own system logs the user in.

use schemars::JsonSchema;

use crate::Operation;
use crate::common::{ListQuery, Metadata, PageQuery, Timestamp};

/// Form body of the RFC 8693 token exchange at the environment's issuer: a first-party
/// Connect application swaps a user's access token for one meant for another resource,
/// keeping the user and their consent. The application authenticates with its own client id
/// and secret; no API key is sent.
#[derive(JsonSchema)]
pub struct ConnectTokenExchange {
    /// The Connect application's client id.
    pub client_id: String,
    /// The Connect application's client secret.
    #[schemars(extend("format" = "password"))]
    pub client_secret: String,
    /// Always `urn:ietf:params:oauth:grant-type:token-exchange`.
    #[schemars(extend("const" = "urn:ietf:params:oauth:grant-type:token-exchange"))]
    pub grant_type: String,
    /// The user's access token to exchange.
    #[schemars(extend("format" = "password"))]
    pub subject_token: String,
    /// Always `urn:ietf:params:oauth:token-type:access_token`.
    #[schemars(extend("const" = "urn:ietf:params:oauth:token-type:access_token"))]
    pub subject_token_type: String,
    /// Always `urn:ietf:params:oauth:token-type:access_token`.
    #[schemars(extend("const" = "urn:ietf:params:oauth:token-type:access_token"))]
    pub requested_token_type: String,
    /// The resource indicator the new token is for.
    pub resource: String,
    /// Space-separated scopes to narrow the new token to.
    pub scope: Option<String>,
}

/// The access token a token exchange issued.
#[derive(JsonSchema)]
pub struct ConnectTokenExchangeResponse {
    /// The new access token.
    #[schemars(extend("format" = "password"))]
    pub access_token: String,
    /// Its RFC 8693 type, `urn:ietf:params:oauth:token-type:access_token`.
    pub issued_token_type: Option<String>,
    /// How to present it: `Bearer`.
    pub token_type: Option<String>,
    /// Seconds until it expires.
    pub expires_in: Option<i64>,
    /// The scopes it carries, space-separated.
    pub scope: Option<String>,
}

/// The user your own system signed in, to create or update in AuthKit.
#[derive(JsonSchema)]
pub struct ConnectUser {
    /// Your identifier for the user; AuthKit stores it as the user's `external_id` and
    /// matches on it to update rather than create.
    pub id: String,
    /// E-mail address; it must not belong to another AuthKit user.
    pub email: String,
    /// Given name.
    pub first_name: Option<String>,
    /// Family name.
    pub last_name: Option<String>,
    /// Full name.
    pub name: Option<String>,
    /// Your own key-value data to store on the user.
    pub metadata: Option<Metadata>,
}

/// One value the user can pick for a consent option.
#[derive(JsonSchema)]
pub struct UserConsentOptionChoice {
    /// The value stored when the user picks this choice.
    pub value: Option<String>,
    /// The text shown for this choice.
    pub label: Option<String>,
}

/// A question shown on the consent screen whose answer is stored as a claim of the session.
#[derive(JsonSchema)]
pub struct UserConsentOption {
    /// The claim that receives the user's choice.
    pub claim: String,
    /// Always `enum`: the user picks one of `choices`.
    #[serde(rename = "type")]
    #[schemars(extend("const" = "enum"), transform = crate::extensions::rust_name("kind"))]
    pub kind: String,
    /// The text shown for the question.
    pub label: String,
    /// The values the user can pick from.
    pub choices: Vec<UserConsentOptionChoice>,
}

/// Request body that hands a sign-in your system performed back to AuthKit.
#[derive(JsonSchema)]
pub struct CompleteConnectLogin {
    /// The identifier AuthKit passed to your login page when it sent the user there.
    pub external_auth_id: String,
    /// The user who signed in; created in AuthKit or updated if it exists.
    pub user: ConnectUser,
    /// Consent questions to show, whose answers are stored with the session.
    #[serde(default)]
    pub user_consent_options: Vec<UserConsentOption>,
}

/// Where to send the user so that AuthKit finishes the OAuth flow.
#[derive(JsonSchema)]
pub struct CompleteConnectLoginResponse {
    /// The AuthKit URL to redirect the user's browser to.
    pub redirect_uri: String,
}

/// How a Connect application came to exist.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConnectRegistrationType {
    /// Registered by a client itself, through OAuth dynamic client registration.
    Dynamic,
    /// Created with your API key or in the dashboard.
    Authenticated,
}

/// Query of the Connect application list.
#[derive(JsonSchema)]
pub struct ListConnectApplicationsQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
    /// Only applications registered in these ways; the API lists `authenticated` ones when
    /// this is empty.
    #[serde(default)]
    pub registration_types: Vec<ConnectRegistrationType>,
    /// Only applications of this organization.
    pub organization_id: Option<String>,
}

/// The kind of a Connect application.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ConnectApplicationType {
    /// Acts for users, who sign in and consent through AuthKit.
    Oauth,
    /// Machine-to-machine: acts for itself with the client credentials grant.
    M2m,
}

/// An application that obtains tokens from your AuthKit environment.
///
/// Beyond the common fields, an `oauth` application carries `redirect_uris`, `uses_pkce`
/// and `is_first_party`; a third-party one (`is_first_party: false`) also carries
/// `was_dynamically_registered`, and `organization_id` unless it registered itself. An `m2m`
/// application carries `organization_id` only.
#[derive(JsonSchema)]
pub struct ConnectApplication {
    /// Always `connect_application`.
    #[schemars(extend("const" = "connect_application"))]
    pub object: String,
    /// Unique id, `conn_app_...`.
    pub id: String,
    /// The OAuth client id; the API also accepts it wherever it takes the application's id.
    pub client_id: Option<String>,
    /// Display name.
    pub name: String,
    /// What the application is for, if described.
    pub description: Option<String>,
    /// The scopes the application may request.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// `oauth` or `m2m`.
    pub application_type: Option<ConnectApplicationType>,
    /// OAuth only: where users may be sent back after authorizing.
    #[serde(default)]
    pub redirect_uris: Vec<ConnectRedirectUri>,
    /// OAuth only: whether the application must use PKCE.
    pub uses_pkce: Option<bool>,
    /// OAuth only: whether the application is your own rather than a third party's.
    pub is_first_party: Option<bool>,
    /// OAuth third-party only: whether the client registered itself (dynamic client
    /// registration).
    pub was_dynamically_registered: Option<bool>,
    /// The organization the application belongs to: always for `m2m`, and for third-party
    /// `oauth` applications you registered.
    pub organization_id: Option<String>,
    /// When the application was created.
    pub created_at: Timestamp,
    /// When the application last changed.
    pub updated_at: Timestamp,
}

/// A URI an OAuth application may redirect users to after they authorize it.
#[derive(JsonSchema)]
pub struct ConnectRedirectUri {
    /// The URI.
    pub uri: String,
    /// Whether this URI is used when a request names none.
    pub default: Option<bool>,
}

/// Request body that creates a Connect application; `application_type` picks the kind.
#[derive(JsonSchema)]
#[serde(tag = "application_type")]
pub enum CreateConnectApplication {
    /// An OAuth application that acts for users.
    #[serde(rename = "oauth")]
    #[schemars(title = "Oauth")]
    Oauth(CreateOauthApplication),
    /// A machine-to-machine application that acts for itself.
    #[serde(rename = "m2m")]
    #[schemars(title = "M2m")]
    M2m(CreateM2mApplication),
}

/// A new OAuth Connect application, one that acts for users.
#[derive(JsonSchema)]
pub struct CreateOauthApplication {
    /// Display name.
    pub name: String,
    /// What the application is for.
    pub description: Option<String>,
    /// The scopes the application may request.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// Where users may be sent back after authorizing.
    #[serde(default)]
    pub redirect_uris: Vec<ConnectRedirectUri>,
    /// Whether the application must use PKCE.
    pub uses_pkce: Option<bool>,
    /// Whether the application is your own; a third-party one needs `organization_id`.
    pub is_first_party: bool,
    /// The organization a third-party application belongs to.
    pub organization_id: Option<String>,
}

/// A new machine-to-machine Connect application, one that acts for itself.
#[derive(JsonSchema)]
pub struct CreateM2mApplication {
    /// Display name.
    pub name: String,
    /// What the application is for.
    pub description: Option<String>,
    /// The scopes the application may request.
    #[serde(default)]
    pub scopes: Vec<String>,
    /// The organization the application belongs to.
    pub organization_id: String,
}

/// Request body that changes a Connect application; absent fields keep their value.
#[derive(JsonSchema)]
pub struct UpdateConnectApplication {
    /// New display name.
    pub name: Option<String>,
    /// New description.
    pub description: Option<String>,
    /// The full new list of scopes.
    pub scopes: Option<Vec<String>>,
    /// OAuth applications only: the full new list of redirect URIs.
    pub redirect_uris: Option<Vec<ConnectRedirectUri>>,
    /// OAuth applications only: the full new list of browser origins allowed to call the
    /// token endpoint for this application.
    pub cors_origins: Option<Vec<String>>,
}

/// A client secret of a Connect application; its value is only shown on creation.
#[derive(JsonSchema)]
pub struct ConnectClientSecret {
    /// Always `connect_application_secret`.
    #[schemars(extend("const" = "connect_application_secret"))]
    pub object: String,
    /// Unique id of the secret.
    pub id: String,
    /// The last characters of the secret, to tell secrets apart.
    pub secret_hint: Option<String>,
    /// When the secret was last used; `null` if never.
    pub last_used_at: Option<Timestamp>,
    /// When the secret was created.
    pub created_at: Timestamp,
    /// When the secret last changed.
    pub updated_at: Timestamp,
}

/// Every client secret of a Connect application, in one unpaginated array.
#[derive(JsonSchema)]
#[schemars(transparent)]
pub struct ConnectClientSecretList(pub Vec<ConnectClientSecret>);

/// Request body that creates a client secret: an empty object.
#[derive(JsonSchema)]
pub struct CreateConnectClientSecret {}

/// A client secret just created, with its value.
#[derive(JsonSchema)]
pub struct NewConnectClientSecret {
    /// Always `connect_application_secret`.
    #[schemars(extend("const" = "connect_application_secret"))]
    pub object: String,
    /// Unique id of the secret.
    pub id: String,
    /// The last characters of the secret, to tell secrets apart.
    pub secret_hint: Option<String>,
    /// When the secret was last used; `null` if never.
    pub last_used_at: Option<Timestamp>,
    /// When the secret was created.
    pub created_at: Timestamp,
    /// When the secret last changed.
    pub updated_at: Timestamp,
    /// The secret itself. Store it now: the API never returns it again.
    #[schemars(extend("format" = "password"))]
    pub secret: Option<String>,
}

/// A Connect application that a user has authorized, with the scopes granted.
#[derive(JsonSchema)]
pub struct AuthorizedConnectApplication {
    /// Always `authorized_connect_application`.
    #[schemars(extend("const" = "authorized_connect_application"))]
    pub object: String,
    /// Unique id of the authorization.
    pub id: String,
    /// The scopes the user granted.
    #[serde(default)]
    pub granted_scopes: Vec<String>,
    /// The OAuth resource the authorization is for, if the application asked for one.
    pub oauth_resource: Option<String>,
    /// The application authorized.
    pub application: Option<ConnectApplication>,
    /// The user who authorized it; in the organization list only.
    // Wire: the user list's items have no `user_id`; both lists share this one type.
    pub user_id: Option<String>,
}

const APPLICATION_ID: &str = "The application's id (`conn_app_...`) or its OAuth client id.";

/// The operations of WorkOS Connect.
pub fn operations() -> Vec<Operation> {
    vec![
        Operation::post("/authkit/oauth2/complete", "complete_oauth2_login")
            .sdk("connect", "complete_login")
            .tag("workos-connect")
            .doc("Hands a user your system signed in back to AuthKit, which answers where to redirect them.")
            .details(
                "The user is created in AuthKit, or updated if one already has `user.id` as its \
                 external id. An e-mail address that belongs to another user fails the call.",
            )
            .json_body::<CompleteConnectLogin>()
            .returns::<CompleteConnectLoginResponse>(200)
            .errors(&[400, 404, 422]),
        Operation::get("/connect/applications", "list_connect_applications")
            .sdk("connect", "list_applications")
            .tag("applications")
            .doc("Lists the Connect applications of the environment.")
            .comma_separated("registration_types")
            .query::<ListConnectApplicationsQuery>()
            .list::<ConnectApplication>()
            .errors(&[422]),
        Operation::post("/connect/applications", "create_connect_application")
            .sdk("connect", "create_application")
            .tag("applications")
            .doc("Creates an OAuth or machine-to-machine Connect application.")
            .json_body::<CreateConnectApplication>()
            .returns::<ConnectApplication>(201)
            .errors(&[404, 422]),
        Operation::get("/connect/applications/{id}", "get_connect_application")
            .sdk("connect", "get_application")
            .tag("applications")
            .doc("Fetches one Connect application by its id or client id.")
            .path_param("id", APPLICATION_ID)
            .returns::<ConnectApplication>(200)
            .errors(&[404]),
        Operation::put("/connect/applications/{id}", "update_connect_application")
            .sdk("connect", "update_application")
            .tag("applications")
            .doc("Changes a Connect application's name, description, scopes or redirect URIs.")
            .path_param("id", APPLICATION_ID)
            .json_body::<UpdateConnectApplication>()
            .returns::<ConnectApplication>(200)
            .errors(&[404, 422]),
        Operation::delete("/connect/applications/{id}", "delete_connect_application")
            .sdk("connect", "delete_application")
            .tag("applications")
            .doc("Deletes a Connect application.")
            .path_param("id", APPLICATION_ID)
            .empty(204)
            .errors(&[404]),
        Operation::get("/connect/applications/{id}/client_secrets", "list_client_secrets")
            .sdk("connect", "list_client_secrets")
            .tag("application.client-secrets")
            .doc("Lists the client secrets of a Connect application, without their values.")
            .path_param("id", APPLICATION_ID)
            .returns::<ConnectClientSecretList>(200)
            .errors(&[404]),
        Operation::post("/connect/applications/{id}/client_secrets", "create_client_secret")
            .sdk("connect", "create_client_secret")
            .tag("application.client-secrets")
            .doc("Creates a client secret for a Connect application; the answer holds its only copy.")
            .path_param("id", APPLICATION_ID)
            .json_body::<CreateConnectClientSecret>()
            .returns::<NewConnectClientSecret>(201)
            .errors(&[404, 422]),
        Operation::delete("/connect/client_secrets/{id}", "delete_client_secret")
            .sdk("connect", "delete_client_secret")
            .tag("application.client-secrets")
            .doc("Revokes a client secret.")
            .path_param("id", "The client secret's id.")
            .empty(204)
            .errors(&[404]),
        Operation::get(
            "/organizations/{organization_id}/authorized_applications",
            "list_organization_authorized_applications",
        )
        .sdk("connect", "list_organization_authorizations")
        .tag("organizations.authorized-applications")
        .doc("Lists the Connect applications that members of an organization have authorized.")
        .path_param("organization_id", "The organization's id, `org_...`.")
        .query::<ListQuery>()
        .list::<AuthorizedConnectApplication>()
        .errors(&[404, 422]),
        Operation::get(
            "/user_management/users/{user_id}/authorized_applications",
            "list_user_authorized_applications",
        )
        .sdk("connect", "list_user_authorizations")
        .tag("user-management.users.authorized-applications")
        .doc("Lists the Connect applications a user has authorized.")
        .path_param("user_id", "The user's id, `user_...`.")
        .query::<ListQuery>()
        .list::<AuthorizedConnectApplication>()
        .errors(&[404, 422]),
        Operation::delete(
            "/user_management/users/{user_id}/authorized_applications/{application_id}",
            "delete_user_authorized_application",
        )
        .sdk("connect", "delete_user_authorization")
        .tag("user-management.users.authorized-applications")
        .doc("Revokes a user's authorization of a Connect application.")
        .path_param("application_id", APPLICATION_ID)
        .path_param("user_id", "The user's id, `user_...`.")
        .empty(204)
        .errors(&[404]),
        // Not an API call: sent to the environment's issuer (its AuthKit domain), as WorkOS's
        // Node SDK 12.3.0 does (workos-newer2-operations.yaml, medium). The success status is
        // inferred; client authentication failures are `401` with an OAuth error body.
        Operation::post("/oauth2/token", "exchange_connect_access_token")
            .sdk("connect", "exchange_access_token")
            .tag("workos-connect")
            .doc("Exchanges a user's access token for one meant for another resource (RFC 8693), at the environment's issuer.")
            .details(
                "For first-party Connect applications: the new token keeps the user and their consent. The \
                 first argument is the issuer's origin (the AuthKit domain, such as `https://auth.example.com`), \
                 not the API's.",
            )
            .at_issuer()
            .form_body::<ConnectTokenExchange>()
            .returns::<ConnectTokenExchangeResponse>(200)
            .errors(&[400, 401])
            .public(),
    ]
}
