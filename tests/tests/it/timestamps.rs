//! Timestamps in the forms WorkOS sends, decoded through the client as a program calls it.

use chrono::{DateTime, TimeZone, Utc};
use serde_json::json;
use workos::ErrorKind;
use workos_test_server::{Fault, TestServer};

use crate::support::client_for;

fn organization(created_at: &str, updated_at: &str) -> String {
    json!({
        "object": "organization",
        "id": "org_1",
        "name": "Acme",
        "domains": [],
        "created_at": created_at,
        "updated_at": updated_at,
    })
    .to_string()
}

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32, milli: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap() + chrono::Duration::milliseconds(milli.into())
}

#[tokio::test]
async fn the_zone_less_form_some_answers_carry_is_utc() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let body = organization("2020-05-06 04:21:48.649164", "2026-01-15T12:00:00.000Z");
    server.inject("get_organization", Fault::status(200).body(body));
    let org = workos.organizations().get(&"org_1".into()).await.unwrap();
    assert_eq!(org.created_at, utc(2020, 5, 6, 4, 21, 48, 0) + chrono::Duration::microseconds(649_164));
    assert_eq!(org.updated_at, utc(2026, 1, 15, 12, 0, 0, 0));
    // Written back in RFC 3339, as chrono writes it.
    let written = serde_json::to_value(&org).unwrap();
    assert_eq!(written["created_at"], "2020-05-06T04:21:48.649164Z");
}

#[tokio::test]
async fn offsets_are_converted_to_utc() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let body = organization("2026-01-15T14:00:00.250+02:00", "2026-01-15T07:30:00-04:30");
    server.inject("get_organization", Fault::status(200).body(body));
    let org = workos.organizations().get(&"org_1".into()).await.unwrap();
    assert_eq!(org.created_at, utc(2026, 1, 15, 12, 0, 0, 250));
    assert_eq!(org.updated_at, utc(2026, 1, 15, 12, 0, 0, 0));
}

#[tokio::test]
async fn a_malformed_timestamp_is_a_decode_error_at_its_field() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let body = organization("yesterday", "2026-01-15T12:00:00.000Z");
    server.inject("get_organization", Fault::status(200).body(body));
    let error = workos.organizations().get(&"org_1".into()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode, "{error:?}");
    assert_eq!(error.as_decode().unwrap().path(), "created_at");
}

#[tokio::test]
async fn iso_8601_offsets_and_fractions_read_through_the_client() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    for (created_at, updated_at) in [
        ("2026-01-15T12:00:00+0000", "2026-01-15T13:30:00,250+0130"),
        ("2026-01-15T14:00:00+02", "2026-01-15t12:00:00.250z"),
    ] {
        server.inject(
            "get_organization",
            Fault::status(200).body(organization(created_at, updated_at)).times(1),
        );
        let org = workos.organizations().get(&"org_1".into()).await.unwrap();
        assert_eq!(org.created_at, utc(2026, 1, 15, 12, 0, 0, 0), "{created_at}");
        assert_eq!(org.updated_at, utc(2026, 1, 15, 12, 0, 0, 250), "{updated_at}");
    }
    // The basic format of ISO 8601 is refused, naming the field.
    server.inject(
        "get_organization",
        Fault::status(200).body(organization("20260115T120000Z", "2026-01-15T12:00:00Z")),
    );
    let error = workos.organizations().get(&"org_1".into()).await.unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Decode, "{error:?}");
    assert_eq!(error.as_decode().unwrap().path(), "created_at");
}
