//! Problems told in the user's language: validation errors from links, files
//! and storage, with the field named by its label on screen.

use crate::i18n::Lang;
use crate::sim::validation::{fmt_num, shorten, Problem, ValidationError};
use crate::sim::LeverId;
use crate::ui::keys;

/// The on-screen name of a field (a lever's label, or the setting's label).
pub fn field_label(lang: Lang, field: &str) -> String {
    let key = match field {
        "n" | "market_size" => "market_size",
        "months" => "months",
        "seed" => "seed",
        "scenario" => "scenario",
        "retention_targeting" => "targeting",
        "m" => "field.month_on_screen",
        "link" => "field.link",
        "base" => "field.baseline",
        f if f.starts_with("b.") => {
            return format!(
                "{} · {}",
                lang.t("field.baseline"),
                field_label(lang, &f[2..])
            )
        }
        f => match LeverId::from_name(f) {
            Some(lever) => keys::lever(lever).label,
            None => return f.to_string(),
        },
    };
    lang.t(key).to_string()
}

/// One sentence saying what is wrong, in `lang`.
pub fn describe(lang: Lang, e: &ValidationError) -> String {
    let field = shorten(&field_label(lang, &e.field));
    let (key, args): (&'static str, Vec<(&str, String)>) = match &e.problem {
        Problem::OutOfRange { value, min, max } => (
            "problem.out_of_range",
            vec![
                ("value", fmt_num(*value)),
                ("min", fmt_num(*min)),
                ("max", fmt_num(*max)),
            ],
        ),
        Problem::NotFinite => ("problem.not_finite", Vec::new()),
        Problem::NotANumber { given } => ("problem.not_a_number", vec![("given", shorten(given))]),
        Problem::UnknownName { given, allowed } => (
            "problem.unknown_name",
            vec![
                ("given", shorten(given)),
                ("allowed", allowed.join(lang.t("list_sep"))),
            ],
        ),
        Problem::Rule { en, zh } => (
            "problem.rule",
            vec![("rule", lang.pick(en, zh).to_string())],
        ),
    };
    let mut all = vec![("field", field.as_str())];
    all.extend(args.iter().map(|(k, v)| (*k, v.as_str())));
    lang.tf(key, &all)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::validation::check_range;

    #[test]
    fn problems_are_told_in_each_language() {
        let e = check_range("price", 9.0, 0.6, 1.6).unwrap_err();
        assert_eq!(
            describe(Lang::En, &e),
            "Price: 9 is outside the allowed range 0.6 to 1.6"
        );
        assert_eq!(describe(Lang::Zh, &e), "价格：9 超出允许范围 0.6 至 1.6");
        // The reason is kept, in the user's language where it has one.
        let e = ValidationError::rule_in("link", "expected name=value", "应为“名称=取值”");
        assert_eq!(describe(Lang::En, &e), "Link: expected name=value");
        assert_eq!(describe(Lang::Zh, &e), "链接：应为“名称=取值”");
        // Echoed input is shortened.
        let huge = "9".repeat(309);
        let e = ValidationError::new("price", Problem::NotANumber { given: huge });
        let told = describe(Lang::En, &e);
        assert!(
            told.len() < 120 && told.contains("309 characters"),
            "{told}"
        );
        assert_eq!(field_label(Lang::Zh, "n"), "市场规模");
    }
}
