//! Numbers as people read them: thousands separators, percentages, money.

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
    }
}
