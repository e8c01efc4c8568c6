//! The editor's fields: a labelled input or text area whose changes become
//! edits of the draft, and how typed text is read.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::coursework::Assignment;
use crate::ui::controls::lever_slider::show;

/// One change to the draft.
pub type EditFn = Box<dyn FnOnce(&mut Assignment)>;

/// The callback that applies a change to the draft.
pub type OnEdit = Callback<EditFn>;

/// A callback for a field's text that sets what `f` sets.
pub fn field(on_edit: &OnEdit, f: fn(&mut Assignment, String)) -> Callback<String> {
    let on_edit = on_edit.clone();
    Callback::from(move |text: String| on_edit.emit(Box::new(move |a| f(a, text))))
}

/// A callback for an optional number (empty: none), in units `scale` times
/// the model's.
pub fn optional_field(
    on_edit: &OnEdit,
    f: fn(&mut Assignment, Option<f64>),
    scale: f64,
) -> Callback<String> {
    let on_edit = on_edit.clone();
    Callback::from(move |text: String| {
        let v = (!text.trim().is_empty()).then(|| number(&text) / scale);
        on_edit.emit(Box::new(move |a| f(a, v)))
    })
}

/// An optional number as shown (empty: none).
pub fn optional(v: Option<f64>, scale: f64) -> String {
    v.map_or(String::new(), |x| show(x * scale))
}

/// An event's size as the editor shows it: percentages for the price and
/// the outage, points otherwise.
pub fn event_scale(kind: &str) -> f64 {
    match kind {
        "competitor_price" | "service_outage" => 100.0,
        _ => 1.0,
    }
}

pub fn value_of(e: &Event) -> String {
    let t = e.target_unchecked_into::<web_sys::Element>();
    if let Some(i) = t.dyn_ref::<HtmlInputElement>() {
        i.value()
    } else if let Some(s) = t.dyn_ref::<HtmlSelectElement>() {
        s.value()
    } else if let Some(a) = t.dyn_ref::<HtmlTextAreaElement>() {
        a.value()
    } else {
        String::new()
    }
}

/// A number typed into a field (NaN when it is not one: the check says so).
pub fn number(text: &str) -> f64 {
    crate::sim::validation::read_typed_number(text).unwrap_or(f64::NAN)
}

/// A whole number typed into a field (0 when it is not one).
pub fn whole(text: &str) -> u32 {
    text.trim().parse().unwrap_or(0)
}

/// A labelled input whose changes go through `apply`.
pub fn input(
    id: &str,
    label: &str,
    unit: &str,
    value: String,
    apply: Callback<String>,
    kind: &str,
) -> Html {
    let onchange = Callback::from(move |e: Event| apply.emit(value_of(&e)));
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label }</label>
            <span class="with-unit">
                <input type={kind.to_string()} id={id.to_string()} value={value} onchange={onchange} />
                if !unit.is_empty() { <span class="unit">{ unit }</span> }
            </span>
        </div>
    }
}

pub fn text_area(id: &str, label: &str, value: String, rows: u32, apply: Callback<String>) -> Html {
    let onchange = Callback::from(move |e: Event| apply.emit(value_of(&e)));
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label }</label>
            <textarea id={id.to_string()} rows={rows.to_string()} value={value} onchange={onchange}></textarea>
        </div>
    }
}
