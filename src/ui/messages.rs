//! Problems told in the user's language: validation errors from links, files
//! and storage, with the field named by its label on screen.

use crate::i18n::Lang;
use crate::sim::validation::{fmt_num, shorten, Problem, ValidationError};

/// The on-screen name of a field (a lever's label, or the setting's label).
pub fn field_label(lang: Lang, field: &str) -> String {
    let key = match field {
        "n" | "market_size" => "market_size".to_string(),
        "months" => "months".to_string(),
        "seed" => "seed".to_string(),
        "scenario" => "scenario".to_string(),
        "retention_targeting" => "targeting".to_string(),
        "m" => "field.month_on_screen".to_string(),
        "link" => "field.link".to_string(),
        "base" => "field.baseline".to_string(),
        f if f.starts_with("b.") => {
            return format!(
                "{} · {}",
                lang.t("field.baseline"),
                field_label(lang, &f[2..])
            )
        }
        f if lang.has(&format!("lever.{f}")) => format!("lever.{f}"),
        f => return f.to_string(),
    };
    lang.t_dyn(&key)
}

/// One sentence saying what is wrong, in `lang`.
pub fn describe(lang: Lang, e: &ValidationError) -> String {
    let field = shorten(&field_label(lang, &e.field));
    match (&e.problem, lang) {
        (Problem::OutOfRange { value, min, max }, Lang::En) => format!(
            "{field}: {} is outside the allowed range {} to {}",
            fmt_num(*value),
            fmt_num(*min),
            fmt_num(*max)
        ),
        (Problem::OutOfRange { value, min, max }, Lang::Zh) => format!(
            "{field}：{} 超出允许范围 {} 至 {}",
            fmt_num(*value),
            fmt_num(*min),
            fmt_num(*max)
        ),
        (Problem::NotFinite, Lang::En) => format!("{field}: must be a number"),
        (Problem::NotFinite, Lang::Zh) => format!("{field}：必须是数字"),
        (Problem::NotANumber { given }, Lang::En) => {
            format!("{field}: '{}' is not a number", shorten(given))
        }
        (Problem::NotANumber { given }, Lang::Zh) => {
            format!("{field}：“{}”不是数字", shorten(given))
        }
        (Problem::UnknownName { given, allowed }, Lang::En) => {
            format!(
                "{field}: '{}' is not one of {}",
                shorten(given),
                allowed.join(", ")
            )
        }
        (Problem::UnknownName { given, allowed }, Lang::Zh) => {
            format!(
                "{field}：“{}”不在可选值（{}）之中",
                shorten(given),
                allowed.join("、")
            )
        }
        (Problem::Rule { en, .. }, Lang::En) => format!("{field}: {en}"),
        (Problem::Rule { zh, .. }, Lang::Zh) => format!("{field}：{zh}"),
    }
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
