//! One name per concept: no Chinese text of the product (string tables,
//! lessons, glossary, built-in assignments, messages built in code) uses a
//! name the terminology table sets aside (`concepts::terms`), such as 杠杆
//! for a decision variable or 获客率 for the new-customer acquisition rate.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use crm_lab::concepts::terms::NAMES;
use crm_lab::coursework::assignment::FORMER_ZH;

/// The names set aside that `text` uses. The table's own names are taken
/// out first, so a name set aside that is part of a right one (非常不满 in
/// 非常不满意) is not counted.
fn set_aside_in(text: &str) -> Vec<(&'static str, &'static str)> {
    let mut names: Vec<&str> = NAMES.iter().map(|n| n.name.zh).collect();
    names.sort_by_key(|n| std::cmp::Reverse(n.chars().count()));
    let mut rest = text.to_string();
    for n in names {
        rest = rest.replace(n, "\u{25A1}");
    }
    NAMES
        .iter()
        .flat_map(|n| n.not_zh.iter().map(move |v| (n.name.zh, *v)))
        .filter(|(_, v)| rest.contains(v))
        .collect()
}

#[test]
fn no_chinese_text_uses_a_name_set_aside() {
    let mut bad = Vec::new();
    let mut read = 0;
    for (file, texts) in common::sources::source_texts() {
        if file.ends_with("concepts/terms.rs") {
            continue;
        }
        for text in texts {
            // Earlier wordings of built-in assignments stay as students saved them.
            if FORMER_ZH.iter().any(|(_, _, zh)| *zh == text) {
                continue;
            }
            // Names set aside are Chinese names: English text may say them.
            let han = text
                .chars()
                .filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c))
                .count();
            let latin = text.chars().filter(char::is_ascii_alphabetic).count();
            if han * 2 <= latin {
                continue;
            }
            read += 1;
            for (right, wrong) in set_aside_in(&text) {
                let at = text.find(wrong).unwrap_or(0);
                let from = text[..at].char_indices().rev().nth(8).map_or(0, |(i, _)| i);
                let near: String = text[from..].chars().take(24).collect();
                bad.push(format!("{}: {wrong} → {right}: …{near}…", file.display()));
            }
        }
    }
    assert!(read > 1000, "the Chinese texts were read ({read})");
    assert!(bad.is_empty(), "names set aside:\n{}", bad.join("\n"));
}

#[test]
fn the_check_finds_what_it_looks_for() {
    assert_eq!(set_aside_in("把杠杆调高"), [("决策变量", "杠杆")]);
    assert!(set_aside_in("非常不满意的客户").is_empty());
    assert_eq!(set_aside_in("非常不满的客户").len(), 1);
    assert!(set_aside_in("新客户获得率").is_empty());
    assert_eq!(set_aside_in("获客率上升"), [("新客户获得率", "获客率")]);
}

#[test]
fn the_literals_are_read_as_the_program_holds_them() {
    use common::sources::unescape;
    assert_eq!(unescape("a\\u{FF08}b\\u{FF09}"), "a（b）");
    assert_eq!(unescape("x\\ny"), "x\ny");
    assert_eq!(unescape("one \\\n             two"), "one two");
}
