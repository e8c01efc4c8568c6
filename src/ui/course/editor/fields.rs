//! The editor's fields: a labelled input or text area whose changes become
//! edits of the draft, and how typed text is read.

use wasm_bindgen::JsCast;
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::coursework::Assignment;
use crate::ui::controls::lever_slider::show;
use crate::ui::messages::{typed_number, typed_whole, Notice};

/// One change to the draft.
pub type EditFn = Box<dyn FnOnce(&mut Assignment)>;

/// The callback that applies a change to the draft.
pub type OnEdit = Callback<EditFn>;

/// A callback for a field's text that sets what `f` sets.
pub fn field(on_edit: &OnEdit, f: fn(&mut Assignment, String)) -> Callback<String> {
    let on_edit = on_edit.clone();
    Callback::from(move |text: String| on_edit.emit(Box::new(move |a| f(a, text))))
}

/// Where a section's fields send what they do: edits of the draft, and
/// what to tell about a text that cannot be taken.
#[derive(Clone, PartialEq)]
pub struct Sink {
    pub on_edit: OnEdit,
    pub on_notice: Callback<Option<Notice>>,
}

impl Sink {
    /// A number field labelled `name` (a table key), shown in units `scale`
    /// times the model's, holding `kept`: a number sets what `f` sets; text
    /// that is not one, or a share typed into a percent field, is told and
    /// the draft kept.
    pub fn number(
        &self,
        name: &'static str,
        kept: f64,
        scale: f64,
        f: impl Fn(&mut Assignment, f64) + Clone + 'static,
    ) -> Callback<String> {
        let sink = self.clone();
        Callback::from(
            move |text: String| match typed_number(name, &text, kept, scale) {
                Ok(v) => {
                    let f = f.clone();
                    sink.apply(Box::new(move |a| f(a, v)))
                }
                Err(n) => sink.on_notice.emit(Some(n)),
            },
        )
    }

    /// As [`number`](Self::number), for an optional number (empty: none).
    pub fn optional(
        &self,
        name: &'static str,
        kept: Option<f64>,
        scale: f64,
        f: fn(&mut Assignment, Option<f64>),
    ) -> Callback<String> {
        let sink = self.clone();
        Callback::from(move |text: String| {
            if text.trim().is_empty() {
                return sink.apply(Box::new(move |a| f(a, None)));
            }
            match typed_number(name, &text, kept.unwrap_or(0.0), scale) {
                Ok(v) => sink.apply(Box::new(move |a| f(a, Some(v)))),
                Err(n) => sink.on_notice.emit(Some(n)),
            }
        })
    }

    /// A whole-number field labelled `name`, holding `kept`.
    pub fn whole(
        &self,
        name: &'static str,
        kept: u64,
        f: impl Fn(&mut Assignment, u64) + Clone + 'static,
    ) -> Callback<String> {
        let sink = self.clone();
        Callback::from(move |text: String| match typed_whole(name, &text, kept) {
            Ok(n) => {
                let f = f.clone();
                sink.apply(Box::new(move |a| f(a, n)))
            }
            Err(notice) => sink.on_notice.emit(Some(notice)),
        })
    }

    /// Applies an edit; what was told about a field is done with.
    fn apply(&self, edit: EditFn) {
        self.on_notice.emit(None);
        self.on_edit.emit(edit);
    }
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

/// A labelled input whose changes go through `apply`. A `"number"` field
/// is a text input that asks for a numeric keyboard: a number input would
/// hand over nothing for what the browser cannot read, and the page could
/// not say what was wrong with it.
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
                if kind == "number" {
                    <input type="text" inputmode="numeric" id={id.to_string()} value={value} onchange={onchange} />
                } else {
                    <input type={kind.to_string()} id={id.to_string()} value={value} onchange={onchange} />
                }
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
