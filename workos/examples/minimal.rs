//! The smallest useful program: a client from the environment, one organization fetched.
//!
//! ```sh
//! WORKOS_API_KEY=sk_... cargo run -p workos-sdk --example minimal -- org_01EHZNVPK3SFK441A1RGBFSHRT
//! ```
//!
//! `cargo xtask build-times` builds this file as a program of its own, depending on `workos`
//! alone, to measure what the SDK costs a program's build and binary.

#[tokio::main(flavor = "current_thread")]
async fn main() -> Result<(), workos::Error> {
    let workos = workos::Workos::from_env()?;
    let id = std::env::args().nth(1).unwrap_or_else(|| "org_01EHZNVPK3SFK441A1RGBFSHRT".to_owned());
    let id = workos::types::OrganizationId::new(id);
    let organization = workos.organizations().get(&id).await?;
    println!("{} {}", organization.id, organization.name);
    Ok(())
}
