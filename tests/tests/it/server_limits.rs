//! The local server stays bounded whatever a client sends: bodies, heads, slow heads, the
//! request log, and running out of file descriptors. Each is driven over a real socket,
//! byte by byte where the point is what the server reads and when.

use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use workos_test_server::{DEFAULT_MAX_BODY_SIZE, TestServer};

/// Far more than any limit: the size the issue's two posts declared.
const HALF_A_GIGABYTE: u64 = 512 * 1024 * 1024;

/// Long enough for any answer on a loaded machine; the old server never answered at all.
const PATIENCE: Duration = Duration::from_secs(10);

async fn connect(server: &TestServer) -> TcpStream {
    TcpStream::connect(server.addr()).await.unwrap()
}

/// Reads an answer's head and returns its status, failing if none comes within [`PATIENCE`].
async fn status_of(stream: &mut TcpStream) -> u16 {
    let mut head = Vec::new();
    let read = async {
        let mut byte = [0u8; 1];
        while !head.ends_with(b"\r\n\r\n") {
            if stream.read(&mut byte).await.unwrap() == 0 {
                break;
            }
            head.push(byte[0]);
        }
    };
    tokio::time::timeout(PATIENCE, read).await.expect("an answer before the body was sent");
    let head = String::from_utf8_lossy(&head);
    head.split(' ').nth(1).and_then(|s| s.parse().ok()).unwrap_or_else(|| panic!("no status in {head:?}"))
}

/// The head of a `POST /organizations` declaring a body of `length` bytes.
fn post_head(authorization: Option<&str>, length: u64) -> String {
    let authorization = authorization.map(|a| format!("Authorization: {a}\r\n")).unwrap_or_default();
    format!(
        "POST /organizations HTTP/1.1\r\nHost: localhost\r\n{authorization}Content-Type: application/json\r\nContent-Length: {length}\r\n\r\n"
    )
}

#[tokio::test]
async fn a_request_without_a_valid_key_is_refused_before_its_body_is_read() {
    let server = TestServer::start().await;
    for authorization in [None, Some("Bearer sk_test_wrong"), Some("Basic c2s6c2s=")] {
        let mut stream = connect(&server).await;
        // Only the head is sent: an answer proves the server did not wait for the body.
        stream.write_all(post_head(authorization, HALF_A_GIGABYTE).as_bytes()).await.unwrap();
        assert_eq!(status_of(&mut stream).await, 401, "{authorization:?}");
    }
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert!(requests.iter().all(|r| r.status == 401 && r.body.is_empty()), "{requests:?}");
}

#[tokio::test]
async fn a_client_that_sends_a_huge_body_without_a_key_is_cut_off() {
    let server = TestServer::start().await;
    let mut stream = connect(&server).await;
    stream.write_all(post_head(Some("Bearer sk_test_wrong"), HALF_A_GIGABYTE).as_bytes()).await.unwrap();
    // Write the whole declared body: the server answers and closes without reading it, so
    // the writes fail once the socket buffers (a few MiB) are full. The old server read and
    // kept all of it.
    let chunk = vec![b' '; 64 * 1024];
    let mut sent: u64 = 0;
    let write = async {
        while sent < HALF_A_GIGABYTE {
            if stream.write_all(&chunk).await.is_err() {
                return true;
            }
            sent += chunk.len() as u64;
        }
        false
    };
    let cut_off = tokio::time::timeout(PATIENCE, write).await.unwrap_or(false);
    assert!(cut_off, "the server took {sent} bytes of the body");
    assert!(sent < 64 * 1024 * 1024, "the server took {sent} bytes of the body");
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!((requests[0].status, requests[0].body.len()), (401, 0));
}

#[tokio::test]
async fn an_oversized_body_is_refused_413_even_with_a_good_key() {
    // Declared too large: refused from the head alone, with the default limit.
    let server = TestServer::start().await;
    let bearer = format!("Bearer {}", server.api_key());
    let mut stream = connect(&server).await;
    stream.write_all(post_head(Some(&bearer), DEFAULT_MAX_BODY_SIZE as u64 + 1).as_bytes()).await.unwrap();
    assert_eq!(status_of(&mut stream).await, 413);
    let requests = server.requests();
    assert_eq!((requests[0].status, requests[0].body.len()), (413, 0));

    // Chunked, so that only reading tells: refused once the limit is passed, and the part read
    // is not kept. The last chunk is never sent, so an answer shows the server stopped reading.
    let limit = 1024;
    let server = TestServer::builder().max_body_size(limit).start().await.unwrap();
    let mut stream = connect(&server).await;
    let head = format!(
        "POST /organizations HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n",
        server.api_key()
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    let chunk = format!("{:x}\r\n{}\r\n", 600, " ".repeat(600));
    stream.write_all(chunk.as_bytes()).await.unwrap();
    stream.write_all(chunk.as_bytes()).await.unwrap();
    assert_eq!(status_of(&mut stream).await, 413);
    let requests = server.requests();
    assert_eq!((requests[0].status, requests[0].body.len()), (413, 0));

    // A body of exactly the limit is read and answered as usual.
    let json = r#"{"name":"Limit"}"#;
    let body = format!("{json}{}", " ".repeat(limit - json.len()));
    let response = http()
        .post(format!("{}/organizations", server.url()))
        .bearer_auth(server.api_key())
        .header("content-type", "application/json")
        .body(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 201);
    let created = server.requests_for("create_organization");
    assert_eq!(created.last().unwrap().body.len(), limit);
}

#[tokio::test]
async fn an_oversized_head_is_refused_431() {
    let server = TestServer::start().await;
    let mut stream = connect(&server).await;
    let head = format!(
        "GET /organizations HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer {}\r\nX-Padding: {}\r\n\r\n",
        server.api_key(),
        "x".repeat(32 * 1024)
    );
    stream.write_all(head.as_bytes()).await.unwrap();
    assert_eq!(status_of(&mut stream).await, 431);
    assert!(server.requests().is_empty(), "a refused head is not recorded");
}

fn http() -> reqwest::Client {
    workos::install_tls_provider();
    reqwest::Client::new()
}

/// Reads until the server closes the connection; `false` if it is still open after
/// [`PATIENCE`]. A reset counts as closed.
async fn closed_by_server(stream: &mut (impl AsyncReadExt + Unpin)) -> bool {
    let drain = async {
        let mut buffer = [0u8; 1024];
        loop {
            match stream.read(&mut buffer).await {
                Ok(0) | Err(_) => return,
                Ok(_) => {}
            }
        }
    };
    tokio::time::timeout(PATIENCE, drain).await.is_ok()
}

#[tokio::test]
async fn a_head_that_never_ends_is_cut_off_and_others_are_still_served() {
    let server = TestServer::builder().header_read_timeout(Duration::from_millis(300)).start().await.unwrap();

    // A header whose value never ends, sent a byte at a time: every read brings bytes, and
    // it stays far below the size and count limits for minutes, so only a deadline on the
    // whole head ends it.
    let (mut reader, mut writer) = connect(&server).await.into_split();
    let trickle = tokio::spawn(async move {
        let mut sent = writer.write_all(b"GET /organizations HTTP/1.1\r\nHost: localhost\r\nX-Slow: ").await;
        while sent.is_ok() {
            tokio::time::sleep(Duration::from_millis(50)).await;
            sent = writer.write_all(b"a").await;
        }
    });
    // A connection that sends nothing at all.
    let mut silent = connect(&server).await;

    // Meanwhile others are answered.
    let response = http()
        .get(format!("{}/organizations", server.url()))
        .bearer_auth(server.api_key())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);

    assert!(closed_by_server(&mut reader).await, "the slow head's connection is still open");
    assert!(closed_by_server(&mut silent).await, "the silent connection is still open");
    trickle.abort();

    let response = http()
        .get(format!("{}/organizations", server.url()))
        .bearer_auth(server.api_key())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(server.requests_for("list_organizations").len(), 2, "the cut-off head is not recorded");
}

#[tokio::test]
async fn the_request_log_keeps_the_latest_requests_up_to_its_capacity() {
    let server = TestServer::builder().request_log_capacity(3).start().await.unwrap();
    let client = http();
    for i in 0..5 {
        let url = format!("{}/organizations/org_{i}", server.url());
        let response = client.get(url).bearer_auth(server.api_key()).send().await.unwrap();
        assert_eq!(response.status().as_u16(), 200);
    }
    let requests = server.requests();
    let kept: Vec<(u64, &str, u16)> =
        requests.iter().map(|r| (r.number(), r.path.as_str(), r.status)).collect();
    assert_eq!(
        kept,
        [
            (2, "/organizations/org_2", 200),
            (3, "/organizations/org_3", 200),
            (4, "/organizations/org_4", 200)
        ]
    );
    assert_eq!(server.requests_for("get_organization").len(), 3);
}

/// Set in the child process [`accept_errors_are_backed_off`] starts.
#[cfg(target_os = "linux")]
const CHILD: &str = "WORKOS_TEST_SERVER_FD_CHILD";

/// Runs a server in a process of its own with few file descriptors, uses them all up, and
/// checks that the server's accept loop, which then fails on every call, does not spin: the
/// process uses little CPU while a connection waits. Once descriptors are free again, the
/// waiting connection is served.
#[cfg(target_os = "linux")]
#[test]
fn accept_errors_are_backed_off() {
    use std::io::{BufRead, BufReader, Read, Write};
    use std::process::{Command, Stdio};

    let exe = std::env::current_exe().unwrap();
    let mut child = Command::new("sh")
        .arg("-c")
        .arg(r#"ulimit -n 256 && exec "$0" "$@""#)
        .arg(&exe)
        .args(["server_limits::out_of_descriptors_child", "--exact", "--ignored", "--nocapture"])
        .env(CHILD, "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut to_child = child.stdin.take().unwrap();
    let mut from_child = BufReader::new(child.stdout.take().unwrap());
    let mut expect = |prefix: &str| -> String {
        let mut line = String::new();
        loop {
            line.clear();
            assert!(from_child.read_line(&mut line).unwrap() > 0, "the child ended before {prefix:?}");
            if let Some(rest) = line.trim_end().strip_prefix(prefix) {
                return rest.to_owned();
            }
        }
    };
    let port: u16 = expect("port ").parse().unwrap();
    expect("full");

    // This process has descriptors to spare: the connection completes and waits in the
    // child's backlog, where every accept fails with EMFILE.
    let mut waiting = std::net::TcpStream::connect(("127.0.0.1", port)).unwrap();
    let cpu_ticks = || -> u64 {
        let stat = std::fs::read_to_string(format!("/proc/{}/stat", child.id())).unwrap();
        let fields: Vec<&str> = stat.rsplit_once(')').unwrap().1.split_whitespace().collect();
        // utime and stime, fields 14 and 15 of the file (the 12th and 13th after the name).
        fields[11].parse::<u64>().unwrap() + fields[12].parse::<u64>().unwrap()
    };
    let before = cpu_ticks();
    let started = std::time::Instant::now();
    std::thread::sleep(Duration::from_millis(1500));
    let used = Duration::from_millis((cpu_ticks() - before) * 10); // USER_HZ is 100 on Linux
    let elapsed = started.elapsed();
    // A backed-off loop tries about ten times in that time and uses next to nothing (0 ms
    // measured); the old loop spun on one core (560 ms measured, on a loaded machine).
    assert!(
        used < elapsed / 10,
        "the child used {used:?} of CPU in {elapsed:?} with accept failing: the accept loop spins"
    );

    writeln!(to_child, "free").unwrap();
    expect("freed");
    waiting.set_read_timeout(Some(PATIENCE)).unwrap();
    write!(waiting, "GET /organizations/org_1 HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer sk_test_local_server\r\nConnection: close\r\n\r\n").unwrap();
    let mut answer = String::new();
    waiting.read_to_string(&mut answer).unwrap();
    assert!(
        answer.starts_with("HTTP/1.1 200"),
        "the waiting connection is served once descriptors are free: {answer:?}"
    );

    writeln!(to_child, "exit").unwrap();
    assert!(child.wait().unwrap().success());
}

/// The child of [`accept_errors_are_backed_off`]; does nothing when run otherwise.
#[cfg(target_os = "linux")]
#[test]
#[ignore = "run by `accept_errors_are_backed_off`, in a process with few file descriptors"]
fn out_of_descriptors_child() {
    use std::io::BufRead;

    if std::env::var_os(CHILD).is_none() {
        return;
    }
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let server = runtime.block_on(TestServer::start());
    println!("port {}", server.addr().port());
    let mut files = Vec::new();
    let exhausted = loop {
        match std::fs::File::open("/dev/null") {
            Ok(file) => files.push(file),
            Err(error) => break error,
        }
    };
    assert_eq!(exhausted.raw_os_error(), Some(24), "EMFILE, not {exhausted}");
    println!("full");

    let mut lines = std::io::stdin().lock().lines();
    assert_eq!(lines.next().unwrap().unwrap(), "free");
    drop(files);
    println!("freed");
    assert_eq!(lines.next().unwrap().unwrap(), "exit");
    drop(server);
}
