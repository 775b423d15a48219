//! [`CursorStore`], what every cursor store implements, and [`StoreError`], how one fails.

use futures::future::BoxFuture;

/// A failure of a cursor store (its database's error as [`std::error::Error::source`]).
#[derive(Debug)]
pub struct StoreError {
    message: String,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
}

impl StoreError {
    /// An error with a message and the cause.
    pub fn new(
        message: impl Into<String>,
        source: impl Into<Box<dyn std::error::Error + Send + Sync>>,
    ) -> Self {
        StoreError { message: message.into(), source: Some(source.into()) }
    }

    /// An error with a message alone.
    pub fn msg(message: impl Into<String>) -> Self {
        StoreError { message: message.into(), source: None }
    }
}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for StoreError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        self.source.as_deref().map(|e| e as &(dyn std::error::Error + 'static))
    }
}

/// Keeps the cursor of each event stream a consumer follows.
///
/// Load it before following ([`Start::from_cursor`](crate::events::Start::from_cursor)); save
/// [`Delivery::cursor`](crate::events::Delivery::cursor) once its event is applied.
pub trait CursorStore: Send + Sync {
    /// The stored cursor of `stream`, `None` before the first save.
    fn load<'a>(&'a self, stream: &'a str) -> BoxFuture<'a, Result<Option<String>, StoreError>>;

    /// Stores `cursor` as `stream`'s.
    fn save<'a>(&'a self, stream: &'a str, cursor: &'a str) -> BoxFuture<'a, Result<(), StoreError>>;
}
