//! Walking paginated lists: one page, or every page or item as a lazy stream.
//!
//! Every list operation returns a [`Paginator`]. Nothing is sent until you await it (one
//! page) or poll one of its streams. A walk goes forward with `after` (the default) or
//! backward with `before`, and stops when the API returns no further cursor, or a cursor the
//! walk has already followed (a server bug must not become an endless loop). A run of empty
//! pages that keep handing out new cursors ends the walk with [`ErrorKind::StalledList`].
//!
//! [`ErrorKind::StalledList`]: crate::ErrorKind::StalledList

use std::collections::HashSet;
use std::future::IntoFuture;
use std::hash::BuildHasher;
use std::pin::Pin;
use std::task::{Context, Poll};

use futures::FutureExt;
use futures::future::BoxFuture;
use futures::stream::{BoxStream, Stream, StreamExt};
use workos_api::{ListPage, ListParams, Operation};

use crate::client::Workos;
use crate::error::Result;
use crate::transport::answer::ApiResult;

/// Which way a walk moves through a list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Direction {
    /// With `after`: from the first page to the last, in the list's order.
    #[default]
    Forward,
    /// With `before`: from the given cursor back to the first page.
    Backward,
}

/// One page of a list, with the cursors to its neighbours.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Page<T> {
    /// The objects of this page, in the order the API returned them.
    pub data: Vec<T>,
    /// The cursor of the previous page (`before`), if there is one.
    pub before: Option<String>,
    /// The cursor of the next page (`after`), if there is one.
    pub after: Option<String>,
}

/// A page as fetched: each object either typed or the error that kept it from being (an
/// event whose data did not decode), so that one bad object costs that object alone.
pub(crate) struct RawPage<T> {
    pub(crate) data: Vec<Result<T>>,
    pub(crate) before: Option<String>,
    pub(crate) after: Option<String>,
}

impl<T> RawPage<T> {
    /// The page, or the error of its first object that failed.
    fn into_page(self) -> Result<Page<T>> {
        let data = self.data.into_iter().collect::<Result<Vec<T>>>()?;
        Ok(Page { data, before: self.before, after: self.after })
    }
}

/// How many empty pages in a row a walk accepts before it gives up: an empty page with a
/// cursor can happen (objects deleted during the walk), a long run of them is a server
/// handing out cursors that lead nowhere.
const MAX_EMPTY_PAGES_IN_A_ROW: u32 = 10;

/// A list request that has not been sent yet.
///
/// ```no_run
/// # async fn demo(workos: workos::Workos) -> Result<(), workos::Error> {
/// use futures::TryStreamExt;
/// use workos::types::ListOrganizationsParams;
///
/// // One page, with its cursors:
/// let page = workos.organizations().list(ListOrganizationsParams::default()).await?;
/// println!("{} organizations, next cursor {:?}", page.data.len(), page.after);
///
/// // Every organization, fetched page by page as the stream is consumed:
/// let mut all = workos.organizations().list(ListOrganizationsParams::default()).items();
/// while let Some(organization) = all.try_next().await? {
///     println!("{}", organization.name);
/// }
/// # Ok(()) }
/// ```
pub struct Paginator<T> {
    client: Workos,
    op: &'static Operation,
    fetch: Box<dyn Fetch<T>>,
    direction: Direction,
    pacing_key: Option<String>,
    prefetch: bool,
}

impl<T> std::fmt::Debug for Paginator<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paginator")
            .field("operation", &self.op.id)
            .field("direction", &self.direction)
            .finish_non_exhaustive()
    }
}

/// A generated list method, as a plain function of the client and the parameters.
pub(crate) type ListCall<P, L> = for<'a> fn(&'a workos_api::Client, &'a P) -> BoxFuture<'a, ApiResult<L>>;

/// The type-erased part of a paginator: its parameters and the method to call with them.
trait Fetch<T>: Send + Sync {
    fn set_cursor(&mut self, after: Option<String>, before: Option<String>);
    fn cursor(&self) -> (Option<&str>, Option<&str>);
    fn ask_for_full_pages(&mut self);
    fn fetch<'a>(
        &'a self,
        client: &'a Workos,
        op: &'static Operation,
        pacing_key: Option<&'a str>,
    ) -> BoxFuture<'a, Result<RawPage<T>>>;
}

struct Fetcher<P, L: ListPage, T> {
    params: P,
    call: ListCall<P, L>,
    /// Makes each object of the page the list's item (the identity, or an event typed).
    map: fn(L::Item) -> Result<T>,
}

impl<P, L, T> Fetch<T> for Fetcher<P, L, T>
where
    P: ListParams + Send + Sync + 'static,
    L: ListPage + Send + 'static,
    L::Item: Send,
    T: Send,
{
    fn set_cursor(&mut self, after: Option<String>, before: Option<String>) {
        self.params.set_cursor(after, before);
    }

    fn cursor(&self) -> (Option<&str>, Option<&str>) {
        self.params.cursor()
    }

    fn ask_for_full_pages(&mut self) {
        self.params.ask_for_full_pages();
    }

    fn fetch<'a>(
        &'a self,
        client: &'a Workos,
        op: &'static Operation,
        pacing_key: Option<&'a str>,
    ) -> BoxFuture<'a, Result<RawPage<T>>> {
        Box::pin(async move {
            let page: L =
                client.send_paced(op, pacing_key, || (self.call)(client.api(), &self.params)).await?;
            let (data, metadata) = page.into_parts();
            let data = data.into_iter().map(self.map).collect();
            Ok(RawPage { data, before: metadata.before, after: metadata.after })
        })
    }
}

/// A list that cannot be sent (an invalid path parameter or filter): its first page is the
/// error.
struct Failed {
    error: std::sync::Mutex<Option<crate::Error>>,
}

impl<T> Fetch<T> for Failed {
    fn set_cursor(&mut self, _: Option<String>, _: Option<String>) {}

    fn cursor(&self) -> (Option<&str>, Option<&str>) {
        (None, None)
    }

    fn ask_for_full_pages(&mut self) {}

    fn fetch<'a>(
        &'a self,
        _: &'a Workos,
        _: &'static Operation,
        _: Option<&'a str>,
    ) -> BoxFuture<'a, Result<RawPage<T>>> {
        let error = self.error.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).take();
        Box::pin(async move {
            Err(error.unwrap_or_else(|| crate::Error::invalid_request("the list could not be sent")))
        })
    }
}

impl<T: Send + 'static> Paginator<T> {
    /// A paginator over the list operation `op`, once `valid` (the check of the parents' path
    /// parameters and of the comma-separated filters) has passed; otherwise a paginator whose
    /// first page is the error, so that a list method can return a [`Paginator`] like every
    /// other.
    pub(crate) fn checked<P, L>(
        client: &Workos,
        op: &'static Operation,
        valid: Result<()>,
        params: P,
        call: ListCall<P, L>,
    ) -> Paginator<T>
    where
        P: ListParams + Send + Sync + 'static,
        L: ListPage<Item = T> + Send + 'static,
    {
        Paginator::checked_typed(client, op, valid, params, call, Ok)
    }

    /// [`Paginator::checked`] for a list whose objects are typed further by `map` (events,
    /// whose data is typed by their event type): an object `map` fails on is an error in
    /// the walk's items, and the walk goes on after it.
    pub(crate) fn checked_typed<P, L>(
        client: &Workos,
        op: &'static Operation,
        valid: Result<()>,
        params: P,
        call: ListCall<P, L>,
        map: fn(L::Item) -> Result<T>,
    ) -> Paginator<T>
    where
        P: ListParams + Send + Sync + 'static,
        L: ListPage + Send + 'static,
        L::Item: Send,
    {
        match valid {
            Ok(()) => Paginator {
                client: client.clone(),
                op,
                fetch: Box::new(Fetcher { params, call, map }),
                direction: Direction::Forward,
                pacing_key: None,
                prefetch: true,
            },
            Err(error) => Paginator {
                client: client.clone(),
                op,
                fetch: Box::new(Failed { error: std::sync::Mutex::new(Some(error)) }),
                direction: Direction::Forward,
                pacing_key: None,
                prefetch: true,
            },
        }
    }

    /// A paginator over the list operation `op`, called with `params`.
    pub(crate) fn new<P, L>(
        client: &Workos,
        op: &'static Operation,
        params: P,
        call: ListCall<P, L>,
    ) -> Paginator<T>
    where
        P: ListParams + Send + Sync + 'static,
        L: ListPage<Item = T> + Send + 'static,
    {
        Paginator {
            client: client.clone(),
            op,
            fetch: Box::new(Fetcher { params, call, map: Ok }),
            direction: Direction::Forward,
            pacing_key: None,
            prefetch: true,
        }
    }

    /// Walks backward, following `before` cursors. Start from a `before` cursor in the
    /// parameters; the first page has none to follow.
    pub fn backward(mut self) -> Self {
        self.direction = Direction::Backward;
        self
    }

    /// Walks in `direction`.
    pub fn direction(mut self, direction: Direction) -> Self {
        self.direction = direction;
        self
    }

    /// Counts every request of this walk against the per-object limit of `key`.
    pub(crate) fn paced_by(mut self, key: Option<String>) -> Self {
        self.pacing_key = key;
        self
    }

    /// Fetches the page the parameters describe. An object of it that cannot be typed (an
    /// event whose data does not decode) makes the page that error; [`Paginator::items`]
    /// gives the others.
    pub async fn page(self) -> Result<Page<T>> {
        self.raw_page().await?.into_page()
    }

    /// The page the parameters describe, each object typed or its error.
    pub(crate) async fn raw_page(&self) -> Result<RawPage<T>> {
        self.fetch.fetch(&self.client, self.op, self.pacing_key.as_deref()).await
    }

    /// Fetches the next page while the current one is being used (on by default): a walk
    /// then takes about as long as the slower of fetching and using the pages, rather than
    /// both added up. At most one page is fetched ahead, and it counts against the rate
    /// limits like any other request.
    pub fn prefetch(mut self, enabled: bool) -> Self {
        self.prefetch = enabled;
        self
    }

    /// Every page, fetched as the stream is polled (and, with [`Paginator::prefetch`], one
    /// page ahead). Unless the parameters set `limit`, each request asks for the largest page
    /// the list allows (100), where awaiting the paginator for one page keeps the API's default.
    pub fn pages(self) -> Pages<T> {
        Pages { raw: self.raw_pages() }
    }

    /// [`Paginator::pages`], each object typed or its error.
    fn raw_pages(mut self) -> RawPages<T> {
        self.fetch.ask_for_full_pages();
        let prefetch = self.prefetch;
        let walk = Box::new(Walk {
            paginator: self,
            followed: HashSet::new(),
            hasher: std::collections::hash_map::RandomState::new(),
            empty_in_a_row: 0,
        });
        RawPages { state: PagesState::Idle(walk), prefetch }
    }

    /// Every object of every page, in order. An object that cannot be typed (an event whose
    /// data does not decode) is an error in its place, and the objects after it follow.
    pub fn items(self) -> Items<T> {
        let stream = self
            .raw_pages()
            .map(|page| match page {
                Ok(page) => futures::stream::iter(page.data).left_stream(),
                Err(error) => futures::stream::once(async move { Err(error) }).right_stream(),
            })
            .flatten();
        Items { inner: stream.boxed() }
    }
}

/// A page being fetched by a task of its own, which hands the walk back with the page.
type Fetching<T> = tokio::task::JoinHandle<(Box<Walk<T>>, Result<RawPage<T>>)>;

enum PagesState<T> {
    /// Ready to fetch the next page when polled.
    Idle(Box<Walk<T>>),
    /// A page is on its way.
    Fetching(Fetching<T>),
    Done,
}

fn spawn_fetch<T: Send + 'static>(walk: Box<Walk<T>>) -> Fetching<T> {
    tokio::spawn(async move {
        let paginator = &walk.paginator;
        let page =
            paginator.fetch.fetch(&paginator.client, paginator.op, paginator.pacing_key.as_deref()).await;
        (walk, page)
    })
}

/// A walk in progress.
struct Walk<T> {
    paginator: Paginator<T>,
    /// Every cursor followed so far, as a keyed hash: a cycle of any length is noticed in 8
    /// bytes a page, and a server cannot choose cursors that collide.
    followed: HashSet<u64>,
    hasher: std::collections::hash_map::RandomState,
    empty_in_a_row: u32,
}

/// What comes after a page.
enum Next {
    /// The parameters point at the next page.
    Page,
    /// The list is over (or goes round in circles, which ends it the same way).
    End,
    /// The list does not move on.
    Stalled(crate::Error),
}

impl<T> Walk<T> {
    /// Points the parameters at the page after `page`.
    fn advance(&mut self, page: &RawPage<T>) -> Next {
        let cursor = match self.paginator.direction {
            Direction::Forward => page.after.clone(),
            Direction::Backward => page.before.clone(),
        };
        let Some(cursor) = cursor.filter(|c| !c.is_empty()) else { return Next::End };
        if self.followed.is_empty() {
            // The cursor the caller started from counts as followed: coming back to it is a cycle.
            let (after, before) = self.paginator.fetch.cursor();
            let start = match self.paginator.direction {
                Direction::Forward => after,
                Direction::Backward => before,
            };
            if let Some(start) = start.map(|c| self.hasher.hash_one(c)) {
                self.followed.insert(start);
            }
        }
        if !self.followed.insert(self.hasher.hash_one(&cursor)) {
            tracing::warn!(
                operation = self.paginator.op.id,
                "the API returned a cursor this walk had already followed; stopping"
            );
            return Next::End;
        }
        self.empty_in_a_row = if page.data.is_empty() { self.empty_in_a_row + 1 } else { 0 };
        if self.empty_in_a_row >= MAX_EMPTY_PAGES_IN_A_ROW {
            return Next::Stalled(
                crate::Error::stalled_list(format!(
                    "{} empty pages in a row, each with a new cursor",
                    self.empty_in_a_row
                ))
                .with_operation(self.paginator.op.id, 0),
            );
        }
        match self.paginator.direction {
            Direction::Forward => self.paginator.fetch.set_cursor(Some(cursor), None),
            Direction::Backward => self.paginator.fetch.set_cursor(None, Some(cursor)),
        }
        Next::Page
    }
}

impl<T: Send + 'static> IntoFuture for Paginator<T> {
    type Output = Result<Page<T>>;
    type IntoFuture = BoxFuture<'static, Result<Page<T>>>;

    fn into_future(self) -> Self::IntoFuture {
        Box::pin(self.page())
    }
}

/// The pages of a list, as a stream; see [`Paginator::pages`]. Dropping it cancels a page
/// being fetched ahead.
pub struct Pages<T> {
    raw: RawPages<T>,
}

/// The walk behind [`Pages`] and [`Items`]: each page with its objects typed or their errors.
struct RawPages<T> {
    state: PagesState<T>,
    prefetch: bool,
}

/// The objects of a list, as a stream; see [`Paginator::items`].
pub struct Items<T> {
    inner: BoxStream<'static, Result<T>>,
}

impl<T: Send + 'static> Stream for Pages<T> {
    type Item = Result<Page<T>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.raw.poll_next_unpin(cx).map(|page| page.map(|page| page?.into_page()))
    }
}

impl<T: Send + 'static> Stream for RawPages<T> {
    type Item = Result<RawPage<T>>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        loop {
            match std::mem::replace(&mut self.state, PagesState::Done) {
                PagesState::Done => return Poll::Ready(None),
                PagesState::Idle(walk) => self.state = PagesState::Fetching(spawn_fetch(walk)),
                PagesState::Fetching(mut task) => match task.poll_unpin(cx) {
                    Poll::Pending => {
                        self.state = PagesState::Fetching(task);
                        return Poll::Pending;
                    }
                    Poll::Ready(Err(joined)) => {
                        let error =
                            crate::Error::invalid_request(format!("the page fetch stopped: {joined}"));
                        return Poll::Ready(Some(Err(error)));
                    }
                    Poll::Ready(Ok((_, Err(error)))) => return Poll::Ready(Some(Err(error))),
                    Poll::Ready(Ok((mut walk, Ok(page)))) => match walk.advance(&page) {
                        Next::Page => {
                            self.state = if self.prefetch {
                                PagesState::Fetching(spawn_fetch(walk))
                            } else {
                                PagesState::Idle(walk)
                            };
                            return Poll::Ready(Some(Ok(page)));
                        }
                        Next::End => return Poll::Ready(Some(Ok(page))),
                        // The page is empty: nothing is lost by returning the error in its place.
                        Next::Stalled(error) => return Poll::Ready(Some(Err(error))),
                    },
                },
            }
        }
    }
}

impl<T> Drop for RawPages<T> {
    fn drop(&mut self) {
        if let PagesState::Fetching(task) = &self.state {
            task.abort();
        }
    }
}

impl<T> Stream for Items<T> {
    type Item = Result<T>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.inner.poll_next_unpin(cx)
    }
}

impl<T> std::fmt::Debug for Pages<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Pages")
    }
}

impl<T> std::fmt::Debug for Items<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Items")
    }
}
