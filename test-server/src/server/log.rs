//! The request log: what the server received, newest last, bounded so that a long test run
//! (or a client that floods the server) cannot make it grow without end.

use std::collections::VecDeque;
use std::time::Instant;

use bytes::Bytes;
use http::HeaderMap;

/// A request the server received.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    /// The HTTP method.
    pub method: String,
    /// The path, percent-encoded as sent.
    pub path: String,
    /// The query pairs, decoded, in order.
    pub query: Vec<(String, String)>,
    /// The headers.
    pub headers: HeaderMap,
    /// The body. Empty when the server did not read it: a request refused for its
    /// credentials (`401`, answered before the body is read) or for its size (`413`).
    pub body: Bytes,
    /// The operation the request was routed to, if any.
    pub operation: Option<String>,
    /// The status the server answered with (0 if the connection was dropped).
    pub status: u16,
    /// When the request arrived.
    pub at: Instant,
    /// Arrival order: 0 for the first request the server received.
    number: u64,
}

impl RecordedRequest {
    /// The first value of query parameter `name`.
    pub fn query_param(&self, name: &str) -> Option<&str> {
        self.query.iter().find(|(n, _)| n == name).map(|(_, v)| v.as_str())
    }

    /// The value of header `name`, if it is text.
    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    /// The request's place in arrival order: 0 for the first request the server received,
    /// 1 for the next... It does not change when older requests leave the log, so a gap
    /// between the numbers of two requests counts the ones dropped between them.
    pub fn number(&self) -> u64 {
        self.number
    }
}

/// What [`Log::arrive`] needs to record a request; the log numbers it.
pub(crate) struct Arrival {
    pub method: String,
    pub path: String,
    pub query: Vec<(String, String)>,
    pub headers: HeaderMap,
    pub body: Bytes,
    pub operation: Option<String>,
    pub at: Instant,
}

/// The newest requests, at most `capacity` of them.
pub(crate) struct Log {
    entries: VecDeque<RecordedRequest>,
    capacity: usize,
    /// The number the next request gets.
    next: u64,
}

impl Log {
    pub fn new(capacity: usize) -> Log {
        // Not preallocated: a large capacity costs nothing until requests arrive.
        Log { entries: VecDeque::new(), capacity, next: 0 }
    }

    /// Records a request (with status 0 until [`Log::answered`]) and returns its number.
    /// Past the capacity, the oldest entry is dropped.
    pub fn arrive(&mut self, arrival: Arrival) -> u64 {
        let number = self.next;
        self.next += 1;
        if self.capacity == 0 {
            return number;
        }
        if self.entries.len() == self.capacity {
            self.entries.pop_front();
        }
        let Arrival { method, path, query, headers, body, operation, at } = arrival;
        self.entries.push_back(RecordedRequest {
            method,
            path,
            query,
            headers,
            body,
            operation,
            status: 0,
            at,
            number,
        });
        number
    }

    /// Notes the status request `number` was answered with, if it is still in the log.
    pub fn answered(&mut self, number: u64, status: u16) {
        // Numbers only grow from front to back, so the entry, if kept, is found by search.
        if let Ok(index) = self.entries.binary_search_by_key(&number, |r| r.number) {
            self.entries[index].status = status;
        }
    }

    pub fn snapshot(&self) -> Vec<RecordedRequest> {
        self.entries.iter().cloned().collect()
    }

    pub fn clear(&mut self) {
        self.entries.clear();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn arrival(path: &str) -> Arrival {
        Arrival {
            method: "GET".into(),
            path: path.into(),
            query: Vec::new(),
            headers: HeaderMap::new(),
            body: Bytes::new(),
            operation: None,
            at: Instant::now(),
        }
    }

    #[test]
    fn past_the_capacity_the_oldest_entries_are_dropped() {
        let mut log = Log::new(3);
        let numbers: Vec<u64> = (0..5).map(|i| log.arrive(arrival(&format!("/{i}")))).collect();
        assert_eq!(numbers, [0, 1, 2, 3, 4]);
        let kept = log.snapshot();
        let paths: Vec<&str> = kept.iter().map(|r| r.path.as_str()).collect();
        assert_eq!(paths, ["/2", "/3", "/4"]);
        assert_eq!(kept.iter().map(RecordedRequest::number).collect::<Vec<_>>(), [2, 3, 4]);

        // An answer to a dropped request changes nothing; one to a kept request is noted.
        log.answered(0, 500);
        log.answered(3, 201);
        let statuses: Vec<u16> = log.snapshot().iter().map(|r| r.status).collect();
        assert_eq!(statuses, [0, 201, 0]);

        // Clearing keeps the numbering going.
        log.clear();
        assert!(log.snapshot().is_empty());
        assert_eq!(log.arrive(arrival("/5")), 5);
    }

    #[test]
    fn a_capacity_of_zero_keeps_nothing() {
        let mut log = Log::new(0);
        assert_eq!(log.arrive(arrival("/")), 0);
        assert_eq!(log.arrive(arrival("/")), 1);
        log.answered(1, 200);
        assert!(log.snapshot().is_empty());
    }
}
