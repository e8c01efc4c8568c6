//! Custom hooks of the Explore page.
//!
//! * [`use_simulation`] — the run for the current settings: for small markets
//!   taken from the runs computed ahead (see `prefetch`) or computed at once;
//!   for large ones in slices between browser frames, with progress, keeping
//!   the previous results on screen until the new ones arrive (the page never
//!   freezes);
//! * [`use_address_sync`] — the address bar kept a share link;
//! * [`use_remembered`] — the settings saved once they rest;
//! * [`use_playback`] — a month per tick while playing;
//! * [`use_change_timing`] — the time from a change to its charts, for the
//!   end-to-end suite's figures.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use gloo::timers::callback::{Interval, Timeout};
use yew::prelude::*;

use super::prefetch::Prefetcher;
use super::share_dialog::view_of;
use super::state::{Action, ExploreState, Notice};
use crate::i18n::Lang;
use crate::ui::browser::window;
use crate::ui::run::{compute, Computation, ExploreRun, ExploreSettings, SLICED_ABOVE, SLICE_MS};
use crate::ui::{share, storage};

/// What [`use_simulation`] gives.
#[derive(Clone, PartialEq)]
pub struct SimulationView {
    /// The latest finished run (possibly for older settings while a new one computes).
    pub run: Option<Rc<ExploreRun>>,
    /// Progress (0–1) of a run being computed in slices.
    pub progress: Option<f64>,
}

use crate::ui::browser::{now_ms, probe, yield_to_browser};

/// Milliseconds the settings must rest before they are saved.
const SAVE_AFTER_MS: u32 = 200;

/// Adds a computation's time to `window.crmLabComputeMs`.
fn record_compute(ms: f64) {
    probe::add("crmLabComputeMs", ms);
}

/// Counts runs the page found computed ahead (`window.crmLabPrefetchHits`).
fn record_hit() {
    probe::add("crmLabPrefetchHits", 1.0);
}

#[hook]
pub fn use_simulation(settings: &ExploreSettings, prefetch: &Rc<Prefetcher>) -> SimulationView {
    let small = settings.market_size <= SLICED_ABOVE;
    // Small markets: computed during render (unless computed ahead), so a
    // slider move costs one render.
    let immediate = {
        let prefetch = prefetch.clone();
        use_memo(settings.clone(), move |s| {
            if s.market_size > SLICED_ABOVE {
                return None;
            }
            if let Some(run) = prefetch.get(s) {
                record_hit();
                return Some(run);
            }
            let t0 = now_ms();
            let run = compute(s).ok().map(Rc::new);
            record_compute(now_ms() - t0);
            if let Some(r) = &run {
                prefetch.keep(r);
            }
            run
        })
    };
    let sliced = use_state(|| None::<Rc<ExploreRun>>);
    let progress = use_state(|| None::<f64>);
    let generation = use_mut_ref(|| 0u64);
    {
        let sliced = sliced.clone();
        let progress = progress.clone();
        let generation: Rc<RefCell<u64>> = generation.clone();
        use_effect_with(settings.clone(), move |s| {
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            if s.market_size > SLICED_ABOVE {
                if let Ok(mut c) = Computation::new(s) {
                    progress.set(Some(0.0));
                    wasm_bindgen_futures::spawn_local(async move {
                        loop {
                            if *generation.borrow() != mine {
                                return; // superseded by newer settings
                            }
                            let start = now_ms();
                            c.advance_while(|| now_ms() - start < SLICE_MS);
                            if c.done() {
                                break;
                            }
                            progress.set(Some(c.progress()));
                            yield_to_browser().await;
                        }
                        if *generation.borrow() == mine {
                            sliced.set(Some(Rc::new(c.finish())));
                            progress.set(None);
                        }
                    });
                }
            } else if progress.is_some() {
                // Only when it changes: setting state renders the page again.
                progress.set(None);
            }
        });
    }
    let fresh = if small {
        (*immediate).clone()
    } else {
        (*sliced)
            .clone()
            .filter(|r| r.settings == *settings || progress.is_some())
    };
    // Until a new run arrives, the last one stays on screen.
    let last = use_mut_ref(|| None::<Rc<ExploreRun>>);
    if let Some(r) = &fresh {
        *last.borrow_mut() = Some(r.clone());
    }
    let run = fresh.or_else(|| last.borrow().clone());
    SimulationView {
        run,
        progress: if small { None } else { *progress },
    }
}

/// Keeps the address bar a share link to the state (the month and the
/// baseline too), without a history entry per change. A lesson keeps its
/// own address (`keep_address`).
#[hook]
pub fn use_address_sync(state: &ExploreState, lang: Lang, keep_address: bool) {
    use_effect_with(
        (state.settings.clone(), lang, view_of(state)),
        move |(settings, lang, view)| {
            if keep_address {
                return;
            }
            if let Some(history) = window().and_then(|w| w.history().ok()) {
                let hash = format!("#{}", share::encode_view(settings, view, *lang));
                let _ =
                    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&hash));
            }
        },
    );
}

/// Remembers the settings. Saving waits until they rest for a moment: a
/// slider drag writes storage once, and never inside the frame that shows
/// its result. A storage problem is told once. A lesson (`is_lesson`) does
/// not overwrite the remembered Explore state.
#[hook]
pub fn use_remembered(state: &UseReducerHandle<ExploreState>, is_lesson: bool) {
    let warned = use_mut_ref(|| Cell::new(false));
    let state = state.clone();
    use_effect_with(state.settings.clone(), move |settings| {
        let save = (!is_lesson).then(|| {
            let r = storage::Remembered {
                settings: settings.clone(),
                lang: None,
                projector: None,
            };
            Timeout::new(SAVE_AFTER_MS, move || {
                if let Err(problem) = storage::save(&r) {
                    if !warned.borrow().replace(true) {
                        state.dispatch(Action::Notify(Notice::new(problem.message_key())));
                    }
                }
            })
        });
        move || drop(save)
    });
}

/// Plays the months: one step per tick at the chosen speed.
#[hook]
pub fn use_playback(state: &UseReducerHandle<ExploreState>) {
    let state = state.clone();
    use_effect_with((state.playing, state.speed), move |(playing, speed)| {
        let interval = playing.then(|| {
            let state = state.clone();
            Interval::new(1000 / speed.max(&1), move || state.dispatch(Action::Tick))
        });
        move || drop(interval)
    });
}

/// Records the time from a change (`started`, set when a lever moves) to its
/// charts being drawn, in `window.crmLabTimings`. Effects run children
/// first, so this runs after every chart has redrawn.
#[hook]
pub fn use_change_timing(run: Option<&ExploreSettings>, started: &Rc<RefCell<Cell<Option<f64>>>>) {
    let started = started.clone();
    use_effect_with(run.cloned(), move |_| {
        if let Some(t0) = started.borrow().take() {
            probe::push("crmLabTimings", now_ms() - t0);
        }
    });
}
