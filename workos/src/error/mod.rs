//! The one error type of the SDK.
//!
//! [`Error`] says what went wrong in a way code can branch on ([`Error::kind`]), carries the
//! API's answer when there was one ([`Error::api`]), and keeps the underlying cause in
//! [`std::error::Error::source`]. It never exposes the types of the HTTP stack, so upgrading
//! those is not a breaking change for you.

mod json_path;
mod printable;
mod undecoded;

pub use undecoded::UndecodedEvent;

use std::fmt;
use std::time::Duration;

use bytes::Bytes;

/// What kind of failure an [`Error`] is. New kinds may be added.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum ErrorKind {
    /// `400`: the API refused the request as malformed.
    BadRequest,
    /// `401`: no API key, or a wrong one.
    Unauthorized,
    /// `403`: the key lacks the permission.
    Forbidden,
    /// `404`: no such object.
    NotFound,
    /// `409`: the request conflicts with the object's state (a duplicate, usually).
    Conflict,
    /// `422`: validation failed; see [`ApiError::field_errors`].
    Unprocessable,
    /// `429`: rate limited, or held by the pause a `429` set for longer than the call could
    /// wait; see [`Error::retry_after`].
    RateLimited,
    /// `5xx`: WorkOS failed.
    Server,
    /// Any other non-success status.
    UnexpectedStatus,
    /// No answer within the timeout.
    Timeout,
    /// The connection failed or broke before a whole answer arrived.
    Connection,
    /// A success answer whose body is not what the operation returns.
    Decode,
    /// The request was refused before it was sent (an empty id, say).
    InvalidRequest,
    /// The client is not configured to make this call.
    Config,
    /// An access token was refused; see [`Error::rejection`].
    InvalidToken,
    /// A signed payload (a webhook, an Actions request) was refused; see [`Error::rejection`].
    InvalidSignature,
    /// A sealed session cookie was refused; see [`Error::rejection`].
    InvalidSession,
    /// A Vault ciphertext was refused: not in Vault's format, or altered; see
    /// [`Error::rejection`].
    InvalidCiphertext,
    /// A success answer longer than the client's limit (`WorkosBuilder::max_response_size`),
    /// the rest of it not read; or JSON (an answer, a webhook, an event's data) whose decoded
    /// value would take more than its budget, decoding stopped there: values far smaller on
    /// the wire than in memory, again and again.
    ResponseTooLarge,
    /// A list walk that does not move on: page after page with no objects.
    StalledList,
}

/// Why an access token, a signature, a sealed session or a Vault ciphertext was refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Rejection {
    /// The token is not a well-formed JWT.
    MalformedToken,
    /// The token is not signed with RS256 (`none`, `HS256` and the others are refused).
    UnsupportedAlgorithm,
    /// The signature does not match the token.
    BadSignature,
    /// The token's `exp` has passed (beyond the leeway).
    TokenExpired,
    /// The token's `nbf` is still to come (beyond the leeway).
    TokenNotYetValid,
    /// No key of the environment's key set has the token's `kid`, even after refetching it.
    UnknownKey,
    /// The token's `iss` is not the expected issuer.
    WrongIssuer,
    /// The token's `aud` is not the expected audience.
    WrongAudience,
    /// The signature header is missing or not in the expected form.
    MalformedSignature,
    /// The signature's timestamp is older than the tolerance.
    StaleSignature,
    /// The signature's timestamp is further in the future than the tolerance.
    FutureSignature,
    /// The signature does not match the payload and secret.
    SignatureMismatch,
    /// The cookie password is shorter than 32 characters.
    PasswordTooShort,
    /// The sealed session is not in the expected form.
    MalformedSession,
    /// The sealed session was altered, or sealed with another password.
    TamperedSession,
    /// The sealed session carries an expiration that has passed.
    ExpiredSession,
    /// The ciphertext is not in the format of Vault's local encryption.
    MalformedCiphertext,
    /// The ciphertext was altered, or is opened with another key or other associated data.
    TamperedCiphertext,
}

impl Rejection {
    fn kind(self) -> ErrorKind {
        use Rejection::*;
        match self {
            MalformedToken | UnsupportedAlgorithm | BadSignature | TokenExpired | TokenNotYetValid
            | UnknownKey | WrongIssuer | WrongAudience => ErrorKind::InvalidToken,
            MalformedSignature | StaleSignature | FutureSignature | SignatureMismatch => {
                ErrorKind::InvalidSignature
            }
            PasswordTooShort | MalformedSession | TamperedSession | ExpiredSession => {
                ErrorKind::InvalidSession
            }
            MalformedCiphertext | TamperedCiphertext => ErrorKind::InvalidCiphertext,
        }
    }
}

impl ErrorKind {
    fn from_status(status: u16) -> ErrorKind {
        match status {
            400 => ErrorKind::BadRequest,
            401 => ErrorKind::Unauthorized,
            403 => ErrorKind::Forbidden,
            404 => ErrorKind::NotFound,
            409 => ErrorKind::Conflict,
            422 => ErrorKind::Unprocessable,
            429 => ErrorKind::RateLimited,
            500..=599 => ErrorKind::Server,
            _ => ErrorKind::UnexpectedStatus,
        }
    }

    fn describe(self) -> &'static str {
        match self {
            ErrorKind::BadRequest => "bad request",
            ErrorKind::Unauthorized => "unauthorized",
            ErrorKind::Forbidden => "forbidden",
            ErrorKind::NotFound => "not found",
            ErrorKind::Conflict => "conflict",
            ErrorKind::Unprocessable => "validation failed",
            ErrorKind::RateLimited => "rate limited",
            ErrorKind::Server => "WorkOS server error",
            ErrorKind::UnexpectedStatus => "unexpected status",
            ErrorKind::Timeout => "request timed out",
            ErrorKind::Connection => "connection failed",
            ErrorKind::Decode => "unexpected response body",
            ErrorKind::InvalidRequest => "invalid request",
            ErrorKind::Config => "invalid configuration",
            ErrorKind::InvalidToken => "invalid access token",
            ErrorKind::InvalidSignature => "invalid signature",
            ErrorKind::InvalidSession => "invalid session",
            ErrorKind::InvalidCiphertext => "invalid ciphertext",
            ErrorKind::ResponseTooLarge => "response too large",
            ErrorKind::StalledList => "the list does not move on",
        }
    }
}

/// An error from the SDK: see [`ErrorKind`] for the cases.
pub struct Error {
    inner: Box<Inner>,
}

struct Inner {
    kind: ErrorKind,
    operation: Option<&'static str>,
    attempts: u32,
    /// For connection failures: whether the request may have reached the server.
    sent: bool,
    /// For a call a rate-limit pause held: what was left of the pause.
    held_for: Option<Duration>,
    detail: Detail,
    source: Option<Box<dyn std::error::Error + Send + Sync>>,
    /// The event that did not decode, when one of the event stream or a webhook failed.
    undecoded: Option<Box<UndecodedEvent>>,
}

enum Detail {
    None,
    Message(String),
    Rejected(Rejection, String),
    Api(ApiError),
    Decode(DecodeError),
}

/// `duration` to the nearest millisecond, for messages: a deadline measured from a timer reads
/// `499.996822ms`, whose microseconds say nothing to a reader.
fn rounded(duration: Duration) -> Duration {
    let millis = duration.as_micros().saturating_add(500) / 1000;
    Duration::from_millis(millis.try_into().unwrap_or(u64::MAX))
}

/// The result type of the SDK.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    fn new(kind: ErrorKind, detail: Detail) -> Error {
        Error {
            inner: Box::new(Inner {
                kind,
                operation: None,
                attempts: 0,
                sent: true,
                held_for: None,
                detail,
                source: None,
                undecoded: None,
            }),
        }
    }

    pub(crate) fn api(api: ApiError) -> Error {
        Error::new(ErrorKind::from_status(api.status), Detail::Api(api))
    }

    pub(crate) fn transport(
        kind: ErrorKind,
        source: impl std::error::Error + Send + Sync + 'static,
    ) -> Error {
        let mut error = Error::new(kind, Detail::None);
        error.inner.source = Some(Box::new(source));
        error
    }

    pub(crate) fn timeout(after: Duration) -> Error {
        Error::new(ErrorKind::Timeout, Detail::Message(format!("no answer within {:?}", rounded(after))))
    }

    /// A call that the pause a `429` set would hold past its deadline, `left` before it ends.
    pub(crate) fn held(left: Duration) -> Error {
        let message =
            format!("the pause after an earlier 429 ends in {:?}, past the call's deadline", rounded(left));
        let mut error = Error::new(ErrorKind::RateLimited, Detail::Message(message));
        error.inner.held_for = Some(left);
        error
    }

    /// Something waited for (a device authorization, say) ran out of time.
    pub(crate) fn expired(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Timeout, Detail::Message(message.into()))
    }

    pub(crate) fn decode(decode: DecodeError) -> Error {
        Error::new(ErrorKind::Decode, Detail::Decode(decode))
    }

    /// The same error, with the event that did not decode kept in it.
    pub(crate) fn with_undecoded(mut self, undecoded: impl FnOnce() -> UndecodedEvent) -> Error {
        self.inner.undecoded = Some(Box::new(undecoded()));
        self
    }

    pub(crate) fn too_large(limit: usize) -> Error {
        Error::new(
            ErrorKind::ResponseTooLarge,
            Detail::Message(format!("the body is longer than {limit} bytes")),
        )
    }

    pub(crate) fn decoded_too_large(budget: usize) -> Error {
        Error::new(
            ErrorKind::ResponseTooLarge,
            Detail::Message(format!("decoding the body would take more than its budget of {budget} bytes")),
        )
    }

    pub(crate) fn stalled_list(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::StalledList, Detail::Message(message.into()))
    }

    pub(crate) fn invalid_request(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::InvalidRequest, Detail::Message(message.into()))
    }

    pub(crate) fn rejected(rejection: Rejection, message: impl Into<String>) -> Error {
        Error::new(rejection.kind(), Detail::Rejected(rejection, message.into()))
    }

    pub(crate) fn config(message: impl Into<String>) -> Error {
        Error::new(ErrorKind::Config, Detail::Message(message.into()))
    }

    /// A copy of this error for another waiter on one shared result (a session refresh that
    /// several requests wait for): the same kind, operation, rejection and API answer; the
    /// source is kept as text, since it cannot be shared.
    #[cfg(feature = "session-cookies")]
    pub(crate) fn replay(&self) -> Error {
        let detail = match &self.inner.detail {
            Detail::None => match &self.inner.source {
                Some(source) => Detail::Message(source.to_string()),
                None => Detail::None,
            },
            Detail::Message(message) => Detail::Message(message.clone()),
            Detail::Rejected(rejection, message) => Detail::Rejected(*rejection, message.clone()),
            Detail::Api(api) => Detail::Api(api.clone()),
            Detail::Decode(decode) => {
                Detail::Message(format!("the answer does not decode at `{}`", decode.path))
            }
        };
        let mut copy = Error::new(self.inner.kind, detail);
        copy.inner.operation = self.inner.operation;
        copy.inner.attempts = self.inner.attempts;
        copy.inner.sent = self.inner.sent;
        copy.inner.held_for = self.inner.held_for;
        copy
    }

    pub(crate) fn sent(mut self, sent: bool) -> Error {
        self.inner.sent = sent;
        self
    }

    /// Whether the request certainly never reached the server (the connection could not be
    /// opened): only then is repeating a non-idempotent request safe.
    pub(crate) fn not_sent(&self) -> bool {
        !self.inner.sent
    }

    pub(crate) fn with_operation(mut self, operation: &'static str, attempts: u32) -> Error {
        self.inner.operation = Some(operation);
        self.inner.attempts = attempts;
        self
    }

    /// What kind of failure this is.
    pub fn kind(&self) -> ErrorKind {
        self.inner.kind
    }

    /// The API's answer, when the failure is a non-success status.
    pub fn as_api(&self) -> Option<&ApiError> {
        match &self.inner.detail {
            Detail::Api(api) => Some(api),
            _ => None,
        }
    }

    /// Where decoding failed, for [`ErrorKind::Decode`].
    pub fn as_decode(&self) -> Option<&DecodeError> {
        match &self.inner.detail {
            Detail::Decode(decode) => Some(decode),
            _ => None,
        }
    }

    /// The event that did not decode, as it arrived, when one event of the event stream or
    /// a webhook failed ([`ErrorKind::Decode`], or [`ErrorKind::ResponseTooLarge`] for data
    /// that builds too much): log it, skip it (store its id as the cursor) or stop.
    pub fn undecoded_event(&self) -> Option<&UndecodedEvent> {
        self.inner.undecoded.as_deref()
    }

    /// Why a token, signature or session was refused, for the `Invalid*` kinds.
    pub fn rejection(&self) -> Option<Rejection> {
        match &self.inner.detail {
            Detail::Rejected(rejection, _) => Some(*rejection),
            _ => None,
        }
    }

    /// The `X-Request-ID` of the API's answer, when it answered with an error: what WorkOS
    /// support asks for first. `Display` shows it too.
    ///
    /// ```no_run
    /// # async fn demo(workos: workos::Workos) {
    /// if let Err(error) = workos.organizations().get(&"org_123".into()).await {
    ///     eprintln!("{error}"); // not found (404, request req_...): ...
    ///     if let Some(id) = error.request_id() {
    ///         eprintln!("quote {id} to WorkOS support");
    ///     }
    /// }
    /// # }
    /// ```
    pub fn request_id(&self) -> Option<&str> {
        self.as_api().and_then(ApiError::request_id)
    }

    /// The HTTP status, when the API answered.
    pub fn status(&self) -> Option<u16> {
        self.as_api().map(|api| api.status)
    }

    /// The operation that failed (its id in the spec), when the error came from a call.
    pub fn operation(&self) -> Option<&'static str> {
        self.inner.operation
    }

    /// How many attempts were made before giving up (0 if nothing was sent).
    pub fn attempts(&self) -> u32 {
        self.inner.attempts
    }

    /// How long to wait before trying again, for [`ErrorKind::RateLimited`]: the API's
    /// `Retry-After` ([`ApiError::retry_after`]), or, for a call that the pause of another
    /// call's `429` held (and did not send), how much of that pause was left.
    pub fn retry_after(&self) -> Option<Duration> {
        self.as_api().and_then(ApiError::retry_after).or(self.inner.held_for)
    }
}

/// The most bytes `Display` writes of any one text an error carries (the API's message, a
/// decode error's path): errors end up in logs, and a server's message can be 64 KiB.
const SHOWN: usize = 300;

/// The most bytes `Display` writes of a request id (WorkOS's are about 30).
const SHOWN_ID: usize = 80;

/// One line: the kind, then for an API answer its status and request id (`not found (404,
/// request req_...): ...`), then the message. Every text an error carries is written escaped and
/// cut to `SHOWN` (300) bytes, since most come from the server: one error is one line, with no
/// terminal escapes. [`ApiError::message`] and
/// the others keep the text as it came.
impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn shown(text: &str) -> printable::Printable<'_> {
            printable::Printable::new(text, SHOWN)
        }
        match &self.inner.detail {
            Detail::Decode(decode) => f.write_str(decode.what)?,
            _ => f.write_str(self.inner.kind.describe())?,
        }
        match &self.inner.detail {
            Detail::None => Ok(()),
            Detail::Message(message) | Detail::Rejected(_, message) => write!(f, ": {}", shown(message)),
            Detail::Api(api) => {
                write!(f, " ({}", api.status)?;
                // The server's header, so bounded and escaped like its other texts.
                if let Some(id) = api.request_id() {
                    write!(f, ", request {}", printable::Printable::new(id, SHOWN_ID))?;
                }
                f.write_str(")")?;
                if let Some(message) = api.message() {
                    write!(f, ": {}", shown(message))?;
                }
                Ok(())
            }
            Detail::Decode(decode) => {
                write!(f, " at `{}`", shown(&decode.path))?;
                if let Some(event) = &decode.event {
                    write!(f, " in a `{}` event", shown(event))?;
                }
                Ok(())
            }
        }
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut s = f.debug_struct("Error");
        s.field("kind", &self.inner.kind);
        if let Some(operation) = self.inner.operation {
            s.field("operation", &operation);
            s.field("attempts", &self.inner.attempts);
        }
        match &self.inner.detail {
            Detail::None => {}
            Detail::Message(message) => {
                s.field("message", message);
            }
            Detail::Rejected(rejection, message) => {
                s.field("rejection", rejection);
                s.field("message", message);
            }
            Detail::Api(api) => {
                s.field("api", api);
            }
            Detail::Decode(decode) => {
                s.field("decode", decode);
            }
        }
        if let Some(source) = &self.inner.source {
            s.field("source", source);
        }
        s.finish()
    }
}

impl std::error::Error for Error {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.inner.detail {
            Detail::Decode(decode) => Some(&decode.source),
            _ => self.inner.source.as_deref().map(|e| e as &(dyn std::error::Error + 'static)),
        }
    }
}

/// A non-success answer from the API.
#[derive(Clone)]
pub struct ApiError {
    status: u16,
    request_id: Option<String>,
    retry_after: Option<Duration>,
    body: Bytes,
    parsed: ErrorBody,
}

/// One field that failed validation, from a `422` answer: the spec's `FieldError`.
pub use crate::types::FieldError;

// The fields WorkOS puts in error bodies, all optional: the spec's `ErrorBody`.
use crate::types::ErrorBody;

impl ApiError {
    pub(crate) fn new(
        status: u16,
        request_id: Option<String>,
        retry_after: Option<Duration>,
        body: Bytes,
    ) -> ApiError {
        // Error bodies are small and rarely fail to parse; an unparsable one (an HTML page
        // from a proxy, a field of another type) simply carries no code or message.
        let parsed = workos_api::decode_json::<ErrorBody>(&body, workos_api::payload_budget(body.len()))
            .unwrap_or_default();
        ApiError { status, request_id, retry_after, body, parsed }
    }

    /// The HTTP status.
    pub fn status(&self) -> u16 {
        self.status
    }

    /// The machine-readable error code: `code`, or the OAuth `error` on token endpoints.
    pub fn code(&self) -> Option<&str> {
        self.parsed.code.as_deref().or(self.parsed.error.as_deref())
    }

    /// The explanation: `message`, or the OAuth `error_description`.
    pub fn message(&self) -> Option<&str> {
        self.parsed.message.as_deref().or(self.parsed.error_description.as_deref())
    }

    /// The `X-Request-ID` WorkOS support asks for.
    pub fn request_id(&self) -> Option<&str> {
        self.request_id.as_deref()
    }

    /// How long the API asked to wait before retrying (`Retry-After`), if it said.
    pub fn retry_after(&self) -> Option<Duration> {
        self.retry_after
    }

    /// The fields that failed validation (on `422`).
    pub fn field_errors(&self) -> &[FieldError] {
        &self.parsed.errors
    }

    /// The body exactly as the API sent it.
    pub fn body(&self) -> &[u8] {
        &self.body
    }

    /// The body as JSON, when it is JSON.
    pub fn body_json(&self) -> Option<serde_json::Value> {
        workos_api::decode_json(&self.body, workos_api::payload_budget(self.body.len())).ok()
    }
}

impl fmt::Debug for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiError")
            .field("status", &self.status)
            .field("code", &self.code())
            .field("message", &self.message())
            .field("request_id", &self.request_id)
            .field("retry_after", &self.retry_after)
            .field("field_errors", &self.parsed.errors)
            .field("body_len", &self.body.len())
            .finish()
    }
}

/// Where a success body stopped matching the operation's type. Nothing in it shows a string
/// value of the body: its excerpt and its cause mask them, since any may be a credential.
#[derive(Debug)]
pub struct DecodeError {
    path: String,
    snippet: String,
    event: Option<String>,
    /// What did not decode, as `Display` names it: WorkOS's answer unless said otherwise.
    what: &'static str,
    source: DecodeCause,
}

/// What the JSON decoder said, its quoted values masked; the [`std::error::Error::source`] of
/// a decode error.
#[derive(Debug)]
struct DecodeCause {
    message: String,
}

impl fmt::Display for DecodeCause {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for DecodeCause {}

impl DecodeError {
    pub(crate) fn new(body: &[u8], source: serde_json::Error) -> DecodeError {
        let offset = json_path::offset_of(body, source.line(), source.column());
        let mut path = json_path::path_at(body, offset);
        let message = source.to_string();
        if let Some(field) = message.strip_prefix("missing field `").and_then(|m| m.split('`').next()) {
            path = if path == "$" { field.to_owned() } else { format!("{path}.{field}") };
        }
        let source = DecodeCause { message: json_path::mask_message(&message) };
        DecodeError {
            path,
            snippet: json_path::snippet(body, offset),
            event: None,
            what: "unexpected response body",
            source,
        }
    }

    /// The same failure, in JSON that came from elsewhere than an answer of WorkOS's
    /// (a webhook's payload, a cookie), which `Display` then names.
    pub(crate) fn of(mut self, what: &'static str) -> DecodeError {
        self.what = what;
        self
    }

    /// The same failure, in the data of an event of type `event`.
    pub(crate) fn in_event(mut self, event: &str) -> DecodeError {
        self.event = Some(event.to_owned());
        self
    }

    /// The event type whose data did not fit, when the body was an event.
    pub fn event(&self) -> Option<&str> {
        self.event.as_deref()
    }

    /// The JSON path of the value that did not fit, such as `data[3].state`.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// A short excerpt of the body around the failure (never the whole body).
    pub fn snippet(&self) -> &str {
        &self.snippet
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_in_messages_are_whole_milliseconds() {
        let error = Error::timeout(Duration::from_nanos(499_996_822));
        assert_eq!(error.to_string(), "request timed out: no answer within 500ms");
        assert_eq!(
            Error::timeout(Duration::from_micros(1_234_400)).to_string(),
            "request timed out: no answer within 1.234s"
        );
        assert_eq!(rounded(Duration::MAX), Duration::from_millis(u64::MAX));
        let held = Error::held(Duration::from_nanos(2_999_700_001));
        assert!(held.to_string().contains("ends in 3s,"), "{held}");
    }
}
