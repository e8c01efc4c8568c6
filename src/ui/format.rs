//! Numbers as people read them: thousands separators, percentages, money,
//! and levers in their display units (the scale comes from the lever's spec).

use crate::i18n::Lang;

/// `1234567.8` → `"1,234,568"` (no decimals).
/// The minus sign numbers are written with on the page (U+2212, as wide
/// as a plus; a hyphen reads as a dash beside a figure). Files keep ASCII.
pub const MINUS: char = '\u{2212}';

/// `text` with a leading hyphen written as [`MINUS`].
fn with_minus(text: String) -> String {
    match text.strip_prefix('-') {
        Some(rest) => format!("{MINUS}{rest}"),
        None => text,
    }
}

pub fn thousands(x: f64) -> String {
    let neg = x < 0.0;
    let digits = format!("{:.0}", x.abs());
    let mut out = String::new();
    for (i, ch) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(ch);
    }
    if neg && out != "0" {
        format!("{MINUS}{out}")
    } else {
        out
    }
}

/// A share as a percentage with `decimals` places: `0.1234` → `"12.3%"`.
pub fn percent(x: f64, decimals: usize) -> String {
    with_minus(format!("{:.*}%", decimals, x * 100.0))
}

/// One decimal place.
pub fn one_decimal(x: f64) -> String {
    with_minus(format!("{x:.1}"))
}

/// An amount of money as people read it. In English, whole yuan with
/// separators (`¥62,452`, `−¥1,918,765`). In Chinese, whole 元 below
/// 10 万 (`62,452 元`) and, from 10 万 up, in 万元 with one decimal
/// (`191.9 万元`, `220 万元`) or from 1 亿 up in 亿元 with two
/// (`3.01 亿元`), as Chinese counts large sums (issue: a lecturer reads
/// 191.9 万元 at a glance, not 1,918,765 元). The unit is bound to the
/// number by a no-break space, so it never wraps onto a line of its own.
/// Where the sum is shortened, [`money_exact`] gives the figure to the
/// yuan for a title (hover) and files keep it exact.
pub fn money(x: f64, lang: Lang) -> String {
    if lang == Lang::Zh {
        if let Some(short) = chinese_large(x) {
            return short;
        }
    }
    money_exact(x, lang)
}

/// An amount of money to the yuan in both languages (`¥1,918,765`,
/// `1,918,765 元`): the title of a shortened figure.
pub fn money_exact(x: f64, lang: Lang) -> String {
    money_with(&thousands(x), lang)
}

/// [`money`] as a `<span>` whose title (hover) gives the exact figure when
/// the sum is shortened: tables, the report and the course pages.
pub fn money_span(x: f64, lang: Lang) -> yew::Html {
    let title = money_is_shortened(x, lang).then(|| money_exact(x, lang));
    yew::html! { <span class="money" title={title}>{ money(x, lang) }</span> }
}

/// Whether [`money`] (or [`money_short`]) rounds `x` in `lang`, so that the
/// exact figure belongs in a title.
pub fn money_is_shortened(x: f64, lang: Lang) -> bool {
    match lang {
        Lang::Zh => x.abs() >= 1e5,
        Lang::En => false,
    }
}

/// `x` in 万元 or 亿元 when it is at least 10 万 in size, trailing zeros
/// of the decimals dropped (`220 万元`, not `220.0 万元`).
fn chinese_large(x: f64) -> Option<String> {
    ChineseUnit::for_size(x.abs()).map(|u| u.show(x, true))
}

/// The larger units Chinese counts money in.
#[derive(Clone, Copy, Debug, PartialEq)]
enum ChineseUnit {
    /// 万元, one decimal: from 10 万 up.
    Wan,
    /// 亿元, two decimals: from 1 亿 up.
    Yi,
}

impl ChineseUnit {
    /// The unit a sum of `size` yuan (≥ 0) is read in, if not in 元.
    fn for_size(size: f64) -> Option<Self> {
        if size >= 1e8 {
            Some(ChineseUnit::Yi)
        } else if size >= 1e5 {
            Some(ChineseUnit::Wan)
        } else {
            None
        }
    }

    /// `x` in this unit (`191.9 万元`, `0.3 万元`), trailing zeros of the
    /// decimals dropped if `trim` (`220 万元`; down a column they stay, so
    /// the figures line up: `220.0 万元`).
    fn show(self, x: f64, trim: bool) -> String {
        let (value, decimals, unit) = match self {
            ChineseUnit::Yi => (x / 1e8, 2, "亿元"),
            ChineseUnit::Wan => (x / 1e4, 1, "万元"),
        };
        let text = thousands_decimals(value, decimals);
        let text = match text.split_once('.') {
            Some((whole, frac)) if trim && frac.bytes().all(|b| b == b'0') => whole.to_string(),
            Some((whole, frac)) if trim => format!("{whole}.{}", frac.trim_end_matches('0')),
            _ => text,
        };
        format!("{text}\u{a0}{unit}")
    }
}

/// Money down a table's column. In Chinese a column whose largest figure
/// reaches 10 万 is in 万元 throughout, to one decimal, so it compares at a
/// glance (`776.4 万元` above `1.0 万元`, not above `9,600 元`); never in
/// 亿元, whose two decimals would write ¥365,950 as 0.00; a sum too small
/// to show in 万元 (under ¥500, nothing included) is written to the yuan
/// (`0 元`, `−400 元`) rather than as 0.0 万元. In English, as [`money`]. A shortened figure carries the
/// exact one as its title.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct MoneyColumn {
    lang: Lang,
    unit: Option<ChineseUnit>,
}

impl MoneyColumn {
    /// The column of `values` (yuan) in `lang`.
    pub fn of(values: impl IntoIterator<Item = f64>, lang: Lang) -> Self {
        let largest = values
            .into_iter()
            .filter(|v| v.is_finite())
            .fold(0.0, |m: f64, v| m.max(v.abs()));
        MoneyColumn {
            lang,
            unit: (lang == Lang::Zh && largest >= 1e5).then_some(ChineseUnit::Wan),
        }
    }

    /// `x` as the column shows it.
    pub fn text(&self, x: f64) -> String {
        match self.unit {
            Some(u) if x.abs() >= 500.0 => u.show(x, false),
            _ => money_exact(x, self.lang),
        }
    }

    /// `x` as a `<span>`, with the exact figure as its title when shortened.
    pub fn span(&self, x: f64) -> yew::Html {
        let title = (self.unit.is_some() && x.abs() >= 500.0).then(|| money_exact(x, self.lang));
        yew::html! { <span class="money" title={title}>{ self.text(x) }</span> }
    }
}

/// Money with a given number of decimals (`¥1,784.69`, `1,784.69 元`),
/// never shortened: for worked sums where every digit is part of the lesson.
pub fn money_decimals(x: f64, decimals: usize, lang: Lang) -> String {
    money_with(&thousands_decimals(x, decimals), lang)
}

/// The number text `n` (perhaps signed) with the currency of `lang`.
fn money_with(n: &str, lang: Lang) -> String {
    match lang {
        Lang::En => match n.strip_prefix(MINUS) {
            Some(abs) => format!("{MINUS}¥{abs}"),
            None => format!("¥{n}"),
        },
        Lang::Zh => format!("{n}\u{a0}元"),
    }
}

/// Money shortened for a card: in English, below a million as [`money`]
/// and above in millions with one decimal (`¥30.1 M`); in Chinese as
/// [`money`] (万元 from 10 万 up). The exact figure belongs in the card's
/// title ([`money_exact`]).
pub fn money_short(x: f64, lang: Lang) -> String {
    match lang {
        Lang::En if x.abs() >= 1e6 => {
            money_with(&with_minus(format!("{:.1}\u{a0}M", x / 1e6)), lang)
        }
        _ => money(x, lang),
    }
}

/// Whether [`money_short`] rounds `x` in `lang`.
pub fn money_short_is_shortened(x: f64, lang: Lang) -> bool {
    match lang {
        Lang::En => x.abs() >= 1e6,
        Lang::Zh => money_is_shortened(x, lang),
    }
}

/// The divisor of a monthly money axis, whose unit is `axis.yuan_scaled`:
/// thousands of yuan in English (`¥ thousand`), 万元 in Chinese (Chinese
/// counts in 万; an axis in 千元 or 百万元 reads as a translation).
pub fn money_axis(lang: Lang) -> f64 {
    match lang {
        Lang::En => 1e3,
        Lang::Zh => 1e4,
    }
}

/// The divisor of the customer-equity axis (`axis.equity`): millions of
/// yuan in English, 万元 in Chinese.
pub fn equity_axis(lang: Lang) -> f64 {
    match lang {
        Lang::En => 1e6,
        Lang::Zh => 1e4,
    }
}

/// `1234.567` with 2 decimals → `"1,234.57"`.
pub fn thousands_decimals(x: f64, decimals: usize) -> String {
    if decimals == 0 {
        return thousands(x);
    }
    let text = format!("{:.*}", decimals, x.abs());
    let (whole, frac) = text.split_once('.').unwrap_or((&text, ""));
    let whole = thousands(whole.parse::<f64>().unwrap_or(0.0));
    let zero = whole == "0" && frac.bytes().all(|b| b == b'0');
    let sign = if x < 0.0 && !zero { "\u{2212}" } else { "" };
    format!("{sign}{whole}.{frac}")
}

/// How many display units one model unit of a lever is (its spec says:
/// complaint handling is shown in percent).
pub fn display_scale(lever: crate::sim::LeverId) -> f64 {
    lever.spec().display_scale
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(thousands(1_234_567.8), "1,234,568");
        assert_eq!(thousands(-1500.0), "\u{2212}1,500");
        assert_eq!(thousands(999.0), "999");
        assert_eq!(thousands(-0.2), "0");
        assert_eq!(percent(0.1234, 1), "12.3%");
        assert_eq!(one_decimal(59.46), "59.5");
        assert_eq!(thousands_decimals(1784.6949, 2), "1,784.69");
        assert_eq!(thousands_decimals(-0.001, 2), "0.00");
        assert_eq!(thousands_decimals(-12345.5, 1), "\u{2212}12,345.5");
    }

    #[test]
    fn a_money_column_reads_in_one_unit() {
        let scores = [7_763_970.0, -115_954.0, 9_600.0, 0.0, -400.0];
        let zh = MoneyColumn::of(scores, Lang::Zh);
        let shown: Vec<String> = scores.iter().map(|&x| zh.text(x)).collect();
        assert_eq!(
            shown,
            [
                "776.4\u{a0}万元",
                "\u{2212}11.6\u{a0}万元",
                "1.0\u{a0}万元",
                "0\u{a0}元",
                "\u{2212}400\u{a0}元"
            ]
        );
        // Small sums stay in 元; a column reaching 亿 stays in 万元, so a
        // penalty of ¥365,950 beside a score of −13.8 亿 does not read as 0.
        let small = MoneyColumn::of([62_452.2, 900.0], Lang::Zh);
        assert_eq!(small.text(900.0), "900\u{a0}元");
        let huge = MoneyColumn::of([-1_383_000_000.0, f64::NAN], Lang::Zh);
        assert_eq!(huge.text(365_950.0), "36.6\u{a0}万元");
        assert_eq!(huge.text(-1_383_000_000.0), "\u{2212}138,300.0\u{a0}万元");
        // English writes every figure to the yuan.
        let en = MoneyColumn::of(scores, Lang::En);
        assert_eq!(en.text(-115_954.0), "\u{2212}¥115,954");
        assert_eq!(en.text(9_600.0), money(9_600.0, Lang::En));
    }

    #[test]
    fn money_has_one_format_per_language() {
        assert_eq!(money(62_452.2, Lang::En), "¥62,452");
        assert_eq!(money(-893_184.0, Lang::En), "\u{2212}¥893,184");
        assert_eq!(money(62_452.2, Lang::Zh), "62,452\u{a0}元");
        assert_eq!(money_exact(-893_184.0, Lang::Zh), "\u{2212}893,184\u{a0}元");
        assert_eq!(money(-0.3, Lang::En), "¥0");
        assert_eq!(money_short(30_111_222.0, Lang::En), "¥30.1\u{a0}M");
        assert_eq!(money_short(-30_111_222.0, Lang::En), "\u{2212}¥30.1\u{a0}M");
        assert_eq!(money_short(30_111_222.0, Lang::Zh), "3,011.1\u{a0}万元");
        assert_eq!(money_short(999_999.0, Lang::En), "¥999,999");
        assert_eq!(money(99_999.0, Lang::Zh), "99,999\u{a0}元");
        assert_eq!(money(1_918_765.0, Lang::Zh), "191.9\u{a0}万元");
        assert_eq!(money(2_200_000.0, Lang::Zh), "220\u{a0}万元");
        assert_eq!(money(-1_918_765.0, Lang::Zh), "\u{2212}191.9\u{a0}万元");
        assert_eq!(money(301_000_000.0, Lang::Zh), "3.01\u{a0}亿元");
        assert_eq!(money(120_000_000.0, Lang::Zh), "1.2\u{a0}亿元");
        assert_eq!(money(1_918_765.0, Lang::En), "¥1,918,765");
        assert_eq!(money_exact(1_918_765.0, Lang::Zh), "1,918,765\u{a0}元");
        assert!(money_is_shortened(100_000.0, Lang::Zh));
        assert!(!money_is_shortened(99_999.0, Lang::Zh));
        assert!(!money_is_shortened(1e9, Lang::En));
        assert_eq!(money_decimals(1784.694, 2, Lang::En), "¥1,784.69");
    }
}
