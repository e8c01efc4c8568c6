//! The views of a run that playing and the report share: the key figures
//! at the end of every round, the limits with their status, and what
//! happened in a round (their own file, so neither page imports the other).

use yew::prelude::*;

use super::words;
use crate::coursework::{Kpi, Results, RoundKpis, RoundReport};
use crate::i18n::Lang;
use crate::ui::format::{one_decimal, percent, thousands, MoneyColumn};

/// The key figures at the end of every round.
pub fn rounds_table(l: Lang, r: &Results) -> Html {
    let column = |f: fn(&RoundKpis) -> f64| MoneyColumn::of(r.rounds.iter().map(f), l);
    let (profit, cumulative) = (column(|k| k.profit), column(|k| k.cumulative_profit));
    let (equity, spend) = (column(|k| k.customer_equity), column(|k| k.spend));
    html! {
        <div class="table-wrap">
            <table class="figures rounds-table">
                <thead><tr>
                    <th scope="col">{ l.t("course.col_round") }</th>
                    <th scope="col">{ l.with_unit(l.t("kpi.satisfaction"), l.t("unit.points")) }</th>
                    <th scope="col">{ l.with_unit(l.t("kpi.loyalty"), l.t("unit.points")) }</th>
                    <th scope="col">{ l.t("kpi.annual_retention") }</th>
                    <th scope="col">{ l.t("kpi.active") }</th>
                    <th scope="col">{ l.t("course.profit_in_round") }</th>
                    <th scope="col">{ l.t("kpi.cumulative_profit") }</th>
                    <th scope="col">{ l.t("kpi.equity") }</th>
                    <th scope="col">{ l.t("course.spend_in_round") }</th>
                </tr></thead>
                <tbody>
                    { for r.rounds.iter().map(|k| html! {
                        <tr>
                            <th scope="row">{ l.tf("course.round_month", &[("round", &k.round.to_string()), ("month", &k.month.to_string())]) }</th>
                            <td>{ one_decimal(k.satisfaction) }</td>
                            <td>{ one_decimal(k.loyalty) }</td>
                            <td>{ k.annual_retention.map_or_else(|| "–".into(), |v| percent(v, 1)) }</td>
                            <td>{ thousands(f64::from(k.active_customers)) }</td>
                            <td>{ profit.span(k.profit) }</td>
                            <td>{ cumulative.span(k.cumulative_profit) }</td>
                            <td>{ equity.span(k.customer_equity) }</td>
                            <td>{ spend.span(k.spend) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// The limits, each with its status.
pub fn limits_view(l: Lang, r: &Results) -> Html {
    if r.limits.is_empty() {
        return html! { <p class="field-help">{ l.t("course.no_limits") }</p> };
    }
    html! {
        <ul class="limits">
            { for r.limits.iter().map(|c| {
                let (name, rule, actual, status) = words::limit(l, c);
                let class = format!("limit {}", match c.status {
                    crate::coursework::Status::Met => "good",
                    crate::coursework::Status::Broken => "bad",
                    crate::coursework::Status::Pending => "pending",
                });
                html! {
                    <li class={class} data-limit={c.limit.name()}>
                        <strong>{ name }</strong>{ l.t("common.colon") }{ rule }
                        { " · " }{ l.t("course.so_far") }{ " " }{ actual }{ " · " }<strong>{ status }</strong>
                    </li>
                }
            }) }
        </ul>
    }
}

/// What happened in a round: events, the student's changes, and the key
/// figures that moved most with what caused them.
pub fn round_report_view(l: Lang, r: &RoundReport, id: &str) -> Html {
    let headlines: Vec<_> = r.headlines().collect();
    html! {
        <section class="round-report" id={id.to_string()} aria-labelledby={format!("{id}-heading")}>
            <h2 id={format!("{id}-heading")}>{ l.tf(if r.first_month == r.last_month { "course.round_report_one" } else { "course.round_report" }, &[
                ("round", &r.round.to_string()), ("first", &r.first_month.to_string()), ("last", &r.last_month.to_string()),
            ]) }</h2>
            <h3>{ l.t("course.market") }</h3>
            if r.events.is_empty() {
                <p>{ l.t("course.no_events") }</p>
            } else {
                <ul>{ for r.events.iter().map(|e| html! { <li class="event">{ words::event(l, e) }</li> }) }</ul>
            }
            <h3>{ l.t("course.your_changes") }</h3>
            if r.lever_changes.is_empty() {
                <p>{ l.t("course.no_changes") }</p>
            } else {
                <ul>{ for r.lever_changes.iter().map(|c| html! { <li>{ words::lever_change(l, c) }</li> }) }</ul>
            }
            <h3>{ l.t("course.what_moved") }</h3>
            if r.moves.iter().all(|m| m.before.is_none() && m.by_decisions.is_none()) {
                <p>{ l.t("course.first_round") }</p>
                <ul class="summary">
                    { for r.moves.iter().filter(|m| matches!(m.kpi, Kpi::Satisfaction | Kpi::AnnualRetention | Kpi::ActiveCustomers | Kpi::CustomerEquity)).map(|m| html! {
                        <li data-kpi={m.kpi.name()}>{ words::kpi_move(l, m).join(l.sentence_gap()) }</li>
                    }) }
                </ul>
            } else if headlines.is_empty() {
                <p>{ l.t("course.quiet") }</p>
            } else {
                <ul class="summary">
                    { for headlines.iter().map(|m| html! {
                        <li data-kpi={m.kpi.name()}>{ words::kpi_move(l, m).join(l.sentence_gap()) }</li>
                    }) }
                </ul>
            }
        </section>
    }
}
