//! The local server holds requests to the spec, and pages like the API.

use std::collections::BTreeSet;

use futures::TryStreamExt;
use serde_json::{Value, json};
use workos::Direction;
use workos::types::{ListOrganizationsParams, PaginationOrder};
use workos_test_server::TestServer;

use crate::support::client_for;

fn http() -> reqwest::Client {
    workos::install_tls_provider();
    reqwest::Client::new()
}

async fn post(server: &TestServer, path: &str, body: Value) -> (u16, Value) {
    let response = http()
        .post(format!("{}{path}", server.url()))
        .bearer_auth(server.api_key())
        .json(&body)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.json().await.unwrap_or(Value::Null))
}

async fn get(server: &TestServer, path: &str, key: Option<&str>) -> (u16, Value) {
    let mut request = http().get(format!("{}{path}", server.url()));
    if let Some(key) = key {
        request = request.bearer_auth(key);
    }
    let response = request.send().await.unwrap();
    (response.status().as_u16(), response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn wrong_requests_are_refused_with_the_problem_named() {
    let server = TestServer::start().await;

    let (status, body) = post(&server, "/organizations", json!({})).await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"][0]["field"], "name");
    assert!(body["message"].as_str().unwrap().contains("`name` is required"), "{body}");

    let (status, body) = post(&server, "/organizations", json!({ "name": 12 })).await;
    assert_eq!(status, 422);
    assert!(body["message"].as_str().unwrap().contains("`name` must be a string"), "{body}");

    let (status, body) = post(&server, "/organizations", json!({ "name": "A", "nmae": "typo" })).await;
    assert_eq!(status, 422);
    assert!(body["message"].as_str().unwrap().contains("`nmae` is not a field"), "{body}");

    let (status, body) = get(&server, "/organizations?limit=many", Some(server.api_key())).await;
    assert_eq!(status, 422);
    assert!(body["message"].as_str().unwrap().contains("`limit` must be a integer"), "{body}");

    let (status, body) = get(&server, "/organizations?colour=blue", Some(server.api_key())).await;
    assert_eq!(status, 422);
    assert_eq!(body["errors"][0]["field"], "colour");

    let (status, body) = get(&server, "/organizations?order=sideways", Some(server.api_key())).await;
    assert_eq!(status, 422);
    assert!(body["message"].as_str().unwrap().contains("must be one of"), "{body}");

    let (status, body) = get(&server, "/no/such/endpoint", Some(server.api_key())).await;
    assert_eq!(status, 404);
    assert!(body["message"].as_str().unwrap().contains("/no/such/endpoint"), "{body}");

    let (status, body) = get(&server, "/organizations", None).await;
    assert_eq!(status, 401);
    assert!(body["message"].is_string());

    let (status, _) = get(&server, "/sso/jwks/client_1", None).await;
    assert_eq!(status, 200, "a public operation needs no key");

    let response = http()
        .post(format!("{}/radar/lists/planets/allow", server.url()))
        .bearer_auth(server.api_key())
        .json(&json!({ "entry": "x" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 422, "a path parameter outside its enum");
}

#[tokio::test]
async fn a_long_list_is_walked_once_in_every_order_and_direction() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let size = 3_000;
    server.seed("list_organizations", size);

    let limit = 100;
    // Each walk with the requests it sent, so that the cursors of each can be checked.
    let walk = async |order: PaginationOrder, direction: Direction, before: Option<&str>| {
        server.clear_requests();
        let mut params = ListOrganizationsParams::default().limit(limit as u32).order(order);
        params.before = before.map(Into::into);
        let ids = workos
            .organizations()
            .list(params)
            .direction(direction)
            .items()
            .map_ok(|o| o.id)
            .try_collect::<Vec<_>>()
            .await
            .unwrap();
        (ids, server.requests_for("list_organizations"))
    };
    let (desc, desc_sent) = walk(PaginationOrder::Desc, Direction::Forward, None).await;
    let (asc, asc_sent) = walk(PaginationOrder::Asc, Direction::Forward, None).await;
    // Backward walks start from a cursor beyond the far end of the list (the test server
    // places an unknown cursor where its id would sort).
    let (desc_back, desc_back_sent) = walk(PaginationOrder::Desc, Direction::Backward, Some("org_0")).await;
    let (asc_back, asc_back_sent) = walk(PaginationOrder::Asc, Direction::Backward, Some("org_z")).await;

    for (name, ids) in
        [("desc", &desc), ("asc", &asc), ("desc backward", &desc_back), ("asc backward", &asc_back)]
    {
        let unique: BTreeSet<&_> = ids.iter().collect();
        assert_eq!(ids.len(), size, "{name}: every object");
        assert_eq!(unique.len(), size, "{name}: each once");
    }
    assert!(desc.windows(2).all(|w| w[0] > w[1]), "newest first");
    assert!(asc.windows(2).all(|w| w[0] < w[1]), "oldest first");
    let mut reversed = asc.clone();
    reversed.reverse();
    assert_eq!(desc, reversed);

    // A backward walk returns the pages last to first, each in the list's own order: the
    // forward walk's pages, in reverse.
    let mirrored = |forward: &[workos::types::OrganizationId]| {
        forward.chunks(limit).rev().flatten().cloned().collect::<Vec<_>>()
    };
    assert_eq!(desc_back, mirrored(&desc), "desc backward");
    assert_eq!(asc_back, mirrored(&asc), "asc backward");

    let pages = size / limit;
    for (name, sent) in [("desc", &desc_sent), ("asc", &asc_sent)] {
        assert_eq!(sent.len(), pages, "{name}: one request per page");
        assert!(sent.iter().all(|r| r.query_param("before").is_none()), "{name}: no `before`");
        assert_eq!(sent[0].query_param("after"), None, "{name}: the first page has no cursor");
        assert!(sent[1..].iter().all(|r| r.query_param("after").is_some()), "{name}: `after` followed");
    }
    for (name, sent, ids, start) in [
        ("desc backward", &desc_back_sent, &desc_back, "org_0"),
        ("asc backward", &asc_back_sent, &asc_back, "org_z"),
    ] {
        assert_eq!(sent.len(), pages, "{name}: one request per page");
        assert!(sent.iter().all(|r| r.query_param("after").is_none()), "{name}: no `after`");
        assert_eq!(sent[0].query_param("before"), Some(start), "{name}: the starting cursor");
        // Each later request goes before the first object of the page it follows.
        for (k, request) in sent.iter().enumerate().skip(1) {
            assert_eq!(
                request.query_param("before"),
                Some(ids[(k - 1) * limit].as_str()),
                "{name}: request {k}"
            );
        }
    }
}
