//! Share links: the Explore settings and the language in the URL's fragment,
//! e.g. `#v=1&scenario=default&n=10000&months=36&seed=1&price=1.1&…&lang=zh`.
//! Opening a link restores exactly that state; a malformed or out-of-range
//! link is an error naming the field, and the page opens the default state.

use crate::i18n::Lang;
use crate::sim::validation::{check_range, parse_number, Problem, ValidationError};
use crate::sim::{Levers, LEVERS};

use super::explore::ExploreSettings;

/// The link format's version.
pub const LINK_VERSION: &str = "1";

/// What a link carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub settings: ExploreSettings,
    pub lang: Option<Lang>,
}

/// The fragment (without `#`) for these settings and language.
pub fn encode(settings: &ExploreSettings, lang: Lang) -> String {
    let mut parts = vec![
        format!("v={LINK_VERSION}"),
        format!("scenario={}", settings.scenario),
        format!("n={}", settings.market_size),
        format!("months={}", settings.months),
        format!("seed={}", settings.seed),
    ];
    for spec in &LEVERS {
        parts.push(format!("{}={}", spec.name, (spec.get)(&settings.levers)));
    }
    parts.push(format!(
        "retention_targeting={}",
        settings.levers.retention_targeting.name()
    ));
    parts.push(format!("lang={}", lang.code()));
    parts.join("&")
}

fn unknown(field: &str, given: &str, allowed: &[&str]) -> ValidationError {
    ValidationError::new(
        field,
        Problem::UnknownName {
            given: given.to_string(),
            allowed: allowed.iter().map(|s| s.to_string()).collect(),
        },
    )
}

/// Reads a fragment (with or without `#`). An empty fragment is `Ok(None)`.
pub fn decode(fragment: &str) -> Result<Option<Shared>, ValidationError> {
    let fragment = fragment.trim_start_matches('#').trim();
    if fragment.is_empty() {
        return Ok(None);
    }
    let mut settings = ExploreSettings::default();
    let mut levers = Levers::default();
    let mut lang = None;
    let mut version_seen = false;
    for part in fragment.split('&').filter(|p| !p.is_empty()) {
        let (key, value) = part
            .split_once('=')
            .ok_or_else(|| ValidationError::rule("link", "expected name=value pairs"))?;
        let value = &percent_decode(value);
        match key {
            "v" => {
                if value != LINK_VERSION {
                    return Err(unknown("v", value, &[LINK_VERSION]));
                }
                version_seen = true;
            }
            "scenario" => settings.scenario = value.clone(),
            "n" => settings.market_size = whole_number("n", value, 100.0, 1_000_000.0)?,
            "months" => settings.months = whole_number("months", value, 1.0, 120.0)?,
            "seed" => {
                settings.seed = value.parse::<u64>().map_err(|_| {
                    ValidationError::new(
                        "seed",
                        Problem::NotANumber {
                            given: value.clone(),
                        },
                    )
                })?;
                check_range("seed", settings.seed as f64, 0.0, 9_007_199_254_740_991.0)?;
            }
            "lang" => {
                lang = Some(match value.as_str() {
                    "zh" => Lang::Zh,
                    "en" => Lang::En,
                    other => return Err(unknown("lang", other, &["zh", "en"])),
                })
            }
            other => {
                if !levers.set_from_text(other, value)? {
                    return Err(ValidationError::rule(other, "is not a setting of CRM Lab"));
                }
            }
        }
    }
    if !version_seen {
        return Err(ValidationError::rule("v", "is missing"));
    }
    settings.levers = levers;
    settings.validate()?;
    Ok(Some(Shared { settings, lang }))
}

/// A whole number within `[min, max]`, naming `field` when it is not.
fn whole_number(field: &str, text: &str, min: f64, max: f64) -> Result<u32, ValidationError> {
    let v = parse_number(field, text)?;
    check_range(field, v, min, max)?;
    if v.fract() != 0.0 {
        return Err(ValidationError::new(
            field,
            Problem::NotANumber {
                given: text.to_string(),
            },
        ));
    }
    Ok(v as u32)
}

/// The language a link asks for, even when the rest of it is malformed (so
/// the message about it is in the language the sender chose).
pub fn lang_of(fragment: &str) -> Option<Lang> {
    fragment
        .trim_start_matches('#')
        .split('&')
        .find_map(|p| match p {
            "lang=zh" => Some(Lang::Zh),
            "lang=en" => Some(Lang::En),
            _ => None,
        })
}

/// Undoes `%XX` escapes (browsers may escape parts of a pasted link).
fn percent_decode(s: &str) -> String {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((hi * 16 + lo) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::RetentionTargeting;

    #[test]
    fn round_trip() {
        let mut s = ExploreSettings {
            scenario: "competitive".into(),
            market_size: 1_000,
            months: 48,
            seed: 123_456_789_012,
            ..ExploreSettings::default()
        };
        s.levers.price = 1.13;
        s.levers.retention_spend = 7.5;
        s.levers.complaint_handling = 0.85;
        s.levers.retention_targeting = RetentionTargeting::TopTiers;
        let link = encode(&s, Lang::En);
        let back = decode(&format!("#{link}")).unwrap().unwrap();
        assert_eq!(back.settings, s);
        assert_eq!(back.lang, Some(Lang::En));
        assert_eq!(decode("").unwrap(), None);
        assert_eq!(decode("#").unwrap(), None);
    }

    #[test]
    fn malformed_links_name_the_problem() {
        let good = encode(&ExploreSettings::default(), Lang::Zh);
        let cases = [
            (good.replace("price=1", "price=9"), "price"),
            (good.replace("price=1", "price=abc"), "price"),
            (
                good.replace("scenario=default", "scenario=mars"),
                "scenario",
            ),
            (good.replace("months=36", "months=500"), "months"),
            (good.replace("n=10000", "n=5"), "n"),
            (good.replace("months=36", "months=12.5"), "months"),
            (good.replace("lang=zh", "lang=fr"), "lang"),
            (good.replace("seed=1", "seed=-4"), "seed"),
            (good.replace("v=1", "v=99"), "v"),
            (format!("{good}&colour=red"), "colour"),
            (good.replace("v=1&", ""), "v"),
            ("garbage".to_string(), "link"),
        ];
        for (link, field) in cases {
            let e = decode(&link).unwrap_err();
            assert_eq!(e.field, field, "{link}");
        }
    }

    #[test]
    fn a_malformed_link_still_says_its_language() {
        assert_eq!(lang_of("#v=1&price=9&lang=en"), Some(Lang::En));
        assert_eq!(lang_of("lang=zh&garbage"), Some(Lang::Zh));
        assert_eq!(lang_of("#v=1"), None);
    }

    #[test]
    fn escaped_characters_are_read() {
        let link = encode(&ExploreSettings::default(), Lang::En)
            .replace("scenario=default", "scenario=%64efault");
        assert_eq!(decode(&link).unwrap().unwrap().settings.scenario, "default");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
        assert_eq!(percent_decode("%中x"), "%中x");
    }
}
