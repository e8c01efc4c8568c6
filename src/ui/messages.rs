//! What the pages tell the user, in the user's language: the one
//! [`Notice`] type, validation errors from links, files and storage (the
//! field named by its label on screen), and why a file was refused.

use crate::coursework::FileProblem;
use crate::i18n::Lang;
use crate::sim::validation::{fmt_num, shorten, Problem, ValidationError};
use crate::sim::LeverId;
use crate::ui::controls::lever_slider::show;
use crate::ui::format::display_scale;
use crate::ui::keys;

/// The on-screen name of a field (a lever's label, or the setting's label).
pub fn field_label(lang: Lang, field: &str) -> String {
    let key = match field {
        "n" | "market_size" => "market.size",
        "months" => "market.months",
        "seed" => "market.seed",
        "scenario" => "market.scenario",
        "retention_targeting" => "targeting.label",
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
                ("allowed", allowed.join(lang.t("common.list_sep"))),
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

/// Something a page tells the user: a sentence of the tables with its
/// arguments, worded when shown so it follows a language switch. The one
/// notice type of every page.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
    /// Arguments that are string-table keys, worded when shown (a lever's
    /// name follows a language switch).
    pub keys: Vec<(&'static str, &'static str)>,
    /// A validation problem, told in the user's language as `{detail}`.
    pub detail: Option<Box<ValidationError>>,
    /// Fields named by their on-screen labels as `{fields}` (a link cut
    /// short names those it lacked).
    pub fields: Vec<String>,
    /// Why a file or link was refused, told as `{reason}`.
    pub file_problem: Option<Box<FileProblem>>,
}

impl Notice {
    pub fn new(key: &'static str) -> Self {
        Notice {
            key,
            args: Vec::new(),
            keys: Vec::new(),
            detail: None,
            fields: Vec::new(),
            file_problem: None,
        }
    }

    /// A notice with one argument that is a string-table key.
    pub fn with_key(key: &'static str, name: &'static str, text_key: &'static str) -> Self {
        Notice {
            keys: vec![(name, text_key)],
            ..Notice::new(key)
        }
    }

    /// A notice giving why a file or link was refused as `{reason}`.
    pub fn with_file_problem(key: &'static str, problem: FileProblem) -> Self {
        Notice {
            file_problem: Some(Box::new(problem)),
            ..Notice::new(key)
        }
    }

    /// A validation problem told on its own.
    pub fn problem(e: ValidationError) -> Self {
        Notice::with_detail("notice.detail", e)
    }

    /// A notice with a validation problem as its `{detail}`.
    pub fn with_detail(key: &'static str, detail: ValidationError) -> Self {
        Notice {
            detail: Some(Box::new(detail)),
            ..Notice::new(key)
        }
    }

    pub fn text(&self, lang: Lang) -> String {
        let mut args: Vec<(&str, String)> =
            self.args.iter().map(|(k, v)| (*k, v.clone())).collect();
        args.extend(
            self.keys
                .iter()
                .map(|(k, key)| (*k, lang.t(key).to_string())),
        );
        if let Some(e) = &self.detail {
            args.push(("detail", describe(lang, e)));
        }
        if let Some(p) = &self.file_problem {
            args.push(("reason", file_problem(lang, p)));
        }
        if !self.fields.is_empty() {
            let names: Vec<String> = self.fields.iter().map(|f| field_label(lang, f)).collect();
            args.push(("fields", names.join(lang.t("common.list_sep"))));
        }
        let refs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        lang.tf(self.key, &refs)
    }
}

/// A notice about the field labelled `name` (a table key): its label, in
/// the reader's language, fills `{name}`.
pub fn about(key: &'static str, name: &'static str, args: Vec<(&'static str, String)>) -> Notice {
    Notice {
        args,
        keys: vec![("name", name)],
        ..Notice::new(key)
    }
}

/// A notice about lever `lever`'s value.
fn about_lever(key: &'static str, lever: LeverId, args: Vec<(&'static str, String)>) -> Notice {
    about(key, keys::lever(lever).label, args)
}

/// A number typed into the field labelled `name`, shown in units `scale`
/// times the model's (100 for a share shown in percent), the field holding
/// `kept` (model units): the value in model units, or the notice saying
/// what is wrong (not a number; a share such as 0.8 typed into a percent
/// field). Every number field of the pages reads its text through this.
pub fn typed_number(name: &'static str, text: &str, kept: f64, scale: f64) -> Result<f64, Notice> {
    let kept = show(kept * scale);
    let typed = crate::sim::validation::read_typed_number(text);
    match typed {
        None => Err(about(
            "msg.not_a_number",
            name,
            vec![("value", shorten(text.trim())), ("kept", kept)],
        )),
        Some(v) if scale == 100.0 && text.contains('.') && v > 0.0 && v < 1.0 => Err(about(
            "msg.did_you_mean_percent",
            name,
            vec![
                ("value", text.trim().to_string()),
                ("percent", fmt_num(v * 100.0)),
                ("kept", kept),
            ],
        )),
        Some(v) => Ok(v / scale),
    }
}

/// A whole number (0 or more) typed into the field labelled `name`, the
/// field holding `kept`.
pub fn typed_whole(name: &'static str, text: &str, kept: u64) -> Result<u64, Notice> {
    match crate::sim::validation::read_typed_number(text) {
        Some(v) if v >= 0.0 && v.fract() == 0.0 && v <= crate::sim::scenario::MAX_SEED as f64 => {
            Ok(v as u64)
        }
        _ => Err(about(
            "msg.not_whole",
            name,
            vec![("value", shorten(text.trim())), ("kept", kept.to_string())],
        )),
    }
}

impl Notice {
    /// Whether the notice is about lever `lever`'s value.
    pub fn is_about(&self, lever: LeverId) -> bool {
        self.keys.contains(&("name", keys::lever(lever).label))
    }
}

/// A lever's value refused as outside its range: `shown` as typed or set,
/// the range and the value `kept` (model units), all in display units.
pub fn lever_out_of_range(key: &'static str, lever: LeverId, shown: String, kept: f64) -> Notice {
    let (spec, scale) = (lever.spec(), display_scale(lever));
    about_lever(
        key,
        lever,
        vec![
            ("value", shown),
            ("min", fmt_num(spec.min * scale)),
            ("max", fmt_num(spec.max * scale)),
            ("kept", show(kept * scale)),
        ],
    )
}

/// A value typed into lever `lever`'s field (display units), the lever
/// holding `kept` (model units): the new value in model units, or the
/// notice saying what is wrong with the text. The Explore page and the
/// coursework round read typed levers through this one function.
pub fn typed_lever(lever: LeverId, text: &str, kept: f64) -> Result<f64, Notice> {
    let (spec, scale) = (lever.spec(), display_scale(lever));
    let v = typed_number(keys::lever(lever).label, text, kept, scale)?;
    if v.is_finite() && (spec.min..=spec.max).contains(&v) {
        Ok(v)
    } else {
        Err(lever_out_of_range(
            "msg.invalid_value",
            lever,
            shorten(text.trim()),
            kept,
        ))
    }
}

/// Why a file could not be opened.
pub fn file_problem(lang: Lang, p: &FileProblem) -> String {
    use crate::coursework::run_file::{
        MAX_FILE_BYTES, OLDEST_RUN_FORMAT_VERSION, RUN_FORMAT_VERSION,
    };
    use crate::ui::format::thousands;
    match p {
        FileProblem::TooLarge { .. } => lang.tf(
            "file.too_large",
            &[("max", &thousands(MAX_FILE_BYTES as f64))],
        ),
        FileProblem::NotJson(_) => lang.t("file.not_json").into(),
        FileProblem::NotCrmLab => lang.t("file.not_crm_lab").into(),
        FileProblem::NotRunFile => lang.t("file.not_run_file").into(),
        FileProblem::LinkTooLong { chars, max } => lang.tf(
            "file.link_too_long",
            &[
                ("chars", &thousands(*chars as f64)),
                ("max", &thousands(*max as f64)),
            ],
        ),
        FileProblem::NewerVersion { found } => lang.tf(
            "file.newer",
            &[
                ("found", &found.to_string()),
                ("supported", &RUN_FORMAT_VERSION.to_string()),
            ],
        ),
        FileProblem::TooOld { found } => lang.tf(
            "file.too_old",
            &[
                ("found", &found.to_string()),
                ("oldest", &OLDEST_RUN_FORMAT_VERSION.to_string()),
            ],
        ),
        FileProblem::Malformed(detail) => lang.tf("file.malformed", &[("detail", detail)]),
        FileProblem::Invalid(e) => lang.tf("file.invalid", &[("detail", &describe(lang, e))]),
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

    #[test]
    fn file_problems_are_told_plainly() {
        for l in Lang::ALL {
            for p in [
                FileProblem::TooLarge { bytes: 9 },
                FileProblem::NotJson("x".into()),
                FileProblem::NotCrmLab,
                FileProblem::NewerVersion { found: 3 },
                FileProblem::TooOld { found: 0 },
                FileProblem::Malformed("missing field `student`".into()),
            ] {
                let text = file_problem(l, &p);
                assert!(!text.contains('{'), "{text}");
                assert!(text.len() > 10);
            }
        }
        assert!(file_problem(Lang::En, &FileProblem::NewerVersion { found: 3 }).contains('3'));
    }

    #[test]
    fn a_typed_lever_is_read_once_for_every_page() {
        use crate::sim::LeverId::{ComplaintHandling, Price};
        assert_eq!(typed_lever(ComplaintHandling, "85", 0.6), Ok(0.85));
        assert_eq!(typed_lever(Price, " 1.25 ", 1.0), Ok(1.25));
        let percent = typed_lever(ComplaintHandling, "0.8", 0.6).unwrap_err();
        assert!(percent.is_about(ComplaintHandling) && !percent.is_about(Price));
        assert!(
            percent.text(Lang::En).contains("80%"),
            "{}",
            percent.text(Lang::En)
        );
        let comma = typed_lever(Price, "1,5", 1.0).unwrap_err();
        assert_eq!(comma.key, "msg.not_a_number", "a decimal comma is not 15");
        let far = typed_lever(ComplaintHandling, "150", 0.6).unwrap_err();
        let told = far.text(Lang::En);
        assert!(
            told.contains("150") && told.contains("100") && told.contains("60"),
            "{told}"
        );
        assert!(
            far.text(Lang::Zh).contains("投诉处理"),
            "{}",
            far.text(Lang::Zh)
        );
    }

    #[test]
    fn typed_numbers_of_any_field_are_read_or_told() {
        let floor = "course.limit.retention_floor";
        assert_eq!(typed_number(floor, "55", 0.5, 100.0), Ok(0.55));
        let share = typed_number(floor, "0.55", 0.5, 100.0).unwrap_err();
        assert_eq!(share.key, "msg.did_you_mean_percent");
        assert!(
            share.text(Lang::En).contains("55%"),
            "{}",
            share.text(Lang::En)
        );
        let nan = typed_number("ed.field.competition", "0,5", 0.4, 1.0).unwrap_err();
        assert_eq!(nan.key, "msg.not_a_number");
        assert!(nan.text(Lang::Zh).contains("0.4"), "{}", nan.text(Lang::Zh));
        assert_eq!(typed_whole("market.seed", "12", 1), Ok(12));
        for bad in ["-1", "1.5", "abc", "9007199254740993"] {
            let n = typed_whole("market.seed", bad, 7).unwrap_err();
            assert_eq!(n.key, "msg.not_whole", "{bad}");
            assert!(n.text(Lang::En).contains("kept 7"), "{}", n.text(Lang::En));
        }
    }
}
