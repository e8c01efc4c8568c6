//! `#league/v/<league>[/team/<n>]`: what a team sees from the league link.
//! The page replays the league from the link (settings and every decision
//! so far), shows the public market view (league table, market shares,
//! switching flows), and for the team picked, its firm's dashboard (the
//! Explore figures and charts) and the form that turns its decisions for
//! the open round into a decision code (and QR code) to send the lecturer.

use std::rc::Rc;

use yew::prelude::*;

use super::replay::{progress_view, use_replay};
use super::views::{events_view, shares_view, switching_view, table_view, TEAM_COLOURS};
use crate::i18n::Lang;
use crate::league::code::DecisionCode;
use crate::league::link::LinkError;
use crate::league::{League, LeagueRun};
use crate::sim::{Levers, RetentionTargeting};
use crate::ui::charts::{Chart, ChartInput, ChartKind};
use crate::ui::controls::{DraftHandlers, LeverList};
use crate::ui::explore::share_dialog::qr_svg;
use crate::ui::kpis::KpiPanel;
use crate::ui::prefs::use_prefs;
use crate::ui::route::{LeagueRoute, Route};
use crate::ui::run::{ExploreRun, ExploreSettings};

/// A link's problem, in words.
fn link_problem(l: Lang, e: &LinkError) -> String {
    match e {
        LinkError::TooLong { chars } => {
            l.tf("league.link.too_long", &[("chars", &chars.to_string())])
        }
        LinkError::Damaged => l.t("league.link.damaged").to_string(),
        LinkError::Version { given } => {
            l.tf("league.link.version", &[("given", &given.to_string())])
        }
        LinkError::Invalid(e) => l.tf(
            "league.link.invalid",
            &[("detail", &crate::ui::messages::describe(l, e))],
        ),
    }
}

#[derive(Properties, PartialEq)]
pub struct LeagueViewProps {
    /// The league part of the link.
    pub payload: String,
    /// The team picked (0-based), if any.
    pub team: Option<usize>,
}

/// The league read from the link and replayed.
struct Opened {
    league: League,
    run: Rc<LeagueRun>,
}

#[function_component(LeagueView)]
pub fn league_view(p: &LeagueViewProps) -> Html {
    let prefs = use_prefs();
    let l = prefs.lang;
    let decoded = use_memo(p.payload.clone(), |payload| {
        crate::league::link::decode(payload)
    });
    let replayed = use_replay((*decoded).as_ref().ok().cloned());
    let opened = use_memo(
        (replayed.played.clone(), p.payload.clone()),
        |(played, _)| match (&*decoded, played.as_ref().map(|p| &p.0)) {
            (Err(e), _) => Err(e.clone()),
            (Ok(_), None) => Ok(None),
            (Ok(_), Some(Err(e))) => Err(LinkError::Invalid(e.clone())),
            (Ok(league), Some(Ok(run))) => Ok(Some(Rc::new(Opened {
                league: league.clone(),
                run: run.clone(),
            }))),
        },
    );
    let o = match &*opened {
        Err(e) => {
            return html! {
                <div class="league-view" id="league-view">
                    <div class="notice" role="alert" id="notice"><span>{ link_problem(l, e) }</span></div>
                    <p><a class="button" href={Route::League(LeagueRoute::Home).fragment()}>{ l.t("league.home") }</a></p>
                </div>
            };
        }
        Ok(None) => {
            let name = (*decoded)
                .as_ref()
                .map(|lg| lg.settings.name.clone())
                .unwrap_or_default();
            return html! {
                <div class="league-view" id="league-view">
                    <header class="league-head"><h2 id="league-name">{ name }</h2></header>
                    { progress_view(l, replayed.progress.unwrap_or(0.0), "league-progress") }
                </div>
            };
        }
        Ok(Some(o)) => o.clone(),
    };
    let league = &o.league;
    let s = &league.settings;
    let played = league.rounds_played();
    let team = p.team.filter(|t| *t < s.teams.len());
    let team_link = |t: usize| {
        Route::League(LeagueRoute::View {
            payload: p.payload.clone(),
            team: Some(t),
        })
        .fragment()
    };
    html! {
        <div class="league-view" id="league-view">
            <header class="league-head">
                <h2 id="league-name">{ &s.name }</h2>
                <p class="status" id="league-status">{
                    if league.finished() {
                        l.tf("league.status.finished", &[("rounds", &s.rounds.to_string())])
                    } else {
                        l.tf("league.status.played", &[("played", &played.to_string()), ("rounds", &s.rounds.to_string()), ("n", &(played + 1).to_string())])
                    }
                }</p>
            </header>
            if p.team.is_some() && team.is_none() {
                <div class="notice" role="alert" id="notice"><span>{ l.tf("league.no_such_team", &[("teams", &s.teams.len().to_string())]) }</span></div>
            }
            <nav class="team-picker" aria-label={l.t("league.pick_team")}>
                <span>{ l.t("league.pick_team") }</span>
                { for s.teams.iter().enumerate().map(|(t, name)| html! {
                    <a class="button team" href={team_link(t)} aria-current={(team == Some(t)).then_some("page")} data-team={t.to_string()}>
                        <span class="swatch" style={format!("background:{}", TEAM_COLOURS[t % 8])} aria-hidden="true"></span>
                        { format!("{}. {}", t + 1, name.trim()) }
                    </a>
                }) }
            </nav>
            if let Some(t) = team {
                if !league.finished() {
                    <DecisionForm key={format!("{t}-{played}")} lang={l} team={t} round={played + 1}
                        name={AttrValue::from(s.teams[t].trim().to_string())}
                        market_size={s.market_size} spend_cap={s.spend_cap}
                        rules={AttrValue::from(rules(l, s))}
                        salt={crate::league::link::league_salt(s)}
                        start={league.decisions.last().map_or_else(|| s.starting_levers(), |r| r[t])} />
                }
            }
            if played == 0 {
                <p class="empty" id="league-no-rounds">{ l.t("league.no_rounds_yet") }</p>
            } else {
                <section class="league-results" aria-labelledby="league-market-heading">
                    <h3 id="league-market-heading">{ l.tf("league.market.heading", &[("n", &played.to_string())]) }</h3>
                    { events_view(l, league, played) }
                    { table_view(l, &o.run.tables[played as usize - 1], s.spend_cap.is_some(), "league-table") }
                    <p class="help">{ l.t("league.table.help") }</p>
                    { shares_view(l, league, &o.run) }
                    { switching_view(l, league, &o.run, played) }
                    <p class="help">{ l.t("league.switching.help") }</p>
                </section>
                if let Some(t) = team {
                    <TeamDashboard lang={l} projector={prefs.projector} opened={Shared(o.clone())} team={t} />
                }
            }
        </div>
    }
}

/// The replayed league, equal only to itself.
#[derive(Clone)]
struct Shared(Rc<Opened>);

impl PartialEq for Shared {
    fn eq(&self, o: &Self) -> bool {
        Rc::ptr_eq(&self.0, &o.0)
    }
}

#[derive(Properties, PartialEq)]
struct TeamDashboardProps {
    lang: Lang,
    projector: bool,
    opened: Shared,
    team: usize,
}

/// The team's firm as Explore shows a run: key figures and charts.
#[function_component(TeamDashboard)]
fn team_dashboard(p: &TeamDashboardProps) -> Html {
    let l = p.lang;
    let o = &p.opened.0;
    let month = use_state(|| None::<u32>);
    let run = o.run.team_run(&o.league, p.team);
    let months = run.months.len() as u32;
    let shown = month.unwrap_or(months).clamp(1, months.max(1));
    let per = o.league.settings.months_per_round;
    let last = run.months[shown as usize - 1].clone();
    let before =
        (shown == months && months > per).then(|| run.months[(months - per) as usize - 1].clone());
    let settings = ExploreSettings {
        scenario: o.league.settings.scenario.clone(),
        market_size: o.league.settings.market_size,
        months,
        seed: o.league.settings.seed,
        levers: *run.decisions.levers_for(months),
        ..ExploreSettings::default()
    };
    let input = Rc::new(ChartInput {
        run: Rc::new(ExploreRun {
            settings,
            run,
            matrix: o.run.matrix.iter().map(|m| m[p.team].clone()).collect(),
            extras: Vec::new(),
            last: None,
        }),
        baseline: None,
        month: shown,
        lang: l,
        projector: p.projector,
        reveal_to_cursor: false,
    });
    let on_month = {
        let month = month.clone();
        Callback::from(move |m: u32| month.set(Some(m)))
    };
    let name = o.league.settings.teams[p.team].trim().to_string();
    let on_png = {
        let stem = crate::ui::download::file_stem(&name);
        Callback::from(
            move |(kind, canvas): (ChartKind, web_sys::HtmlCanvasElement)| {
                let file = format!("crm-lab-league-{stem}-{}-month-{shown}.png", kind.id());
                if let Err(e) = crate::ui::download::save_png(&file, &canvas) {
                    gloo::console::error!(e);
                }
            },
        )
    };
    html! {
        <section class="team-dashboard" id="team-dashboard" aria-labelledby="team-dashboard-heading">
            <h3 id="team-dashboard-heading">{ l.tf("league.dashboard.heading", &[("team", &name)]) }</h3>
            <h4>{ l.tf("kpi.heading", &[("month", &shown.to_string())]) }</h4>
            <KpiPanel lang={l} month={last} baseline={before} delta_label={AttrValue::from(l.t("course.vs_last_round"))} />
            <div class="charts">
                { for [ChartKind::Stages, ChartKind::Satisfaction, ChartKind::Money, ChartKind::Clv, ChartKind::Rates, ChartKind::Care, ChartKind::Matrix, ChartKind::Pyramid]
                    .iter().map(|k| html! {
                        <Chart kind={*k} input={input.clone()} on_month={on_month.clone()} on_download={on_png.clone()} />
                    }) }
            </div>
        </section>
    }
}

/// How the league scores teams, and its cap, in words.
fn rules(l: Lang, s: &crate::league::LeagueSettings) -> String {
    let mut text = l.tf(
        "league.report.scoring",
        &[
            ("equity", &s.scoring.equity_weight.to_string()),
            ("profit", &s.scoring.profit_weight.to_string()),
        ],
    );
    if let Some(cap) = s.spend_cap {
        text.push(' ');
        text.push_str(&l.tf(
            "league.report.cap",
            &[
                ("cap", &crate::ui::format::money(cap, l)),
                ("penalty", &s.scoring.penalty_per_yuan.to_string()),
            ],
        ));
    }
    text
}

#[derive(Properties, PartialEq)]
struct DecisionFormProps {
    lang: Lang,
    team: usize,
    round: u32,
    name: AttrValue,
    /// People in the market, and the league's spending cap (¥ a month).
    market_size: u32,
    spend_cap: Option<f64>,
    /// The scoring and the cap, in words.
    rules: AttrValue,
    /// The league's salt for its decision codes (`link::league_salt`).
    salt: u128,
    /// The team's decisions of the last round (or the league's starting
    /// levers).
    start: Levers,
}

/// The round's decisions and the code they make.
#[function_component(DecisionForm)]
fn decision_form(p: &DecisionFormProps) -> Html {
    let l = p.lang;
    let draft = use_state(|| p.start);
    let show_qr = use_state(|| false);
    let notice = use_state(|| None::<crate::ui::messages::Notice>);
    let d = *draft;
    let levers = {
        let draft = draft.clone();
        DraftHandlers::new(
            d,
            p.start,
            &Callback::from(move |l: Levers| draft.set(l)),
            &notice,
        )
    };
    let on_targeting = levers.on_targeting.reform(|e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        RetentionTargeting::from_name(&v).unwrap_or_default()
    });
    let on_qr = {
        let show_qr = show_qr.clone();
        Callback::from(move |_: MouseEvent| show_qr.set(!*show_qr))
    };
    // What the acquisition budget alone costs a month (¥): spend per 1,000
    // people × the market; it counts against the cap with care and the rest.
    let acquisition = d.acquisition_spend * f64::from(p.market_size) / 1000.0;
    let over = p.spend_cap.is_some_and(|cap| acquisition > cap);
    let code = DecisionCode {
        team: p.team as u8,
        round: p.round,
        levers: d,
    }
    .encode_for(p.salt);
    let on_copy = {
        let code = code.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(w) = crate::ui::browser::window() {
                let _ = w.navigator().clipboard().write_text(&code);
            }
        })
    };
    html! {
        <section class="decision-form" id="decision-form" aria-labelledby="decision-form-heading">
            <h3 id="decision-form-heading">{ l.tf("league.decide.heading", &[("team", &p.name), ("n", &p.round.to_string())]) }</h3>
            <p class="help">{ l.t("league.decide.help") }</p>
            <p class="league-rules" id="league-rules">{ &*p.rules }</p>
            if let Some(n) = &*notice {
                <div class="notice" role="alert" id="notice"><span>{ n.text(l) }</span></div>
            }
            <div class="code-box">
                <p class="code-label">{ l.t("league.decide.code") }</p>
                <p class="decision-code" id="decision-code" aria-live="polite">{ &code }</p>
                <p class="help">{ l.tf("league.decide.code.help", &[("team", &p.name), ("n", &p.round.to_string())]) }</p>
                <p class={classes!("spend", over.then_some("over"))} id="league-acquisition-cost">{ l.tf("league.decide.acquisition_cost", &[("cost", &crate::ui::format::money(acquisition, l))]) }
                    if over { { " " }{ l.t("league.decide.over_cap") } }</p>
                <p>
                    <button type="button" id="decision-code-copy" onclick={on_copy}>{ l.t("league.decide.copy") }</button>{ " " }
                    <button type="button" id="decision-code-qr" onclick={on_qr} aria-pressed={show_qr.to_string()}>{ l.t("league.decide.qr") }</button>
                </p>
                if *show_qr {
                    if let Some(svg) = qr_svg(&code) {
                        <div class="qr" role="img" aria-label={l.t("league.decide.qr")}>{ Html::from_html_unchecked(AttrValue::from(svg)) }</div>
                    }
                }
            </div>
            <div class="field">
                <label for="decide-targeting">{ l.t("targeting.label") }</label>
                <select id="decide-targeting" onchange={on_targeting}>
                    { for RetentionTargeting::ALL.into_iter().map(|tg| html! {
                        <option value={tg.name()} selected={d.retention_targeting == tg}>{ l.t(crate::ui::keys::targeting(tg)) }</option>
                    }) }
                </select>
            </div>
            <div class="levers">
                <LeverList levers={d} lang={l} on_change={levers.on_lever} on_text={levers.on_lever_text} on_reset={levers.on_reset} />
            </div>
        </section>
    }
}
