//! The interface's words in 简体中文 and English: one table of strings per
//! language (`en.rs`, `zh.rs`), keyed by the same names, checked complete by
//! tests, and one [`Text`] type for content written beside the code
//! (lessons, glossary). Keys are `&'static str` literals or come from the
//! total functions of `ui::keys`: no key is built at run time, so the tests
//! see every key the page can ask for.

pub mod columns;
mod en;
mod zh;

use serde::{Deserialize, Serialize};

/// A text in both languages, English first: `Text` (of `&'static str`)
/// for content written beside the code (lessons, glossary), `Text<String>`
/// for content read from files (assignments). Where one language is left
/// empty, the other is shown.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Text<S = &'static str> {
    pub en: S,
    pub zh: S,
}

/// A text in both languages (English first, as everywhere).
pub const fn t(en: &'static str, zh: &'static str) -> Text {
    Text { en, zh }
}

impl Text {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &'static str {
        lang.pick(self.en, self.zh)
    }
}

impl Text<String> {
    pub fn new(en: &str, zh: &str) -> Self {
        Text {
            en: en.into(),
            zh: zh.into(),
        }
    }

    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        lang.pick(&self.en, &self.zh)
    }
}

/// Written as `{"zh": …, "en": …}`, as assignment files have it.
impl Serialize for Text<String> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("zh", &self.zh)?;
        m.serialize_entry("en", &self.en)?;
        m.end()
    }
}

/// Read only from an object `{"zh": …, "en": …}` with both fields and no
/// other (a list such as `["a", "b"]` is refused, as serde would otherwise
/// take it for the two fields in order).
impl<'de> Deserialize<'de> for Text<String> {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        use serde::de::Error;
        let mut m = std::collections::BTreeMap::<String, String>::deserialize(d)?;
        let text = Text {
            en: m
                .remove("en")
                .ok_or_else(|| D::Error::missing_field("en"))?,
            zh: m
                .remove("zh")
                .ok_or_else(|| D::Error::missing_field("zh"))?,
        };
        match m.keys().next() {
            Some(other) => Err(D::Error::unknown_field(other, &["zh", "en"])),
            None => Ok(text),
        }
    }
}

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// Of two texts (English first), the one in this language, or the other
    /// when this one is empty: the one way the code chooses by language.
    pub fn pick<'a>(self, en: &'a str, zh: &'a str) -> &'a str {
        let (first, second) = match self {
            Lang::En => (en, zh),
            Lang::Zh => (zh, en),
        };
        if first.trim().is_empty() {
            second
        } else {
            first
        }
    }

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The short code used in links (`zh`, `en`).
    pub fn code(self) -> &'static str {
        match self {
            Lang::Zh => "zh",
            Lang::En => "en",
        }
    }

    /// The other language (for the switch button).
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }

    /// The language for a browser language tag: Chinese for any `zh*`, else English.
    pub fn from_tag(tag: &str) -> Lang {
        if tag.to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    fn table(self) -> &'static [(&'static str, &'static str)] {
        match self {
            Lang::Zh => zh::STRINGS,
            Lang::En => en::STRINGS,
        }
    }

    /// The text for `key`; the key itself if the table lacks it (a test makes
    /// sure none does).
    pub fn t(self, key: &'static str) -> &'static str {
        self.table()
            .iter()
            .find(|(k, _)| *k == key)
            .map(|(_, v)| *v)
            .unwrap_or(key)
    }

    /// The text for `key` with `{name}` placeholders filled in.
    pub fn tf(self, key: &'static str, args: &[(&str, &str)]) -> String {
        let mut s = self.t(key).to_string();
        for (name, value) in args {
            s = s.replace(&format!("{{{name}}}"), value);
        }
        s
    }

    /// `label` followed by `unit` in parentheses, with the parentheses and
    /// spacing of the language: `Months (months)`, `模拟期（个月）`. Every
    /// label built in code with an aside goes through here, so no ASCII
    /// parenthesis lands beside a Chinese word.
    pub fn with_unit(self, label: &str, unit: &str) -> String {
        self.tf(
            "common.label_with_unit",
            &[("label", label), ("unit", unit)],
        )
    }

    /// What goes between two sentences written one after the other: a space
    /// in English, nothing after a Chinese full stop (。).
    pub fn sentence_gap(self) -> &'static str {
        match self {
            Lang::En => " ",
            Lang::Zh => "",
        }
    }

    /// Whether the table has `key` (for the tests that check the tables).
    pub fn has(self, key: &str) -> bool {
        self.table().iter().any(|(k, _)| *k == key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_in_every_language_once() {
        let keys = |l: Lang| {
            let mut k: Vec<&str> = l.table().iter().map(|(k, _)| *k).collect();
            k.sort_unstable();
            k
        };
        let zh = keys(Lang::Zh);
        let en = keys(Lang::En);
        assert_eq!(zh, en, "the two tables must have the same keys");
        let mut dedup = zh.clone();
        dedup.dedup();
        assert_eq!(dedup.len(), zh.len(), "a key appears twice");
        for l in Lang::ALL {
            assert!(l.table().iter().all(|(_, v)| !v.trim().is_empty()));
        }
    }

    #[test]
    fn every_model_name_shown_on_screen_has_words() {
        use crate::sim::{Band, Quadrant, Stage, Tier, BUILT_IN, LEVERS};
        let _ = Band::ALL;
        for l in Lang::ALL {
            for spec in &LEVERS {
                for suffix in ["", ".unit", ".help"] {
                    assert!(
                        l.has(&format!("lever.{}{suffix}", spec.name)),
                        "{l:?} {}",
                        spec.name
                    );
                }
            }
            for name in BUILT_IN {
                assert!(
                    l.has(&format!("scenario.{name}")) && l.has(&format!("scenario.{name}.help"))
                );
            }
            for s in Stage::ALL {
                assert!(l.has(&format!("stage.{}", s.name())));
            }
            for q in Quadrant::ALL {
                assert!(l.has(&format!("quadrant.{}", q.name())));
            }
            for t in Tier::ALL {
                assert!(l.has(&format!("tier.{}", t.name())));
            }
        }
        assert_eq!(
            Lang::En.tf("kpi.heading", &[("month", "7")]),
            "Key figures in month 7"
        );
    }

    #[test]
    fn browser_language_picks_the_interface_language() {
        assert_eq!(Lang::from_tag("zh-CN"), Lang::Zh);
        assert_eq!(Lang::from_tag("zh-TW"), Lang::Zh);
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag("fr"), Lang::En);
    }

    /// The Rust files of `src/`.
    fn source_files() -> Vec<std::path::PathBuf> {
        fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
            for e in std::fs::read_dir(dir).unwrap().flatten() {
                let p = e.path();
                if p.is_dir() {
                    walk(&p, out);
                } else if p.extension().is_some_and(|x| x == "rs") {
                    out.push(p);
                }
            }
        }
        let mut paths = Vec::new();
        walk(
            &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
            &mut paths,
        );
        paths
    }

    /// Every key the interface's code asks for by name (`.t("…")`,
    /// `.tf("…", …)`) is in both tables: a missing one would show its key.
    #[test]
    fn every_key_used_in_the_code_has_words() {
        let mut seen = 0;
        for p in source_files() {
            let text = std::fs::read_to_string(&p).unwrap();
            for pat in [".t(\"", ".tf(\"", ".tf(\n"] {
                for (at, _) in text.match_indices(pat) {
                    let rest = text[at + pat.len()..].trim_start().trim_start_matches('"');
                    let Some(end) = rest.find('"') else { continue };
                    let key = &rest[..end];
                    let is_key = key
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '.');
                    if key.is_empty() || !is_key {
                        continue;
                    }
                    seen += 1;
                    for l in Lang::ALL {
                        assert!(l.has(key), "{l:?} lacks '{key}' used in {}", p.display());
                    }
                }
            }
        }
        assert!(seen > 200, "the scan found the keys ({seen})");
    }

    /// Every key has one style: an area, then dot-separated names in
    /// lower case with underscores (`kpi.retention.help`); a key's parts
    /// (its help, unit, label…) are further names, not suffixes.
    #[test]
    fn every_key_has_the_one_style() {
        for (key, _) in Lang::En.table() {
            let parts: Vec<&str> = key.split('.').collect();
            assert!(parts.len() >= 2, "'{key}' has no area");
            assert!(
                parts.iter().all(|p| !p.is_empty()
                    && p.chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')),
                "'{key}'"
            );
            for part in ["_help", "_unit", "_label", "_where", "_action"] {
                let base = key.strip_suffix(part);
                assert!(
                    !base.is_some_and(|b| Lang::En.has(b)),
                    "'{key}': the {} of '{}' is a part of it, '.{}'",
                    &part[1..],
                    base.unwrap_or_default(),
                    &part[1..]
                );
            }
        }
    }

    /// Every string literal of the sources that has a key's form and
    /// starts with a key's area is in both tables, wherever it is passed
    /// (a notice, a key function, a table of keys), not only in `.t("…")`.
    #[test]
    fn every_literal_with_a_keys_form_is_in_the_tables() {
        let areas: std::collections::BTreeSet<&str> = Lang::En
            .table()
            .iter()
            .map(|(k, _)| k.split('.').next().unwrap())
            .collect();
        let mut seen = 0;
        for p in source_files() {
            if p.ends_with("i18n/en.rs") || p.ends_with("i18n/zh.rs") {
                continue;
            }
            let text = std::fs::read_to_string(&p).unwrap();
            for literal in text.split('"').skip(1).step_by(2) {
                let parts: Vec<&str> = literal.split('.').collect();
                let key_form = parts.len() >= 2
                    && parts.iter().all(|p| {
                        !p.is_empty()
                            && p.chars()
                                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
                    });
                if !key_form || !areas.contains(parts[0]) {
                    continue;
                }
                seen += 1;
                for l in Lang::ALL {
                    assert!(
                        l.has(literal),
                        "{l:?} lacks '{literal}' used in {}",
                        p.display()
                    );
                }
            }
        }
        assert!(seen > 400, "the scan found the keys ({seen})");
    }
}
