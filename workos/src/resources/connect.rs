//! Connect applications, their client secrets and authorizations.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{
    AuthorizedConnectApplication, CompleteConnectLogin, CompleteConnectLoginResponse, ConnectApplication,
    ConnectClientSecretList, CreateConnectApplication, CreateConnectClientSecret,
    ListConnectApplicationsParams, ListOrganizationAuthorizedApplicationsParams,
    ListUserAuthorizedApplicationsParams, NewConnectClientSecret, UpdateConnectApplication,
};

/// Connect applications, their client secrets and authorizations. From [`Workos::connect`].
#[derive(Debug, Clone, Copy)]
pub struct Connect<'a> {
    pub(crate) client: &'a Workos,
}

impl Connect<'_> {
    /// Hands a user your system signed in back to AuthKit; redirect them to the answer's
    /// `redirect_uri`.
    pub async fn complete_login(&self, login: &CompleteConnectLogin) -> Result<CompleteConnectLoginResponse> {
        let api = self.client.api();
        self.client.send(&op::COMPLETE_OAUTH2_LOGIN, || api.complete_oauth2_login(login)).await
    }

    /// Lists the Connect applications of the environment.
    pub fn list_applications(&self, params: ListConnectApplicationsParams) -> Paginator<ConnectApplication> {
        self.client.paginate(&op::LIST_CONNECT_APPLICATIONS, params, |api, p| {
            Box::pin(async move {
                let types: Vec<String> = p.registration_types.iter().map(|t| t.as_str().to_owned()).collect();
                let types = params::comma_separated(&types);
                api.list_connect_applications(
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                    p.organization_id.as_deref(),
                    types.as_deref(),
                )
                .await
            })
        })
    }

    /// Creates an OAuth or machine-to-machine application.
    pub async fn create_application(
        &self,
        application: &CreateConnectApplication,
    ) -> Result<ConnectApplication> {
        let api = self.client.api();
        self.client
            .send(&op::CREATE_CONNECT_APPLICATION, || api.create_connect_application(application))
            .await
    }

    /// Fetches one application by its id (`conn_app_...`) or OAuth client id.
    pub async fn get_application(&self, id: &str) -> Result<ConnectApplication> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_CONNECT_APPLICATION, || api.get_connect_application(id)).await
    }

    /// Changes an application; fields left empty in `changes` keep their value.
    pub async fn update_application(
        &self,
        id: &str,
        changes: &UpdateConnectApplication,
    ) -> Result<ConnectApplication> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client
            .send(&op::UPDATE_CONNECT_APPLICATION, || api.update_connect_application(id, changes))
            .await
    }

    /// Deletes an application.
    pub async fn delete_application(&self, id: &str) -> Result<()> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::DELETE_CONNECT_APPLICATION, || api.delete_connect_application(id)).await
    }

    /// Lists the client secrets of an application, without their values.
    pub async fn list_client_secrets(&self, application_id: &str) -> Result<ConnectClientSecretList> {
        let application_id = params::path("application_id", application_id)?;
        let api = self.client.api();
        self.client.send(&op::LIST_CLIENT_SECRETS, || api.list_client_secrets(application_id)).await
    }

    /// Creates a client secret for an application; the answer holds the only copy of its
    /// value.
    pub async fn create_client_secret(&self, application_id: &str) -> Result<NewConnectClientSecret> {
        let application_id = params::path("application_id", application_id)?;
        let body = CreateConnectClientSecret::from(serde_json::Map::new());
        let api = self.client.api();
        self.client.send(&op::CREATE_CLIENT_SECRET, || api.create_client_secret(application_id, &body)).await
    }

    /// Revokes a client secret.
    pub async fn delete_client_secret(&self, id: &str) -> Result<()> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::DELETE_CLIENT_SECRET, || api.delete_client_secret(id)).await
    }

    /// Lists the applications that members of an organization have authorized.
    pub fn list_organization_authorizations(
        &self,
        organization_id: &str,
        params: ListOrganizationAuthorizedApplicationsParams,
    ) -> Paginator<AuthorizedConnectApplication> {
        self.client.paginate_checked(
            &op::LIST_ORGANIZATION_AUTHORIZED_APPLICATIONS,
            params::paths(&[("organization_id", organization_id)]),
            (organization_id.to_owned(), params),
            |api, (organization_id, p)| {
                Box::pin(api.list_organization_authorized_applications(
                    organization_id,
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                ))
            },
        )
    }

    /// Lists the applications a user has authorized.
    pub fn list_user_authorizations(
        &self,
        user_id: &str,
        params: ListUserAuthorizedApplicationsParams,
    ) -> Paginator<AuthorizedConnectApplication> {
        self.client.paginate_checked(
            &op::LIST_USER_AUTHORIZED_APPLICATIONS,
            params::paths(&[("user_id", user_id)]),
            (user_id.to_owned(), params),
            |api, (user_id, p)| {
                Box::pin(api.list_user_authorized_applications(
                    user_id,
                    p.after.as_deref(),
                    p.before.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                ))
            },
        )
    }

    /// Revokes a user's authorization of an application (by its id or OAuth client id).
    pub async fn delete_user_authorization(&self, user_id: &str, application_id: &str) -> Result<()> {
        let user_id = params::path("user_id", user_id)?;
        let application_id = params::path("application_id", application_id)?;
        let api = self.client.api();
        self.client
            .send(&op::DELETE_USER_AUTHORIZED_APPLICATION, || {
                api.delete_user_authorized_application(user_id, application_id)
            })
            .await
    }
}
