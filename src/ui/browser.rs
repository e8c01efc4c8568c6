//! The browser, in one place: the window, the address and its fragment,
//! the clipboard, the clock, resize observation (a canvas redraws when its box changes), and
//! the figures the page publishes on `window` for the end-to-end suite's
//! measurements (`crmLab…` properties, read by `tests/e2e.rs`).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

/// The page's window (none outside a browser).
pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The address's fragment, with its `#` (empty when there is none).
/// Moves the focus to the element with this id, if there is one (it
/// scrolls into view, below anything the page keeps at the top).
pub fn focus_by_id(id: &str) {
    if let Some(e) = window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = e.focus();
    }
}

/// On one column (a phone), scrolls the element with this id to the top of
/// the screen (below anything the page keeps pinned there); on wider
/// screens, where it is already beside what it belongs with, nothing.
pub fn scroll_to_on_narrow(id: &str) {
    let Some(w) = window() else { return };
    let narrow = w
        .inner_width()
        .ok()
        .and_then(|v| v.as_f64())
        .is_some_and(|x| x <= 900.0);
    if let Some(e) = narrow
        .then(|| w.document()?.get_element_by_id(id))
        .flatten()
    {
        e.scroll_into_view_with_bool(true);
    }
}

/// Loads the page again (a lesson starts afresh).
pub fn reload() {
    if let Some(w) = window() {
        let _ = w.location().reload();
    }
}

pub fn location_hash() -> String {
    window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default()
}

/// Milliseconds since the page loaded, from the high-resolution clock.
pub fn now_ms() -> f64 {
    window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Lets the browser handle events and paint before a computation's next
/// slice (a zero-delay timer).
pub async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(w) = window() {
            let _ = w.set_timeout_with_callback(&resolve);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// Milliseconds since 1970 by the browser's clock (for saved-at times).
pub fn epoch_ms() -> f64 {
    js_sys::Date::now()
}

/// This page's address without its fragment.
pub fn page_address() -> String {
    window()
        .and_then(|w| w.location().href().ok())
        .map(|h| h.split('#').next().unwrap_or("").to_string())
        .unwrap_or_default()
}

/// Starts writing `text` to the clipboard, if this page may use it (the
/// Clipboard API exists only in secure contexts).
pub fn clipboard_write(text: &str) -> Option<js_sys::Promise> {
    let navigator = window()?.navigator();
    let clipboard = js_sys::Reflect::get(&navigator, &JsValue::from_str("clipboard")).ok()?;
    if clipboard.is_undefined() || clipboard.is_null() {
        return None;
    }
    Some(
        clipboard
            .unchecked_into::<web_sys::Clipboard>()
            .write_text(text),
    )
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
/// changes size from the size it had when the observer was attached (the
/// first observation counts when the box changed in between: a chart drawn
/// before projector mode's larger box took effect is drawn again). The
/// observer stops when the returned guard is dropped.
pub fn observe_box(node: &NodeRef, on_change: impl Fn(u32) + 'static) -> Option<BoxObserver> {
    let element = node.cast::<web_sys::Element>()?;
    // The last size seen, in CSS pixels, starting from the box as it is
    // now: an observation of the same size (a move without a resize) is no
    // change.
    let last = std::cell::Cell::new(Some((element.client_width(), element.client_height())));
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

/// Figures published on `window` for the end-to-end suite: how long a
/// change took to compute and draw, and how often the worker's runs were
/// used. Compiled in only with the `probes` feature (the suite's build);
/// otherwise every call does nothing and costs nothing.
pub mod probe {
    #[cfg(feature = "probes")]
    use super::*;
    #[cfg(not(feature = "probes"))]
    use wasm_bindgen::JsValue;

    /// Sets `window[key]`.
    #[cfg(feature = "probes")]
    pub fn set(key: &str, value: JsValue) {
        if let Some(w) = window() {
            let _ = js_sys::Reflect::set(&w, &JsValue::from_str(key), &value);
        }
    }

    /// Adds `amount` to the number at `window[key]` (0 when unset).
    #[cfg(feature = "probes")]
    pub fn add(key: &str, amount: f64) {
        let Some(w) = window() else { return };
        let k = JsValue::from_str(key);
        let total = js_sys::Reflect::get(&w, &k)
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0);
        let _ = js_sys::Reflect::set(&w, &k, &JsValue::from_f64(total + amount));
    }

    /// Appends `value` to the array at `window[key]` (made when unset).
    #[cfg(feature = "probes")]
    pub fn push(key: &str, value: f64) {
        let Some(w) = window() else { return };
        let k = JsValue::from_str(key);
        let arr = js_sys::Reflect::get(&w, &k)
            .ok()
            .and_then(|v| v.dyn_into::<js_sys::Array>().ok())
            .unwrap_or_else(|| {
                let a = js_sys::Array::new();
                let _ = js_sys::Reflect::set(&w, &k, &a);
                a
            });
        arr.push(&JsValue::from_f64(value));
    }

    /// Without the `probes` feature: nothing.
    #[cfg(not(feature = "probes"))]
    #[inline(always)]
    pub fn set(_key: &str, _value: JsValue) {}

    /// Without the `probes` feature: nothing.
    #[cfg(not(feature = "probes"))]
    #[inline(always)]
    pub fn add(_key: &str, _amount: f64) {}

    /// Without the `probes` feature: nothing.
    #[cfg(not(feature = "probes"))]
    #[inline(always)]
    pub fn push(_key: &str, _value: f64) {}
}
