//! The escape hatch: a request to an endpoint the SDK has no method for yet, through the same
//! client as every method (its key, deadline, retries, pacing and errors). [`Workos::get`],
//! [`Workos::post`] and [`Workos::request`] take a path under the base URL, checked so that a
//! value in it cannot reach another host, another endpoint or the query.

use serde::Serialize;
use serde::de::DeserializeOwned;
use workos_api::Operation;

use super::Workos;
use crate::error::{Error, Result};

/// What the transport knows of a raw request: its method, and nothing of the spec's (no
/// published limit of its own, so only the overall pacing; no `Idempotency-Key` unless the
/// caller sets one).
const fn raw_operation(method: &'static str, idempotent: bool) -> Operation {
    Operation {
        id: workos_api::RAW_OPERATION_ID,
        method,
        path: "(raw request)",
        tag: "raw",
        list: false,
        idempotent,
        public: false,
        redirect: false,
        rate_limit: None,
        subject_limit: None,
        max_response_bytes: None,
    }
}

static GET: Operation = raw_operation("GET", false);
static POST: Operation = raw_operation("POST", false);
static POST_WITH_KEY: Operation = raw_operation("POST", true);
static PUT: Operation = raw_operation("PUT", false);
static PATCH: Operation = raw_operation("PATCH", false);
static PATCH_WITH_KEY: Operation = raw_operation("PATCH", true);
static DELETE: Operation = raw_operation("DELETE", false);

/// A request to an endpoint the SDK has no method for, from [`Workos::request`]: add a query,
/// a JSON body or an `Idempotency-Key`, then [`send`](RawRequest::send) it.
#[must_use = "a request does nothing until it is sent"]
pub struct RawRequest<'a> {
    client: &'a Workos,
    method: reqwest::Method,
    path: String,
    query: Vec<(String, String)>,
    body: Option<Result<bytes::Bytes>>,
    idempotency_key: Option<String>,
}

impl std::fmt::Debug for RawRequest<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // The query and body may carry what the caller would not log.
        f.debug_struct("RawRequest")
            .field("method", &self.method)
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Workos {
    /// `GET`s `path` (under the base URL, such as `/organizations/org_123`) with `query`, and
    /// decodes the JSON answer as `T` (`serde_json::Value` when there is no type for it yet).
    ///
    /// The escape hatch for an endpoint this SDK does not have a method for yet: the same key,
    /// deadline, retries, pacing and [`Error`]s as the methods. `path` must be a plain path
    /// (see [`Workos::request`]); the query is encoded, so its values cannot change the path.
    ///
    /// ```no_run
    /// # async fn demo(workos: workos::Workos) -> Result<(), workos::Error> {
    /// let page: workos::serde_json::Value =
    ///     workos.get("/organizations", &[("limit", "5"), ("order", "asc")]).await?;
    /// # Ok(()) }
    /// ```
    pub async fn get<T: DeserializeOwned>(&self, path: &str, query: &[(&str, &str)]) -> Result<T> {
        self.request(reqwest::Method::GET, path).query(query).send().await
    }

    /// `POST`s `body` as JSON to `path` and decodes the JSON answer as `T`: the escape hatch's
    /// write, as [`Workos::get`]. Not retried once it may have reached WorkOS; where WorkOS
    /// honours `Idempotency-Key`, [`Workos::request`] with
    /// [`idempotency_key`](RawRequest::idempotency_key) makes it retried like a read.
    ///
    /// ```no_run
    /// # async fn demo(workos: workos::Workos) -> Result<(), workos::Error> {
    /// let body = workos::serde_json::json!({ "name": "Acme" });
    /// let created: workos::types::Organization = workos.post("/organizations", &body).await?;
    /// # Ok(()) }
    /// ```
    pub async fn post<T: DeserializeOwned>(&self, path: &str, body: &(impl Serialize + ?Sized)) -> Result<T> {
        self.request(reqwest::Method::POST, path).json(body).send().await
    }

    /// A request of `method` to `path` under the base URL, for an endpoint this SDK has no
    /// method for: the escape hatch, sent with the same key, deadline, retries, pacing and
    /// [`Error`]s as the methods. `GET`, `PUT` and `DELETE` are retried like the methods' reads;
    /// `POST` and `PATCH` only when they certainly were not sent, or with an
    /// [`idempotency_key`](RawRequest::idempotency_key).
    ///
    /// `path` starts with `/` and is made of segments of RFC 3986's unreserved characters
    /// (`A-Z a-z 0-9 - . _ ~`) and `%XX` escapes, none of them empty, `.` or `..`, and no
    /// escape of `/`, `\`, `.` or a control character: anything else (a query, a fragment, a
    /// host, a segment that would climb out) fails with
    /// [`ErrorKind::InvalidRequest`](crate::ErrorKind::InvalidRequest) before anything is
    /// sent. Encode a value you put in a path with [`encode_path_segment`](crate::encode_path_segment).
    ///
    /// ```no_run
    /// # async fn demo(workos: workos::Workos, id: &str) -> Result<(), workos::Error> {
    /// use workos::encode_path_segment;
    ///
    /// let path = format!("/organizations/{}", encode_path_segment(id));
    /// let removed: () = workos.request(workos::reqwest::Method::DELETE, &path).send().await?;
    /// # Ok(()) }
    /// ```
    pub fn request(&self, method: reqwest::Method, path: &str) -> RawRequest<'_> {
        RawRequest {
            client: self,
            method,
            path: path.to_owned(),
            query: Vec::new(),
            body: None,
            idempotency_key: None,
        }
    }
}

impl RawRequest<'_> {
    /// Adds query parameters, encoded.
    pub fn query(mut self, query: &[(&str, &str)]) -> Self {
        self.query.extend(query.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())));
        self
    }

    /// Sends `body` as JSON (serialized now, once for every attempt).
    pub fn json(mut self, body: &(impl Serialize + ?Sized)) -> Self {
        self.body = Some(
            serde_json::to_vec(body)
                .map(bytes::Bytes::from)
                .map_err(|e| Error::invalid_request(format!("the body does not serialize: {e}"))),
        );
        self
    }

    /// Sends `key` as `Idempotency-Key` on every attempt, which makes a `POST` or `PATCH`
    /// retried like a read. Only for an endpoint WorkOS documents as honouring the header: one
    /// that ignores it could apply a retried write twice.
    pub fn idempotency_key(mut self, key: impl Into<String>) -> Self {
        self.idempotency_key = Some(key.into());
        self
    }

    /// Sends the request and decodes its JSON answer as `T` (an empty answer reads as `null`:
    /// `()` or `Option<T>`).
    pub async fn send<T: DeserializeOwned>(self) -> Result<T> {
        let op = self.operation()?;
        let path = check_path(&self.path)?;
        let api = self.client.api();
        let base = progenitor_client::ClientInfo::baseurl(api);
        let mut url = reqwest::Url::parse(&format!("{base}{path}"))
            .map_err(|_| Error::invalid_request("the path does not make a URL under the base URL"))?;
        // What the checks above promise, on the URL as parsed: the base's host, the path as given.
        let base_path = reqwest::Url::parse(base).map(|b| b.path().trim_end_matches('/').to_owned());
        let expected_path = format!("{}{path}", base_path.unwrap_or_default());
        if url.path() != expected_path || url.query().is_some() || url.fragment().is_some() {
            return Err(Error::invalid_request("the path would be sent somewhere else than it says"));
        }
        if !self.query.is_empty() {
            url.query_pairs_mut().extend_pairs(&self.query);
        }
        let body = self.body.transpose()?;
        let key = match &self.idempotency_key {
            None => None,
            Some(key) => Some(
                reqwest::header::HeaderValue::from_str(key)
                    .map_err(|_| Error::invalid_request("the Idempotency-Key cannot be sent in a header"))?,
            ),
        };
        let build = || {
            let mut request = reqwest::Request::new(self.method.clone(), url.clone());
            let headers = request.headers_mut();
            headers.insert(
                reqwest::header::ACCEPT,
                reqwest::header::HeaderValue::from_static("application/json"),
            );
            if let Some(key) = &key {
                headers.insert("idempotency-key", key.clone());
            }
            if let Some(body) = &body {
                headers.insert(
                    reqwest::header::CONTENT_TYPE,
                    reqwest::header::HeaderValue::from_static("application/json"),
                );
                *request.body_mut() = Some(reqwest::Body::from(body.clone()));
            }
            request
        };
        self.client.send(op, || workos_api::send_raw(api, build())).await
    }

    fn operation(&self) -> Result<&'static Operation> {
        let keyed = self.idempotency_key.is_some();
        Ok(match (self.method.as_str(), keyed) {
            ("GET", _) => &GET,
            ("POST", false) => &POST,
            ("POST", true) => &POST_WITH_KEY,
            ("PUT", _) => &PUT,
            ("PATCH", false) => &PATCH,
            ("PATCH", true) => &PATCH_WITH_KEY,
            ("DELETE", _) => &DELETE,
            _ => return Err(Error::invalid_request("a raw request is a GET, POST, PUT, PATCH or DELETE")),
        })
    }
}

/// `path` if it is a plain path of unreserved segments (see [`Workos::request`]).
fn check_path(path: &str) -> Result<&str> {
    let refuse = |why: &str| Err(Error::invalid_request(format!("the raw request's path is refused: {why}")));
    let Some(rest) = path.strip_prefix('/') else { return refuse("it does not start with `/`") };
    for segment in rest.split('/') {
        if segment.is_empty() {
            return refuse("it has an empty segment");
        }
        let bytes = segment.as_bytes();
        let mut decoded = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if b == b'%' {
                let hex = bytes.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
                let Some(value) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) else {
                    return refuse("it has a `%` that is not an escape");
                };
                if matches!(value, b'/' | b'\\' | b'.') || value.is_ascii_control() {
                    return refuse("it escapes a separator, a dot or a control character");
                }
                decoded.push(value);
                i += 3;
            } else if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
                decoded.push(b);
                i += 1;
            } else {
                return refuse("it holds a character other than A-Z a-z 0-9 - . _ ~ and escapes");
            }
        }
        if decoded == b"." || decoded == b".." {
            return refuse("it has a `.` or `..` segment");
        }
    }
    Ok(path)
}

#[cfg(test)]
mod tests {
    use super::check_path;

    #[test]
    fn only_plain_paths_pass() {
        for ok in ["/organizations", "/organizations/org_01H%20x", "/a/b.c/~d-e_f", "/user_management/users"]
        {
            assert_eq!(check_path(ok).unwrap(), ok);
        }
        for bad in [
            "organizations",
            "//evil.example/x",
            "/organizations?limit=1",
            "/organizations#x",
            "/organizations/../users",
            "/organizations/%2e%2E",
            "/organizations/.",
            "/organizations/a%2Fb",
            "/organizations/a%5Cb",
            "/organizations/a\\b",
            "/organizations/a b",
            "/organizations/",
            "/organizations/%zz",
            "/organizations/%0a",
            "/@evil.example",
            "/organizations/é",
        ] {
            let error = check_path(bad).unwrap_err();
            assert_eq!(error.kind(), crate::ErrorKind::InvalidRequest, "{bad}");
        }
    }
}
