//! The yardstick of `cargo xtask build-times`: what `workos/examples/minimal.rs` does (one
//! organization fetched, its id and name printed), written by hand with `reqwest`, `serde`,
//! `serde_json` and `tokio` alone, as a program would without the SDK. It exists to be built:
//! its clean build time and stripped binary size are what the SDK's are divided by.
//!
//! It is not a target of the xtask package (cargo does not look in `programs/`); `build-times`
//! builds it as a package of its own. Run it as the example runs:
//!
//! ```sh
//! WORKOS_API_KEY=sk_... workos-plain org_01EHZNVPK3SFK441A1RGBFSHRT
//! ```

use std::collections::BTreeMap;

use serde::Deserialize;

/// An organization, as a program would declare it by hand: the shape of
/// `tests/benches/plain/`'s, with the timestamps left as text (a program that only prints
/// the name has no reason to pull in a date library).
// The program prints two fields; the others are decoded, as a program that used them would.
#[allow(dead_code)]
#[derive(Debug, Deserialize)]
struct Organization {
    object: String,
    id: String,
    name: String,
    allow_profiles_outside_organization: Option<bool>,
    #[serde(default)]
    domains: Vec<OrganizationDomain>,
    #[serde(default)]
    metadata: BTreeMap<String, String>,
    external_id: Option<String>,
    stripe_customer_id: Option<String>,
    created_at: String,
    updated_at: String,
}

#[allow(dead_code)]
#[derive(Debug, Deserialize)]
struct OrganizationDomain {
    object: String,
    id: String,
    domain: String,
    organization_id: Option<String>,
    state: Option<String>,
    verification_strategy: Option<String>,
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    // reqwest's `rustls-no-provider` leaves the cryptography to the program: *ring*, as the
    // SDK uses (reqwest's `rustls` would bring aws-lc-rs, a much longer build), deprecated since
    // rustls 0.23.48 for lacking post-quantum key exchange.
    #[allow(deprecated)]
    let _ = rustls::crypto::ring::default_provider().install_default();

    let key = std::env::var("WORKOS_API_KEY")?;
    let base = std::env::var("WORKOS_BASE_URL")
        .ok()
        .filter(|url| !url.is_empty())
        .unwrap_or_else(|| "https://api.workos.com".to_owned());
    let id = std::env::args().nth(1).unwrap_or_else(|| "org_01EHZNVPK3SFK441A1RGBFSHRT".to_owned());

    let organization: Organization = reqwest::Client::new()
        .get(format!("{}/organizations/{id}", base.trim_end_matches('/')))
        .bearer_auth(key)
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    println!("{} {}", organization.id, organization.name);
    Ok(())
}
