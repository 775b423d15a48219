//! Durations a server sends end in a clamped wait or an error, never a panic: a device
//! authorization's `interval` and `expires_in` of any number (negative, zero, fractional,
//! `1e300`, infinite, NaN), of the wrong type, or absent; and session cookies whose expiration
//! lies anywhere.

use std::time::Duration;

use serde_json::json;
use workos::ErrorKind;
use workos::types::DeviceAuthorization;
use workos_test_server::{Fault, TestServer, example};

use crate::support::client_for;

fn device(interval: Option<f64>, expires_in: Option<f64>) -> DeviceAuthorization {
    let mut authorization = example::<DeviceAuthorization>();
    authorization.interval = interval;
    authorization.expires_in = expires_in;
    authorization
}

/// Numbers of seconds at and beyond every edge: of sign, of `Duration`'s range (`u64::MAX`
/// seconds is about 1.8e19), of `f64`'s.
const EXTREMES: &[f64] = &[
    0.0,
    -0.0,
    -1.0,
    -1e300,
    f64::MIN,
    f64::NEG_INFINITY,
    f64::NAN,
    5e-324,
    f64::MIN_POSITIVE,
    1e-300,
    0.001,
    1.5,
    1.8446744073709552e19,
    1e20,
    1e300,
    f64::MAX,
    f64::INFINITY,
];

/// Polls `authorization`, with `pending` answers from the server, for at most `within`:
/// `None` when it was still waiting then.
async fn poll_within(
    workos: &workos::Workos,
    authorization: &DeviceAuthorization,
    within: Duration,
) -> Option<workos::Result<workos::types::AuthenticateResponse>> {
    tokio::time::timeout(within, workos.authkit().poll_device_authorization(authorization)).await.ok()
}

fn pending() -> Fault {
    let body = json!({ "error": "authorization_pending", "error_description": "Not yet." });
    Fault::status(400).body(body.to_string()).times(usize::MAX)
}

#[tokio::test]
async fn a_code_with_no_time_left_expires_at_once_whatever_the_interval() {
    // Zero, negative or NaN seconds left: the code has expired; nothing is sent. Less than a
    // nanosecond is zero too.
    let server = TestServer::start().await;
    let workos = client_for(&server);
    server.inject("authenticate", pending());
    let no_time_left = EXTREMES.iter().filter(|s| s.is_nan() || **s <= 0.0).chain(&[5e-324, 1e-300]);
    for &expires_in in no_time_left {
        for interval in EXTREMES.iter().copied().map(Some).chain([None]) {
            let authorization = device(interval, Some(expires_in));
            let outcome = poll_within(&workos, &authorization, Duration::from_secs(1)).await;
            let error =
                outcome.unwrap_or_else(|| panic!("{interval:?}/{expires_in}: still waiting")).unwrap_err();
            assert_eq!(error.kind(), ErrorKind::Timeout, "{interval:?}/{expires_in}: {error}");
        }
    }
    assert_eq!(server.requests_for("authenticate").len(), 0);
}

#[tokio::test]
async fn an_interval_out_of_range_is_clamped() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    server.inject("authenticate", pending());

    // An interval longer than the code lives, after clamping to at most a minute, or a
    // missing or unusable one (RFC 8628's 5 s), leaves no time to poll.
    for interval in [None, Some(-1.0), Some(0.0), Some(f64::NAN), Some(1.5), Some(1e300), Some(f64::INFINITY)]
    {
        let error = poll_within(&workos, &device(interval, Some(1.0)), Duration::from_secs(1))
            .await
            .unwrap_or_else(|| panic!("{interval:?}: still waiting"))
            .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Timeout, "{interval:?}");
    }
    assert_eq!(server.requests_for("authenticate").len(), 0);

    // A huge interval and a huge lifetime: a long wait (a minute at most), not a panic.
    for huge in [1e20, 1e300, f64::MAX, f64::INFINITY] {
        let outcome = poll_within(&workos, &device(Some(huge), Some(huge)), Duration::from_millis(200)).await;
        assert!(outcome.is_none(), "{huge}: waits for the first poll");
    }
    assert_eq!(server.requests_for("authenticate").len(), 0);

    // A tiny interval is not a busy loop: polls are at least 100 ms apart.
    for tiny in [5e-324, 1e-300, 0.001] {
        server.clear_requests();
        let error = poll_within(&workos, &device(Some(tiny), Some(0.35)), Duration::from_secs(5))
            .await
            .expect("the code expires")
            .unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Timeout);
        let polls = server.requests_for("authenticate").len();
        assert!((1..=3).contains(&polls), "{tiny}: {polls} polls in 350 ms");
    }
}

#[tokio::test]
async fn slow_down_near_the_longest_interval_ends_at_expiry() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let slow_down = json!({ "error": "slow_down", "error_description": "Slow down." });
    server.inject("authenticate", Fault::status(400).body(slow_down.to_string()).times(usize::MAX));
    let error = poll_within(&workos, &device(Some(0.1), Some(0.5)), Duration::from_secs(5))
        .await
        .expect("the code expires")
        .unwrap_err();
    assert_eq!(error.kind(), ErrorKind::Timeout);
    assert_eq!(server.requests_for("authenticate").len(), 1, "five more seconds do not fit");
}

#[tokio::test]
async fn device_authorizations_as_sent_decode_or_fail_clearly() {
    let server = TestServer::start().await;
    let workos = client_for(&server);
    let start = workos::types::AuthorizeDevice::new("client_test_123");
    let mut answer = serde_json::to_value(example::<DeviceAuthorization>()).unwrap();

    // `null` is as if absent; numbers of any size decode, and are clamped when polling.
    for (interval, expires_in) in [
        (json!(null), json!(-1)),
        (json!(1e300), json!(-1)),
        (json!(-1), json!(0)),
        (json!(1.5), json!(-1e300)),
    ] {
        answer["interval"] = interval.clone();
        answer["expires_in"] = expires_in.clone();
        server.inject("authorize_device", Fault::status(200).body(answer.to_string()));
        let authorization = workos.authkit().authorize_device(&start).await.unwrap();
        let error = workos.authkit().poll_device_authorization(&authorization).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Timeout, "{interval}/{expires_in}");
    }

    // A string, or a number beyond `f64`, is a decode error naming the field.
    for (field, value) in [("interval", "\"soon\""), ("expires_in", "\"300\""), ("interval", "1e999")] {
        answer["interval"] = json!(5);
        answer["expires_in"] = json!(300);
        let body = answer.to_string().replacen(
            &format!("\"{field}\":{}", answer[field]),
            &format!("\"{field}\":{value}"),
            1,
        );
        assert!(body.contains(value), "{body}");
        server.inject("authorize_device", Fault::status(200).body(body));
        let error = workos.authkit().authorize_device(&start).await.unwrap_err();
        assert_eq!(error.kind(), ErrorKind::Decode, "{field}: {value}");
        assert_eq!(error.as_decode().unwrap().path(), field, "{value}");
    }
    assert_eq!(server.requests_for("authenticate").len(), 0);
}

const PASSWORD: &str = "a-cookie-password-of-at-least-32-chars";

/// `sealed` with its expiration replaced by `expiration`, and a MAC that matches: what the
/// holder of the password could write, as iron computes it.
fn with_expiration(sealed: &str, expiration: &str) -> String {
    use base64::Engine;
    let parts: Vec<&str> = sealed.trim_end_matches("~2").split('*').collect();
    let base = format!("{}*{}*{}*{}*{}*{expiration}", parts[0], parts[1], parts[2], parts[3], parts[4]);
    let mut key = [0u8; 32];
    let one = std::num::NonZeroU32::MIN;
    ring::pbkdf2::derive(
        ring::pbkdf2::PBKDF2_HMAC_SHA1,
        one,
        parts[6].as_bytes(),
        PASSWORD.as_bytes(),
        &mut key,
    );
    let mac = ring::hmac::sign(&ring::hmac::Key::new(ring::hmac::HMAC_SHA256, &key), base.as_bytes());
    let mac = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(mac.as_ref());
    format!("{base}*{}*{mac}~2", parts[6])
}

#[tokio::test]
async fn a_session_cookie_expiring_at_any_time_opens_or_is_refused() {
    let server = TestServer::start().await;
    let sessions = workos::signin::session::SessionCookies::new(&client_for(&server), PASSWORD).unwrap();
    let sealed = sessions.seal_json(&json!({ "a": 1 })).unwrap();
    let far_future = ["", "99999999999999", "18446744073709551615", &u128::MAX.to_string()];
    for expiration in far_future {
        let cookie = with_expiration(sealed.expose(), expiration);
        assert_eq!(sessions.unseal_json(&cookie).unwrap(), json!({ "a": 1 }), "{expiration:?}");
    }
    for expiration in ["1", "1000"] {
        let error = sessions.unseal_json(&with_expiration(sealed.expose(), expiration)).unwrap_err();
        assert_eq!(error.rejection(), Some(workos::Rejection::ExpiredSession), "{expiration}");
    }
    // Beyond `u128`, signed, in exponent form or with a leading zero: not an expiration.
    let beyond = "9".repeat(100);
    for expiration in ["340282366920938463463374607431768211456", &beyond, "-1", "1e300", "01", "NaN", " 1"] {
        let error = sessions.unseal_json(&with_expiration(sealed.expose(), expiration)).unwrap_err();
        assert_eq!(error.rejection(), Some(workos::Rejection::MalformedSession), "{expiration}");
    }
}
