//! The workspace's integration tests, in one binary: generation, codegen fixtures, and the
//! `workos` crate against the local server.

mod access_tokens;
mod agent_credentials;
mod authkit_flows;
mod browser_sign_in;
mod codegen_fixtures;
mod directory_mirror_example;
mod event_postgres;
mod event_stream;
mod every_operation;
// Written by `cargo xtask generate` from the spec: one call of every operation.
#[rustfmt::skip]
mod every_operation_calls;
mod flag_runtime;
mod fleet;
mod generation;
mod hostile_server;
mod http_client;
mod idempotent_writes;
mod issuer_host;
mod live_shapes;
mod memory;
mod no_panic;
mod production;
mod public_surface;
mod rate_limit_scopes;
mod raw_requests;
mod retry_budget;
mod server_contract;
mod server_events;
mod server_limits;
mod server_values;
mod sessions;
mod sign_in_example;
mod slice;
mod struct_decoding;
mod struct_encoding;
mod support;
mod timestamps;
mod tolerance;
mod tour_example;
mod tracing_spans;
mod typed_events;
mod types_surface;
mod vault_crypto;
mod web_layer;
mod webhook_example;
mod webhook_signatures;
