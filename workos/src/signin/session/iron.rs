//! The `iron` sealing format (`Fe26.2`) of WorkOS's session cookies, as WorkOS's Node SDK and
//! AuthKit's JavaScript libraries write them, so that a Rust service and a JavaScript front
//! end can share one cookie.
//!
//! A seal is `Fe26.2*<password id>*<encryption salt>*<iv>*<ciphertext>*<expiration>*<mac
//! salt>*<mac>~2`: the JSON encrypted with AES-256-CBC under a key derived from the password
//! by PBKDF2 (HMAC-SHA1, one iteration, over a random hex salt), then authenticated with
//! HMAC-SHA256 under a second key derived the same way. Binary parts are unpadded base64url.
//! The trailing `~2` is the version of the cookie format.

use aes::cipher::{BlockDecryptMut, BlockEncryptMut, KeyIvInit, block_padding::Pkcs7};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ring::rand::SecureRandom;

use crate::error::{Error, Rejection, Result};

const PREFIX: &str = "Fe26.2";
const PASSWORD_ID: &str = "1";
const VERSION_SUFFIX: &str = "~2";
/// The shortest password iron accepts.
pub(crate) const MIN_PASSWORD_LENGTH: usize = 32;
/// How far in the past an expiration may lie before a seal is refused, as iron allows.
const SKEW_MS: u128 = 60_000;

type Encryptor = cbc::Encryptor<aes::Aes256>;
type Decryptor = cbc::Decryptor<aes::Aes256>;

fn random<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    ring::rand::SystemRandom::new()
        .fill(&mut bytes)
        .expect("the operating system's random number generator is available");
    bytes
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// PBKDF2-HMAC-SHA1, one iteration, 256-bit key: iron's key derivation.
fn derive(password: &str, salt: &str) -> [u8; 32] {
    let mut key = [0u8; 32];
    ring::pbkdf2::derive(
        ring::pbkdf2::PBKDF2_HMAC_SHA1,
        std::num::NonZeroU32::MIN,
        salt.as_bytes(),
        password.as_bytes(),
        &mut key,
    );
    key
}

fn check_password(password: &str) -> Result<()> {
    if password.len() < MIN_PASSWORD_LENGTH {
        return Err(Error::rejected(
            Rejection::PasswordTooShort,
            format!("the cookie password must be at least {MIN_PASSWORD_LENGTH} characters"),
        ));
    }
    Ok(())
}

/// Seals `json` under `password`, without an expiration (as WorkOS's SDKs do).
pub(crate) fn seal(json: &[u8], password: &str) -> Result<String> {
    check_password(password)?;
    let encryption_salt = hex(&random::<32>());
    let iv: [u8; 16] = random();
    let key = derive(password, &encryption_salt);
    let ciphertext = Encryptor::new(&key.into(), &iv.into()).encrypt_padded_vec_mut::<Pkcs7>(json);
    let base = format!(
        "{PREFIX}*{PASSWORD_ID}*{encryption_salt}*{}*{}*",
        URL_SAFE_NO_PAD.encode(iv),
        URL_SAFE_NO_PAD.encode(&ciphertext)
    );
    let mac_salt = hex(&random::<32>());
    let mac_key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &derive(password, &mac_salt));
    let mac = ring::hmac::sign(&mac_key, base.as_bytes());
    Ok(format!("{base}*{mac_salt}*{}{VERSION_SUFFIX}", URL_SAFE_NO_PAD.encode(mac.as_ref())))
}

fn malformed(why: &str) -> Error {
    Error::rejected(Rejection::MalformedSession, format!("the sealed session is malformed: {why}"))
}

/// What an unsealed value holds, and how to read it: cookies from before version 2 keep the
/// session under `persistent`.
#[derive(Debug)]
pub(crate) struct Unsealed {
    pub(crate) json: Vec<u8>,
    pub(crate) legacy: bool,
}

/// Opens a seal made with `password`, checking its integrity first.
pub(crate) fn unseal(sealed: &str, password: &str, now_ms: u128) -> Result<Unsealed> {
    check_password(password)?;
    let (body, version) = match sealed.split_once('~') {
        Some((body, version)) => (body, Some(version)),
        None => (sealed, None),
    };
    let legacy = match version {
        Some("2") => false,
        None => true,
        Some(v) if v.parse::<u32>().is_ok() => true,
        Some(_) => return Err(malformed("unknown version suffix")),
    };
    let parts: Vec<&str> = body.split('*').collect();
    let [prefix, password_id, encryption_salt, iv, ciphertext, expiration, mac_salt, mac] = parts[..] else {
        return Err(malformed("it does not have eight parts"));
    };
    if prefix != PREFIX {
        return Err(malformed("unknown prefix"));
    }
    if password_id != PASSWORD_ID && !password_id.is_empty() {
        return Err(Error::rejected(
            Rejection::TamperedSession,
            "the session was sealed with another password",
        ));
    }
    if !expiration.is_empty() {
        let at: u128 = expiration
            .parse()
            .ok()
            .filter(|_| !expiration.starts_with('0'))
            .ok_or_else(|| malformed("the expiration is not a number"))?;
        if at <= now_ms.saturating_sub(SKEW_MS) {
            return Err(Error::rejected(Rejection::ExpiredSession, "the sealed session has expired"));
        }
    }
    let base = format!("{prefix}*{password_id}*{encryption_salt}*{iv}*{ciphertext}*{expiration}");
    let mac = URL_SAFE_NO_PAD.decode(mac).map_err(|_| malformed("the integrity check is not base64url"))?;
    let mac_key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &derive(password, mac_salt));
    // Constant time: the comparison does not reveal how much of a forged seal was right.
    ring::hmac::verify(&mac_key, base.as_bytes(), &mac).map_err(|_| {
        Error::rejected(
            Rejection::TamperedSession,
            "the sealed session was altered or sealed with another password",
        )
    })?;
    let iv: [u8; 16] = URL_SAFE_NO_PAD
        .decode(iv)
        .ok()
        .and_then(|iv| iv.try_into().ok())
        .ok_or_else(|| malformed("the IV is not 16 bytes of base64url"))?;
    let ciphertext =
        URL_SAFE_NO_PAD.decode(ciphertext).map_err(|_| malformed("the ciphertext is not base64url"))?;
    let key = derive(password, encryption_salt);
    let json = Decryptor::new(&key.into(), &iv.into())
        .decrypt_padded_vec_mut::<Pkcs7>(&ciphertext)
        .map_err(|_| malformed("the ciphertext does not decrypt"))?;
    Ok(Unsealed { json, legacy })
}

#[cfg(test)]
mod tests {
    use super::*;

    const PASSWORD: &str = "a-cookie-password-of-at-least-32-chars";

    fn now() -> u128 {
        std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis()
    }

    #[test]
    fn round_trips() {
        let sealed = seal(br#"{"a":1}"#, PASSWORD).unwrap();
        assert!(sealed.starts_with("Fe26.2*1*") && sealed.ends_with("~2"), "{sealed}");
        assert_eq!(sealed.split('*').count(), 8);
        let opened = unseal(&sealed, PASSWORD, now()).unwrap();
        assert_eq!(opened.json, br#"{"a":1}"#);
        assert!(!opened.legacy);
    }

    #[test]
    fn refuses_a_short_password() {
        assert_eq!(seal(b"{}", "short").unwrap_err().rejection(), Some(Rejection::PasswordTooShort));
    }

    #[test]
    fn refuses_tampering_truncation_and_garbage_without_panicking() {
        let sealed = seal(br#"{"user":"ada"}"#, PASSWORD).unwrap();
        let tampered: String = sealed
            .char_indices()
            .map(|(i, c)| if i == sealed.len() / 2 { if c == 'A' { 'B' } else { 'A' } } else { c })
            .collect();
        assert_eq!(
            unseal(&tampered, PASSWORD, now()).unwrap_err().rejection(),
            Some(Rejection::TamperedSession)
        );
        assert_eq!(
            unseal(&sealed, "another-password-that-is-long-enough!!", now()).unwrap_err().rejection(),
            Some(Rejection::TamperedSession)
        );
        let rejection = |cut: usize| unseal(&sealed[..cut], PASSWORD, now()).unwrap_err().rejection();
        // Cut before the MAC, parts are missing; cut inside it, the MAC is short or not base64url.
        for cut in [0, 5, 20, sealed.len() / 2] {
            assert_eq!(rejection(cut), Some(Rejection::MalformedSession), "cut at {cut}");
        }
        for cut in [sealed.len() - 3, sealed.len() - 5] {
            assert!(
                matches!(rejection(cut), Some(Rejection::MalformedSession | Rejection::TamperedSession)),
                "cut at {cut}"
            );
        }
        assert_eq!(rejection(sealed.len() - 1), Some(Rejection::MalformedSession), "a `~` without a version");
        for garbage in [
            "",
            "~",
            "Fe26.2",
            "********",
            "Fe26.2*1*x*y*z**a*b~2",
            "Fe26.2*1*a*b*c*d*e*f~9x",
            "\u{1F600}*****",
        ] {
            assert!(unseal(garbage, PASSWORD, now()).is_err(), "{garbage:?}");
        }
    }

    #[test]
    fn honours_an_expiration() {
        // A seal whose expiration is in the past is refused even though its MAC is valid.
        let sealed = seal(b"{}", PASSWORD).unwrap();
        let body = sealed.trim_end_matches("~2");
        let parts: Vec<&str> = body.split('*').collect();
        let base = format!("{}*{}*{}*{}*{}*{}", parts[0], parts[1], parts[2], parts[3], parts[4], "1000");
        let mac_key = ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &derive(PASSWORD, parts[6]));
        let mac = URL_SAFE_NO_PAD.encode(ring::hmac::sign(&mac_key, base.as_bytes()).as_ref());
        let expired = format!("{base}*{}*{mac}~2", parts[6]);
        assert_eq!(
            unseal(&expired, PASSWORD, now()).unwrap_err().rejection(),
            Some(Rejection::ExpiredSession)
        );
        assert!(unseal(&expired, PASSWORD, 1000).is_ok());
    }
}
