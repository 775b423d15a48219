//! The `workos` crate against the local server, on the first slice of the API.

use futures::TryStreamExt;
use workos::types::{ListOrganizationsParams, OrganizationDomainState, PaginationOrder};
use workos::{Direction, ErrorKind};
use workos_test_server::Fault;

use crate::support::server_and_client;

#[tokio::test]
async fn requests_carry_the_key_and_user_agent_and_nothing_else() {
    let (server, workos) = server_and_client().await;
    workos.organizations().get(&"org_123".into()).await.unwrap();
    let request = &server.requests_for("get_organization")[0];
    assert_eq!(request.header("authorization"), Some(format!("Bearer {}", server.api_key()).as_str()));
    let agent = request.header("user-agent").unwrap();
    assert!(agent.starts_with("workos-rust/"), "{agent}");
    assert_eq!(request.header("api-version"), None, "progenitor's version header is not sent");
    assert_eq!(request.path, "/organizations/org_123");
}

#[tokio::test]
async fn a_wrong_key_is_unauthorized() {
    let server = workos_test_server::TestServer::start().await;
    let workos = workos::Workos::builder().api_key("sk_test_wrong").base_url(server.url()).build().unwrap();
    let error = workos.organizations().get(&"org_123".into()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Unauthorized);
    assert_eq!(error.status(), Some(401));
}

#[tokio::test]
async fn a_forward_walk_follows_after_and_stops_at_the_end() {
    let (server, workos) = server_and_client().await;
    server.seed("list_organizations", 25);
    let params = ListOrganizationsParams::default().limit(10);
    let pages: Vec<_> = workos.organizations().list(params).pages().try_collect().await.unwrap();

    assert_eq!(pages.iter().map(|p| p.data.len()).collect::<Vec<_>>(), [10, 10, 5]);
    let requests = server.requests_for("list_organizations");
    assert_eq!(requests.len(), 3, "one request per page, none after the last");
    assert_eq!(requests[0].query_param("after"), None);
    assert_eq!(requests[1].query_param("after"), Some(pages[0].data[9].id.as_str()));
    assert_eq!(requests[2].query_param("after"), Some(pages[1].data[9].id.as_str()));
    assert!(requests.iter().all(|r| r.query_param("limit") == Some("10")));
    assert_eq!(pages[2].after, None);

    let mut ids: Vec<&str> = pages.iter().flat_map(|p| p.data.iter().map(|o| o.id.as_str())).collect();
    let walked = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), walked, "no object twice");
}

#[tokio::test]
async fn a_backward_walk_follows_before() {
    let (server, workos) = server_and_client().await;
    server.seed("list_organizations", 30);
    // The oldest object of a newest-first list: everything else comes before it.
    let last = workos
        .organizations()
        .list(ListOrganizationsParams::default().order(PaginationOrder::Asc).limit(1))
        .await
        .unwrap()
        .data
        .remove(0);
    server.clear_requests();

    let params = ListOrganizationsParams::default().before(&last.id).limit(10);
    let items: Vec<_> = workos
        .organizations()
        .list(params)
        .direction(Direction::Backward)
        .items()
        .try_collect()
        .await
        .unwrap();

    assert_eq!(items.len(), 29, "every object but the cursor itself");
    assert!(items.iter().all(|o| o.id != last.id));
    let requests = server.requests_for("list_organizations");
    assert_eq!(requests.len(), 3);
    assert_eq!(requests[0].query_param("before"), Some(last.id.as_str()));
    assert!(requests[1].query_param("before").is_some() && requests[1].query_param("after").is_none());
}

#[tokio::test]
async fn nothing_is_sent_until_a_list_is_polled() {
    let (server, workos) = server_and_client().await;
    let paginator = workos.organizations().list(ListOrganizationsParams::default());
    let items = paginator.items();
    assert!(server.requests().is_empty());
    drop(items);
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn a_repeated_cursor_ends_the_walk() {
    let (server, workos) = server_and_client().await;
    let page = r#"{"object":"list","data":[],"list_metadata":{"before":null,"after":"org_same"}}"#;
    server.inject("list_organizations", Fault::status(200).body(page).times(usize::MAX));
    let pages: Vec<_> =
        workos.organizations().list(ListOrganizationsParams::default()).pages().try_collect().await.unwrap();
    assert_eq!(pages.len(), 2, "the second page repeats the first's cursor");
    assert_eq!(server.requests_for("list_organizations").len(), 2);
}

#[tokio::test]
async fn a_404_becomes_a_typed_error() {
    let (_server, workos) = server_and_client().await;
    let error = workos.organizations().get(&"org_missing".into()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::NotFound);
    let api = error.as_api().unwrap();
    assert_eq!(api.status(), 404);
    assert_eq!(api.code(), Some("entity_not_found"));
    assert!(api.message().unwrap().contains("id"));
    assert!(api.request_id().unwrap().starts_with("req_"));
    assert_eq!(error.operation(), Some("get_organization"));
}

#[tokio::test]
async fn a_422_carries_its_field_errors() {
    let (_server, workos) = server_and_client().await;
    // The server enforces the spec's limit of 100 per page.
    let params = ListOrganizationsParams::default().limit(500);
    let error = workos.organizations().list(params).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Unprocessable);
    let api = error.as_api().unwrap();
    assert_eq!(api.code(), Some("invalid_request_parameters"));
    assert!(api.message().unwrap().contains("limit"), "{:?}", api.message());
    assert_eq!(api.field_errors()[0].field.as_deref(), Some("limit"));
    assert!(api.request_id().is_some());
    assert!(!api.body().is_empty());
}

#[tokio::test]
async fn unknown_enum_values_and_fields_parse_and_survive() {
    let (server, workos) = server_and_client().await;
    let body = r#"{
        "object": "organization_domain", "id": "org_domain_1", "organization_id": "org_1",
        "domain": "example.com", "state": "quarantined", "verification_strategy": "carrier_pigeon",
        "brand_new_field": {"nested": [1, 2, 3]}
    }"#;
    server.inject("get_organization_domain", Fault::status(200).body(body));
    let domain = workos.organization_domains().get(&"org_domain_1".into()).await.unwrap();
    assert_eq!(domain.state, Some(OrganizationDomainState::Unknown("quarantined".into())));
    assert_eq!(domain.state.as_ref().unwrap().as_str(), "quarantined");
    let written = serde_json::to_value(&domain).unwrap();
    assert_eq!(written["state"], "quarantined");
    assert_eq!(written["verification_strategy"], "carrier_pigeon");
}

#[tokio::test]
async fn absent_and_null_optional_fields_parse() {
    let (server, workos) = server_and_client().await;
    let body = r#"{
        "object": "organization", "id": "org_1", "name": "Bare",
        "created_at": "2026-01-01T00:00:00.000Z", "updated_at": "2026-01-01T00:00:00.000Z",
        "domains": null, "external_id": null
    }"#;
    server.inject("get_organization", Fault::status(200).body(body));
    let organization = workos.organizations().get(&"org_1".into()).await.unwrap();
    assert_eq!(organization.name, "Bare");
    assert!(organization.domains.is_empty());
    assert!(organization.metadata.is_empty());
    assert_eq!(organization.external_id, None);
}

#[tokio::test]
async fn a_body_that_does_not_fit_names_where() {
    let (server, workos) = server_and_client().await;
    let body = r#"{"object":"list","data":[{"object":"organization","id":"org_1","name":"A","created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"},{"object":"organization","id":"org_2","created_at":"2026-01-01T00:00:00Z","updated_at":"2026-01-01T00:00:00Z"}],"list_metadata":{}}"#;
    server.inject("list_organizations", Fault::status(200).body(body));
    let error = workos.organizations().list(ListOrganizationsParams::default()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode);
    let decode = error.as_decode().unwrap();
    assert_eq!(decode.path(), "data[1].name", "the missing field of the second organization");
    assert!(error.to_string().contains("data[1].name"), "{error}");
}

#[tokio::test]
// The flat directory reads WorkOS deprecated are part of the slice still.
#[allow(deprecated)]
async fn every_slice_operation_is_reachable() {
    use workos::types::*;
    let (server, workos) = server_and_client().await;
    let orgs = workos.organizations();
    let org = orgs.create(&CreateOrganization::new("Acme")).await.unwrap();
    orgs.get(&org.id).await.unwrap();
    orgs.get_by_external_id("ext_1").await.unwrap();
    orgs.update(&org.id, &UpdateOrganization::default().name("Acme 2")).await.unwrap();
    orgs.audit_log_configuration(&org.id).await.unwrap();
    orgs.list(Default::default()).await.unwrap();
    let domains = workos.organization_domains();
    let domain = domains.create(&CreateOrganizationDomain::new("acme.com", org.id.clone())).await.unwrap();
    domains.get(&domain.id).await.unwrap();
    domains.verify(&domain.id).await.unwrap();
    domains.delete(&domain.id).await.unwrap();
    orgs.delete(&org.id).await.unwrap();
    let sso = workos.sso();
    sso.list_connections(Default::default()).await.unwrap();
    sso.get_connection(&"conn_1".into()).await.unwrap();
    sso.delete_connection(&"conn_1".into()).await.unwrap();
    let ds = workos.directory_sync();
    ds.list_directories(Default::default()).await.unwrap();
    ds.get_directory(&"directory_1".into()).await.unwrap();
    ds.delete_directory(&"directory_1".into()).await.unwrap();
    ds.list_users(ListDirectoryUsersParams::default().directory("directory_1")).await.unwrap();
    ds.get_user(&"directory_user_1".into()).await.unwrap();
    ds.list_groups(ListDirectoryGroupsParams::default().directory("directory_1")).await.unwrap();
    ds.get_group(&"directory_group_1".into()).await.unwrap();
    ds.list_directory_users(&"directory_1".into(), Default::default()).await.unwrap();
    ds.get_directory_user(&"directory_1".into(), &"directory_user_1".into()).await.unwrap();
    ds.list_directory_groups(&"directory_1".into(), Default::default()).await.unwrap();
    ds.get_directory_group(&"directory_1".into(), &"directory_group_1".into()).await.unwrap();
    workos.events().list(ListEventsParams::default().events(["user.created", "user.deleted"])).await.unwrap();

    let mut called: Vec<String> = server.requests().into_iter().filter_map(|r| r.operation).collect();
    called.sort();
    called.dedup();
    assert_eq!(called.len(), 26, "{called:?}");
    let events = &server.requests_for("list_events")[0];
    assert_eq!(events.query_param("events"), Some("user.created,user.deleted"), "comma-separated");
}

#[tokio::test]
async fn walks_ask_for_full_pages_and_one_page_keeps_the_default() {
    let (server, workos) = server_and_client().await;
    server.seed("list_organizations", 150);
    let items: Vec<_> =
        workos.organizations().list(ListOrganizationsParams::default()).items().try_collect().await.unwrap();
    assert_eq!(items.len(), 150);
    let requests = server.requests_for("list_organizations");
    assert_eq!(requests.len(), 2, "two full pages");
    assert!(requests.iter().all(|r| r.query_param("limit") == Some("100")));

    // A size the caller chose is kept, and one awaited page leaves the API's default.
    server.clear_requests();
    let params = ListOrganizationsParams::default().limit(7);
    let _ = workos.organizations().list(params).pages().try_next().await.unwrap();
    workos.organizations().list(ListOrganizationsParams::default()).await.unwrap();
    let requests = server.requests_for("list_organizations");
    assert_eq!(requests[0].query_param("limit"), Some("7"));
    assert_eq!(requests.last().unwrap().query_param("limit"), None);
}
