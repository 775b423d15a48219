//! The ciphertext format of Vault's local encryption, as WorkOS's SDKs write it: base64 of
//!
//! | bytes | what |
//! |---|---|
//! | 12 | the AES-GCM nonce (IV) |
//! | 16 | the AES-GCM tag |
//! | 1 to 5 | the length of the encrypted data key, LEB128 |
//! | that length | the encrypted data key, as Vault returned it (base64-decoded) |
//! | the rest | the AES-GCM ciphertext of the plaintext |
//!
//! The encrypted data key travels with the data, so that whoever holds the ciphertext asks
//! Vault to decrypt that key and needs nothing else.

use base64::Engine;
use base64::engine::{DecodePaddingMode, GeneralPurpose, GeneralPurposeConfig};

use super::leb128;
use crate::error::{Error, Rejection, Result};

/// Bytes of the AES-GCM nonce.
pub(crate) const NONCE_LEN: usize = 12;
/// Bytes of the AES-GCM tag.
pub(crate) const TAG_LEN: usize = 16;

/// Standard base64, written with padding and read with or without it, as browsers' `atob`
/// (which WorkOS's Node SDK uses) reads it.
pub(crate) const BASE64: GeneralPurpose = GeneralPurpose::new(
    &base64::alphabet::STANDARD,
    GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent),
);

/// A ciphertext taken apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Envelope {
    pub(crate) nonce: [u8; NONCE_LEN],
    pub(crate) tag: [u8; TAG_LEN],
    /// The encrypted data key, as bytes.
    pub(crate) keys: Vec<u8>,
    pub(crate) ciphertext: Vec<u8>,
}

fn malformed(why: &str) -> Error {
    Error::rejected(Rejection::MalformedCiphertext, format!("the ciphertext is not Vault's: {why}"))
}

impl Envelope {
    /// Reads a ciphertext. Checks the layout only; whether it opens is the key's business.
    pub(crate) fn parse(text: &str) -> Result<Envelope> {
        let bytes = BASE64.decode(text.trim()).map_err(|_| malformed("it is not base64"))?;
        let (head, rest) = bytes
            .split_at_checked(NONCE_LEN + TAG_LEN)
            .filter(|(_, rest)| !rest.is_empty())
            .ok_or_else(|| malformed("it is too short"))?;
        let (length, prefix) = leb128::decode(rest).map_err(|e| match e {
            leb128::Leb128Error::Truncated => malformed("the length of its data key is cut off"),
            leb128::Leb128Error::TooLarge => malformed("the length of its data key is not a 32-bit number"),
        })?;
        let rest = &rest[prefix..];
        let length = usize::try_from(length).unwrap_or(usize::MAX);
        let (keys, ciphertext) =
            rest.split_at_checked(length).ok_or_else(|| malformed("its data key is longer than it"))?;
        if keys.is_empty() {
            return Err(malformed("it carries no data key"));
        }
        let mut nonce = [0; NONCE_LEN];
        let mut tag = [0; TAG_LEN];
        nonce.copy_from_slice(&head[..NONCE_LEN]);
        tag.copy_from_slice(&head[NONCE_LEN..]);
        Ok(Envelope { nonce, tag, keys: keys.to_vec(), ciphertext: ciphertext.to_vec() })
    }

    /// The ciphertext as text.
    pub(crate) fn to_base64(&self) -> String {
        let length = u32::try_from(self.keys.len()).expect("an encrypted data key shorter than 4 GiB");
        let mut bytes = Vec::with_capacity(NONCE_LEN + TAG_LEN + 5 + self.keys.len() + self.ciphertext.len());
        bytes.extend_from_slice(&self.nonce);
        bytes.extend_from_slice(&self.tag);
        leb128::encode(length, &mut bytes);
        bytes.extend_from_slice(&self.keys);
        bytes.extend_from_slice(&self.ciphertext);
        BASE64.encode(bytes)
    }

    /// The encrypted data key, base64, as Vault's decrypt call takes it.
    pub(crate) fn keys_base64(&self) -> String {
        BASE64.encode(&self.keys)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn envelope() -> Envelope {
        Envelope {
            nonce: [1; NONCE_LEN],
            tag: [2; TAG_LEN],
            keys: vec![3; 200],
            ciphertext: b"sealed".to_vec(),
        }
    }

    #[test]
    fn a_ciphertext_reads_back_into_its_parts() {
        let text = envelope().to_base64();
        let bytes = BASE64.decode(&text).unwrap();
        // 200 needs two bytes of LEB128: 0xc8 0x01.
        assert_eq!(&bytes[28..30], [0xc8, 0x01]);
        assert_eq!(Envelope::parse(&text).unwrap(), envelope());
        // Without its padding and with surrounding whitespace, too.
        assert_eq!(Envelope::parse(&format!(" {}\n", text.trim_end_matches('='))).unwrap(), envelope());
    }

    #[test]
    fn anything_else_is_malformed_without_a_panic() {
        let good = BASE64.decode(envelope().to_base64()).unwrap();
        let mut cases: Vec<Vec<u8>> = (0..good.len().min(40)).map(|n| good[..n].to_vec()).collect();
        // A length beyond the data, one over 32 bits, and none at all.
        let mut long = good[..28].to_vec();
        long.extend_from_slice(&[0xff, 0xff, 0x03]);
        cases.push(long);
        let mut huge = good[..28].to_vec();
        huge.extend_from_slice(&[0xff, 0xff, 0xff, 0xff, 0x7f, 0x00]);
        cases.push(huge);
        let mut empty_key = good[..28].to_vec();
        empty_key.extend_from_slice(&[0x00, 1, 2, 3]);
        cases.push(empty_key);
        for bytes in cases {
            let error = Envelope::parse(&BASE64.encode(&bytes)).unwrap_err();
            assert_eq!(error.rejection(), Some(Rejection::MalformedCiphertext), "{bytes:?}");
        }
        for text in ["", "not base64!", "%%%%"] {
            let error = Envelope::parse(text).unwrap_err();
            assert_eq!(error.rejection(), Some(Rejection::MalformedCiphertext), "{text:?}");
        }
    }
}
