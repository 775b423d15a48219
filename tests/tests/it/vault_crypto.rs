//! Vault's local encryption against the local server, whose data keys are real (a fresh key,
//! encrypted under a key of the server's process): a ciphertext decrypts with the key Vault
//! gives back for the blob it carries, and nothing else opens it.

use serde_json::Value;
use workos::vault;
use workos::{ErrorKind, Rejection, Secret};

use crate::support::server_and_client;

const PLAINTEXT: &[u8] = "4111 1111 1111 1111 – card of customer 42".as_bytes();

fn body(request: &workos_test_server::RecordedRequest) -> Value {
    serde_json::from_slice(&request.body).unwrap()
}

#[tokio::test]
async fn a_ciphertext_round_trips_through_vault_and_the_data_never_leaves() {
    let (server, workos) = server_and_client().await;
    let vault = workos.vault();
    for associated in [None, Some(&b"customer_42"[..])] {
        let sealed = vault.encrypt(PLAINTEXT, [("organization_id", "org_1")], associated).await.unwrap();
        assert_eq!(vault.decrypt(&sealed, associated).await.unwrap(), PLAINTEXT);

        // Vault made the key for the context, and decrypted the blob the ciphertext carries.
        let created = server.requests_for("create_vault_data_key").pop().unwrap();
        assert_eq!(body(&created)["context"]["organization_id"], "org_1");
        let decrypted = server.requests_for("decrypt_vault_data_key").pop().unwrap();
        assert_eq!(body(&decrypted)["keys"], vault::encrypted_data_key(&sealed).unwrap());
    }
    let plaintext = String::from_utf8_lossy(PLAINTEXT);
    for request in server.requests() {
        assert!(!String::from_utf8_lossy(&request.body).contains(&*plaintext), "{}", request.path);
        assert!(!request.path.contains("card"));
    }
}

#[tokio::test]
async fn each_encryption_has_its_own_data_key_and_the_local_half_works_alone() {
    let (_server, workos) = server_and_client().await;
    let vault = workos.vault();
    let a = vault.encrypt(PLAINTEXT, [("organization_id", "org_1")], None).await.unwrap();
    let b = vault.encrypt(PLAINTEXT, [("organization_id", "org_1")], None).await.unwrap();
    assert_ne!(vault::encrypted_data_key(&a).unwrap(), vault::encrypted_data_key(&b).unwrap());

    // A key fetched once seals and opens without another request.
    let pair = vault
        .create_data_key(&workos::types::CreateDataKey::new([("team".to_owned(), "t_1".to_owned())].into()))
        .await
        .unwrap();
    let (key, keys) = (pair.data_key.unwrap(), pair.encrypted_keys.unwrap());
    let sealed = vault::seal(&key, &keys, PLAINTEXT, Some(b"row 7")).unwrap();
    assert_eq!(vault::open(&key, &sealed, Some(b"row 7")).unwrap(), PLAINTEXT);
    // ...and the result is a ciphertext like any other: Vault decrypts its key.
    assert_eq!(vault.decrypt(&sealed, Some(b"row 7")).await.unwrap(), PLAINTEXT);
}

#[tokio::test]
async fn a_tampered_ciphertext_or_other_associated_data_is_refused() {
    use base64::Engine;
    let engine = base64::engine::general_purpose::STANDARD;
    let (server, workos) = server_and_client().await;
    let vault = workos.vault();
    let sealed = vault.encrypt(PLAINTEXT, [("organization_id", "org_1")], Some(b"aad")).await.unwrap();
    let bytes = engine.decode(&sealed).unwrap();

    // The nonce, the tag, the last byte of the data: each refused, and no plaintext returned.
    for index in [0, 11, 12, 27, bytes.len() - 1] {
        let mut altered = bytes.clone();
        altered[index] ^= 0x80;
        let error = vault.decrypt(&engine.encode(&altered), Some(b"aad")).await.unwrap_err();
        assert_eq!(error.rejection(), Some(Rejection::TamperedCiphertext), "byte {index}");
        assert_eq!(error.kind(), ErrorKind::InvalidCiphertext);
    }
    for associated in [None, Some(&b"AAD"[..])] {
        let error = vault.decrypt(&sealed, associated).await.unwrap_err();
        assert_eq!(error.rejection(), Some(Rejection::TamperedCiphertext), "{associated:?}");
    }

    // An altered data key: Vault refuses it.
    let keys = engine.decode(vault::encrypted_data_key(&sealed).unwrap()).unwrap();
    let mut altered = bytes.clone();
    let last_key_byte = 28 + 1 + keys.len() - 1;
    assert!(keys.len() < 128, "one byte of length prefix");
    altered[last_key_byte] ^= 0x01;
    let error = vault.decrypt(&engine.encode(&altered), Some(b"aad")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::BadRequest, "{error}");

    // Not a ciphertext at all: refused before any request.
    server.clear_requests();
    for text in ["", "hello", &engine.encode(&bytes[..20]), &sealed[..sealed.len() / 2]] {
        let error = vault.decrypt(text, None).await.unwrap_err();
        assert_eq!(error.rejection(), Some(Rejection::MalformedCiphertext), "{text:?}");
    }
    assert!(server.requests().is_empty(), "a malformed ciphertext made a request");
}

#[tokio::test]
async fn a_data_key_vault_answers_badly_fails_the_call_without_showing_it() {
    let (server, workos) = server_and_client().await;
    let weak = "c2hvcnQga2V5"; // "short key": not 128 or 256 bits
    server.inject(
        "create_vault_data_key",
        workos_test_server::Fault::status(200).body(format!(
            r#"{{"id":"data_key_1","data_key":"{weak}","encrypted_keys":"a2V5cw==","context":{{}}}}"#
        )),
    );
    let error = workos.vault().encrypt(PLAINTEXT, [("organization_id", "org_1")], None).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    assert!(!format!("{error} {error:?}").contains(weak));
    // A key of the right size but no encrypted form beside it cannot make a ciphertext.
    server.inject(
        "create_vault_data_key",
        workos_test_server::Fault::status(200).body(
            r#"{"id":"data_key_1","data_key":"AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=","context":{}}"#,
        ),
    );
    let error = workos.vault().encrypt(PLAINTEXT, [("organization_id", "org_1")], None).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
}

/// A ciphertext made by WorkOS's Node SDK 12.3.0 (`vault.encrypt`, with a data key of known
/// value answered by a stub server; `tests/node/vault-check.mjs vector` makes it), opened here.
#[test]
fn a_ciphertext_of_workos_node_sdk_opens() {
    let vector: Value = serde_json::from_str(include_str!("../../node/vault-vector.json")).unwrap();
    let text = |name: &str| vector[name].as_str().unwrap().to_owned();
    let key = Secret::new(text("data_key"));
    let associated = text("associated_data");
    let opened = vault::open(&key, &text("ciphertext"), Some(associated.as_bytes())).unwrap();
    assert_eq!(opened, text("plaintext").as_bytes());
    assert_eq!(vault::encrypted_data_key(&text("ciphertext")).unwrap(), text("encrypted_keys"));
    let error = vault::open(&key, &text("ciphertext"), None).unwrap_err();
    assert_eq!(error.rejection(), Some(Rejection::TamperedCiphertext));
}
