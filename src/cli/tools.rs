//! The course's calculators on the command line: `clv` and `ahp`. Both
//! print `name,value` lines.

use super::files::read_file;
use super::Outcome;
use crate::concepts::ahp::{Judgements, CR_LIMIT};
use crate::concepts::clv_calc::{self, ClvInputs, ClvProblem, ClvValue};
use crate::export::{cell, CsvText};
use crate::sim::validation::parse_number;

/// `crm-lab ahp FILE.csv`: weights and consistency of a judgement matrix.
pub(super) fn ahp(path: &str) -> Outcome {
    let text = read_file(path, "matrix")?;
    let j = Judgements::parse(&text).map_err(|e| format!("{path}: {e}"))?;
    let p = j.priorities();
    let mut csv = CsvText::new();
    for (i, w) in p.weights.iter().enumerate() {
        csv.row([format!("weight_{}", i + 1), cell(Some(*w))]);
    }
    for (name, v) in [
        ("lambda_max", p.lambda_max),
        ("CI", p.ci),
        ("RI", p.ri),
        ("CR", p.cr),
    ] {
        csv.row([name.to_string(), cell(Some(v))]);
    }
    csv.row(["consistent", if p.consistent() { "yes" } else { "no" }]);
    if !p.consistent() {
        csv.row([
            "warning".to_string(),
            format!(
                "CR {} is above {CR_LIMIT}: the judgements contradict each other; revise them before using the weights",
                cell(Some(p.cr))
            ),
        ]);
    }
    Ok(csv.finish())
}

/// `crm-lab clv`: the closed-form customer lifetime value. Rates as shares
/// (0.8) as everywhere on the command line, or in percent with a sign
/// (80%), as the page reads them.
pub(super) fn clv(margin: &str, retention: &str, discount: &str, years: Option<&str>) -> Outcome {
    let rate = |name: &str, text: &str, problem: ClvProblem| -> Result<f64, String> {
        let bad = || {
            format!("--{name}: expected a share from 0 to 1 (or a percentage such as 80%), not '{text}'")
        };
        if text.trim_end().ends_with('%') {
            return clv_calc::read_percent(text, problem).map_err(|_| bad());
        }
        let v = parse_number(name, text).map_err(|e| format!("--{e}"))?;
        if !(0.0..=1.0).contains(&v) {
            return Err(bad());
        }
        Ok(v)
    };
    let inputs = ClvInputs {
        margin: clv_calc::read_margin(margin)
            .map_err(|_| format!("--margin: expected a number of yuan per year, not '{margin}'"))?,
        retention: rate("retention", retention, ClvProblem::Retention)?,
        discount: rate("discount", discount, ClvProblem::Discount)?,
        years: match years {
            None => None,
            Some(t) => clv_calc::read_years(t).map_err(|_| {
                format!(
                    "--years: expected a whole number from 1 to {}, not '{t}'",
                    clv_calc::MAX_YEARS
                )
            })?,
        },
    };
    inputs
        .check()
        .map_err(|p| format!("--{p:?}: out of range").to_lowercase())?;
    let mut csv = CsvText::new();
    match inputs.value() {
        ClvValue::Finite { value, multiple } => {
            csv.row(["clv".to_string(), cell(Some(value))]);
            let (years, formula) = match inputs.years {
                Some(n) => (n.to_string(), "m*x*(1-x^n)/(1-x) with x=r/(1+d)"),
                None => ("unlimited".to_string(), "m*r/(1+d-r)"),
            };
            csv.row(["years".to_string(), years]);
            csv.row(["margin_multiple".to_string(), cell(Some(multiple))]);
            csv.row(["formula", formula]);
        }
        ClvValue::Infinite => {
            csv.row(["clv", "infinite"]);
            csv.row(["years", "unlimited"]);
            csv.row(["margin_multiple", "infinite"]);
            csv.row([
                "formula",
                "m*r/(1+d-r) is infinite at r=1 and d=0: give --years or a discount rate above 0",
            ]);
        }
    }
    Ok(csv.finish())
}

#[cfg(test)]
mod tests {
    use super::super::tests::call;

    #[test]
    fn clv_gives_the_textbook_values() {
        let out = call("clv --margin 1 --retention 0.8 --discount 0.1").unwrap();
        assert!(out.starts_with("clv,2.666667\n"), "{out}");
        let out = call("clv --margin 1 --retention 0.9 --discount 0.12").unwrap();
        assert!(out.starts_with("clv,4.090909\n"), "{out}");
        let out = call("clv --margin 100 --retention 0.8 --discount 0.1 --years 1").unwrap();
        assert!(out.starts_with("clv,72.727273\n"), "{out}");
        // The same inputs as the page: full retention, in percent too.
        let out = call("clv --margin 1000 --retention 1 --discount 0 --years 12").unwrap();
        assert!(out.starts_with("clv,12000\n"), "{out}");
        let out = call("clv --margin 1000 --retention 100% --discount 10% ").unwrap();
        assert!(out.starts_with("clv,10000\n"), "{out}");
        let out = call("clv --margin 1000 --retention 1 --discount 0").unwrap();
        assert!(out.starts_with("clv,infinite\n"), "{out}");
        let out = call("clv --margin 1000 --retention 0.8 --discount 0.05 --years 3").unwrap();
        assert!(
            out.starts_with("clv,1784.688"),
            "1,784.69 to the cent: {out}"
        );
        assert!(
            out.contains("margin_multiple,1.784688"),
            "its own multiple: {out}"
        );
    }
}
