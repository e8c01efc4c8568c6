//! The interface's words in 简体中文 and English: one table of strings per
//! language, keyed by the same names, checked complete by a test.

mod en;
mod zh;

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Lang {
    Zh,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Zh, Lang::En];

    /// The BCP 47 tag for `<html lang>`.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
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
    fn browser_language_picks_the_interface_language() {
        assert_eq!(Lang::from_tag("zh-CN"), Lang::Zh);
        assert_eq!(Lang::from_tag("zh-TW"), Lang::Zh);
        assert_eq!(Lang::from_tag("en-GB"), Lang::En);
        assert_eq!(Lang::from_tag("fr"), Lang::En);
    }
}
