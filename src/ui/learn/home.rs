//! The list of lessons, each with its goal and the learner's progress.

use yew::prelude::*;

use super::progress;
use crate::lessons::LESSONS;
use crate::ui::keys;
use crate::ui::prefs::use_prefs;
use crate::ui::route::{LearnRoute, Route, Tool};

#[derive(Properties, PartialEq)]
pub struct LearnHomeProps {
    /// A lesson asked for by a link that does not exist.
    #[prop_or_default]
    pub unknown: Option<String>,
}

#[function_component(LearnHome)]
pub fn learn_home(p: &LearnHomeProps) -> Html {
    let l = use_prefs().lang;
    let all = progress::load();
    let set_aside = progress::set_aside();
    html! {
        <div class="learn-home" id="learn-home">
            if !set_aside.is_empty() {
                <div class="notice" role="alert" id="progress-set-aside">
                    <span>{ l.tf("learn.progress_set_aside", &[("key", &set_aside.join(", "))]) }</span>
                </div>
            }
            if let Some(id) = &p.unknown {
                <div class="notice" role="alert" id="notice">
                    <span>{ l.tf("learn.unknown", &[("id", id)]) }</span>
                </div>
            }
            <p class="page-lead">{ l.tf("learn.lead", &[("n", &crate::lessons::LESSONS.len().to_string())]) }</p>
            <h2>{ l.t("learn.lessons") }</h2>
            <ol class="lesson-list">
                { for LESSONS.iter().map(|lesson| {
                    let p = all.lessons.get(lesson.id).copied().unwrap_or_default();
                    let status = if p.passed {
                        l.t("learn.status_passed").to_string()
                    } else if p.steps_done > 0 {
                        l.tf("learn.status_steps", &[("done", &p.steps_done.min(lesson.steps.len()).to_string()), ("n", &lesson.steps.len().to_string())])
                    } else {
                        l.t("learn.status_new").to_string()
                    };
                    html! {
                        <li class={classes!("lesson-card", p.passed.then_some("passed"))} data-lesson={lesson.id}>
                            <h3><a href={Route::Learn(LearnRoute::Lesson(lesson.id.to_string())).fragment()}>{ lesson.title.get(l) }</a></h3>
                            <p>{ lesson.objective.get(l) }</p>
                            <p class="lesson-card-status">{ status }</p>
                        </li>
                    }
                }) }
            </ol>
            <h2>{ l.t("learn.tools") }</h2>
            <ul class="tool-list">
                { for [(Tool::Clv, "clv"), (Tool::Ahp, "ahp"), (Tool::ValueMatrix, "value-matrix"), (Tool::Glossary(None), "glossary")].into_iter().map(|(t, id)| html! {
                    <li class="tool-card">
                        <h3><a id={format!("tool-{id}")} href={Route::Tool(t.clone()).fragment()}>{ l.t(keys::tool(&t).0) }</a></h3>
                        <p>{ l.t(keys::tool(&t).1) }</p>
                    </li>
                }) }
            </ul>
        </div>
    }
}
