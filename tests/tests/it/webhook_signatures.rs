//! Webhook and Actions signatures under hostile input: a header stuffed with `v1=` entries is
//! refused before the body is hashed, a few entries (key rotation) still verify, secrets an
//! attacker could guess are refused when the verifier is made, and timestamps at the ends of
//! the integer range are refused (or accepted) without a panic.

use std::time::Duration;

use workos::webhooks::{
    ActionKind, ActionSigner, MAX_SIGNATURE_HEADER_LENGTH, MAX_SIGNATURES, MIN_SECRET_LENGTH, Verdict,
    WebhookVerifier,
};
use workos::{ErrorKind, Rejection};

const SECRET: &str = "whsec_signatures_test_secret";
const NOW: u128 = 1_767_225_600_000;

fn verifier() -> WebhookVerifier {
    WebhookVerifier::new(SECRET).unwrap()
}

/// The hex digest of a header made by [`WebhookVerifier::sign`].
fn digest(header: &str) -> &str {
    header.split("v1=").nth(1).unwrap()
}

fn rejection(result: workos::Result<impl Sized>) -> Rejection {
    match result {
        Ok(_) => panic!("accepted"),
        Err(error) => error.rejection().unwrap_or_else(|| panic!("not a rejection: {error}")),
    }
}

#[test]
fn a_header_stuffed_with_signatures_is_refused_as_malformed() {
    // The attack of the report: a 1 MiB body and 10,000 guesses, which used to cost one HMAC
    // of the body per guess. Now the header is refused before any HMAC work.
    let body = vec![b'x'; 1 << 20];
    let valid = verifier().sign(&body, NOW);
    let guess = format!("v1={}", "0".repeat(64));
    let mut stuffed = format!("t={NOW}");
    for _ in 0..10_000 {
        stuffed.push_str(", ");
        stuffed.push_str(&guess);
    }
    assert_eq!(rejection(verifier().verify_at(&body, &stuffed, NOW)), Rejection::MalformedSignature);
    // The valid digest among them does not rescue it.
    let with_valid = format!("{stuffed}, v1={}", digest(&valid));
    assert_eq!(rejection(verifier().verify_at(&body, &with_valid, NOW)), Rejection::MalformedSignature);

    // Within the length cap, the count cap holds: one entry too many is refused, even with
    // the valid digest last.
    let mut too_many = format!("t={NOW}");
    for _ in 0..MAX_SIGNATURES {
        too_many.push_str(", ");
        too_many.push_str(&guess);
    }
    too_many.push_str(&format!(", v1={}", digest(&valid)));
    assert!(too_many.len() <= MAX_SIGNATURE_HEADER_LENGTH);
    assert_eq!(rejection(verifier().verify_at(&body, &too_many, NOW)), Rejection::MalformedSignature);
    // Short entries count as entries too.
    let short = format!("t={NOW}{}", ", v1=00".repeat(MAX_SIGNATURES + 1));
    assert_eq!(rejection(verifier().verify_at(&body, &short, NOW)), Rejection::MalformedSignature);

    // A header of unknown schemes is bounded by its length, not by the count.
    let long = format!("t={NOW}, v1={}{}", digest(&valid), ", v0=0".repeat(MAX_SIGNATURE_HEADER_LENGTH));
    assert_eq!(rejection(verifier().verify_at(&body, &long, NOW)), Rejection::MalformedSignature);

    // The same parser guards Actions requests.
    let signer = ActionSigner::new(SECRET).unwrap();
    assert_eq!(rejection(signer.verify_request_at(b"{}", &stuffed, NOW)), Rejection::MalformedSignature);
}

#[test]
fn a_few_signatures_verify_when_one_of_them_is_valid() {
    let body = br#"{"id":"event_1","event":"user.created","data":{}}"#;
    let valid = verifier().sign(body, NOW);
    let other = WebhookVerifier::new("whsec_the_previous_secret").unwrap().sign(body, NOW);
    // Up to the cap, whichever position the valid one is in (last, here).
    let mut header = format!("t={NOW}");
    for _ in 1..MAX_SIGNATURES {
        header.push_str(&format!(", v1={}", digest(&other)));
    }
    header.push_str(&format!(", v1={}", digest(&valid)));
    verifier().verify_at(body, &header, NOW).unwrap();
    // Uppercase hex is hex.
    verifier()
        .verify_at(body, &header.to_uppercase().replace("T=", "t=").replace("V1=", "v1="), NOW)
        .unwrap();

    // None of them valid: a mismatch, not a malformed header.
    let wrong = format!("t={NOW}, v1={}, v1={}", digest(&other), "f".repeat(64));
    assert_eq!(rejection(verifier().verify_at(body, &wrong, NOW)), Rejection::SignatureMismatch);
    // A digest written with a `+` sign (which `u8::from_str_radix` would read) is not hex.
    // (Signed a millisecond earlier: that digest has a byte under 0x10, to write as `+x`.)
    let earlier = verifier().sign(body, NOW - 1);
    verifier().verify_at(body, &earlier, NOW).unwrap();
    let pairs = digest(&earlier).as_bytes().chunks(2).map(|pair| std::str::from_utf8(pair).unwrap());
    let plus: String =
        pairs.map(|pair| pair.strip_prefix('0').map_or(pair.to_owned(), |low| format!("+{low}"))).collect();
    assert_ne!(plus, digest(&earlier));
    let header = format!("t={}, v1={plus}", NOW - 1);
    assert_eq!(rejection(verifier().verify_at(body, &header, NOW)), Rejection::SignatureMismatch);
}

#[test]
fn guessable_secrets_are_refused_without_being_shown() {
    let too_short = "whsec_shortone";
    assert!(too_short.len() < MIN_SECRET_LENGTH);
    let just_enough = "x".repeat(MIN_SECRET_LENGTH);
    for secret in ["", "x", too_short, &just_enough[1..]] {
        let errors = [
            WebhookVerifier::new(secret).unwrap_err(),
            ActionSigner::new(secret).unwrap_err(),
            WebhookVerifier::new(workos::Secret::new(secret)).unwrap_err(),
        ];
        for error in errors {
            assert_eq!(error.kind(), ErrorKind::Config, "{secret:?}");
            let shown = format!("{error} {error:?}");
            if !secret.is_empty() {
                assert!(!shown.contains(secret), "{shown}");
            }
            assert!(shown.contains("secret"), "says what is wrong: {shown}");
        }
    }
    assert!(WebhookVerifier::new("").unwrap_err().to_string().contains("empty"));
    assert!(ActionSigner::new(too_short).unwrap_err().to_string().contains(&MIN_SECRET_LENGTH.to_string()));

    WebhookVerifier::new(just_enough.as_str()).unwrap();
    ActionSigner::new(just_enough.as_str()).unwrap();
}

#[test]
fn extreme_timestamps_and_tolerances_do_not_panic() {
    let body = b"{}";
    let extremes = [0, 1, i64::MAX as u128, u64::MAX as u128, u128::MAX - 1, u128::MAX];
    for tolerance in [Duration::ZERO, Duration::from_secs(180), Duration::MAX] {
        let verifier = verifier().tolerance(tolerance);
        for at in extremes {
            let header = verifier.sign(body, at);
            for now in extremes {
                let result = verifier.verify_at(body, &header, now);
                let expected = if at.abs_diff(now) <= tolerance.as_millis() {
                    None
                } else if at < now {
                    Some(Rejection::StaleSignature)
                } else {
                    Some(Rejection::FutureSignature)
                };
                assert_eq!(result.err().and_then(|e| e.rejection()), expected, "{at} {now} {tolerance:?}");
            }
        }
    }
    // With the widest tolerance, ages that no clock will see still verify.
    let forever = verifier().tolerance(Duration::MAX);
    forever.verify_at(body, &forever.sign(body, 0), i64::MAX as u128).unwrap();

    // Not a timestamp in range: negative, past u128, absurdly long, not a number.
    let digest = "0".repeat(64);
    let past_u128 = format!("{}0", u128::MAX);
    let nines = "9".repeat(500);
    for t in ["-1", "-9223372036854775808", &past_u128, &nines, "1e3", "0x10", ""] {
        let header = format!("t={t}, v1={digest}");
        for tolerance in [Duration::ZERO, Duration::MAX] {
            let verifier = verifier().tolerance(tolerance);
            assert_eq!(
                rejection(verifier.verify_at(body, &header, NOW)),
                Rejection::MalformedSignature,
                "{t}"
            );
        }
    }

    // Actions responses timestamped at the ends of the range sign and check.
    let signer = ActionSigner::new(SECRET).unwrap().tolerance(Duration::MAX);
    for at in extremes {
        let response = signer.respond_at(ActionKind::Authentication, Verdict::Allow, at);
        assert!(response.to_json().contains(&at.to_string()));
        signer.verify_response_at(&response, at).unwrap();
        signer.verify_response_at(&response, NOW).unwrap_or_else(|e| {
            assert!(matches!(e.rejection(), Some(Rejection::StaleSignature | Rejection::FutureSignature)))
        });
    }
}

#[test]
fn a_signed_payload_of_tiny_values_is_refused_within_its_budget() {
    // 300 000 empty arrays: 900 KB that would build about 20 MB of `serde_json::Value`s, far
    // more than the 7 MB budget of a payload that long.
    let payload = format!("[{}[]]", "[],".repeat(300_000));
    let header = verifier().sign(payload.as_bytes(), NOW);
    let signer = ActionSigner::new(SECRET).unwrap();
    let error = signer.verify_request_at(payload.as_bytes(), &header, NOW).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ResponseTooLarge, "{error}");

    // A webhook too.
    let event = format!(
        r#"{{"id":"event_1","event":"thing.happened","created_at":"2026-01-01T00:00:00.000Z","data":{payload}}}"#
    );
    let header = verifier().sign(event.as_bytes(), NOW);
    let error = verifier().tolerance(Duration::MAX).construct_event(event.as_bytes(), &header).unwrap_err();
    assert_eq!(error.kind(), ErrorKind::ResponseTooLarge, "{error}");

    // As many values, each of them real, decode.
    let payload = serde_json::to_string(&vec!["a real attribute value"; 300_000]).unwrap();
    let header = verifier().sign(payload.as_bytes(), NOW);
    let value = signer.verify_request_at(payload.as_bytes(), &header, NOW).unwrap();
    assert_eq!(value.as_array().map(Vec::len), Some(300_000));
}
