//! One lever: a labelled range slider with a number field, its unit, a line
//! saying what it does, and a reset button. Keyboard: the native range input
//! moves with arrow keys, Page Up/Down, Home/End.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::i18n::Lang;
use crate::sim::LeverId;
use crate::ui::format::display_scale;
use crate::ui::keys;

#[derive(Properties, PartialEq)]
pub struct LeverSliderProps {
    pub lever: LeverId,
    /// The value in model units.
    pub value: f64,
    pub lang: Lang,
    /// A new value in model units (from the slider).
    pub on_change: Callback<(LeverId, f64)>,
    /// A typed value, as text in display units.
    pub on_text: Callback<(LeverId, String)>,
    pub on_reset: Callback<LeverId>,
    /// The lever is being touched: focused, or under the pointer.
    #[prop_or_default]
    pub on_focus: Callback<LeverId>,
    /// Put before the element ids: a second slider for the same lever (a
    /// lesson's step shows the one it asks for) needs ids of its own.
    #[prop_or_default]
    pub id_prefix: &'static str,
}

/// A number for a control, in display units without float noise.
pub fn show(x: f64) -> String {
    let r = (x * 1e6).round() / 1e6;
    crate::sim::validation::fmt_num(r)
}

/// The glossary entry that explains a lever's concept.
fn glossary_term(lever: LeverId) -> &'static str {
    match lever {
        LeverId::Price => "cdv",
        LeverId::ServiceQuality => "satisfaction",
        LeverId::CareSms | LeverId::CarePhone | LeverId::CareIm | LeverId::CareEmail => {
            "care-channels"
        }
        LeverId::AcquisitionSpend => "five-to-one",
        LeverId::ComplaintHandling => "service-recovery",
        LeverId::WinbackSpend => "lifecycle",
        LeverId::SaveOffer => "early-warning",
        LeverId::PointsRate
        | LeverId::MemberThreshold
        | LeverId::GoldCardThreshold
        | LeverId::GoldCardBenefit => "loyalty-programme",
    }
}

#[function_component(LeverSlider)]
pub fn lever_slider(p: &LeverSliderProps) -> Html {
    let lever = p.lever;
    let (spec, name) = (lever.spec(), lever.name());
    let scale = display_scale(lever);
    let id = format!("{}lever-{name}", p.id_prefix);
    let help_id = format!("{id}-help");
    let words = keys::lever(lever);
    let (label, unit, help) = (
        p.lang.t(words.label),
        p.lang.t(words.unit),
        p.lang.t(words.help),
    );
    let on_input = {
        let cb = p.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = input.value().parse::<f64>() {
                cb.emit((lever, v / scale));
            }
        })
    };
    let on_number = {
        let cb = p.on_text.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            cb.emit((lever, input.value()));
        })
    };
    let on_reset = {
        let cb = p.on_reset.clone();
        Callback::from(move |_| cb.emit(lever))
    };
    let touched = {
        let cb = p.on_focus.clone();
        move || cb.emit(lever)
    };
    let on_focusin = {
        let touched = touched.clone();
        Callback::from(move |_: FocusEvent| touched())
    };
    let on_pointerenter = Callback::from(move |_: PointerEvent| touched());
    let is_default = (p.value - spec.default).abs() < 1e-12;
    let shown = show(p.value * scale);
    html! {
        <div class="lever" data-lever={name} onfocusin={on_focusin} onpointerenter={on_pointerenter}>
            <div class="lever-head">
                <label for={id.clone()}>{ label }</label>
                <span class="lever-value">
                    // Text, not a number input: the browser would empty a
                    // value it cannot read ("abc", "1,5"), and the page could
                    // not say what was wrong with it.
                    <input type="text" inputmode="decimal" class="lever-number"
                        aria-label={p.lang.with_unit(label, unit)}
                        value={shown.clone()} onchange={on_number} />
                    <span class="lever-unit">{ unit }</span>
                </span>
            </div>
            <div class="lever-row">
                <input type="range" id={id} aria-describedby={help_id.clone()}
                    min={show(spec.min * scale)} max={show(spec.max * scale)} step={show(spec.step * scale)}
                    value={shown} oninput={on_input} aria-valuetext={format!("{} {unit}", show(p.value * scale))} />
                <button class="reset" onclick={on_reset} disabled={is_default}
                    aria-label={p.lang.tf("lever.reset_one", &[("name", label)])}
                    title={p.lang.tf("lever.reset_one", &[("name", label)])}>{ "↺" }</button>
            </div>
            <div class="lever-help" id={help_id}>{ help }
                if let Some(t) = crate::concepts::glossary::by_id(glossary_term(lever)) {
                    // The accessible name starts with the visible text (a
                    // voice user says what they see) and goes on to the term.
                    { " " }<a class="glossary-link" href={format!("#glossary/{}", t.id)} target="_blank" rel="noopener"
                        title={p.lang.tf("glossary.see", &[("term", t.name.get(p.lang))])}>
                        { p.lang.t("glossary.link") }<span class="sr-only">{ format!(" — {}", t.name.get(p.lang)) }</span></a>
                }
            </div>
        </div>
    }
}
