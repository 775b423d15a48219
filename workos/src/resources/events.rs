//! The event stream.

use workos_api::operations as op;

use crate::client::Workos;
use crate::pagination::Paginator;
use crate::params;
use crate::types::{Event, ListEventsParams};

/// The environment's event stream. From [`Workos::events`].
#[derive(Debug, Clone, Copy)]
pub struct Events<'a> {
    pub(crate) client: &'a Workos,
}

impl Events<'_> {
    /// Lists events, optionally of given types (`params.events`), of one organization, or
    /// within a time range.
    pub fn list(&self, params: ListEventsParams) -> Paginator<Event> {
        self.client.paginate(&op::LIST_EVENTS, params, |api, p| {
            Box::pin(async move {
                let events = params::comma_separated(&p.events);
                api.list_events(
                    p.after.as_deref(),
                    p.before.as_deref(),
                    events.as_deref(),
                    p.limit,
                    p.order.as_ref(),
                    p.organization_id.as_deref(),
                    p.range_end.as_deref(),
                    p.range_start.as_deref(),
                )
                .await
            })
        })
    }
}
