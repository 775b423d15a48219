//! Walking a long list: what fetching one page ahead (`Paginator::prefetch`, on by default)
//! saves, and that a walk's memory does not grow with the length of the list.
//!
//! The server generates each page of organizations on the fly from the cursor (ids sort by
//! their index), so it holds no list in memory either, and answers each request after 5 ms.
//! The timed walk reads 10,000 organizations in pages of 100 and, for each page, does 5 ms of
//! work, modelled as `tokio::time::sleep` (waiting on a database or another service, which is
//! what a walk's consumer usually does); it runs with `.prefetch(true)` and `.prefetch(false)`.
//!
//! The memory walks read 10,000 and 100,000 organizations with `.items()`, dropping each one,
//! from a server without the delay. A counting global allocator tracks the bytes the process
//! holds (leaving out the server's thread) and the peak; the peak is reported relative to
//! what was held when the walk started.
//!
//! Pacing: the client's overall limit is raised to `u32::MAX` a second and per-operation limits
//! are off, so that a benchmark that walks the list again and again measures the walk and
//! not the client waiting for its rate limit.

mod common;

use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use criterion::{Criterion, SamplingMode};
use futures::TryStreamExt;
use workos::types::ListOrganizationsParams;

#[global_allocator]
static ALLOCATOR: counting::Counting = counting::Counting;

/// A global allocator that counts the bytes the process holds, and their peak.
mod counting {
    // The one place of the workspace that needs `unsafe`: a global allocator can only be
    // written with it. Every call is passed to the system allocator unchanged.
    #![allow(unsafe_code)]

    use std::alloc::{GlobalAlloc, Layout, System};
    use std::cell::Cell;
    use std::sync::atomic::{AtomicIsize, Ordering};

    static CURRENT: AtomicIsize = AtomicIsize::new(0);
    static PEAK: AtomicIsize = AtomicIsize::new(0);

    thread_local! {
        static IGNORED: Cell<bool> = const { Cell::new(false) };
    }

    /// Leaves the calling thread's allocations out of the count (the benchmark's server).
    pub fn ignore_this_thread() {
        IGNORED.with(|ignored| ignored.set(true));
    }

    fn counted() -> bool {
        !IGNORED.try_with(Cell::get).unwrap_or(false)
    }

    fn grow(bytes: usize) {
        let now = CURRENT.fetch_add(bytes as isize, Ordering::Relaxed) + bytes as isize;
        PEAK.fetch_max(now, Ordering::Relaxed);
    }

    fn shrink(bytes: usize) {
        CURRENT.fetch_sub(bytes as isize, Ordering::Relaxed);
    }

    /// The bytes held now.
    pub fn current() -> isize {
        CURRENT.load(Ordering::Relaxed)
    }

    /// The most bytes held since the last [`reset_peak`].
    pub fn peak() -> isize {
        PEAK.load(Ordering::Relaxed)
    }

    /// Starts a new peak from what is held now.
    pub fn reset_peak() {
        PEAK.store(current(), Ordering::Relaxed);
    }

    #[derive(Debug)]
    pub struct Counting;

    // SAFETY: every method forwards to `System` with the caller's arguments, whose contracts
    // are the same, and only adds bookkeeping that neither allocates nor unwinds.
    unsafe impl GlobalAlloc for Counting {
        unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
            // SAFETY: as the caller promised for `layout`.
            let pointer = unsafe { System.alloc(layout) };
            if !pointer.is_null() && counted() {
                grow(layout.size());
            }
            pointer
        }

        unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
            // SAFETY: as the caller promised for `layout`.
            let pointer = unsafe { System.alloc_zeroed(layout) };
            if !pointer.is_null() && counted() {
                grow(layout.size());
            }
            pointer
        }

        unsafe fn dealloc(&self, pointer: *mut u8, layout: Layout) {
            // SAFETY: `pointer` came from this allocator, which is `System`, with `layout`.
            unsafe { System.dealloc(pointer, layout) };
            if counted() {
                shrink(layout.size());
            }
        }

        unsafe fn realloc(&self, pointer: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
            // SAFETY: as the caller promised for `pointer`, `layout` and `new_size`.
            let moved = unsafe { System.realloc(pointer, layout, new_size) };
            if !moved.is_null() && counted() {
                if new_size >= layout.size() {
                    grow(new_size - layout.size());
                } else {
                    shrink(layout.size() - new_size);
                }
            }
            moved
        }
    }
}

/// Objects per page: the API's largest page.
const PAGE: usize = 100;
/// How long the server takes to answer, and the work done per page in the timed walk.
const LATENCY: Duration = Duration::from_millis(5);
const WORK: Duration = Duration::from_millis(5);
/// The timed walk's length, and the memory walks'.
const TIMED: usize = 10_000;
const SHORT: usize = 10_000;
const LONG: usize = 100_000;

/// The organization at `index`, as JSON; ids sort by index.
fn organization(index: usize) -> String {
    format!(
        r#"{{"object":"organization","id":"org_{index:010}","name":"Organization {index}","allow_profiles_outside_organization":false,"domains":[{{"object":"organization_domain","id":"org_domain_{index:010}","domain":"org-{index}.example.com","organization_id":"org_{index:010}","state":"verified","verification_strategy":"dns","created_at":"2024-01-01T00:00:00.000Z","updated_at":"2024-01-01T00:00:00.000Z"}}],"metadata":{{"tier":"standard"}},"external_id":"ext-{index}","created_at":"2024-01-01T00:00:00.000Z","updated_at":"2024-01-01T00:00:00.000Z"}}"#
    )
}

/// The page a list request asks for, out of `total` organizations: from the one after the
/// `after` cursor, `limit` of them (10 by default, as the API does).
fn list_page(parts: &http::request::Parts, total: usize) -> Bytes {
    let mut after = None;
    let mut limit = 10;
    for (name, value) in url::form_urlencoded::parse(parts.uri.query().unwrap_or_default().as_bytes()) {
        match &*name {
            "after" => after = value.strip_prefix("org_").and_then(|i| i.parse::<usize>().ok()),
            "limit" => limit = value.parse().unwrap_or(10).clamp(1, 100),
            _ => {}
        }
    }
    let start = after.map_or(0, |i| i + 1).min(total);
    let end = (start + limit).min(total);
    let mut body = String::with_capacity(64 + (end - start) * 520);
    body.push_str(r#"{"object":"list","data":["#);
    for index in start..end {
        if index > start {
            body.push(',');
        }
        body.push_str(&organization(index));
    }
    let cursor = |present: bool, index: usize| {
        if present { format!(r#""org_{index:010}""#) } else { "null".to_owned() }
    };
    body.push_str(&format!(
        r#"],"list_metadata":{{"before":{},"after":{}}}}}"#,
        cursor(start > 0 && end > start, start),
        cursor(end < total && end > start, end.saturating_sub(1)),
    ));
    Bytes::from(body)
}

/// A server of `total` organizations that answers after `delay`.
fn list_server(total: usize, delay: Duration) -> String {
    common::serve(delay, counting::ignore_this_thread, Arc::new(move |parts| list_page(parts, total)))
}

fn client(base_url: &str) -> workos::Workos {
    workos::Workos::builder()
        .api_key("sk_test_bench")
        .base_url(base_url)
        .rate_limit(workos::RateLimit::new(u32::MAX, Duration::from_secs(1)))
        .operation_rate_limits(false)
        .build()
        .expect("a workos client")
}

fn params() -> ListOrganizationsParams {
    ListOrganizationsParams::default().limit(PAGE as u32)
}

/// Walks every page, doing `WORK` per page; returns how many organizations it saw.
async fn timed_walk(workos: &workos::Workos, prefetch: bool) -> usize {
    let mut pages = workos.organizations().list(params()).prefetch(prefetch).pages();
    let mut seen = 0;
    while let Some(page) = pages.try_next().await.expect("a page") {
        tokio::time::sleep(WORK).await;
        seen += page.data.len();
    }
    seen
}

/// Walks every object with `.items()`, dropping each; returns how many there were and the
/// peak and remaining bytes above what was held at the start.
async fn measured_walk(workos: &workos::Workos, prefetch: bool) -> (usize, isize, isize) {
    let baseline = counting::current();
    counting::reset_peak();
    let mut items = workos.organizations().list(params()).prefetch(prefetch).items();
    let mut seen = 0;
    while let Some(organization) = items.try_next().await.expect("an organization") {
        seen += 1;
        drop(organization);
    }
    drop(items);
    (seen, counting::peak() - baseline, counting::current() - baseline)
}

fn main() {
    let runtime = common::client_runtime();
    let timed = client(&list_server(TIMED, LATENCY));
    runtime.block_on(async {
        assert_eq!(timed_walk(&timed, true).await, TIMED);
    });

    let modes = [("look-ahead", true), ("no look-ahead", false)];
    let samples: Vec<common::Samples> = modes.iter().map(|_| common::Samples::default()).collect();
    let mut criterion = Criterion::default().configure_from_args();
    let mut group = criterion.benchmark_group(format!("walk_{TIMED}_objects"));
    group.sampling_mode(SamplingMode::Flat).sample_size(10).measurement_time(Duration::from_secs(15));
    for ((name, prefetch), samples) in modes.iter().zip(&samples) {
        let timed = &timed;
        group.bench_function(*name, |b| {
            b.to_async(&runtime).iter_custom(|iters| async move {
                let start = Instant::now();
                for _ in 0..iters {
                    assert_eq!(timed_walk(timed, *prefetch).await, TIMED);
                }
                let elapsed = start.elapsed();
                samples.record(iters, elapsed);
                elapsed
            })
        });
    }
    group.finish();

    if let (Some(ahead), Some(plain)) = (samples[0].median(), samples[1].median())
        && common::wants(&format!("walk_{TIMED}_objects"))
    {
        common::report_heading(&format!(
            "walking {TIMED} objects in pages of {PAGE}: {} ms latency, {} ms of work per page \
             (tokio::time::sleep), medians",
            LATENCY.as_millis(),
            WORK.as_millis()
        ));
        println!("| look-ahead | no look-ahead | ratio |");
        println!("|---|---|---|");
        println!("| {} | {} | {:.2} |", common::human(ahead), common::human(plain), ahead / plain);
    }

    if common::wants("walk/peak_memory") {
        peak_memory(&runtime);
    }
    criterion.final_summary();
}

/// Peak memory of walks of 10,000 and 100,000 objects, with and without look-ahead.
fn peak_memory(runtime: &tokio::runtime::Runtime) {
    let short = list_server(SHORT, Duration::ZERO);
    let long = list_server(LONG, Duration::ZERO);
    let page_bytes =
        list_page(&http::Request::get("/?limit=100").body(()).expect("a request").into_parts().0, LONG).len();
    // A first walk initializes what lives for the whole process (the runtime's timer, tracing's
    // callsites, ...); measured, it would count that against the first list.
    runtime.block_on(measured_walk(&client(&short), true));
    let mut rows = Vec::new();
    for prefetch in [true, false] {
        let mut peaks = Vec::new();
        for (total, base_url) in [(SHORT, &short), (LONG, &long)] {
            // A fresh client per walk, so that each one opens its connection and grows its
            // buffers as a first walk would.
            let workos = client(base_url);
            let (seen, peak, left) = runtime.block_on(measured_walk(&workos, prefetch));
            assert_eq!(seen, total);
            peaks.push((peak, left));
        }
        rows.push((prefetch, peaks));
    }
    common::report_heading(&format!(
        "peak memory of a walk with `.items()`, above what was held before it (pages of {PAGE}, \
         {:.1} KB of JSON each)",
        page_bytes as f64 / 1e3
    ));
    println!(
        "| look-ahead | peak, {SHORT} objects | peak, {LONG} objects | difference | held after the walk |"
    );
    println!("|---|---|---|---|---|");
    for (prefetch, peaks) in rows {
        let [(short_peak, short_left), (long_peak, long_left)] = peaks[..] else { unreachable!() };
        println!(
            "| {} | {:.1} KiB | {:.1} KiB | {:+.1} % | {:.1} KiB / {:.1} KiB |",
            if prefetch { "on" } else { "off" },
            short_peak as f64 / 1024.0,
            long_peak as f64 / 1024.0,
            (long_peak - short_peak) as f64 / short_peak as f64 * 100.0,
            short_left as f64 / 1024.0,
            long_left as f64 / 1024.0,
        );
    }
}
