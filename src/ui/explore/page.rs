//! The Explore page: controls, KPI cards, charts, month cursor and playback,
//! baseline comparison, share link, keyboard shortcuts, remembered state and
//! exports. Language and projector mode come from the app's preferences.
//!
//! A lesson (`#learn/<id>`) is this page too, opened at the lesson's preset
//! with the lesson's guide above the results and the chart it is about
//! first. A lesson leaves the address bar and the remembered Explore state
//! alone; "Open in Explore" carries its state over as a share link.

use std::cell::Cell;
use std::rc::Rc;

use yew::prelude::*;

use super::hooks::{
    use_address_sync, use_change_timing, use_playback, use_remembered, use_simulation,
};
use super::keyboard::{use_shortcuts, ShortcutsDialog};
use super::lever_panel::LeverPanel;
use super::prefetch::{neighbours, Prefetcher};
use super::results::Results;
use super::share_dialog::{share_link, ShareDialog};
use super::start::{initial_state, lesson_state};
use super::state::Action;
use crate::lessons::{self, Facts, Lesson};
use crate::sim::LeverId;
use crate::ui::browser::{now_ms, page_address};
use crate::ui::charts::ChartKind;
use crate::ui::learn::{LessonGuide, StepAct};
use crate::ui::prefs::use_prefs;
use crate::ui::route::{LearnRoute, Route};
use crate::ui::run::{compute, ExploreRun, ExploreSettings};
use crate::ui::share;

#[derive(Properties, PartialEq)]
pub struct ExplorePageProps {
    /// A lesson's id: the page opens as that lesson.
    #[prop_or_default]
    pub lesson: Option<String>,
}

/// The baseline run: the run on screen when it is the pinned one, else the
/// pinned settings' run (computed ahead, or now).
#[hook]
fn use_baseline(
    pinned: Option<ExploreSettings>,
    current: Option<Rc<ExploreRun>>,
    prefetch: &Rc<Prefetcher>,
) -> Option<Rc<ExploreRun>> {
    let prefetch = prefetch.clone();
    (*use_memo(pinned, move |p| {
        p.as_ref().and_then(|settings| match &current {
            Some(r) if &r.settings == settings => Some(r.clone()),
            _ => prefetch
                .get(settings)
                .or_else(|| compute(settings).ok().map(Rc::new)),
        })
    }))
    .clone()
}

#[function_component(ExplorePage)]
pub fn explore_page(props: &ExplorePageProps) -> Html {
    let prefs = use_prefs();
    let l = prefs.lang;
    let lesson: Option<&'static Lesson> = props.lesson.as_deref().and_then(lessons::by_id);
    let state = use_reducer(move || match lesson {
        Some(lesson) => lesson_state(lesson),
        None => initial_state(),
    });
    let dispatch = {
        let state = state.clone();
        Callback::from(move |a: Action| state.dispatch(a))
    };
    let prefetch = (*use_memo((), |_| Prefetcher::new())).clone();
    let sim = use_simulation(&state.settings, &prefetch);
    let baseline = use_baseline(state.baseline.clone(), sim.run.clone(), &prefetch);
    // The settings of the run on screen, for pinning it (also from the
    // keyboard listener, which outlives renders).
    let on_screen = use_mut_ref(|| None::<ExploreSettings>);
    *on_screen.borrow_mut() = sim.run.as_ref().map(|r| r.settings.clone());
    let change_started = use_mut_ref(|| Cell::new(None::<f64>));

    use_address_sync(&state, l, lesson.is_some());
    use_remembered(&state, lesson.is_some());
    use_playback(&state);
    use_shortcuts(&state, &on_screen);
    use_change_timing(sim.run.as_ref().map(|r| &r.settings), &change_started);

    // The lever touched last (focused or under the pointer): once the run
    // for these settings is on screen, the worker computes its neighbouring
    // values first.
    let focus_lever = use_mut_ref(|| None::<LeverId>);
    {
        let (prefetch, focus_lever) = (prefetch.clone(), focus_lever.clone());
        use_effect_with(sim.run.as_ref().map(|r| r.settings.clone()), move |s| {
            if let Some(s) = s {
                prefetch.want(neighbours(s, *focus_lever.borrow()));
            }
        });
    }
    let on_lever_focus = {
        let (prefetch, settings) = (prefetch.clone(), state.settings.clone());
        Callback::from(move |name: LeverId| {
            if focus_lever.borrow_mut().replace(name) != Some(name) {
                prefetch.want(neighbours(&settings, Some(name)));
            }
        })
    };
    let timed = |make: fn(LeverId, f64) -> Action| {
        let (state, started) = (state.clone(), change_started.clone());
        Callback::from(move |(name, v): (LeverId, f64)| {
            started.borrow().set(Some(now_ms()));
            state.dispatch(make(name, v));
        })
    };
    let on_lever = timed(Action::SetLever);
    let on_lever_text = {
        let (state, started) = (state.clone(), change_started.clone());
        Callback::from(move |(name, v): (LeverId, String)| {
            started.borrow().set(Some(now_ms()));
            state.dispatch(Action::SetLeverText(name, v))
        })
    };
    let on_pin = {
        let state = state.clone();
        Callback::from(move |_| state.dispatch(Action::TogglePin(on_screen.borrow().clone())))
    };

    // A lesson shares the lesson (its own link); Explore shares its state.
    let link = match lesson {
        Some(lesson) => format!(
            "{}{}",
            page_address(),
            Route::Learn(LearnRoute::Lesson(lesson.id.to_string())).fragment()
        ),
        None => share_link(&state, l),
    };

    // The lesson's guide reads the state as facts; its step names a chart.
    let lesson_chart = use_state(|| None::<ChartKind>);
    let highlight: Option<ChartKind> = lesson.and_then(|_| *lesson_chart);
    let guide = lesson.map(|lesson| {
        let facts = Facts {
            scenario: state.settings.scenario.clone(),
            levers: state.settings.levers,
            baseline: state
                .baseline
                .as_ref()
                .map(|b| (b.scenario.clone(), b.levers)),
            month: state.month,
            months: state.settings.months,
        };
        let lesson_chart = lesson_chart.clone();
        // A step's own control does what the page's controls do.
        let on_act = {
            let (on_lever, on_lever_text, on_pin, dispatch) = (
                on_lever.clone(),
                on_lever_text.clone(),
                on_pin.clone(),
                dispatch.clone(),
            );
            Callback::from(move |a: StepAct| match a {
                StepAct::Lever(id, v) => on_lever.emit((id, v)),
                StepAct::LeverText(id, v) => on_lever_text.emit((id, v)),
                StepAct::ResetLever(id) => dispatch.emit(Action::ResetLever(id)),
                StepAct::Targeting(t) => dispatch.emit(Action::SetTargeting(t)),
                StepAct::Scenario(name) => dispatch.emit(Action::SetScenario(name)),
                StepAct::Pin => on_pin.emit(()),
                StepAct::TogglePlay => dispatch.emit(Action::TogglePlay),
                StepAct::Month(m) => dispatch.emit(Action::SetMonth(m)),
            })
        };
        // The step's figures read the run on screen only once it is the
        // run of these settings (not the previous one, still shown while
        // the new one is computed).
        let current = sim.run.clone().filter(|r| r.settings == state.settings);
        html! {
            <LessonGuide lesson_id={lesson.id} facts={facts}
                explore_link={format!("#{}", share::encode(&state.settings, l))}
                on_chart={Callback::from(move |c: ChartKind| lesson_chart.set(Some(c)))}
                run={current} baseline={baseline.clone()} playing={state.playing} on_act={on_act} />
        }
    });
    let panel = html! {
        <LeverPanel lang={l} settings={state.settings.clone()} on_action={dispatch.clone()}
            on_lever={on_lever} on_lever_text={on_lever_text} on_focus={on_lever_focus} />
    };
    let act = |a: fn() -> Action| dispatch.reform(move |_: MouseEvent| a());

    html! {
        <div class="explore">
            <div class="page-tools">
                <p class="page-lead">{ if lesson.is_some() { l.t("learn.page_lead") } else { l.t("explore.lead") } }</p>
                <button id="share" onclick={act(|| Action::ShowShare(true))}>{ l.t("share.button") }</button>
                <button id="shortcuts" onclick={act(|| Action::ShowShortcuts(true))}
                    aria-label={l.t("shortcuts.title")}>{ "?" }</button>
            </div>
            if let Some(n) = &state.notice {
                <div class="notice" role="alert" id="notice">
                    <span>{ n.text(l) }</span>
                    <button onclick={act(|| Action::Dismiss)}>{ l.t("common.dismiss") }</button>
                </div>
            }
            if let Some(p) = sim.progress {
                <div class="progress" role="status" id="progress">
                    <progress max="100" value={format!("{:.0}", p * 100.0)}></progress>
                    <span>{ l.tf("explore.computing", &[("percent", &format!("{:.0}", p * 100.0))]) }</span>
                </div>
            }
            if lesson.is_some() {
                // A lesson: its step carries the control it asks for, so the
                // whole width goes to the step and its chart; every other
                // control is a click away, below them.
                <div class="layout lesson-layout">
                    <main class="content">
                        if let Some(run) = sim.run.clone() {
                            <Results lang={l} projector={prefs.projector} run={run} baseline={baseline}
                                month={state.month} playing={state.playing} speed={state.speed}
                                highlight={highlight} reveal_to_cursor={true}
                                guide={guide} controls={Some(html! {
                                    <details class="all-controls" id="all-controls">
                                        <summary>{ l.t("learn.all_controls") }</summary>
                                        { panel }
                                    </details>
                                })}
                                on_action={dispatch.clone()} on_pin={on_pin} />
                        } else {
                            { for guide }
                            <p class="loading">{ l.tf("explore.computing", &[("percent", "0")]) }</p>
                        }
                    </main>
                </div>
            } else {
                <div class="layout">
                    { panel }
                    <main class="content">
                        if let Some(run) = sim.run.clone() {
                            <Results lang={l} projector={prefs.projector} run={run} baseline={baseline}
                                month={state.month} playing={state.playing} speed={state.speed}
                                highlight={highlight} on_action={dispatch.clone()} on_pin={on_pin} />
                        } else {
                            <p class="loading">{ l.tf("explore.computing", &[("percent", "0")]) }</p>
                        }
                    </main>
                </div>
            }
            if state.show_share {
                <ShareDialog lang={l} link={link} on_notice={dispatch.reform(Action::Notify)}
                    on_close={dispatch.reform(|_: ()| Action::ShowShare(false))} />
            }
            if state.show_shortcuts {
                <ShortcutsDialog lang={l} on_close={dispatch.reform(|_: ()| Action::ShowShortcuts(false))} />
            }
        </div>
    }
}
