//! Radar: fraud and bot detection.

use workos_api::operations as op;

use crate::client::Workos;
use crate::error::Result;
use crate::params;
use crate::types::{
    CreateRadarAttempt, RadarAssessment, RadarListAction, RadarListEntry, RadarListType, UpdateRadarAttempt,
};

/// Radar: fraud and bot detection. From [`Workos::radar`].
#[derive(Debug, Clone, Copy)]
pub struct Radar<'a> {
    pub(crate) client: &'a Workos,
}

impl Radar<'_> {
    /// Asks Radar whether to allow, block or challenge an authentication attempt.
    pub async fn create_attempt(&self, attempt: &CreateRadarAttempt) -> Result<RadarAssessment> {
        let api = self.client.api();
        self.client.send(&op::CREATE_RADAR_ATTEMPT, || api.create_radar_attempt(attempt)).await
    }

    /// Tells Radar that an assessed attempt (its `attempt_id`), or its challenge, succeeded.
    pub async fn update_attempt(&self, id: &str, outcome: &UpdateRadarAttempt) -> Result<()> {
        let id = params::path("id", id)?;
        let api = self.client.api();
        self.client.send(&op::UPDATE_RADAR_ATTEMPT, || api.update_radar_attempt(id, outcome)).await
    }

    /// Adds an entry to a Radar list (`action`: allow or block) of kind `list_type`. Adding an
    /// entry already there succeeds.
    pub async fn add_list_entry(
        &self,
        list_type: &RadarListType,
        action: &RadarListAction,
        entry: &RadarListEntry,
    ) -> Result<()> {
        params::paths(&[("type", list_type.as_str()), ("action", action.as_str())])?;
        let api = self.client.api();
        self.client
            .send(&op::ADD_RADAR_LIST_ENTRY, || api.add_radar_list_entry(list_type, action, entry))
            .await
    }

    /// Removes an entry from a Radar list; the arguments are those of
    /// [`add_list_entry`](Self::add_list_entry).
    pub async fn remove_list_entry(
        &self,
        list_type: &RadarListType,
        action: &RadarListAction,
        entry: &RadarListEntry,
    ) -> Result<()> {
        params::paths(&[("type", list_type.as_str()), ("action", action.as_str())])?;
        let api = self.client.api();
        self.client
            .send(&op::REMOVE_RADAR_LIST_ENTRY, || api.remove_radar_list_entry(list_type, action, entry))
            .await
    }
}
