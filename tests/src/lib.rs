//! `workos-tests`: the workspace's integration tests (`tests/it`), benchmarks (`benches/`)
//! and the Node interoperability check (`node/`, `examples/seal_vectors.rs`). The local
//! WorkOS server they run against is the `workos-test-server` crate.
//!
//! The library itself is empty: it only carries the repository README's examples, which
//! compile and run as doctests here.

#![deny(missing_docs)]

#[cfg(doctest)]
#[doc = include_str!("../../README.md")]
struct ReadmeExamples;
