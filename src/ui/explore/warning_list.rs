//! The early-warning list (流失预警) at the month on screen: how many
//! customers are at risk and their value at risk, and the customers most
//! likely to leave next month with their value, stage and main reason;
//! sortable by any column (a header is a button), and saved as CSV in the
//! reader's language.

use std::rc::Rc;

use yew::prelude::*;

use crate::export::{cell, CsvText};
use crate::i18n::Lang;
use crate::sim::early_warning::Flagged;
use crate::ui::format::{money, percent, thousands, MoneyColumn};
use crate::ui::run::ExploreRun;
use crate::ui::{download, keys};

#[derive(Properties, PartialEq)]
pub struct WarningListProps {
    pub lang: Lang,
    pub run: Rc<ExploreRun>,
    /// The month on screen (1-based, within the run).
    pub month: u32,
}

/// The columns, in the order shown: (header key, sort key of a row).
pub(crate) const COLUMNS: [&str; 7] = [
    "warning.col_id",
    "warning.col_segment",
    "warning.col_stage",
    "warning.col_risk",
    "warning.col_clv",
    "warning.col_var",
    "warning.col_reason",
];

/// A row's words and numbers, cell by cell, as the page shows them (for
/// the screen) or as numbers (for the file).
pub(crate) fn cells(l: Lang, run: &ExploreRun, f: &Flagged, for_file: bool) -> [String; 7] {
    let segment = &run.run.scenario.segments[usize::from(f.segment)].name;
    let segment = keys::segment(segment).map_or(segment.clone(), |k| l.t(k).to_string());
    let number = |x: f64| {
        if for_file {
            cell(Some(x))
        } else {
            money(x, l)
        }
    };
    [
        f.id.to_string(),
        segment,
        l.t(keys::stage(f.stage)).to_string(),
        if for_file {
            // In percent, as its header says.
            cell(Some((f.churn_risk * 1000.0).round() / 10.0))
        } else {
            percent(f.churn_risk, 1)
        },
        number(f.clv),
        number(f.value_at_risk),
        l.t(keys::reason(f.reason)).to_string(),
    ]
}

/// Orders rows by column `by` (descending for numbers, ascending for words
/// and the customer number), ties by customer number.
pub(crate) fn sorted(rows: &[Flagged], by: usize) -> Vec<Flagged> {
    let mut rows = rows.to_vec();
    rows.sort_by(|a, b| {
        let order = match by {
            1 => a.segment.cmp(&b.segment),
            2 => a.stage.cmp(&b.stage),
            3 => b.churn_risk.total_cmp(&a.churn_risk),
            4 => b.clv.total_cmp(&a.clv),
            5 => b.value_at_risk.total_cmp(&a.value_at_risk),
            6 => a.reason.cmp(&b.reason),
            _ => a.id.cmp(&b.id),
        };
        order.then(a.id.cmp(&b.id))
    });
    rows
}

#[function_component(WarningList)]
pub fn warning_list(p: &WarningListProps) -> Html {
    let l = p.lang;
    let by = use_state(|| 3usize);
    let k = (p.month.max(1) as usize - 1).min(p.run.run.months.len().saturating_sub(1));
    let report = &p.run.run.months[k].early_warning;
    let rows = p
        .run
        .extras
        .get(k)
        .map(|e| sorted(&e.at_risk, *by))
        .unwrap_or_default();
    let clv = MoneyColumn::of(rows.iter().map(|f| f.clv), l);
    let at_risk = MoneyColumn::of(rows.iter().map(|f| f.value_at_risk), l);
    let save = {
        let (run, rows) = (p.run.clone(), rows.clone());
        Callback::from(move |_: MouseEvent| {
            let mut csv = CsvText::new();
            // Money columns name their unit in the file (a cell is a number).
            csv.row(COLUMNS.iter().enumerate().map(|(i, c)| match i {
                4 | 5 => l.with_unit(l.t(c), l.t("unit.yuan")),
                _ => l.t(c).to_string(),
            }));
            for f in &rows {
                csv.row(cells(l, &run, f, true));
            }
            let name = format!("crm-lab-early-warning-month-{}.csv", k + 1);
            if let Err(e) = download::save_csv(&name, &csv.finish()) {
                gloo::console::error!(e);
            }
        })
    };
    html! {
        <section class="warning-list" aria-labelledby="warning-heading">
            <h2 id="warning-heading">{ l.tf("warning.heading", &[("month", &(k + 1).to_string())]) }</h2>
            if rows.is_empty() {
                <p id="warning-summary">{ l.t("warning.none") }</p>
            } else {
                <p id="warning-summary">{ l.tf("warning.summary", &[
                    ("count", &thousands(f64::from(report.at_risk))),
                    ("value", &money(report.value_at_risk, l)),
                    ("n", &crate::lessons::evidence::WARNING_LIST.to_string()),
                ]) }</p>
                <div class="table-wrap">
                    <table class="figures" id="warning-table">
                        <thead><tr>
                            { for COLUMNS.iter().enumerate().map(|(i, c)| {
                                let sort = by.clone();
                                let label = l.t(c);
                                html! {
                                    <th scope="col" aria-sort={if *by == i { "descending" } else { "none" }}>
                                        <button class="sort" data-column={i.to_string()}
                                            title={l.tf("warning.sort", &[("column", label)])}
                                            onclick={Callback::from(move |_: MouseEvent| sort.set(i))}>
                                            { label }{ if *by == i { " ▾" } else { "" } }
                                        </button>
                                    </th>
                                }
                            }) }
                        </tr></thead>
                        <tbody>
                            { for rows.iter().map(|f| {
                                let c = cells(l, &p.run, f, false);
                                html! {
                                    <tr data-customer={f.id.to_string()}>
                                        <th scope="row">{ c[0].clone() }</th>
                                        <td>{ c[1].clone() }</td>
                                        <td>{ c[2].clone() }</td>
                                        <td>{ c[3].clone() }</td>
                                        <td>{ clv.span(f.clv) }</td>
                                        <td>{ at_risk.span(f.value_at_risk) }</td>
                                        <td>{ c[6].clone() }</td>
                                    </tr>
                                }
                            }) }
                        </tbody>
                    </table>
                </div>
                <p class="help" id="warning-columns-help">{ l.t("warning.columns_help") }</p>
                <button id="save-warning-list" onclick={save}>{ l.t("warning.csv") }</button>
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::early_warning::Reason;
    use crate::sim::Stage;

    fn row(id: u32, risk: f64, clv: f64) -> Flagged {
        Flagged {
            id,
            segment: (id % 3) as u8,
            stage: Stage::Maturity,
            churn_risk: risk,
            clv,
            value_at_risk: risk * clv,
            reason: Reason::Price,
        }
    }

    #[test]
    fn rows_sort_by_the_column_chosen() {
        let rows = [row(1, 0.1, 500.0), row(2, 0.3, 100.0), row(3, 0.2, 900.0)];
        let ids = |by| sorted(&rows, by).iter().map(|f| f.id).collect::<Vec<_>>();
        assert_eq!(ids(3), vec![2, 3, 1], "most likely to leave first");
        assert_eq!(ids(4), vec![3, 1, 2], "most valuable first");
        assert_eq!(ids(5), vec![3, 1, 2]);
        assert_eq!(ids(0), vec![1, 2, 3]);
    }
}
