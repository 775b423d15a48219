//! What the benchmarks share: a minimal HTTP server, a Tokio runtime for the client side,
//! reading what a `cargo bench` run asked for, and summary statistics.
//!
//! The server is deliberately not [`workos_test_server::TestServer`]: that one checks every request
//! against the spec and would cost more than the client being measured. This one answers
//! every request with whatever its handler returns, on a thread and runtime of its own, so
//! that the client's runtime measures the client alone.

// Each benchmark binary uses a different part of this module.
#![allow(dead_code)]

use std::convert::Infallible;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::request::Parts;
use http_body_util::Full;

/// Answers a request (its head only: the benchmarks send no bodies) with a JSON body.
pub type Handler = Arc<dyn Fn(&Parts) -> Bytes + Send + Sync>;

/// A server on `127.0.0.1` that answers every request with `200`, the handler's JSON body,
/// `x-request-id: req_bench`, after `delay` (none when zero). Keep-alive is on (hyper's
/// default). It runs on its own thread until the process ends; `on_thread_start` runs first
/// on that thread (the walk benchmark uses it to leave the server out of its memory count).
/// Returns the base URL.
pub fn serve(delay: Duration, on_thread_start: fn(), handler: Handler) -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("binding 127.0.0.1");
    listener.set_nonblocking(true).expect("a non-blocking listener");
    let addr: SocketAddr = listener.local_addr().expect("the listener's address");
    std::thread::Builder::new()
        .name("bench-server".into())
        .spawn(move || {
            on_thread_start();
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("the server's runtime");
            runtime.block_on(accept_loop(listener, delay, handler));
        })
        .expect("the server thread");
    format!("http://{addr}")
}

async fn accept_loop(listener: std::net::TcpListener, delay: Duration, handler: Handler) {
    let listener = tokio::net::TcpListener::from_std(listener).expect("a Tokio listener");
    loop {
        let Ok((stream, _)) = listener.accept().await else { continue };
        let _ = stream.set_nodelay(true);
        let handler = handler.clone();
        tokio::spawn(async move {
            let service = hyper::service::service_fn(move |request: http::Request<hyper::body::Incoming>| {
                let handler = handler.clone();
                async move {
                    let (parts, _body) = request.into_parts();
                    if !delay.is_zero() {
                        tokio::time::sleep(delay).await;
                    }
                    let body = handler(&parts);
                    let response = http::Response::builder()
                        .status(200)
                        .header("content-type", "application/json")
                        .header("x-request-id", "req_bench")
                        .body(Full::new(body))
                        .expect("a valid response");
                    Ok::<_, Infallible>(response)
                }
            });
            let io = hyper_util::rt::TokioIo::new(stream);
            let _ = hyper::server::conn::http1::Builder::new().serve_connection(io, service).await;
        });
    }
}

/// The client side's runtime: one thread, as a request handler's would typically be, with
/// the server on another core.
pub fn client_runtime() -> tokio::runtime::Runtime {
    tokio::runtime::Builder::new_current_thread().enable_all().build().expect("the client's runtime")
}

/// Options of criterion's command line that take a value, to tell a filter from a value.
const VALUE_OPTIONS: &[&str] = &[
    "--save-baseline",
    "--baseline",
    "--baseline-lenient",
    "--load-baseline",
    "--measurement-time",
    "--warm-up-time",
    "--sample-size",
    "--nresamples",
    "--noise-threshold",
    "--confidence-level",
    "--significance-level",
    "--profile-time",
    "--output-format",
    "--color",
    "--plotting-backend",
    "--format",
    "-c",
    "-s",
    "-b",
];

/// Whether this run measures, and measures `name`: `cargo bench` passes `--bench`; a test
/// run (`cargo test --benches`), `--list` and `--profile-time` do not measure our extras; a
/// filter (`cargo bench -- decode`) must be part of the name.
pub fn wants(name: &str) -> bool {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if !args.iter().any(|a| a == "--bench") || args.iter().any(|a| a == "--list" || a == "--profile-time") {
        return false;
    }
    let mut filter = None;
    let mut skip_value = false;
    for arg in &args {
        if skip_value {
            skip_value = false;
        } else if VALUE_OPTIONS.contains(&arg.as_str()) {
            skip_value = true;
        } else if !arg.starts_with('-') {
            filter = Some(arg.as_str());
        }
    }
    filter.is_none_or(|f| name.contains(f))
}

/// The median of some values (the mean of the middle two for an even count).
pub fn median(values: &[f64]) -> f64 {
    assert!(!values.is_empty(), "the median of nothing");
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 1 { sorted[mid] } else { (sorted[mid - 1] + sorted[mid]) / 2.0 }
}

/// A duration in the unit that reads best.
pub fn human(seconds: f64) -> String {
    if seconds >= 1.0 {
        format!("{seconds:.3} s")
    } else if seconds >= 1e-3 {
        format!("{:.2} ms", seconds * 1e3)
    } else if seconds >= 1e-6 {
        format!("{:.2} µs", seconds * 1e6)
    } else {
        format!("{:.0} ns", seconds * 1e9)
    }
}

/// Prints the heading of a benchmark's summary, which follows criterion's own output.
pub fn report_heading(title: &str) {
    println!("\n## {title}\n");
}

/// The time per iteration of each sample criterion takes of one benchmark, kept so that a
/// benchmark can report medians and ratios after criterion's own output.
#[derive(Debug, Default, Clone)]
pub struct Samples(Arc<std::sync::Mutex<Vec<f64>>>);

impl Samples {
    /// Records a sample of `iters` iterations that took `elapsed` in all.
    pub fn record(&self, iters: u64, elapsed: Duration) {
        self.0.lock().expect("samples").push(elapsed.as_secs_f64() / iters.max(1) as f64);
    }

    /// The median time per iteration, in seconds, or `None` when nothing was measured (the
    /// benchmark was filtered out).
    pub fn median(&self) -> Option<f64> {
        let samples = self.0.lock().expect("samples");
        (!samples.is_empty()).then(|| median(&samples))
    }

    /// Runs `routine` `iters` times and records how long that took: for `iter_custom`.
    pub fn time<R>(&self, iters: u64, mut routine: impl FnMut() -> R) -> Duration {
        let start = std::time::Instant::now();
        for _ in 0..iters {
            std::hint::black_box(routine());
        }
        let elapsed = start.elapsed();
        self.record(iters, elapsed);
        elapsed
    }
}

/// Paired measurement: `rounds` rounds in which each routine runs `reps` times in turn (the
/// order rotating from round to round, so that none always runs first). Returns, for each
/// routine, its time per run in each round: compare routines round by round, so that the
/// machine's other work, which changes over seconds, weighs on all of them alike.
pub fn paired(rounds: usize, reps: usize, routines: &[&dyn Fn()]) -> Vec<Vec<f64>> {
    let n = routines.len();
    let mut times = vec![Vec::with_capacity(rounds); n];
    for round in 0..rounds {
        for k in 0..n {
            let which = (round + k) % n;
            let start = std::time::Instant::now();
            for _ in 0..reps {
                routines[which]();
            }
            times[which].push(start.elapsed().as_secs_f64() / reps as f64);
        }
    }
    times
}

/// The median over rounds of `times[i] / times[of]`, round by round.
pub fn median_ratio(times: &[Vec<f64>], i: usize, of: usize) -> f64 {
    let ratios: Vec<f64> = times[i].iter().zip(&times[of]).map(|(a, b)| a / b).collect();
    median(&ratios)
}

/// How many runs of `routine` take about `target`, at least one: the repetitions of a round
/// of [`paired`], so that a round is long enough to time and short enough for many of them.
pub fn reps_for(routine: &dyn Fn(), target: Duration) -> usize {
    routine(); // Warm.
    let start = std::time::Instant::now();
    let mut runs = 0u32;
    while start.elapsed() < target / 10 {
        routine();
        runs += 1;
    }
    let each = start.elapsed() / runs.max(1);
    (target.as_secs_f64() / each.as_secs_f64().max(1e-9)).ceil().max(1.0) as usize
}

/// A contender of a paired measurement: its name in the table, and what it runs.
pub type Contender<'a> = (&'a str, &'a dyn Fn());

/// Measures `contenders` in turn ([`paired`]: `rounds` rounds, each of about `round` per
/// contender) and prints a table of their medians, their throughput when each run reads
/// `bytes` (in MB/s), and the median per-round ratio of their time to that of the contender
/// at index `baseline`, after a heading that says what was measured.
pub fn report_paired(
    what: &str,
    bytes: Option<usize>,
    rounds: usize,
    round: Duration,
    contenders: &[Contender<'_>],
    baseline: usize,
) {
    let reps = reps_for(contenders[baseline].1, round);
    let routines: Vec<&dyn Fn()> = contenders.iter().map(|&(_, routine)| routine).collect();
    let times = paired(rounds, reps, &routines);
    report_heading(&format!("{what}, paired: {rounds} rounds of {reps} runs per contender, medians"));
    let throughput = if bytes.is_some() { " MB/s |" } else { "" };
    println!("| contender | time per run |{throughput} time relative to {} |", contenders[baseline].0);
    println!("|---|---|{}---|", if bytes.is_some() { "---|" } else { "" });
    for (i, (name, _)) in contenders.iter().enumerate() {
        let median = median(&times[i]);
        let throughput = bytes.map(|b| format!(" {:.0} |", b as f64 / median / 1e6)).unwrap_or_default();
        println!("| {name} | {} |{throughput} {:.3} |", human(median), median_ratio(&times, i, baseline));
    }
}
