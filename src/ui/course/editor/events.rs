//! The market events of an assignment: a row per event (month, kind, size,
//! months of an outage, announced or not, remove), the events as sentences,
//! and adding one.

use std::rc::Rc;

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::fields::{event_scale, value_of, Sink};
use crate::coursework::{Assignment, ScheduledEvent};
use crate::i18n::Lang;
use crate::sim::market_events::{MarketEvent, EVENT_KINDS};
use crate::sim::validation::fmt_num;
use crate::ui::course::words;
use crate::ui::keys;

/// A change to one event from the text typed.
type EventEdit = Rc<dyn Fn(&mut ScheduledEvent, String)>;

#[derive(Properties, PartialEq)]
pub struct EventsProps {
    pub lang: Lang,
    pub assignment: Rc<Assignment>,
    pub sink: Sink,
}

#[function_component(Events)]
pub fn events(p: &EventsProps) -> Html {
    let (l, a) = (p.lang, &p.assignment);
    let on_add = {
        let on_edit = p.sink.on_edit.clone();
        Callback::from(move |_: MouseEvent| {
            on_edit.emit(Box::new(|a| {
                a.events.push(ScheduledEvent {
                    month: a.months().min(6),
                    event: MarketEvent::CompetitorPrice { change: -0.1 },
                    announced: false,
                })
            }))
        })
    };
    html! {
        <fieldset>
            <legend>{ l.t("ed.events") }</legend>
            <p class="field-help">{ l.t("ed.events.help") }</p>
            if !a.events.is_empty() {
                <table class="figures events-table">
                    <thead><tr>
                        <th scope="col">{ l.t("ed.event_month") }</th>
                        <th scope="col">{ l.t("ed.event_kind") }</th>
                        <th scope="col">{ l.t("ed.event_size") }</th>
                        <th scope="col">{ l.t("ed.event_months") }</th>
                        <th scope="col">{ l.t("ed.announced") }</th>
                        <th></th>
                    </tr></thead>
                    <tbody>{ for a.events.iter().enumerate().map(|(i, ev)| event_row(l, i, ev, &p.sink)) }</tbody>
                </table>
                <ul class="event-sentences">{ for a.events.iter().map(|e| html! { <li>{ words::event(l, e) }</li> }) }</ul>
            }
            <button id="ed-add-event" onclick={on_add}>{ l.t("ed.add_event") }</button>
        </fieldset>
    }
}

/// The row of event `i`.
fn event_row(l: Lang, i: usize, ev: &ScheduledEvent, sink: &Sink) -> Html {
    let on_edit = &sink.on_edit;
    let kind = ev.event.kind();
    let scale = event_scale(kind);
    let upd = |f: EventEdit| {
        let edit = on_edit.clone();
        Callback::from(move |e: Event| {
            let text = value_of(&e);
            let f = f.clone();
            edit.emit(Box::new(move |a| {
                if let Some(ev) = a.events.get_mut(i) {
                    f(ev, text)
                }
            }))
        })
    };
    let months_now = match ev.event {
        MarketEvent::ServiceOutage { months, .. } => months,
        _ => 1,
    };
    let on_month = sink
        .whole("ed.event_month", u64::from(ev.month), move |a, n| {
            if let Some(ev) = a.events.get_mut(i) {
                ev.month = u32::try_from(n).unwrap_or(u32::MAX);
            }
        })
        .reform(|e: Event| value_of(&e));
    let on_kind = upd(Rc::new(|ev, t| {
        let months = match ev.event {
            MarketEvent::ServiceOutage { months, .. } => months,
            _ => 1,
        };
        let size = match t.as_str() {
            "service_outage" => 0.2,
            "competitor_price" => -0.1,
            _ => 0.5,
        };
        if let Some(e) = MarketEvent::of_kind(&t, size, months) {
            ev.event = e;
        }
    }));
    let on_size = sink
        .number("ed.event_size", ev.event.size(), scale, move |a, v| {
            if let Some(ev) = a.events.get_mut(i) {
                if let Some(e) = MarketEvent::of_kind(ev.event.kind(), v, months_now) {
                    ev.event = e;
                }
            }
        })
        .reform(|e: Event| value_of(&e));
    let on_months = sink
        .whole("ed.event_months", u64::from(months_now), move |a, n| {
            if let Some(ev) = a.events.get_mut(i) {
                if let MarketEvent::ServiceOutage { extra_failure, .. } = ev.event {
                    ev.event = MarketEvent::ServiceOutage {
                        extra_failure,
                        months: u32::try_from(n).unwrap_or(u32::MAX),
                    };
                }
            }
        })
        .reform(|e: Event| value_of(&e));
    let on_announced = {
        let edit = on_edit.clone();
        Callback::from(move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            edit.emit(Box::new(move |a| {
                if let Some(ev) = a.events.get_mut(i) {
                    ev.announced = on
                }
            }))
        })
    };
    let on_remove = {
        let edit = on_edit.clone();
        Callback::from(move |_: MouseEvent| {
            edit.emit(Box::new(move |a| {
                if i < a.events.len() {
                    a.events.remove(i);
                }
            }))
        })
    };
    let n = (i + 1).to_string();
    html! {
        <tr>
            <td><input type="text" inputmode="numeric" id={format!("ed-event-{i}-month")} value={ev.month.to_string()} onchange={on_month}
                aria-label={l.tf("ed.event_field", &[("n", &n), ("part", l.t("ed.event_month"))])} /></td>
            <td><select id={format!("ed-event-{i}-kind")} onchange={on_kind}
                aria-label={l.tf("ed.event_field", &[("n", &n), ("part", l.t("ed.event_kind"))])}>
                { for EVENT_KINDS.iter().map(|(k, ..)| html! {
                    <option value={*k} selected={*k == kind}>{ keys::event_kind(k).map_or(*k, |(name, _)| l.t(name)) }</option>
                }) }
            </select></td>
            <td><input type="text" id={format!("ed-event-{i}-size")} value={fmt_num((ev.event.size() * scale * 1e6).round() / 1e6)} onchange={on_size}
                aria-label={l.tf("ed.event_field", &[("n", &n), ("part", l.t("ed.event_size"))])} />
                <span class="unit">{ keys::event_kind(kind).map_or("", |(_, unit)| l.t(unit)) }</span></td>
            <td>if let MarketEvent::ServiceOutage { months, .. } = ev.event {
                <input type="text" inputmode="numeric" id={format!("ed-event-{i}-months")} value={months.to_string()} onchange={on_months}
                    aria-label={l.tf("ed.event_field", &[("n", &n), ("part", l.t("ed.event_months"))])} />
            }</td>
            <td><input type="checkbox" id={format!("ed-event-{i}-announced")} checked={ev.announced} onchange={on_announced}
                aria-label={l.tf("ed.event_field", &[("n", &n), ("part", l.t("ed.announced"))])} /></td>
            <td><button class="danger" onclick={on_remove}
                aria-label={l.tf("ed.remove_event", &[("n", &n)])}>{ l.t("course.delete") }</button></td>
        </tr>
    }
}
