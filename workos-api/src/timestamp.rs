//! The deserializer every generated timestamp field uses (codegen adds the
//! `#[serde(deserialize_with)]`); serializing stays chrono's RFC 3339.
//!
//! WorkOS documents RFC 3339 in UTC (`2026-01-15T12:00:00.000Z`), and nearly every answer
//! carries that form, so it is parsed by hand at fixed positions without allocating. Some
//! live answers (connections, directories, groups, users, events) carry
//! `2020-05-06 04:21:48.649164` instead: a space for the `T` and no zone, meaning UTC;
//! directory users of 2021 carry an offset without its colon, `2021-07-31T05:10:19+0000`.
//!
//! Accepted: a date `YYYY-MM-DD`, then `T`, `t` or a space, then `HH:MM:SS`, an optional
//! fraction of a second after `.` or `,` (ISO 8601 allows both), then the zone: none (UTC),
//! `Z` or `z`, or an offset `+HH:MM`, `+HHMM` or `+HH` (or with `-`; hours up to 23, minutes
//! up to 59). Those are the forms of RFC 3339 and the ones of ISO 8601's extended format a
//! server plausibly writes. Refused, since no server is known to send them and each is a
//! guess: the basic format (`20210731T051019Z`), dates by week or day of the year, times
//! without seconds or with a fraction of a minute, `24:00:00`, a minus sign other than `-`,
//! and a space or anything else before the zone. A refused text is a serde `invalid value`
//! error, so the caller's error names the field.

use chrono::{DateTime, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Utc};
use serde::de::{self, Deserializer, Unexpected, Visitor};

/// Deserializes a timestamp in any of the forms the module accepts, as UTC.
pub fn deserialize<'de, D>(deserializer: D) -> Result<DateTime<Utc>, D::Error>
where
    D: Deserializer<'de>,
{
    deserializer.deserialize_str(TimestampVisitor)
}

/// Parses a timestamp in any of the forms the module accepts; `None` for anything else.
pub fn parse(text: &str) -> Option<DateTime<Utc>> {
    let (naive, zone) = parse_naive(text.as_bytes())?;
    match offset_seconds(zone)? {
        0 => Some(naive.and_utc()),
        // Through chrono's own conversion, which keeps a leap second as parsing RFC 3339 does.
        offset => Some(FixedOffset::east_opt(offset)?.from_local_datetime(&naive).single()?.to_utc()),
    }
}

/// The offset east of UTC, in seconds, that the zone `zone` names; `None` if it names none.
fn offset_seconds(zone: &[u8]) -> Option<i32> {
    let (sign, rest) = match zone {
        [] | [b'Z' | b'z'] => return Some(0),
        [b'+', rest @ ..] => (1, rest),
        [b'-', rest @ ..] => (-1, rest),
        _ => return None,
    };
    let (hours, minutes) = match rest {
        [h1, h2] => ([*h1, *h2], [b'0', b'0']),
        [h1, h2, m1, m2] | [h1, h2, b':', m1, m2] => ([*h1, *h2], [*m1, *m2]),
        _ => return None,
    };
    let (hours, minutes) = (digits(&hours)?, digits(&minutes)?);
    if hours > 23 || minutes > 59 {
        return None;
    }
    Some(sign * (hours * 3600 + minutes * 60) as i32)
}

/// For `Option<DateTime<Utc>>` fields: `null` is `None` (and, with `#[serde(default)]`, so is
/// an absent field); a string must be a timestamp.
pub mod option {
    use chrono::{DateTime, Utc};
    use serde::de::{Deserializer, Visitor};

    /// Deserializes `null` as `None` and a timestamp as `Some`.
    pub fn deserialize<'de, D>(deserializer: D) -> Result<Option<DateTime<Utc>>, D::Error>
    where
        D: Deserializer<'de>,
    {
        deserializer.deserialize_option(OptionVisitor)
    }

    struct OptionVisitor;

    impl<'de> Visitor<'de> for OptionVisitor {
        type Value = Option<DateTime<Utc>>;

        fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
            f.write_str("a timestamp or null")
        }

        fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
            Ok(None)
        }

        fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Self::Value, D::Error> {
            super::deserialize(deserializer).map(Some)
        }
    }
}

struct TimestampVisitor;

impl Visitor<'_> for TimestampVisitor {
    type Value = DateTime<Utc>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an RFC 3339 or ISO 8601 timestamp, or `YYYY-MM-DD HH:MM:SS` in UTC")
    }

    // serde's defaults route borrowed and owned strings here, so neither is copied.
    fn visit_str<E: de::Error>(self, value: &str) -> Result<Self::Value, E> {
        parse(value).ok_or_else(|| E::invalid_value(Unexpected::Str(value), &self))
    }
}

/// `YYYY-MM-DD[Tt ]HH:MM:SS([.,]fraction)?` at the start of `b`, and what follows it (the
/// zone). `None` when the fields are not digits where they must be or are out of range.
fn parse_naive(b: &[u8]) -> Option<(NaiveDateTime, &[u8])> {
    if b.len() < 19
        || b[4] != b'-'
        || b[7] != b'-'
        || !matches!(b[10], b'T' | b't' | b' ')
        || b[13] != b':'
        || b[16] != b':'
    {
        return None;
    }
    let year = digits(&b[0..4])?;
    let month = digits(&b[5..7])?;
    let day = digits(&b[8..10])?;
    let hour = digits(&b[11..13])?;
    let minute = digits(&b[14..16])?;
    let mut second = digits(&b[17..19])?;
    let mut rest = &b[19..];
    let mut nano = 0;
    if let [b'.' | b',', fraction @ ..] = rest {
        let len = fraction.iter().take_while(|c| c.is_ascii_digit()).count();
        if len == 0 {
            return None;
        }
        // Digits past the ninth are below a nanosecond: dropped, as chrono does.
        let kept = len.min(9);
        nano = digits(&fraction[..kept])? * 10u32.pow((9 - kept) as u32);
        rest = &fraction[len..];
    }
    // A leap second: chrono writes 23:59:60 as :59 with a nanosecond count past a second.
    if second == 60 {
        second = 59;
        nano += 1_000_000_000;
    }
    let date = NaiveDate::from_ymd_opt(year as i32, month, day)?;
    let time = NaiveTime::from_hms_nano_opt(hour, minute, second, nano)?;
    Some((NaiveDateTime::new(date, time), rest))
}

/// The value of up to nine ASCII digits; `None` if any byte is not one.
fn digits(b: &[u8]) -> Option<u32> {
    b.iter().try_fold(0u32, |n, &c| c.is_ascii_digit().then(|| n * 10 + u32::from(c - b'0')))
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::{TimeZone, Timelike};
    use serde::Deserialize;

    fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32, s: u32, nano: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, mo, d, h, mi, s).unwrap().with_nanosecond(nano).unwrap()
    }

    #[derive(Debug, Deserialize)]
    struct Required {
        #[serde(deserialize_with = "deserialize")]
        at: DateTime<Utc>,
    }

    #[derive(Debug, Deserialize)]
    struct Optional {
        #[serde(default, deserialize_with = "option::deserialize")]
        at: Option<DateTime<Utc>>,
    }

    #[test]
    fn the_form_workos_documents() {
        assert_eq!(parse("2026-01-15T12:00:00.000Z"), Some(utc(2026, 1, 15, 12, 0, 0, 0)));
        assert_eq!(parse("2021-06-25T19:07:33.155Z"), Some(utc(2021, 6, 25, 19, 7, 33, 155_000_000)));
        assert_eq!(parse("2021-06-25T19:07:33Z"), Some(utc(2021, 6, 25, 19, 7, 33, 0)));
    }

    #[test]
    fn the_space_separated_form_without_a_zone_is_utc() {
        assert_eq!(parse("2020-05-06 04:21:48.649164"), Some(utc(2020, 5, 6, 4, 21, 48, 649_164_000)));
        assert_eq!(parse("2020-05-06 04:21:48"), Some(utc(2020, 5, 6, 4, 21, 48, 0)));
    }

    #[test]
    fn the_t_form_without_a_zone_is_utc() {
        assert_eq!(parse("2020-05-06T04:21:48.5"), Some(utc(2020, 5, 6, 4, 21, 48, 500_000_000)));
        assert_eq!(parse("2020-05-06T04:21:48"), Some(utc(2020, 5, 6, 4, 21, 48, 0)));
    }

    #[test]
    fn offsets_are_converted_to_utc() {
        assert_eq!(parse("2026-01-15T14:00:00.250+02:00"), Some(utc(2026, 1, 15, 12, 0, 0, 250_000_000)));
        assert_eq!(parse("2026-01-15T00:30:00-01:30"), Some(utc(2026, 1, 15, 2, 0, 0, 0)));
        assert_eq!(parse("2026-01-15T12:00:00+00:00"), Some(utc(2026, 1, 15, 12, 0, 0, 0)));
        assert_eq!(parse("2026-01-15t12:00:00z"), Some(utc(2026, 1, 15, 12, 0, 0, 0)));
    }

    #[test]
    fn offsets_without_a_colon_as_directory_users_of_2021_carry() {
        let expected = utc(2021, 7, 31, 5, 10, 19, 0);
        assert_eq!(parse("2021-07-31T05:10:19+0000"), Some(expected));
        assert_eq!(parse("2021-07-31T05:10:19+00:00"), Some(expected));
        assert_eq!(parse("2021-07-31T10:40:19+0530"), Some(expected));
        assert_eq!(parse("2021-07-30T21:10:19-0800"), Some(expected));
        assert_eq!(parse("2021-07-31T05:10:19.250-0000"), Some(utc(2021, 7, 31, 5, 10, 19, 250_000_000)));
        assert_eq!(parse("2021-07-31 05:10:19+0000"), Some(expected));
    }

    #[test]
    fn offsets_of_whole_hours() {
        assert_eq!(parse("2021-07-31T05:10:19+00"), Some(utc(2021, 7, 31, 5, 10, 19, 0)));
        assert_eq!(parse("2021-07-31T07:10:19+02"), Some(utc(2021, 7, 31, 5, 10, 19, 0)));
        assert_eq!(parse("2021-07-31T00:10:19-05"), Some(utc(2021, 7, 31, 5, 10, 19, 0)));
        // An offset can carry the time into another day, month or year.
        assert_eq!(parse("2021-12-31T23:30:00-23"), Some(utc(2022, 1, 1, 22, 30, 0, 0)));
        assert_eq!(parse("2022-01-01T00:30:00+23:59"), Some(utc(2021, 12, 31, 0, 31, 0, 0)));
    }

    #[test]
    fn lower_case_separators_and_zones() {
        let expected = utc(2021, 7, 31, 5, 10, 19, 0);
        for text in
            ["2021-07-31t05:10:19z", "2021-07-31T05:10:19z", "2021-07-31t05:10:19Z", "2021-07-31t05:10:19"]
        {
            assert_eq!(parse(text), Some(expected), "{text}");
        }
    }

    #[test]
    fn a_comma_before_the_fraction() {
        assert_eq!(parse("2021-07-31T05:10:19,5Z"), Some(utc(2021, 7, 31, 5, 10, 19, 500_000_000)));
        assert_eq!(parse("2021-07-31 05:10:19,649164"), Some(utc(2021, 7, 31, 5, 10, 19, 649_164_000)));
        assert_eq!(parse("2021-07-31T07:10:19,125+0200"), Some(utc(2021, 7, 31, 5, 10, 19, 125_000_000)));
    }

    #[test]
    fn the_rfc_3339_forms_read_as_chrono_reads_them() {
        for text in [
            "2026-01-15T14:00:00.250+02:00",
            "2026-01-15T00:30:00-01:30",
            "2026-01-15t12:00:00z",
            "2026-01-15 12:00:00.123456789-00:00",
            "2016-12-31T23:59:60.5+01:00",
            "0001-01-01T00:00:00+00:00",
            "9999-12-31T23:59:59.999999999-23:59",
        ] {
            let chrono = DateTime::parse_from_rfc3339(text).unwrap().to_utc();
            assert_eq!(parse(text), Some(chrono), "{text}");
        }
    }

    #[test]
    fn iso_8601_forms_no_server_sends_are_refused() {
        let refused = [
            // Offsets of the wrong length or out of range, or with seconds.
            "2021-07-31T05:10:19+0",
            "2021-07-31T05:10:19+000",
            "2021-07-31T05:10:19+00000",
            "2021-07-31T05:10:19+0:00",
            "2021-07-31T05:10:19+00:0",
            "2021-07-31T05:10:19+00:",
            "2021-07-31T05:10:19+00:00:00",
            "2021-07-31T05:10:19+24:00",
            "2021-07-31T05:10:19+2400",
            "2021-07-31T05:10:19+24",
            "2021-07-31T05:10:19+00:60",
            "2021-07-31T05:10:19+0060",
            "2021-07-31T05:10:19+",
            "2021-07-31T05:10:19+Z",
            "2021-07-31T05:10:19+0a00",
            "2021-07-31T05:10:19Z+00:00",
            // A minus sign that is not `-`, a space or a name before the zone.
            "2021-07-31T05:10:19\u{2212}05:00",
            "2021-07-31T05:10:19 +0000",
            "2021-07-31T05:10:19 Z",
            "2021-07-31T05:10:19UTC",
            "2021-07-31T05:10:19GMT+1",
            // Empty or doubled fractions.
            "2021-07-31T05:10:19,Z",
            "2021-07-31T05:10:19.,5Z",
            "2021-07-31T05:10:19,5,5Z",
            // The basic format, week and ordinal dates, reduced precision, fractions of a
            // minute or hour, midnight as 24:00.
            "20210731T051019Z",
            "20210731T051019+0000",
            "2021-07-31T051019Z",
            "2021-W30-6T05:10:19Z",
            "2021-212T05:10:19Z",
            "2021-07-31T05:10Z",
            "2021-07-31T05:10,5Z",
            "2021-07-31T05Z",
            "2021-07-31T24:00:00Z",
            "2021-07-31",
            "2021-07-31T",
        ];
        for text in refused {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn every_fraction_length_from_none_to_twelve_digits() {
        let nanos = [
            0,
            100_000_000,
            120_000_000,
            123_000_000,
            123_400_000,
            123_450_000,
            123_456_000,
            123_456_700,
            123_456_780,
            123_456_789,
            123_456_789,
            123_456_789,
            123_456_789,
        ];
        for (len, nano) in nanos.into_iter().enumerate() {
            let fraction = if len == 0 { String::new() } else { format!(".{}", &"123456789123"[..len]) };
            for zone in ["Z", "", "+00:00"] {
                for sep in ["T", " "] {
                    let text = format!("2024-02-29{sep}23:59:58{fraction}{zone}");
                    assert_eq!(parse(&text), Some(utc(2024, 2, 29, 23, 59, 58, nano)), "{text}");
                }
            }
        }
    }

    #[test]
    fn leap_days_only_in_leap_years() {
        assert_eq!(parse("2024-02-29T00:00:00Z"), Some(utc(2024, 2, 29, 0, 0, 0, 0)));
        assert_eq!(parse("2000-02-29 00:00:00"), Some(utc(2000, 2, 29, 0, 0, 0, 0)));
        assert_eq!(parse("2023-02-29T00:00:00Z"), None);
        assert_eq!(parse("1900-02-29T00:00:00Z"), None);
    }

    #[test]
    fn a_leap_second_is_kept_as_chrono_keeps_it() {
        let parsed = parse("2016-12-31T23:59:60.5Z").unwrap();
        assert_eq!(parsed, DateTime::parse_from_rfc3339("2016-12-31T23:59:60.5Z").unwrap().to_utc());
        assert_eq!(parsed.nanosecond(), 1_500_000_000);
    }

    #[test]
    fn anything_else_is_refused() {
        let refused = [
            "",
            "yesterday",
            "2026-01-15",
            "2026-01-15T12:00Z",
            "2026-01-15T12:00:00.Z",
            "2026-01-15T12:00:00ZZ",
            "2026-13-01T00:00:00Z",
            "2026-00-01T00:00:00Z",
            "2026-01-32T00:00:00Z",
            "2026-01-15T24:00:00Z",
            "2026-01-15T12:60:00Z",
            "2026-01-15T12:00:61Z",
            "2026-01-15 12:00:00 UTC",
            "2026-01-15_12:00:00",
            "+2026-01-15T12:00:00Z",
            "2026-1-15T12:00:00Z",
            "２026-01-15T12:00:00Z",
            "99999999999999999999-01-15T12:00:00Z",
            "2026-01-15T12:00:00.99999999999999999999999999999999999999x",
        ];
        for text in refused {
            assert_eq!(parse(text), None, "{text:?}");
        }
    }

    #[test]
    fn no_input_panics() {
        let base = "2024-02-29T23:59:59.999999999999+14:00";
        for end in 0..=base.len() {
            let _ = parse(&base[..end]);
        }
        for byte in 0..=255u8 {
            for at in 0..base.len() {
                let mut bytes = base.as_bytes().to_vec();
                bytes[at] = byte;
                if let Ok(text) = std::str::from_utf8(&bytes) {
                    let _ = parse(text);
                }
            }
        }
        let _ = parse(&format!("2024-02-29T23:59:59.{}Z", "9".repeat(100_000)));
        let _ = parse("9999-99-99T99:99:99.999999999Z");
        let _ = parse("0000-00-00 00:00:00");
    }

    #[test]
    fn a_bad_timestamp_is_a_serde_invalid_value() {
        let error = serde_json::from_str::<Required>(r#"{"at":"yesterday"}"#).unwrap_err();
        assert!(error.to_string().starts_with("invalid value: string \"yesterday\""), "{error}");
        assert!(serde_json::from_str::<Required>(r#"{"at":7}"#).is_err());
        assert!(serde_json::from_str::<Required>(r#"{"at":null}"#).is_err());
        assert!(serde_json::from_str::<Required>(r#"{}"#).is_err());
    }

    #[test]
    fn borrowed_and_owned_strings_both_decode() {
        let expected = utc(2020, 5, 6, 4, 21, 48, 649_164_000);
        let borrowed: Required = serde_json::from_str(r#"{"at":"2020-05-06 04:21:48.649164"}"#).unwrap();
        assert_eq!(borrowed.at, expected);
        // An escape makes serde_json hand over a string it built, not one borrowed from the input.
        let owned: Required = serde_json::from_str(r#"{"at":"2020-05-06\u002004:21:48.649164"}"#).unwrap();
        assert_eq!(owned.at, expected);
        let from_value: Required =
            serde_json::from_value(serde_json::json!({ "at": "2020-05-06 04:21:48.649164" })).unwrap();
        assert_eq!(from_value.at, expected);
        let from_reader: Required =
            serde_json::from_reader(&br#"{"at":"2020-05-06 04:21:48.649164"}"#[..]).unwrap();
        assert_eq!(from_reader.at, expected);
    }

    #[test]
    fn optional_timestamps_may_be_absent_or_null() {
        assert_eq!(serde_json::from_str::<Optional>("{}").unwrap().at, None);
        assert_eq!(serde_json::from_str::<Optional>(r#"{"at":null}"#).unwrap().at, None);
        assert_eq!(
            serde_json::from_str::<Optional>(r#"{"at":"2020-05-06 04:21:48"}"#).unwrap().at,
            Some(utc(2020, 5, 6, 4, 21, 48, 0))
        );
        assert!(serde_json::from_str::<Optional>(r#"{"at":"soon"}"#).is_err());
        assert_eq!(serde_json::from_value::<Optional>(serde_json::json!({ "at": null })).unwrap().at, None);
    }
}
