//! Chinese text uses full-width punctuation (，；：（）) in sentences, as
//! Chinese readers expect; ASCII stays in numbers (1,000, 5:1) and in
//! code-like names. Every string literal of the sources is checked, so a
//! Chinese sentence anywhere (string tables, lessons, glossary, built-in
//! assignments, messages built in code) is covered.
#![cfg(not(target_arch = "wasm32"))]

use std::path::Path;

mod common;

use common::sources::{literals, rust_files, source_texts};

fn is_cjk(c: char) -> bool {
    matches!(c, '\u{4e00}'..='\u{9fff}' | '\u{3000}'..='\u{303f}' | '\u{ff00}'..='\u{ffef}')
}

/// ASCII commas and semicolons with Chinese on both sides (spaces aside);
/// ASCII question and exclamation marks ending a Chinese sentence; an ASCII
/// colon next to Chinese (a ratio such as 5:1 aside); and, in Chinese text,
/// ASCII parentheses next to a Chinese character (a formula's, such as
/// (1+d−r), stay ASCII; an English sentence may quote 中文 in its own
/// parentheses).
fn ascii_between_cjk(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    let han = |c: &char| ('\u{4e00}'..='\u{9fff}').contains(c);
    let latin = chars.iter().filter(|c| c.is_ascii_alphabetic()).count();
    let chinese_text = chars.iter().filter(|c| han(c)).count() * 2 > latin;
    let at = |i: usize| -> String {
        chars[i.saturating_sub(8)..(i + 8).min(chars.len())]
            .iter()
            .collect()
    };
    for (i, &c) in chars.iter().enumerate() {
        let prev = i.checked_sub(1).map(|k| chars[k]);
        let next = chars.get(i + 1).copied();
        let near_han = prev.is_some_and(|p| han(&p)) || next.is_some_and(|n| han(&n));
        if (c == '?' || c == '!') && (near_han || (chinese_text && prev == Some('\u{201D}'))) {
            found.push(chars[i.saturating_sub(8)..=i].iter().collect());
            continue;
        }
        if c == ':' && near_han {
            found.push(at(i));
            continue;
        }
        if chinese_text && (c == '(' || c == ')') && near_han {
            found.push(at(i));
            continue;
        }
        if c != ',' && c != ';' {
            continue;
        }
        let before = chars[..i].iter().rev().find(|c| **c != ' ');
        let after = chars[i + 1..].iter().find(|c| **c != ' ');
        if before.is_some_and(|c| is_cjk(*c)) && after.is_some_and(|c| is_cjk(*c)) {
            let from = i.saturating_sub(8);
            found.push(chars[from..(i + 8).min(chars.len())].iter().collect());
        }
    }
    found
}

#[test]
fn chinese_sentences_use_full_width_punctuation() {
    let mut files = Vec::new();
    rust_files(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("src"),
        &mut files,
    );
    assert!(files.len() > 50, "the sources were found");
    let mut bad = Vec::new();
    let mut chinese = 0;
    for f in &files {
        let src = std::fs::read_to_string(f).unwrap();
        for lit in literals(&src) {
            if lit.chars().any(is_cjk) {
                chinese += 1;
            }
            for at in ascii_between_cjk(&lit) {
                bad.push(format!("{}: …{at}…", f.display()));
            }
            // Text encoded twice (UTF-8 read as Latin-1) shows as "ï¼" and
            // C1 control characters.
            if lit.contains("ï¼") || lit.chars().any(|c| ('\u{80}'..='\u{9f}').contains(&c)) {
                bad.push(format!(
                    "{}: garbled text: {}",
                    f.display(),
                    lit.chars().take(40).collect::<String>()
                ));
            }
        }
    }
    assert!(chinese > 500, "Chinese texts were read ({chinese})");
    assert!(
        bad.is_empty(),
        "ASCII punctuation in Chinese sentences:\n{}",
        bad.join("\n")
    );
}

/// A Chinese character written against a Latin letter or a digit, where
/// the product's Chinese puts a space between them (第 12 个月, CRM 绩效指标,
/// 每 1 元): each such place, with what is around it.
fn unspaced(text: &str) -> Vec<String> {
    let han = |c: char| ('\u{4e00}'..='\u{9fff}').contains(&c);
    if text.chars().filter(|c| han(*c)).count() < 2 {
        return Vec::new();
    }
    let chars: Vec<char> = text.chars().collect();
    chars
        .windows(2)
        .enumerate()
        .filter(|(_, w)| {
            (han(w[0]) && w[1].is_ascii_alphanumeric())
                || (w[0].is_ascii_alphanumeric() && han(w[1]))
        })
        .map(|(i, _)| {
            chars[i.saturating_sub(6)..(i + 8).min(chars.len())]
                .iter()
                .collect()
        })
        .collect()
}

#[test]
fn chinese_is_spaced_from_latin_letters_and_digits() {
    let mut bad = Vec::new();
    for (file, texts) in source_texts() {
        for text in texts {
            for at in unspaced(&text) {
                bad.push(format!("{}: …{at}…", file.display()));
            }
        }
    }
    assert!(
        bad.is_empty(),
        "no space between Chinese and Latin or digits:\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_check_finds_what_it_looks_for() {
    assert_eq!(unspaced("满意度第10百分位").len(), 2);
    assert!(unspaced("满意度第 10 百分位").is_empty());
    assert_eq!(unspaced("CRM绩效指标").len(), 1);
    assert!(unspaced("第 12 个月：12%").is_empty());
    assert_eq!(ascii_between_cjk("客户,价值").len(), 1);
    assert_eq!(ascii_between_cjk("范围; 保留").len(), 1);
    assert!(ascii_between_cjk("1,000 元").is_empty());
    assert!(ascii_between_cjk("客户，价值").is_empty());
    assert_eq!(ascii_between_cjk("是多少?").len(), 1);
    assert_eq!(ascii_between_cjk("比如:保留").len(), 1);
    assert!(ascii_between_cjk("比例 5:1 的").is_empty());
    assert_eq!(ascii_between_cjk("萨瑟(1995)指出").len(), 2);
    assert_eq!(ascii_between_cjk("客户(已预告)").len(), 2);
    assert!(ascii_between_cjk("公式 m·r/(1+d−r)：倍数").is_empty());
    assert!(ascii_between_cjk("Lesson title (中文)").is_empty());
    assert_eq!(
        literals("let a = \"x,y\"; // \"not\"\nlet b = '\"'; \"z\""),
        ["x,y", "z"]
    );
}
