//! Helpers shared by the tests.

use workos::Workos;
use workos_test_server::TestServer;

/// A local server and a client pointed at it.
pub async fn server_and_client() -> (TestServer, Workos) {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    (server, workos)
}

/// A client for `server`, with its accepted key.
pub fn client_for(server: &TestServer) -> Workos {
    Workos::builder()
        .api_key(server.api_key())
        .client_id("client_test_123")
        .base_url(server.url())
        .build()
        .expect("a valid configuration")
}

/// A client for `server` with quick retries, so that tests do not wait for real backoffs.
pub fn quick_client(server: &TestServer) -> Workos {
    Workos::builder()
        .api_key(server.api_key())
        .base_url(server.url())
        .retry_policy(
            workos::RetryPolicy::default()
                .initial_backoff(std::time::Duration::from_millis(10))
                .max_backoff(std::time::Duration::from_millis(40)),
        )
        .build()
        .expect("a valid configuration")
}

/// Fails when `error` shows any of `secrets`: in its message, in either form of its `Debug`,
/// or in the message or `Debug` of any error in its `source()` chain. A credential that leaks
/// through an error ends up in logs and bug reports, which is why every form is checked.
pub fn assert_no_secret(error: &(dyn std::error::Error + 'static), secrets: &[&str]) {
    // An empty secret is contained in every text and would make the check meaningless.
    assert!(secrets.iter().all(|s| !s.is_empty()), "a secret to look for is empty");
    let mut level: Option<&(dyn std::error::Error + 'static)> = Some(error);
    let mut depth = 0;
    while let Some(current) = level {
        for text in [format!("{current}"), format!("{current:?}"), format!("{current:#?}")] {
            for secret in secrets {
                assert!(!text.contains(secret), "a secret shows in the error (source depth {depth}): {text}");
            }
        }
        level = current.source();
        depth += 1;
    }
}

/// The spec as committed, parsed.
pub fn committed_spec() -> openapiv3::OpenAPI {
    serde_json::from_str(include_str!("../../../spec/openapi.json")).expect("spec/openapi.json parses")
}

/// The named items of generated source, pretty-printed: the structs, enums and impls of
/// `types` whose type is in `types`, and the `Client` methods in `methods`.
pub fn excerpt(source: &str, types: &[&str], methods: &[&str]) -> String {
    use quote::ToTokens;
    let file = syn::parse_file(source).expect("generated source parses");
    let mut items: Vec<syn::Item> = Vec::new();
    for item in &file.items {
        match item {
            syn::Item::Mod(module) if module.ident == "types" => {
                for inner in &module.content.as_ref().expect("inline module").1 {
                    let name = match inner {
                        syn::Item::Struct(s) => s.ident.to_string(),
                        syn::Item::Enum(e) => e.ident.to_string(),
                        syn::Item::Impl(i) => i.self_ty.to_token_stream().to_string(),
                        _ => continue,
                    };
                    if types.contains(&name.as_str()) {
                        items.push(inner.clone());
                    }
                }
            }
            syn::Item::Impl(block)
                if block.trait_.is_none() && block.self_ty.to_token_stream().to_string() == "Client" =>
            {
                for inner in &block.items {
                    if let syn::ImplItem::Fn(f) = inner
                        && methods.contains(&f.sig.ident.to_string().as_str())
                    {
                        let mut only = block.clone();
                        only.items = vec![inner.clone()];
                        items.push(syn::Item::Impl(only));
                    }
                }
            }
            // The functions every method shares (`send`, `send_json`, `send_empty`).
            syn::Item::Fn(f) if methods.contains(&f.sig.ident.to_string().as_str()) => {
                items.push(item.clone())
            }
            _ => {}
        }
    }
    let mut out: syn::File = syn::parse_quote!();
    out.items = items;
    prettyplease::unparse(&out)
}

/// Counts what a client's pacing and retry budget report through [`workos::Metrics`].
#[derive(Debug, Default)]
pub struct Counters {
    pub waits: std::sync::atomic::AtomicU64,
    pub pauses: std::sync::atomic::AtomicU64,
    pub refused_retries: std::sync::atomic::AtomicU64,
    pub unavailable: std::sync::atomic::AtomicU64,
    pub recovered: std::sync::atomic::AtomicU64,
}

impl Counters {
    /// The value of one counter.
    pub fn get(counter: &std::sync::atomic::AtomicU64) -> u64 {
        counter.load(std::sync::atomic::Ordering::SeqCst)
    }
}

impl workos::Metrics for Counters {
    fn pacing_waited(&self, _operation: &'static str, _waited: std::time::Duration) {
        self.waits.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    fn paused(&self, _operation: &'static str, _pause: std::time::Duration) {
        self.pauses.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    fn retry_refused(&self, _operation: &'static str) {
        self.refused_retries.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    fn shared_store_unavailable(&self) {
        self.unavailable.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    fn shared_store_recovered(&self) {
        self.recovered.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }
}

/// The value of a variable naming a real server a test needs (see the BRIEF's "Real
/// servers"): `None`, with a message, when it is not set, except under CI, where it must be.
pub fn real_server(variable: &str, why: &str) -> Option<String> {
    match std::env::var(variable).ok().filter(|v| !v.is_empty()) {
        Some(value) => Some(value),
        None if std::env::var_os("CI").is_some() => panic!("{variable} is not set under CI: {why}"),
        None => {
            eprintln!("skipped: {variable} is not set ({why})");
            None
        }
    }
}

/// Starts `call` in the background and returns once the server has answered it `429` and the
/// client has had time to act on the answer (set its pause).
pub async fn rate_limited<T: Send + 'static>(
    server: &TestServer,
    operation: &str,
    call: impl std::future::Future<Output = T> + Send + 'static,
) -> (tokio::task::JoinHandle<T>, workos_test_server::RecordedRequest) {
    use std::time::Duration;
    let task = tokio::spawn(call);
    let limited = tokio::time::timeout(Duration::from_secs(5), async {
        loop {
            if let Some(limited) = server.requests_for(operation).into_iter().find(|r| r.status == 429) {
                return limited;
            }
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
    })
    .await
    .expect("the call meets the 429");
    // The answer is on a local socket: the client reads it and sets its pause well within this.
    tokio::time::sleep(Duration::from_millis(200)).await;
    (task, limited)
}
