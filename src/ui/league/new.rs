//! `#league/new`: the lecturer sets up a league — the market (a built-in
//! scenario with its template, the seed, the size), rounds and months per
//! round, team names, the spending cap, the scoring and the scripted
//! market events — or opens a saved league file.

use std::rc::Rc;

use yew::prelude::*;

use super::replay::{progress_view, replay_in_slices, sliced, Played};
use super::store::{self, Kept};
use super::views::event_words;
use crate::i18n::Lang;
use crate::league::file::LeagueFile;
use crate::league::settings::{MAX_LEAGUE_ROUNDS, MAX_MARKET, MAX_MONTHS_PER_ROUND, MIN_MARKET};
use crate::league::{League, LeagueSettings, ScriptedEvent};
use crate::sim::market_events::EVENT_KINDS;
use crate::sim::{MarketEvent, BUILT_IN};
use crate::ui::course::home::notice_view;
use crate::ui::messages::{indexed, Notice};
use crate::ui::prefs::use_prefs;
use crate::ui::route::{go, LeagueRoute, Route};

/// The form as typed: numbers stay text until the league is made, so a
/// half-typed number is never thrown away.
#[derive(Clone, PartialEq)]
struct Form {
    scenario: String,
    name: String,
    seed: String,
    market_size: String,
    rounds: String,
    months_per_round: String,
    teams: String,
    spend_cap: String,
    equity_weight: String,
    profit_weight: String,
    penalty: String,
    events: Vec<ScriptedEvent>,
    /// The event being added: kind (index of `EVENT_KINDS`), size, round.
    new_kind: usize,
    new_size: String,
    new_round: String,
}

impl Form {
    fn of(s: &LeagueSettings, lang: Lang) -> Self {
        Form {
            scenario: s.scenario.clone(),
            name: default_name(&s.scenario, lang),
            seed: s.seed.to_string(),
            market_size: s.market_size.to_string(),
            rounds: s.rounds.to_string(),
            months_per_round: s.months_per_round.to_string(),
            teams: (1..=s.teams.len())
                .map(|k| lang.tf("league.team_n", &[("n", &k.to_string())]))
                .collect::<Vec<_>>()
                .join("\n"),
            spend_cap: s.spend_cap.map(|c| c.to_string()).unwrap_or_default(),
            equity_weight: s.scoring.equity_weight.to_string(),
            profit_weight: s.scoring.profit_weight.to_string(),
            penalty: s.scoring.penalty_per_yuan.to_string(),
            events: s.events.clone(),
            new_kind: 0,
            new_size: "-0.1".into(),
            new_round: "2".into(),
        }
    }

    /// The settings the form describes, or the first field that is wrong.
    fn settings(&self, lang: Lang) -> Result<LeagueSettings, Notice> {
        let number = |field: &'static str, text: &str| -> Result<f64, Notice> {
            plain(text).parse::<f64>().map_err(|_| Notice {
                args: vec![("given", text.trim().to_string())],
                keys: vec![("name", field)],
                ..Notice::new("league.new.not_a_number")
            })
        };
        let whole = |field: &'static str, text: &str| -> Result<u64, Notice> {
            plain(text).parse::<u64>().map_err(|_| Notice {
                args: vec![("given", text.trim().to_string())],
                keys: vec![("name", field)],
                ..Notice::new("league.new.not_a_number")
            })
        };
        let s = LeagueSettings {
            name: self.name.trim().to_string(),
            scenario: self.scenario.clone(),
            seed: whole("league.new.seed", &self.seed)?,
            market_size: whole("league.new.market_size", &self.market_size)?
                .min(u64::from(u32::MAX)) as u32,
            rounds: whole("league.new.rounds", &self.rounds)?.min(1000) as u32,
            months_per_round: whole("league.new.months_per_round", &self.months_per_round)?
                .min(1000) as u32,
            teams: self
                .teams
                .lines()
                .map(|t| t.trim().to_string())
                .filter(|t| !t.is_empty())
                .collect(),
            spend_cap: if self.spend_cap.trim().is_empty() {
                None
            } else {
                Some(number("league.new.spend_cap", &self.spend_cap)?)
            },
            scoring: crate::league::Scoring {
                equity_weight: number("league.new.equity_weight", &self.equity_weight)?,
                profit_weight: number("league.new.profit_weight", &self.profit_weight)?,
                penalty_per_yuan: number("league.new.penalty", &self.penalty)?,
            },
            events: self.events.clone(),
        };
        s.validate()
            .map_err(|e| Notice::with_detail("league.new.not_created", relabel(lang, e)))?;
        Ok(s)
    }
}

/// A typed number without the separators people write in it (`50,000`,
/// `50 000`, `5，000`), full-width digits and signs (a Chinese input
/// method's) read as ASCII.
fn plain(text: &str) -> String {
    text.trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '，' | ' ' | '\u{3000}' | '\u{a0}' | '_' | '\''))
        .map(|c| match c {
            '０'..='９' => char::from(b'0' + (c as u32 - '０' as u32) as u8),
            '．' | '。' => '.',
            '－' | '\u{2212}' => '-',
            '＋' => '+',
            c => c,
        })
        .collect()
}

/// A settings problem named by the form's own label for its field (the
/// settings' field paths are not words a lecturer sees).
fn relabel(l: Lang, mut e: crate::sim::ValidationError) -> crate::sim::ValidationError {
    let label = match e.field.as_str() {
        "name" => l.t("league.new.name").to_string(),
        "seed" => l.t("league.new.seed").to_string(),
        "scenario" => l.t("market.scenario").to_string(),
        "market_size" => l.t("league.new.market_size").to_string(),
        "rounds" => l.t("league.new.rounds").to_string(),
        "months_per_round" => l.t("league.new.months_per_round").to_string(),
        "teams" => l.t("league.new.teams").to_string(),
        "spend_cap" => l.t("league.new.spend_cap").to_string(),
        "scoring.equity_weight" => l.t("league.new.equity_weight").to_string(),
        "scoring.profit_weight" => l.t("league.new.profit_weight").to_string(),
        "scoring.penalty_per_yuan" => l.t("league.new.penalty").to_string(),
        f => {
            if let Some((n, _)) = indexed(f, "teams[") {
                l.tf("league.field.team", &[("n", &n.to_string())])
            } else if let Some((n, part)) = indexed(f, "events[") {
                let part = if part == "round" {
                    l.t("league.new.event_round")
                } else {
                    l.t("league.new.event_size")
                };
                l.tf(
                    "league.field.event",
                    &[("n", &n.to_string()), ("part", part)],
                )
            } else {
                return e;
            }
        }
    };
    e.field = label;
    e
}

#[function_component(LeagueNew)]
pub fn league_new() -> Html {
    let prefs = use_prefs();
    let l = prefs.lang;
    let form = use_state(|| Form::of(&LeagueSettings::template("default").expect("built in"), l));
    let notice = use_state(|| None::<Notice>);
    let shelf = use_state(|| store::shelf().unwrap_or_default());
    // Progress (0–1) of a large league file being checked by replay.
    let opening = use_state(|| None::<f64>);

    let set = |change: fn(&mut Form, String)| {
        let form = form.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            let mut f = (*form).clone();
            change(&mut f, v);
            form.set(f);
        })
    };
    let on_scenario = {
        let form = form.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Some(t) = LeagueSettings::template(&v) {
                // A scenario's template: its market and events, keeping the
                // names and the numbers the lecturer typed (a league still
                // named after its market is named after the new one).
                let mut f = (*form).clone();
                if f.name == default_name(&f.scenario, l) {
                    f.name = default_name(&t.scenario, l);
                }
                f.scenario = t.scenario;
                f.events = t.events;
                form.set(f);
            }
        })
    };
    let on_teams = {
        let form = form.clone();
        Callback::from(move |e: InputEvent| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                .value();
            let mut f = (*form).clone();
            f.teams = v;
            form.set(f);
        })
    };
    let on_kind = {
        let form = form.clone();
        Callback::from(move |e: Event| {
            let v = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .selected_index();
            let mut f = (*form).clone();
            f.new_kind = usize::try_from(v).unwrap_or(0).min(EVENT_KINDS.len() - 1);
            form.set(f);
        })
    };
    let on_add_event = {
        let (form, notice) = (form.clone(), notice.clone());
        Callback::from(move |_: MouseEvent| {
            let mut f = (*form).clone();
            let size = plain(&f.new_size).parse::<f64>();
            let round = plain(&f.new_round).parse::<u32>();
            let (Ok(size), Ok(round)) = (size, round) else {
                notice.set(Some(Notice::new("league.new.event_bad")));
                return;
            };
            let event = match f.new_kind {
                0 => MarketEvent::CompetitorPrice { change: size },
                1 => MarketEvent::CompetitorQuality { change: size },
                2 => MarketEvent::Competition { change: size },
                _ => MarketEvent::ServiceOutage {
                    extra_failure: size,
                    months: 2,
                },
            };
            f.events.push(ScriptedEvent { round, event });
            // Checked now, against the rounds typed so far, not first on
            // Create.
            let mut check = LeagueSettings::template("default").expect("built in");
            check.rounds = plain(&f.rounds).parse().unwrap_or(MAX_LEAGUE_ROUNDS);
            check.events = f.events.clone();
            if let Err(e) = check.check_events() {
                notice.set(Some(Notice::with_detail(
                    "league.new.event_refused",
                    relabel(l, e),
                )));
                return;
            }
            f.events.sort_by_key(|e| e.round);
            notice.set(None);
            form.set(f);
        })
    };
    let on_create = {
        let (form, notice) = (form.clone(), notice.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            match form.settings(l) {
                Ok(s) => match store::add(Kept::new(League::new(s))) {
                    // Full storage keeps the league in the tab: the console
                    // says so on every change.
                    Ok(()) | Err(store::StoreProblem::Full) => {
                        go(&Route::League(LeagueRoute::Host))
                    }
                    Err(p) => notice.set(Some(Notice::new(p.message_key()))),
                },
                Err(n) => notice.set(Some(n)),
            }
        })
    };
    let on_open = {
        let (notice, opening) = (notice.clone(), opening.clone());
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let (notice, opening) = (notice.clone(), opening.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Some(read) = crate::ui::course::files::read_chosen(&input).await else {
                    return;
                };
                let text = match read {
                    Ok(t) => t,
                    Err(p) => {
                        notice.set(Some(Notice::with_file_problem("league.msg_not_opened", p)));
                        return;
                    }
                };
                match LeagueFile::read(&text) {
                    Ok(file) => {
                        // A large market is replayed between frames, with
                        // progress; the console then finds it replayed.
                        let played = if sliced(&file.league) {
                            let set = opening.clone();
                            let played =
                                replay_in_slices(&file.league, || true, move |p| set.set(Some(p)))
                                    .await;
                            opening.set(None);
                            played
                        } else {
                            Some(Played(file.league.play().map(Rc::new)))
                        };
                        let verified = played.is_some_and(|Played(run)| {
                            file.verify_with(run.as_ref().map(|r| &**r)).is_empty()
                        });
                        match store::add(Kept::new(file.league)) {
                            Ok(()) | Err(store::StoreProblem::Full) => {
                                if !verified {
                                    store::tell_console(Notice::new("league.msg_not_verified"));
                                }
                                go(&Route::League(LeagueRoute::Host));
                            }
                            Err(p) => notice.set(Some(Notice::new(p.message_key()))),
                        }
                    }
                    Err(p) => notice.set(Some(Notice {
                        args: vec![("reason", super::host::file_problem_words(l, &p))],
                        ..Notice::new("league.msg_not_opened_reason")
                    })),
                }
            });
        })
    };
    let on_dismiss = {
        let notice = notice.clone();
        Callback::from(move |_| notice.set(None))
    };
    let f = (*form).clone();
    let field = |id: &'static str,
                 label: &'static str,
                 help: &'static str,
                 value: &str,
                 on: Callback<Event>,
                 kind: &'static str| {
        html! {
            <div class="field">
                <label for={id}>{ l.t(label) }</label>
                <input id={id} type={kind} value={value.to_string()} onchange={on} aria-describedby={format!("{id}-help")} />
                <p class="help" id={format!("{id}-help")}>{ l.t(help) }</p>
            </div>
        }
    };
    html! {
        <div class="league-new" id="league-new">
            <h2>{ l.t("league.new.heading") }</h2>
            <p class="lead">{ l.t("league.new.lead") }</p>
            { notice_view(l, &notice, on_dismiss) }
            { kept_view(l, &shelf, &notice) }
            <form onsubmit={on_create} id="league-form">
                <fieldset>
                    <legend>{ l.t("league.new.market") }</legend>
                    <div class="field">
                        <label for="league-scenario">{ l.t("market.scenario") }</label>
                        <select id="league-scenario" onchange={on_scenario}>
                            { for BUILT_IN.iter().map(|s| html! {
                                <option value={*s} selected={f.scenario == *s}>{ crate::ui::keys::scenario(s).map_or(*s, |(k, _)| l.t(k)) }</option>
                            }) }
                        </select>
                        <p class="help">{ l.t("league.new.scenario.help") }</p>
                    </div>
                    { field("league-name", "league.new.name", "league.new.name.help", &f.name, set(|f, v| f.name = v), "text") }
                    { field("league-seed", "league.new.seed", "market.seed.help", &f.seed, set(|f, v| f.seed = v), "text") }
                    { field("league-market-size", "league.new.market_size", "league.new.market_size.help", &f.market_size, set(|f, v| f.market_size = v), "text") }
                </fieldset>
                <fieldset>
                    <legend>{ l.t("league.new.rounds_heading") }</legend>
                    { field("league-rounds", "league.new.rounds", "league.new.rounds.help", &f.rounds, set(|f, v| f.rounds = v), "text") }
                    { field("league-months", "league.new.months_per_round", "league.new.months_per_round.help", &f.months_per_round, set(|f, v| f.months_per_round = v), "text") }
                    <div class="field">
                        <label for="league-teams">{ l.t("league.new.teams") }</label>
                        <textarea id="league-teams" rows="8" value={f.teams.clone()} oninput={on_teams} aria-describedby="league-teams-help"></textarea>
                        <p class="help" id="league-teams-help">{ l.t("league.new.teams.help") }</p>
                    </div>
                </fieldset>
                <fieldset>
                    <legend>{ l.t("league.new.scoring_heading") }</legend>
                    { field("league-cap", "league.new.spend_cap", "league.new.spend_cap.help", &f.spend_cap, set(|f, v| f.spend_cap = v), "text") }
                    { field("league-equity-weight", "league.new.equity_weight", "league.new.equity_weight.help", &f.equity_weight, set(|f, v| f.equity_weight = v), "text") }
                    { field("league-profit-weight", "league.new.profit_weight", "league.new.profit_weight.help", &f.profit_weight, set(|f, v| f.profit_weight = v), "text") }
                    { field("league-penalty", "league.new.penalty", "league.new.penalty.help", &f.penalty, set(|f, v| f.penalty = v), "text") }
                </fieldset>
                <fieldset>
                    <legend>{ l.t("league.new.events_heading") }</legend>
                    if f.events.is_empty() {
                        <p class="empty">{ l.t("league.new.no_events") }</p>
                    }
                    <ul class="league-event-list">
                        { for f.events.iter().enumerate().map(|(i, e)| {
                            let form = form.clone();
                            let remove = Callback::from(move |_: MouseEvent| {
                                let mut g = (*form).clone();
                                if i < g.events.len() { g.events.remove(i); }
                                form.set(g);
                            });
                            html! {
                                <li>
                                    { l.tf("league.round_n", &[("n", &e.round.to_string())]) }{ ": " }{ event_words(l, &e.event) }
                                    { " " }<button type="button" onclick={remove}>{ l.t("league.new.remove_event") }</button>
                                </li>
                            }
                        }) }
                    </ul>
                    <div class="event-adder">
                        <label for="league-event-kind">{ l.t("league.new.event_kind") }</label>
                        <select id="league-event-kind" onchange={on_kind}>
                            { for EVENT_KINDS.iter().enumerate().map(|(i, (kind, ..))| html! {
                                <option value={*kind} selected={f.new_kind == i}>{ l.t(event_kind_key(kind)) }</option>
                            }) }
                        </select>
                        <label for="league-event-size">{ l.t("league.new.event_size") }</label>
                        <input id="league-event-size" type="text" value={f.new_size.clone()} onchange={set(|f, v| f.new_size = v)} />
                        <label for="league-event-round">{ l.t("league.new.event_round") }</label>
                        <input id="league-event-round" type="text" value={f.new_round.clone()} onchange={set(|f, v| f.new_round = v)} />
                        <button type="button" id="league-add-event" onclick={on_add_event}>{ l.t("league.new.add_event") }</button>
                        <p class="help">{ l.tf("league.new.event.help", &[
                            ("unit", l.t(event_unit_key(EVENT_KINDS[f.new_kind].0))),
                            ("min", &EVENT_KINDS[f.new_kind].2.to_string()),
                            ("max", &EVENT_KINDS[f.new_kind].3.to_string()),
                        ]) }</p>
                    </div>
                </fieldset>
                <p class="limits help">{ l.tf("league.new.limits", &[
                    ("rounds", &MAX_LEAGUE_ROUNDS.to_string()),
                    ("months", &MAX_MONTHS_PER_ROUND.to_string()),
                    ("min", &crate::ui::format::thousands(f64::from(MIN_MARKET))),
                    ("max", &crate::ui::format::thousands(f64::from(MAX_MARKET))),
                ]) }</p>
                <button type="submit" class="primary" id="league-create">{ l.t("league.new.create") }</button>
            </form>
            <section class="league-open">
                <h3>{ l.t("league.open_file") }</h3>
                <p class="help" id="league-file-help">{ l.t("league.open_file.help") }</p>
                // The browser's own file button speaks the browser's language;
                // this label is the visible button, in the page's.
                <input id="league-file" type="file" class="file-input" accept=".json,application/json" onchange={on_open} aria-describedby="league-file-help" />
                <label for="league-file" class="button file-button">{ l.t("league.open_file.label") }</label>
                if let Some(p) = *opening {
                    { progress_view(l, p, "league-progress") }
                }
            </section>
        </div>
    }
}

/// The leagues kept in this browser: open one on the console, or forget it.
fn kept_view(
    l: Lang,
    shelf: &UseStateHandle<store::Shelf>,
    notice: &UseStateHandle<Option<Notice>>,
) -> Html {
    if shelf.leagues.is_empty() {
        return html! {};
    }
    html! {
        <section class="league-kept" aria-labelledby="league-kept-heading">
            <h3 id="league-kept-heading">{ l.t("league.kept.heading") }</h3>
            <ul id="league-kept">
                { for shelf.leagues.iter().enumerate().map(|(i, k)| {
                    let s = &k.league.settings;
                    let open = {
                        let notice = notice.clone();
                        Callback::from(move |_: MouseEvent| match store::open(i) {
                            Ok(()) | Err(store::StoreProblem::Full) => go(&Route::League(LeagueRoute::Host)),
                            Err(p) => notice.set(Some(Notice::new(p.message_key()))),
                        })
                    };
                    let delete = {
                        let (shelf, notice) = (shelf.clone(), notice.clone());
                        let name = s.name.clone();
                        Callback::from(move |_: MouseEvent| {
                            let sure = crate::ui::browser::window()
                                .and_then(|w| w.confirm_with_message(&l.tf("league.confirm_delete", &[("name", &name)])).ok())
                                .unwrap_or(false);
                            if sure {
                                if let Err(p) = store::delete(i) {
                                    notice.set(Some(Notice::new(p.message_key())));
                                }
                                shelf.set(store::shelf().unwrap_or_default());
                            }
                        })
                    };
                    html! {
                        <li class={classes!((shelf.open == Some(i)).then_some("open"))}>
                            <span class="name">{ &s.name }</span>
                            <span class="help">{ l.tf("league.kept.line", &[
                                ("teams", &s.teams.len().to_string()),
                                ("played", &k.league.rounds_played().to_string()),
                                ("rounds", &s.rounds.to_string()),
                            ]) }</span>
                            <button type="button" class="open" onclick={open}>{ l.t("league.kept.open") }</button>
                            <button type="button" class="delete" onclick={delete}>{ l.t("league.kept.delete") }</button>
                        </li>
                    }
                }) }
            </ul>
        </section>
    }
}

/// A new league's name, in the page's language (the same for every market:
/// a market's name would not fit the 24 characters a name may have).
fn default_name(_scenario: &str, lang: Lang) -> String {
    lang.t("league.default_name").to_string()
}

fn event_kind_key(kind: &str) -> &'static str {
    match kind {
        "competitor_price" => "league.event_kind.competitor_price",
        "competitor_quality" => "league.event_kind.competitor_quality",
        "competition" => "league.event_kind.competition",
        _ => "league.event_kind.service_outage",
    }
}

fn event_unit_key(kind: &str) -> &'static str {
    match kind {
        "competitor_price" => "league.event_unit.competitor_price",
        "competitor_quality" => "league.event_unit.competitor_quality",
        "competition" => "league.event_unit.competition",
        _ => "league.event_unit.service_outage",
    }
}

#[cfg(test)]
mod tests {
    use super::plain;

    #[test]
    fn typed_numbers_lose_their_separators_and_widths() {
        assert_eq!(plain(" 50,000 "), "50000");
        assert_eq!(plain("50 000"), "50000");
        assert_eq!(plain("５０，０００"), "50000");
        assert_eq!(plain("－０．１"), "-0.1");
        assert_eq!(plain("\u{2212}0.1"), "-0.1");
        // What is not a number stays so (and is refused by the form).
        assert_eq!(plain("abc"), "abc");
        assert!(plain("50000.5").parse::<u64>().is_err());
    }
}
