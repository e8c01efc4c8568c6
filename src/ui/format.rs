//! Numbers as people read them: thousands separators, percentages, money,
//! and levers in their display units (the scale comes from the lever's spec).

use crate::i18n::Lang;

/// `1234567.8` → `"1,234,568"` (no decimals).
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
        format!("-{out}")
    } else {
        out
    }
}

/// A share as a percentage with `decimals` places: `0.1234` → `"12.3%"`.
pub fn percent(x: f64, decimals: usize) -> String {
    format!("{:.*}%", decimals, x * 100.0)
}

/// One decimal place.
pub fn one_decimal(x: f64) -> String {
    format!("{x:.1}")
}

/// An amount of money, whole yuan, in the one format of each language:
/// `¥62,452` and `-¥893,184` in English, `62,452 元` and `-893,184 元` in
/// Chinese. The unit is bound to the number by a no-break space, so it never
/// wraps onto a line of its own.
pub fn money(x: f64, lang: Lang) -> String {
    money_with(&thousands(x), lang)
}

/// Money with a given number of decimals (`¥1,784.69`, `1,784.69 元`).
pub fn money_decimals(x: f64, decimals: usize, lang: Lang) -> String {
    money_with(&thousands_decimals(x, decimals), lang)
}

/// The number text `n` (perhaps signed) with the currency of `lang`.
fn money_with(n: &str, lang: Lang) -> String {
    match lang {
        Lang::En => match n.strip_prefix('-') {
            Some(abs) => format!("-¥{abs}"),
            None => format!("¥{n}"),
        },
        Lang::Zh => format!("{n}\u{a0}元"),
    }
}

/// Money shortened for a card: below a million as [`money`]; above, in
/// millions with one decimal in English (`¥30.1 M`) and in 万 (ten
/// thousands) in Chinese (`3,011 万元`), as each language counts large sums.
/// The exact figure belongs in the card's title.
pub fn money_short(x: f64, lang: Lang) -> String {
    if x.abs() < 1e6 {
        return money(x, lang);
    }
    match lang {
        Lang::En => money_with(&format!("{:.1}\u{a0}M", x / 1e6), lang),
        Lang::Zh => format!("{}\u{a0}万元", thousands(x / 1e4)),
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
    let sign = if x < 0.0 && !zero { "-" } else { "" };
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
        assert_eq!(thousands(-1500.0), "-1,500");
        assert_eq!(thousands(999.0), "999");
        assert_eq!(thousands(-0.2), "0");
        assert_eq!(percent(0.1234, 1), "12.3%");
        assert_eq!(one_decimal(59.46), "59.5");
        assert_eq!(thousands_decimals(1784.6949, 2), "1,784.69");
        assert_eq!(thousands_decimals(-0.001, 2), "0.00");
        assert_eq!(thousands_decimals(-12345.5, 1), "-12,345.5");
    }

    #[test]
    fn money_has_one_format_per_language() {
        assert_eq!(money(62_452.2, Lang::En), "¥62,452");
        assert_eq!(money(-893_184.0, Lang::En), "-¥893,184");
        assert_eq!(money(62_452.2, Lang::Zh), "62,452\u{a0}元");
        assert_eq!(money(-893_184.0, Lang::Zh), "-893,184\u{a0}元");
        assert_eq!(money(-0.3, Lang::En), "¥0");
        assert_eq!(money_short(30_111_222.0, Lang::En), "¥30.1\u{a0}M");
        assert_eq!(money_short(-30_111_222.0, Lang::En), "-¥30.1\u{a0}M");
        assert_eq!(money_short(30_111_222.0, Lang::Zh), "3,011\u{a0}万元");
        assert_eq!(money_short(999_999.0, Lang::Zh), "999,999\u{a0}元");
        assert_eq!(money_decimals(1784.694, 2, Lang::En), "¥1,784.69");
    }
}
