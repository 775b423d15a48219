//! AuthKit users: accounts, e-mail, passwords, sessions and factors.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{
    AuthenticationFactor, AuthenticationFactorEnrollment, ConfirmEmailChange, CreatePasswordReset,
    CreateUser, CreatedUser, EmailChange, EmailChangeConfirmation, EmailVerification,
    EnrollUserAuthenticationFactor, ListUserAuthFactorsParams, ListUserSessionsParams, ListUsersParams,
    PasswordReset, ResetPassword, SendEmailChange, UpdateUser, User, UserEnvelope, UserIdentities,
    UserSession, VerifyEmailAddress,
};

/// AuthKit users: accounts, e-mail, passwords, sessions and factors. From [`Workos::user_management`].
#[derive(Debug, Clone, Copy)]
pub struct UserManagement<'a> {
    pub(crate) client: &'a Workos,
}

impl UserManagement<'_> {
    /// Lists users, newest first unless `params.order` says otherwise; filter by organization
    /// or e-mail address.
    pub fn list_users(&self, params: ListUsersParams) -> Paginator<User> {
        self.client.paginate(&op::LIST_USERS, params, |api, p| {
            Box::pin(api.list_users(
                p.after.as_deref(),
                p.before.as_deref(),
                p.email.as_deref(),
                p.limit,
                p.order.as_ref(),
                p.organization.as_deref(),
                p.organization_id.as_deref(),
            ))
        })
    }

    /// Creates a user, with a plain password, an imported password hash, or no password.
    pub async fn create_user(&self, user: &CreateUser) -> Result<CreatedUser> {
        let api = self.client.api();
        self.client.send(&op::CREATE_USER, || api.create_user(user)).await
    }

    /// Fetches one user by their id (`user_...`).
    pub async fn get_user(&self, id: &str) -> Result<User> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_USER, || api.get_user(id)).await
    }

    /// Fetches the user that carries your own identifier.
    pub async fn get_user_by_external_id(&self, external_id: &str) -> Result<User> {
        let external_id = params::path("external_id", external_id)?;
        let api = self.client.api();
        self.client.send(&op::GET_USER_BY_EXTERNAL_ID, || api.get_user_by_external_id(external_id)).await
    }

    /// Changes a user; fields left empty in `changes` keep their value.
    pub async fn update_user(&self, id: &str, changes: &UpdateUser) -> Result<User> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::UPDATE_USER, || api.update_user(id, changes)).await
    }

    /// Deletes a user for good.
    pub async fn delete_user(&self, id: &str) -> Result<()> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::DELETE_USER, || api.delete_user(id)).await
    }

    /// E-mails a user a one-time code that verifies their address.
    pub async fn send_verification_email(&self, user_id: &str) -> Result<UserEnvelope> {
        let user_id = params::path("user_id", user_id)?;
        let api = self.client.api();
        self.client.send(&op::SEND_VERIFICATION_EMAIL, || api.send_verification_email(user_id)).await
    }

    /// Marks a user's e-mail address verified with the code they received.
    pub async fn verify_email(&self, user_id: &str, code: &VerifyEmailAddress) -> Result<UserEnvelope> {
        let user_id = params::path("user_id", user_id)?;
        let api = self.client.api();
        self.client.send(&op::VERIFY_EMAIL, || api.verify_email(user_id, code)).await
    }

    /// Fetches an e-mail verification code (`email_verification_...`) and whom it was sent to.
    pub async fn get_email_verification(&self, id: &str) -> Result<EmailVerification> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_EMAIL_VERIFICATION, || api.get_email_verification(id)).await
    }

    /// Starts a password reset for the user with an e-mail address.
    pub async fn create_password_reset(&self, reset: &CreatePasswordReset) -> Result<PasswordReset> {
        let api = self.client.api();
        self.client.send(&op::CREATE_PASSWORD_RESET, || api.create_password_reset(reset)).await
    }

    /// Fetches a password reset by its id (`password_reset_...`).
    pub async fn get_password_reset(&self, id: &str) -> Result<PasswordReset> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_PASSWORD_RESET, || api.get_password_reset(id)).await
    }

    /// Sets a user's new password with the token of a password reset.
    pub async fn reset_password(&self, reset: &ResetPassword) -> Result<UserEnvelope> {
        let api = self.client.api();
        self.client.send(&op::RESET_PASSWORD, || api.reset_password(reset)).await
    }

    /// Starts a change of a user's e-mail address: sends a one-time code to the new one.
    pub async fn send_email_change(&self, user_id: &str, change: &SendEmailChange) -> Result<EmailChange> {
        let user_id = params::path("user_id", user_id)?;
        let api = self.client.api();
        self.client.send(&op::SEND_EMAIL_CHANGE, || api.send_email_change(user_id, change)).await
    }

    /// Completes a user's e-mail change with the code sent to the new address.
    pub async fn confirm_email_change(
        &self,
        user_id: &str,
        code: &ConfirmEmailChange,
    ) -> Result<EmailChangeConfirmation> {
        let user_id = params::path("user_id", user_id)?;
        let api = self.client.api();
        self.client.send(&op::CONFIRM_EMAIL_CHANGE, || api.confirm_email_change(user_id, code)).await
    }

    /// Lists the OAuth accounts linked to a user.
    pub async fn list_identities(&self, user_id: &str) -> Result<UserIdentities> {
        let user_id = params::path("user_id", user_id)?;
        let api = self.client.api();
        self.client.send(&op::LIST_USER_IDENTITIES, || api.list_user_identities(user_id)).await
    }

    /// Lists a user's sessions.
    pub fn list_sessions(&self, user_id: &str, params: ListUserSessionsParams) -> Paginator<UserSession> {
        let valid = params::paths(&[("user_id", user_id)]);
        self.client.paginate_checked(
            &op::LIST_USER_SESSIONS,
            valid,
            (user_id.to_owned(), params),
            |api, (id, p)| {
                Box::pin(async move {
                    api.list_user_sessions(
                        id,
                        p.after.as_deref(),
                        p.before.as_deref(),
                        p.limit,
                        p.order.as_ref(),
                    )
                    .await
                })
            },
        )
    }

    /// Enrolls a user in a TOTP second factor; the answer holds the secret for their
    /// authenticator app and a first challenge.
    pub async fn enroll_auth_factor(
        &self,
        user_id: &str,
        factor: &EnrollUserAuthenticationFactor,
    ) -> Result<AuthenticationFactorEnrollment> {
        let user_id = params::path("user_id", user_id)?;
        let api = self.client.api();
        self.client.send(&op::ENROLL_USER_AUTH_FACTOR, || api.enroll_user_auth_factor(user_id, factor)).await
    }

    /// Lists the second factors a user has enrolled.
    pub fn list_auth_factors(
        &self,
        user_id: &str,
        params: ListUserAuthFactorsParams,
    ) -> Paginator<AuthenticationFactor> {
        let valid = params::paths(&[("user_id", user_id)]);
        self.client.paginate_checked(
            &op::LIST_USER_AUTH_FACTORS,
            valid,
            (user_id.to_owned(), params),
            |api, (id, p)| {
                Box::pin(async move {
                    api.list_user_auth_factors(
                        id,
                        p.after.as_deref(),
                        p.before.as_deref(),
                        p.limit,
                        p.order.as_ref(),
                    )
                    .await
                })
            },
        )
    }
}
