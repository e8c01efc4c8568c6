//! Share links: the Explore settings, the month on screen, the pinned
//! baseline and the language in the URL's fragment, e.g.
//! `#v=1&scenario=default&n=10000&months=36&seed=1&price=1.1&…&m=14&base=1&b.price=1&lang=zh`.
//! A baseline is not stored: it is recomputed from its settings, written as
//! the fields where it differs from the run on screen (`b.<field>`).
//! Opening a link restores exactly that state; a malformed or out-of-range
//! link is an error naming the field and the reason, and the page opens the
//! default state; a link cut short opens with the missing fields at their
//! defaults, and says which.

use crate::i18n::Lang;
use crate::sim::scenario::{MARKET_SIZES, MAX_MONTHS, MAX_SEED};
use crate::sim::validation::{check_range, parse_number, shorten, Problem, ValidationError};
use crate::sim::{LeverId, LEVERS};

use super::run::ExploreSettings;

/// The link format's version.
pub const LINK_VERSION: &str = "1";

/// What a link carries.
#[derive(Clone, Debug, PartialEq)]
pub struct Shared {
    pub settings: ExploreSettings,
    pub lang: Option<Lang>,
    /// The month on screen (1-based), if the link says.
    pub month: Option<u32>,
    /// The pinned baseline's settings, if one was pinned.
    pub baseline: Option<ExploreSettings>,
    /// Fields the link should have had and did not (cut short): they were
    /// set to their defaults.
    pub missing: Vec<String>,
    /// In a link cut short, its last part (which may be cut too, and was
    /// left out when it could not be read).
    pub cut: Option<String>,
    /// Whether that last part could not be read and was left out.
    pub dropped: bool,
}

/// What a view adds to the settings in a link: the month on screen and the
/// pinned baseline.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct View {
    pub month: Option<u32>,
    pub baseline: Option<ExploreSettings>,
}

/// A number as a link writes it: `-0` as `0`.
fn num(v: f64) -> String {
    let v = if v == 0.0 { 0.0 } else { v };
    format!("{v}")
}

/// The settings' fields as `(name, value)` pairs, in link order.
fn fields(settings: &ExploreSettings) -> Vec<(&'static str, String)> {
    let mut f = vec![
        ("scenario", settings.scenario.clone()),
        ("n", settings.market_size.to_string()),
        ("months", settings.months.to_string()),
        ("seed", settings.seed.to_string()),
    ];
    for spec in &LEVERS {
        f.push((spec.name, num((spec.get)(&settings.levers))));
    }
    f.push((
        "retention_targeting",
        settings.levers.retention_targeting.name().to_string(),
    ));
    f
}

/// The fragment (without `#`) for these settings and language.
pub fn encode(settings: &ExploreSettings, lang: Lang) -> String {
    encode_view(settings, &View::default(), lang)
}

/// The fragment (without `#`) for these settings, the month on screen and
/// the pinned baseline, and the language.
pub fn encode_view(settings: &ExploreSettings, view: &View, lang: Lang) -> String {
    let mine = fields(settings);
    let mut parts = vec![format!("v={LINK_VERSION}")];
    parts.extend(mine.iter().map(|(k, v)| format!("{k}={v}")));
    if let Some(m) = view.month {
        parts.push(format!("m={m}"));
    }
    if let Some(b) = &view.baseline {
        parts.push("base=1".to_string());
        for ((k, v), (_, here)) in fields(b).iter().zip(&mine) {
            if v != here {
                parts.push(format!("b.{k}={v}"));
            }
        }
    }
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
    // `#explore` names the page itself (as the router reads it), not a link.
    if fragment.is_empty() || fragment == "explore" {
        return Ok(None);
    }
    let mut settings = ExploreSettings::default();
    let mut base_fields: Vec<(String, String)> = Vec::new();
    let mut pinned = false;
    let mut month = None;
    let mut lang = None;
    let mut seen: Vec<String> = Vec::new();
    let parts: Vec<&str> = fragment.split('&').filter(|p| !p.is_empty()).collect();
    // Every link this page writes ends with its language: one without it
    // was cut short, and its last part may be cut too (`&retention_sp`,
    // `&acquisition_spend=40` of 4000). That part is then set aside and
    // named, rather than refusing the whole link.
    let cut_short = !parts.iter().any(|p| p.starts_with("lang="));
    let mut cut: Option<String> = None;
    let mut dropped = false;
    for (i, part) in parts.iter().enumerate() {
        let last = i + 1 == parts.len();
        let read = read_part(
            part,
            &mut settings,
            &mut base_fields,
            &mut pinned,
            &mut month,
            &mut lang,
            &mut seen,
        );
        match read {
            Ok(()) if last && cut_short => cut = Some(shorten(part)),
            Ok(()) => {}
            Err(_) if last && cut_short && i > 1 => {
                if let Some((k, _)) = part.split_once('=') {
                    seen.retain(|s| s != k);
                }
                cut = Some(shorten(part));
                dropped = true;
            }
            Err(e) => return Err(e),
        }
    }
    if !seen.iter().any(|k| k == "v") {
        return Err(ValidationError::rule_in(
            "link",
            "it has no version (v=), so it is not a CRM Lab share link",
            "它没有版本号\u{FF08}v=\u{FF09}\u{FF0C}不是 CRM 实验室的分享链接",
        ));
    }
    let mut shared = finish(settings, base_fields, pinned, month, lang, seen, cut)?;
    if let Some(s) = shared.as_mut() {
        s.dropped = dropped;
    }
    Ok(shared)
}

/// Reads one `name=value` part of a link into what it sets.
#[allow(clippy::too_many_arguments)]
fn read_part(
    part: &str,
    settings: &mut ExploreSettings,
    base_fields: &mut Vec<(String, String)>,
    pinned: &mut bool,
    month: &mut Option<u32>,
    lang: &mut Option<Lang>,
    seen: &mut Vec<String>,
) -> Result<(), ValidationError> {
    {
        let (key, value) = part.split_once('=').ok_or_else(|| {
            ValidationError::rule_in(
                "link",
                format!("expected name=value, not '{}'", shorten(part)),
                format!("应为“名称=取值”的形式，而不是“{}”", shorten(part)),
            )
        })?;
        let value = &percent_decode(value);
        if key.trim_start_matches("b.").is_empty() {
            return Err(ValidationError::rule_in(
                "link",
                format!("a value without a name: '{}'", shorten(part)),
                format!("有取值却没有名称：“{}”", shorten(part)),
            ));
        }
        seen.push(key.to_string());
        match key {
            "v" => {
                if value != LINK_VERSION {
                    return Err(unknown("v", value, &[LINK_VERSION]));
                }
            }
            "m" => *month = Some(whole_number("m", value, 1.0, f64::from(MAX_MONTHS))?),
            "base" => {
                if value != "1" {
                    return Err(unknown("base", value, &["1"]));
                }
                *pinned = true;
            }
            "lang" => {
                *lang = Some(match value.as_str() {
                    "zh" => Lang::Zh,
                    "en" => Lang::En,
                    other => return Err(unknown("lang", other, &["zh", "en"])),
                })
            }
            k if k.starts_with("b.") => base_fields.push((k[2..].to_string(), value.clone())),
            k => set_field(settings, k, value)?,
        }
    }
    Ok(())
}

/// What the parts of a link add up to, checked as a whole.
fn finish(
    settings: ExploreSettings,
    base_fields: Vec<(String, String)>,
    pinned: bool,
    month: Option<u32>,
    lang: Option<Lang>,
    seen: Vec<String>,
    cut: Option<String>,
) -> Result<Option<Shared>, ValidationError> {
    settings.validate()?;
    // A link that ends with its language is whole: the fields it leaves out
    // were left out on purpose (a lecturer's short link such as
    // `#v=1&scenario=monopoly&lang=zh`) and take their defaults quietly.
    // An earlier link's retention spend set the four care channels.
    let given = |k: &str| {
        seen.iter().any(|s| s == k)
            || (LeverId::from_name(k).is_some_and(LeverId::is_care)
                && seen
                    .iter()
                    .any(|s| s == crate::sim::levers::RETENTION_SPEND))
    };
    let missing: Vec<String> = match cut {
        Some(_) => fields(&ExploreSettings::default())
            .into_iter()
            .map(|(k, _)| k)
            .filter(|k| !given(k))
            .map(str::to_string)
            .collect(),
        None => Vec::new(),
    };
    let baseline = if pinned {
        let mut b = settings.clone();
        for (k, v) in &base_fields {
            set_field(&mut b, k, v).map_err(|mut e| {
                e.field = format!("b.{}", e.field);
                e
            })?;
        }
        b.validate().map_err(|mut e| {
            e.field = format!("b.{}", e.field);
            e
        })?;
        Some(b)
    } else if let Some((k, _)) = base_fields.first() {
        return Err(ValidationError::rule_in(
            format!("b.{k}"),
            "a baseline field without base=1",
            "有基线字段却没有 base=1",
        ));
    } else {
        None
    };
    if let Some(m) = month {
        if m > settings.months {
            return Err(crate::sim::validation::check_range(
                "m",
                f64::from(m),
                1.0,
                f64::from(settings.months),
            )
            .unwrap_err());
        }
    }
    Ok(Some(Shared {
        settings,
        lang,
        month,
        baseline,
        missing,
        cut,
        dropped: false,
    }))
}

/// Sets one field of `settings` from a link's text.
fn set_field(
    settings: &mut ExploreSettings,
    key: &str,
    value: &str,
) -> Result<(), ValidationError> {
    match key {
        "scenario" => settings.scenario = value.to_string(),
        "n" => {
            let (min, max) = MARKET_SIZES;
            settings.market_size = whole_number("n", value, f64::from(min), f64::from(max))?
        }
        "months" => settings.months = whole_number("months", value, 1.0, f64::from(MAX_MONTHS))?,
        "seed" => {
            settings.seed = value.parse::<u64>().map_err(|_| {
                ValidationError::new(
                    "seed",
                    Problem::NotANumber {
                        given: value.to_string(),
                    },
                )
            })?;
            check_range("seed", settings.seed as f64, 0.0, MAX_SEED as f64)?;
        }
        other => {
            if !settings.levers.set_from_text(other, value)? {
                let name = shorten(other);
                return Err(ValidationError::rule_in(
                    "link",
                    format!("\u{201C}{name}\u{201D} is not a setting of CRM Lab"),
                    format!("\u{201C}{name}\u{201D}不是 CRM 实验室的设置项"),
                ));
            }
        }
    }
    Ok(())
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

/// Undoes `%XX` escapes (browsers may escape parts of a pasted link, and a
/// Chinese word typed in the address bar arrives escaped); a `%` not
/// followed by two hex digits stays as it is, and bytes that are not UTF-8
/// become U+FFFD.
pub(crate) fn percent_decode(s: &str) -> String {
    percent_encoding::percent_decode_str(s)
        .decode_utf8_lossy()
        .into_owned()
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
        s.levers = s.levers.with_retention_spend(7.5);
        s.levers.complaint_handling = 0.85;
        s.levers.retention_targeting = RetentionTargeting::TopTiers;
        let link = encode(&s, Lang::En);
        let back = decode(&format!("#{link}")).unwrap().unwrap();
        assert_eq!(back.settings, s);
        assert_eq!(back.lang, Some(Lang::En));
        assert_eq!(decode("").unwrap(), None);
        assert_eq!(decode("#").unwrap(), None);
        assert_eq!(decode("#explore").unwrap(), None, "the page's own name");
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
            (format!("{good}&colour=red"), "link"),
            (good.replace("v=1&", ""), "link"),
            ("garbage".to_string(), "link"),
        ];
        for (link, field) in cases {
            let e = decode(&link).unwrap_err();
            assert_eq!(e.field, field, "{link}");
        }
        // A name the link should not have is named in the sentence.
        let told = crate::ui::messages::describe(
            Lang::En,
            &decode(&format!("{good}&colour=red")).unwrap_err(),
        );
        assert_eq!(
            told,
            "Link: \u{201C}colour\u{201D} is not a setting of CRM Lab"
        );
        let told = crate::ui::messages::describe(
            Lang::Zh,
            &decode(&good.replace("v=1&", "")).unwrap_err(),
        );
        assert!(told.contains("v=") && told.contains("CRM 实验室"), "{told}");
    }

    #[test]
    fn the_month_and_the_baseline_travel_with_the_link() {
        let mut s = ExploreSettings::default();
        s.levers = s.levers.with_retention_spend(12.0);
        let mut b = s.clone();
        b.levers.care_phone = 0.0;
        b.levers.retention_targeting = RetentionTargeting::TopTiers;
        let view = View {
            month: Some(14),
            baseline: Some(b.clone()),
        };
        let link = encode_view(&s, &view, Lang::Zh);
        assert!(
            link.contains("&m=14&base=1&b.care_phone=0&b.retention_targeting=top_tiers&"),
            "{link}"
        );
        let back = decode(&link).unwrap().unwrap();
        assert_eq!(
            (back.settings, back.month, back.baseline),
            (s.clone(), Some(14), Some(b))
        );
        assert!(back.missing.is_empty());
        // A baseline equal to the run is pinned all the same.
        let same = encode_view(
            &s,
            &View {
                month: None,
                baseline: Some(s.clone()),
            },
            Lang::En,
        );
        assert_eq!(decode(&same).unwrap().unwrap().baseline, Some(s.clone()));
        // A month beyond the horizon is named.
        assert_eq!(
            decode(&link.replace("m=14", "m=99")).unwrap_err().field,
            "m"
        );
        assert_eq!(
            decode(&link.replace("b.care_phone=0", "b.care_phone=x"))
                .unwrap_err()
                .field,
            "b.care_phone"
        );
    }

    #[test]
    fn a_link_cut_short_names_what_it_lacks_and_minus_zero_is_zero() {
        let good = encode(&ExploreSettings::default(), Lang::En);
        let cut = &good[..good.find("&service_quality").unwrap()];
        let shared = decode(cut).unwrap().unwrap();
        assert!(shared.missing.contains(&"service_quality".to_string()));
        assert!(shared.missing.contains(&"retention_targeting".to_string()));
        assert!(!shared.missing.contains(&"price".to_string()));
        // An earlier link's retention spend gave the care channels.
        let earlier = decode("#v=1&scenario=default&retention_spend=12&acquisition_spend=3000")
            .unwrap()
            .unwrap();
        assert!((earlier.settings.levers.retention_spend() - 12.0).abs() < 1e-9);
        assert!(
            earlier.missing.iter().all(|k| !k.starts_with("care_")),
            "{:?}",
            earlier.missing
        );
        assert!(earlier.missing.contains(&"price".to_string()));
        let e = decode("#v=1&price").unwrap_err();
        assert!(
            matches!(&e.problem, Problem::Rule { en, .. } if en.contains("name=value")),
            "{e:?}"
        );
        let mut s = ExploreSettings::default();
        s.levers.winback_spend = -0.0;
        assert!(encode(&s, Lang::En).contains("winback_spend=0&"));
        let back = decode(&good.replace("winback_spend=0", "winback_spend=-0"))
            .unwrap()
            .unwrap();
        assert!(encode(&back.settings, Lang::En).contains("winback_spend=0&"));
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

    #[test]
    fn a_short_link_written_by_hand_opens_quietly_with_defaults() {
        let s = decode("#v=1&scenario=monopoly&lang=zh").unwrap().unwrap();
        assert_eq!(s.settings.scenario, "monopoly");
        assert_eq!(s.settings.levers, ExploreSettings::default().levers);
        assert!(s.missing.is_empty() && s.cut.is_none());
        // Without its language at the end, the same link was cut short.
        let cut = decode("#v=1&scenario=monopoly&n=10000").unwrap().unwrap();
        assert!(
            cut.missing.contains(&"price".to_string()),
            "{:?}",
            cut.missing
        );
    }
}
