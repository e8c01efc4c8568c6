//! The student's own part of a run: name and notes (saved as they change),
//! exporting the run file, the report and the way back.

use web_sys::{HtmlInputElement, HtmlTextAreaElement};
use yew::prelude::*;

use crate::i18n::Lang;
use crate::ui::route::{CourseRoute, Route};

#[derive(Properties, PartialEq)]
pub struct YourRunProps {
    pub lang: Lang,
    /// The run's id (for the report's link).
    pub id: AttrValue,
    pub student: AttrValue,
    pub notes: AttrValue,
    /// The name as typed (every keystroke: a reload loses nothing).
    pub on_student: Callback<String>,
    /// The name once the field is left (tidied: no spaces around it).
    pub on_student_done: Callback<String>,
    /// The notes as typed (every keystroke).
    pub on_notes: Callback<String>,
    pub on_export: Callback<()>,
}

#[function_component(YourRun)]
pub fn your_run(p: &YourRunProps) -> Html {
    let l = p.lang;
    let on_student = p
        .on_student
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_student_done = p
        .on_student_done
        .reform(|e: Event| e.target_unchecked_into::<HtmlInputElement>().value());
    let on_notes = p
        .on_notes
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    html! {
        <>
            <h2>{ l.t("course.your_run") }</h2>
            <div class="field">
                <label for="student">{ l.t("course.student") }</label>
                <input type="text" id="student" value={p.student.clone()} oninput={on_student}
                    onchange={on_student_done} maxlength="80" />
            </div>
            <div class="field">
                <label for="notes">{ l.t("course.notes") }</label>
                <textarea id="notes" rows="5" oninput={on_notes} value={p.notes.clone()}
                    aria-describedby="notes-help" maxlength="20000"></textarea>
                <div class="field-help" id="notes-help">{ l.t("course.notes.help") }</div>
            </div>
            <div class="run-buttons">
                <button id="export-run" onclick={p.on_export.reform(|_| ())}>{ l.t("course.export_run") }</button>
                <a class="button" id="report-link" href={Route::Course(CourseRoute::Report(p.id.to_string())).fragment()}>{ l.t("course.report") }</a>
                <a class="button" href={Route::Course(CourseRoute::Home).fragment()}>{ l.t("course.back_home") }</a>
            </div>
        </>
    }
}
