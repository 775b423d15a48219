//! Where a consumer keeps its cursor between runs: the [`CursorStore`] trait, an in-memory
//! store ([`MemoryCursors`]), SQLite (feature `events-sqlite`) and PostgreSQL with one
//! active consumer per stream (feature `events-postgres`).
//!
//! A store keeps one cursor per stream name (`"directory-mirror"`, say), so that one
//! database serves several consumers. Each save is one statement: a save dropped half way
//! has happened entirely or not at all.

mod memory;
#[cfg(feature = "events-postgres")]
pub mod postgres;
#[cfg(feature = "events-sqlite")]
pub mod sqlite;

mod cursor;

pub use cursor::{CursorStore, StoreError};
pub use memory::MemoryCursors;
