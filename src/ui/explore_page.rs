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

use gloo::events::{EventListener, EventListenerOptions};
use gloo::timers::callback::{Interval, Timeout};
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlInputElement, HtmlSelectElement, KeyboardEvent};
use yew::prelude::*;

use super::charts::{Chart, ChartInput, ChartKind};
use super::controls::{LeverSlider, MarketControls};
use super::explore::{compute, ExploreRun, ExploreSettings};
use super::hooks::use_simulation;
use super::kpis::{KpiPanel, KpiStrip};
use super::learn::LessonGuide;
use super::prefetch::{neighbours, Prefetcher};
use super::prefs::use_prefs;
use super::route::{LearnRoute, Route};
use super::share_dialog::ShareDialog;
use super::state::{Action, ExploreState, Notice, SPEEDS};
use super::{download, share, storage};
use crate::i18n::Lang;
use crate::lessons::{self, Facts, Lesson};
use crate::sim::{RetentionTargeting, LEVERS};

/// Milliseconds the settings must rest before they are saved.
const SAVE_AFTER_MS: u32 = 200;

use super::browser::{location_hash, now_ms, probe, window};

/// The link to the current state: this page's address with the state (the
/// month on screen and the pinned baseline too) in its fragment.
fn share_link(state: &ExploreState, lang: Lang) -> String {
    format!(
        "{}#{}",
        page_address(),
        share::encode_view(&state.settings, &view_of(state), lang)
    )
}

/// What a link carries besides the settings.
fn view_of(state: &ExploreState) -> share::View {
    share::View {
        month: Some(state.month),
        baseline: state.baseline.clone(),
    }
}

/// This page's address without its fragment.
fn page_address() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or("").to_string())
        .unwrap_or_default()
}

/// The state the page opens with: a link wins, then remembered state, then
/// defaults. A bad link or bad storage leaves a notice (in the language the
/// app chose, see `app`).
fn initial_state() -> ExploreState {
    match share::decode(&location_hash()) {
        Ok(Some(shared)) => {
            let mut s = ExploreState::new(shared.settings);
            if let Some(m) = shared.month {
                s.month = m.clamp(1, s.settings.months);
            }
            s.baseline = shared.baseline;
            if !shared.missing.is_empty() {
                let mut n = Notice::new("msg_link_defaulted");
                n.fields = shared.missing;
                n.args.push(("cut", shared.cut.unwrap_or_default()));
                s.notice = Some(n);
            } else if shared.dropped {
                let mut n = Notice::new("msg_link_end_dropped");
                n.args.push(("cut", shared.cut.unwrap_or_default()));
                s.notice = Some(n);
            }
            s
        }
        Err(e) => {
            // A link that cannot be read changes nothing: the page shows
            // what it remembers (so the next save writes the same), or the
            // defaults.
            let remembered = storage::load().ok().flatten().map(|r| r.settings);
            let key = if remembered.is_some() {
                "msg_link_invalid_kept"
            } else {
                "msg_link_invalid"
            };
            let mut s = ExploreState::new(remembered.unwrap_or_default());
            s.notice = Some(Notice::with_detail(key, e));
            s
        }
        Ok(None) => match storage::load() {
            Ok(Some(r)) => ExploreState::new(r.settings),
            Ok(None) => ExploreState::new(ExploreSettings::default()),
            Err(problem) => {
                let mut s = ExploreState::new(ExploreSettings::default());
                if problem != storage::StorageProblem::Unavailable {
                    s.notice = Some(Notice::new(problem.message_key()));
                }
                s
            }
        },
    }
}

/// Starts writing `text` to the clipboard, if this page may use it
/// (the Clipboard API exists only in secure contexts).
fn clipboard_write(text: &str) -> Option<js_sys::Promise> {
    let navigator = window()?.navigator();
    let clipboard =
        js_sys::Reflect::get(&navigator, &wasm_bindgen::JsValue::from_str("clipboard")).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    Some(
        clipboard
            .unchecked_into::<web_sys::Clipboard>()
            .write_text(text),
    )
}

/// Selects the share dialog's link so it can be copied by hand.
fn select_share_link() {
    if let Some(input) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("share-link"))
        .and_then(|e| e.dyn_into::<HtmlInputElement>().ok())
    {
        let _ = input.focus();
        input.select();
    }
}

/// Records how long the last change took to compute and draw
/// (`window.crmLabTimings`).
fn record_timing(ms: f64) {
    probe::push("crmLabTimings", ms);
}

/// A callback that dispatches the action made from its argument.
fn cb<T: 'static>(
    state: &UseReducerHandle<ExploreState>,
    make: impl Fn(T) -> Action + 'static,
) -> Callback<T> {
    let state = state.clone();
    Callback::from(move |v| state.dispatch(make(v)))
}

/// A lesson's starting state: its preset, at [`lessons::OPENS_AT_MONTH`].
fn lesson_state(lesson: &Lesson) -> ExploreState {
    let settings = ExploreSettings {
        scenario: lesson.preset.scenario.to_string(),
        levers: lesson.preset.levers(),
        ..ExploreSettings::default()
    };
    let mut s = ExploreState::new(settings);
    s.month = lessons::OPENS_AT_MONTH;
    s
}

#[derive(Properties, PartialEq)]
pub struct ExplorePageProps {
    /// A lesson's id: the page opens as that lesson.
    #[prop_or_default]
    pub lesson: Option<String>,
}

#[function_component(ExplorePage)]
pub fn explore_page(props: &ExplorePageProps) -> Html {
    let prefs = use_prefs();
    let lesson: Option<&'static Lesson> = props.lesson.as_deref().and_then(lessons::by_id);
    let state = use_reducer(move || match lesson {
        Some(lesson) => lesson_state(lesson),
        None => initial_state(),
    });
    let prefetch = (*use_memo((), |_| Prefetcher::new())).clone();
    let sim = use_simulation(&state.settings, &prefetch);
    // The lever touched last (focused or under the pointer): its neighbouring
    // values are computed ahead first.
    let focus_lever = use_mut_ref(|| None::<&'static str>);
    let change_started = use_mut_ref(|| Cell::new(None::<f64>));
    let storage_warned = use_mut_ref(|| Cell::new(false));
    let l = prefs.lang;
    // The settings of the run on screen, for pinning it (also from the
    // keyboard listener, which outlives renders).
    let on_screen = use_mut_ref(|| None::<ExploreSettings>);
    *on_screen.borrow_mut() = sim.run.as_ref().map(|r| r.settings.clone());
    let shortcuts_open = use_mut_ref(|| false);
    *shortcuts_open.borrow_mut() = state.show_shortcuts;

    // The baseline run: the current run at the moment of pinning when it
    // matches, otherwise recomputed from the pinned settings.
    let baseline: Option<Rc<ExploreRun>> = {
        let current = sim.run.clone();
        let pinned = state.baseline.clone();
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
    };

    // Once the run for these settings is on screen, the worker computes the
    // likely next ones.
    {
        let prefetch = prefetch.clone();
        let focus_lever = focus_lever.clone();
        let on_screen = sim.run.as_ref().map(|r| r.settings.clone());
        use_effect_with(on_screen, move |s| {
            if let Some(s) = s {
                prefetch.want(neighbours(s, *focus_lever.borrow()));
            }
        });
    }
    let on_lever_focus = {
        let prefetch = prefetch.clone();
        let focus_lever = focus_lever.clone();
        let settings = state.settings.clone();
        Callback::from(move |name: &'static str| {
            if *focus_lever.borrow() != Some(name) {
                *focus_lever.borrow_mut() = Some(name);
                prefetch.want(neighbours(&settings, Some(name)));
            }
        })
    };

    // Keep the address bar a share link (the month and the baseline too),
    // without a history entry per change.
    {
        let view = view_of(&state);
        use_effect_with(
            (state.settings.clone(), l, view),
            move |(settings, lang, view)| {
                // A lesson keeps its own address.
                if lesson.is_none() {
                    if let Some(history) = window().and_then(|w| w.history().ok()) {
                        let hash = format!("#{}", share::encode_view(settings, view, *lang));
                        let _ = history.replace_state_with_url(
                            &wasm_bindgen::JsValue::NULL,
                            "",
                            Some(&hash),
                        );
                    }
                }
            },
        );
    }

    // Remember the settings. Saving waits until they rest for a moment: a
    // slider drag writes storage once, and never inside the frame that
    // shows its result.
    {
        let state = state.clone();
        let storage_warned = storage_warned.clone();
        use_effect_with(state.settings.clone(), move |settings| {
            if lesson.is_some() {
                // A lesson does not overwrite the remembered Explore state.
                return Box::new(|| ()) as Box<dyn FnOnce()>;
            }
            let r = storage::Remembered {
                settings: settings.clone(),
                lang: None,
                projector: None,
            };
            let save = Timeout::new(SAVE_AFTER_MS, move || {
                if let Err(problem) = storage::save(&r) {
                    if !storage_warned.borrow().get() {
                        storage_warned.borrow().set(true);
                        state.dispatch(Action::Notify(Notice::new(problem.message_key())));
                    }
                }
            });
            Box::new(move || drop(save))
        });
    }

    // Playback.
    {
        let state = state.clone();
        use_effect_with((state.playing, state.speed), move |(playing, speed)| {
            let interval = playing.then(|| {
                let state = state.clone();
                Interval::new(1000 / speed.max(&1), move || state.dispatch(Action::Tick))
            });
            move || drop(interval)
        });
    }

    // Keyboard shortcuts: space, ←/→, b, ?, Escape.
    {
        let state = state.clone();
        let on_screen = on_screen.clone();
        let shortcuts_open = shortcuts_open.clone();
        use_effect_with((), move |_| {
            let listener = window().and_then(|w| w.document()).map(|doc| {
                // Not passive: the shortcuts prevent the default (space scrolls).
                let options = EventListenerOptions::enable_prevent_default();
                EventListener::new_with_options(&doc, "keydown", options, move |e| {
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    if e.ctrl_key() || e.meta_key() || e.alt_key() {
                        return;
                    }
                    let in_field = e
                        .target()
                        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                        .map(|el| {
                            matches!(
                                el.tag_name().as_str(),
                                "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON"
                            )
                        })
                        .unwrap_or(false);
                    let action = match e.key().as_str() {
                        "Escape" => {
                            state.dispatch(Action::ShowShortcuts(false));
                            Some(Action::ShowShare(false))
                        }
                        _ if in_field => None,
                        " " => Some(Action::TogglePlay),
                        "ArrowLeft" => Some(Action::StepMonth(-1)),
                        "ArrowRight" => Some(Action::StepMonth(1)),
                        "b" | "B" => Some(Action::TogglePin(on_screen.borrow().clone())),
                        "?" => Some(Action::ShowShortcuts(!*shortcuts_open.borrow())),
                        _ => None,
                    };
                    if let Some(a) = action {
                        e.prevent_default();
                        state.dispatch(a);
                    }
                })
            });
            move || drop(listener)
        });
    }

    // Time from a change to its charts being drawn (effects run children first,
    // so this runs after every chart has redrawn).
    {
        let change_started = change_started.clone();
        let run_settings = sim.run.as_ref().map(|r| r.settings.clone());
        use_effect_with(run_settings, move |_| {
            if let Some(t0) = change_started.borrow().take() {
                record_timing(now_ms() - t0);
            }
        });
    }

    let on_lever = {
        let state = state.clone();
        let change_started = change_started.clone();
        Callback::from(move |(name, v): (&'static str, f64)| {
            change_started.borrow().set(Some(now_ms()));
            state.dispatch(Action::SetLever(name, v));
        })
    };
    let on_lever_text = {
        let state = state.clone();
        let change_started = change_started.clone();
        Callback::from(move |(name, v): (&'static str, String)| {
            change_started.borrow().set(Some(now_ms()));
            state.dispatch(Action::SetLeverText(name, v))
        })
    };
    let on_reset = {
        let state = state.clone();
        Callback::from(move |name| state.dispatch(Action::ResetLever(name)))
    };
    let on_targeting = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            let t = RetentionTargeting::from_name(&s.value()).unwrap_or_default();
            state.dispatch(Action::SetTargeting(t));
        })
    };
    let on_month_input = {
        let state = state.clone();
        Callback::from(move |e: InputEvent| {
            let i: HtmlInputElement = e.target_unchecked_into();
            if let Ok(m) = i.value().parse() {
                state.dispatch(Action::SetMonth(m));
            }
        })
    };
    let on_speed = {
        let state = state.clone();
        Callback::from(move |e: Event| {
            let s: HtmlSelectElement = e.target_unchecked_into();
            if let Ok(v) = s.value().parse() {
                state.dispatch(Action::SetSpeed(v));
            }
        })
    };
    let on_chart_month = {
        let state = state.clone();
        // Pressing or dragging on a chart picks its month (hovering only
        // shows it), except during playback.
        Callback::from(move |m: u32| {
            if state.month != m && !state.playing {
                state.dispatch(Action::SetMonth(m))
            }
        })
    };
    let on_png = {
        let state = state.clone();
        Callback::from(move |(kind, canvas): (ChartKind, HtmlCanvasElement)| {
            let name = format!("crm-lab-{}-month-{}.png", kind.id(), state.month);
            if let Err(e) = download::save_png(&name, &canvas) {
                gloo::console::error!(e);
            }
        })
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
    let on_copy = {
        let state = state.clone();
        let link = link.clone();
        Callback::from(move |_| {
            let Some(promise) = clipboard_write(&link) else {
                // No clipboard API (a page served over plain http): the
                // link stays selected in its field for copying by hand.
                select_share_link();
                state.dispatch(Action::Notify(Notice::new("msg_copy_failed")));
                return;
            };
            let state = state.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                if !ok {
                    select_share_link();
                }
                state.dispatch(Action::Notify(Notice::new(if ok {
                    "msg_copied"
                } else {
                    "msg_copy_failed"
                })));
            });
        })
    };

    // The lesson's guide reads the state as facts; its step names a chart.
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
    let lesson_chart = use_state(|| None::<&'static str>);
    let highlight: Option<ChartKind> = lesson.and_then(|_| {
        lesson_chart.and_then(|id| ChartKind::ALL.into_iter().find(|k| k.id() == id))
    });
    let guide = lesson.map(|lesson| {
        let lesson_chart = lesson_chart.clone();
        html! {
            <LessonGuide lesson_id={lesson.id} facts={facts.clone()}
                explore_link={format!("#{}", share::encode(&state.settings, l))}
                on_chart={Callback::from(move |c: &'static str| lesson_chart.set(Some(c)))} />
        }
    });

    let lead = highlight.unwrap_or(ChartKind::Stages);
    let run = sim.run.clone();
    let body = match &run {
        None => html! { <p class="loading">{ l.tf("computing", &[("percent", "0")]) }</p> },
        Some(run) => {
            let month = state.month.min(run.run.months.len() as u32).max(1);
            let input = Rc::new(ChartInput {
                run: run.clone(),
                baseline: baseline.clone(),
                month,
                lang: l,
                projector: prefs.projector,
            });
            let report = run.month(month).clone();
            let base_report = baseline.as_ref().map(|b| b.month(month).clone());
            let export_series = {
                let run = run.clone();
                Callback::from(move |_| {
                    let csv = crate::export::monthly_csv_with_headers(&run.run.months, |n| {
                        crate::i18n::columns::header(l, n)
                    });
                    if let Err(e) = download::save_csv("crm-lab-monthly.csv", &csv) {
                        gloo::console::error!(e);
                    }
                })
            };
            let export_customers = {
                let run = run.clone();
                Callback::from(move |_| {
                    let header = match l {
                        Lang::En => crate::export::CUSTOMER_COLUMNS,
                        Lang::Zh => crate::i18n::columns::CUSTOMER_ZH,
                    };
                    let population = match run.final_population() {
                        Ok(p) => p,
                        Err(e) => {
                            gloo::console::error!(e.to_string());
                            return;
                        }
                    };
                    let csv = crate::export::customers_csv_with_header(
                        &run.run.scenario,
                        population.customers(),
                        &header,
                    );
                    if let Err(e) = download::save_csv("crm-lab-customers.csv", &csv) {
                        gloo::console::error!(e);
                    }
                })
            };
            html! {
                <>
                    <section class="month-bar" aria-label={l.t("month")}>
                        <button id="play" onclick={cb(&state, |_: MouseEvent| Action::TogglePlay)}
                            aria-pressed={state.playing.to_string()}>
                            { if state.playing { format!("⏸ {}", l.t("pause")) } else { format!("▶ {}", l.t("play")) } }
                        </button>
                        <label for="month">{ l.t("month") }</label>
                        <input id="month" type="range" min="1" max={run.run.months.len().to_string()} step="1"
                            value={month.to_string()} oninput={on_month_input} title={l.t("month_help")} />
                        <output for="month" class="month-value">{ format!("{month} / {}", run.run.months.len()) }</output>
                        <label for="speed">{ l.t("speed") }</label>
                        <select id="speed" onchange={on_speed} title={l.t("speed_help")}>
                            { for SPEEDS.iter().map(|v| html! {
                                <option value={v.to_string()} selected={state.speed == *v}>{ format!("{v}×") }</option>
                            }) }
                        </select>
                        <button id="pin" onclick={{ let on_screen = on_screen.clone(); cb(&state, move |_: MouseEvent| Action::TogglePin(on_screen.borrow().clone())) }}
                            aria-pressed={state.baseline.is_some().to_string()}>
                            { if state.baseline.is_some() { l.t("unpin_baseline") } else { l.t("pin_baseline") } }
                        </button>
                        if state.baseline.is_some() {
                            <span class="baseline-note">{ l.t("baseline_pinned") }</span>
                        }
                    </section>
                    <KpiStrip lang={l} month={report.clone()} baseline={base_report.clone()} />
                    // The first screen holds the levers, the strip and one
                    // whole chart: in a lesson the chart of the current
                    // step, otherwise the customers by stage.
                    <section class={classes!("charts", "lead-chart", highlight.is_some().then_some("lesson-chart"))}>
                        <Chart key={lead.id()} kind={lead} input={input.clone()} on_month={on_chart_month.clone()}
                            on_download={on_png.clone()} highlight={highlight.is_some()} />
                    </section>
                    <section aria-labelledby="kpis-heading">
                        <h2 id="kpis-heading">{ l.tf("kpis_heading", &[("month", &month.to_string())]) }</h2>
                        <KpiPanel lang={l} month={report} baseline={base_report} />
                    </section>
                    <section class="charts">
                        { for ChartKind::ALL.into_iter().filter(|k| *k != lead).map(|k| html! {
                            <Chart key={k.id()} kind={k} input={input.clone()} on_month={on_chart_month.clone()} on_download={on_png.clone()} />
                        }) }
                    </section>
                    <section class="export" aria-labelledby="export-heading">
                        <h2 id="export-heading">{ l.t("export_heading") }</h2>
                        <button id="export-series" onclick={export_series}>{ l.t("export_series") }</button>
                        <button id="export-customers" onclick={export_customers}>{ l.t("export_customers") }</button>
                    </section>
                </>
            }
        }
    };

    html! {
        <div class="explore">
            <div class="page-tools">
                <p class="page-lead">{ if lesson.is_some() { l.t("learn.page_lead") } else { l.t("explore_lead") } }</p>
                <button id="share" onclick={cb(&state, |_: MouseEvent| Action::ShowShare(true))}>{ l.t("share") }</button>
                <button id="shortcuts" onclick={cb(&state, |_: MouseEvent| Action::ShowShortcuts(true))}
                    aria-label={l.t("shortcuts")}>{ "?" }</button>
            </div>
            if let Some(n) = &state.notice {
                <div class="notice" role="alert" id="notice">
                    <span>{ n.text(l) }</span>
                    <button onclick={cb(&state, |_: MouseEvent| Action::Dismiss)}>{ l.t("dismiss") }</button>
                </div>
            }
            if let Some(p) = sim.progress {
                <div class="progress" role="status" id="progress">
                    <progress max="100" value={format!("{:.0}", p * 100.0)}></progress>
                    <span>{ l.tf("computing", &[("percent", &format!("{:.0}", p * 100.0))]) }</span>
                </div>
            }
            <div class="layout">
                <aside class="controls" aria-labelledby="controls-heading">
                    <h2 id="market-heading">{ l.t("market_heading") }</h2>
                    <MarketControls settings={state.settings.clone()} lang={l}
                        on_scenario={cb(&state, Action::SetScenario)}
                        on_market_size={cb(&state, Action::SetMarketSize)}
                        on_months={cb(&state, Action::SetMonths)}
                        on_seed={cb(&state, Action::SetSeed)} />
                    <h2 id="controls-heading">{ l.t("controls_heading") }</h2>
                    { for LEVERS.iter().map(|spec| html! {
                        <LeverSlider name={spec.name} value={(spec.get)(&state.settings.levers)} lang={l}
                            on_change={on_lever.clone()} on_text={on_lever_text.clone()} on_reset={on_reset.clone()}
                            on_focus={on_lever_focus.clone()} />
                    }) }
                    <div class="field">
                        <label for="targeting">{ l.t("targeting") }</label>
                        <select id="targeting" onchange={on_targeting} aria-describedby="targeting-help">
                            { for RetentionTargeting::NAMES.iter().map(|n| html! {
                                <option value={*n} selected={state.settings.levers.retention_targeting.name() == *n}>
                                    { l.t_dyn(&format!("targeting.{n}")) }
                                </option>
                            }) }
                        </select>
                        <div class="field-help" id="targeting-help">{ l.t("targeting_help") }</div>
                    </div>
                    <button id="reset-all" class="reset-all" onclick={cb(&state, |_: MouseEvent| Action::ResetAll)}>
                        { l.t("reset_all") }
                    </button>
                </aside>
                <main class="content">
                    { for guide }
                    { body }
                </main>
            </div>
            if state.show_share {
                <ShareDialog lang={l} link={link.clone()} on_copy={on_copy}
                    on_close={cb(&state, |_: ()| Action::ShowShare(false))} />
            }
            if state.show_shortcuts {
                <div class="dialog-backdrop">
                    <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" id="shortcuts-dialog">
                        <h2 id="shortcuts-title">{ l.t("shortcuts") }</h2>
                        <p>{ l.t("shortcuts_list") }</p>
                        <button class="close" autofocus=true onclick={cb(&state, |_: MouseEvent| Action::ShowShortcuts(false))}>{ l.t("close") }</button>
                    </div>
                </div>
            }
        </div>
    }
}
