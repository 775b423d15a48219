//! [`MemoryCursors`]: cursors in the process's memory, for tests and for consumers that sync
//! from scratch at every start.

use std::collections::HashMap;
use std::sync::Mutex;

use futures::future::BoxFuture;

use super::cursor::{CursorStore, StoreError};

/// Cursors kept in memory (lost when the process ends).
#[derive(Debug, Default)]
pub struct MemoryCursors {
    cursors: Mutex<HashMap<String, String>>,
}

impl MemoryCursors {
    /// An empty store.
    pub fn new() -> MemoryCursors {
        MemoryCursors::default()
    }

    fn cursors(&self) -> std::sync::MutexGuard<'_, HashMap<String, String>> {
        // A panic elsewhere cannot leave a map half written: each change is one insert.
        self.cursors.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

impl CursorStore for MemoryCursors {
    fn load<'a>(&'a self, stream: &'a str) -> BoxFuture<'a, Result<Option<String>, StoreError>> {
        let cursor = self.cursors().get(stream).cloned();
        Box::pin(async move { Ok(cursor) })
    }

    fn save<'a>(&'a self, stream: &'a str, cursor: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
        self.cursors().insert(stream.to_owned(), cursor.to_owned());
        Box::pin(async { Ok(()) })
    }
}
