//! The local server's event stream: events from writes and seeds, `GET /events` with its
//! filters, cursors and default order (newest first), and events delivered as signed
//! webhooks to a receiver of the test's own.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::TryStreamExt;
use workos::events::EventData;
use workos::types::{CreateOrganization, ListEventsParams, PaginationOrder};
use workos::webhooks::WebhookVerifier;

use crate::support::server_and_client;

fn ids(events: &[workos::events::Event]) -> Vec<String> {
    events.iter().map(|e| e.id.to_string()).collect()
}

#[tokio::test]
async fn writes_and_seeds_append_their_events_listed_newest_first_by_default() {
    let (server, workos) = server_and_client().await;
    let acme = workos.organizations().create(&CreateOrganization::new("Acme")).await.unwrap();
    let globex = workos.organizations().create(&CreateOrganization::new("Globex")).await.unwrap();
    server.seed("list_directory_users_in_directory", 2);

    // No `order`: newest first, as the API documents.
    let page = workos.events().list(ListEventsParams::default()).await.unwrap();
    let names: Vec<&str> = page.data.iter().map(|e| e.name()).collect();
    assert_eq!(
        names,
        ["dsync.user.created", "dsync.user.created", "organization.created", "organization.created"]
    );
    let oldest = page.data.last().unwrap();
    match &oldest.data {
        EventData::OrganizationCreated(organization) => {
            assert_eq!(organization.id, acme.id);
            assert_eq!(organization.name, "Acme");
        }
        other => panic!("{}", other.name()),
    }
    // The seeded users' events carry the users the list answers.
    let listed: Vec<_> = workos
        .directory_sync()
        .list_directory_users(&"directory_1".into(), Default::default())
        .items()
        .try_collect()
        .await
        .unwrap();
    for event in &page.data[..2] {
        let EventData::DsyncUserCreated(user) = &event.data else { panic!("{}", event.name()) };
        assert!(listed.iter().any(|listed| listed.id == user.id), "{} is not listed", user.id);
    }

    // Ascending walks the other way, page by page with cursors.
    let asc = ListEventsParams::default().order(PaginationOrder::Asc).limit(1);
    let walked: Vec<_> = workos.events().list(asc.clone()).items().try_collect().await.unwrap();
    let mut newest_first = ids(&page.data);
    newest_first.reverse();
    assert_eq!(ids(&walked), newest_first);
    let after_first = workos.events().list(asc.after(walked[0].id.clone()).limit(10)).await.unwrap();
    assert_eq!(ids(&after_first.data), ids(&walked[1..]));

    // Updating and deleting append theirs too.
    let update = workos::types::UpdateOrganization::default().name("Globex Corp");
    workos.organizations().update(&globex.id, &update).await.unwrap();
    workos.organizations().delete(&acme.id).await.unwrap();
    let page = workos.events().list(ListEventsParams::default().limit(2)).await.unwrap();
    match (&page.data[0].data, &page.data[1].data) {
        (EventData::OrganizationDeleted(deleted), EventData::OrganizationUpdated(updated)) => {
            assert_eq!(deleted.id, acme.id);
            assert_eq!(updated.name, "Globex Corp");
        }
        (a, b) => panic!("{} {}", a.name(), b.name()),
    }
}

#[tokio::test]
async fn the_event_list_honours_its_type_organization_and_range_filters() {
    let (server, workos) = server_and_client().await;
    let acme = workos.organizations().create(&CreateOrganization::new("Acme")).await.unwrap();
    let mut membership = server.example_event_data("organization_membership.created", 1).unwrap();
    membership["organization_id"] = acme.id.as_str().into();
    let of_acme = server.append_event("organization_membership.created", membership);
    let mut other = server.example_event_data("organization_membership.created", 2).unwrap();
    other["organization_id"] = "org_other".into();
    server.append_event("organization_membership.created", other);
    tokio::time::sleep(Duration::from_millis(5)).await;
    let later = server.append_event("user.created", server.example_event_data("user.created", 1).unwrap());

    let asc = || ListEventsParams::default().order(PaginationOrder::Asc);
    let list = |params: ListEventsParams| async {
        workos.events().list(params).items().try_collect::<Vec<_>>().await
    };

    let memberships = list(asc().events(["organization_membership.created"])).await.unwrap();
    assert_eq!(memberships.len(), 2);
    let two_types = list(asc().events(["user.created", "organization.created"])).await.unwrap();
    assert_eq!(
        two_types.iter().map(|e| e.name()).collect::<Vec<_>>(),
        ["organization.created", "user.created"]
    );

    let acme_events = list(asc().organization_id(acme.id.clone())).await.unwrap();
    assert_eq!(
        ids(&acme_events),
        [server.events()[0]["id"].as_str().unwrap(), of_acme["id"].as_str().unwrap()]
    );

    let at = later["created_at"].as_str().unwrap().to_owned();
    let since = list(asc().range_start(at.clone())).await.unwrap();
    assert_eq!(ids(&since), [later["id"].as_str().unwrap()]);
    let before = list(asc().range_end(at)).await.unwrap();
    assert_eq!(before.len(), 3);
    assert!(before.iter().all(|e| e.id.as_str() != later["id"]));

    // A range that is not a date-time is refused, not ignored.
    let error = workos.events().list(asc().range_start("yesterday")).await.unwrap_err();
    assert_eq!(error.status(), Some(422));
}

#[tokio::test]
async fn events_are_delivered_as_signed_webhooks_to_the_test_s_url() {
    let (server, workos) = server_and_client().await;
    let secret = "whsec_delivery_test_secret_0123";
    let received: Arc<Mutex<Vec<(String, bytes::Bytes)>>> = Arc::default();
    let app = {
        let received = received.clone();
        axum::Router::new().route(
            "/hooks",
            axum::routing::post(move |headers: http::HeaderMap, body: bytes::Bytes| async move {
                let signature = headers["workos-signature"].to_str().unwrap().to_owned();
                received.lock().unwrap().push((signature, body));
                http::StatusCode::OK
            }),
        )
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hooks", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    assert!(server.deliver_webhooks("https://example.com/hooks", secret).is_err(), "https is not delivered");
    server.deliver_webhooks(&url, secret).unwrap();

    let acme = workos.organizations().create(&CreateOrganization::new("Acme")).await.unwrap();
    let appended = server.append_event("user.created", server.example_event_data("user.created", 3).unwrap());

    let deadline = tokio::time::Instant::now() + Duration::from_secs(10);
    while server.webhook_deliveries().len() < 2 {
        assert!(tokio::time::Instant::now() < deadline, "two deliveries within 10 s");
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    let verifier = WebhookVerifier::new(secret).unwrap();
    let received = received.lock().unwrap().clone();
    assert_eq!(received.len(), 2);
    let first = verifier.construct_event(&received[0].1, &received[0].0).unwrap();
    match &first.data {
        EventData::OrganizationCreated(organization) => assert_eq!(organization.id, acme.id),
        other => panic!("{}", other.name()),
    }
    let second = verifier.construct_event(&received[1].1, &received[1].0).unwrap();
    assert_eq!(second.id, appended["id"].as_str().unwrap());
    assert!(matches!(second.data, EventData::UserCreated(_)));
    // The same event as the list gives it.
    let listed = workos.events().list(ListEventsParams::default().limit(1)).await.unwrap();
    assert_eq!(listed.data[0].id, second.id);
    // A wrong secret does not verify it.
    let wrong = WebhookVerifier::new("whsec_another_secret_entirely").unwrap();
    assert!(wrong.construct_event(&received[1].1, &received[1].0).is_err());
    let deliveries = server.webhook_deliveries();
    assert!(deliveries.iter().all(|d| d.status == Some(200) && d.attempts == 1), "{deliveries:?}");
}
