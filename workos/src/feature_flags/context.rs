//! Who a flag is evaluated for: target types (`user`, `organization`, or a custom one) with
//! one id each.

use std::collections::BTreeMap;

/// The targets a flag is evaluated for: a user, an organization, and any custom target
/// types the environment defines, one id each. Build it with [`EvaluationContext::user`],
/// [`EvaluationContext::organization`] and [`EvaluationContext::target`].
///
/// A target type must be 1 to 64 characters of `a-z 0-9 _ -` starting with a letter, and an
/// id 1 to 255 characters of `A-Z a-z 0-9 . _ : -` (not `.` or `..`), as WorkOS's SDKs
/// require: an entry that is not is left out (and logged), so that it matches no rule, and
/// evaluation never fails.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EvaluationContext {
    targets: BTreeMap<String, String>,
}

impl EvaluationContext {
    /// A context with no target: only flags' defaults apply.
    pub fn new() -> Self {
        Self::default()
    }

    /// Evaluates for the user `id` (`user_...`).
    pub fn user(self, id: impl Into<String>) -> Self {
        self.target("user", id)
    }

    /// Evaluates for the organization `id` (`org_...`).
    pub fn organization(self, id: impl Into<String>) -> Self {
        self.target("organization", id)
    }

    /// Evaluates for the target `id` of `target_type`; a second id of the same type replaces
    /// the first.
    pub fn target(mut self, target_type: impl Into<String>, id: impl Into<String>) -> Self {
        let (target_type, id) = (target_type.into(), id.into());
        if !valid_type(&target_type) {
            tracing::warn!(target_type = %target_type.escape_default(), "ignoring an invalid target type in an evaluation context");
        } else if !valid_id(&id) {
            tracing::warn!(%target_type, "ignoring an invalid target id in an evaluation context");
        } else {
            self.targets.insert(target_type, id);
        }
        self
    }

    /// The id of `target_type`, if the context has one.
    pub fn id_of(&self, target_type: &str) -> Option<&str> {
        self.targets.get(target_type).map(String::as_str)
    }
}

/// `^[a-z][a-z0-9_-]{0,63}$`
fn valid_type(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|c| c.is_ascii_lowercase())
        && name.len() <= 64
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// `^[A-Za-z0-9._:-]{1,255}$`, and not `.` or `..`.
fn valid_id(id: &str) -> bool {
    (1..=255).contains(&id.len())
        && id != "."
        && id != ".."
        && id.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | ':' | '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invalid_types_and_ids_are_left_out() {
        let context = EvaluationContext::new()
            .user("user_01")
            .organization("org_01")
            .target("team-1_b", "a.b:c-d_e")
            .target("Team", "t_1")
            .target("1team", "t_1")
            .target("", "t_1")
            .target("t".repeat(65), "t_1")
            .target("plan", "")
            .target("plan", "..")
            .target("plan", "has space")
            .target("plan", "x".repeat(256))
            .target("region", "é");
        assert_eq!(context.id_of("user"), Some("user_01"));
        assert_eq!(context.id_of("organization"), Some("org_01"));
        assert_eq!(context.id_of("team-1_b"), Some("a.b:c-d_e"));
        assert_eq!(context.targets.len(), 3, "{context:?}");
        assert!(valid_type(&"t".repeat(64)) && valid_id(&"x".repeat(255)) && valid_id("..."));
    }

    #[test]
    fn a_later_id_of_a_type_replaces_the_earlier() {
        let context = EvaluationContext::new().user("user_1").user("user_2");
        assert_eq!(context.id_of("user"), Some("user_2"));
    }
}
