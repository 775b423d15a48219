//! Every operation of the spec, called through the `workos` crate against the local server,
//! which checks each request against the spec: the request is one the API would accept and
//! its answer parses. Prints a table per tag and fails on any operation not reached. Then the
//! same methods with hostile values: ids that would escape their path, and comma-separated
//! filters with a comma inside a value.

use std::collections::{BTreeMap, BTreeSet};

use futures::TryStreamExt;

use workos::Workos;
use workos_test_server::TestServer;

use crate::every_operation_calls::{call_every_method, call_with_a_comma_in_each_filter};
use crate::support::client_for;

pub(crate) struct Harness<'s> {
    server: &'s TestServer,
    failures: Vec<String>,
    /// The operations reached through a list's stream.
    streamed: BTreeSet<String>,
    /// The value every path parameter gets instead of its usual name, if set.
    hostile_id: Option<&'static str>,
    /// The calls refused as expected (`refused`): the method and the filter given a comma.
    refused: BTreeSet<(String, String)>,
}

impl<'s> Harness<'s> {
    fn new(server: &'s TestServer, hostile_id: Option<&'static str>) -> Self {
        Harness {
            server,
            failures: Vec::new(),
            streamed: BTreeSet::new(),
            hostile_id,
            refused: BTreeSet::new(),
        }
    }

    /// The example parameters of a method, the comma-separated `filter` holding its example
    /// value and, after it, a value made of two of them joined by a comma.
    pub(crate) fn with_comma<T: serde::Serialize + serde::de::DeserializeOwned>(&self, filter: &str) -> T {
        let mut params = serde_json::to_value(workos_test_server::example::<T>()).unwrap();
        let value = params[filter][0].as_str().unwrap_or_else(|| panic!("`{filter}` has no example value"));
        params[filter] = serde_json::json!([value, format!("{value},{value}")]);
        serde_json::from_value(params).unwrap()
    }

    /// Expects `call`, given a comma in `filter`, refused as an invalid request.
    pub(crate) fn refused(&mut self, call: &str, filter: &str, result: Result<(), workos::Error>) {
        match result {
            Err(error) if error.kind() == workos::ErrorKind::InvalidRequest => {
                let message = error.to_string();
                if message.contains(&format!("value 1 of `{filter}` contains a comma")) {
                    self.refused.insert((call.to_owned(), filter.to_owned()));
                } else {
                    self.failures.push(format!("{call} ({filter}): refused for another reason: {message}"));
                }
            }
            other => self.failures.push(format!("{call} ({filter}): not refused: {other:?}")),
        }
    }

    /// The value of the path parameter usually called `name`.
    pub(crate) fn id(&self, name: &str) -> String {
        self.hostile_id.unwrap_or(name).to_owned()
    }

    /// The origin of an operation served by another host (the OAuth issuer): the local server
    /// serves those too.
    pub(crate) fn base_url(&self) -> String {
        self.server.url()
    }

    /// Reads the first item of a list through its stream, noting which operation served it.
    pub(crate) async fn walk<T: Send + 'static>(&mut self, call: &str, list: workos::Paginator<T>) {
        let before = self.server.requests().len();
        let result = list.items().try_next().await.map(drop);
        let sent = self.server.requests().into_iter().skip(before).filter_map(|r| r.operation);
        self.streamed.extend(sent);
        self.check(call, result);
    }

    pub(crate) fn check(&mut self, call: &str, result: Result<(), workos::Error>) {
        if let Err(error) = result {
            let detail = error
                .as_api()
                .map(|api| String::from_utf8_lossy(api.body()).into_owned())
                .unwrap_or_default();
            self.failures.push(format!("{call}: {error} {detail}"));
        }
    }
}

/// The four browser redirects and the key set URL are built, not called: each URL is parsed,
/// then opened against the server, which checks its parameters against the spec.
async fn open_every_url(h: &mut Harness<'_>, w: &Workos, server: &TestServer) {
    let pkce = workos::signin::pkce::Pkce::new();
    let urls = [
        (
            "sso_authorization_url",
            w.sso_authorization_url("https://app.example.com/callback").map(|u| {
                u.organization("org_1")
                    .state("st")
                    .provider_scopes(&["a", "b"])
                    .pkce(&pkce)
                    .prompt_login()
                    .build()
            }),
        ),
        (
            "authkit_authorization_url",
            w.authkit_authorization_url("https://app.example.com/callback").map(|u| {
                u.provider("authkit")
                    .screen_hint("sign-up")
                    .state("st")
                    .provider_query_param("hd", "example.com")
                    .pkce(&pkce)
                    .build()
            }),
        ),
        ("authkit_logout_url", w.authkit_logout_url("session_1", Some("https://app.example.com/bye"))),
        ("sso_logout_url", w.sso_logout_url("logout_token_1")),
        ("jwks_url", w.jwks_url()),
    ];
    // reqwest is built without a TLS provider of its own (the SDK brings one); plain HTTP
    // to the local server still needs one installed.
    workos::install_tls_provider();
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().unwrap();
    for (name, url) in urls {
        let url = match url {
            Ok(url) => url,
            Err(error) => {
                h.failures.push(format!("{name}: {error}"));
                continue;
            }
        };
        let parsed =
            url::Url::parse(&url).unwrap_or_else(|e| panic!("{name} built an invalid URL {url}: {e}"));
        assert!(parsed.as_str().starts_with(&server.url()), "{name}: {url}");
        let status = http.get(parsed).send().await.map(|r| r.status().as_u16());
        match status {
            Ok(200 | 302) => {}
            other => h.failures.push(format!("{name}: the server answered {other:?} to {url}")),
        }
    }
}

#[tokio::test]
async fn every_operation_is_reachable_and_accepted() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let mut harness = Harness::new(&server, None);
    call_every_method(&mut harness, &workos).await;
    open_every_url(&mut harness, &workos, &server).await;

    let accepted: std::collections::BTreeSet<String> = server
        .requests()
        .into_iter()
        .filter(|r| (200..400).contains(&r.status))
        .filter_map(|r| r.operation)
        .collect();
    let mut by_tag: BTreeMap<String, (usize, usize, Vec<String>)> = BTreeMap::new();
    for (id, tag) in server.operations() {
        let entry = by_tag.entry(tag).or_default();
        entry.1 += 1;
        if accepted.contains(&id) {
            entry.0 += 1;
        } else {
            entry.2.push(id);
        }
    }
    let mut table = format!("\n{:<50} {:>6}\n", "tag", "called");
    let (mut called, mut total) = (0, 0);
    for (tag, (ok, all, missing)) in &by_tag {
        let missing = if missing.is_empty() { String::new() } else { format!("  missing: {missing:?}") };
        table.push_str(&format!("{tag:<50} {ok:>3}/{all:<3}{missing}\n"));
        called += ok;
        total += all;
    }
    table.push_str(&format!("{:<50} {called:>3}/{total:<3}\n", "all operations"));
    // Written to the process's stderr rather than through `println!`, which the test harness
    // captures: the table belongs in every run's output, passing or not.
    use std::io::Write as _;
    let _ = std::io::stderr().lock().write_all(table.as_bytes());

    assert!(
        harness.failures.is_empty(),
        "{} calls failed:\n{}",
        harness.failures.len(),
        harness.failures.join("\n")
    );
    assert_eq!(called, total, "operations not reached");
    let lists: Vec<&str> = workos_api::operations::ALL.iter().filter(|op| op.list).map(|op| op.id).collect();
    let not_streamed: Vec<&&str> = lists.iter().filter(|id| !harness.streamed.contains(**id)).collect();
    assert!(not_streamed.is_empty(), "list operations not walked as a stream: {not_streamed:?}");
    assert!(!lists.is_empty(), "the operation table has no list");
    assert_eq!(total, workos_api::operations::ALL.len(), "the server answers every operation of the table");
}

/// Every operation with a path parameter, called with ids an attacker would choose: each
/// request either is refused before it is sent or reaches its own operation with the id,
/// decoded, as the whole of each parameter's segment. Operations without one are sent as
/// usual, as many times as with ordinary ids.
#[tokio::test]
async fn hostile_ids_never_change_the_path_requested() {
    let without_parameters = |server: &TestServer| -> Vec<String> {
        let mut ops: Vec<String> = server
            .requests()
            .into_iter()
            .filter_map(|r| r.operation)
            .filter(|op| !workos_api::operations::by_id(op).unwrap().path.contains('{'))
            .collect();
        ops.sort();
        ops
    };
    let server = TestServer::start().await;
    let mut harness = Harness::new(&server, None);
    call_every_method(&mut harness, &client_for(&server)).await;
    let ordinary = without_parameters(&server);
    // Some path parameters are typed values (a Radar list's type), not ids: the harness's ids
    // all end in `_01`.
    let ordinary_paths: BTreeMap<String, String> =
        server.requests().into_iter().filter_map(|r| Some((r.operation?, r.path))).collect();

    let hostile = [
        r"x\..\..\user_management\users\user_1",
        "../../user_management/users/user_1",
        "..%2F..%2Fuser_management",
        "%2e%2e",
        "a?b=c#d",
        "..",
        ".",
        "x/",
        "\\",
        "é;@:+&=$,!*'()",
    ];
    for id in hostile {
        let server = TestServer::start().await;
        let mut harness = Harness::new(&server, Some(id));
        call_every_method(&mut harness, &client_for(&server)).await;
        let mut with_parameters = 0;
        for request in server.requests() {
            let operation = request.operation.as_deref().unwrap_or_else(|| {
                panic!("{id:?}: a request went to no operation: {} {}", request.method, request.path)
            });
            let template = workos_api::operations::by_id(operation).unwrap().path;
            let ordinary_path = &ordinary_paths[operation];
            let segments = template.split('/').zip(request.path.split('/')).zip(ordinary_path.split('/'));
            assert_eq!(request.path.split('/').count(), template.split('/').count(), "{}", request.path);
            for ((expected, sent), ordinary) in segments {
                if expected.starts_with('{') && ordinary.ends_with("_01") {
                    let decoded = percent_encoding::percent_decode_str(sent).decode_utf8_lossy();
                    assert_eq!(decoded, id, "{operation} was sent to {}", request.path);
                    with_parameters += 1;
                }
            }
        }
        assert_eq!(without_parameters(&server), ordinary, "{id:?}: the calls without a path parameter");
        let refused = matches!(id, "." | "..");
        assert_eq!(with_parameters == 0, refused, "{id:?}: {with_parameters} path parameters sent");
    }
}

/// Every comma-separated filter of the spec (a query array with `explode: false`) of every
/// method, given a value that holds a comma: the API would split it into two filters, a wider
/// query than asked for. Each call is refused as an invalid request naming the filter, and
/// the server receives nothing. The filters are read from the spec here, so a new one the
/// generator missed fails the test. The browser redirects' `provider_scopes` are built by
/// the URL builders, not called, and are not filters.
#[tokio::test]
async fn a_comma_inside_a_filter_value_is_refused_before_anything_is_sent() {
    let spec: serde_json::Value = serde_json::from_str(include_str!("../../../spec/openapi.json")).unwrap();
    let mut filters = BTreeSet::new();
    for item in spec["paths"].as_object().unwrap().values() {
        for operation in item.as_object().unwrap().values() {
            let extension =
                <workos_spec_extensions::Operation as workos_spec_extensions::Extension>::read(operation);
            let Some(sdk) = extension.unwrap().sdk else { continue };
            let call = format!("{}().{}", sdk.handle, sdk.method);
            for param in operation["parameters"].as_array().into_iter().flatten() {
                if param["in"] == "query" && param["explode"] == false && param["schema"]["type"] == "array" {
                    filters.insert((call.clone(), param["name"].as_str().unwrap().to_owned()));
                }
            }
        }
    }
    assert!(filters.len() >= 4, "the spec's comma-separated filters: {filters:?}");

    let server = TestServer::start().await;
    let mut harness = Harness::new(&server, None);
    call_with_a_comma_in_each_filter(&mut harness, &client_for(&server)).await;
    assert!(harness.failures.is_empty(), "{}", harness.failures.join("\n"));
    assert_eq!(harness.refused, filters, "every filter of the spec, refused");
    let received: Vec<String> =
        server.requests().into_iter().map(|r| format!("{} {}", r.method, r.path)).collect();
    assert!(received.is_empty(), "the server received {received:?}");
}
