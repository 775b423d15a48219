//! The workspace's integration tests, in one binary: generation, codegen fixtures, and the
//! `workos` crate against the local server.

mod codegen_fixtures;
mod generation;
mod no_panic;
mod production;
mod slice;
mod support;
mod tracing_spans;
