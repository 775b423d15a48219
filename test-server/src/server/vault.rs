//! Vault's data keys, for real: `create_vault_data_key` answers a fresh random AES-256 key
//! and that key encrypted (under a key of this process, with the key's id), and
//! `decrypt_vault_data_key` gives the same key back for that blob (and refuses one that
//! was altered; any other value gets the generic answer every operation has). So code that encrypts
//! locally with Vault's data keys (WorkOS's SDKs, this workspace's `workos` crate) round-trips
//! against the server, across processes that share it, as it would against WorkOS.

use std::sync::OnceLock;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use ring::aead::{AES_256_GCM, Aad, LessSafeKey, NONCE_LEN, Nonce, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};
use serde_json::{Value, json};

/// What every blob starts with, so that one not made here is told apart at once.
const MAGIC: &[u8] = b"LOCAL.VAULT.v1";

/// The key that encrypts data keys: random per process, never written anywhere.
fn wrapping_key() -> &'static LessSafeKey {
    static KEY: OnceLock<LessSafeKey> = OnceLock::new();
    KEY.get_or_init(|| {
        let mut bytes = [0; 32];
        SystemRandom::new().fill(&mut bytes).expect("the system's random number generator");
        LessSafeKey::new(UnboundKey::new(&AES_256_GCM, &bytes).expect("a 256-bit key"))
    })
}

/// Fills a `create_vault_data_key` answer with a new key, its encrypted form and its id; the
/// context stays as the example and the request made it.
pub(crate) fn create_data_key(answer: &mut Value) {
    let random = SystemRandom::new();
    let mut key = [0; 32];
    let mut nonce = [0; NONCE_LEN];
    random.fill(&mut key).expect("the system's random number generator");
    random.fill(&mut nonce).expect("the system's random number generator");
    let id = answer["id"].as_str().unwrap_or("data_key_local").to_owned();

    let mut sealed = [key.as_slice(), id.as_bytes()].concat();
    wrapping_key()
        .seal_in_place_append_tag(Nonce::assume_unique_for_key(nonce), Aad::from(MAGIC), &mut sealed)
        .expect("sealing a data key");
    let blob = [MAGIC, &nonce, &sealed].concat();
    answer["data_key"] = json!(STANDARD.encode(key));
    answer["encrypted_keys"] = json!(STANDARD.encode(blob));
}

/// For a blob that starts as [`create_data_key`]'s do: the key and id it holds, or `None`
/// when it does not open (altered, or made by another process). `None` for any other value.
pub(crate) fn decrypt_data_key(request: Option<&Value>) -> Option<Option<Value>> {
    let blob = STANDARD.decode(request?["keys"].as_str()?).ok()?;
    let rest = blob.strip_prefix(MAGIC)?;
    let open = || {
        let (nonce, sealed) = rest.split_at_checked(NONCE_LEN)?;
        let nonce = Nonce::try_assume_unique_for_key(nonce).ok()?;
        let mut sealed = sealed.to_vec();
        let opened = wrapping_key().open_in_place(nonce, Aad::from(MAGIC), &mut sealed).ok()?;
        let (key, id) = opened.split_at_checked(32)?;
        Some(json!({ "data_key": STANDARD.encode(key), "id": String::from_utf8_lossy(id) }))
    };
    Some(open())
}
