//! The lecturer's assignment editor: every field of an assignment — texts in
//! both languages, the market, rounds, start levers, limits, scoring, market
//! events — checked as it is typed, a preview (the run holding the start
//! levers, and the brief as students see it), and export as a file or a
//! link. The draft is remembered in the browser, so nothing typed is lost.

use std::rc::Rc;

use gloo::storage::{LocalStorage, Storage};
use web_sys::{HtmlInputElement, HtmlSelectElement, HtmlTextAreaElement};
use yew::prelude::*;

use super::home::{message, notice_view, AssignmentCard, Message};
use super::{files, words};
use crate::coursework::assignment::{built_in, ROUND_MONTHS};
use crate::coursework::{
    link, Assignment, CrmLabFile, Metric, Playthrough, Results, ScheduledEvent,
};
use crate::i18n::Lang;
use crate::sim::market_events::{MarketEvent, EVENT_KINDS};
use crate::sim::validation::{fmt_num, ValidationError};
use crate::sim::{LeverId, RetentionTargeting, Scenario, BUILT_IN};
use crate::ui::controls::lever_slider::show;
use crate::ui::download::save_json;
use crate::ui::format::display_scale;
use crate::ui::format::money;
use crate::ui::keys;
use crate::ui::prefs::use_prefs;

/// Where the draft is kept.
pub const DRAFT_KEY: &str = "crm-lab/course/editor/v1";

/// A field's name as the editor shows it (for problems).
pub fn field_label(lang: Lang, field: &str) -> String {
    if let Some(lever) = field.strip_prefix("start_levers.") {
        let label = match LeverId::from_name(lever) {
            Some(lever) => words::lever_label(lang, lever),
            None => lang.t("targeting").to_string(),
        };
        return lang.tf("ed.start_lever", &[("lever", &label)]);
    }
    if let Some(rest) = field.strip_prefix("events[") {
        if let Some((i, sub)) = rest.split_once(']') {
            let n = i.parse::<usize>().map_or(0, |i| i + 1);
            let part = match sub.trim_start_matches('.') {
                "month" => lang.t("ed.event_month"),
                "months" => lang.t("ed.event_months"),
                _ => lang.t("ed.event_size"),
            };
            return lang.tf("ed.event_field", &[("n", &n.to_string()), ("part", part)]);
        }
    }
    match keys::editor_field(field) {
        Some(key) => lang.t(key).to_string(),
        None => crate::ui::messages::field_label(lang, field),
    }
}

/// A problem with the draft, worded for the editor.
pub fn problem_text(lang: Lang, e: &ValidationError) -> String {
    let friendly = ValidationError {
        field: field_label(lang, &e.field),
        problem: e.problem.clone(),
    };
    crate::ui::messages::describe(lang, &friendly)
}

/// The saved draft, or the first built-in assignment to start from. A
/// draft that cannot be read is set aside (its key is given) rather than
/// replaced by the next edit.
fn load_draft() -> (Assignment, Option<String>) {
    match LocalStorage::get::<Assignment>(DRAFT_KEY) {
        Ok(a) => (a, None),
        Err(gloo::storage::errors::StorageError::KeyNotFound(_)) => (built_in().remove(0), None),
        Err(_) => (
            built_in().remove(0),
            crate::ui::storage::set_aside(DRAFT_KEY),
        ),
    }
}

/// An event's size as the editor shows it: percentages for the price and
/// the outage, points otherwise.
fn event_scale(kind: &str) -> f64 {
    match kind {
        "competitor_price" | "service_outage" => 100.0,
        _ => 1.0,
    }
}

fn value_of(e: &Event) -> String {
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

use wasm_bindgen::JsCast;

/// A number typed into a field (NaN when it is not one: the check says so).
fn number(text: &str) -> f64 {
    crate::sim::validation::read_typed_number(text).unwrap_or(f64::NAN)
}

/// A whole number typed into a field (0 when it is not one).
fn whole(text: &str) -> u32 {
    text.trim().parse().unwrap_or(0)
}

type Edit = Rc<dyn Fn(Box<dyn FnOnce(&mut Assignment)>)>;

/// A change to one event from the text typed.
type EventEdit = Rc<dyn Fn(&mut ScheduledEvent, String)>;

/// A labelled input whose changes go through `apply`.
fn input(
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

fn text_area(id: &str, label: &str, value: String, rows: u32, apply: Callback<String>) -> Html {
    let onchange = Callback::from(move |e: Event| apply.emit(value_of(&e)));
    html! {
        <div class="field">
            <label for={id.to_string()}>{ label }</label>
            <textarea id={id.to_string()} rows={rows.to_string()} value={value} onchange={onchange}></textarea>
        </div>
    }
}

#[function_component(EditorView)]
pub fn editor_view() -> Html {
    let l = use_prefs().lang;
    let loaded = use_memo((), |_| load_draft());
    let draft = use_state(|| loaded.0.clone());
    // A draft set aside is told until its copy is deleted (on the
    // Coursework page), here or after a reload.
    let set_aside_key = loaded.1.clone().or_else(|| {
        crate::ui::storage::set_aside_values()
            .into_iter()
            .map(|(k, _)| k)
            .rfind(|k| k.starts_with(DRAFT_KEY))
    });
    let notice = use_state(|| None::<Message>);
    let preview = use_state(|| None::<Rc<Results>>);
    let link_text = use_state(|| None::<String>);
    let a = (*draft).clone();
    let check = a.validate();

    let edit: Edit = {
        let (draft, preview, link_text) = (draft.clone(), preview.clone(), link_text.clone());
        Rc::new(move |change: Box<dyn FnOnce(&mut Assignment)>| {
            let mut next = (*draft).clone();
            change(&mut next);
            let _ = LocalStorage::set(DRAFT_KEY, &next);
            preview.set(None);
            link_text.set(None);
            draft.set(next);
        })
    };
    let field = |f: fn(&mut Assignment, String)| {
        let edit = edit.clone();
        Callback::from(move |text: String| edit(Box::new(move |a| f(a, text))))
    };

    let on_base = {
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            let id = value_of(&e);
            if let Some(b) = Assignment::built_in(&id) {
                edit(Box::new(move |a| *a = b));
            }
        })
    };
    let on_open = {
        let (edit, notice) = (edit.clone(), notice.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let (edit, notice) = (edit.clone(), notice.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Some(read) = files::read_chosen(&input).await else {
                    return;
                };
                match read.and_then(|t| crate::coursework::read_file(&t)) {
                    Ok(CrmLabFile::Assignment(b)) => {
                        notice.set(None);
                        edit(Box::new(move |a| *a = *b));
                    }
                    Ok(CrmLabFile::Run(f)) => {
                        notice.set(message(|l| l.t("ed.msg_from_run").to_string()));
                        edit(Box::new(move |a| *a = f.assignment));
                    }
                    Err(p) => notice.set(message(move |l| {
                        l.tf(
                            "course.msg_file_refused",
                            &[("reason", &words::file_problem(l, &p))],
                        )
                    })),
                }
            });
        })
    };
    let on_scenario = {
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            let name = value_of(&e);
            edit(Box::new(move |a| {
                if let Some(mut s) = Scenario::built_in(&name) {
                    s.market_size = a.scenario.market_size;
                    s.seed = a.scenario.seed;
                    a.scenario = s;
                }
            }))
        })
    };
    let on_preview = {
        let (draft, preview) = (draft.clone(), preview.clone());
        Callback::from(move |_: MouseEvent| {
            let a = (*draft).clone();
            if let Ok(mut p) = Playthrough::new(&a, a.scenario.seed) {
                while !p.finished() {
                    if p.submit(&a.start_levers).is_err() {
                        break;
                    }
                }
                preview.set(Some(Rc::new(Results::of(&p))));
            }
        })
    };
    let on_export = {
        let draft = draft.clone();
        Callback::from(move |_: MouseEvent| {
            let a = (*draft).clone();
            if let Err(e) = save_json(&format!("{}.json", a.id), &a.to_json()) {
                gloo::console::error!(e);
            }
        })
    };
    let on_link = {
        let (draft, link_text) = (draft.clone(), link_text.clone());
        Callback::from(move |_: MouseEvent| {
            let base = crate::ui::browser::window()
                .and_then(|w| w.location().href().ok())
                .map(|h| h.split('#').next().unwrap_or("").to_string())
                .unwrap_or_default();
            link_text.set(Some(format!("{base}#assignment={}", link::encode(&draft))));
        })
    };
    let on_add_event = {
        let edit = edit.clone();
        Callback::from(move |_: MouseEvent| {
            edit(Box::new(|a| {
                a.events.push(ScheduledEvent {
                    month: a.months().min(6),
                    event: MarketEvent::CompetitorPrice { change: -0.1 },
                    announced: false,
                })
            }))
        })
    };
    let on_dismiss = {
        let notice = notice.clone();
        Callback::from(move |_| notice.set(None))
    };

    // Start levers, in display units.
    let levers = LeverId::ALL.into_iter().map(|lever| {
        let edit = edit.clone();
        let apply = Callback::from(move |text: String| {
            let v = number(&text) / display_scale(lever);
            edit(Box::new(move |a| a.start_levers.set(lever, v)))
        });
        input(
            &format!("ed-lever-{}", lever.name()),
            &words::lever_label(l, lever),
            l.t(keys::lever(lever).unit),
            show(a.start_levers.get(lever) * display_scale(lever)),
            apply,
            "text",
        )
    });
    let on_targeting = {
        let edit = edit.clone();
        Callback::from(move |e: Event| {
            let t = RetentionTargeting::from_name(&value_of(&e)).unwrap_or_default();
            edit(Box::new(move |a| a.start_levers.retention_targeting = t))
        })
    };

    let events = a.events.iter().enumerate().map(|(i, ev)| {
        let kind = ev.event.kind();
        let scale = event_scale(kind);
        let upd = |f: EventEdit| {
            let edit = edit.clone();
            Callback::from(move |e: Event| {
                let text = value_of(&e);
                let f = f.clone();
                edit(Box::new(move |a| {
                    if let Some(ev) = a.events.get_mut(i) {
                        f(ev, text)
                    }
                }))
            })
        };
        let on_month = upd(Rc::new(|ev, t| ev.month = whole(&t)));
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
        let on_size = upd(Rc::new(move |ev, t| {
            let months = match ev.event {
                MarketEvent::ServiceOutage { months, .. } => months,
                _ => 1,
            };
            if let Some(e) = MarketEvent::of_kind(ev.event.kind(), number(&t) / scale, months) {
                ev.event = e;
            }
        }));
        let on_months = upd(Rc::new(|ev, t| {
            if let MarketEvent::ServiceOutage { extra_failure, .. } = ev.event {
                ev.event = MarketEvent::ServiceOutage {
                    extra_failure,
                    months: whole(&t),
                };
            }
        }));
        let on_announced = {
            let edit = edit.clone();
            Callback::from(move |e: Event| {
                let on = e.target_unchecked_into::<HtmlInputElement>().checked();
                edit(Box::new(move |a| {
                    if let Some(ev) = a.events.get_mut(i) {
                        ev.announced = on
                    }
                }))
            })
        };
        let on_remove = {
            let edit = edit.clone();
            Callback::from(move |_: MouseEvent| {
                edit(Box::new(move |a| {
                    if i < a.events.len() {
                        a.events.remove(i);
                    }
                }))
            })
        };
        let n = (i + 1).to_string();
        html! {
            <tr>
                <td><input type="number" min="1" id={format!("ed-event-{i}-month")} value={ev.month.to_string()} onchange={on_month}
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
                    <input type="number" min="1" id={format!("ed-event-{i}-months")} value={months.to_string()} onchange={on_months}
                        aria-label={l.tf("ed.event_field", &[("n", &n), ("part", l.t("ed.event_months"))])} />
                }</td>
                <td><input type="checkbox" id={format!("ed-event-{i}-announced")} checked={ev.announced} onchange={on_announced}
                    aria-label={l.tf("ed.event_field", &[("n", &n), ("part", l.t("ed.announced"))])} /></td>
                <td><button class="danger" onclick={on_remove}
                    aria-label={l.tf("ed.remove_event", &[("n", &n)])}>{ l.t("course.delete") }</button></td>
            </tr>
        }
    });

    let optional = |v: Option<f64>, scale: f64| v.map_or(String::new(), |x| show(x * scale));
    let opt_field = |f: fn(&mut Assignment, Option<f64>), scale: f64| {
        let edit = edit.clone();
        Callback::from(move |text: String| {
            let v = (!text.trim().is_empty()).then(|| number(&text) / scale);
            edit(Box::new(move |a| f(a, v)))
        })
    };

    html! {
        <div class="editor" id="editor">
            <p class="page-lead">{ l.t("ed.lead") }</p>
            if let Some(key) = &set_aside_key {
                <div class="notice" role="alert" id="draft-set-aside">
                    <span>{ l.tf("ed.draft_set_aside", &[("key", key)]) }</span>
                </div>
            }
            { notice_view(l, &notice, on_dismiss) }
            <div class={classes!("check", if check.is_ok() { "good" } else { "bad" })} id="editor-check" role="status" aria-live="polite">
                { match &check {
                    Ok(()) => l.t("ed.ready").to_string(),
                    Err(e) => l.tf("ed.problem", &[("problem", &problem_text(l, e))]),
                } }
            </div>
            <div class="editor-actions">
                <button id="ed-preview" onclick={on_preview} disabled={check.is_err()}>{ l.t("ed.preview") }</button>
                <button id="ed-export" onclick={on_export} disabled={check.is_err()}>{ l.t("ed.export") }</button>
                <button id="ed-link" onclick={on_link} disabled={check.is_err()}>{ l.t("ed.link") }</button>
            </div>
            if let Some(text) = &*link_text {
                <div class="field">
                    <label for="ed-link-text">{ l.t("ed.link_label") }</label>
                    <input type="text" id="ed-link-text" readonly=true value={text.clone()} />
                    <a class="button" id="ed-link-open" href={text.clone()}>{ l.t("ed.link_open") }</a>
                </div>
            }
            if let Some(r) = &*preview {
                <section class="ed-preview" id="ed-preview-result" aria-labelledby="ed-preview-heading">
                    <h2 id="ed-preview-heading">{ l.t("ed.preview_heading") }</h2>
                    <p>{ l.tf("ed.preview_result", &[
                        ("score", &money(r.score, l)),
                        ("broken", &r.broken_limits.to_string()),
                    ]) }</p>
                    { super::figures::limits_view(l, r) }
                    { super::figures::rounds_table(l, r) }
                    <h3>{ l.t("ed.as_students_see_it") }</h3>
                    <AssignmentCard assignment={Rc::new(a.clone())} />
                </section>
            }
            <fieldset>
                <legend>{ l.t("ed.start_from") }</legend>
                <div class="field">
                    <label for="ed-base">{ l.t("ed.built_in") }</label>
                    <select id="ed-base" onchange={on_base}>
                        <option value="" selected=true>{ l.t("ed.choose") }</option>
                        { for built_in().iter().map(|b| html! { <option value={b.id.clone()}>{ b.title.get(l) }</option> }) }
                    </select>
                </div>
                <div class="field">
                    // As on the coursework page: the label is the button.
                    <input type="file" id="ed-open" class="file-input" accept=".json,application/json" onchange={on_open} />
                    <label for="ed-open" class="button file-button">{ l.t("ed.open_file") }</label>
                </div>
            </fieldset>
            <fieldset>
                <legend>{ l.t("ed.texts") }</legend>
                { input("ed-id", l.t("ed.field.id"), "", a.id.clone(), field(|a, t| a.id = t.trim().into()), "text") }
                <div class="two-languages">
                    { input("ed-title-zh", l.t("ed.title_zh"), "", a.title.zh.clone(), field(|a, t| a.title.zh = t), "text") }
                    { input("ed-title-en", l.t("ed.title_en"), "", a.title.en.clone(), field(|a, t| a.title.en = t), "text") }
                    { input("ed-chapter-zh", l.t("ed.chapter_zh"), "", a.chapter.zh.clone(), field(|a, t| a.chapter.zh = t), "text") }
                    { input("ed-chapter-en", l.t("ed.chapter_en"), "", a.chapter.en.clone(), field(|a, t| a.chapter.en = t), "text") }
                    { text_area("ed-brief-zh", l.t("ed.brief_zh"), a.brief.zh.clone(), 7, field(|a, t| a.brief.zh = t)) }
                    { text_area("ed-brief-en", l.t("ed.brief_en"), a.brief.en.clone(), 7, field(|a, t| a.brief.en = t)) }
                </div>
            </fieldset>
            <fieldset>
                <legend>{ l.t("ed.market") }</legend>
                <div class="field">
                    <label for="ed-scenario">{ l.t("scenario") }</label>
                    <select id="ed-scenario" onchange={on_scenario}>
                        { for BUILT_IN.iter().map(|n| html! {
                            <option value={*n} selected={a.scenario.name == *n}>{ keys::scenario(n).map_or(*n, |(name, _)| l.t(name)) }</option>
                        }) }
                    </select>
                </div>
                <div class="grid-fields">
                    { input("ed-market", l.t("market_size"), l.t("market_size_unit"), a.scenario.market_size.to_string(), field(|a, t| a.scenario.market_size = whole(&t)), "number") }
                    { input("ed-seed", l.t("seed"), "", a.scenario.seed.to_string(), field(|a, t| a.scenario.seed = t.trim().parse().unwrap_or(u64::MAX)), "number") }
                    { input("ed-initial", l.t("ed.field.initial_customers"), "%", show(a.scenario.initial_customers * 100.0), field(|a, t| a.scenario.initial_customers = number(&t) / 100.0), "text") }
                    { input("ed-competition", l.t("ed.field.competition"), l.t("ed.unit_index"), show(a.scenario.competition), field(|a, t| a.scenario.competition = number(&t)), "text") }
                    { input("ed-competitor-price", l.t("ed.field.competitor_price"), l.t("lever.price.unit"), show(a.scenario.competitor_price), field(|a, t| a.scenario.competitor_price = number(&t)), "text") }
                    { input("ed-competitor-quality", l.t("ed.field.competitor_quality"), l.t("ed.unit_quality"), show(a.scenario.competitor_quality), field(|a, t| a.scenario.competitor_quality = number(&t)), "text") }
                </div>
            </fieldset>
            <fieldset>
                <legend>{ l.t("ed.rounds") }</legend>
                <div class="grid-fields">
                    { input("ed-rounds", l.t("ed.field.rounds"), "", a.rounds.to_string(), field(|a, t| a.rounds = whole(&t)), "number") }
                    <div class="field">
                        <label for="ed-round-months">{ l.t("ed.field.round_months") }</label>
                        <select id="ed-round-months" onchange={field(|a, t| a.round_months = whole(&t)).reform(|e: Event| value_of(&e))}>
                            { for ROUND_MONTHS.iter().map(|m| html! {
                                <option value={m.to_string()} selected={a.round_months == *m}>{ l.tf("ed.months_n", &[("n", &m.to_string())]) }</option>
                            }) }
                        </select>
                    </div>
                    { input("ed-previews", l.t("ed.field.previews_per_round"), "", a.previews_per_round.to_string(), field(|a, t| a.previews_per_round = whole(&t)), "number") }
                </div>
                <p class="field-help">{ l.tf("ed.horizon", &[("months", &a.months().to_string())]) }</p>
            </fieldset>
            <fieldset>
                <legend>{ l.t("ed.start_levers") }</legend>
                <div class="grid-fields">
                    { for levers }
                    <div class="field">
                        <label for="ed-targeting">{ l.t("targeting") }</label>
                        <select id="ed-targeting" onchange={on_targeting}>
                            { for RetentionTargeting::ALL.into_iter().map(|t| html! {
                                <option value={t.name()} selected={a.start_levers.retention_targeting == t}>{ l.t(keys::targeting(t)) }</option>
                            }) }
                        </select>
                    </div>
                </div>
            </fieldset>
            <fieldset>
                <legend>{ l.t("ed.limits_scoring") }</legend>
                <p class="field-help">{ l.t("ed.limits_help") }</p>
                <div class="grid-fields">
                    { input("ed-spend-cap", l.t("course.limit.spend_cap"), l.t("unit_yuan"), optional(a.constraints.spend_cap, 1.0), opt_field(|a, v| a.constraints.spend_cap = v, 1.0), "text") }
                    { input("ed-sat-floor", l.t("course.limit.satisfaction_floor"), l.t("unit_points"), optional(a.constraints.satisfaction_floor, 1.0), opt_field(|a, v| a.constraints.satisfaction_floor = v, 1.0), "text") }
                    { input("ed-ret-floor", l.t("course.limit.retention_floor"), "%", optional(a.constraints.retention_floor, 100.0), opt_field(|a, v| a.constraints.retention_floor = v, 100.0), "text") }
                    <div class="field">
                        <label for="ed-metric">{ l.t("ed.field.metric") }</label>
                        <select id="ed-metric" onchange={field(|a, t| if let Some(m) = Metric::from_name(&t) { a.scoring.metric = m }).reform(|e: Event| value_of(&e))}>
                            { for Metric::ALL.iter().map(|m| html! {
                                <option value={m.name()} selected={a.scoring.metric == *m}>{ words::metric(l, *m) }</option>
                            }) }
                        </select>
                    </div>
                    { input("ed-penalty", l.t("ed.field.scoring_penalty"), "%", show(a.scoring.penalty * 100.0), field(|a, t| a.scoring.penalty = number(&t) / 100.0), "text") }
                </div>
            </fieldset>
            <fieldset>
                <legend>{ l.t("ed.events") }</legend>
                <p class="field-help">{ l.t("ed.events_help") }</p>
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
                        <tbody>{ for events }</tbody>
                    </table>
                    <ul class="event-sentences">{ for a.events.iter().map(|e| html! { <li>{ words::event(l, e) }</li> }) }</ul>
                }
                <button id="ed-add-event" onclick={on_add_event}>{ l.t("ed.add_event") }</button>
            </fieldset>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_name_fields_as_the_editor_shows_them() {
        let mut a = built_in().remove(2);
        a.events[1].event = MarketEvent::ServiceOutage {
            extra_failure: 0.9,
            months: 2,
        };
        let e = a.validate().unwrap_err();
        assert_eq!(e.field, "events[1].size");
        assert_eq!(
            problem_text(Lang::En, &e),
            "Event 2, size: 0.9 is outside the allowed range 0 to 0.6"
        );
        let mut a = built_in().remove(0);
        a.start_levers.price = 5.0;
        let e = a.validate().unwrap_err();
        assert!(
            problem_text(Lang::Zh, &e).starts_with("起始价格"),
            "{}",
            problem_text(Lang::Zh, &e)
        );
        a.start_levers.price = 1.0;
        a.rounds = 0;
        assert!(problem_text(Lang::En, &a.validate().unwrap_err()).starts_with("Rounds"));
    }
}
