//! What the league's pages share: the league table, market shares round by
//! round, the switching flows of a round, the round's events, and the
//! words for a refused code.

use yew::prelude::*;

use crate::i18n::Lang;
use crate::league::round::EntryError;
use crate::league::{League, LeagueRun, Standing};
use crate::sim::MarketEvent;
use crate::ui::format::{percent, thousands, MoneyColumn};
use crate::ui::messages::Notice;

/// A colour per team (the outside competitor is grey): distinguishable in
/// print and for the common colour-vision deficiencies (Okabe–Ito).
pub const TEAM_COLOURS: [&str; 8] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000",
];
pub const OUTSIDE_COLOUR: &str = "#BBBBBB";

/// The league table, best first: rank, team, score and what makes it.
pub fn table_view(l: Lang, rows: &[Standing], capped: bool, id: &'static str) -> Html {
    let rows = crate::league::play::best_first(rows);
    let column = |f: fn(&Standing) -> f64| MoneyColumn::of(rows.iter().map(f), l);
    let (score, equity) = (column(|r| r.score), column(|r| r.customer_equity));
    let (profit, penalties) = (column(|r| r.cumulative_profit), column(|r| r.penalties));
    html! {
        <div class="table-wrap">
        <table class="league-table" id={id}>
            <caption>{ l.t("league.table.caption") }</caption>
            <thead><tr>
                <th scope="col">{ l.t("league.table.rank") }</th>
                <th scope="col">{ l.t("league.table.team") }</th>
                <th scope="col" title={l.t("league.table.score.help")}>{ l.t("league.table.score") }</th>
                <th scope="col" title={l.t("league.table.equity.help")}>{ l.t("league.table.equity") }</th>
                <th scope="col" title={l.t("league.table.profit.help")}>{ l.t("league.table.profit") }</th>
                <th scope="col" title={l.t("league.table.customers.help")}>{ l.t("league.table.customers") }</th>
                <th scope="col" title={l.t("league.table.share.help")}>{ l.t("league.table.share") }</th>
                <th scope="col" title={l.t("league.table.revenue_share.help")}>{ l.t("league.table.revenue_share") }</th>
                if capped {
                    <th scope="col" title={l.t("league.table.penalties.help")}>{ l.t("league.table.penalties") }</th>
                }
            </tr></thead>
            <tbody>
                { for rows.iter().map(|r| html! {
                    <tr data-team={r.team.to_string()}>
                        <td class="num">{ r.rank }</td>
                        <th scope="row"><span class="swatch" style={format!("background:{}", TEAM_COLOURS[r.team % 8])} aria-hidden="true"></span>{ &r.name }</th>
                        <td class="num score">{ score.span(r.score) }</td>
                        <td class="num">{ equity.span(r.customer_equity) }</td>
                        <td class="num">{ profit.span(r.cumulative_profit) }</td>
                        <td class="num">{ thousands(f64::from(r.customers)) }</td>
                        <td class="num">{ percent(r.customer_share, 1) }</td>
                        <td class="num">{ percent(r.revenue_share, 1) }</td>
                        if capped {
                            <td class="num">{ penalties.span(r.penalties) }</td>
                        }
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}

/// Market shares of customers at the end of each round: a bar per round,
/// split by team, the rest the outside competitor's (and nobody's).
pub fn shares_view(l: Lang, league: &League, run: &LeagueRun) -> Html {
    let names = &league.settings.teams;
    let rounds = run.tables.len();
    html! {
        <figure class="league-shares" id="league-shares">
            <figcaption>{ l.t("league.shares.caption") }</figcaption>
            <ol class="share-bars">
                { for (0..rounds).map(|r| {
                    let table = &run.tables[r];
                    let outside = 1.0 - table.iter().map(|s| s.customer_share).sum::<f64>();
                    let label = table.iter()
                        .map(|s| format!("{} {}", s.name, percent(s.customer_share, 1)))
                        .collect::<Vec<_>>()
                        .join(", ");
                    html! {
                        <li>
                            <span class="round-label">{ l.tf("league.round_n", &[("n", &(r + 1).to_string())]) }</span>
                            <span class="bar" role="img" aria-label={format!("{}: {label}; {} {}", l.tf("league.round_n", &[("n", &(r + 1).to_string())]), l.t("league.outside"), percent(outside, 1))}>
                                { for table.iter().map(|s| html! {
                                    <span class="part" title={format!("{} {}", s.name, percent(s.customer_share, 1))}
                                        style={format!("width:{:.3}%;background:{}", 100.0 * s.customer_share, TEAM_COLOURS[s.team % 8])}>
                                        if s.customer_share >= 0.06 { { percent(s.customer_share, 0) } }
                                    </span>
                                }) }
                                <span class="part outside" style={format!("width:{:.3}%;background:{OUTSIDE_COLOUR}", 100.0 * outside.max(0.0))}></span>
                            </span>
                        </li>
                    }
                }) }
            </ol>
            <p class="legend">
                { for names.iter().enumerate().map(|(t, n)| html! {
                    <span class="key"><span class="swatch" style={format!("background:{}", TEAM_COLOURS[t % 8])} aria-hidden="true"></span>{ n.trim() }</span>
                }) }
                <span class="key"><span class="swatch" style={format!("background:{OUTSIDE_COLOUR}")} aria-hidden="true"></span>{ l.t("league.outside") }</span>
            </p>
            <p class="help">{ l.t("league.shares.help") }</p>
        </figure>
    }
}

/// Who won customers from whom in round `round`: a from × to table over
/// the teams and the outside competitor.
pub fn switching_view(l: Lang, league: &League, run: &LeagueRun, round: u32) -> Html {
    let names: Vec<String> = league
        .settings
        .teams
        .iter()
        .map(|n| n.trim().to_string())
        .chain([l.t("league.outside").to_string()])
        .collect();
    let n = names.len();
    let per = league.settings.months_per_round;
    html! {
        <div class="table-wrap">
        <table class="switching" id="league-switching">
            <caption>{ l.tf("league.switching.caption", &[("n", &round.to_string())]) }</caption>
            <thead><tr>
                <th scope="col">{ l.t("league.switching.from_to") }</th>
                { for names.iter().map(|x| html! { <th scope="col">{ x }</th> }) }
            </tr></thead>
            <tbody>
                { for (0..n).map(|from| html! {
                    <tr>
                        <th scope="row">{ &names[from] }</th>
                        { for (0..n).map(|to| {
                            let v = if from == to { None } else { Some(run.switched_in_round(per, round, from, to)) };
                            html! { <td class="num">{ v.map_or("—".to_string(), |v| thousands(f64::from(v))) }</td> }
                        }) }
                    </tr>
                }) }
            </tbody>
        </table>
        </div>
    }
}

/// The market events scripted for round `round`, in words.
pub fn events_view(l: Lang, league: &League, round: u32) -> Html {
    let events: Vec<String> = league
        .settings
        .events
        .iter()
        .filter(|e| e.round == round)
        .map(|e| event_words(l, &e.event))
        .collect();
    if events.is_empty() {
        return html! {};
    }
    html! {
        <div class="league-events" id="league-events">
            <h3>{ l.tf("league.events.heading", &[("n", &round.to_string())]) }</h3>
            <ul>{ for events.iter().map(|e| html! { <li>{ e }</li> }) }</ul>
        </div>
    }
}

/// One market event in words.
pub fn event_words(l: Lang, e: &MarketEvent) -> String {
    match *e {
        MarketEvent::CompetitorPrice { change } => l.tf(
            "league.event.competitor_price",
            &[("change", &signed_percent(change))],
        ),
        MarketEvent::CompetitorQuality { change } => l.tf(
            "league.event.competitor_quality",
            &[("change", &format!("{change:+.1}"))],
        ),
        MarketEvent::Competition { change } => l.tf(
            "league.event.competition",
            &[("change", &format!("{change:+.2}"))],
        ),
        MarketEvent::ServiceOutage {
            extra_failure,
            months,
        } => l.tf(
            "league.event.outage",
            &[
                ("extra", &percent(extra_failure, 0)),
                ("months", &months.to_string()),
            ],
        ),
    }
}

fn signed_percent(x: f64) -> String {
    let p = percent(x.abs(), 0);
    if x < 0.0 {
        format!("−{p}")
    } else {
        format!("+{p}")
    }
}

/// A refused code, in the user's language.
/// `teams` are the league's team names (a team is named as everywhere else).
pub fn entry_notice(e: &EntryError, teams: &[String]) -> Notice {
    use crate::league::code::CodeError;
    let with = |key: &'static str, args: Vec<(&'static str, String)>| Notice {
        args,
        ..Notice::new(key)
    };
    match e {
        EntryError::Code(CodeError::Empty) => Notice::new("league.code.empty"),
        EntryError::Code(CodeError::BadCharacter {
            character,
            position,
        }) => with(
            "league.code.bad_character",
            vec![
                ("character", character.to_string()),
                ("position", position.to_string()),
            ],
        ),
        EntryError::Code(CodeError::WrongLength { given }) => with(
            "league.code.wrong_length",
            vec![
                ("given", given.to_string()),
                ("length", crate::league::code::LENGTH.to_string()),
            ],
        ),
        EntryError::Code(CodeError::Check) => Notice::new("league.code.check"),
        EntryError::Code(CodeError::Version { .. }) => Notice::new("league.code.version"),
        EntryError::Code(CodeError::OutOfRange { .. }) => Notice::new("league.code.out_of_range"),
        EntryError::Finished => Notice::new("league.code.finished"),
        EntryError::WrongRound { given, open } => with(
            "league.code.wrong_round",
            vec![("given", given.to_string()), ("open", open.to_string())],
        ),
        EntryError::NoSuchTeam { given, teams } => with(
            "league.code.no_such_team",
            vec![
                ("given", (given + 1).to_string()),
                ("teams", teams.to_string()),
            ],
        ),
        EntryError::Duplicate { team } => with(
            "league.code.duplicate",
            vec![(
                "team",
                teams.get(usize::from(*team)).map_or_else(
                    || (usize::from(*team) + 1).to_string(),
                    |n| format!("{}. {}", usize::from(*team) + 1, n.trim()),
                ),
            )],
        ),
        EntryError::NoLastRound => Notice::new("league.code.no_last_round"),
    }
}
