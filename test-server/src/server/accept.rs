//! The accept loop: serves each connection on a task of its own with the server's connection
//! limits, and backs off after accept errors rather than spinning on them.

use std::io;
use std::time::Duration;

use std::sync::Arc;

use hyper_util::rt::{TokioIo, TokioTimer};

use super::handle::handle;
use super::state::State;

/// How long the loop waits after accept errors.
///
/// Errors that concern one connection (the peer reset or aborted it while it waited in the
/// backlog) say nothing about the next one, so the loop goes on at once. Any other error,
/// above all running out of file descriptors (`EMFILE`, `ENFILE`) or memory, lasts until
/// something else frees resources; accepting again at once would fail the same way and turn
/// the loop into a busy wait at a full core. The wait doubles with each such error in a row,
/// from [`Backoff::FIRST`] to [`Backoff::MAX`], and starts over after an accepted connection.
#[derive(Debug, Default)]
pub(crate) struct Backoff {
    last: Option<Duration>,
}

impl Backoff {
    pub const FIRST: Duration = Duration::from_millis(5);
    pub const MAX: Duration = Duration::from_secs(1);

    /// How long to wait after `error` before accepting again.
    pub fn after_error(&mut self, error: &io::Error) -> Duration {
        if is_per_connection(error) {
            return Duration::ZERO;
        }
        let wait = self.last.map_or(Backoff::FIRST, |last| (last * 2).min(Backoff::MAX));
        self.last = Some(wait);
        wait
    }

    /// A connection was accepted: the next error waits [`Backoff::FIRST`] again.
    pub fn after_success(&mut self) {
        self.last = None;
    }
}

fn is_per_connection(error: &io::Error) -> bool {
    matches!(
        error.kind(),
        io::ErrorKind::ConnectionAborted | io::ErrorKind::ConnectionReset | io::ErrorKind::ConnectionRefused
    )
}

/// Accepts connections until the task is aborted, serving each on a task of its own.
pub(crate) async fn accept_loop(listener: tokio::net::TcpListener, state: Arc<State>) {
    let mut backoff = Backoff::default();
    loop {
        let stream = match listener.accept().await {
            Ok((stream, _)) => {
                backoff.after_success();
                stream
            }
            Err(error) => {
                let wait = backoff.after_error(&error);
                if !wait.is_zero() {
                    tokio::time::sleep(wait).await;
                }
                continue;
            }
        };
        let state = state.clone();
        tokio::spawn(async move {
            let mut builder = hyper::server::conn::http1::Builder::new();
            // `None` turns the timeout off (hyper's own default is 30 s once a timer is set).
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(state.limits.header_read_timeout)
                .max_header_size(state.limits.max_header_size);
            let service = hyper::service::service_fn(move |request| {
                let state = state.clone();
                async move { handle(&state, request).await }
            });
            let _ = builder.serve_connection(TokioIo::new(stream), service).await;
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(kind: io::ErrorKind) -> io::Error {
        io::Error::from(kind)
    }

    /// `EMFILE`, as `accept` reports running out of file descriptors.
    fn out_of_descriptors() -> io::Error {
        io::Error::from_raw_os_error(24)
    }

    #[test]
    fn repeated_errors_wait_longer_each_time_up_to_the_maximum() {
        let mut backoff = Backoff::default();
        let waits: Vec<Duration> = (0..10).map(|_| backoff.after_error(&out_of_descriptors())).collect();
        let millis: Vec<u128> = waits.iter().map(Duration::as_millis).collect();
        assert_eq!(millis, [5, 10, 20, 40, 80, 160, 320, 640, 1000, 1000]);
        // Any other lasting error counts the same way.
        assert_eq!(backoff.after_error(&error(io::ErrorKind::OutOfMemory)), Backoff::MAX);
    }

    #[test]
    fn an_accepted_connection_starts_the_waits_over() {
        let mut backoff = Backoff::default();
        for _ in 0..5 {
            backoff.after_error(&out_of_descriptors());
        }
        backoff.after_success();
        assert_eq!(backoff.after_error(&out_of_descriptors()), Backoff::FIRST);
    }

    #[test]
    fn an_error_of_one_connection_does_not_wait() {
        let mut backoff = Backoff::default();
        backoff.after_error(&out_of_descriptors());
        for kind in [
            io::ErrorKind::ConnectionAborted,
            io::ErrorKind::ConnectionReset,
            io::ErrorKind::ConnectionRefused,
        ] {
            assert_eq!(backoff.after_error(&error(kind)), Duration::ZERO, "{kind:?}");
        }
        // Nor does it reset the count of lasting errors.
        assert_eq!(backoff.after_error(&out_of_descriptors()), Duration::from_millis(10));
    }
}
