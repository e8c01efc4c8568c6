//! The model's results as files: the monthly series and the customer-level
//! snapshot as CSV. Used by the command line and the page alike, so a column
//! has one name everywhere.

use crate::sim::loyalty_types::{classify, LoyaltyType, Market};
use crate::sim::metrics::MonthReport;
use crate::sim::pyramid::Tier;
use crate::sim::stage::Stage;
use crate::sim::{Band, Customer, Quadrant, Scenario};

/// One CSV column of the monthly series: its name and how to read it.
pub struct Column {
    pub name: &'static str,
    pub value: fn(&MonthReport) -> Option<f64>,
}

macro_rules! col {
    ($name:literal, |$m:ident| $e:expr) => {
        Column {
            name: $name,
            value: |$m: &MonthReport| -> Option<f64> { $e },
        }
    };
}

fn n(x: u32) -> Option<f64> {
    Some(f64::from(x))
}

/// The columns of the monthly series, in order.
pub const MONTHLY_COLUMNS: &[Column] = &[
    col!("month", |m| n(m.month)),
    col!("prospects", |m| n(m.stages.prospect)),
    col!("acquisition", |m| n(m.stages.acquisition)),
    col!("growth", |m| n(m.stages.growth)),
    col!("maturity", |m| n(m.stages.maturity)),
    col!("decline", |m| n(m.stages.decline)),
    col!("churned", |m| n(m.stages.churned)),
    col!("active", |m| n(m.active)),
    col!("new_customers", |m| n(m.new_customers)),
    col!("won_back", |m| n(m.won_back)),
    col!("churned_this_month", |m| n(m.churned)),
    col!("lapsed", |m| n(m.lapsed)),
    col!("satisfaction_mean", |m| Some(m.satisfaction.mean)),
    col!("satisfaction_p10", |m| Some(m.satisfaction.p10)),
    col!("satisfaction_p50", |m| Some(m.satisfaction.p50)),
    col!("satisfaction_p90", |m| Some(m.satisfaction.p90)),
    col!("loyalty_mean", |m| Some(m.loyalty.mean)),
    col!("loyalty_p10", |m| Some(m.loyalty.p10)),
    col!("loyalty_p50", |m| Some(m.loyalty.p50)),
    col!("loyalty_p90", |m| Some(m.loyalty.p90)),
    col!("very_dissatisfied", |m| n(m
        .satisfaction_bands
        .very_dissatisfied)),
    col!("dissatisfied", |m| n(m.satisfaction_bands.dissatisfied)),
    col!("basically_satisfied", |m| n(m
        .satisfaction_bands
        .basically_satisfied)),
    col!("very_satisfied", |m| n(m.satisfaction_bands.very_satisfied)),
    col!("delighted", |m| n(m.satisfaction_bands.delighted)),
    col!("loyal_share", |m| Some(m.loyalty_matrix.loyal)),
    col!("latent_share", |m| Some(m.loyalty_matrix.latent)),
    col!("spurious_share", |m| Some(m.loyalty_matrix.spurious)),
    col!("none_share", |m| Some(m.loyalty_matrix.none)),
    col!("retention_rate", |m| m.retention_rate),
    col!("annual_retention", |m| m.annual_retention),
    col!("churn_rate", |m| m.churn_rate),
    col!("acquisition_rate", |m| m.kpis.acquisition_rate),
    col!("service_failures", |m| n(m.service_failures)),
    col!("complaints", |m| n(m.complaints)),
    col!("complaint_rate", |m| m.complaint_rate),
    col!("recovery_rate", |m| m.recovery_rate),
    col!("recommendations", |m| Some(m.recommendations)),
    col!("warning_customers", |m| n(m.warning_customers)),
    col!("warnings", |m| Some(m.warnings)),
    col!("prospects_warned", |m| n(m.prospects_warned)),
    col!("revenue", |m| Some(m.books.revenue)),
    col!("cost_of_goods", |m| Some(m.books.cost_of_goods)),
    col!("service_cost", |m| Some(m.books.service_cost)),
    col!("retention_cost", |m| Some(m.books.retention_cost)),
    col!("acquisition_cost", |m| Some(m.books.acquisition_cost)),
    col!("complaint_cost", |m| Some(m.books.complaint_cost)),
    col!("winback_cost", |m| Some(m.books.winback_cost)),
    col!("programme_cost", |m| Some(m.books.programme_cost)),
    col!("save_cost", |m| Some(m.books.save_cost)),
    col!("total_cost", |m| Some(m.total_cost)),
    col!("profit", |m| Some(m.profit)),
    col!("cumulative_profit", |m| Some(m.cumulative_profit)),
    col!("profit_contribution", |m| m.kpis.profit_contribution),
    col!("cac", |m| m.cac),
    col!("retention_cost_per_retained_year", |m| m
        .retention_cost_per_retained_year),
    col!("retention_roi", |m| m.retention_roi),
    col!("clv_mean", |m| m.clv_mean),
    col!("customer_equity", |m| Some(m.customer_equity)),
    col!("clv_markov_new", |m| m.clv_markov.acquisition),
    col!("platinum", |m| n(m.pyramid.platinum)),
    col!("gold", |m| n(m.pyramid.gold)),
    col!("iron", |m| n(m.pyramid.iron)),
    col!("lead", |m| n(m.pyramid.lead)),
    col!("at_risk", |m| n(m.early_warning.at_risk)),
    col!("value_at_risk", |m| Some(m.early_warning.value_at_risk)),
    col!("save_attempts", |m| n(m.early_warning.save_attempts)),
    col!("saved", |m| n(m.early_warning.saved)),
    col!("members", |m| n(m.programme.members)),
    col!("gold_card_members", |m| n(m.programme.gold_cards)),
    col!("points_liability", |m| Some(m.programme.points_liability)),
    col!("member_retention", |m| m.programme.member_retention),
    col!("non_member_retention", |m| m.programme.non_member_retention),
    col!("service_response_time", |m| Some(
        m.kpis.service_response_time
    )),
];

/// Columns every monthly series has, whatever else is added: the command
/// line's documented minimum.
pub const REQUIRED_MONTHLY_COLUMNS: [&str; 18] = [
    "month",
    "prospects",
    "acquisition",
    "growth",
    "maturity",
    "decline",
    "churned",
    "new_customers",
    "satisfaction_mean",
    "loyalty_mean",
    "retention_rate",
    "complaint_rate",
    "revenue",
    "total_cost",
    "profit",
    "cumulative_profit",
    "clv_mean",
    "customer_equity",
];

/// A number for a CSV cell: whole numbers as such, others to six decimals,
/// nothing for a value that has no meaning this month.
pub fn cell(v: Option<f64>) -> String {
    match v {
        None => String::new(),
        Some(x) if x.fract() == 0.0 && x.abs() < 1e15 => format!("{}", x as i64),
        Some(x) => {
            let s = format!("{x:.6}");
            let s = s.trim_end_matches('0').trim_end_matches('.');
            if s == "-0" {
                "0".to_string()
            } else {
                s.to_string()
            }
        }
    }
}

/// A CSV document written in memory by `csv_core` (the csv crate's
/// writer): fields quoted when they hold a comma, a quote or a line break,
/// lines ended by `\n`.
pub struct CsvText {
    out: Vec<u8>,
    writer: csv_core::Writer,
}

impl Default for CsvText {
    fn default() -> Self {
        CsvText::new()
    }
}

impl CsvText {
    pub fn new() -> CsvText {
        CsvText {
            out: Vec::new(),
            writer: csv_core::WriterBuilder::new()
                .terminator(csv_core::Terminator::Any(b'\n'))
                .build(),
        }
    }

    /// Runs one step of the writer into the document, as many times as it
    /// needs room: `step` writes from `input` into a buffer and says how
    /// much it read and wrote.
    fn put(
        &mut self,
        mut input: &[u8],
        mut step: impl FnMut(
            &mut csv_core::Writer,
            &[u8],
            &mut [u8],
        ) -> (csv_core::WriteResult, usize, usize),
    ) {
        let mut buf = [0u8; 256];
        loop {
            let (result, read, written) = step(&mut self.writer, input, &mut buf);
            self.out.extend_from_slice(&buf[..written]);
            input = &input[read..];
            if result == csv_core::WriteResult::InputEmpty {
                return;
            }
        }
    }

    /// Appends one record. Text that people typed goes through [`text`]
    /// first; numbers through [`cell`].
    pub fn row<I, S>(&mut self, fields: I)
    where
        I: IntoIterator<Item = S>,
        S: AsRef<[u8]>,
    {
        for (i, field) in fields.into_iter().enumerate() {
            if i > 0 {
                self.put(&[], |w, _, out| {
                    let (r, n) = w.delimiter(out);
                    (r, 0, n)
                });
            }
            self.put(field.as_ref(), |w, input, out| w.field(input, out));
        }
        self.put(&[], |w, _, out| {
            let (r, n) = w.terminator(out);
            (r, 0, n)
        });
    }

    /// The document.
    pub fn finish(mut self) -> String {
        self.put(&[], |w, _, out| {
            let (r, n) = w.finish(out);
            (r, 0, n)
        });
        String::from_utf8(self.out).expect("CSV of UTF-8 fields is UTF-8")
    }
}

/// A text cell that a spreadsheet shows as text: one that would otherwise
/// start a formula (`=`, `+`, `-`, `@`, a tab or a carriage return) gets a
/// leading apostrophe, the spreadsheet convention for "this is text" (OWASP,
/// "CSV Injection"). For text people typed (student names, notes, file and
/// segment names); numbers go through [`cell`] and stay numbers.
pub fn text(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

/// The monthly series as CSV (header line, then one line per month), with
/// the column names as headers.
pub fn monthly_csv(months: &[MonthReport]) -> String {
    monthly_csv_with_headers(months, |name| name)
}

/// The monthly series as CSV with headers from `header` (e.g. translated).
pub fn monthly_csv_with_headers(
    months: &[MonthReport],
    header: impl Fn(&'static str) -> &'static str,
) -> String {
    let mut out = CsvText::new();
    out.row(MONTHLY_COLUMNS.iter().map(|c| header(c.name)));
    for m in months {
        out.row(MONTHLY_COLUMNS.iter().map(|c| cell((c.value)(m))));
    }
    out.finish()
}

/// The header of the customer-level snapshot.
pub const CUSTOMER_COLUMNS: [&str; 14] = [
    "id",
    "segment",
    "stage",
    "satisfaction",
    "satisfaction_band",
    "loyalty",
    "repurchase_prob",
    "tenure",
    "realised_value",
    "discounted_value",
    "clv",
    "tier",
    "loyalty_quadrant",
    "loyalty_type",
];

/// How the customer snapshot names its categories: the code names of the
/// command line (`value_seekers`, `growth`, `very_satisfied`), or the
/// page's words in the reader's language.
pub struct CustomerWords<'a> {
    /// A segment by its scenario name (a scenario file's own names too).
    pub segment: &'a dyn Fn(&str) -> String,
    pub stage: &'a dyn Fn(Stage) -> String,
    pub band: &'a dyn Fn(Band) -> String,
    pub tier: &'a dyn Fn(Tier) -> String,
    pub quadrant: &'a dyn Fn(Quadrant) -> String,
    pub loyalty_type: &'a dyn Fn(LoyaltyType) -> String,
}

impl CustomerWords<'_> {
    /// The code names, as on the command line.
    pub const CODES: CustomerWords<'static> = CustomerWords {
        segment: &|s| text(s),
        stage: &|s| s.name().to_string(),
        band: &|b| b.name().to_string(),
        tier: &|t| t.name().to_string(),
        quadrant: &|q| q.name().to_string(),
        loyalty_type: &|t| t.name().to_string(),
    };
}

/// Every person in the market at the end of the run, as CSV. Prospects and
/// churned customers have empty satisfaction, loyalty, tier and loyalty-type
/// cells; `market` is the last month's (`Market::of` the scenario and its
/// levers), which the loyalty types read.
pub fn customers_csv(scenario: &Scenario, customers: &[Customer], market: &Market) -> String {
    customers_csv_with(
        scenario,
        customers,
        market,
        &CUSTOMER_COLUMNS,
        &CustomerWords::CODES,
    )
}

/// As [`customers_csv`], with other column titles and category names (the
/// page's, in the reader's language).
pub fn customers_csv_with(
    scenario: &Scenario,
    customers: &[Customer],
    market: &Market,
    header: &[&str; 14],
    words: &CustomerWords,
) -> String {
    let mut out = CsvText::new();
    out.row(header);
    // A scenario file names its segments: text someone typed.
    let segments: Vec<String> = scenario
        .segments
        .iter()
        .map(|s| (words.segment)(&s.name))
        .collect();
    for (id, c) in customers.iter().enumerate() {
        let active = c.stage.is_active();
        let opt = |x: f64| if active { Some(x) } else { None };
        let name_if_active = |name: &str| {
            if active {
                name.to_string()
            } else {
                String::new()
            }
        };
        out.row([
            id.to_string(),
            segments[c.segment as usize].clone(),
            (words.stage)(c.stage),
            cell(opt(c.satisfaction)),
            name_if_active(&(words.band)(Band::of(c.satisfaction))),
            cell(opt(c.loyalty)),
            cell(opt(c.repurchase_prob)),
            c.tenure.to_string(),
            cell(Some(c.realised_value)),
            cell(Some(c.discounted_value)),
            cell(Some(c.clv)),
            name_if_active(&(words.tier)(c.tier)),
            name_if_active(&(words.quadrant)(Quadrant::of(
                c.loyalty,
                c.repurchase_prob,
            ))),
            name_if_active(&(words.loyalty_type)(classify(
                c,
                scenario.segments[c.segment as usize].price_sensitivity,
                market,
            ))),
        ]);
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::{run_with_final_state, Decisions, Levers};

    #[test]
    fn cells_are_compact_and_empty_when_undefined() {
        assert_eq!(cell(Some(3.0)), "3");
        assert_eq!(cell(Some(0.25)), "0.25");
        assert_eq!(cell(Some(1.0 / 3.0)), "0.333333");
        assert_eq!(cell(Some(-0.0000001)), "0");
        assert_eq!(cell(None), "");
    }

    #[test]
    fn text_that_would_run_as_a_formula_is_kept_as_text() {
        for formula in ["=1+1", "+1", "-2", "@SUM(A1)", "\tx", "\rx"] {
            assert_eq!(text(formula), format!("'{formula}"));
        }
        assert_eq!(text("Wang, Fang"), "Wang, Fang");
        assert_eq!(text("王芳"), "王芳");
        let mut csv = CsvText::new();
        csv.row([text("=HYPERLINK(\"x\")"), text("a,b"), cell(Some(-3.5))]);
        csv.row([text("two\nlines"), String::new(), cell(None)]);
        assert_eq!(
            csv.finish(),
            "\"'=HYPERLINK(\"\"x\"\")\",\"a,b\",-3.5\n\"two\nlines\",,\n"
        );
    }

    #[test]
    fn csv_has_a_header_and_a_row_per_month() {
        let s = Scenario {
            market_size: 500,
            months: 6,
            ..Scenario::default()
        };
        let (run, sim) = run_with_final_state(&s, &Decisions::constant(Levers::default())).unwrap();
        let csv = monthly_csv(&run.months);
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines.len(), 7);
        let header: Vec<&str> = lines[0].split(',').collect();
        for required in REQUIRED_MONTHLY_COLUMNS {
            assert!(header.contains(&required), "{required}");
        }
        assert!(lines[1..]
            .iter()
            .all(|l| l.split(',').count() == header.len()));
        let market = Market::of(&s, &Levers::default());
        let customers = customers_csv(&s, sim.customers(), &market);
        assert_eq!(customers.lines().count(), 501);
        assert!(customers.starts_with("id,segment,stage,satisfaction,satisfaction_band,loyalty,repurchase_prob,tenure,realised_value,discounted_value,clv"));
        assert!(customers.contains("value_seekers"));
        // Other words for the categories name every one of them.
        let words = CustomerWords {
            segment: &|s| format!("S:{s}"),
            stage: &|s| format!("T:{}", s.name()),
            band: &|b| format!("B:{}", b.name()),
            tier: &|t| format!("P:{}", t.name()),
            quadrant: &|q| format!("Q:{}", q.name()),
            loyalty_type: &|t| format!("L:{}", t.name()),
        };
        let named = customers_csv_with(&s, sim.customers(), &market, &CUSTOMER_COLUMNS, &words);
        let row: Vec<&str> = named
            .lines()
            .skip(1)
            .find(|l| l.contains("T:maturity"))
            .expect("a customer in maturity")
            .split(',')
            .collect();
        assert!(
            row[1].starts_with("S:") && row[4].starts_with("B:"),
            "{row:?}"
        );
        assert!(
            row[11].starts_with("P:") && row[12].starts_with("Q:"),
            "{row:?}"
        );
        assert!(row[13].starts_with("L:"), "{row:?}");
        assert!(!named.contains(",value_seekers,"));
    }
}
