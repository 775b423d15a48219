//! Decoding what the API sends, with the SDK's generated types, with hand-written structs
//! with the same fields (`plain/mod.rs`), and with `serde_json::Value`:
//!
//! - `decode_directory_users_page`: a page of 100 directory users, each with 20 custom
//!   attributes and 20 raw attributes (some of them nested, as identity providers send
//!   them), two groups, a role, and an e-mail address;
//! - `decode_organizations_page`: a page of 100 organizations, each with two domains and
//!   some metadata;
//! - `decode_organization`: one such organization;
//! - `decode_events_page`: a page of 100 events of six types (`session.created`,
//!   `user.created`, `user.updated`, `dsync.user.created`, `organization.updated`,
//!   `connection.activated`), typed: the SDK's `EventList`, each event then made a
//!   `workos::events::Event` (its data in the type of its event type), against hand-written
//!   types that read each event's data in place and decode it straight into its type.
//!   `EventList` alone, which leaves each `data` as JSON text, is measured beside them.
//!
//! Each SDK type is decoded twice: with `serde_json::from_slice`, and the way the SDK decodes
//! an answer, with `workos_api::decode_json` under the budget of the default 16 MiB limit
//! (which charges every value it builds): the difference is what bounding memory costs.
//! Before the measurements, the least budget each input decodes within is printed, per byte
//! of JSON.
//!
//! The inputs are built in memory, the same every run. Throughput is in bytes of JSON per
//! second.
//!
//! After criterion's numbers, a paired measurement decodes each input with each decoder in
//! turn, round after round, and reports the medians and the median of the per-round ratios
//! to the hand-written types, which hold up better than separate runs on a busy machine.

mod common;
mod plain;

use std::time::Duration;

use criterion::{Criterion, Throughput};
use serde::de::DeserializeOwned;
use serde_json::{Value, json};

/// How many objects a page holds: the API's largest page.
const PAGE: usize = 100;
/// Rounds of the paired measurement.
const ROUNDS: usize = 31;
/// About how long each decoder runs in a round.
const ROUND: Duration = Duration::from_millis(12);

/// A named way of decoding an input.
type Decoder = (&'static str, fn(&[u8]));

/// Decodes `bytes` as a `T`.
fn decode_as<T: DeserializeOwned>(bytes: &[u8]) {
    std::hint::black_box(serde_json::from_slice::<T>(bytes).expect("decodes"));
}

/// The budget the SDK decodes an answer within, with the default limit.
fn budget() -> usize {
    workos_api::decode_budget(workos_api::DEFAULT_MAX_RESPONSE_BYTES)
}

/// Decodes `bytes` as a `T` the way the SDK decodes an answer.
fn decode_bounded<T: DeserializeOwned>(bytes: &[u8]) {
    std::hint::black_box(workos_api::decode_json::<T>(bytes, budget()).expect("decodes"));
}

/// The least budget within which `bytes` decode as a `T`.
fn least_budget<T: DeserializeOwned>(bytes: &[u8]) -> usize {
    let (mut low, mut high) = (0, budget());
    while low < high {
        let mid = low + (high - low) / 2;
        match workos_api::decode_json::<T>(bytes, mid) {
            Ok(_) => high = mid,
            Err(_) => low = mid + 1,
        }
    }
    low
}

/// One input and its decoders; the one at `baseline` is the hand-written one.
struct Case {
    /// Criterion's group, which a filter (`cargo bench -- decode_organization`) matches.
    group: &'static str,
    /// What the input is, for the paired measurement's heading.
    what: &'static str,
    json: Vec<u8>,
    decoders: Vec<Decoder>,
    baseline: usize,
}

const DEPARTMENTS: [&str; 5] = ["Engineering", "Sales", "Finance", "Support", "Marketing"];
const CITIES: [&str; 4] = ["Berlin", "Lisbon", "Austin", "Singapore"];

/// The `i`-th user of the page.
fn user(i: usize) -> Value {
    let first = ["Ada", "Grace", "Alan", "Edsger", "Barbara"][i % 5];
    let last = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov"][i % 5];
    let email = format!("{}.{}{i}@foo-corp.com", first.to_lowercase(), last.to_lowercase());
    let department = DEPARTMENTS[i % DEPARTMENTS.len()];
    let city = CITIES[i % CITIES.len()];
    let id = format!("directory_user_01E1JG7J09H96KYP8HM9B0{i:04}");
    let idp_id = format!("2836{i:06}");
    let custom_attributes = json!({
        "department": department,
        "job_title": "Software Engineer",
        "employee_number": format!("E{:05}", 10_000 + i),
        "employee_type": "full-time",
        "cost_center": format!("CC-{}", 100 + i % 17),
        "division": "Product",
        "organization": "Foo Corporation",
        "manager_email": "grace.hopper@foo-corp.com",
        "manager_id": "directory_user_01E1JG7J09H96KYP8HM9B0MGR1",
        "manager_name": "Grace Hopper",
        "location": city,
        "region": "EMEA",
        "country": "DE",
        "time_zone": "Europe/Berlin",
        "preferred_language": "en-GB",
        "phone_number": format!("+49 30 {:07}", 1_000_000 + i),
        "start_date": "2021-04-01",
        "is_contractor": false,
        "badge_number": 4_200 + i,
        "pronouns": "she/her",
    });
    let raw_attributes = json!({
        "schemas": [
            "urn:ietf:params:scim:schemas:core:2.0:User",
            "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User"
        ],
        "id": idp_id,
        "externalId": format!("00u{i:017}"),
        "userName": email,
        "displayName": format!("{first} {last}"),
        "name": { "givenName": first, "familyName": last, "formatted": format!("{first} {last}") },
        "nickName": first,
        "title": "Software Engineer",
        "userType": "Employee",
        "preferredLanguage": "en-GB",
        "locale": "en-GB",
        "timezone": "Europe/Berlin",
        "active": true,
        "emails": [{ "value": email, "type": "work", "primary": true }],
        "phoneNumbers": [{ "value": format!("+49 30 {:07}", 1_000_000 + i), "type": "work" }],
        "addresses": [{
            "type": "work", "streetAddress": "Friedrichstraße 68", "locality": city,
            "postalCode": "10117", "country": "DE", "primary": true
        }],
        "groups": [{ "value": "grp_engineering", "display": department }],
        "urn:ietf:params:scim:schemas:extension:enterprise:2.0:User": {
            "employeeNumber": format!("E{:05}", 10_000 + i),
            "costCenter": format!("CC-{}", 100 + i % 17),
            "organization": "Foo Corporation",
            "division": "Product",
            "department": department,
            "manager": { "value": "28360001", "displayName": "Grace Hopper" }
        },
        "meta": {
            "resourceType": "User",
            "created": "2021-04-01T09:30:00.000Z",
            "lastModified": "2024-11-18T16:02:11.000Z",
            "version": format!("W/\"{i}\"")
        },
        "x-provider-sync-token": format!("sync_{:012}", 987_654 + i * 31),
    });
    let group = |n: usize, name: &str| {
        json!({
            "object": "directory_group",
            "id": format!("directory_group_01E1JJS84MFPPQ3G655FHTKX{n:02}"),
            "idp_id": format!("grp_{n:02}"),
            "directory_id": "directory_01ECAZ4NV9QMV47GW873HDCX74",
            "organization_id": "org_01EHZNVPK3SFK441A1RGBFSHRT",
            "name": name,
            "raw_attributes": { "displayName": name, "externalId": format!("ext_grp_{n:02}") },
            "created_at": "2021-06-25T19:07:33.155Z",
            "updated_at": "2021-06-25T19:07:33.155Z"
        })
    };
    json!({
        "object": "directory_user",
        "id": id,
        "idp_id": idp_id,
        "directory_id": "directory_01ECAZ4NV9QMV47GW873HDCX74",
        "organization_id": "org_01EHZNVPK3SFK441A1RGBFSHRT",
        "email": email,
        "username": email,
        "first_name": first,
        "last_name": last,
        "name": format!("{first} {last}"),
        "job_title": "Software Engineer",
        "state": if i % 10 == 9 { "inactive" } else { "active" },
        "emails": [{ "primary": true, "type": "work", "value": email }],
        "groups": [group(i % 7, department), group(7 + i % 3, "All Staff")],
        "role": { "slug": "member" },
        "roles": [{ "slug": "member" }],
        "custom_attributes": custom_attributes,
        "raw_attributes": raw_attributes,
        "created_at": "2021-06-25T19:07:33.155Z",
        "updated_at": "2024-11-18T16:02:11.155Z"
    })
}

const TIERS: [&str; 3] = ["enterprise", "growth", "starter"];
const AUTH_METHODS: [&str; 3] = ["sso", "password", "oauth"];

/// The `i`-th organization: two domains, one verified, and some metadata.
fn organization(i: usize) -> Value {
    let id = format!("org_01EHZNVPK3SFK441A1RGBF{i:04}");
    let domain = |n: usize, state: &str| {
        json!({
            "object": "organization_domain",
            "id": format!("org_domain_01HEJXJSTVEDT7T58BM70F{i:03}{n}"),
            "organization_id": id,
            "domain": format!("foo-corp-{i}{}.com", if n == 0 { "" } else { "-eu" }),
            "state": state,
            "verification_strategy": "dns",
            "verification_token": format!("m5Oztg3jdK4NJLgs8uIlIprM{i:04}{n}"),
            "verification_prefix": "superapp-domain-verification-z3kjny",
            "created_at": "2023-04-11T09:12:45.120Z",
            "updated_at": "2024-02-20T14:08:31.870Z"
        })
    };
    json!({
        "object": "organization",
        "id": id,
        "name": format!("Foo Corporation {i}"),
        "allow_profiles_outside_organization": false,
        "domains": [domain(0, "verified"), domain(1, "pending")],
        "metadata": {
            "tier": TIERS[i % TIERS.len()],
            "region": "eu-central-1",
            "crm_id": format!("0015g00000{i:05}AbC"),
        },
        "external_id": format!("acct_{:08}", 31_415 + i),
        "stripe_customer_id": format!("cus_P{:013}", 2_718_281 + i),
        "created_at": "2023-04-11T09:12:45.120Z",
        "updated_at": "2024-11-18T16:02:11.155Z"
    })
}

/// An AuthKit user.
fn authkit_user(i: usize) -> Value {
    let first = ["Ada", "Grace", "Alan", "Edsger", "Barbara"][i % 5];
    let last = ["Lovelace", "Hopper", "Turing", "Dijkstra", "Liskov"][i % 5];
    json!({
        "object": "user",
        "id": format!("user_01J9ZC5Z4V8E6G1QWERTYU{i:04}"),
        "email": format!("{}.{}{i}@foo-corp.com", first.to_lowercase(), last.to_lowercase()),
        "email_verified": true,
        "first_name": first,
        "last_name": last,
        "name": format!("{first} {last}"),
        "profile_picture_url": format!("https://workoscdn.com/images/v1/{i:06}.png"),
        "locale": "en-GB",
        "external_id": null,
        "metadata": { "plan": "pro", "signup_source": "web" },
        "last_sign_in_at": "2024-11-18T16:02:11.155Z",
        "created_at": "2024-11-18T16:02:11.155Z",
        "updated_at": "2024-11-18T16:02:11.155Z"
    })
}

/// The `i`-th event of the page: its type, data and context.
fn event(i: usize) -> Value {
    let client = json!({ "client_id": "client_01HQ8Z3K6Y5V4W3T2S1R0QPONM" });
    let (name, data, context) = match i % 10 {
        1 | 7 => ("user.created", authkit_user(i), client),
        4 => ("user.updated", authkit_user(i), client),
        5 => ("dsync.user.created", user(i), Value::Null),
        2 => (
            "organization.updated",
            organization(i),
            json!({
                "actor": { "id": "user_01J9ZC5Z4V8E6G1QWERTYUADMN", "name": "Grace Hopper", "source": "dashboard" },
                "previous_attributes": { "name": format!("Foo Corp {i}") }
            }),
        ),
        8 => (
            "connection.activated",
            json!({
                "object": "connection",
                "id": format!("conn_01E4ZCR3C56J083X43JQXF{i:04}"),
                "organization_id": format!("org_01EHZNVPK3SFK441A1RGBF{i:04}"),
                "connection_type": "OktaSAML",
                "name": format!("Foo Corporation {i} Okta"),
                "state": "active",
                "status": "linked",
                "domains": [{
                    "object": "connection_domain",
                    "id": format!("conn_domain_01E6PK9N3XMD8RHWF7S66{i:04}"),
                    "domain": format!("foo-corp-{i}.com")
                }],
                "created_at": "2023-04-11T09:12:45.120Z",
                "updated_at": "2024-11-18T16:02:11.155Z"
            }),
            Value::Null,
        ),
        _ => (
            "session.created",
            json!({
                "object": "session",
                "id": format!("session_01J9ZC6A4V8E6G1QWERTYU{i:04}"),
                "user_id": format!("user_01J9ZC5Z4V8E6G1QWERTYU{i:04}"),
                "organization_id": "org_01EHZNVPK3SFK441A1RGBFSHRT",
                "status": "active",
                "auth_method": AUTH_METHODS[i % AUTH_METHODS.len()],
                "impersonator": null,
                "ip_address": format!("192.0.2.{}", i % 250),
                "user_agent": "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 \
                               (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
                "expires_at": "2024-11-25T16:02:11.155Z",
                "ended_at": null,
                "created_at": "2024-11-18T16:02:11.155Z",
                "updated_at": "2024-11-18T16:02:11.155Z"
            }),
            client,
        ),
    };
    let mut event = json!({
        "object": "event",
        "id": format!("event_01HQ8Z3K6Y5V4W3T2S1R0Q{i:04}"),
        "event": name,
        "data": data,
        "created_at": format!("2024-11-18T16:{:02}:{:02}.155Z", i / 60, i % 60),
    });
    if !context.is_null() {
        event["context"] = context;
    }
    event
}

/// A page of `PAGE` objects, as the API would send it.
fn page(item: fn(usize) -> Value, id_prefix: &str) -> Vec<u8> {
    let data: Vec<Value> = (0..PAGE).map(item).collect();
    let page = json!({
        "object": "list",
        "data": data,
        "list_metadata": { "before": null, "after": format!("{id_prefix}{:04}", PAGE - 1) }
    });
    serde_json::to_vec(&page).expect("the page serializes")
}

/// The SDK's typed events: the page, then each event made a `workos::events::Event`.
fn sdk_events(bytes: &[u8]) -> Vec<workos::events::Event> {
    let page: workos::types::EventList = serde_json::from_slice(bytes).expect("decodes");
    page.data.into_iter().map(|event| workos::events::Event::try_from(event).expect("typed")).collect()
}

/// [`sdk_events`], the page decoded the way the SDK decodes an answer.
fn sdk_events_bounded(bytes: &[u8]) -> Vec<workos::events::Event> {
    let page: workos::types::EventList = workos_api::decode_json(bytes, budget()).expect("decodes");
    page.data.into_iter().map(|event| workos::events::Event::try_from(event).expect("typed")).collect()
}

/// Prints the least budget each input decodes within, per byte of its JSON.
fn report_budgets(cases: &[Case]) {
    use workos::types::{DirectoryUserList, EventList, Organization, OrganizationList};
    let least = [
        ("a page of 100 directory users", least_budget::<DirectoryUserList>(&cases[0].json), &cases[0].json),
        ("the same, as serde_json::Value", least_budget::<Value>(&cases[0].json), &cases[0].json),
        ("a page of 100 organizations", least_budget::<OrganizationList>(&cases[1].json), &cases[1].json),
        ("one organization", least_budget::<Organization>(&cases[2].json), &cases[2].json),
        (
            "a page of 100 events (data as JSON text)",
            least_budget::<EventList>(&cases[3].json),
            &cases[3].json,
        ),
    ];
    println!("least decode budget, per byte of JSON:");
    for (what, budget, json) in least {
        println!(
            "  {what}: {budget} bytes for {} ({:.2} per byte)",
            json.len(),
            budget as f64 / json.len() as f64
        );
    }
}

fn cases() -> Vec<Case> {
    vec![
        Case {
            group: "decode_directory_users_page",
            what: "a page of 100 directory users",
            json: page(user, "directory_user_01E1JG7J09H96KYP8HM9B0"),
            decoders: vec![
                ("workos::types::DirectoryUserList", decode_as::<workos::types::DirectoryUserList>),
                (
                    "workos::types::DirectoryUserList, bounded (the SDK's path)",
                    decode_bounded::<workos::types::DirectoryUserList>,
                ),
                ("hand-written struct", decode_as::<plain::List<plain::DirectoryUser>>),
                ("serde_json::Value", decode_as::<Value>),
            ],
            baseline: 2,
        },
        Case {
            group: "decode_organizations_page",
            what: "a page of 100 organizations",
            json: page(organization, "org_01EHZNVPK3SFK441A1RGBF"),
            decoders: vec![
                ("workos::types::OrganizationList", decode_as::<workos::types::OrganizationList>),
                (
                    "workos::types::OrganizationList, bounded (the SDK's path)",
                    decode_bounded::<workos::types::OrganizationList>,
                ),
                ("hand-written struct", decode_as::<plain::List<plain::Organization>>),
                ("serde_json::Value", decode_as::<Value>),
            ],
            baseline: 2,
        },
        Case {
            group: "decode_organization",
            what: "one organization",
            json: serde_json::to_vec(&organization(7)).expect("serializes"),
            decoders: vec![
                ("workos::types::Organization", decode_as::<workos::types::Organization>),
                (
                    "workos::types::Organization, bounded (the SDK's path)",
                    decode_bounded::<workos::types::Organization>,
                ),
                ("hand-written struct", decode_as::<plain::Organization>),
                ("serde_json::Value", decode_as::<Value>),
            ],
            baseline: 2,
        },
        Case {
            group: "decode_events_page",
            what: "a page of 100 events of six types, typed",
            json: page(event, "event_01HQ8Z3K6Y5V4W3T2S1R0Q"),
            decoders: vec![
                ("workos::types::EventList, then workos::events::Event each", |bytes| {
                    std::hint::black_box(sdk_events(bytes));
                }),
                (
                    "workos::types::EventList, bounded, then workos::events::Event each (the SDK's path)",
                    |bytes| {
                        std::hint::black_box(sdk_events_bounded(bytes));
                    },
                ),
                ("hand-written types", |bytes| {
                    std::hint::black_box(plain::events_page(bytes).expect("decodes"));
                }),
                ("serde_json::Value", decode_as::<Value>),
                (
                    "workos::types::EventList alone (data left as JSON text)",
                    decode_as::<workos::types::EventList>,
                ),
            ],
            baseline: 2,
        },
    ]
}

/// Checks that the SDK's types and the hand-written ones read the same inputs alike.
fn check(cases: &[Case]) {
    let users: workos::types::DirectoryUserList = serde_json::from_slice(&cases[0].json).expect("decodes");
    let plain_users: plain::List<plain::DirectoryUser> =
        serde_json::from_slice(&cases[0].json).expect("decodes");
    assert_eq!(users.data.len(), PAGE);
    assert_eq!(plain_users.data.len(), PAGE);
    assert!(users.data.iter().all(|u| u.custom_attributes.len() == 20 && u.raw_attributes.len() == 20));
    assert_eq!(users.data[42].raw_attributes, plain_users.data[42].raw_attributes);

    let orgs: workos::types::OrganizationList = serde_json::from_slice(&cases[1].json).expect("decodes");
    let plain_orgs: plain::List<plain::Organization> =
        serde_json::from_slice(&cases[1].json).expect("decodes");
    assert_eq!(orgs.data.len(), PAGE);
    assert_eq!(plain_orgs.data.len(), PAGE);
    assert!(orgs.data.iter().all(|o| o.domains.len() == 2 && o.metadata.len() == 3));
    assert_eq!(orgs.data[42].metadata, plain_orgs.data[42].metadata);
    assert_eq!(orgs.data[42].updated_at, plain_orgs.data[42].updated_at);

    let events = sdk_events(&cases[3].json);
    let plain_events = plain::events_page(&cases[3].json).expect("decodes");
    assert_eq!(events.len(), PAGE);
    assert_eq!(plain_events.len(), PAGE);
    for (ours, theirs) in events.iter().zip(&plain_events) {
        use plain::EventData as P;
        use workos::events::EventData as W;
        assert_eq!(ours.id, theirs.id);
        match (&ours.data, &theirs.data) {
            (W::UserCreated(a), P::UserCreated(b)) | (W::UserUpdated(a), P::UserUpdated(b)) => {
                assert_eq!((a.id.as_str(), a.created_at), (b.id.as_str(), b.created_at))
            }
            (W::DsyncUserCreated(a), P::DsyncUserCreated(b)) => {
                assert_eq!(a.raw_attributes, b.raw_attributes)
            }
            (W::OrganizationUpdated(a), P::OrganizationUpdated(b)) => assert_eq!(a.metadata, b.metadata),
            (W::ConnectionActivated(a), P::ConnectionActivated(b)) => {
                assert_eq!((a.connection_type.as_str(), &a.name), (b.connection_type.as_str(), &b.name))
            }
            (W::SessionCreated(a), P::SessionCreated(b)) => assert_eq!(a.user_agent, b.user_agent),
            (ours, _) => panic!("{} is not typed alike", ours.name()),
        }
    }
}

fn main() {
    let cases = cases();
    check(&cases);
    report_budgets(&cases);

    let mut criterion = Criterion::default().configure_from_args();
    for case in &cases {
        let mut group = criterion.benchmark_group(case.group);
        group.throughput(Throughput::Bytes(case.json.len() as u64));
        for (name, decode) in &case.decoders {
            group.bench_function(*name, |b| b.iter(|| decode(&case.json)));
        }
        group.finish();
    }

    for case in &cases {
        if !common::wants(&format!("{}/paired", case.group)) {
            continue;
        }
        let json = case.json.as_slice();
        let routines: Vec<Box<dyn Fn() + '_>> = case
            .decoders
            .iter()
            .map(|&(_, decode)| Box::new(move || decode(json)) as Box<dyn Fn()>)
            .collect();
        let contenders: Vec<common::Contender<'_>> = case
            .decoders
            .iter()
            .zip(&routines)
            .map(|(&(name, _), routine)| (name, routine.as_ref()))
            .collect();
        common::report_paired(
            &format!("decoding {} ({:.1} KB of JSON)", case.what, json.len() as f64 / 1e3),
            Some(json.len()),
            ROUNDS,
            ROUND,
            &contenders,
            case.baseline,
        );
    }
    criterion.final_summary();
}
