//! A short tour of the SDK: create an organization, read it back, page through and walk a
//! list, and handle a typed error.
//!
//! With `WORKOS_API_KEY` set, it talks to the real API (or `WORKOS_BASE_URL`) and deletes
//! what it created. Without, it starts the local server from `workos-test-server` and needs no
//! network and no account:
//!
//! ```sh
//! cargo run -p workos-sdk --example tour
//! ```

use futures::TryStreamExt;
use workos::types::{CreateOrganization, ListOrganizationsParams, PaginationOrder};
use workos::{ErrorKind, Workos};

#[tokio::main]
// Public so that a test can run the tour exactly as `cargo run` does.
pub async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Keep the local server alive for the whole tour when there is one.
    let (workos, _server) = match std::env::var("WORKOS_API_KEY") {
        Ok(key) if !key.trim().is_empty() => {
            println!(
                "Using the API at {}",
                std::env::var("WORKOS_BASE_URL").unwrap_or(workos::DEFAULT_BASE_URL.into())
            );
            (Workos::from_env()?, None)
        }
        _ => {
            let server = workos_test_server::TestServer::start().await;
            println!("WORKOS_API_KEY is not set: using a local WorkOS server at {}", server.url());
            let workos = Workos::builder().api_key(server.api_key()).base_url(server.url()).build()?;
            (workos, Some(server))
        }
    };

    println!("\n1. Create an organization");
    let created = workos
        .organizations()
        .create(&CreateOrganization::new("Acme (SDK tour)").external_id("tour-acme"))
        .await?;
    println!("   created {} `{}`", created.id, created.name);

    println!("\n2. Fetch it back");
    let fetched = workos.organizations().get(&created.id).await?;
    println!("   got {} `{}`, created at {}", fetched.id, fetched.name, fetched.created_at);

    println!("\n3. One page of organizations, newest first");
    let params = ListOrganizationsParams::default().limit(5).order(PaginationOrder::Desc);
    let page = workos.organizations().list(params.clone()).await?;
    for organization in &page.data {
        println!("   - {} {}", organization.id, organization.name);
    }
    println!("   cursors: before {:?}, after {:?}", page.before, page.after);

    println!("\n4. Walk every organization, page by page as the stream is read");
    let mut pages = 0;
    let mut count = 0;
    let mut walk = workos.organizations().list(params).pages();
    while let Some(page) = walk.try_next().await? {
        pages += 1;
        count += page.data.len();
    }
    println!("   {count} organizations in {pages} pages");
    let first_three: Vec<String> = workos
        .organizations()
        .list(ListOrganizationsParams::default())
        .items()
        .take(3)
        .map_ok(|o| o.name)
        .try_collect()
        .await?;
    println!("   the first three names: {first_three:?}");

    println!("\n5. A typed error");
    match workos.organizations().get(&"org_missing".into()).await {
        Ok(organization) => println!("   unexpectedly found {}", organization.id),
        Err(error) if error.kind() == ErrorKind::NotFound => {
            let api = error.as_api().expect("a 404 carries the API's answer");
            println!("   {error}");
            println!(
                "   kind {:?}, status {}, code {:?}, request id {:?}",
                error.kind(),
                api.status(),
                api.code(),
                api.request_id()
            );
        }
        Err(error) => return Err(error.into()),
    }

    workos.organizations().delete(&created.id).await?;
    println!("\nDeleted {}. Tour done.", created.id);
    Ok(())
}

use futures::StreamExt as _;
