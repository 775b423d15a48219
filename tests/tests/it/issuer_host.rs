//! Operations served by the environment's OAuth issuer rather than the API (the Connect
//! token exchange): sent to the host the caller names, form-encoded, without the API key; a
//! host the client would not send credentials to safely is refused before anything is sent.

use workos::types::{ConnectTokenExchange, ConnectTokenExchangeRequired};
use workos::{ErrorKind, Secret};
use workos_test_server::TestServer;

use crate::support::client_for;

fn exchange() -> ConnectTokenExchange {
    ConnectTokenExchange::new(ConnectTokenExchangeRequired {
        client_id: "client_app_1".into(),
        client_secret: Secret::new("secret_app_1"),
        resource: "https://mcp.example.com".into(),
        subject_token: Secret::new("user_access_token_1"),
    })
}

#[tokio::test]
async fn the_exchange_goes_to_the_issuer_named_without_the_api_key() {
    let api = TestServer::start().await;
    let issuer = TestServer::start().await;
    let workos = client_for(&api);
    let answer = workos.connect().exchange_access_token(&issuer.url(), &exchange()).await.unwrap();
    assert!(!answer.access_token.expose().is_empty());

    assert!(api.requests().is_empty(), "the API's host was called");
    let sent = &issuer.requests_for("exchange_connect_access_token")[0];
    assert_eq!(sent.path, "/oauth2/token");
    assert!(sent.headers.get("authorization").is_none(), "the API key went to the issuer");
    let form: Vec<(String, String)> = url::form_urlencoded::parse(&sent.body).into_owned().collect();
    let field = |name: &str| form.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str());
    assert_eq!(field("grant_type"), Some("urn:ietf:params:oauth:grant-type:token-exchange"));
    assert_eq!(field("subject_token_type"), Some("urn:ietf:params:oauth:token-type:access_token"));
    assert_eq!(field("requested_token_type"), Some("urn:ietf:params:oauth:token-type:access_token"));
    assert_eq!(field("resource"), Some("https://mcp.example.com"));
    assert_eq!(field("client_secret"), Some("secret_app_1"));
}

#[tokio::test]
async fn an_issuer_the_client_cannot_trust_is_refused_before_sending() {
    let api = TestServer::start().await;
    let local = client_for(&api);
    for issuer in
        ["not a url", "ftp://auth.example.com", "https://user:pw@auth.example.com", "http://auth.example.com"]
    {
        let error = local.connect().exchange_access_token(issuer, &exchange()).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidRequest, "{issuer}: {error}");
        crate::support::assert_no_secret(&error, &["secret_app_1", "user:pw"]);
    }
    // A client of the real API takes no plain-http issuer, not even a loopback one: its HTTP
    // client may go through a proxy, which would read the secret.
    let remote = workos::Workos::builder().api_key("sk_test_1234567890").build().unwrap();
    let error = remote.connect().exchange_access_token(&api.url(), &exchange()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::InvalidRequest);
    assert!(api.requests().is_empty());
}
