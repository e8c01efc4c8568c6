//! Custom hooks of the Explore page.
//!
//! * [`use_simulation`] — the run for the current settings: for small markets
//!   taken from the runs computed ahead (see `prefetch`) or computed at once;
//!   for large ones in slices between browser frames, with progress, keeping
//!   the previous results on screen until the new ones arrive (the page never
//!   freezes).
//! * [`use_resize_tick`] — a number that changes when the window is resized,
//!   so charts redraw at their new size.

use std::cell::RefCell;
use std::rc::Rc;

use yew::prelude::*;

use super::explore::{compute, Computation, ExploreRun, ExploreSettings, SLICED_ABOVE};
use super::prefetch::Prefetcher;

/// What [`use_simulation`] gives.
#[derive(Clone, PartialEq)]
pub struct SimulationView {
    /// The latest finished run (possibly for older settings while a new one computes).
    pub run: Option<Rc<ExploreRun>>,
    /// Progress (0–1) of a run being computed in slices.
    pub progress: Option<f64>,
}

/// Milliseconds to compute before yielding to the browser.
const SLICE_MS: f64 = 25.0;

fn now_ms() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Adds a computation's time to `window.crmLabComputeMs` (read by the
/// end-to-end suite).
fn record_compute(ms: f64) {
    let Some(w) = web_sys::window() else { return };
    let key = wasm_bindgen::JsValue::from_str("crmLabComputeMs");
    let total = js_sys::Reflect::get(&w, &key)
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    let _ = js_sys::Reflect::set(&w, &key, &wasm_bindgen::JsValue::from_f64(total + ms));
}

/// Lets the browser handle events and paint before the next slice.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = web_sys::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Counts runs the page found computed ahead (`window.crmLabPrefetchHits`).
fn record_hit() {
    let Some(w) = web_sys::window() else { return };
    let key = wasm_bindgen::JsValue::from_str("crmLabPrefetchHits");
    let n = js_sys::Reflect::get(&w, &key)
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(0.0);
    let _ = js_sys::Reflect::set(&w, &key, &wasm_bindgen::JsValue::from_f64(n + 1.0));
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

/// A number that changes whenever the window is resized.
#[hook]
pub fn use_resize_tick() -> u32 {
    let tick = use_state(|| 0u32);
    {
        let tick = tick.clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|w| {
                // Counted here: the handle's value is the first render's.
                let resizes = std::cell::Cell::new(0u32);
                gloo::events::EventListener::new(&w, "resize", move |_| {
                    resizes.set(resizes.get() + 1);
                    tick.set(resizes.get());
                })
            });
            move || drop(listener)
        });
    }
    *tick
}
