//! Answers in the shapes the live API has been seen to send, written by hand for this corpus
//! (never copied from a recording or another project), each decoded through the same path a
//! live call takes: the local server answers with the body, the SDK decodes it.

// The flat directory reads are deprecated for the directory-scoped ones, but the shapes
// recorded from them are what these tests are about.
#![allow(deprecated)]

use serde_json::json;
use workos::ErrorKind;
use workos::signin::authentication::AuthenticationStep;
use workos_test_server::{Fault, TestServer, example};

use crate::support::client_for;

/// Answers `operation` once with `status` and `body`.
fn answer(server: &TestServer, operation: &str, status: u16, body: serde_json::Value) {
    server.inject(operation, Fault::status(status).body(body.to_string()).times(1));
}

#[tokio::test]
async fn domains_embedded_in_an_organization_come_without_their_organization() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let organization = json!({
        "object": "organization", "id": "org_01EHQMYV6MBK39QC5PZXHY59C3", "name": "Foo Corp",
        "allow_profiles_outside_organization": false,
        "created_at": "2021-06-25T19:07:33.155Z", "updated_at": "2021-06-25T19:07:33.155Z",
        "domains": [{ "object": "organization_domain", "id": "org_domain_01EHQMYV71XT8H31WE5HF8YK4A",
                      "domain": "foo-corp.com" }]
    });
    answer(&server, "get_organization", 200, organization);
    let fetched = workos.organizations().get(&"org_01EHQMYV6MBK39QC5PZXHY59C3".into()).await.unwrap();
    assert_eq!(fetched.domains[0].domain, "foo-corp.com");
    assert_eq!(fetched.domains[0].organization_id, None);
}

#[tokio::test]
// Only the flat route, which WorkOS deprecated, embeds the groups.
#[allow(deprecated)]
async fn groups_embedded_in_a_directory_user_come_without_timestamps() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let mut user = serde_json::to_value(example::<workos::types::DirectoryUser>()).unwrap();
    user["groups"] = json!([{ "object": "directory_group", "id": "directory_group_01E64QTDNS0EGJ0FMCVY9BWGZT",
                              "directory_id": "directory_01ECAZ4NV9QMV47GW873HDCX74", "name": "Engineering",
                              "idp_id": "02grqrue4294w24" }]);
    answer(&server, "get_directory_user", 200, user);
    let fetched = workos.directory_sync().get_user(&"directory_user_1".into()).await.unwrap();
    assert_eq!(fetched.groups[0].name, "Engineering");
    assert_eq!(fetched.groups[0].created_at, None);
}

#[tokio::test]
async fn oauth_tokens_in_an_authentication_come_without_their_provider() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let mut authenticated = serde_json::to_value(example::<workos::types::AuthenticateResponse>()).unwrap();
    authenticated["oauth_tokens"] = json!({ "access_token": "ya29.provider_access", "refresh_token": "1//provider_refresh",
                                            "expires_at": 1_735_689_600, "scopes": ["openid", "email"] });
    answer(&server, "authenticate", 200, authenticated);
    let signed_in = workos.authkit().authenticate_with_code("code_1", None).await.unwrap();
    let tokens = signed_in.oauth_tokens.expect("the provider's tokens are kept");
    assert_eq!(tokens.provider, None);
    assert_eq!(tokens.access_token.expose(), "ya29.provider_access");
}

#[tokio::test]
async fn created_and_accepted_answers_are_successes() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    // The spec says what the API does: 201 for these.
    let spec = crate::support::committed_spec();
    for (path, method) in [
        ("/audit_logs/events", "post"),
        ("/user_management/password_reset/confirm", "post"),
        ("/user_management/users/{id}/email_verification/send", "post"),
        ("/user_management/users/{id}/email_verification/confirm", "post"),
    ] {
        let operation = spec.paths.paths[path].as_item().unwrap();
        let operation = if method == "post" { operation.post.as_ref() } else { None }.unwrap();
        assert!(
            operation.responses.responses.contains_key(&openapiv3::StatusCode::Code(201)),
            "{path} answers 201"
        );
    }
    let event = example::<workos::types::CreateAuditLogEvent>();
    workos.audit_logs().create_event(&event, None).await.unwrap();
    assert_eq!(server.requests_for("create_audit_log_event")[0].status, 201);

    // Deleting answers 202 with a plain-text body.
    for operation in ["delete_organization", "delete_directory"] {
        server.inject(
            operation,
            Fault::status(202).body("Accepted").header("content-type", "text/plain").times(1),
        );
    }
    workos.organizations().delete(&"org_1".into()).await.unwrap();
    workos.directory_sync().delete_directory(&"directory_1".into()).await.unwrap();
}

#[tokio::test]
async fn an_mfa_step_keeps_the_challenge_it_carries() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let challenge = json!({ "object": "authentication_challenge", "id": "auth_challenge_01FVYZWQTZQ5VB6BC5MPG2EYC5",
                            "authentication_factor_id": "auth_factor_01FVYZ5QM8N98T9ME5BCB2BBMJ",
                            "expires_at": "2022-02-15T15:36:53.279Z",
                            "created_at": "2022-02-15T15:26:53.274Z", "updated_at": "2022-02-15T15:26:53.274Z" });
    answer(
        &server,
        "authenticate",
        403,
        json!({ "code": "mfa_challenge", "message": "Pass a challenge.",
                "pending_authentication_token": "pending_token_abc", "authentication_challenge": challenge }),
    );
    let error = workos.authkit().authenticate_with_code("code_1", None).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Forbidden);
    match error.authentication_step() {
        Some(AuthenticationStep::MfaChallenge {
            authentication_challenge, authentication_factors, ..
        }) => {
            let challenge = authentication_challenge.as_ref().expect("the challenge is kept");
            assert_eq!(challenge.id, "auth_challenge_01FVYZWQTZQ5VB6BC5MPG2EYC5");
            assert!(authentication_factors.is_empty());
        }
        other => panic!("expected an MFA challenge, got {other:?}"),
    }
}

#[tokio::test]
async fn lists_recorded_in_2021_have_camel_case_cursors_and_no_object() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let organization = serde_json::to_value(example::<workos::types::Organization>()).unwrap();
    let first =
        json!({ "data": [organization.clone()], "listMetadata": { "before": null, "after": "org_next" } });
    let last = json!({ "data": [organization], "listMetadata": { "before": "org_prev", "after": null } });
    // The fault injected last answers first.
    answer(&server, "list_organizations", 200, last);
    answer(&server, "list_organizations", 200, first);
    let pages: Vec<_> = futures::TryStreamExt::try_collect(
        workos.organizations().list(workos::types::ListOrganizationsParams::default()).pages(),
    )
    .await
    .unwrap();
    assert_eq!(pages.len(), 2, "the walk followed the camelCase cursor");
    assert_eq!(pages[0].data.len(), 1);
    assert_eq!(pages[0].after.as_deref(), Some("org_next"));
    assert_eq!(server.requests_for("list_organizations")[1].query_param("after"), Some("org_next"));
    assert_eq!(pages[1].before.as_deref(), Some("org_prev"));
}

#[tokio::test]
async fn removing_a_role_permission_answers_an_empty_object_or_nothing() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    server.inject("remove_organization_role_permission", Fault::status(204).body("").times(1));
    answer(&server, "remove_organization_role_permission", 200, json!({}));
    for _ in 0..2 {
        workos
            .roles()
            .remove_organization_role_permission(&"org_1".into(), "admin", "posts:delete")
            .await
            .unwrap();
    }
    let statuses: Vec<u16> =
        server.requests_for("remove_organization_role_permission").iter().map(|r| r.status).collect();
    assert_eq!(statuses, [200, 204]);
}

/// Lists of 2021-2022 carry their cursors under both spellings at once. A walk of directories
/// over two such pages reads the cursor and follows it.
#[tokio::test]
async fn directories_of_2021_carry_both_spellings_of_their_cursors() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let directory = |id: &str, name: &str| {
        json!({ "object": "directory", "id": id, "domain": "quill-and-ink.example", "name": name,
                "organization_id": "org_01FA3K8W2RT7ZQMX0B4C6D9E1G", "state": "linked",
                "type": "gsuite directory", "created_at": "2021-03-02T10:14:55.021Z",
                "updated_at": "2021-09-14T08:30:12.640Z" })
    };
    let cursors = json!({ "before": null, "after": "directory_01FA3KC0V8N5SQ2HJ6WTR4YB7M" });
    let first = json!({ "object": "list",
                        "data": [directory("directory_01FA3KC0V8N5SQ2HJ6WTR4YB7M", "Quill & Ink Google")],
                        "list_metadata": cursors, "listMetadata": cursors });
    let cursors = json!({ "before": "directory_01FA3KD9X2M7TQ4KP8ZVB3NC5R", "after": null });
    let last = json!({ "object": "list",
                       "data": [directory("directory_01FA3KD9X2M7TQ4KP8ZVB3NC5R", "Quill & Ink Okta")],
                       "list_metadata": cursors, "listMetadata": cursors });
    answer(&server, "list_directories", 200, last);
    answer(&server, "list_directories", 200, first);
    let pages: Vec<_> = futures::TryStreamExt::try_collect(
        workos.directory_sync().list_directories(workos::types::ListDirectoriesParams::default()).pages(),
    )
    .await
    .unwrap();
    assert_eq!(pages.len(), 2);
    assert_eq!(pages[0].data[0].name, "Quill & Ink Google");
    assert_eq!(pages[0].after.as_deref(), Some("directory_01FA3KC0V8N5SQ2HJ6WTR4YB7M"));
    let requests = server.requests_for("list_directories");
    assert_eq!(requests[1].query_param("after"), Some("directory_01FA3KC0V8N5SQ2HJ6WTR4YB7M"));
    assert_eq!(pages[1].data[0].name, "Quill & Ink Okta");
    assert_eq!(pages[1].before.as_deref(), Some("directory_01FA3KD9X2M7TQ4KP8ZVB3NC5R"));
}

/// The groups of a directory, as listed in 2022: both spellings of the cursors, and no
/// `object` on the list.
#[tokio::test]
async fn directory_groups_of_2022_carry_both_spellings_of_their_cursors() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let group = json!({ "object": "directory_group", "id": "directory_group_01G2M4R8T6W0Y3B5D7F9H1K3N5",
                        "idp_id": "01ksv4uv2d24pl9", "directory_id": "directory_01FA3KC0V8N5SQ2HJ6WTR4YB7M",
                        "organization_id": "org_01FA3K8W2RT7ZQMX0B4C6D9E1G", "name": "Typesetters",
                        "created_at": "2022-05-03T16:21:40.118Z", "updated_at": "2022-05-03T16:21:40.118Z",
                        "raw_attributes": { "id": "01ksv4uv2d24pl9", "email": "typesetters@quill-and-ink.example",
                                            "name": "Typesetters", "directMembersCount": "4" } });
    let cursors = json!({ "before": "directory_group_01G2M4R8T6W0Y3B5D7F9H1K3N5", "after": null });
    answer(
        &server,
        "list_directory_groups",
        200,
        json!({ "data": [group], "list_metadata": cursors, "listMetadata": cursors }),
    );
    let params =
        workos::types::ListDirectoryGroupsParams::default().directory("directory_01FA3KC0V8N5SQ2HJ6WTR4YB7M");
    let page = workos.directory_sync().list_groups(params).await.unwrap();
    assert_eq!(page.data.len(), 1);
    assert_eq!(page.data[0].name, "Typesetters");
    assert_eq!(page.before.as_deref(), Some("directory_group_01G2M4R8T6W0Y3B5D7F9H1K3N5"));
    assert_eq!(page.after, None);
}

/// Directory users of 2021 carry their timestamps with an offset without its colon.
#[tokio::test]
async fn directory_users_of_2021_carry_offsets_without_a_colon() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let user = json!({
        "object": "directory_user", "id": "directory_user_01FBX3Q7N9K2M4P6R8T0V2X4Z6",
        "idp_id": "1097352741660237853", "directory_id": "directory_01FA3KC0V8N5SQ2HJ6WTR4YB7M",
        "organization_id": "org_01FA3K8W2RT7ZQMX0B4C6D9E1G",
        "first_name": "Odile", "last_name": "Marchetti", "username": "odile@quill-and-ink.example",
        "emails": [{ "primary": true, "type": "work", "value": "odile@quill-and-ink.example" }],
        "state": "active", "custom_attributes": {},
        "raw_attributes": { "primaryEmail": "odile@quill-and-ink.example", "suspended": false,
                            "name": { "givenName": "Odile", "familyName": "Marchetti" } },
        "groups": [],
        "created_at": "2021-07-31T05:10:19+0000", "updated_at": "2021-08-02T17:45:03.512+0000"
    });
    answer(&server, "get_directory_user", 200, user);
    let fetched =
        workos.directory_sync().get_user(&"directory_user_01FBX3Q7N9K2M4P6R8T0V2X4Z6".into()).await.unwrap();
    let utc = |text: &str| chrono::DateTime::parse_from_rfc3339(text).unwrap().to_utc();
    assert_eq!(fetched.created_at, utc("2021-07-31T05:10:19+00:00"));
    assert_eq!(fetched.updated_at, utc("2021-08-02T17:45:03.512+00:00"));
    assert_eq!(fetched.first_name.as_deref(), Some("Odile"));
}
