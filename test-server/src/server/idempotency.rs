//! `Idempotency-Key`, as WorkOS honours it on the operations whose description says so: the
//! first answer to a key is kept, and a later request with the same key and the same body gets
//! that answer again instead of having its effect a second time.
//!
//! A key reused with another body (or for another operation) is answered `400`: WorkOS's
//! reference does not say what it answers then, and a server that replayed the first answer
//! would hide a caller's bug. Keys are kept per API key, at most [`MAX_KEYS`] of them (the oldest
//! forgotten first), and each answer's body is bounded by the server's body limit, so a client
//! sending fresh keys cannot grow the server without bound. WorkOS forgets a key after 24 hours;
//! a test server does not live that long.

use std::collections::{HashMap, VecDeque};

use super::answer::Answer;

/// How many keys the server remembers; past that, the oldest are forgotten.
pub(crate) const MAX_KEYS: usize = 10_000;

/// What a key was first used for, and what it was answered.
struct Kept {
    fingerprint: [u8; 32],
    answer: Answer,
}

/// The keys a server has answered, oldest first.
#[derive(Default)]
pub(crate) struct Replays {
    kept: HashMap<(String, String), Kept>,
    order: VecDeque<(String, String)>,
}

/// The request a key is tied to: its operation and its body, hashed.
pub(crate) fn fingerprint(operation: &str, body: &[u8]) -> [u8; 32] {
    let mut context = ring::digest::Context::new(&ring::digest::SHA256);
    context.update(operation.as_bytes());
    context.update(&[0]);
    context.update(body);
    context.finish().as_ref().try_into().expect("SHA-256 is 32 bytes")
}

impl Replays {
    /// The answer for `key` (sent with credential `scope`), working it out with `answer` the
    /// first time; `answer` runs under the caller's lock on `self`, so two requests racing
    /// with one key still have one effect.
    pub(crate) fn answer(
        &mut self,
        scope: &str,
        key: &str,
        fingerprint: [u8; 32],
        answer: impl FnOnce() -> Answer,
    ) -> Answer {
        let slot = (scope.to_owned(), key.to_owned());
        if let Some(kept) = self.kept.get(&slot) {
            if kept.fingerprint == fingerprint {
                return kept.answer.clone();
            }
            return Answer::error(
                400,
                "idempotency_key_reused",
                "this Idempotency-Key was already used for a different request",
            );
        }
        let answer = answer();
        // A failure of the server's own (5xx) or a rate limit did nothing: the key stays free
        // for the retry that follows, as it would be after an injected fault.
        if answer.status >= 500 || answer.status == 429 {
            return answer;
        }
        if self.order.len() >= MAX_KEYS
            && let Some(oldest) = self.order.pop_front()
        {
            self.kept.remove(&oldest);
        }
        self.order.push_back(slot.clone());
        self.kept.insert(slot, Kept { fingerprint, answer: answer.clone() });
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn created(n: u16) -> Answer {
        Answer::json(201, &serde_json::json!({ "n": n }))
    }

    #[test]
    fn a_key_replays_its_first_answer_and_refuses_another_body() {
        let mut replays = Replays::default();
        let first = fingerprint("op", b"{\"a\":1}");
        assert_eq!(replays.answer("sk", "k", first, || created(1)).body, created(1).body);
        let replayed = replays.answer("sk", "k", first, || unreachable!("a kept key is not answered again"));
        assert_eq!(replayed.body, created(1).body);
        let other = replays.answer("sk", "k", fingerprint("op", b"{\"a\":2}"), || created(2));
        assert_eq!(other.status, 400);
        // Another credential's key of the same name is its own.
        assert_eq!(replays.answer("sk2", "k", first, || created(3)).body, created(3).body);
    }

    #[test]
    fn a_failed_answer_leaves_the_key_free_and_old_keys_are_forgotten() {
        let mut replays = Replays::default();
        let print = fingerprint("op", b"");
        assert_eq!(replays.answer("sk", "k", print, || Answer::error(503, "down", "down")).status, 503);
        assert_eq!(replays.answer("sk", "k", print, || created(1)).status, 201);
        for n in 0..MAX_KEYS {
            replays.answer("sk", &n.to_string(), print, || created(2));
        }
        assert_eq!(replays.kept.len(), MAX_KEYS);
        assert_eq!(replays.answer("sk", "k", print, || created(4)).body, created(4).body, "forgotten");
    }
}
