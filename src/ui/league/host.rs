//! `#league/host`: the lecturer's console. It hands out the league link
//! (and its QR code), takes each team's decision code for the open round
//! (or "same as last round", or the hot seat: teams type their decisions
//! here in turn), keeps decisions hidden until all are in, runs the round
//! and shows the league table, market shares, switching flows and events.
//! The league is saved in this browser after every change and can be
//! exported as a file and opened again.

use yew::prelude::*;

use super::replay::{progress_view, use_replay};
use super::store::{self, Kept};
use super::views::{entry_notice, events_view, shares_view, switching_view, table_view};
use crate::i18n::Lang;
use crate::league::code::DecisionCode;
use crate::league::file::{LeagueFile, LeagueFileProblem};
use crate::league::LeagueRun;
use crate::sim::{Levers, RetentionTargeting};
use crate::ui::controls::{DraftHandlers, LeverList};
use crate::ui::course::home::notice_view;
use crate::ui::download::{file_stem, save_json};
use crate::ui::explore::share_dialog::qr_svg;
use crate::ui::messages::Notice;
use crate::ui::prefs::use_prefs;
use crate::ui::route::{LeagueRoute, Route};

/// A league file's problem, in words.
pub fn file_problem_words(l: Lang, p: &LeagueFileProblem) -> String {
    match p {
        LeagueFileProblem::TooLarge { .. } => l.t("league.file.too_large").to_string(),
        LeagueFileProblem::Unreadable(e) => l.tf(
            "league.file.unreadable",
            &[("detail", &crate::ui::messages::json_problem(l, e))],
        ),
        LeagueFileProblem::NotLeague => l.t("league.file.not_league").to_string(),
        LeagueFileProblem::NewerVersion { found } => {
            l.tf("league.file.newer", &[("found", &found.to_string())])
        }
        LeagueFileProblem::Invalid(e) => crate::ui::messages::describe(l, e),
    }
}

#[function_component(LeagueHost)]
pub fn league_host() -> Html {
    let prefs = use_prefs();
    let l = prefs.lang;
    let loaded = use_state(store::load);
    let kept = use_state(|| loaded.as_ref().ok().cloned().flatten());
    let notice = use_state(|| match loaded.as_ref() {
        Err(p) => Some(Notice::new(p.message_key())),
        Ok(_) => store::told_console(),
    });
    let code = use_state(String::new);
    let hot_seat = use_state(|| None::<(usize, Levers)>);
    let show_qr = use_state(|| false);
    let replayed = use_replay(kept.as_ref().map(|k| k.league.clone()));
    // The hot seat opens below the team list, often off screen (projector
    // mode): the focus goes to it, and back to the code field when it
    // closes.
    {
        let seated = hot_seat.map(|(t, _)| t);
        let before = use_mut_ref(|| None::<usize>);
        use_effect_with(seated, move |seated| {
            let was = before.replace(*seated);
            match (was, seated) {
                (_, Some(_)) if was != *seated => {
                    crate::ui::browser::focus_by_id("hot-seat-heading")
                }
                (Some(_), None) => crate::ui::browser::focus_by_id("league-code"),
                _ => {}
            }
        });
    }
    let on_dismiss = {
        let notice = notice.clone();
        Callback::from(move |_| notice.set(None))
    };
    let Some(k) = (*kept).clone() else {
        return html! {
            <div class="league-host" id="league-host">
                { notice_view(l, &notice, on_dismiss) }
                <p class="empty">{ l.t("league.no_league") }</p>
                <p><a class="button primary" id="league-new-link" href={Route::League(LeagueRoute::New).fragment()}>{ l.t("league.new.heading") }</a></p>
            </div>
        };
    };
    let league = &k.league;
    let s = &league.settings;
    let entry = k.entry();
    let round = entry.round;
    let finished = league.finished();

    // Every change goes through here: kept in the page, saved, told if not.
    let update = {
        let (kept, notice) = (kept.clone(), notice.clone());
        Callback::from(move |(next, told): (Kept, Option<Notice>)| {
            let saved = store::save(&next);
            kept.set(Some(next));
            notice.set(match saved {
                Err(p) => Some(Notice::new(p.message_key())),
                Ok(()) => told,
            });
        })
    };
    let on_code_input = {
        let code = code.clone();
        Callback::from(move |e: InputEvent| {
            code.set(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        })
    };
    let on_enter = {
        let (k, code, update, notice) = (k.clone(), code.clone(), update.clone(), notice.clone());
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let mut entry = k.entry();
            // A whole link pasted where a code goes.
            if code.contains("://") || code.contains("#league") {
                notice.set(Some(Notice::new("league.code.is_link")));
                return;
            }
            match entry.enter(&k.league, &code) {
                Ok(team) => {
                    let name = k.league.settings.teams[usize::from(team)]
                        .trim()
                        .to_string();
                    let mut next = k.clone();
                    next.received = entry.received;
                    code.set(String::new());
                    update.emit((
                        next,
                        Some(Notice {
                            args: vec![("team", name)],
                            ..Notice::new("league.msg_code_taken")
                        }),
                    ));
                }
                Err(err) => notice.set(Some(entry_notice(&err, &k.league.settings.teams))),
            }
        })
    };
    let on_run = {
        let (k, update) = (k.clone(), update.clone());
        Callback::from(move |_: MouseEvent| {
            let Some(decisions) = k.entry().complete() else {
                return;
            };
            let mut next = k.clone();
            next.league.decisions.push(decisions);
            next.received = vec![None; next.league.settings.teams.len()];
            update.emit((next, Some(Notice::new("league.msg_round_run"))));
        })
    };
    let on_export = {
        let k = k.clone();
        let played = replayed.played.clone();
        Callback::from(move |_: MouseEvent| {
            // The replay on screen (the button waits for a large market's);
            // a league that cannot be replayed has no file to give.
            if let Some(Ok(run)) = played.as_ref().map(|p| &p.0) {
                let file = LeagueFile::of_played(&k.league, run);
                let name = format!(
                    "crm-lab-league-{}-round-{}.json",
                    file_stem(&k.league.settings.name),
                    k.league.rounds_played()
                );
                if let Err(e) = save_json(&name, &file.to_json()) {
                    gloo::console::error!(e);
                }
            }
        })
    };
    let on_qr = {
        let show_qr = show_qr.clone();
        Callback::from(move |_: MouseEvent| show_qr.set(!*show_qr))
    };

    let link = super::link_for(league);
    let team_rows = s.teams.iter().enumerate().map(|(t, name)| {
        let is_in = entry.received.get(t).is_some_and(|r| r.is_some());
        let same = {
            let (k, update, notice) = (k.clone(), update.clone(), notice.clone());
            Callback::from(move |_: MouseEvent| {
                let mut e = k.entry();
                match e.same_as_last(&k.league, t) {
                    Ok(()) => {
                        let mut next = k.clone();
                        next.received = e.received;
                        update.emit((next, None));
                    }
                    Err(err) => notice.set(Some(entry_notice(&err, &k.league.settings.teams))),
                }
            })
        };
        let clear = {
            let (k, update) = (k.clone(), update.clone());
            Callback::from(move |_: MouseEvent| {
                let mut e = k.entry();
                e.clear(t);
                let mut next = k.clone();
                next.received = e.received;
                update.emit((next, None));
            })
        };
        let seat = {
            let hot_seat = hot_seat.clone();
            let start = k
                .league
                .decisions
                .last()
                .map_or_else(|| k.league.settings.starting_levers(), |r| r[t]);
            Callback::from(move |_: MouseEvent| hot_seat.set(Some((t, start))))
        };
        html! {
            <li class={classes!("team-status", is_in.then_some("in"))} data-team={t.to_string()}>
                <span class="swatch" style={format!("background:{}", super::views::TEAM_COLOURS[t % 8])} aria-hidden="true"></span>
                <span class="name">{ format!("{}. {}", t + 1, name.trim()) }</span>
                <span class="state">{ if is_in { l.t("league.status.in") } else { l.t("league.status.waiting") } }</span>
                if is_in {
                    <button type="button" class="clear" onclick={clear}>{ l.t("league.clear") }</button>
                } else {
                    if round > 1 {
                        <button type="button" class="same" onclick={same}>{ l.t("league.same_as_last") }</button>
                    }
                    <button type="button" class="seat" onclick={seat}>{ l.t("league.hot_seat.enter") }</button>
                }
            </li>
        }
    });
    let all_in = entry.complete().is_some();

    html! {
        <div class="league-host" id="league-host">
            <header class="league-head">
                <h2 id="league-name">{ &s.name }</h2>
                <p class="status" id="league-status">{
                    if finished {
                        l.tf("league.status.finished", &[("rounds", &s.rounds.to_string())])
                    } else {
                        l.tf("league.status.open", &[("n", &round.to_string()), ("rounds", &s.rounds.to_string()), ("months", &s.months_per_round.to_string())])
                    }
                }</p>
            </header>
            { notice_view(l, &notice, on_dismiss) }
            <section class="league-link" aria-labelledby="league-link-heading">
                <h3 id="league-link-heading">{ l.t("league.link.heading") }</h3>
                <p class="help">{ l.t("league.link.help") }</p>
                <p><input id="league-link" class="link" type="text" readonly=true value={link.clone()} aria-label={l.t("league.link.heading")} />
                   <a class="button" id="league-link-open" href={link.clone()} target="_blank" rel="noopener">{ l.t("league.link.open") }</a>
                   <button type="button" id="league-qr-toggle" onclick={on_qr} aria-pressed={show_qr.to_string()}>{ l.t("league.link.qr") }</button></p>
                if *show_qr {
                    if let Some(svg) = qr_svg(&link) {
                        <div class="qr" id="league-qr" role="img" aria-label={l.t("league.link.qr")}>{ Html::from_html_unchecked(AttrValue::from(svg)) }</div>
                    } else {
                        <p class="help">{ l.t("league.link.too_long_for_qr") }</p>
                    }
                }
            </section>
            if !finished {
                <section class="league-entry" aria-labelledby="league-entry-heading">
                    <h3 id="league-entry-heading">{ l.tf("league.entry.heading", &[("n", &round.to_string())]) }</h3>
                    <form onsubmit={on_enter} class="code-form">
                        <label for="league-code">{ l.t("league.entry.code") }</label>
                        <input id="league-code" type="text" autocomplete="off" spellcheck="false"
                            value={(*code).clone()} oninput={on_code_input} placeholder="XXX-XXX-XXX-XXX-XXX-XXX-XXX" aria-describedby="league-code-help" />
                        <button type="submit" id="league-code-enter">{ l.t("league.entry.enter") }</button>
                        <p class="help" id="league-code-help">{ l.t("league.entry.help") }</p>
                    </form>
                    <ul class="team-statuses" id="league-teams">{ for team_rows }</ul>
                    if let Some((t, draft)) = *hot_seat {
                        { hot_seat_view(l, &k, (t, draft), &hot_seat, &update, &notice) }
                    }
                    <p><button type="button" class="primary" id="league-run" disabled={!all_in} onclick={on_run}>
                        { l.tf("league.run_round", &[("n", &round.to_string())]) }</button>
                    if !all_in {
                        <span class="help">{ " " }{ l.tf("league.waiting_for", &[("n", &entry.missing().len().to_string())]) }</span>
                    }</p>
                </section>
            }
            if let Some(p) = replayed.progress {
                { progress_view(l, p, "league-progress") }
            }
            if let Some(Ok(run)) = replayed.played.as_ref().map(|p| &p.0) {
                if !run.tables.is_empty() {
                    { results_view(l, &k, run) }
                }
            }
            <section class="league-files" aria-labelledby="league-files-heading">
                <h3 id="league-files-heading">{ l.t("league.files.heading") }</h3>
                <p>
                    <button type="button" id="league-export" onclick={on_export} disabled={replayed.progress.is_some()}>{ l.t("league.export") }</button>{ " " }
                    <a class="button" id="league-report-link" href={Route::League(LeagueRoute::Report).fragment()}>{ l.t("league.report.open") }</a>{ " " }
                    <a class="button" id="league-open-link" href={Route::League(LeagueRoute::New).fragment()}>{ l.t("league.open_or_new") }</a>
                </p>
            </section>
        </div>
    }
}

/// The results of the rounds played: the last round's events, the table,
/// market shares and the last round's switching flows.
pub fn results_view(l: Lang, k: &Kept, run: &LeagueRun) -> Html {
    let league = &k.league;
    let last = run.tables.len() as u32;
    html! {
        <section class="league-results" aria-labelledby="league-results-heading">
            <h3 id="league-results-heading">{ l.tf("league.results.heading", &[("n", &last.to_string())]) }</h3>
            { events_view(l, league, last) }
            { table_view(l, &run.tables[last as usize - 1], league.settings.spend_cap.is_some(), "league-table") }
            <p class="help">{ l.t("league.table.help") }</p>
            { shares_view(l, league, run) }
            { switching_view(l, league, run, last) }
            <p class="help">{ l.t("league.switching.help") }</p>
        </section>
    }
}

/// The hot seat: team `t` types its decisions on this computer; submitting
/// hides them again before the next team sits down.
fn hot_seat_view(
    l: Lang,
    k: &Kept,
    (t, draft): (usize, Levers),
    seat: &UseStateHandle<Option<(usize, Levers)>>,
    update: &Callback<(Kept, Option<Notice>)>,
    notice: &UseStateHandle<Option<Notice>>,
) -> Html {
    let name = k.league.settings.teams[t].trim().to_string();
    // A reset goes back to the defaults.
    let levers = {
        let seat = seat.clone();
        DraftHandlers::new(
            draft,
            Levers::default(),
            &Callback::from(move |l: Levers| seat.set(Some((t, l)))),
            notice,
        )
    };
    let on_targeting = levers.on_targeting.reform(|e: Event| {
        let v = e
            .target_unchecked_into::<web_sys::HtmlSelectElement>()
            .value();
        RetentionTargeting::from_name(&v).unwrap_or_default()
    });
    let on_submit = {
        let (k, seat, update) = (k.clone(), seat.clone(), update.clone());
        let name = name.clone();
        Callback::from(move |_: MouseEvent| {
            let mut next = k.clone();
            if let Some(slot) = next.received.get_mut(t) {
                if slot.is_none() {
                    *slot = Some(DecisionCode::quantised(&draft));
                }
            }
            seat.set(None);
            update.emit((
                next,
                Some(Notice {
                    args: vec![("team", name.clone())],
                    ..Notice::new("league.hot_seat.done")
                }),
            ));
        })
    };
    let on_cancel = {
        let seat = seat.clone();
        Callback::from(move |_: MouseEvent| seat.set(None))
    };
    let on_key = {
        let seat = seat.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                e.prevent_default();
                seat.set(None);
            }
        })
    };
    html! {
        <div class="hot-seat" id="league-hot-seat" role="dialog" aria-labelledby="hot-seat-heading" onkeydown={on_key}>
            <h4 id="hot-seat-heading" tabindex="-1">{ l.tf("league.hot_seat.heading", &[("team", &name)]) }</h4>
            <p class="help">{ l.t("league.hot_seat.help") }</p>
            <div class="field">
                <label for="hot-seat-targeting">{ l.t("targeting.label") }</label>
                <select id="hot-seat-targeting" onchange={on_targeting}>
                    { for RetentionTargeting::ALL.into_iter().map(|tg| html! {
                        <option value={tg.name()} selected={draft.retention_targeting == tg}>{ l.t(crate::ui::keys::targeting(tg)) }</option>
                    }) }
                </select>
            </div>
            <LeverList levers={draft} lang={l} on_change={levers.on_lever} on_text={levers.on_lever_text} on_reset={levers.on_reset} />
            <p>
                <button type="button" class="primary" id="hot-seat-submit" onclick={on_submit}>{ l.tf("league.hot_seat.submit", &[("team", &name)]) }</button>{ " " }
                <button type="button" id="hot-seat-cancel" onclick={on_cancel}>{ l.t("league.hot_seat.cancel") }</button>
            </p>
        </div>
    }
}
