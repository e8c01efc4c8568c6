//! The CLV calculator: margin, retention, discount rate and horizon give the
//! customer lifetime value, with the formula filled in and a table of the
//! margin multiple r/(1+d−r) over retention and discount rates.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::sim::clv;
use crate::ui::format::thousands;
use crate::ui::prefs::use_prefs;

/// Retention rates of the table's rows.
const TABLE_RETENTION: [f64; 8] = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
/// Discount rates of the table's columns.
const TABLE_DISCOUNT: [f64; 5] = [0.05, 0.08, 0.1, 0.12, 0.15];

/// The calculator's inputs, in model units (rates as shares).
#[derive(Clone, Copy, Debug, PartialEq)]
struct Inputs {
    /// Margin per customer per year (¥).
    margin: f64,
    /// Annual retention rate, 0–0.99.
    retention: f64,
    /// Annual discount rate, 0–1.
    discount: f64,
    /// Years, or none for an unlimited horizon.
    years: Option<u32>,
}

impl Default for Inputs {
    fn default() -> Self {
        Inputs {
            margin: 1000.0,
            retention: 0.8,
            discount: 0.1,
            years: None,
        }
    }
}

impl Inputs {
    fn clv(&self) -> f64 {
        match self.years {
            Some(n) => clv::finite_horizon(self.margin, self.retention, self.discount, n),
            None => clv::closed_form(self.margin, self.retention, self.discount),
        }
    }
}

/// Which field is wrong, as a key of the interface's words.
fn parse(field: &str, text: &str, current: Inputs) -> Result<Inputs, &'static str> {
    let t = text.trim();
    let mut next = current;
    match field {
        "margin" => {
            let v: f64 = t.parse().map_err(|_| "clvcalc.bad_margin")?;
            if !(v.is_finite() && v.abs() <= 1e9) {
                return Err("clvcalc.bad_margin");
            }
            next.margin = v;
        }
        "retention" => {
            let v: f64 = t.parse().map_err(|_| "clvcalc.bad_retention")?;
            if !(0.0..=99.0).contains(&v) {
                return Err("clvcalc.bad_retention");
            }
            next.retention = v / 100.0;
        }
        "discount" => {
            let v: f64 = t.parse().map_err(|_| "clvcalc.bad_discount")?;
            if !(0.0..=100.0).contains(&v) {
                return Err("clvcalc.bad_discount");
            }
            next.discount = v / 100.0;
        }
        _ => {
            if t.is_empty() || t == "0" {
                next.years = None;
            } else {
                let v: u32 = t.parse().map_err(|_| "clvcalc.bad_years")?;
                if !(1..=100).contains(&v) {
                    return Err("clvcalc.bad_years");
                }
                next.years = Some(v);
            }
        }
    }
    Ok(next)
}

fn two(x: f64) -> String {
    format!("{x:.2}")
}

#[function_component(ClvCalculator)]
pub fn clv_calculator() -> Html {
    let l = use_prefs().lang;
    let inputs = use_state(Inputs::default);
    let problem = use_state(|| None::<&'static str>);
    let on = |field: &'static str| {
        let (inputs, problem) = (inputs.clone(), problem.clone());
        Callback::from(move |e: Event| {
            let i: HtmlInputElement = e.target_unchecked_into();
            match parse(field, &i.value(), *inputs) {
                Ok(next) => {
                    problem.set(None);
                    inputs.set(next);
                }
                Err(key) => problem.set(Some(key)),
            }
        })
    };
    let x = *inputs;
    let value = x.clv();
    let multiple = clv::margin_multiple(x.retention, x.discount);
    let formula = match x.years {
        None => format!(
            "CLV = m × r / (1 + d − r) = {} × {} / (1 + {} − {}) = {} × {} = {} {}",
            thousands(x.margin),
            two(x.retention),
            two(x.discount),
            two(x.retention),
            thousands(x.margin),
            two(multiple),
            thousands(value),
            l.t("unit_yuan")
        ),
        Some(n) => format!(
            "CLV = Σ(t=1..{n}) m × r^t / (1 + d)^t = {} {}",
            thousands(value),
            l.t("unit_yuan")
        ),
    };
    let field = |id: &'static str,
                 label: &'static str,
                 unit: &'static str,
                 value: String,
                 help: &'static str| {
        html! {
            <div class="field">
                <label for={format!("clv-{id}")}>{ l.t(label) }</label>
                <span class="with-unit">
                    <input type="text" inputmode="decimal" id={format!("clv-{id}")} value={value}
                        onchange={on(id)} aria-describedby={format!("clv-{id}-help")} />
                    { " " }{ l.t(unit) }
                </span>
                <div class="field-help" id={format!("clv-{id}-help")}>{ l.t(help) }</div>
            </div>
        }
    };
    html! {
        <div class="tool clv-tool" id="clv-calculator">
            <h2>{ l.t("clvcalc.title") }</h2>
            <p class="page-lead">{ l.t("clvcalc.lead") }</p>
            if let Some(key) = *problem {
                <div class="notice" role="alert" id="notice"><span>{ l.t(key) }</span></div>
            }
            <div class="tool-layout">
                <form class="tool-inputs" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { field("margin", "clvcalc.margin", "clvcalc.margin_unit", format!("{}", x.margin), "clvcalc.margin_help") }
                    { field("retention", "clvcalc.retention", "clvcalc.percent_year", format!("{}", (x.retention * 1e4).round() / 100.0), "clvcalc.retention_help") }
                    { field("discount", "clvcalc.discount", "clvcalc.percent_year", format!("{}", (x.discount * 1e4).round() / 100.0), "clvcalc.discount_help") }
                    { field("years", "clvcalc.years", "clvcalc.years_unit", x.years.map(|n| n.to_string()).unwrap_or_default(), "clvcalc.years_help") }
                </form>
                <section class="tool-result" aria-live="polite">
                    <p class="big-number" id="clv-value">{ thousands(value) }{ " " }<span class="unit">{ l.t("unit_yuan") }</span></p>
                    <p class="field-help">{ l.t("clvcalc.value_help") }</p>
                    <p class="formula" id="clv-formula">{ formula }</p>
                    <p id="clv-multiple">{ l.tf("clvcalc.multiple", &[("multiple", &two(multiple))]) }</p>
                </section>
            </div>
            <h3 id="clv-table-heading">{ l.t("clvcalc.table") }</h3>
            <p class="field-help">{ l.t("clvcalc.table_help") }</p>
            <div class="table-wrap">
                <table class="figures clv-table" id="clv-table" aria-labelledby="clv-table-heading">
                    <thead>
                        <tr>
                            <th scope="col">{ l.t("clvcalc.r_down_d_across") }</th>
                            { for TABLE_DISCOUNT.iter().map(|d| html! { <th scope="col">{ format!("d = {:.0}%", d * 100.0) }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for TABLE_RETENTION.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ format!("r = {:.0}%", r * 100.0) }</th>
                                { for TABLE_DISCOUNT.iter().map(|d| {
                                    let here = (r - x.retention).abs() < 1e-9 && (d - x.discount).abs() < 1e-9;
                                    html! { <td class={classes!(here.then_some("here"))}>{ two(clv::margin_multiple(*r, *d)) }</td> }
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inputs_are_read_in_percent_and_checked() {
        let x = Inputs::default();
        assert!((x.clv() - 2_666.666_666).abs() < 1e-3);
        let y = parse("retention", "90", x).unwrap();
        assert_eq!(y.retention, 0.9);
        let y = parse("discount", "12", y).unwrap();
        assert!((y.clv() - 1000.0 * 0.9 / 0.22).abs() < 1e-9);
        assert_eq!(parse("retention", "100", x), Err("clvcalc.bad_retention"));
        assert_eq!(parse("retention", "abc", x), Err("clvcalc.bad_retention"));
        assert_eq!(parse("discount", "-1", x), Err("clvcalc.bad_discount"));
        assert_eq!(parse("margin", "NaN", x), Err("clvcalc.bad_margin"));
        assert_eq!(parse("years", "5", x).unwrap().years, Some(5));
        assert_eq!(parse("years", "", x).unwrap().years, None);
        assert_eq!(parse("years", "2.5", x), Err("clvcalc.bad_years"));
        // Five years of the default customer are worth less than forever.
        let five = parse("years", "5", x).unwrap().clv();
        assert!(five < x.clv() && five > 0.0);
    }
}
