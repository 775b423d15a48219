//! Writes WorkOS documents as honouring `Idempotency-Key`, retried with one key per call
//! against the local server, which honours the key as WorkOS does: a repeat gets the first
//! answer, not a second effect. Writes without the header are not repeated once sent.

use workos::ErrorKind;
use workos::types::{AddApiKeyConnectedAccount, CreateOrganization};
use workos_test_server::{Fault, TestServer};

use crate::support::quick_client;

const ACCOUNTS: &str = "/data-integrations/slack/api-key";

fn account() -> AddApiKeyConnectedAccount {
    AddApiKeyConnectedAccount::new("user_01".into(), workos::Secret::new("xoxb-secret"))
}

#[tokio::test]
async fn a_503_then_success_creates_once() {
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    server.inject("add_api_key_connected_account", Fault::status(503));

    let created = workos.pipes().add_api_key_account("slack", &account(), None).await.unwrap();

    let sent = server.requests_for("add_api_key_connected_account");
    let statuses: Vec<u16> = sent.iter().map(|r| r.status).collect();
    assert_eq!(statuses, [503, 201], "the 503 is retried like a read");
    assert_eq!(sent[0].header("idempotency-key"), sent[1].header("idempotency-key"));
    let stored = server.created(ACCOUNTS);
    assert_eq!(stored.len(), 1, "one account created");
    assert_eq!(stored[0]["id"], created.id.as_str());
}

#[tokio::test]
async fn an_answer_lost_after_the_create_is_retried_into_the_first_answer() {
    // The server creates the account, then the connection breaks halfway through the answer:
    // the retry carries the same key, so the server answers what it created instead of
    // creating a second one.
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    server.inject("add_api_key_connected_account", Fault::drop_mid_body());

    let created = workos.pipes().add_api_key_account("slack", &account(), None).await.unwrap();

    assert_eq!(server.requests_for("add_api_key_connected_account").len(), 2);
    let stored = server.created(ACCOUNTS);
    assert_eq!(stored.len(), 1, "the retry replays the first answer: {stored:?}");
    assert_eq!(stored[0]["id"], created.id.as_str());
}

#[tokio::test]
async fn a_callers_key_replays_across_calls_and_refuses_another_body() {
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    let pipes = workos.pipes();
    let first = pipes.add_api_key_account("slack", &account(), Some("sync-7")).await.unwrap();
    let again = pipes.add_api_key_account("slack", &account(), Some("sync-7")).await.unwrap();
    assert_eq!(first.id, again.id, "the same key and body get the first answer");
    assert_eq!(server.created(ACCOUNTS).len(), 1);

    let other = account().account_display_name("another");
    let error = pipes.add_api_key_account("slack", &other, Some("sync-7")).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::BadRequest, "{error}");
    assert_eq!(error.attempts(), 1, "a refused key is not retried");
    assert_eq!(server.created(ACCOUNTS).len(), 1);

    // Without a key of the caller's, each call is its own.
    pipes.add_api_key_account("slack", &account(), None).await.unwrap();
    assert_eq!(server.created(ACCOUNTS).len(), 2);
}

#[tokio::test]
async fn a_write_without_idempotency_is_not_repeated_after_a_lost_answer() {
    let server = TestServer::start().await;
    let workos = quick_client(&server);
    server.inject("create_organization", Fault::drop_mid_body());

    let error = workos.organizations().create(&CreateOrganization::new("Acme")).await.unwrap_err();

    assert_eq!(error.kind(), ErrorKind::Connection, "{error}");
    let sent = server.requests_for("create_organization");
    assert_eq!(sent.len(), 1, "a repeat could create a second organization");
    assert_eq!(sent[0].header("idempotency-key"), None);
    assert_eq!(server.created("/organizations").len(), 1);
}
