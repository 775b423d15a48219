//! Pagination exactly as the API does it: `limit`, `order`, `after`, `before` in, a slice of
//! the list and its `list_metadata` out.

/// The cursor parameters of one list request.
#[derive(Debug, Default)]
pub(crate) struct PageRequest {
    pub(crate) limit: usize,
    pub(crate) order: String,
    pub(crate) after: Option<String>,
    pub(crate) before: Option<String>,
}

impl PageRequest {
    pub(crate) fn from_query(pairs: &[(String, String)]) -> PageRequest {
        let get = |name: &str| pairs.iter().find(|(n, _)| n == name).map(|(_, v)| v.clone());
        PageRequest {
            limit: get("limit").and_then(|l| l.parse().ok()).unwrap_or(10).clamp(1, 100),
            order: get("order").unwrap_or_else(|| "desc".into()),
            after: get("after").filter(|c| !c.is_empty()),
            before: get("before").filter(|c| !c.is_empty()),
        }
    }
}

/// One page of a list.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct PageSlice {
    /// Indexes into the list (oldest first), in the order the page shows them.
    pub(crate) indexes: Vec<usize>,
    pub(crate) before: Option<String>,
    pub(crate) after: Option<String>,
}

/// The page `request` asks for, of a list whose ids (oldest first) sort by creation.
pub(crate) fn page(ids: &[String], request: &PageRequest) -> PageSlice {
    let len = ids.len();
    let newest_first = request.order != "asc";
    // Position `k` in the order the caller sees maps to this index of `ids`.
    let index = |k: usize| if newest_first { len - 1 - k } else { k };
    // In `normal` order the cursors swap meaning: `after` moves towards newer objects.
    let (forward, backward) = if request.order == "normal" {
        (request.before.as_deref(), request.after.as_deref())
    } else {
        (request.after.as_deref(), request.before.as_deref())
    };
    // Where a cursor sits in the caller's order, even if its object is gone: ids sort by creation.
    let position = |cursor: &str| {
        (0..len)
            .position(|k| {
                let id = ids[index(k)].as_str();
                if newest_first { id <= cursor } else { id >= cursor }
            })
            .unwrap_or(len)
    };
    let (start, end) = match (forward, backward) {
        (Some(cursor), _) => {
            let at = position(cursor);
            let first = if at < len && ids[index(at)] == cursor { at + 1 } else { at };
            (first, (first + request.limit).min(len))
        }
        (None, Some(cursor)) => {
            let end = position(cursor);
            (end.saturating_sub(request.limit), end)
        }
        (None, None) => (0, request.limit.min(len)),
    };
    let towards_start = (start > 0 && start < end).then(|| ids[index(start)].clone());
    let towards_end = (end < len && end > start).then(|| ids[index(end - 1)].clone());
    let (before, after) =
        if request.order == "normal" { (towards_end, towards_start) } else { (towards_start, towards_end) };
    PageSlice { indexes: (start..end).map(index).collect(), before, after }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(n: usize) -> Vec<String> {
        (0..n).map(|i| format!("x_{i:03}")).collect()
    }

    fn shown(all: &[String], slice: &PageSlice) -> Vec<String> {
        slice.indexes.iter().map(|&i| all[i].clone()).collect()
    }

    fn request(order: &str, after: Option<&str>, before: Option<&str>) -> PageRequest {
        PageRequest {
            limit: 2,
            order: order.into(),
            after: after.map(Into::into),
            before: before.map(Into::into),
        }
    }

    #[test]
    fn desc_walks_newest_first() {
        let all = ids(5);
        let first = page(&all, &request("desc", None, None));
        assert_eq!(shown(&all, &first), ["x_004", "x_003"]);
        assert_eq!(first.before, None);
        assert_eq!(first.after.as_deref(), Some("x_003"));
        let second = page(&all, &request("desc", Some("x_003"), None));
        assert_eq!(shown(&all, &second), ["x_002", "x_001"]);
        let last = page(&all, &request("desc", Some("x_001"), None));
        assert_eq!(shown(&all, &last), ["x_000"]);
        assert_eq!(last.after, None);
        assert_eq!(last.before.as_deref(), Some("x_000"));
        let back = page(&all, &request("desc", None, Some("x_000")));
        assert_eq!(shown(&all, &back), ["x_002", "x_001"]);
        assert_eq!(back.before.as_deref(), Some("x_002"));
    }

    #[test]
    fn asc_walks_oldest_first() {
        let all = ids(3);
        let first = page(&all, &request("asc", None, None));
        assert_eq!(shown(&all, &first), ["x_000", "x_001"]);
        let second = page(&all, &request("asc", Some("x_001"), None));
        assert_eq!(shown(&all, &second), ["x_002"]);
        assert_eq!(second.after, None);
    }

    #[test]
    fn normal_swaps_the_cursors() {
        let all = ids(4);
        let first = page(&all, &request("normal", None, None));
        assert_eq!(shown(&all, &first), ["x_003", "x_002"]);
        assert_eq!(first.before.as_deref(), Some("x_002"));
        assert_eq!(first.after, None);
        let older = page(&all, &request("normal", None, Some("x_002")));
        assert_eq!(shown(&all, &older), ["x_001", "x_000"]);
    }

    #[test]
    fn an_unknown_cursor_resumes_where_it_would_sort() {
        let all = ids(4);
        let page = page(&all, &request("desc", Some("x_0025"), None));
        assert_eq!(shown(&all, &page), ["x_002", "x_001"]);
    }

    #[test]
    fn empty_lists_have_no_cursors() {
        let page = page(&[], &request("desc", None, None));
        assert_eq!(page, PageSlice { indexes: vec![], before: None, after: None });
    }
}
