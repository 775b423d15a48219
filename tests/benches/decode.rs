//! Decoding a page of 100 directory users: the SDK's generated type against a hand-written
//! struct with the same fields, and against `serde_json::Value`.
//!
//! The page is built in memory, the same every run: each user has 20 custom attributes and
//! 20 raw attributes (some of them nested, as identity providers send them), two groups, a
//! role, and an e-mail address. Throughput is in bytes of JSON per second.
//!
//! After criterion's numbers, a paired measurement decodes the page with each decoder in
//! turn, round after round, and reports the medians and the median of the per-round ratios
//! to the hand-written struct, which hold up better than separate runs on a busy machine.

mod common;

use criterion::{Criterion, Throughput};
use serde::Deserialize;
use serde_json::{Map, Value, json};

/// How many users the page holds: the API's largest page.
const USERS: usize = 100;
/// Rounds of the paired measurement.
const ROUNDS: usize = 31;

/// A user as a program would declare it by hand, with the fields of
/// `workos::types::DirectoryUser` and plain strings where the SDK has open enums.
#[derive(Debug, Deserialize)]
#[allow(dead_code)] // Decoded, then dropped: the fields are there to be decoded.
struct PlainUser {
    object: String,
    id: String,
    directory_id: String,
    organization_id: Option<String>,
    idp_id: Option<String>,
    email: Option<String>,
    username: Option<String>,
    first_name: Option<String>,
    last_name: Option<String>,
    name: Option<String>,
    job_title: Option<String>,
    state: Option<String>,
    #[serde(default)]
    emails: Vec<PlainEmail>,
    #[serde(default)]
    groups: Vec<PlainGroup>,
    role: Option<PlainRole>,
    #[serde(default)]
    roles: Vec<PlainRole>,
    #[serde(default)]
    custom_attributes: Map<String, Value>,
    #[serde(default)]
    raw_attributes: Map<String, Value>,
    created_at: chrono::DateTime<chrono::Utc>,
    updated_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct PlainEmail {
    primary: Option<bool>,
    #[serde(rename = "type")]
    kind: Option<String>,
    value: Option<String>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct PlainGroup {
    object: String,
    id: String,
    idp_id: Option<String>,
    directory_id: String,
    organization_id: Option<String>,
    name: String,
    #[serde(default)]
    raw_attributes: Map<String, Value>,
    created_at: chrono::DateTime<chrono::Utc>,
    updated_at: chrono::DateTime<chrono::Utc>,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct PlainRole {
    slug: String,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct PlainList {
    object: String,
    data: Vec<PlainUser>,
    list_metadata: PlainListMetadata,
}

#[derive(Debug, Deserialize)]
#[allow(dead_code)]
struct PlainListMetadata {
    before: Option<String>,
    after: Option<String>,
}

/// A named way of decoding the page.
type Decoder = (&'static str, fn(&[u8]));

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

/// The page, as the API would send it.
fn page() -> Vec<u8> {
    let data: Vec<Value> = (0..USERS).map(user).collect();
    let page = json!({
        "object": "list",
        "data": data,
        "list_metadata": {
            "before": null,
            "after": format!("directory_user_01E1JG7J09H96KYP8HM9B0{:04}", USERS - 1)
        }
    });
    serde_json::to_vec(&page).expect("the page serializes")
}

fn main() {
    let page = page();
    // Every decoder reads the whole page, and the two typed ones agree.
    let typed: workos::types::DirectoryUserList =
        serde_json::from_slice(&page).expect("the SDK type decodes");
    let plain: PlainList = serde_json::from_slice(&page).expect("the hand-written type decodes");
    assert_eq!(typed.data.len(), USERS);
    assert_eq!(plain.data.len(), USERS);
    assert!(typed.data.iter().all(|u| u.custom_attributes.len() == 20 && u.raw_attributes.len() == 20));
    assert_eq!(typed.data[42].raw_attributes, plain.data[42].raw_attributes);

    let decoders: [Decoder; 3] = [
        ("workos::types::DirectoryUserList", |bytes| {
            let page: workos::types::DirectoryUserList = serde_json::from_slice(bytes).expect("decodes");
            std::hint::black_box(page);
        }),
        ("hand-written struct", |bytes| {
            let page: PlainList = serde_json::from_slice(bytes).expect("decodes");
            std::hint::black_box(page);
        }),
        ("serde_json::Value", |bytes| {
            let page: Value = serde_json::from_slice(bytes).expect("decodes");
            std::hint::black_box(page);
        }),
    ];

    let mut criterion = Criterion::default().configure_from_args();
    let mut group = criterion.benchmark_group("decode_directory_users_page");
    group.throughput(Throughput::Bytes(page.len() as u64));
    for (name, decode) in &decoders {
        group.bench_function(*name, |b| b.iter(|| decode(&page)));
    }
    group.finish();

    if common::wants("decode_directory_users_page/paired") {
        // Rounds of 10 pages per decoder, in turn: the ratios hold up on a busy machine.
        let page = page.as_slice();
        let routines: Vec<Box<dyn Fn() + '_>> =
            decoders.iter().map(|&(_, decode)| Box::new(move || decode(page)) as Box<dyn Fn()>).collect();
        let routines: Vec<&dyn Fn()> = routines.iter().map(|r| r.as_ref()).collect();
        let times = common::paired(ROUNDS, 10, &routines);
        common::report_heading(&format!(
            "decoding a page of {USERS} directory users ({:.1} KB of JSON), paired: {ROUNDS} \
             rounds of 10 pages per decoder, medians",
            page.len() as f64 / 1e3
        ));
        println!("| decoder | time per page | MB/s | time relative to the hand-written struct |");
        println!("|---|---|---|---|");
        for (i, (name, _)) in decoders.iter().enumerate() {
            let median = common::median(&times[i]);
            println!(
                "| {name} | {} | {:.0} | {:.3} |",
                common::human(median),
                page.len() as f64 / median / 1e6,
                common::median_ratio(&times, i, 1)
            );
        }
    }
    criterion.final_summary();
}
