//! Runs computed before they are asked for, so a slider step shows its
//! results at once.
//!
//! A run of the default market (10,000 people × 36 months) takes a few tens
//! of milliseconds to compute, longer than a frame. While the page is idle, a
//! web worker (`crm-lab-worker`, on another core) computes the runs the user
//! is most likely to ask for next: a step or a few either side of the lever
//! being touched, and one step either side of every other lever. They wait
//! in a small cache; a slider move that lands on one of them only redraws.
//! Same settings, same numbers: a run from the worker is the run the page
//! would have computed (same code, and floats cross exactly).
//!
//! Without a worker (a browser that refuses it) nothing is prefetched and
//! every change is computed on the spot, as before.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{MessageEvent, Worker};

use crate::sim::{LeverId, RetentionTargeting};
use crate::ui::format::display_scale;
use crate::ui::run::{ExploreRun, ExploreSettings, PackedRun, SLICED_ABOVE};

/// The worker's loader script, next to the page (a relative URL, so the site
/// works from a sub-path).
pub const WORKER_URL: &str = "./crm-lab-worker_loader.js";

/// Runs kept (each about a quarter of a megabyte without its population).
pub const CACHE_RUNS: usize = 64;

/// Steps either side of the lever being touched.
pub const FOCUS_STEPS: i32 = 6;

/// What the page asks of the worker: runs for these settings, in this
/// order, replacing whatever it was asked before.
#[derive(Clone, Debug, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Request {
    /// Counts the page's requests, so it knows which one an idle worker finished.
    pub generation: u64,
    pub wanted: Vec<ExploreSettings>,
}

/// The worker's message when it has done every run of request `generation`.
pub fn idle_message(generation: u64) -> String {
    format!("idle {generation}")
}

/// The generation of an idle message.
pub fn idle_generation(message: &str) -> Option<u64> {
    message.strip_prefix("idle ")?.parse().ok()
}

/// The value a slider shows `k` steps away from `value`, read back the way
/// the slider's input is read (see `controls::lever_slider`): the browser
/// snaps a range input to `min + n·step` and writes it as a short decimal.
/// `None` beyond the range.
pub fn slider_step(lever: LeverId, value: f64, k: i32) -> Option<f64> {
    let spec = lever.spec();
    let scale = display_scale(lever);
    let (min, step) = (spec.min * scale, spec.step * scale);
    let last = ((spec.max * scale - min) / step).round();
    let n = ((value * scale - min) / step).round() + f64::from(k);
    if !(0.0..=last).contains(&n) {
        return None;
    }
    let shown = crate::ui::controls::lever_slider::show(min + n * step);
    shown.parse::<f64>().ok().map(|v| v / scale)
}

/// The settings worth computing ahead, most likely first: one step either
/// side of the lever in `focus` (the one touched last), then of every other
/// lever, the other retention targeting, then further steps of the focused
/// lever. Only markets computed at once are prefetched.
pub fn neighbours(current: &ExploreSettings, focus: Option<LeverId>) -> Vec<ExploreSettings> {
    if current.market_size > SLICED_ABOVE {
        return Vec::new();
    }
    let with = |lever: LeverId, k: i32| {
        let v = slider_step(lever, current.levers.get(lever), k)?;
        let mut s = current.clone();
        s.levers.set(lever, v);
        (s != *current).then_some(s)
    };
    let mut out = Vec::new();
    if let Some(f) = focus {
        out.extend([with(f, 1), with(f, -1)].into_iter().flatten());
    }
    for lever in LeverId::ALL.into_iter().filter(|l| Some(*l) != focus) {
        out.extend([with(lever, 1), with(lever, -1)].into_iter().flatten());
    }
    // The other ways of targeting retention spend.
    for t in RetentionTargeting::ALL {
        if t != current.levers.retention_targeting {
            let mut other = current.clone();
            other.levers.retention_targeting = t;
            out.push(other);
        }
    }
    if let Some(f) = focus {
        for k in 2..=FOCUS_STEPS {
            out.extend([with(f, k), with(f, -k)].into_iter().flatten());
        }
    }
    out
}

/// The most recently used runs, by their settings.
#[derive(Default)]
pub struct RunCache {
    runs: VecDeque<Rc<ExploreRun>>,
}

impl RunCache {
    pub fn get(&mut self, settings: &ExploreSettings) -> Option<Rc<ExploreRun>> {
        let i = self.runs.iter().position(|r| r.settings == *settings)?;
        let run = self.runs.remove(i)?;
        self.runs.push_front(run.clone());
        Some(run)
    }

    pub fn contains(&self, settings: &ExploreSettings) -> bool {
        self.runs.iter().any(|r| r.settings == *settings)
    }

    /// Marks a kept run as just used, so it is forgotten last; `false` if it
    /// is not kept.
    pub fn touch(&mut self, settings: &ExploreSettings) -> bool {
        let Some(i) = self.runs.iter().position(|r| r.settings == *settings) else {
            return false;
        };
        if let Some(run) = self.runs.remove(i) {
            self.runs.push_front(run);
        }
        true
    }

    /// Keeps a run (without its population), forgetting the least recently used.
    pub fn put(&mut self, run: Rc<ExploreRun>) {
        self.runs.retain(|r| r.settings != run.settings);
        let run = if run.last.is_some() {
            Rc::new(run.without_population())
        } else {
            run
        };
        self.runs.push_front(run);
        self.runs.truncate(CACHE_RUNS);
    }

    pub fn len(&self) -> usize {
        self.runs.len()
    }

    pub fn is_empty(&self) -> bool {
        self.runs.is_empty()
    }
}

/// The page's side of prefetching: the worker, and the runs it sent.
pub struct Prefetcher {
    worker: Option<Worker>,
    cache: Rc<RefCell<RunCache>>,
    generation: Rc<std::cell::Cell<u64>>,
    _on_message: Option<Closure<dyn FnMut(MessageEvent)>>,
}

impl PartialEq for Prefetcher {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}

/// Sets a number or flag on `window` for the end-to-end suite to read.
use crate::ui::browser::probe::set as expose;

impl Prefetcher {
    /// Starts the worker; without one, prefetching is off.
    pub fn new() -> Rc<Self> {
        let cache = Rc::new(RefCell::new(RunCache::default()));
        let generation = Rc::new(std::cell::Cell::new(0));
        let worker = Worker::new(WORKER_URL).ok();
        let on_message = worker.as_ref().map(|w| {
            let cache = cache.clone();
            let generation = generation.clone();
            let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
                let data = e.data();
                if let Some(text) = data.as_string() {
                    // Idle after the latest request: everything asked is here.
                    if idle_generation(&text) == Some(generation.get()) {
                        expose("crmLabPrefetchIdle", JsValue::TRUE);
                    }
                    return;
                }
                if let Some(run) = unpack_message(&data) {
                    let mut c = cache.borrow_mut();
                    c.put(Rc::new(run));
                    expose("crmLabPrefetched", JsValue::from_f64(c.len() as f64));
                }
            });
            w.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
            on_message
        });
        Rc::new(Prefetcher {
            worker,
            cache,
            generation,
            _on_message: on_message,
        })
    }

    /// A run computed ahead for these settings.
    pub fn get(&self, settings: &ExploreSettings) -> Option<Rc<ExploreRun>> {
        self.cache.borrow_mut().get(settings)
    }

    /// Keeps a run computed on the page (going back to it is then instant).
    pub fn keep(&self, run: &Rc<ExploreRun>) {
        if self.worker.is_some() {
            self.cache.borrow_mut().put(run.clone());
        }
    }

    /// Asks the worker for these runs, in this order (replacing what it was
    /// asked before); runs already kept are left out, and marked as used so
    /// that what is wanted now is kept longest (the most likely first).
    pub fn want(&self, wanted: Vec<ExploreSettings>) {
        let Some(worker) = &self.worker else { return };
        let missing: Vec<ExploreSettings> = {
            let mut cache = self.cache.borrow_mut();
            let mut missing: Vec<ExploreSettings> = wanted
                .into_iter()
                .rev()
                .filter(|s| !cache.touch(s))
                .collect();
            missing.reverse();
            missing
        };
        self.generation.set(self.generation.get() + 1);
        let request = Request {
            generation: self.generation.get(),
            wanted: missing,
        };
        let Ok(text) = serde_json::to_string(&request) else {
            return;
        };
        expose("crmLabPrefetchIdle", JsValue::FALSE);
        let _ = worker.post_message(&JsValue::from_str(&text));
    }
}

impl Drop for Prefetcher {
    fn drop(&mut self) {
        if let Some(w) = &self.worker {
            w.terminate();
        }
    }
}

/// A message from the worker: `[json, Float32Array, Uint32Array]` (see
/// [`ExploreRun::pack`]).
pub fn unpack_message(data: &JsValue) -> Option<ExploreRun> {
    let parts: js_sys::Array = data.clone().dyn_into().ok()?;
    let json = parts.get(0).as_string()?;
    let points: js_sys::Float32Array = parts.get(1).dyn_into().ok()?;
    let counts: js_sys::Uint32Array = parts.get(2).dyn_into().ok()?;
    PackedRun {
        json,
        points: points.to_vec(),
        counts: counts.to_vec(),
    }
    .unpack()
}

/// A packed run as the worker posts it.
pub fn message_of(p: &PackedRun) -> JsValue {
    js_sys::Array::of3(
        &JsValue::from_str(&p.json),
        &js_sys::Float32Array::from(&p.points[..]),
        &js_sys::Uint32Array::from(&p.counts[..]),
    )
    .into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ui::run::compute;

    #[test]
    fn idle_messages_name_their_request() {
        assert_eq!(idle_generation(&idle_message(42)), Some(42));
        assert_eq!(idle_generation("idle"), None);
        assert_eq!(idle_generation("{}"), None);
    }

    #[test]
    fn slider_steps_land_on_the_values_a_slider_gives() {
        assert_eq!(slider_step(LeverId::Price, 1.0, 1), Some(1.01));
        assert_eq!(slider_step(LeverId::Price, 1.0, -3), Some(0.97));
        assert_eq!(
            slider_step(LeverId::Price, 1.6, 1),
            None,
            "beyond the range"
        );
        assert_eq!(slider_step(LeverId::Price, 0.6, -1), None);
        assert_eq!(slider_step(LeverId::CareEmail, 4.0, 1), Some(4.5));
        // Complaint handling shows as a percentage: "61" / 100.
        assert_eq!(
            slider_step(LeverId::ComplaintHandling, 0.6, 1),
            Some(61.0 / 100.0)
        );
        assert_eq!(
            slider_step(LeverId::AcquisitionSpend, 4_000.0, -2),
            Some(3_800.0)
        );
    }

    #[test]
    fn neighbours_come_nearest_first_and_differ_from_the_current_run() {
        let s = ExploreSettings::default();
        let n = neighbours(&s, Some(LeverId::CareEmail));
        assert_eq!(n[0].levers.care_email, 4.5);
        assert_eq!(n[1].levers.care_email, 3.5);
        assert!(n.iter().all(|x| *x != s));
        // One step of every other lever (winback is at its minimum: one side).
        let price: Vec<f64> = n
            .iter()
            .filter(|x| x.levers.price != 1.0)
            .map(|x| x.levers.price)
            .collect();
        assert_eq!(price, vec![1.01, 0.99]);
        assert!(n
            .iter()
            .any(|x| x.levers.retention_targeting == RetentionTargeting::TopTiers));
        let far: Vec<f64> = n
            .iter()
            .map(|x| x.levers.care_email)
            .filter(|v| (*v - 4.0).abs() > 0.6)
            .collect();
        assert_eq!(far.len(), 2 * (FOCUS_STEPS as usize - 1));
        assert!(
            n.len() < CACHE_RUNS,
            "a round of prefetching fits the cache"
        );
        // Large markets are computed in slices on the page, never ahead.
        let big = ExploreSettings {
            market_size: 100_000,
            ..s
        };
        assert!(neighbours(&big, None).is_empty());
    }

    #[test]
    fn the_cache_keeps_the_most_recent_runs_without_their_population() {
        let mut cache = RunCache::default();
        let base = ExploreSettings {
            market_size: 1_000,
            months: 3,
            ..ExploreSettings::default()
        };
        let run = Rc::new(compute(&base).unwrap());
        cache.put(run.clone());
        assert!(cache.get(&base).unwrap().last.is_none());
        for seed in 0..CACHE_RUNS as u64 + 5 {
            let s = ExploreSettings {
                seed: 100 + seed,
                ..base.clone()
            };
            let mut r = (*run).clone();
            r.settings = s;
            cache.put(Rc::new(r));
        }
        assert_eq!(cache.len(), CACHE_RUNS);
        assert!(!cache.contains(&base), "the oldest is forgotten");
        // A run touched (wanted again) is kept over newer ones.
        let oldest = ExploreSettings {
            seed: 105,
            ..base.clone()
        };
        assert!(cache.touch(&oldest));
        assert!(!cache.touch(&base));
        for seed in 0..CACHE_RUNS as u64 - 1 {
            let mut r = (*run).clone();
            r.settings = ExploreSettings {
                seed: 1_000 + seed,
                ..base.clone()
            };
            cache.put(Rc::new(r));
        }
        assert!(cache.contains(&oldest));
    }
}
