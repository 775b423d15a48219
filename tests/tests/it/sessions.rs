//! Session cookies in the format of WorkOS's JavaScript libraries: cookies sealed by them
//! open here, cookies sealed here open there (checked by `.ci/run` with Node), and a
//! tampered, truncated, foreign or garbage cookie is refused without a panic.

use serde_json::Value;
use workos::signin::session::SessionCookies;
use workos::{ErrorKind, Rejection};

fn vectors() -> Vec<Value> {
    serde_json::from_str(include_str!("../../vectors/sealed-sessions.json")).unwrap()
}

fn cookies(password: &str) -> SessionCookies {
    let workos = workos::Workos::builder().client_id("client_test").build().unwrap();
    SessionCookies::new(&workos, password).unwrap()
}

#[test]
fn cookies_sealed_by_the_javascript_library_open_here() {
    let vectors = vectors();
    assert!(vectors.len() >= 3);
    for vector in &vectors {
        let sessions = cookies(vector["password"].as_str().unwrap());
        let sealed = vector["sealed"].as_str().unwrap();
        assert_eq!(sessions.unseal_json(sealed).unwrap(), vector["json"], "{sealed}");
        let session = sessions.unseal(sealed).unwrap();
        assert_eq!(session.access_token.expose(), vector["json"]["accessToken"].as_str().unwrap());
        assert_eq!(session.user.id, vector["json"]["user"]["id"].as_str().unwrap());
        assert_eq!(session.impersonator.is_some(), vector["json"].get("impersonator").is_some());
    }
}

/// The cookie WorkOS's Node SDK writes after a sign-in holds its own camelCase user; it opens
/// into the typed user, and seals back in the same shape, the metadata's own keys untouched.
#[test]
fn a_cookie_in_the_node_sdk_shape_opens_into_a_typed_user_and_seals_back_alike() {
    let vector = &vectors()[0];
    let js = &vector["json"];
    assert!(js["user"].get("firstName").is_some(), "the first vector is in the Node SDK's shape");
    let sessions = cookies(vector["password"].as_str().unwrap());
    let session = sessions.unseal(vector["sealed"].as_str().unwrap()).unwrap();
    assert_eq!(session.user.first_name.as_deref(), Some("Ada"));
    assert_eq!(session.user.last_name.as_deref(), Some("Lovelace"));
    assert_eq!(session.user.email_verified, Some(true));
    assert_eq!(session.user.created_at.to_rfc3339(), "2026-01-01T00:00:00+00:00");
    assert!(session.user.last_sign_in_at.is_some());
    assert_eq!(session.user.metadata.get("plan_tier").map(String::as_str), Some("gold"));
    assert_eq!(session.extra["organizationId"], js["organizationId"]);

    let resealed = sessions.seal(&session).unwrap();
    let opened = sessions.unseal_json(resealed.expose()).unwrap();
    let user = opened["user"].as_object().unwrap();
    for key in user.keys() {
        assert!(!key.contains('_'), "`{key}` is not in the JavaScript libraries' shape: {user:?}");
    }
    assert_eq!(opened["user"]["firstName"], "Ada");
    assert_eq!(
        opened["user"]["lastSignInAt"].as_str().map(|t| t.starts_with("2026-01-02T00:00:00")),
        Some(true)
    );
    assert_eq!(opened["user"]["metadata"], serde_json::json!({ "plan_tier": "gold" }));
    assert_eq!(opened["organizationId"], js["organizationId"]);
}

#[test]
fn a_session_round_trips_and_keeps_fields_it_does_not_know() {
    let vector = &vectors()[1];
    let sessions = cookies(vector["password"].as_str().unwrap());
    let mut json = vector["json"].clone();
    json["organizationId"] = "org_1".into();
    let sealed = sessions.seal_json(&json).unwrap();
    let session = sessions.unseal(sealed.expose()).unwrap();
    assert_eq!(session.extra["organizationId"], "org_1");
    let resealed = sessions.seal(&session).unwrap();
    assert_eq!(sessions.unseal_json(resealed.expose()).unwrap()["organizationId"], "org_1");
    assert!(!format!("{session:?}").contains(vector["json"]["refreshToken"].as_str().unwrap()));
}

#[test]
fn bad_cookies_are_refused_with_a_reason() {
    let vector = &vectors()[0];
    let password = vector["password"].as_str().unwrap();
    let sealed = vector["sealed"].as_str().unwrap();
    let sessions = cookies(password);
    let reason = |cookie: &str| sessions.unseal(cookie).unwrap_err().rejection();

    let middle = sealed.len() / 2;
    let flipped = if &sealed[middle..=middle] == "A" { "B" } else { "A" };
    let tampered = format!("{}{flipped}{}", &sealed[..middle], &sealed[middle + 1..]);
    assert_eq!(reason(&tampered), Some(Rejection::TamperedSession));
    assert_eq!(
        cookies("another-password-that-is-at-least-32-characters").unseal(sealed).unwrap_err().rejection(),
        Some(Rejection::TamperedSession)
    );
    for cut in [1, 10, 80, sealed.len() - 10] {
        assert!(sessions.unseal(&sealed[..cut]).is_err(), "truncated at {cut}");
    }
    for garbage in ["", "hello", "Fe26.2**", "Fe26.2*1*a*b*c*d*e*f~2", "~2", "\u{0}\u{1}"] {
        assert!(
            matches!(reason(garbage), Some(Rejection::MalformedSession | Rejection::TamperedSession)),
            "{garbage:?}"
        );
    }
    let workos = workos::Workos::builder().client_id("c").build().unwrap();
    assert_eq!(
        SessionCookies::new(&workos, "too short").unwrap_err().rejection(),
        Some(Rejection::PasswordTooShort)
    );
}

#[test]
fn a_truncated_cookie_is_refused_as_malformed_or_tampered_depending_on_where_it_was_cut() {
    let vector = &vectors()[0];
    let sealed = vector["sealed"].as_str().unwrap();
    let sessions = cookies(vector["password"].as_str().unwrap());
    let reason = |cut: usize| {
        let error = sessions.unseal(&sealed[..cut]).unwrap_err();
        assert_eq!(error.kind(), ErrorKind::InvalidSession, "cut at {cut}: {error}");
        error.rejection()
    };
    // `Fe26.2*1*salt*iv*ciphertext*expiration*mac salt*mac~2`: the last `*` starts the MAC.
    let stars: Vec<usize> = sealed.match_indices('*').map(|(i, _)| i).collect();
    assert_eq!(stars.len(), 7);
    let mac_starts = stars[6] + 1;
    let version_starts = sealed.rfind('~').unwrap();

    // Cut before the MAC, the seal lacks parts: malformed, whichever part the cut falls in.
    let mut cuts = vec![0, 1, 6, 7];
    cuts.extend(stars.windows(2).map(|w| (w[0] + w[1]) / 2));
    cuts.extend(stars.iter().flat_map(|&star| [star, star + 1]).filter(|&cut| cut < mac_starts));
    for cut in cuts {
        assert_eq!(reason(cut), Some(Rejection::MalformedSession), "cut at {cut}");
    }
    // With every part there but the MAC empty or shortened, the integrity check fails; a MAC
    // cut to a length base64url cannot have is refused as malformed before it is compared.
    assert_eq!(reason(mac_starts), Some(Rejection::TamperedSession));
    for cut in mac_starts + 1..version_starts {
        assert!(
            matches!(reason(cut), Some(Rejection::TamperedSession | Rejection::MalformedSession)),
            "cut at {cut}"
        );
    }
    assert_eq!(reason(mac_starts + 1), Some(Rejection::MalformedSession), "one character is no base64url");
    // A `~` without a version is refused.
    assert_eq!(reason(sealed.len() - 1), Some(Rejection::MalformedSession));
    // Without its `~2` the seal is whole and authentic (the MAC covers what comes before the
    // `~`), and it reads as a cookie from before version 2, which holds the same JSON here.
    assert_eq!(sessions.unseal_json(&sealed[..version_starts]).unwrap(), vector["json"]);
}
