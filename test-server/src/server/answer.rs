//! [`Answer`]: what the server answers a request with, before it becomes an HTTP response,
//! and the shapes of the API's error bodies.

use bytes::Bytes;
use serde_json::{Value, json};

use super::validate::Problem;

/// An answer before it becomes an HTTP response.
#[derive(Clone)]
pub(crate) struct Answer {
    pub status: u16,
    pub body: Option<Bytes>,
    pub headers: Vec<(String, String)>,
}

impl Answer {
    pub fn json(status: u16, body: &Value) -> Answer {
        Answer { status, body: Some(Bytes::from(body.to_string())), headers: Vec::new() }
    }

    pub fn error(status: u16, code: &str, message: &str) -> Answer {
        Answer::json(status, &json!({ "code": code, "message": message }))
    }

    pub fn problem(problem: &Problem) -> Answer {
        Answer::json(
            422,
            &json!({
                "code": "invalid_request_parameters",
                "message": problem.message,
                "errors": [{ "field": problem.field, "code": "invalid", "message": problem.message }],
            }),
        )
    }
}
