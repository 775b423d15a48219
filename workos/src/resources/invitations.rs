//! Invitations to join an organization or the application.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{Invitation, ListInvitationsParams, ResendInvitation, SendInvitation};

/// Invitations to join an organization or the application. From [`Workos::invitations`].
#[derive(Debug, Clone, Copy)]
pub struct Invitations<'a> {
    pub(crate) client: &'a Workos,
}

impl Invitations<'_> {
    /// Lists invitations, optionally only those of one organization or one e-mail address.
    pub fn list(&self, params: ListInvitationsParams) -> Paginator<Invitation> {
        self.client.paginate(&op::LIST_INVITATIONS, params, |api, p| {
            Box::pin(api.list_invitations(
                p.after.as_deref(),
                p.before.as_deref(),
                p.email.as_deref(),
                p.limit,
                p.order.as_ref(),
                p.organization_id.as_deref(),
            ))
        })
    }

    /// Invites someone by e-mail to the application or to an organization.
    pub async fn send(&self, invitation: &SendInvitation) -> Result<Invitation> {
        let api = self.client.api();
        self.client.send(&op::SEND_INVITATION, || api.send_invitation(invitation)).await
    }

    /// Fetches one invitation by its id (`invitation_...`).
    pub async fn get(&self, id: &str) -> Result<Invitation> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::GET_INVITATION, || api.get_invitation(id)).await
    }

    /// Fetches the invitation that a token (from its accept link) accepts.
    pub async fn get_by_token(&self, token: &str) -> Result<Invitation> {
        let token = params::path("token", token)?;
        let api = self.client.api();
        self.client.send(&op::GET_INVITATION_BY_TOKEN, || api.get_invitation_by_token(token)).await
    }

    /// Accepts an invitation and activates the organization membership it grants, if any.
    pub async fn accept(&self, id: &str) -> Result<Invitation> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::ACCEPT_INVITATION, || api.accept_invitation(id)).await
    }

    /// Sends a pending invitation's e-mail again, optionally in another language.
    pub async fn resend(&self, id: &str, options: &ResendInvitation) -> Result<Invitation> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::RESEND_INVITATION, || api.resend_invitation(id, options)).await
    }

    /// Withdraws a pending invitation.
    pub async fn revoke(&self, id: &str) -> Result<Invitation> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::REVOKE_INVITATION, || api.revoke_invitation(id)).await
    }
}
