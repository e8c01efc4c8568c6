//! The lecturer's assignment editor: every field of an assignment — texts in
//! both languages, the market, rounds, start levers, limits, scoring, market
//! events — checked as it is typed, a preview (the run holding the start
//! levers, and the brief as students see it), and export as a file or a
//! link. The draft is remembered in the browser, so nothing typed is lost.
//!
//! * `fields` — inputs whose changes become edits of the draft;
//! * `sections` — texts, market, rounds, start levers, limits and scoring;
//! * `events` — the market events;
//! * `start_from` — a built-in assignment or a file to start from.

mod events;
mod fields;
mod sections;
mod start_from;

use std::rc::Rc;

use gloo::storage::{LocalStorage, Storage};
use yew::prelude::*;

use events::Events;
use fields::{EditFn, OnEdit, Sink};
use sections::{Limits, Market, Rounds, StartLevers, Texts};
use start_from::StartFrom;

use crate::coursework::assignment::built_in;
use crate::coursework::{link, Assignment, Playthrough, Results};
use crate::i18n::Lang;
use crate::sim::validation::ValidationError;
use crate::ui::course::home::{notice_view, AssignmentCard};
use crate::ui::download::save_json;
use crate::ui::format::money;
use crate::ui::keys;
use crate::ui::messages::Notice;
use crate::ui::prefs::use_prefs;

/// Where the draft is kept.
pub const DRAFT_KEY: &str = "crm-lab/course/editor/v1";

/// A problem with the draft, worded for the editor: the field by its label
/// in the editor and the numbers in its box's units (`messages`, which also
/// names starting levers and market events by their paths).
pub fn problem_text(lang: Lang, e: &ValidationError) -> String {
    // The editor's own label first (its `months` is the assignment's
    // length, not Explore's horizon).
    let label = match keys::editor_field(&e.field) {
        Some(key) => lang.t(key).to_string(),
        None => crate::ui::messages::field_label(lang, &e.field),
    };
    crate::ui::messages::describe_as(lang, e, &label)
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
    let notice = use_state(|| None::<Notice>);
    let preview = use_state(|| None::<Rc<Results>>);
    let link_text = use_state(|| None::<String>);
    let a = (*draft).clone();
    let check = a.validate();

    let on_edit: OnEdit = {
        let (draft, preview, link_text) = (draft.clone(), preview.clone(), link_text.clone());
        Callback::from(move |change: EditFn| {
            let mut next = (*draft).clone();
            change(&mut next);
            let _ = LocalStorage::set(DRAFT_KEY, &next);
            preview.set(None);
            link_text.set(None);
            draft.set(next);
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
            let base = crate::ui::browser::page_address();
            link_text.set(Some(format!("{base}#assignment={}", link::encode(&draft))));
        })
    };
    let on_dismiss = {
        let notice = notice.clone();
        Callback::from(move |_| notice.set(None))
    };

    let shared = Rc::new(a.clone());
    let notice_handle = notice.clone();
    let sink = Sink {
        on_edit: on_edit.clone(),
        on_notice: {
            let notice = notice.clone();
            Callback::from(move |n| notice.set(n))
        },
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
                    <label for="ed-link-text">{ l.t("ed.link.label") }</label>
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
                    { crate::ui::course::figures::limits_view(l, r) }
                    { crate::ui::course::figures::rounds_table(l, r) }
                    <h3>{ l.t("ed.as_students_see_it") }</h3>
                    <AssignmentCard assignment={shared.clone()} />
                </section>
            }
            <StartFrom lang={l} on_edit={on_edit.clone()}
                on_notice={Callback::from(move |m| notice_handle.set(m))} />
            <Texts lang={l} assignment={shared.clone()} sink={sink.clone()} />
            <Market lang={l} assignment={shared.clone()} sink={sink.clone()} />
            <Rounds lang={l} assignment={shared.clone()} sink={sink.clone()} />
            <StartLevers lang={l} assignment={shared.clone()} sink={sink.clone()} />
            <Limits lang={l} assignment={shared.clone()} sink={sink.clone()} />
            <Events lang={l} assignment={shared} sink={sink} />
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::market_events::MarketEvent;

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
        // A share's range in the units of its box (the penalty is in %).
        let mut a = built_in().remove(0);
        a.scoring.penalty = 2.0;
        assert_eq!(
            problem_text(Lang::En, &a.validate().unwrap_err()),
            format!(
                "{}: 200% is outside the allowed range 0% to 100%",
                Lang::En.t("ed.field.scoring_penalty")
            )
        );
    }
}
