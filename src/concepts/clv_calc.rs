//! The CLV calculator's arithmetic and input reading, one for the page
//! (`#tools/clv`) and `crm-lab clv`, so both accept the same inputs and give
//! the same value.
//!
//! With a yearly margin m, annual retention r and yearly discount rate d, the
//! customer's margin in year t counts if they are still there (rᵗ) and is
//! discounted ((1+d)⁻ᵗ). With x = r/(1+d):
//!
//! * over n years: CLV = m · Σₜ₌₁ⁿ xᵗ = m · x(1−xⁿ)/(1−x) (m·n when x = 1);
//! * unlimited: CLV = m · r/(1+d−r), finite whenever x < 1, that is for any
//!   r ≤ 100% with d > 0, or r < 100% with d = 0 (Gupta & Lehmann 2003,
//!   "Customers as assets"; the course's formula). r = 100% with d = 0 is
//!   infinite: a customer who never leaves, with money that never loses value.

use crate::sim::clv;

/// The most years a finite horizon may have.
pub const MAX_YEARS: u32 = 100;

/// The calculator's inputs, in model units (rates as shares).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ClvInputs {
    /// Margin per customer per year (¥), any finite amount up to ±10¹².
    pub margin: f64,
    /// Annual retention rate, 0–1 (0–100%).
    pub retention: f64,
    /// Yearly discount rate, 0–1 (0–100%).
    pub discount: f64,
    /// Years, 1–[`MAX_YEARS`], or `None` for an unlimited horizon.
    pub years: Option<u32>,
}

impl Default for ClvInputs {
    fn default() -> Self {
        ClvInputs {
            margin: 1000.0,
            retention: 0.8,
            discount: 0.1,
            years: None,
        }
    }
}

/// Which input is wrong, and why.
#[derive(Clone, Debug, PartialEq)]
pub enum ClvProblem {
    /// Not a number, or outside ±10¹².
    Margin,
    /// Not a number from 0 to 100%.
    Retention,
    /// Not a number from 0 to 100%.
    Discount,
    /// Not a whole number of years from 1 to [`MAX_YEARS`].
    Years,
    /// A share typed into a percent field (`0.8` for 80%?): the value it
    /// probably means, in percent. Typing `0.8%` says it is meant.
    DidYouMean(f64),
}

/// The result: the value and its margin multiple, or infinity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum ClvValue {
    /// CLV (¥) and the multiple of the yearly margin it is worth.
    Finite { value: f64, multiple: f64 },
    /// r = 100% and d = 0 over an unlimited horizon.
    Infinite,
}

impl ClvInputs {
    /// x = r/(1+d): this year's margin's weight a year later.
    pub fn ratio(&self) -> f64 {
        self.retention / (1.0 + self.discount)
    }

    /// The CLV of these inputs (which [`ClvInputs::check`] accepts).
    pub fn value(&self) -> ClvValue {
        let multiple = match self.years {
            Some(n) => clv::finite_horizon(1.0, self.retention, self.discount, n),
            None if 1.0 + self.discount - self.retention <= 0.0 => return ClvValue::Infinite,
            None => clv::margin_multiple(self.retention, self.discount),
        };
        ClvValue::Finite {
            value: self.margin * multiple,
            multiple,
        }
    }

    /// Whether every input is in its range.
    pub fn check(&self) -> Result<(), ClvProblem> {
        if !(self.margin.is_finite() && self.margin.abs() <= 1e12) {
            return Err(ClvProblem::Margin);
        }
        if !(0.0..=1.0).contains(&self.retention) {
            return Err(ClvProblem::Retention);
        }
        if !(0.0..=1.0).contains(&self.discount) {
            return Err(ClvProblem::Discount);
        }
        if self.years.is_some_and(|n| !(1..=MAX_YEARS).contains(&n)) {
            return Err(ClvProblem::Years);
        }
        Ok(())
    }
}

/// Reads a number as people type it (see `validation::read_typed_number`:
/// a thousands comma is accepted, a decimal comma is not).
fn number(text: &str) -> Option<f64> {
    crate::sim::validation::read_typed_number(text)
}

/// Reads a rate typed in percent into a share: `80` and `80%` are 0.8. A
/// plain number between 0 and 1 with a decimal point (`0.8`) is most likely a
/// share typed into a percent field, so it is answered with
/// [`ClvProblem::DidYouMean`] rather than read as 0.8%; `0.8%` is read as
/// typed.
pub fn read_percent(text: &str, problem: ClvProblem) -> Result<f64, ClvProblem> {
    let t = text.trim();
    let (body, explicit) = match t.strip_suffix('%').or_else(|| t.strip_suffix('％')) {
        Some(b) => (b, true),
        None => (t, false),
    };
    let v = number(body).ok_or(problem.clone())?;
    if !(0.0..=100.0).contains(&v) {
        return Err(problem);
    }
    if !explicit && v > 0.0 && v < 1.0 && body.contains(['.', '．']) {
        return Err(ClvProblem::DidYouMean(v * 100.0));
    }
    Ok(v / 100.0)
}

/// Reads a margin (¥ per year).
pub fn read_margin(text: &str) -> Result<f64, ClvProblem> {
    let t = text.trim().trim_start_matches(['¥', '￥']);
    let t = t.trim_end_matches('元').trim();
    number(t)
        .filter(|v| v.abs() <= 1e12)
        .ok_or(ClvProblem::Margin)
}

/// Reads a horizon of 1 to [`MAX_YEARS`] years: empty (or "unlimited"/"无限") for
/// none; 0 is refused, as the help says 1 to 100.
pub fn read_years(text: &str) -> Result<Option<u32>, ClvProblem> {
    let t = text.trim();
    if t.is_empty() || t.eq_ignore_ascii_case("unlimited") || t == "无限" {
        return Ok(None);
    }
    let v = number(t).ok_or(ClvProblem::Years)?;
    if v.fract() != 0.0 || !(1.0..=f64::from(MAX_YEARS)).contains(&v) {
        return Err(ClvProblem::Years);
    }
    Ok(Some(v as u32))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(margin: f64, retention: f64, discount: f64, years: Option<u32>) -> ClvValue {
        let x = ClvInputs {
            margin,
            retention,
            discount,
            years,
        };
        assert_eq!(x.check(), Ok(()));
        x.value()
    }

    fn finite(v: ClvValue) -> (f64, f64) {
        match v {
            ClvValue::Finite { value, multiple } => (value, multiple),
            ClvValue::Infinite => panic!("infinite"),
        }
    }

    #[test]
    fn the_textbook_values_and_full_retention() {
        let (v, m) = finite(at(1000.0, 0.8, 0.1, None));
        assert!((v - 2_666.666_666_7).abs() < 1e-6 && (m - 2.666_666_666_7).abs() < 1e-9);
        // r = 100% over 12 years, no discounting: twelve years of margin.
        assert!((finite(at(1000.0, 1.0, 0.0, Some(12))).0 - 12_000.0).abs() < 1e-9);
        // r = 100% forever is finite when money loses value: m/d.
        assert!((finite(at(1000.0, 1.0, 0.1, None)).0 - 10_000.0).abs() < 1e-6);
        assert_eq!(at(1000.0, 1.0, 0.0, None), ClvValue::Infinite);
        // Three years: 1000·(x + x² + x³), x = 0.8/1.05.
        let (v, m) = finite(at(1000.0, 0.8, 0.05, Some(3)));
        assert_eq!(format!("{v:.2}"), "1784.69");
        assert!(
            (m - 1.784_69).abs() < 1e-5,
            "the finite horizon's own multiple"
        );
        // A finite horizon is worth less than forever.
        assert!(finite(at(1000.0, 0.8, 0.1, Some(5))).0 < 2666.0);
    }

    #[test]
    fn inputs_are_read_as_typed_and_a_share_in_a_percent_field_is_questioned() {
        let bad = ClvProblem::Retention;
        assert_eq!(read_percent("80", bad.clone()), Ok(0.8));
        assert_eq!(read_percent(" 80 % ", bad.clone()), Ok(0.8));
        assert_eq!(read_percent("100", bad.clone()), Ok(1.0));
        assert_eq!(read_percent("０.８%", bad.clone()), Ok(0.008));
        assert_eq!(read_percent("0.8%", bad.clone()), Ok(0.008));
        assert_eq!(
            read_percent("0.8", bad.clone()),
            Err(ClvProblem::DidYouMean(80.0))
        );
        assert_eq!(
            read_percent(".95", bad.clone()),
            Err(ClvProblem::DidYouMean(95.0))
        );
        assert_eq!(read_percent("0", bad.clone()), Ok(0.0));
        assert_eq!(read_percent("1", bad.clone()), Ok(0.01));
        for t in ["", "abc", "101", "-1", "NaN", "inf", "1e999", "80%%"] {
            assert_eq!(read_percent(t, bad.clone()), Err(bad.clone()), "{t:?}");
        }
        assert_eq!(read_margin("1,000"), Ok(1000.0));
        assert_eq!(read_margin("¥1000.5"), Ok(1000.5));
        assert_eq!(read_margin("1000 元"), Ok(1000.0));
        assert_eq!(read_margin("1e13"), Err(ClvProblem::Margin));
        assert_eq!(read_margin("x"), Err(ClvProblem::Margin));
        assert_eq!(read_years(""), Ok(None));
        assert_eq!(read_years("12"), Ok(Some(12)));
        assert_eq!(read_years("2.5"), Err(ClvProblem::Years));
        assert_eq!(read_years("101"), Err(ClvProblem::Years));
        assert_eq!(
            read_years("0"),
            Err(ClvProblem::Years),
            "the help says 1 to 100"
        );
    }
}
