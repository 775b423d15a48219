//! The small language in which every module declares its operations.
//!
//! An [`Operation`] is built with chained calls that read like the API reference:
//!
//! ```
//! use workos_spec::{Operation, common::DeletedResponse};
//! # #[derive(schemars::JsonSchema)] struct Organization { id: String }
//! let op = Operation::get("/organizations/{id}", "get_organization")
//!     .tag("organizations")
//!     .doc("Fetches one organization by its id.")
//!     .path_param("id", "The organization's id, `org_...`.")
//!     .returns::<Organization>(200)
//!     .errors(&[404]);
//! assert_eq!(op.id(), "get_organization");
//! ```

use schemars::{JsonSchema, Schema, SchemaGenerator};

/// Produces the schema of one Rust type with a given generator.
pub(crate) type SchemaFn = fn(&mut SchemaGenerator) -> Schema;

/// The HTTP methods the WorkOS API uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Method {
    /// `GET`
    Get,
    /// `POST`
    Post,
    /// `PUT`
    Put,
    /// `PATCH`
    Patch,
    /// `DELETE`
    Delete,
}

impl Method {
    /// The method's name in upper case, as on the wire.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Post => "POST",
            Method::Put => "PUT",
            Method::Patch => "PATCH",
            Method::Delete => "DELETE",
        }
    }
}

/// How a request body is encoded.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BodyKind {
    /// `application/json`.
    Json,
    /// `application/x-www-form-urlencoded` (flat structs only).
    Form,
}

impl BodyKind {
    /// The media type sent in `Content-Type`.
    pub fn media_type(self) -> &'static str {
        match self {
            BodyKind::Json => "application/json",
            BodyKind::Form => "application/x-www-form-urlencoded",
        }
    }
}

/// Who may call an operation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Auth {
    /// A secret API key (`Authorization: Bearer sk_...`).
    ApiKey,
    /// No key: public clients (PKCE flows, JWKS, browser redirects).
    Public,
    /// A user's access token instead of the API key, in a required `Authorization` header
    /// (`GET /sso/profile`).
    AccessToken,
}

/// A path or header parameter: a string, unless a schema is given.
#[derive(Clone, Debug)]
pub(crate) struct NamedParam {
    pub(crate) name: &'static str,
    pub(crate) doc: &'static str,
    pub(crate) required: bool,
    pub(crate) schema: Option<SchemaFn>,
}

/// What a successful call answers.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Success {
    pub(crate) status: u16,
    pub(crate) schema: Option<SchemaFn>,
}

/// One operation of the API: the unit the rest of the pipeline works on.
#[derive(Clone, Debug)]
pub struct Operation {
    pub(crate) id: &'static str,
    pub(crate) method: Method,
    pub(crate) path: &'static str,
    pub(crate) tag: &'static str,
    pub(crate) summary: &'static str,
    pub(crate) description: Option<&'static str>,
    pub(crate) path_params: Vec<NamedParam>,
    pub(crate) query: Option<SchemaFn>,
    /// Query parameters whose array values travel comma-separated (`explode: false`).
    pub(crate) comma_separated: Vec<&'static str>,
    pub(crate) headers: Vec<NamedParam>,
    pub(crate) body: Option<(BodyKind, SchemaFn)>,
    pub(crate) success: Option<Success>,
    pub(crate) errors: Vec<u16>,
    pub(crate) list: bool,
    pub(crate) auth: Auth,
    pub(crate) redirect: bool,
    pub(crate) idempotent: bool,
    /// Deprecated by WorkOS: what to call instead.
    pub(crate) deprecated: Option<&'static str>,
    /// Where the `workos` crate offers it: the handle's accessor and the method's name.
    pub(crate) sdk: Option<(&'static str, &'static str)>,
    /// Query parameters whose first present value scopes the rate limit.
    pub(crate) pacing_key: &'static [&'static str],
    pub(crate) rate_limit: Option<RateLimit>,
    /// A narrower limit counted per subject of the request body (an e-mail address, a
    /// challenge, a user): see [`Operation::limited_per_subject`].
    pub(crate) subject_limit: Option<RateLimit>,
    /// The largest success body the SDK reads, when the answer is known to be small.
    pub(crate) max_response_bytes: Option<u64>,
    /// Sent to the environment's OAuth issuer (its AuthKit domain) rather than the API's host.
    pub(crate) at_issuer: bool,
}

/// A limit WorkOS publishes for some operations: at most `limit` requests in any window of
/// `period_ms`, counted per `name` (and per pacing key, when the operation has one).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RateLimit {
    /// Operations sharing a name share a window.
    pub name: &'static str,
    /// Requests allowed in a window.
    pub limit: u32,
    /// The window, in milliseconds.
    pub period_ms: u64,
}

impl Operation {
    fn new(method: Method, path: &'static str, id: &'static str) -> Self {
        Operation {
            id,
            method,
            path,
            tag: "",
            summary: "",
            description: None,
            path_params: Vec::new(),
            query: None,
            comma_separated: Vec::new(),
            headers: Vec::new(),
            body: None,
            success: None,
            errors: Vec::new(),
            list: false,
            auth: Auth::ApiKey,
            redirect: false,
            idempotent: false,
            deprecated: None,
            sdk: None,
            pacing_key: &[],
            rate_limit: None,
            subject_limit: None,
            max_response_bytes: None,
            at_issuer: false,
        }
    }

    /// A `GET` operation on `path` (a template such as `/organizations/{id}`), named `id`.
    pub fn get(path: &'static str, id: &'static str) -> Self {
        Self::new(Method::Get, path, id)
    }

    /// A `POST` operation.
    pub fn post(path: &'static str, id: &'static str) -> Self {
        Self::new(Method::Post, path, id)
    }

    /// A `PUT` operation.
    pub fn put(path: &'static str, id: &'static str) -> Self {
        Self::new(Method::Put, path, id)
    }

    /// A `PATCH` operation.
    pub fn patch(path: &'static str, id: &'static str) -> Self {
        Self::new(Method::Patch, path, id)
    }

    /// A `DELETE` operation.
    pub fn delete(path: &'static str, id: &'static str) -> Self {
        Self::new(Method::Delete, path, id)
    }

    /// The tag (API area) the operation is listed under.
    pub fn tag(mut self, tag: &'static str) -> Self {
        self.tag = tag;
        self
    }

    /// Our one-line description of what the operation does.
    pub fn doc(mut self, summary: &'static str) -> Self {
        self.summary = summary;
        self
    }

    /// A longer description, when one line is not enough.
    pub fn details(mut self, description: &'static str) -> Self {
        self.description = Some(description);
        self
    }

    /// Declares the path parameter `{name}` of the template.
    pub fn path_param(mut self, name: &'static str, doc: &'static str) -> Self {
        self.path_params.push(NamedParam { name, doc, required: true, schema: None });
        self
    }

    /// Declares the path parameter `{name}`, whose values are those of `T` (an enum).
    pub fn path_param_of<T: JsonSchema>(mut self, name: &'static str, doc: &'static str) -> Self {
        self.path_params.push(NamedParam {
            name,
            doc,
            required: true,
            schema: Some(|g| g.subschema_for::<T>()),
        });
        self
    }

    /// The query parameters: the fields of `Q`, one parameter each.
    pub fn query<Q: JsonSchema>(mut self) -> Self {
        self.query = Some(|g| Q::json_schema(g));
        self
    }

    /// Marks the array query parameter `name` as sent comma-separated (`a,b`), as the API
    /// expects for filters such as `domains`.
    pub fn comma_separated(mut self, name: &'static str) -> Self {
        self.comma_separated.push(name);
        self
    }

    /// An optional string request header.
    pub fn header(mut self, name: &'static str, doc: &'static str) -> Self {
        self.headers.push(NamedParam { name, doc, required: false, schema: None });
        self
    }

    /// A JSON request body of type `B`.
    pub fn json_body<B: JsonSchema>(mut self) -> Self {
        self.body = Some((BodyKind::Json, |g| g.subschema_for::<B>()));
        self
    }

    /// A form-encoded request body of type `B` (a flat struct).
    pub fn form_body<B: JsonSchema>(mut self) -> Self {
        self.body = Some((BodyKind::Form, |g| g.subschema_for::<B>()));
        self
    }

    /// A successful answer with `status` and a JSON body of type `T`.
    pub fn returns<T: JsonSchema>(mut self, status: u16) -> Self {
        self.success = Some(Success { status, schema: Some(|g| g.subschema_for::<T>()) });
        self
    }

    /// A successful answer with `status` and no body.
    pub fn empty(mut self, status: u16) -> Self {
        self.success = Some(Success { status, schema: None });
        self
    }

    /// A paginated list of `T`: answers `200` with [`crate::common::List<T>`] and accepts the
    /// cursor parameters (which the query type `Q` must declare, usually by flattening
    /// [`crate::common::PageQuery`]).
    pub fn list<T: JsonSchema>(mut self) -> Self {
        self.success =
            Some(Success { status: 200, schema: Some(|g| g.subschema_for::<crate::common::List<T>>()) });
        self.list = true;
        self
    }

    /// A paginated list of `T` that only pages forward: its metadata carries `after` alone
    /// ([`crate::common::ForwardList<T>`]).
    pub fn forward_list<T: JsonSchema>(mut self) -> Self {
        self.success = Some(Success {
            status: 200,
            schema: Some(|g| g.subschema_for::<crate::common::ForwardList<T>>()),
        });
        self.list = true;
        self
    }

    /// The error statuses the operation documents; all share [`crate::common::ErrorBody`].
    pub fn errors(mut self, statuses: &[u16]) -> Self {
        self.errors.extend_from_slice(statuses);
        self
    }

    /// Callable without an API key (public clients, PKCE).
    pub fn public(mut self) -> Self {
        self.auth = Auth::Public;
        self
    }

    /// Authorized with a user's access token (`Authorization: Bearer <token>`) rather than the
    /// API key.
    pub fn access_token(mut self) -> Self {
        self.auth = Auth::AccessToken;
        self.headers.push(NamedParam {
            name: "Authorization",
            doc: "`Bearer <access token>`: the token of the user the call is about.",
            required: true,
            schema: None,
        });
        self
    }

    /// A browser redirect: the SDK builds its URL and never calls it.
    pub fn browser_redirect(mut self) -> Self {
        self.redirect = true;
        self
    }

    /// Honours `Idempotency-Key`: a retried request is applied once.
    pub fn idempotent(mut self) -> Self {
        self.idempotent = true;
        self.headers.push(NamedParam {
            name: "Idempotency-Key",
            doc: "A key, unique per logical request, that makes retries of it safe.",
            required: false,
            schema: None,
        });
        self
    }

    /// Offered by the `workos` crate as `workos.<handle>().<method>(...)`; `handle` is an
    /// accessor of [`crate::HANDLES`].
    pub fn sdk(mut self, handle: &'static str, method: &'static str) -> Self {
        self.sdk = Some((handle, method));
        self
    }

    /// Counted against `limit`, which WorkOS publishes for it.
    pub fn rate_limit(mut self, limit: RateLimit) -> Self {
        self.rate_limit = Some(limit);
        self
    }

    /// Its answer is known to stay small (a key set, say): the SDK reads at most `bytes` of
    /// it, whatever the client's `max_response_size`, so that a hostile or broken server
    /// cannot make the call hold more.
    pub fn max_response_bytes(mut self, bytes: u64) -> Self {
        self.max_response_bytes = Some(bytes);
        self
    }

    /// Its rate limit is counted per value of the first of these query parameters that is set
    /// (per directory, for directory users).
    pub fn paced_by(mut self, query_params: &'static [&'static str]) -> Self {
        self.pacing_key = query_params;
        self
    }

    /// WorkOS also counts it against `limit` per subject of the request (an e-mail address, a
    /// challenge, a user), such as 10 sign-ins a minute per e-mail address. The client cannot
    /// pace it, since the subject is in the body, but a `429` on the operation is most likely
    /// about it, and so holds no other call.
    pub fn limited_per_subject(mut self, limit: RateLimit) -> Self {
        self.subject_limit = Some(limit);
        self
    }

    /// Sent to the environment's OAuth issuer (an AuthKit domain such as
    /// `https://auth.example.com`) instead of the API's host: the operation has a server of its
    /// own, `{issuer}`, whose value the caller gives.
    pub fn at_issuer(mut self) -> Self {
        self.at_issuer = true;
        self
    }

    /// Deprecated by WorkOS; `successor` says what to call instead (`use
    /// `directory_sync().list_directory_users``), and becomes the note of the SDK method's
    /// `#[deprecated]`.
    pub fn deprecated(mut self, successor: &'static str) -> Self {
        self.deprecated = Some(successor);
        self
    }

    /// The operation id, which names the generated method.
    pub fn id(&self) -> &'static str {
        self.id
    }

    /// The HTTP method.
    pub fn method(&self) -> Method {
        self.method
    }

    /// The path template.
    pub fn path(&self) -> &'static str {
        self.path
    }

    /// The tag.
    pub fn tag_name(&self) -> &'static str {
        self.tag
    }

    /// Whether the operation is a paginated list.
    pub fn is_list(&self) -> bool {
        self.list
    }

    /// Whether the operation is a browser redirect rather than an API call.
    pub fn is_redirect(&self) -> bool {
        self.redirect
    }

    /// Who may call it.
    pub fn auth(&self) -> Auth {
        self.auth
    }

    /// Where the `workos` crate offers it: `(handle, method)`.
    pub fn sdk_name(&self) -> Option<(&'static str, &'static str)> {
        self.sdk
    }

    /// Its published rate limit, if any.
    pub fn published_rate_limit(&self) -> Option<RateLimit> {
        self.rate_limit
    }

    /// Its published per-subject limit, if any; see [`Operation::limited_per_subject`].
    pub fn subject_rate_limit(&self) -> Option<RateLimit> {
        self.subject_limit
    }

    /// The largest success body the SDK reads for it, when smaller than any client's limit.
    pub fn max_response(&self) -> Option<u64> {
        self.max_response_bytes
    }
}
