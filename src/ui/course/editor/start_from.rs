//! Where a draft starts: a built-in assignment, or an assignment (or a
//! run's assignment) opened from a file.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use super::fields::{value_of, OnEdit};
use crate::coursework::assignment::built_in;
use crate::coursework::{Assignment, CrmLabFile};
use crate::i18n::Lang;
use crate::ui::course::files;
use crate::ui::messages::Notice;

#[derive(Properties, PartialEq)]
pub struct StartFromProps {
    pub lang: Lang,
    pub on_edit: OnEdit,
    /// What to tell about the file opened (or nothing).
    pub on_notice: Callback<Option<Notice>>,
}

#[function_component(StartFrom)]
pub fn start_from(p: &StartFromProps) -> Html {
    let l = p.lang;
    let on_base = {
        let on_edit = p.on_edit.clone();
        Callback::from(move |e: Event| {
            if let Some(b) = Assignment::built_in(&value_of(&e)) {
                on_edit.emit(Box::new(move |a| *a = b));
            }
        })
    };
    let on_open = {
        let (on_edit, notice) = (p.on_edit.clone(), p.on_notice.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let (on_edit, notice) = (on_edit.clone(), notice.clone());
            wasm_bindgen_futures::spawn_local(async move {
                let Some(read) = files::read_chosen(&input).await else {
                    return;
                };
                match read.and_then(|t| crate::coursework::read_file(&t)) {
                    Ok(CrmLabFile::Assignment(b)) => {
                        notice.emit(None);
                        on_edit.emit(Box::new(move |a| *a = *b));
                    }
                    Ok(CrmLabFile::Run(f)) => {
                        notice.emit(Some(Notice::new("ed.msg_from_run")));
                        on_edit.emit(Box::new(move |a| *a = f.assignment));
                    }
                    Err(problem) => notice.emit(Some(Notice::with_file_problem(
                        "course.msg_file_refused",
                        problem,
                    ))),
                }
            });
        })
    };
    html! {
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
    }
}
