//! Evaluating flags from a payload: the rules WorkOS's runtime payload (version 2) carries,
//! read the way WorkOS's SDKs read them.
//!
//! A flag that is off gives its `off_value`. One that is on gives the value of its first rule
//! whose conditions all match, else its `default_value`. Only rules of kind `conditions` with
//! at least one condition are evaluated, and only the `one_of` operator: a condition matches
//! when the context has an id for its target type and that id is one of its values. A value
//! that is not a boolean gives the caller's default, as does a flag the payload lacks.
//!
//! One difference from WorkOS's Node SDK, in payloads WorkOS does not send: a condition's
//! `target_type` or a rule's `conditions` given as `null` reads here as absent (the condition
//! never matches, the rule is skipped), where Node refuses the whole payload.

use std::collections::BTreeMap;

use serde_json::Value;

use super::context::EvaluationContext;
use crate::types::FeatureFlagsRuntimePayload;

/// The payload format this evaluator reads.
pub(crate) const PAYLOAD_VERSION: i64 = 2;

/// A payload checked whole: it is used only if every flag in it reads.
#[derive(Debug, Clone)]
pub(crate) struct Snapshot {
    flags: BTreeMap<String, Flag>,
}

#[derive(Debug, Clone)]
struct Flag {
    enabled: bool,
    default_value: Value,
    off_value: Value,
    rules: Vec<Rule>,
}

#[derive(Debug, Clone)]
struct Rule {
    /// Of kind `conditions`, with at least one condition: the only rules evaluated.
    evaluated: bool,
    value: Value,
    conditions: Vec<Condition>,
}

#[derive(Debug, Clone)]
enum Condition {
    /// `one_of` with a target type: matches an id of `target_type` among `values`.
    OneOf { target_type: String, values: Vec<Value> },
    /// Any other operator, or `one_of` without a target type: never matches.
    Never,
}

/// Why a payload is not used (the last good one stays).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Unreadable(pub(crate) String);

impl std::fmt::Display for Unreadable {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "the feature-flag payload is not one this SDK reads: {}", self.0)
    }
}

impl std::error::Error for Unreadable {}

impl Snapshot {
    /// The payload, if it is one this SDK reads: version 2, and every `one_of` condition with
    /// its values as an array. One flag that does not read refuses the whole payload, so that
    /// flags are never evaluated from half of one.
    pub(crate) fn read(payload: &FeatureFlagsRuntimePayload) -> Result<Snapshot, Unreadable> {
        if payload.version != PAYLOAD_VERSION {
            return Err(Unreadable(format!(
                "the payload is version {}; this SDK reads version {PAYLOAD_VERSION}",
                payload.version
            )));
        }
        let mut flags = BTreeMap::new();
        for (slug, flag) in &payload.flags {
            let mut rules = Vec::with_capacity(flag.rules.len());
            for rule in &flag.rules {
                let mut conditions = Vec::with_capacity(rule.conditions.len());
                for condition in &rule.conditions {
                    let values = condition.values.as_ref().and_then(Value::as_array);
                    conditions.push(match (condition.operator.as_str(), &condition.target_type, values) {
                        ("one_of", _, None) => {
                            return Err(Unreadable(format!(
                                "a `one_of` condition of flag `{}` has no array of values",
                                slug.escape_default()
                            )));
                        }
                        ("one_of", Some(target_type), Some(values)) if !target_type.is_empty() => {
                            Condition::OneOf { target_type: target_type.clone(), values: values.clone() }
                        }
                        _ => Condition::Never,
                    });
                }
                rules.push(Rule {
                    evaluated: rule.kind == "conditions" && !conditions.is_empty(),
                    value: rule.value.clone(),
                    conditions,
                });
            }
            let flag = Flag {
                enabled: flag.enabled,
                default_value: flag.default_value.clone(),
                off_value: flag.off_value.clone(),
                rules,
            };
            flags.insert(slug.clone(), flag);
        }
        Ok(Snapshot { flags })
    }

    /// How many flags the payload holds.
    pub(crate) fn len(&self) -> usize {
        self.flags.len()
    }

    /// Whether flag `slug` is on for `context`; `default` when the payload lacks it or its
    /// value is not a boolean.
    pub(crate) fn is_enabled(&self, slug: &str, context: &EvaluationContext, default: bool) -> bool {
        match self.flags.get(slug) {
            Some(flag) => evaluate(flag, context, default),
            None => default,
        }
    }

    /// Every flag of the payload for `context`, a non-boolean value reading as `false`.
    pub(crate) fn all(&self, context: &EvaluationContext) -> BTreeMap<String, bool> {
        self.flags.iter().map(|(slug, flag)| (slug.clone(), evaluate(flag, context, false))).collect()
    }
}

fn evaluate(flag: &Flag, context: &EvaluationContext, default: bool) -> bool {
    if !flag.enabled {
        return served(&flag.off_value, default);
    }
    for rule in flag.rules.iter().filter(|rule| rule.evaluated) {
        let matches = rule.conditions.iter().all(|condition| match condition {
            Condition::OneOf { target_type, values } => context
                .id_of(target_type)
                .is_some_and(|id| values.iter().any(|value| value.as_str() == Some(id))),
            Condition::Never => false,
        });
        if matches {
            return served(&rule.value, default);
        }
    }
    served(&flag.default_value, default)
}

fn served(value: &Value, default: bool) -> bool {
    value.as_bool().unwrap_or(default)
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;

    fn snapshot(flags: Value) -> Result<Snapshot, Unreadable> {
        let payload: FeatureFlagsRuntimePayload =
            serde_json::from_value(json!({ "version": 2, "flags": flags })).unwrap();
        Snapshot::read(&payload)
    }

    fn flag(enabled: bool, default_value: Value, off_value: Value, rules: Value) -> Value {
        json!({ "slug": "f", "enabled": enabled, "default_value": default_value, "off_value": off_value, "rules": rules })
    }

    fn one_of(target_type: &str, values: Value) -> Value {
        json!({ "operator": "one_of", "target_type": target_type, "values": values })
    }

    fn rule(value: Value, conditions: Value) -> Value {
        json!({ "id": "rule", "kind": "conditions", "value": value, "conditions": conditions })
    }

    /// The evaluation table: each row a flag, a context, the caller's default, and the answer
    /// the rules give, with why.
    #[test]
    fn the_evaluation_table() {
        let user = || EvaluationContext::new().user("user_1");
        let member = || EvaluationContext::new().user("user_1").organization("org_1");
        let nobody = EvaluationContext::new;
        let org_rule = rule(json!(true), json!([one_of("organization", json!(["org_1", "org_2"]))]));
        let table: Vec<(&str, Value, EvaluationContext, bool, bool)> = vec![
            (
                "off gives off_value",
                flag(false, json!(true), json!(false), json!([org_rule.clone()])),
                member(),
                true,
                false,
            ),
            (
                "off with a non-boolean off_value gives the default",
                flag(false, json!(true), json!(null), json!([])),
                member(),
                true,
                true,
            ),
            (
                "on without rules gives default_value",
                flag(true, json!(true), json!(false), json!([])),
                nobody(),
                false,
                true,
            ),
            (
                "a matching rule gives its value",
                flag(true, json!(false), json!(false), json!([org_rule.clone()])),
                member(),
                false,
                true,
            ),
            (
                "a rule that does not match falls through",
                flag(true, json!(false), json!(false), json!([org_rule.clone()])),
                user(),
                true,
                false,
            ),
            (
                "the first matching rule decides",
                flag(
                    true,
                    json!(true),
                    json!(false),
                    json!(
                        [rule(json!(false), json!([one_of("user", json!(["user_1"]))])), org_rule.clone(),]
                    ),
                ),
                member(),
                true,
                false,
            ),
            (
                "every condition must match",
                flag(
                    true,
                    json!(false),
                    json!(false),
                    json!([rule(
                        json!(true),
                        json!([one_of("user", json!(["user_1"])), one_of("organization", json!(["org_9"])),])
                    )]),
                ),
                member(),
                false,
                false,
            ),
            (
                "a custom target type matches like the others",
                flag(
                    true,
                    json!(false),
                    json!(false),
                    json!([rule(json!(true), json!([one_of("team", json!(["team_7"]))])),]),
                ),
                EvaluationContext::new().target("team", "team_7"),
                false,
                true,
            ),
            (
                "a rule without conditions is skipped",
                flag(true, json!(false), json!(false), json!([rule(json!(true), json!([]))])),
                member(),
                false,
                false,
            ),
            (
                "a rule of another kind is skipped",
                flag(
                    true,
                    json!(false),
                    json!(false),
                    json!([
                        { "id": "r", "kind": "percentage", "value": true, "conditions": [one_of("user", json!(["user_1"]))] },
                    ]),
                ),
                member(),
                false,
                false,
            ),
            (
                "another operator never matches",
                flag(
                    true,
                    json!(false),
                    json!(false),
                    json!([rule(
                        json!(true),
                        json!([
                            { "operator": "none_of", "target_type": "user", "values": ["user_2"] },
                        ])
                    )]),
                ),
                member(),
                false,
                false,
            ),
            (
                "one_of without a target type never matches",
                flag(
                    true,
                    json!(false),
                    json!(false),
                    json!([rule(
                        json!(true),
                        json!([
                            { "operator": "one_of", "values": ["user_1"] },
                        ])
                    )]),
                ),
                member(),
                false,
                false,
            ),
            (
                "values are compared as strings, exactly",
                flag(
                    true,
                    json!(false),
                    json!(false),
                    json!([rule(
                        json!(true),
                        json!([one_of("user", json!([1, "USER_1", null, {"id": "user_1"}])),])
                    )]),
                ),
                user(),
                false,
                false,
            ),
            (
                "a non-boolean rule value gives the default",
                flag(
                    true,
                    json!(false),
                    json!(false),
                    json!([rule(json!("yes"), json!([one_of("user", json!(["user_1"]))])),]),
                ),
                user(),
                true,
                true,
            ),
            (
                "a non-boolean default_value gives the default",
                flag(true, json!(1), json!(false), json!([])),
                user(),
                true,
                true,
            ),
        ];
        for (why, entry, context, default, expected) in table {
            let snapshot = snapshot(json!({ "f": entry })).unwrap();
            assert_eq!(snapshot.is_enabled("f", &context, default), expected, "{why}");
        }
    }

    #[test]
    fn a_missing_flag_gives_the_default_and_all_flags_default_to_false() {
        let snapshot = snapshot(json!({
            "on": flag(true, json!(true), json!(false), json!([])),
            "odd": flag(true, json!("maybe"), json!(false), json!([])),
        }))
        .unwrap();
        let context = EvaluationContext::new();
        assert!(snapshot.is_enabled("missing", &context, true));
        assert!(!snapshot.is_enabled("missing", &context, false));
        assert_eq!(
            snapshot.all(&context),
            BTreeMap::from([("odd".to_owned(), false), ("on".to_owned(), true)])
        );
    }

    #[test]
    fn a_payload_of_another_version_or_with_unreadable_conditions_is_refused_whole() {
        let payload: FeatureFlagsRuntimePayload =
            serde_json::from_value(json!({ "version": 1, "flags": {} })).unwrap();
        assert!(Snapshot::read(&payload).is_err());
        let bad = snapshot(json!({
            "good": flag(true, json!(true), json!(false), json!([])),
            "bad": flag(true, json!(true), json!(false), json!([rule(json!(true), json!([
                { "operator": "one_of", "target_type": "user", "values": "user_1" },
            ]))])),
        }));
        assert!(bad.is_err(), "one flag that does not read refuses the payload");
    }
}
