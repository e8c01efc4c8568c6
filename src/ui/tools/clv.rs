//! The CLV calculator: margin, retention, discount rate and horizon give the
//! customer lifetime value, with the formula filled in and a table of the
//! margin multiple r/(1+d−r) over retention and discount rates.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::concepts::clv_calc::{self, ClvInputs, ClvProblem, ClvValue};
use crate::i18n::Lang;
use crate::sim::clv;
use crate::ui::format::{money_decimals, thousands_decimals};
use crate::ui::prefs::use_prefs;

/// Retention rates of the table's rows.
const TABLE_RETENTION: [f64; 8] = [0.5, 0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95];
/// Discount rates of the table's columns.
const TABLE_DISCOUNT: [f64; 5] = [0.05, 0.08, 0.1, 0.12, 0.15];

/// Reads one field's text into the inputs.
fn parse(field: &str, text: &str, current: ClvInputs) -> Result<ClvInputs, ClvProblem> {
    let mut next = current;
    match field {
        "margin" => next.margin = clv_calc::read_margin(text)?,
        "retention" => next.retention = clv_calc::read_percent(text, ClvProblem::Retention)?,
        "discount" => next.discount = clv_calc::read_percent(text, ClvProblem::Discount)?,
        _ => next.years = clv_calc::read_years(text)?,
    }
    next.check()?;
    Ok(next)
}

/// A problem in the user's language.
fn problem_text(l: Lang, p: &ClvProblem) -> String {
    match p {
        ClvProblem::Margin => l.t("clvcalc.bad_margin").into(),
        ClvProblem::Retention => l.t("clvcalc.bad_retention").into(),
        ClvProblem::Discount => l.t("clvcalc.bad_discount").into(),
        ClvProblem::Years => l.t("clvcalc.bad_years").into(),
        ClvProblem::DidYouMean(v) => l.tf("clvcalc.did_you_mean", &[("percent", &trim_number(*v))]),
    }
}

/// A number with as many decimals as it needs, up to four.
fn trim_number(x: f64) -> String {
    let t = format!("{x:.4}");
    t.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// Money to the cent.
fn amount(x: f64, l: Lang) -> String {
    money_decimals(x, 2, l)
}

fn two(x: f64) -> String {
    format!("{x:.2}")
}

/// A rate as typed: two decimals, or up to four when two would hide it (a
/// retention of 99.999% is not 1.00).
fn rate(x: f64) -> String {
    let short = two(x);
    if (short.parse::<f64>().unwrap_or(x) - x).abs() < 1e-9 {
        short
    } else {
        format!("{x:.5}").trim_end_matches('0').to_string()
    }
}

/// The formula filled in with the inputs, for the horizon chosen.
fn formula(x: &ClvInputs, l: Lang) -> String {
    let m = thousands_decimals(x.margin, if x.margin.fract() == 0.0 { 0 } else { 2 });
    let (r, d) = (rate(x.retention), rate(x.discount));
    match (x.years, x.value()) {
        (_, ClvValue::Infinite) => {
            format!("CLV = m × r / (1 + d − r) = {m} × {r} / (1 + {d} − {r}) = {m} × 1 / 0 = ∞")
        }
        (None, ClvValue::Finite { value, multiple }) => format!(
            "CLV = m × r / (1 + d − r) = {m} × {r} / (1 + {d} − {r}) = {m} × {} = {}",
            two(multiple),
            amount(value, l)
        ),
        (Some(n), ClvValue::Finite { value, multiple }) => {
            let xr = x.ratio();
            if (1.0 - xr).abs() < 1e-12 {
                format!(
                    "CLV = m × Σ(t=1..{n}) (r / (1 + d))^t = {m} × {n} = {}",
                    amount(value, l)
                )
            } else {
                format!(
                    "CLV = m × Σ(t=1..{n}) x^t = m × x (1 − x^{n}) / (1 − x), x = r / (1 + d) = {r} / (1 + {d}) = {xr:.4}; \
                     {m} × {} = {}",
                    two(multiple),
                    amount(value, l)
                )
            }
        }
    }
}

#[function_component(ClvCalculator)]
pub fn clv_calculator() -> Html {
    let l = use_prefs().lang;
    let inputs = use_state(ClvInputs::default);
    // Each field's problem, by field: while any field is wrong, the result
    // shown is the last valid one, marked as out of date.
    let problems = use_state(Vec::<(&'static str, ClvProblem)>::new);
    // What was typed in each field, kept as typed (a wrong value stays on
    // screen to be corrected; a right one is not reformatted under the
    // cursor).
    let typed = use_state(std::collections::BTreeMap::<&'static str, String>::new);
    let on = |field: &'static str| {
        let (inputs, problems, typed) = (inputs.clone(), problems.clone(), typed.clone());
        Callback::from(move |e: Event| {
            let i: HtmlInputElement = e.target_unchecked_into();
            let mut list: Vec<_> = problems
                .iter()
                .filter(|(f, _)| *f != field)
                .cloned()
                .collect();
            let mut texts = (*typed).clone();
            texts.insert(field, i.value());
            match parse(field, &i.value(), *inputs) {
                Ok(next) => inputs.set(next),
                Err(p) => list.push((field, p)),
            }
            typed.set(texts);
            problems.set(list);
        })
    };
    let x = *inputs;
    let stale = !problems.is_empty();
    let (value_text, multiple_text) = match x.value() {
        ClvValue::Infinite => (
            l.t("clvcalc.infinite").to_string(),
            l.t("clvcalc.multiple_infinite").to_string(),
        ),
        ClvValue::Finite { value, multiple } => (
            amount(value, l),
            match x.years {
                None => l.tf("clvcalc.multiple", &[("multiple", &two(multiple))]),
                Some(n) => l.tf(
                    "clvcalc.multiple_years",
                    &[("multiple", &two(multiple)), ("years", &n.to_string())],
                ),
            },
        ),
    };
    let field = |id: &'static str,
                 label: &'static str,
                 unit: &'static str,
                 value: String,
                 help: &'static str| {
        let wrong = problems.iter().any(|(f, _)| *f == id);
        let value = typed.get(id).cloned().unwrap_or(value);
        html! {
            <div class="field">
                <label for={format!("clv-{id}")}>{ l.t(label) }</label>
                <span class="with-unit">
                    <input type="text" inputmode="decimal" id={format!("clv-{id}")} value={value}
                        onchange={on(id)} aria-describedby={format!("clv-{id}-help")}
                        aria-invalid={wrong.then_some("true")} class={classes!(wrong.then_some("invalid"))} />
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
            if stale {
                <div class="notice" role="alert" id="notice">
                    <span>{ for problems.iter().map(|(_, p)| html! { <span class="problem">{ problem_text(l, p) }{ " " }</span> }) }</span>
                </div>
            }
            <div class="tool-layout">
                <form class="tool-inputs" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                    { field("margin", "clvcalc.margin", "clvcalc.margin.unit", format!("{}", x.margin), "clvcalc.margin.help") }
                    { field("retention", "clvcalc.retention", "clvcalc.percent_year", format!("{}", (x.retention * 1e4).round() / 100.0), "clvcalc.retention.help") }
                    { field("discount", "clvcalc.discount", "clvcalc.percent_year", format!("{}", (x.discount * 1e4).round() / 100.0), "clvcalc.discount.help") }
                    { field("years", "clvcalc.years", "clvcalc.years.unit", x.years.map(|n| n.to_string()).unwrap_or_default(), "clvcalc.years.help") }
                    <p class="field-help">{ l.t("clvcalc.enter_hint") }</p>
                </form>
                <section class={classes!("tool-result", stale.then_some("stale"))} id="clv-result" aria-live="polite">
                    if stale {
                        <p class="stale-label" id="clv-stale">{ l.t("clvcalc.stale") }</p>
                    }
                    <p class="big-number" id="clv-value">{ value_text }</p>
                    <p class="field-help">{ l.t("clvcalc.value.help") }</p>
                    <p class="formula" id="clv-formula">{ formula(&x, l) }</p>
                    <p id="clv-multiple">{ multiple_text }</p>
                </section>
            </div>
            <h3 id="clv-table-heading">{ l.t("clvcalc.table") }</h3>
            <p class="field-help">{ l.t("clvcalc.table.help") }</p>
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
    fn fields_are_read_in_percent_and_checked() {
        let x = ClvInputs::default();
        let y = parse("retention", "90", x).unwrap();
        assert_eq!(y.retention, 0.9);
        let y = parse("discount", "12", y).unwrap();
        assert_eq!(y.discount, 0.12);
        assert_eq!(parse("retention", "100", x).unwrap().retention, 1.0);
        assert_eq!(parse("retention", "101", x), Err(ClvProblem::Retention));
        assert_eq!(
            parse("retention", "0.8", x),
            Err(ClvProblem::DidYouMean(80.0))
        );
        assert_eq!(parse("years", "2.5", x), Err(ClvProblem::Years));
        assert_eq!(
            problem_text(Lang::En, &ClvProblem::DidYouMean(80.0)),
            Lang::En.tf("clvcalc.did_you_mean", &[("percent", "80")])
        );
    }

    #[test]
    fn each_horizon_shows_its_own_formula_and_money_to_the_cent() {
        let three = ClvInputs {
            margin: 1000.0,
            retention: 0.8,
            discount: 0.05,
            years: Some(3),
        };
        let f = formula(&three, Lang::En);
        assert!(f.contains("Σ(t=1..3)") && f.ends_with("¥1,784.69"), "{f}");
        assert!(f.contains("1.78 ="), "its own multiple: {f}");
        let forever = ClvInputs {
            years: None,
            ..three
        };
        assert!(formula(&forever, Lang::En).contains("r / (1 + d − r)"));
        let never_leaves = ClvInputs {
            retention: 1.0,
            discount: 0.0,
            years: None,
            ..three
        };
        assert!(formula(&never_leaves, Lang::Zh).ends_with('∞'));
        let twelve = ClvInputs {
            years: Some(12),
            ..never_leaves
        };
        assert!(formula(&twelve, Lang::Zh).ends_with("12,000.00\u{a0}元"));
    }
}
