//! Vault's local encryption: data encrypted and decrypted in this process, with a data key
//! from Vault, so that the data itself never travels to WorkOS.
//!
//! [`Vault::encrypt`](crate::handles::Vault::encrypt) asks Vault for a data key bound to a key
//! context (`POST /vault/v1/keys/data-key`), encrypts with it here (AES-GCM, a random nonce,
//! optional associated data), and returns one base64 text that carries the encrypted data
//! key beside the data. [`Vault::decrypt`](crate::handles::Vault::decrypt) reads that key back
//! out, has Vault decrypt it (`POST /vault/v1/keys/decrypt`), and opens the data here. The
//! format is the one WorkOS's Node, Python and Rust SDKs write (see `envelope.rs`): a text
//! encrypted by any of them decrypts with this crate, and the reverse, which `.ci/run`
//! checks against WorkOS's Node SDK.
//!
//! ```no_run
//! # async fn demo(workos: workos::Workos) -> Result<(), workos::Error> {
//! let context = [("organization_id", "org_01K8ZYT4AWJ6XP0E0S8CTBHE3P")];
//! let sealed = workos.vault().encrypt(b"4111 1111 1111 1111", context, Some(b"customer_42")).await?;
//! let opened = workos.vault().decrypt(&sealed, Some(b"customer_42")).await?;
//! assert_eq!(opened, b"4111 1111 1111 1111");
//! # Ok(()) }
//! ```
//!
//! [`seal`] and [`open`] do the local half alone, for a data key you already hold (one
//! fetched once and reused for many values, say); [`encrypted_data_key`] reads the key a
//! ciphertext carries, to have Vault decrypt it.
//!
//! A ciphertext that is not in the format is refused with [`Rejection::MalformedCiphertext`];
//! one that was altered, or is opened with another key or other associated data, with
//! [`Rejection::TamperedCiphertext`]; both before any plaintext is returned, and the first
//! before any request. Data keys are AES-256 (or AES-128) keys, never logged.

mod envelope;
mod leb128;

use std::collections::BTreeMap;

use base64::Engine;
use ring::aead::{AES_128_GCM, AES_256_GCM, Aad, LessSafeKey, Nonce, Tag, UnboundKey};
use ring::rand::{SecureRandom, SystemRandom};

use crate::Secret;
use crate::error::{Error, ErrorKind, Rejection, Result};
use crate::types::{CreateDataKey, DecryptDataKey};
use envelope::{BASE64, Envelope, NONCE_LEN};

/// A data key Vault answered with that is not one: not base64, or not 128 or 256 bits.
#[derive(Debug)]
struct BadDataKey(&'static str);

impl std::fmt::Display for BadDataKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for BadDataKey {}

/// The AES-GCM key of a data key given as base64 (as Vault returns it).
fn cipher_key(data_key: &Secret) -> Result<LessSafeKey> {
    let bad = |why| Error::transport(ErrorKind::Decode, BadDataKey(why));
    let mut bytes = BASE64.decode(data_key.expose().trim()).map_err(|_| bad("the data key is not base64"))?;
    let algorithm = match bytes.len() {
        32 => &AES_256_GCM,
        16 => &AES_128_GCM,
        _ => return Err(bad("the data key is not a 128- or 256-bit AES key")),
    };
    let key = UnboundKey::new(algorithm, &bytes).map_err(|_| bad("the data key is not an AES key"));
    // The decoded copy goes as soon as ring holds the key.
    bytes.fill(0);
    key.map(LessSafeKey::new)
}

/// Encrypts `plaintext` with `data_key` (base64, as Vault returns it) and returns the
/// ciphertext, which carries `encrypted_data_key` (base64, as Vault returns it beside the
/// key). `associated_data`, when given, must be given again to decrypt; it is not stored.
/// Makes no request.
pub fn seal(
    data_key: &Secret,
    encrypted_data_key: &str,
    plaintext: &[u8],
    associated_data: Option<&[u8]>,
) -> Result<String> {
    let key = cipher_key(data_key)?;
    let keys =
        BASE64.decode(encrypted_data_key.trim()).ok().filter(|keys| !keys.is_empty()).ok_or_else(|| {
            Error::transport(ErrorKind::Decode, BadDataKey("the encrypted data key is not base64, or empty"))
        })?;
    if u32::try_from(keys.len()).is_err() {
        return Err(Error::invalid_request("the encrypted data key is longer than 4 GiB"));
    }
    let mut nonce = [0; NONCE_LEN];
    SystemRandom::new()
        .fill(&mut nonce)
        .map_err(|_| Error::config("the system's random number generator failed"))?;
    let mut ciphertext = plaintext.to_vec();
    let tag = key
        .seal_in_place_separate_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(associated_data.unwrap_or_default()),
            &mut ciphertext,
        )
        .map_err(|_| Error::invalid_request("the plaintext is too long for AES-GCM"))?;
    let mut tag_bytes = [0; envelope::TAG_LEN];
    tag_bytes.copy_from_slice(tag.as_ref());
    Ok(Envelope { nonce, tag: tag_bytes, keys, ciphertext }.to_base64())
}

/// Decrypts `ciphertext` with `data_key` (base64, as Vault returns it), the key that
/// [`encrypted_data_key`] names. Makes no request.
pub fn open(data_key: &Secret, ciphertext: &str, associated_data: Option<&[u8]>) -> Result<Vec<u8>> {
    let envelope = Envelope::parse(ciphertext)?;
    let key = cipher_key(data_key)?;
    open_envelope(&key, envelope, associated_data)
}

fn open_envelope(key: &LessSafeKey, envelope: Envelope, associated_data: Option<&[u8]>) -> Result<Vec<u8>> {
    let Envelope { nonce, tag, mut ciphertext, .. } = envelope;
    let tampered = || {
        Error::rejected(
            Rejection::TamperedCiphertext,
            "the ciphertext does not open: it was altered, or the key or the associated data differ",
        )
    };
    let tag = Tag::try_from(&tag[..]).map_err(|_| tampered())?;
    key.open_in_place_separate_tag(
        Nonce::assume_unique_for_key(nonce),
        Aad::from(associated_data.unwrap_or_default()),
        tag,
        &mut ciphertext,
        0..,
    )
    .map_err(|_| tampered())?;
    Ok(ciphertext)
}

/// The encrypted data key `ciphertext` carries, base64: what Vault's decrypt call
/// (`vault().decrypt_data_key`) takes. Makes no request.
pub fn encrypted_data_key(ciphertext: &str) -> Result<String> {
    Envelope::parse(ciphertext).map(|envelope| envelope.keys_base64())
}

impl crate::handles::Vault<'_> {
    /// Encrypts `plaintext` locally with a new data key that Vault makes for `key_context`
    /// (such as `[("organization_id", "org_...")]`), and returns the ciphertext, which
    /// carries the encrypted data key. `associated_data`, when given, is authenticated with
    /// the data but not stored: [`decrypt`](Self::decrypt) needs it again. One request, to
    /// `POST /vault/v1/keys/data-key`; the plaintext never leaves this process.
    pub async fn encrypt<K, V>(
        &self,
        plaintext: impl AsRef<[u8]>,
        key_context: impl IntoIterator<Item = (K, V)>,
        associated_data: Option<&[u8]>,
    ) -> Result<String>
    where
        K: Into<String>,
        V: Into<String>,
    {
        let context: BTreeMap<String, String> =
            key_context.into_iter().map(|(k, v)| (k.into(), v.into())).collect();
        let pair = self.create_data_key(&CreateDataKey::new(context)).await?;
        let (Some(data_key), Some(encrypted)) = (pair.data_key, pair.encrypted_keys) else {
            return Err(Error::transport(
                ErrorKind::Decode,
                BadDataKey("Vault answered without the data key or its encrypted form"),
            )
            .with_operation(workos_api::operations::CREATE_VAULT_DATA_KEY.id, 1));
        };
        seal(&data_key, &encrypted, plaintext.as_ref(), associated_data)
    }

    /// Decrypts a ciphertext of [`encrypt`](Self::encrypt) (or of WorkOS's other SDKs):
    /// Vault decrypts the data key it carries (`POST /vault/v1/keys/decrypt`), and the data
    /// is opened locally. A ciphertext not in the format is refused before any request.
    pub async fn decrypt(&self, ciphertext: &str, associated_data: Option<&[u8]>) -> Result<Vec<u8>> {
        let envelope = Envelope::parse(ciphertext)?;
        let key = self.decrypt_data_key(&DecryptDataKey::new(envelope.keys_base64())).await?;
        let data_key = key.data_key.ok_or_else(|| {
            Error::transport(ErrorKind::Decode, BadDataKey("Vault answered without the data key"))
                .with_operation(workos_api::operations::DECRYPT_VAULT_DATA_KEY.id, 1)
        })?;
        open_envelope(&cipher_key(&data_key)?, envelope, associated_data)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> Secret {
        Secret::new(BASE64.encode([7u8; 32]))
    }

    const KEYS: &str = "V09TLkVLTS52MQBrZXk="; // any base64 stands for the encrypted key here

    #[test]
    fn a_sealed_text_opens_with_its_key_and_associated_data() {
        for associated in [None, Some(&b"customer_42"[..])] {
            let sealed = seal(&key(), KEYS, "héllo, vault".as_bytes(), associated).unwrap();
            assert_eq!(open(&key(), &sealed, associated).unwrap(), "héllo, vault".as_bytes());
            assert_eq!(encrypted_data_key(&sealed).unwrap(), KEYS);
        }
        // A 128-bit key works too, and an empty plaintext.
        let short = Secret::new(BASE64.encode([9u8; 16]));
        assert_eq!(open(&short, &seal(&short, KEYS, b"", None).unwrap(), None).unwrap(), b"");
    }

    #[test]
    fn each_seal_takes_a_fresh_nonce() {
        let (a, b) = (seal(&key(), KEYS, b"same", None).unwrap(), seal(&key(), KEYS, b"same", None).unwrap());
        assert_ne!(a, b);
    }

    #[test]
    fn a_changed_byte_key_or_associated_data_is_tampering() {
        let sealed = seal(&key(), KEYS, b"secret value", Some(b"aad")).unwrap();
        let bytes = BASE64.decode(&sealed).unwrap();
        let keys_len = BASE64.decode(KEYS).unwrap().len();
        // Every byte of the nonce, the tag and the data; the key's bytes travel to Vault.
        let data_start = 28 + 1 + keys_len;
        for index in (0..28).chain(data_start..bytes.len()) {
            let mut altered = bytes.clone();
            altered[index] ^= 0x01;
            let error = open(&key(), &BASE64.encode(&altered), Some(b"aad")).unwrap_err();
            assert_eq!(error.rejection(), Some(Rejection::TamperedCiphertext), "byte {index}");
            assert_eq!(error.kind(), ErrorKind::InvalidCiphertext);
        }
        let other = Secret::new(BASE64.encode([8u8; 32]));
        for (key, associated) in [(&other, Some(&b"aad"[..])), (&key(), Some(b"other")), (&key(), None)] {
            let error = open(key, &sealed, associated).unwrap_err();
            assert_eq!(error.rejection(), Some(Rejection::TamperedCiphertext));
        }
        // Cut short: the data is shorter than it was sealed.
        let cut = BASE64.encode(&bytes[..bytes.len() - 1]);
        assert_eq!(
            open(&key(), &cut, Some(b"aad")).unwrap_err().rejection(),
            Some(Rejection::TamperedCiphertext)
        );
    }

    #[test]
    fn a_key_that_is_not_one_is_refused_and_never_shown() {
        for bad in ["not base64!", "", &BASE64.encode([1u8; 24])] {
            let error = seal(&Secret::new(bad), KEYS, b"x", None).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::Decode, "{bad:?}");
        }
        let secret = BASE64.encode([5u8; 20]);
        let error = seal(&Secret::new(secret.clone()), KEYS, b"x", None).unwrap_err();
        assert!(!format!("{error} {error:?}").contains(&secret));
        assert_eq!(seal(&key(), "", b"x", None).unwrap_err().kind(), ErrorKind::Decode);
    }
}
