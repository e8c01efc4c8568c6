//! What the pages tell the user, in the user's language: the one
//! [`Notice`] type, validation errors from links, files and storage (the
//! field named by its label on screen), and why a file was refused.

use crate::coursework::run_file::JsonProblem;
use crate::coursework::FileProblem;
use crate::i18n::Lang;
use crate::sim::validation::{fmt_num, shorten, Problem, ValidationError};
use crate::sim::LeverId;
use crate::ui::controls::lever_slider::show;
use crate::ui::format::display_scale;
use crate::ui::keys;

/// The on-screen name of a field, as a validation error names it by its
/// path in a link or file: a lever's label, a setting's label, an
/// assignment field's label in the editor (`constraints.spend_cap`,
/// `title.zh`), a market event's part (`events[1].month` is "event 2's
/// month"), a starting lever (`start_levers.price`). A path of no known
/// field is shown as it is.
pub fn field_label(lang: Lang, field: &str) -> String {
    let key = match field {
        "n" | "market_size" => "market.size",
        "months" => "market.months",
        "seed" => "market.seed",
        "scenario" => "market.scenario",
        "retention_targeting" => "targeting.label",
        crate::sim::levers::RETENTION_SPEND => keys::RETENTION_SPEND.label,
        "m" => "field.month_on_screen",
        "link" => "field.link",
        "base" => "field.baseline",
        "v" => "field.link_version",
        "lang" => "field.lang",
        f if f.starts_with("b.") => {
            return format!(
                "{} · {}",
                lang.t("field.baseline"),
                field_label(lang, &f[2..])
            )
        }
        f => {
            if let Some(lever) = LeverId::from_name(f) {
                keys::lever(lever).label
            } else if let Some(key) = keys::editor_field(f) {
                key
            } else if let Some(lever) = f.strip_prefix("start_levers.") {
                return lang.tf("ed.start_lever", &[("lever", &field_label(lang, lever))]);
            } else if let Some((n, part)) = event_part(f) {
                let part = match part {
                    "month" => lang.t("ed.event_month"),
                    "kind" => lang.t("ed.event_kind"),
                    "size" | "change" => lang.t("ed.event_size"),
                    "months" => lang.t("ed.event_months"),
                    other => other,
                };
                return lang.tf("ed.event_field", &[("n", &n.to_string()), ("part", part)]);
            } else {
                return f.to_string();
            }
        }
    };
    lang.t(key).to_string()
}

/// A field path's item of a list, numbered as the page numbers them:
/// `indexed("events[1].month", "events[")` → `(2, "month")`; the rest is
/// empty for the item itself (`events[1]`).
pub fn indexed<'a>(path: &'a str, prefix: &str) -> Option<(usize, &'a str)> {
    let rest = path.strip_prefix(prefix)?;
    let (index, rest) = rest.split_once(']')?;
    let n = index.parse::<usize>().ok()? + 1;
    Some((n, rest.trim_start_matches('.')))
}

/// `events[1].month` → event 2 (as the editor numbers them) and `month`;
/// `events[1]` alone → event 2 and its kind.
fn event_part(path: &str) -> Option<(usize, &str)> {
    let (n, part) = indexed(path, "events[")?;
    Some((n, if part.is_empty() { "kind" } else { part }))
}

/// An allowed value of `field` as the page names it: a scenario, a
/// retention target or a language by its label; other values (numbers
/// such as the months of a round) as they are.
fn allowed_label(lang: Lang, field: &str, name: &str) -> String {
    let field = field.strip_prefix("b.").unwrap_or(field);
    let key = match field {
        "scenario" => keys::scenario(name).map(|(k, _)| k),
        "retention_targeting" => {
            crate::sim::RetentionTargeting::from_name(name).map(keys::targeting)
        }
        "lang" => match name {
            "zh" => Some("lang.zh"),
            "en" => Some("lang.en"),
            _ => None,
        },
        _ => None,
    };
    key.map_or_else(|| name.to_string(), |k| lang.t(k).to_string())
}

/// How the page shows a field's numbers: a share in percent, a sum of
/// money as money, anything else as it is.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Shown {
    Percent,
    Money,
    Plain,
}

/// How the field at `path` shows its numbers (its box's unit on the page).
fn shown_as(path: &str) -> Shown {
    let name = path
        .strip_prefix("b.")
        .or_else(|| path.strip_prefix("start_levers."))
        .unwrap_or(path);
    match name {
        "initial_customers" | "constraints.retention_floor" | "scoring.penalty" => Shown::Percent,
        "constraints.spend_cap" => Shown::Money,
        other => match LeverId::from_name(other) {
            Some(lever) if display_scale(lever) == 100.0 => Shown::Percent,
            _ => Shown::Plain,
        },
    }
}

/// One sentence saying what is wrong, in `lang`, its numbers in the units
/// of the field's box (a penalty typed as 200 in a % box is told as 200%
/// outside 0% to 100%, not as 2 outside 0 to 1).
pub fn describe(lang: Lang, e: &ValidationError) -> String {
    describe_as(lang, e, &field_label(lang, &e.field))
}

/// [`describe`] with the field called `label` (a page that names a field
/// its own way, as the editor does); the numbers still follow the field's
/// box.
pub fn describe_as(lang: Lang, e: &ValidationError, label: &str) -> String {
    let field = shorten(label);
    let shown = shown_as(&e.field);
    let number = |v: f64| match shown {
        Shown::Percent => format!("{}%", fmt_num(v * 100.0)),
        Shown::Money => crate::ui::format::money(v, lang),
        // Large whole numbers with separators, as the page writes them.
        Shown::Plain if v.fract() == 0.0 && v.abs() >= 1e4 => crate::ui::format::thousands(v),
        Shown::Plain => fmt_num(v),
    };
    let (key, args): (&'static str, Vec<(&str, String)>) = match &e.problem {
        Problem::OutOfRange { value, min, max } => (
            "problem.out_of_range",
            vec![
                ("value", number(*value)),
                ("min", number(*min)),
                ("max", number(*max)),
            ],
        ),
        Problem::NotFinite => ("problem.not_finite", Vec::new()),
        Problem::NotANumber { given } => ("problem.not_a_number", vec![("given", shorten(given))]),
        Problem::UnknownName { given, allowed } => (
            "problem.unknown_name",
            vec![
                ("given", shorten(given)),
                (
                    "allowed",
                    allowed
                        .iter()
                        .map(|a| allowed_label(lang, &e.field, a))
                        .collect::<Vec<_>>()
                        .join(lang.t("common.list_sep")),
                ),
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
    // A lever of a few percent at most (the points rate, up to 10%) takes
    // 0.5 as 0.5%: read as a share, 0.5 would be far outside its range, so
    // there is nothing to ask.
    if scale == 100.0 {
        if let Some(share) = crate::sim::validation::read_typed_number(text) {
            if share > spec.max && (spec.min..=spec.max).contains(&(share / scale)) {
                return Ok(share / scale);
            }
        }
    }
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

/// What a JSON reader found wrong, in `lang`, with its position: in English serde's own sentence; in Chinese the same said in
/// Chinese (each of serde_json's and serde's sentences has its wording
/// here; one of no known form is told as a format problem, never in
/// English).
pub fn json_problem(lang: Lang, p: &JsonProblem) -> String {
    if lang == Lang::En {
        return p.to_string();
    }
    let mut out = json_sentence_zh(&p.message);
    if !p.field.is_empty() {
        out = format!(
            "{}{}{out}",
            field_label(lang, p.field),
            lang.t("common.colon")
        );
    }
    if p.line > 0 {
        out.push_str(&format!("\u{FF0C}第 {} 行第 {} 列", p.line, p.column));
    }
    out
}

/// serde's sentence `m` in Chinese.
fn json_sentence_zh(m: &str) -> String {
    // The name in backticks after `prefix`: "missing field `student`".
    let named = |prefix: &str| -> Option<String> {
        let rest = m.strip_prefix(prefix)?.strip_prefix('`')?;
        Some(shorten(&rest[..rest.find('`')?]))
    };
    if let Some(n) = named("missing field ") {
        return format!("缺少字段\u{201C}{n}\u{201D}");
    }
    if let Some(n) = named("unknown field ") {
        return format!("有不认识的字段\u{201C}{n}\u{201D}");
    }
    if let Some(n) = named("duplicate field ") {
        return format!("字段\u{201C}{n}\u{201D}出现了两次");
    }
    if let Some(n) = named("unknown variant ") {
        return format!("\u{201C}{n}\u{201D}不是可选值");
    }
    if let Some(rest) = m.strip_prefix("invalid type: ") {
        let (found, expected) = rest.split_once(", expected ").unwrap_or((rest, ""));
        return format!(
            "类型不对\u{FF0C}此处是{}\u{FF0C}应为{}",
            found_zh(found),
            expected_zh(expected)
        );
    }
    if let Some(rest) = m.strip_prefix("invalid value: ") {
        let found = rest.split_once(", expected ").map_or(rest, |(f, _)| f);
        return format!("取值无效\u{FF0C}此处是{}", found_zh(found));
    }
    if let Some(rest) = m.strip_prefix("invalid length ") {
        let n = rest.split_once(',').map_or(rest, |(n, _)| n);
        return format!("项数不对\u{FF0C}此处有 {} 项", shorten(n));
    }
    let fixed = [
        (crate::coursework::run_file::EMPTY, "文件是空的"),
        ("EOF while parsing", "文件在中途结束\u{FF0C}可能不完整"),
        ("expected `:`", "此处应有冒号"),
        ("expected `,` or `]`", "此处应有逗号或\u{201C}]\u{201D}"),
        ("expected `,` or `}`", "此处应有逗号或\u{201C}}\u{201D}"),
        ("expected ident", "此处应为一个取值"),
        ("expected value", "此处应为一个取值"),
        ("expected `\"`", "此处应有双引号"),
        ("invalid escape", "转义字符无效"),
        ("invalid number", "数字无效"),
        ("number out of range", "数字超出范围"),
        ("invalid unicode code point", "字符编码无效"),
        ("key must be a string", "字段名必须用双引号括起来"),
        ("trailing comma", "末尾多了一个逗号"),
        ("trailing characters", "JSON 结束后还有多余的文字"),
        (
            "control character",
            "文本中有控制字符\u{FF08}如未转义的换行\u{FF09}",
        ),
        ("lone leading surrogate", "字符编码无效"),
        ("unexpected end of hex escape", "转义字符无效"),
        ("recursion limit exceeded", "嵌套层数过多"),
    ];
    fixed
        .iter()
        .find(|(en, _)| m.starts_with(en) || m.contains(en))
        .map_or_else(
            || "内容不符合 CRM 实验室文件的格式".to_string(),
            |(_, zh)| zh.to_string(),
        )
}

/// What serde found, in Chinese: `string "abc"` → 文本“abc”.
fn found_zh(found: &str) -> String {
    let quoted = |s: &str| s.trim_matches(|c| c == '`' || c == '"').to_string();
    if let Some(s) = found.strip_prefix("string ") {
        format!("文本\u{201C}{}\u{201D}", shorten(&quoted(s)))
    } else if let Some(s) = found.strip_prefix("integer ") {
        format!("整数 {}", quoted(s))
    } else if let Some(s) = found.strip_prefix("floating point ") {
        format!("小数 {}", quoted(s))
    } else if let Some(s) = found.strip_prefix("boolean ") {
        format!("布尔值 {}", quoted(s))
    } else {
        match found {
            "null" | "unit value" => "空值 null".into(),
            "map" => "对象".into(),
            "sequence" => "列表".into(),
            other => shorten(other),
        }
    }
}

/// What serde expected, in Chinese.
fn expected_zh(expected: &str) -> &'static str {
    let e = expected.to_ascii_lowercase();
    let number = [
        "f64", "f32", "u8", "u16", "u32", "u64", "i32", "i64", "usize", "number",
    ];
    if e.contains("whole number") || e.starts_with('u') || e.starts_with('i') && e.len() <= 5 {
        "整数"
    } else if number.iter().any(|n| e.contains(n)) {
        "数字"
    } else if e.contains("string") || e.contains("char") {
        "文本"
    } else if e.contains("bool") {
        "布尔值\u{FF08}true 或 false\u{FF09}"
    } else if e.contains("sequence")
        || e.contains("list")
        || e.contains("array")
        || e.contains("tuple")
    {
        "列表"
    } else if e.contains("struct") || e.contains("map") || e.contains("object") {
        "对象"
    } else {
        "另一种类型"
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
        FileProblem::NotJson(p) => lang.tf("file.not_json", &[("detail", &json_problem(lang, p))]),
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
        FileProblem::Malformed(p) => {
            lang.tf("file.malformed", &[("detail", &json_problem(lang, p))])
        }
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
    fn ranges_are_told_in_the_units_of_the_fields_box() {
        let penalty = check_range("scoring.penalty", 2.0, 0.0, 1.0).unwrap_err();
        assert_eq!(
            describe(Lang::Zh, &penalty),
            "每违反一项限制的扣分\u{FF1A}200% 超出允许范围 0% 至 100%"
        );
        let cap = check_range("constraints.spend_cap", -5.0, 0.0, 1e12).unwrap_err();
        assert!(
            describe(Lang::Zh, &cap).contains("10,000\u{a0}亿元"),
            "{}",
            describe(Lang::Zh, &cap)
        );
        let handling = check_range("complaint_handling", 1.5, 0.0, 1.0).unwrap_err();
        assert!(describe(Lang::En, &handling).contains("150%"));
        let price = check_range("price", 9.0, 0.6, 1.6).unwrap_err();
        assert!(describe(Lang::En, &price).contains("0.6 to 1.6"));
    }

    #[test]
    fn file_problems_are_told_plainly() {
        for l in Lang::ALL {
            for p in [
                FileProblem::TooLarge { bytes: 9 },
                FileProblem::NotJson(JsonProblem::new("expected value")),
                FileProblem::NotCrmLab,
                FileProblem::NewerVersion { found: 3 },
                FileProblem::TooOld { found: 0 },
                FileProblem::Malformed(JsonProblem::new("missing field `student`")),
            ] {
                let text = file_problem(l, &p);
                assert!(!text.contains('{'), "{text}");
                assert!(text.len() > 10);
            }
        }
        assert!(file_problem(Lang::En, &FileProblem::NewerVersion { found: 3 }).contains('3'));
    }

    /// Damaged files of every common kind: each is told in Chinese with
    /// its position, and no English sentence of the JSON reader is left.
    #[test]
    fn damaged_files_are_told_in_chinese_with_their_place() {
        use crate::coursework::assignment::built_in;
        use crate::coursework::run_file::read_file;
        let good = built_in().remove(0).to_json();
        let cases = [
            good.replacen("\"rounds\": ", "\"rounds\": \"twelve\", \"x\": ", 1),
            good.replacen("\"rounds\"", "\"roundz\"", 1),
            good[..good.len() / 2].to_string(),
            good.replacen(",\n", "\n", 1),
            format!("{good} extra"),
            good.replacen("\"id\"", "id", 1),
            good.replacen("\"format_version\": 1", "\"format_version\": \"1\"", 1),
        ];
        // An empty file says so (and has no place to give).
        let empty = file_problem(Lang::Zh, &read_file("  \n").unwrap_err());
        assert!(
            empty.contains("文件是空的") && !empty.contains("列"),
            "{empty}"
        );
        let english_word = |s: &str| {
            // Quoted names and field paths aside, no run of Latin letters.
            let mut bare = String::new();
            let mut quoted = false;
            for c in s.chars() {
                match c {
                    '\u{201C}' => quoted = true,
                    '\u{201D}' => quoted = false,
                    c if !quoted => bare.push(c),
                    _ => {}
                }
            }
            bare.split(|c: char| !c.is_ascii_alphabetic())
                .any(|w| w.len() >= 3 && !["CRM", "JSON", "null", "true", "false"].contains(&w))
        };
        for text in &cases {
            let Err(p) = read_file(text) else {
                panic!("a damaged file was read: {}", &text[..80]);
            };
            let zh = file_problem(Lang::Zh, &p);
            assert!(zh.contains("行第"), "{zh}");
            assert!(!english_word(&zh), "English left in: {zh}");
            assert!(
                !zh.contains("CRM 实验室文件的格式"),
                "an unknown sentence: {p:?}"
            );
            let en = file_problem(Lang::En, &p);
            assert!(en.contains("line"), "{en}");
        }
        let p = match read_file(&cases[0]) {
            Err(FileProblem::Malformed(p)) => p,
            other => panic!("{other:?}"),
        };
        assert_eq!(
            json_problem(Lang::Zh, &p),
            format!(
                "类型不对\u{FF0C}此处是文本\u{201C}twelve\u{201D}\u{FF0C}应为整数\u{FF0C}第 {} 行第 {} 列",
                p.line, p.column
            )
        );
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
        // A lever of a few percent takes 0.5 as 0.5%; complaint handling
        // (0–100%) still asks whether 0.6 meant 60%.
        assert_eq!(typed_lever(LeverId::PointsRate, "0.5", 0.0), Ok(0.005));
        assert!(typed_lever(LeverId::ComplaintHandling, "0.6", 0.5).is_err());
        assert!(typed_lever(LeverId::PointsRate, "50", 0.0).is_err());
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
