//! The consumer of the event stream: [`Events::follow`](crate::handles::Events::follow) walks
//! the events forward from a cursor, oldest first, waits and polls again when it reaches the
//! end, and hands each event with the cursor that resumes after it.
//!
//! Delivery is at least once: the stream never stores anything. The application applies an
//! event, then stores [`Delivery::cursor`] (in a [`CursorStore`](super::store::CursorStore),
//! or in the same transaction as its own writes); after a restart it follows from the
//! stored cursor and gets every event it had not stored a cursor past, the last one applied
//! perhaps again if it stopped between applying and storing.

use std::collections::VecDeque;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Duration;

use futures::stream::{BoxStream, Stream, StreamExt};

use super::event::Event;
use crate::error::Result;
use crate::pagination::Paginator;
use crate::types::{ListEventsParams, PaginationOrder};

/// The event list, as the `events()` handle calls it (the handles depend on this module,
/// not the other way round).
pub(crate) type ListEvents = Box<dyn Fn(ListEventsParams) -> Paginator<Event> + Send + Sync>;

/// Where a consumer starts.
#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum Start {
    /// From the oldest event the API still keeps.
    Beginning,
    /// After the event with this id: a stored cursor, or
    /// [`Events::newest_cursor`](crate::handles::Events::newest_cursor) taken before a full sync.
    After(String),
}

impl Start {
    /// After `cursor` when there is one (a cursor store's answer), else from the beginning.
    pub fn from_cursor(cursor: Option<String>) -> Start {
        match cursor {
            Some(cursor) if !cursor.is_empty() => Start::After(cursor),
            _ => Start::Beginning,
        }
    }

    fn cursor(self) -> Option<String> {
        match self {
            Start::Beginning => None,
            Start::After(cursor) => Some(cursor),
        }
    }
}

/// What a consumer follows and how often it asks for more at the end of the stream.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Follow {
    events: Vec<String>,
    organization_id: Option<crate::types::OrganizationId>,
    poll_interval: Duration,
    page_size: u32,
}

/// How long a consumer waits at the end of the stream before it asks again, by default.
pub const DEFAULT_POLL_INTERVAL: Duration = Duration::from_secs(5);

impl Default for Follow {
    fn default() -> Follow {
        Follow {
            events: Vec::new(),
            organization_id: None,
            poll_interval: DEFAULT_POLL_INTERVAL,
            page_size: 100,
        }
    }
}

impl Follow {
    /// Every event, polled every [`DEFAULT_POLL_INTERVAL`] at the end of the stream.
    pub fn new() -> Follow {
        Follow::default()
    }

    /// Only events of these types (`dsync.user.created`, ...).
    pub fn events<I, S>(mut self, events: I) -> Follow
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.events = events.into_iter().map(Into::into).collect();
        self
    }

    /// Only events of this organization.
    pub fn organization_id(mut self, organization_id: impl Into<crate::types::OrganizationId>) -> Follow {
        self.organization_id = Some(organization_id.into());
        self
    }

    /// How long to wait at the end of the stream before asking again (at least 10 ms).
    /// Every request is paced like any other call of the client, on top of this.
    pub fn poll_interval(mut self, interval: Duration) -> Follow {
        self.poll_interval = interval.max(Duration::from_millis(10));
        self
    }

    /// How many events one request asks for, from 1 to 100 (100 by default).
    pub fn page_size(mut self, size: u32) -> Follow {
        self.page_size = size.clamp(1, 100);
        self
    }
}

/// One event of the stream, with the cursor to store once it is applied.
#[derive(Debug, Clone)]
#[non_exhaustive]
pub struct Delivery {
    /// The event.
    pub event: Event,
}

impl Delivery {
    /// The cursor that resumes the stream right after this event: store it once the event is
    /// applied (in the same transaction as what applying it wrote, when you can).
    pub fn cursor(&self) -> &str {
        &self.event.id
    }
}

/// The events a consumer follows, as a stream that does not end: see
/// [`Events::follow`](crate::handles::Events::follow).
///
/// Each item is a [`Delivery`], or an error: a request that failed (after the client's
/// retries; the stream asks again at the next poll), or one event whose data did not decode,
/// whose [`Error::undecoded_event`](crate::Error::undecoded_event) gives its id (the cursor
/// that skips it) and JSON. The stream goes on after an error; stop by dropping it.
///
/// Dropping it, or the future of `next()`, at any await is safe: the stream changes nothing
/// outside itself, and a `next()` dropped half way is taken up by the next one.
pub struct EventStream {
    inner: BoxStream<'static, Result<Delivery>>,
}

impl std::fmt::Debug for EventStream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EventStream")
    }
}

impl Stream for EventStream {
    type Item = Result<Delivery>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.poll_next_unpin(cx)
    }
}

/// A consumer's own state: where it is and what it fetched but has not handed out yet.
struct Consumer {
    list: ListEvents,
    params: ListEventsParams,
    interval: Duration,
    /// The id of the last event handed out: the next request asks for the events after it.
    position: Option<String>,
    fetched: VecDeque<Result<Event>>,
    /// Whether the last request reached the end of the stream: then the next one waits.
    at_end: bool,
}

impl Consumer {
    #[inline]
    async fn next(mut self) -> Option<(Result<Delivery>, Consumer)> {
        loop {
            if let Some(item) = self.fetched.pop_front() {
                let id = match &item {
                    Ok(event) => Some(event.id.as_str().to_owned()),
                    Err(error) => error.undecoded_event().map(|raw| raw.id().to_owned()),
                };
                if let Some(id) = id {
                    self.position = Some(id);
                }
                return Some((item.map(|event| Delivery { event }), self));
            }
            if self.at_end {
                tokio::time::sleep(self.interval).await;
            }
            let mut params = self.params.clone();
            params.after = self.position.clone();
            match (self.list)(params).raw_page().await {
                Ok(page) => {
                    // No busy loop on a server that hands out empty pages with cursors: an
                    // empty page is the end as well.
                    self.at_end = page.after.is_none() || page.data.is_empty();
                    self.fetched.extend(page.data);
                }
                Err(error) => {
                    self.at_end = true;
                    return Some((Err(error), self));
                }
            }
        }
    }
}

/// The stream [`Events::follow`](crate::handles::Events::follow) returns.
// `#[inline]` here and on the consumer's `next`: following is where every event type's decoder
// is instantiated (`EventData::parse`), so it is compiled in the programs that follow events,
// not in every build of this crate (at `opt-level = 0` an `#[inline]` function is compiled
// only where it is used).
#[inline]
pub(crate) fn follow(list: ListEvents, start: Start, follow: Follow) -> EventStream {
    let mut params = ListEventsParams::default().order(PaginationOrder::Asc).limit(follow.page_size);
    params.events = follow.events;
    params.organization_id = follow.organization_id;
    let consumer = Consumer {
        list,
        params,
        interval: follow.poll_interval,
        position: start.cursor(),
        fetched: VecDeque::new(),
        at_end: false,
    };
    EventStream { inner: futures::stream::unfold(consumer, Consumer::next).boxed() }
}

/// The id of the newest event (of `follow`'s types and organization), to follow from after a
/// full sync.
#[inline]
pub(crate) async fn newest_cursor(list: ListEvents, follow: &Follow) -> Result<Start> {
    let mut params = ListEventsParams::default().order(PaginationOrder::Desc).limit(1);
    params.events = follow.events.clone();
    params.organization_id = follow.organization_id.clone();
    let page = list(params).raw_page().await?;
    Ok(match page.data.into_iter().next() {
        Some(Ok(event)) => Start::After(event.id.into_string()),
        Some(Err(error)) => match error.undecoded_event() {
            Some(raw) => Start::After(raw.id().to_owned()),
            None => return Err(error),
        },
        None => Start::Beginning,
    })
}
