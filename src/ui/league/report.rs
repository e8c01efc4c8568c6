//! `#league/report`: the league kept in this browser as a printable report
//! (A4, in the page's language): the settings, the league table, market
//! shares, each round's switching flows and events, and every team's
//! decisions round by round.

use yew::prelude::*;

use super::replay::{progress_view, use_replay};
use super::store;
use super::views::{event_words, shares_view, switching_view, table_view};
use crate::i18n::Lang;
use crate::league::League;
use crate::sim::LEVERS;
use crate::ui::controls::lever_slider::show;
use crate::ui::format::{display_scale, money};
use crate::ui::prefs::use_prefs;
use crate::ui::route::{LeagueRoute, Route};

#[function_component(LeagueReport)]
pub fn league_report() -> Html {
    let prefs = use_prefs();
    let l = prefs.lang;
    let kept = use_state(|| store::load().ok().flatten());
    let replayed = use_replay(kept.as_ref().map(|k| k.league.clone()));
    let Some(k) = (*kept).clone() else {
        return html! {
            <div class="league-report">
                <p class="empty">{ l.t("league.no_league") }</p>
                <p><a class="button" href={Route::League(LeagueRoute::New).fragment()}>{ l.t("league.new.heading") }</a></p>
            </div>
        };
    };
    let league = &k.league;
    let s = &league.settings;
    let run = match replayed.played.map(|p| p.0) {
        Some(Ok(r)) => r,
        Some(Err(e)) => {
            return html! {
                <div class="notice" role="alert" id="notice"><span>{ crate::ui::messages::describe(l, &e) }</span></div>
            }
        }
        None => {
            return html! {
                <div class="league-report">
                    <h2>{ l.tf("league.report.heading", &[("name", &s.name)]) }</h2>
                    { progress_view(l, replayed.progress.unwrap_or(0.0), "league-progress") }
                </div>
            }
        }
    };
    let on_print = Callback::from(|_: MouseEvent| {
        if let Some(w) = crate::ui::browser::window() {
            let _ = w.print();
        }
    });
    let played = league.rounds_played();
    html! {
        <article class="league-report report" id="league-report">
            <p class="no-print">
                <a class="button" href={Route::League(LeagueRoute::Host).fragment()}>{ l.t("league.back_to_console") }</a>{ " " }
                <button type="button" class="primary" id="league-print" onclick={on_print}>{ l.t("league.report.print") }</button>
            </p>
            <h2>{ l.tf("league.report.heading", &[("name", &s.name)]) }</h2>
            <dl class="settings">
                <dt>{ l.t("market.scenario") }</dt>
                <dd>{ crate::ui::keys::scenario(&s.scenario).map_or(s.scenario.as_str(), |(k, _)| l.t(k)) }</dd>
                <dt>{ l.t("league.new.market_size") }</dt><dd>{ format!("{} {}", crate::ui::format::thousands(f64::from(s.market_size)), l.t("market.size.unit")) }</dd>
                <dt>{ l.t("league.new.seed") }</dt><dd>{ s.seed }</dd>
                <dt>{ l.t("league.new.rounds") }</dt><dd>{ l.tf("league.report.rounds", &[("played", &played.to_string()), ("rounds", &s.rounds.to_string()), ("months", &s.months_per_round.to_string())]) }</dd>
                <dt>{ l.t("league.new.scoring_heading") }</dt>
                <dd>{ l.tf("league.report.scoring", &[
                    ("equity", &s.scoring.equity_weight.to_string()),
                    ("profit", &s.scoring.profit_weight.to_string()),
                ]) }
                if let Some(cap) = s.spend_cap {
                    { " " }{ l.tf("league.report.cap", &[("cap", &money(cap, l)), ("penalty", &s.scoring.penalty_per_yuan.to_string())]) }
                }</dd>
            </dl>
            if played == 0 {
                <p class="empty">{ l.t("league.no_rounds_yet") }</p>
            } else {
                { table_view(l, &run.tables[played as usize - 1], s.spend_cap.is_some(), "league-table") }
                <p class="help">{ l.t("league.table.help") }</p>
                { shares_view(l, league, &run) }
                { for (1..=played).map(|r| html! {
                    <section class="report-round">
                        <h3>{ l.tf("league.round_n", &[("n", &r.to_string())]) }</h3>
                        { for s.events.iter().filter(|e| e.round == r).map(|e| html! { <p class="event">{ event_words(l, &e.event) }</p> }) }
                        { switching_view(l, league, &run, r) }
                    </section>
                }) }
                <h3>{ l.t("league.report.decisions") }</h3>
                { for (0..s.teams.len()).map(|t| decisions_view(l, league, t)) }
            }
        </article>
    }
}

/// Team `t`'s decisions: a row per lever, a column per round.
fn decisions_view(l: Lang, league: &League, t: usize) -> Html {
    let rounds = league.decisions.len();
    html! {
        <div class="table-wrap">
        <table class="league-decisions" data-team={t.to_string()}>
            <caption>{ league.settings.teams[t].trim() }</caption>
            <thead><tr>
                <th scope="col">{ l.t("league.report.lever") }</th>
                { for (1..=rounds).map(|r| html! { <th scope="col">{ l.tf("league.round_short", &[("n", &r.to_string())]) }</th> }) }
            </tr></thead>
            <tbody>
                <tr>
                    <th scope="row">{ l.t("targeting.label") }</th>
                    { for league.decisions.iter().map(|d| html! { <td>{ l.t(crate::ui::keys::targeting(d[t].retention_targeting)) }</td> }) }
                </tr>
                { for LEVERS.iter().map(|spec| {
                    let keys = crate::ui::keys::lever(spec.id);
                    html! {
                        <tr>
                            <th scope="row">{ l.tf("common.label_with_unit", &[("label", l.t(keys.label)), ("unit", l.t(keys.unit))]) }</th>
                            { for league.decisions.iter().map(|d| html! {
                                <td class="num">{ show(d[t].get(spec.id) * display_scale(spec.id)) }</td>
                            }) }
                        </tr>
                    }
                }) }
            </tbody>
        </table>
        </div>
    }
}
