//! Runs the local WorkOS server by hand, for trying the SDK (or any HTTP client) offline.
//!
//! ```text
//! cargo run -p workos-test-server -- [--port 8787] [--api-key sk_...] [--seed OPERATION=COUNT]...
//! ```
//!
//! It prints the environment to export so that `Workos::from_env` talks to it, then serves
//! until interrupted. Every request is logged on one line.

use std::time::Duration;

use workos_test_server::TestServer;

const USAGE: &str = "usage: workos-local-server [--port N] [--api-key KEY] [--seed OPERATION=COUNT]...";

struct Options {
    port: u16,
    api_keys: Vec<String>,
    seeds: Vec<(String, usize)>,
}

fn parse(mut args: impl Iterator<Item = String>) -> Result<Options, String> {
    let mut options = Options { port: 8787, api_keys: Vec::new(), seeds: Vec::new() };
    while let Some(flag) = args.next() {
        let mut value = || args.next().ok_or_else(|| format!("{flag} needs a value"));
        match flag.as_str() {
            "--port" => options.port = value()?.parse().map_err(|_| "--port takes a number".to_owned())?,
            "--api-key" => options.api_keys.push(value()?),
            "--seed" => {
                let seed = value()?;
                let (operation, count) =
                    seed.split_once('=').ok_or_else(|| format!("--seed {seed}: expected OPERATION=COUNT"))?;
                let count = count.parse().map_err(|_| format!("--seed {seed}: the count is not a number"))?;
                options.seeds.push((operation.to_owned(), count));
            }
            "-h" | "--help" => return Err(USAGE.to_owned()),
            other => return Err(format!("unknown argument {other:?}\n{USAGE}")),
        }
    }
    Ok(options)
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let options = match parse(std::env::args().skip(1)) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("{message}");
            std::process::exit(2);
        }
    };
    let server = match TestServer::start_on(options.port).await {
        Ok(server) => server,
        Err(error) => {
            eprintln!("cannot listen on 127.0.0.1:{}: {error}", options.port);
            std::process::exit(1);
        }
    };
    for key in &options.api_keys {
        server.accept_api_key(key);
    }
    let known: Vec<String> = server.operations().into_iter().map(|(id, _)| id).collect();
    for (operation, count) in &options.seeds {
        if !known.contains(operation) {
            eprintln!("--seed: no operation is called {operation:?}");
            std::process::exit(2);
        }
        server.seed(operation, *count);
    }

    println!("A local WorkOS server answers {} operations at {}", known.len(), server.url());
    println!("export WORKOS_BASE_URL={} WORKOS_API_KEY={}", server.url(), server.api_key());
    println!("Ctrl-C stops it.\n");

    // Poll the request log rather than hook into the server: it keeps the library free of
    // logging that only this binary wants.
    // The log keeps only the latest requests, so a request is found by its number, which
    // stays put when older ones leave the log, rather than by its place in it.
    let mut next = 0;
    loop {
        tokio::time::sleep(Duration::from_millis(200)).await;
        let requests = server.requests();
        let first_new = requests.partition_point(|r| r.number() < next);
        for request in &requests[first_new..] {
            // A request is recorded when it arrives and completed when it is answered; a
            // dropped connection stays at status 0, so wait a little before showing that.
            if request.status == 0 && request.at.elapsed() < Duration::from_secs(5) {
                break;
            }
            if request.number() > next {
                println!("({} requests left the log before they were shown)", request.number() - next);
            }
            println!(
                "{} {} {} -> {}",
                request.method,
                request.path,
                request.operation.as_deref().unwrap_or("(no operation)"),
                request.status
            );
            next = request.number() + 1;
        }
    }
}
