//! Types shared by every area: pagination, list envelopes and the error body.

use schemars::JsonSchema;

/// The order in which a list returns objects, by creation time.
#[derive(JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PaginationOrder {
    /// Newest first, with `before` moving towards older objects and `after` towards newer ones.
    Normal,
    /// Newest first (the default).
    Desc,
    /// Oldest first.
    Asc,
}

/// The cursor parameters every list accepts. Flatten it into a list's query type.
#[derive(JsonSchema)]
pub struct PageQuery {
    /// Return the objects that come before this object id in the list's order.
    pub before: Option<String>,
    /// Return the objects that come after this object id in the list's order.
    pub after: Option<String>,
    /// How many objects one page holds, from 1 to 100 (the API's default is 10).
    #[schemars(range(max = 100))]
    pub limit: Option<u32>,
    /// The order of the list, by creation time.
    pub order: Option<PaginationOrder>,
}

/// Query type of a list that takes nothing but the cursor parameters.
#[derive(JsonSchema)]
pub struct ListQuery {
    /// The cursor parameters.
    #[serde(flatten)]
    pub page: PageQuery,
}

/// Where a page sits in its list: the cursors to the neighbouring pages.
#[derive(JsonSchema)]
pub struct ListMetadata {
    /// Pass as `before` to fetch the previous page; `null` on the first page.
    pub before: Option<String>,
    /// Pass as `after` to fetch the next page; `null` on the last page.
    pub after: Option<String>,
}

/// One page of a paginated list.
#[derive(JsonSchema)]
#[schemars(rename = "{T}List")]
pub struct List<T> {
    /// Always `list`; absent from the lists recorded in 2021.
    #[schemars(extend("const" = "list"))]
    pub object: Option<String>,
    /// The objects of this page, in the requested order.
    pub data: Vec<T>,
    /// Cursors to the neighbouring pages. Lists recorded in 2021-2022 also spell it
    /// `listMetadata`, beside or instead of `list_metadata`: that is read when this is absent.
    #[schemars(transform = crate::extensions::alias("listMetadata"))]
    pub list_metadata: Option<ListMetadata>,
}

/// Where a page of a forward-only list sits: the cursor to the next page.
#[derive(JsonSchema)]
pub struct ForwardListMetadata {
    /// Pass as `after` to fetch the next page; `null` on the last page.
    pub after: Option<String>,
}

/// One page of a list that only pages forward (the event stream).
#[derive(JsonSchema)]
#[schemars(rename = "{T}List")]
pub struct ForwardList<T> {
    /// Always `list`.
    #[schemars(extend("const" = "list"))]
    pub object: Option<String>,
    /// The objects of this page, in order.
    pub data: Vec<T>,
    /// The cursor to the next page.
    #[schemars(transform = crate::extensions::alias("listMetadata"))]
    pub list_metadata: Option<ForwardListMetadata>,
}

/// The JSON body WorkOS sends with an error status. Every field may be absent.
#[derive(JsonSchema)]
pub struct ErrorBody {
    /// A machine-readable error code, such as `entity_not_found`.
    pub code: Option<String>,
    /// A sentence that explains the error.
    pub message: Option<String>,
    /// The OAuth error code, on token endpoints (`invalid_grant`, ...).
    pub error: Option<String>,
    /// The OAuth explanation that goes with `error`.
    pub error_description: Option<String>,
    /// The fields that failed validation, on `422`.
    #[serde(default)]
    pub errors: Vec<FieldError>,
}

/// One field that failed validation.
#[derive(JsonSchema)]
pub struct FieldError {
    /// The field's name.
    pub field: Option<String>,
    /// A machine-readable code, such as `required`.
    pub code: Option<String>,
    /// A sentence that explains the problem.
    pub message: Option<String>,
}

/// A point in time, sent as an RFC 3339 string (`2026-01-15T12:00:00.000Z`).
pub struct Timestamp;

impl JsonSchema for Timestamp {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Timestamp".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "string", "format": "date-time" })
    }
}

/// Free-form JSON, passed through as the API sent it.
pub type Json = std::collections::BTreeMap<String, serde_json::Value>;

/// String key-value pairs that an application stores on an object (at most 50 keys; keys up
/// to 40 characters, values up to 600).
pub type Metadata = std::collections::BTreeMap<String, String>;

/// Answer of a delete that the API may acknowledge with `200`, `202` or `204`, with no body.
pub struct DeletedResponse;
