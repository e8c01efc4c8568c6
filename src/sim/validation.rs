//! Errors for scenarios, levers and decision files that a person wrote.
//!
//! Every error names the field, says what is allowed and what was given, so a
//! student or lecturer can fix a file without reading code. Errors are data
//! (not just strings) so the interface can word them in the user's language.

use std::fmt;

/// The current version of every file format the model reads and writes
/// (scenarios, decision schedules, run summaries).
pub const FORMAT_VERSION: u32 = 1;

/// What is wrong with one field.
#[derive(Clone, Debug, PartialEq)]
pub enum Problem {
    /// A number outside its documented range.
    OutOfRange { value: f64, min: f64, max: f64 },
    /// NaN or infinity.
    NotFinite,
    /// A name that is not one of the allowed names.
    UnknownName { given: String, allowed: Vec<String> },
    /// A value that could not be read as the field's type.
    NotANumber { given: String },
    /// Any other rule, stated in a sentence in English and in Chinese (the
    /// English one where no translation is given, such as a JSON reader's
    /// own message).
    Rule { en: String, zh: String },
}

/// A validation error: which field, and what is wrong with it.
#[derive(Clone, Debug, PartialEq)]
pub struct ValidationError {
    pub field: String,
    pub problem: Problem,
}

impl ValidationError {
    pub fn new(field: impl Into<String>, problem: Problem) -> Self {
        ValidationError {
            field: field.into(),
            problem,
        }
    }

    /// A rule stated in English only (the Chinese page shows it as is).
    /// Input quoted in it is shortened (see [`tidy`]).
    pub fn rule(field: impl Into<String>, sentence: impl Into<String>) -> Self {
        let en = tidy(&sentence.into());
        Self::new(field, Problem::Rule { zh: en.clone(), en })
    }

    /// A rule stated in both languages.
    pub fn rule_in(field: impl Into<String>, en: impl Into<String>, zh: impl Into<String>) -> Self {
        Self::new(
            field,
            Problem::Rule {
                en: tidy(&en.into()),
                zh: tidy(&zh.into()),
            },
        )
    }
}

/// A sentence that may quote input (a JSON reader's message quotes the
/// unknown field it met): every word longer than 50 characters is
/// shortened, and the sentence is kept to 300 characters.
pub fn tidy(sentence: &str) -> String {
    let one_line: String = sentence
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let words: Vec<String> = one_line
        .split(' ')
        .map(|w| {
            if w.chars().count() > 50 {
                shorten(w)
            } else {
                w.to_string()
            }
        })
        .collect();
    let joined = words.join(" ");
    if joined.chars().count() > 300 {
        format!("{}…", joined.chars().take(300).collect::<String>())
    } else {
        joined
    }
}

/// Input echoed in a message, shortened: a pasted 1.9 MB text or a
/// 309-digit number is shown by its first 40 characters and its length.
/// Line breaks and other control characters in it are shown as spaces, so
/// a message stays one line.
pub fn shorten(text: &str) -> String {
    const KEEP: usize = 40;
    let text: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect();
    let n = text.chars().count();
    if n <= KEEP + 10 {
        return text;
    }
    let head: String = text.chars().take(KEEP).collect();
    format!("{head}… ({n} characters)")
}

/// Formats a number without needless trailing zeros.
pub fn fmt_num(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e15 {
        format!("{}", x as i64)
    } else {
        let s = format!("{x:.6}");
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

impl fmt::Display for ValidationError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.problem {
            Problem::OutOfRange { value, min, max } => write!(
                f,
                "{}: {} is outside the allowed range {} to {}",
                self.field,
                fmt_num(*value),
                fmt_num(*min),
                fmt_num(*max)
            ),
            Problem::NotFinite => write!(f, "{}: must be a finite number", self.field),
            Problem::UnknownName { given, allowed } => write!(
                f,
                "{}: unknown name '{}' (allowed: {})",
                self.field,
                shorten(given),
                allowed.join(", ")
            ),
            Problem::NotANumber { given } => {
                write!(f, "{}: '{}' is not a number", self.field, shorten(given))
            }
            Problem::Rule { en, .. } => write!(f, "{}: {}", self.field, en),
        }
    }
}

impl std::error::Error for ValidationError {}

/// A number as a person types it into a field (a lever's, the CLV
/// calculator's): spaces around it, thousands commas
/// (`4,000`, `12,500.5`) and full-width digits are accepted; a comma that
/// is not a thousands separator (`1,5`, a decimal comma) is refused rather
/// than read as 15.
pub fn read_typed_number(text: &str) -> Option<f64> {
    let t: String = text
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' => '.',
            '，' => ',',
            '－' | '−' => '-',
            c => c,
        })
        .collect();
    if t.contains(',') {
        let (whole, fraction) = t.split_once('.').unwrap_or((&t, ""));
        let groups: Vec<&str> = whole.trim_start_matches('-').split(',').collect();
        // Thousands commas stand in the whole part only, three digits apart.
        let ok = !groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3)
            && !fraction.contains(',');
        if !ok {
            return None;
        }
    }
    let t = t.replace(',', "");
    if t.chars().any(|c| c.is_alphabetic()) {
        return None;
    }
    t.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// Checks that `value` is finite and within `[min, max]`.
pub fn check_range(field: &str, value: f64, min: f64, max: f64) -> Result<(), ValidationError> {
    if !value.is_finite() {
        return Err(ValidationError::new(field, Problem::NotFinite));
    }
    if value < min || value > max {
        return Err(ValidationError::new(
            field,
            Problem::OutOfRange { value, min, max },
        ));
    }
    Ok(())
}

/// Parses a number given as text (command line, link), naming the field on error.
pub fn parse_number(field: &str, text: &str) -> Result<f64, ValidationError> {
    text.trim().parse::<f64>().map_err(|_| {
        ValidationError::new(
            field,
            Problem::NotANumber {
                given: text.to_string(),
            },
        )
    })
}

/// Checks a file's `format_version` against the versions this build reads.
pub fn check_format_version(version: u32) -> Result<(), ValidationError> {
    if version == FORMAT_VERSION {
        Ok(())
    } else {
        Err(ValidationError::rule(
            "format_version",
            format!(
                "version {version} is not supported; this version of CRM Lab reads version {FORMAT_VERSION}"
            ),
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn messages_name_field_range_and_value() {
        let e = check_range("price", 3.5, 0.6, 1.6).unwrap_err();
        assert_eq!(
            e.to_string(),
            "price: 3.5 is outside the allowed range 0.6 to 1.6"
        );
        let e = check_range("price", f64::NAN, 0.6, 1.6).unwrap_err();
        assert_eq!(e.problem, Problem::NotFinite);
        assert!(check_range("price", 1.6, 0.6, 1.6).is_ok());
        let e = parse_number("seed", "abc").unwrap_err();
        assert_eq!(e.to_string(), "seed: 'abc' is not a number");
        assert!(check_format_version(FORMAT_VERSION).is_ok());
        assert!(check_format_version(99)
            .unwrap_err()
            .to_string()
            .contains("version 99"));
    }

    #[test]
    fn typed_numbers_are_read_as_people_mean_them() {
        assert_eq!(read_typed_number(" 4,000 "), Some(4000.0));
        assert_eq!(read_typed_number("12,500.5"), Some(12500.5));
        assert_eq!(read_typed_number("７.５"), Some(7.5));
        assert_eq!(read_typed_number("1,5"), None, "a decimal comma is not 15");
        assert_eq!(
            read_typed_number("0.50,5"),
            None,
            "no comma after the point"
        );
        assert_eq!(read_typed_number("1.000,5"), None);
        assert_eq!(read_typed_number("abc"), None);
        assert_eq!(read_typed_number("inf"), None);
        assert_eq!(read_typed_number(""), None);
    }
}
