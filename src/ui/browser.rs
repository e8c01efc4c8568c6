//! The browser, in one place: the window, the address's fragment, the
//! clock, and the figures the page publishes on `window` for the end-to-end
//! suite's measurements (`crmLab…` properties, read by `tests/e2e.rs`).

use wasm_bindgen::{JsCast, JsValue};

/// The page's window (none outside a browser).
pub fn window() -> Option<web_sys::Window> {
    web_sys::window()
}

/// The address's fragment, with its `#` (empty when there is none).
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

/// Milliseconds since 1970 by the browser's clock (for saved-at times).
pub fn epoch_ms() -> f64 {
    js_sys::Date::now()
}

/// Figures published on `window` for the end-to-end suite: how long a
/// change took to compute and draw, and how often the worker's runs were
/// used. Writing them costs a property set; nothing reads them but the
/// suite.
pub mod probe {
    use super::*;

    /// Sets `window[key]`.
    pub fn set(key: &str, value: JsValue) {
        if let Some(w) = window() {
            let _ = js_sys::Reflect::set(&w, &JsValue::from_str(key), &value);
        }
    }

    /// Adds `amount` to the number at `window[key]` (0 when unset).
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
}
