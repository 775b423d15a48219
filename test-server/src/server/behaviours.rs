//! The operations that do more than answer a generated object, and which module gives each
//! its behaviour: signed tokens and their key set (`tokens.rs`), authorization codes (`codes.rs`), Vault's data keys
//! (`vault.rs`). An operation with a behaviour of its own is added here, its work in a
//! module of its own.

use serde_json::Value;

use super::answer::Answer;
use super::spec::Route;
use super::state::State;
use super::tokens;
use super::vault;

/// The answer of an operation that answers something other than a generated object, given
/// its request body (checked against the spec); `None` for the others.
pub(crate) fn answer_instead(route: &Route, body: Option<&Value>) -> Option<Result<Value, Answer>> {
    match route.id.as_str() {
        "get_jwks" => Some(Ok(tokens::key_set())),
        // Only for a blob the server made; any other value gets the generated answer.
        "decrypt_vault_data_key" => vault::decrypt_data_key(body).map(|decrypted| {
            decrypted
                .ok_or_else(|| Answer::error(400, "invalid_keys", "the encrypted data key does not decrypt"))
        }),
        _ => None,
    }
}

/// Completes the generated object `value` an operation answers, where the operation does
/// more than return it (signs tokens, makes a key), given its request body; or the refusal
/// that answers instead (a code or refresh token the server issued that is spent or wrong).
pub(crate) fn complete(
    state: &State,
    route: &Route,
    body: Option<&Value>,
    value: &mut Value,
) -> Result<(), Answer> {
    match route.id.as_str() {
        "authenticate" => return tokens::complete_authentication(state, body, value),
        "create_vault_data_key" => vault::create_data_key(value),
        "mint_agent_token" => tokens::complete_agent_token(state, body, value),
        _ => {}
    }
    Ok(())
}
