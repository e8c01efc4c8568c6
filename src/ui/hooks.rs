//! Custom hooks of the Explore page.
//!
//! * [`use_simulation`] — the run for the current settings: for small markets
//!   taken from the runs computed ahead (see `prefetch`) or computed at once;
//!   for large ones in slices between browser frames, with progress, keeping
//!   the previous results on screen until the new ones arrive (the page never
//!   freezes).
//! * [`use_box_tick`] — a number that changes when an element's box changes
//!   size (ResizeObserver), so a canvas redraws at its new size.

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
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

use super::browser::{now_ms, probe};

/// Adds a computation's time to `window.crmLabComputeMs`.
fn record_compute(ms: f64) {
    probe::add("crmLabComputeMs", ms);
}

/// Lets the browser handle events and paint before the next slice.
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = crate::ui::browser::window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
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

/// A number that changes whenever the box of `node` changes size, for any
/// reason: a window resize, projector mode, a language switch that reflows
/// the page, full screen or print. Observing the element (ResizeObserver)
/// rather than the window is what keeps a canvas's backing store matched to
/// its box.
#[hook]
pub fn use_box_tick(node: &NodeRef) -> u32 {
    let tick = use_state(|| 0u32);
    {
        let tick = tick.clone();
        let node = node.clone();
        use_effect_with((), move |_| {
            let observer = observe_box(&node, move |n| tick.set(n));
            move || drop(observer)
        });
    }
    *tick
}

/// Calls `on_change` with a running count each time the box of `node`
/// changes size (not on the first observation, which only reports the box
/// as it is). The observer stops when the returned guard is dropped.
pub fn observe_box(node: &NodeRef, on_change: impl Fn(u32) + 'static) -> Option<BoxObserver> {
    let element = node.cast::<web_sys::Element>()?;
    // The last size seen, in CSS pixels: an observation of the same size
    // (the first one, or a move without a resize) is no change.
    let last = std::cell::Cell::new(None::<(i32, i32)>);
    let count = std::cell::Cell::new(0u32);
    let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |entries: js_sys::Array| {
        for e in entries.iter() {
            let e: web_sys::ResizeObserverEntry = e.unchecked_into();
            let r = e.content_rect();
            let size = (r.width().round() as i32, r.height().round() as i32);
            let before = last.replace(Some(size));
            if before.is_some_and(|b| b != size) {
                count.set(count.get() + 1);
                on_change(count.get());
            }
        }
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(&element);
    Some(BoxObserver {
        observer,
        _callback: callback,
    })
}

/// A ResizeObserver and its callback: disconnected when dropped.
pub struct BoxObserver {
    observer: web_sys::ResizeObserver,
    _callback: Closure<dyn FnMut(js_sys::Array)>,
}

impl Drop for BoxObserver {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
