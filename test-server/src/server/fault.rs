//! [`Fault`]: what a test injects in place of (or before) an operation's normal answer, and
//! the injected faults a server holds until the requests they match use them up.

use std::time::Duration;

use bytes::Bytes;

/// A fault to inject in place of (or before) the normal answer.
#[derive(Debug, Clone, Default)]
pub struct Fault {
    pub(crate) status: Option<u16>,
    pub(crate) body: Option<Bytes>,
    pub(crate) headers: Vec<(String, String)>,
    pub(crate) delay: Option<Duration>,
    pub(crate) drop_connection: bool,
    pub(crate) drop_mid_body: bool,
    times: usize,
}

impl Fault {
    /// Answer `status` (with a small JSON error body unless [`Fault::body`] says otherwise).
    pub fn status(status: u16) -> Fault {
        Fault { status: Some(status), times: 1, ..Fault::default() }
    }

    /// Wait `delay` before answering normally (or with the other parts of the fault).
    pub fn delay(delay: Duration) -> Fault {
        Fault { delay: Some(delay), times: 1, ..Fault::default() }
    }

    /// Close the connection without answering.
    pub fn drop_connection() -> Fault {
        Fault { drop_connection: true, times: 1, ..Fault::default() }
    }

    /// Send the status line and half of the body, then close the connection.
    pub fn drop_mid_body() -> Fault {
        Fault { drop_mid_body: true, times: 1, ..Fault::default() }
    }

    /// Answer with exactly these bytes as the body.
    pub fn body(mut self, body: impl Into<Bytes>) -> Fault {
        self.body = Some(body.into());
        self
    }

    /// Add a response header.
    pub fn header(mut self, name: &str, value: &str) -> Fault {
        self.headers.push((name.to_owned(), value.to_owned()));
        self
    }

    /// Also wait `delay` first.
    pub fn with_delay(mut self, delay: Duration) -> Fault {
        self.delay = Some(delay);
        self
    }

    /// Apply to the next `times` matching requests (1 by default; `usize::MAX` for all).
    pub fn times(mut self, times: usize) -> Fault {
        self.times = times;
        self
    }
}

struct FaultRule {
    operation: Option<String>,
    fault: Fault,
}

/// The faults injected into a server and not yet used up, oldest first.
#[derive(Default)]
pub(crate) struct Faults {
    rules: Vec<FaultRule>,
}

impl Faults {
    /// Holds `fault` for the requests routed to `operation` (`None`: any request).
    pub fn inject(&mut self, operation: Option<String>, fault: Fault) {
        self.rules.push(FaultRule { operation, fault });
    }

    /// Uses one of the faults injected for `operation` (`""`: for any request), if one is
    /// left.
    pub fn take(&mut self, operation: &str) -> Option<Fault> {
        let wanted = (!operation.is_empty()).then_some(operation);
        // The latest injection wins, so that a test can replace an answer it injected before.
        let index = self
            .rules
            .iter()
            .rposition(|rule| rule.operation.as_deref() == wanted && rule.fault.times > 0)?;
        let rule = &mut self.rules[index];
        rule.fault.times -= 1;
        let fault = rule.fault.clone();
        if rule.fault.times == 0 {
            self.rules.remove(index);
        }
        Some(fault)
    }
}
