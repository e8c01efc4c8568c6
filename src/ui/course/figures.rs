//! The table of key figures at the end of every round: shown while playing
//! and printed in the report (its own file, so neither imports the other
//! for it).

use yew::prelude::*;

use crate::coursework::Results;
use crate::i18n::Lang;
use crate::ui::format::{one_decimal, percent, thousands};

/// The key figures at the end of every round.
pub fn rounds_table(l: Lang, r: &Results) -> Html {
    let y = l.t("unit_yuan");
    html! {
        <div class="table-wrap">
            <table class="figures rounds-table">
                <thead><tr>
                    <th scope="col">{ l.t("course.col_round") }</th>
                    <th scope="col">{ format!("{} ({})", l.t("kpi_satisfaction"), l.t("unit_points")) }</th>
                    <th scope="col">{ format!("{} ({})", l.t("kpi_loyalty"), l.t("unit_points")) }</th>
                    <th scope="col">{ l.t("kpi_annual_retention") }</th>
                    <th scope="col">{ l.t("kpi_active") }</th>
                    <th scope="col">{ format!("{} ({y})", l.t("course.profit_in_round")) }</th>
                    <th scope="col">{ format!("{} ({y})", l.t("kpi_cumulative_profit")) }</th>
                    <th scope="col">{ format!("{} ({y})", l.t("kpi_equity")) }</th>
                    <th scope="col">{ format!("{} ({y})", l.t("course.spend_in_round")) }</th>
                </tr></thead>
                <tbody>
                    { for r.rounds.iter().map(|k| html! {
                        <tr>
                            <th scope="row">{ l.tf("course.round_month", &[("round", &k.round.to_string()), ("month", &k.month.to_string())]) }</th>
                            <td>{ one_decimal(k.satisfaction) }</td>
                            <td>{ one_decimal(k.loyalty) }</td>
                            <td>{ k.annual_retention.map_or_else(|| "–".into(), |v| percent(v, 1)) }</td>
                            <td>{ thousands(f64::from(k.active_customers)) }</td>
                            <td>{ thousands(k.profit) }</td>
                            <td>{ thousands(k.cumulative_profit) }</td>
                            <td>{ thousands(k.customer_equity) }</td>
                            <td>{ thousands(k.spend) }</td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}
