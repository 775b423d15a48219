//! A request the generated methods do not make (an endpoint newer than the spec), sent through
//! the same hooks as theirs (API key, user agent) and read within the same body limit and
//! decode budget. The `workos` crate builds the request, checks its path and runs it under its
//! deadlines and retries.

use progenitor_client::{ClientHooks, Error, OperationInfo, ResponseValue};
use serde::de::DeserializeOwned;

use crate::Client;

/// The operation id the hooks and the errors see for a request of [`send_raw`]: no operation
/// of the spec has it, so no template check or public-client rule of one applies.
pub const RAW_OPERATION_ID: &str = "raw_request";

/// Sends `request`, built on this client's `reqwest` client (`ClientInfo::client`) under its
/// base URL, with the API key and user agent added, and decodes its JSON answer. An empty
/// body reads as JSON `null` (so `()` or `Option<T>` take a `204`). A non-2XX answer is
/// `Error::UnexpectedResponse`, as from a generated method.
pub async fn send_raw<T: DeserializeOwned>(
    client: &Client,
    mut request: reqwest::Request,
) -> Result<ResponseValue<T>, Error<()>> {
    let info = OperationInfo { operation_id: RAW_OPERATION_ID };
    client.pre(&mut request, &info).await?;
    let result = client.exec(request, &info).await;
    client.post(&result, &info).await?;
    let mut response = result?;
    if !response.status().is_success() {
        return Err(Error::UnexpectedResponse(response));
    }
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    let limit = client.inner.max_response_bytes;
    let (body, cut) = crate::read_body(&mut response, limit).await.map_err(Error::ResponseBodyError)?;
    if cut {
        return Err(Error::Custom(crate::ResponseTooLarge { limit }.to_string()));
    }
    let json: &[u8] = if body.iter().all(u8::is_ascii_whitespace) { b"null" } else { &body };
    let value = crate::decode_json(json, crate::decode_budget(limit)).map_err(|failure| match failure {
        crate::DecodeFailure::Invalid(e) => Error::InvalidResponsePayload(body.clone(), e),
        crate::DecodeFailure::TooLarge(too_large) => Error::Custom(too_large.to_string()),
    })?;
    Ok(ResponseValue::new(value, status, headers))
}
