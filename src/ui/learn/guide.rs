//! The lesson's guide, shown above the simulator's results: the goal, the
//! steps (each done when the simulator shows it), the check question with
//! its explanation, and the ways on (Explore, the next lesson).

use yew::prelude::*;

use crate::lessons::ChartKind;

use super::progress::{self, LessonProgress};
use crate::lessons::{self, Facts, Progress, LESSONS};
use crate::ui::keys;
use crate::ui::prefs::use_prefs;
use crate::ui::route::{LearnRoute, Route, Tool};

/// Wrong answers after which the explanation is shown anyway: enough to
/// think again twice, not so many that a learner is stuck (teaching
/// choice; an explanation after the first wrong click gave the answer away).
const TRIES_BEFORE_EXPLAINING: u32 = 3;

#[derive(Properties, PartialEq)]
pub struct LessonGuideProps {
    pub lesson_id: &'static str,
    /// The simulator's state, as the lesson's goals read it.
    pub facts: Facts,
    /// The Explore page with the lesson's current state (a share link).
    pub explore_link: String,
    /// The chart the current step is about.
    pub on_chart: Callback<ChartKind>,
}

#[function_component(LessonGuide)]
pub fn lesson_guide(p: &LessonGuideProps) -> Html {
    let l = use_prefs().lang;
    let lesson = lessons::by_id(p.lesson_id).expect("a lesson of the catalogue");
    let number = LESSONS.iter().position(|x| x.id == lesson.id).unwrap_or(0) + 1;
    // Steps start afresh each visit (the simulator does too); what was
    // achieved before is remembered for the list of lessons.
    let steps = use_state(Progress::default);
    let remembered = use_state(|| progress::of(lesson.id));
    let chosen = use_state(|| None::<usize>);
    let checked = use_state(|| None::<usize>);
    // Wrong answers so far: the explanation waits for a right answer or the
    // last try, so a second click cannot find the answer by elimination.
    let wrong_tries = use_state(|| 0u32);
    let not_saved = use_state(|| false);

    {
        let steps = steps.clone();
        let remembered = remembered.clone();
        let not_saved = not_saved.clone();
        let on_chart = p.on_chart.clone();
        use_effect_with(p.facts.clone(), move |facts| {
            let mut next = (*steps).clone();
            if next.advance(lesson, facts) {
                let best = LessonProgress {
                    steps_done: next.steps_done.max(remembered.steps_done),
                    passed: remembered.passed,
                };
                if !progress::save(lesson.id, best) {
                    not_saved.set(true);
                }
                remembered.set(best);
                steps.set(next.clone());
            }
            let k = next.steps_done.min(lesson.steps.len() - 1);
            on_chart.emit(lesson.steps[k].chart);
        });
    }

    let done = steps.steps_done;
    let total = lesson.steps.len();
    let on_choose = |i: usize| {
        let chosen = chosen.clone();
        Callback::from(move |_: Event| chosen.set(Some(i)))
    };
    let on_check = {
        let (chosen, checked, remembered, not_saved, wrong_tries) = (
            chosen.clone(),
            checked.clone(),
            remembered.clone(),
            not_saved.clone(),
            wrong_tries.clone(),
        );
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let Some(c) = *chosen else { return };
            checked.set(Some(c));
            if c != lesson.question.answer {
                wrong_tries.set(*wrong_tries + 1);
            }
            if c == lesson.question.answer && !remembered.passed {
                let best = LessonProgress {
                    passed: true,
                    ..*remembered
                };
                if !progress::save(lesson.id, best) {
                    not_saved.set(true);
                }
                remembered.set(best);
            }
        })
    };
    let next = LESSONS.get(number);
    let tool = match lesson.tool {
        Some("clv") => Some(Tool::Clv),
        Some("ahp") => Some(Tool::Ahp),
        Some("value-matrix") => Some(Tool::ValueMatrix),
        _ => None,
    };

    html! {
        <section class="lesson-guide" id="lesson-guide" data-lesson={lesson.id} aria-labelledby="lesson-title">
            <p class="lesson-kicker">
                { l.tf("learn.lesson_of", &[("n", &number.to_string()), ("total", &LESSONS.len().to_string())]) }
                { " · " }
                <a href={Route::Learn(LearnRoute::Home).fragment()}>{ l.t("learn.all_lessons") }</a>
            </p>
            <h2 id="lesson-title">{ lesson.title.get(l) }</h2>
            <p class="lesson-objective"><strong>{ l.t("learn.objective") }{ l.t("common.colon") }</strong>{ lesson.objective.get(l) }</p>
            <p class="lesson-intro">{ lesson.intro.get(l) }</p>
            if remembered.passed {
                <p class="lesson-passed">{ l.t("learn.passed_before") }</p>
            }
            <h3>{ l.t("learn.try_it") }</h3>
            <ol class="lesson-steps">
                { for lesson.steps.iter().enumerate().map(|(k, s)| {
                    let state = if k < done { "done" } else if k == done { "current" } else { "todo" };
                    html! {
                        <li class={classes!("lesson-step", state)} data-step={k.to_string()}
                            aria-current={(k == done).then_some("step")}>
                            <p class="step-ask">
                                if k < done { <span class="step-mark" aria-label={l.t("learn.step_done")}>{ "✓ " }</span> }
                                { s.ask.get(l) }
                            </p>
                            if k < done {
                                <p class="step-notice">{ s.notice.get(l) }</p>
                            }
                        </li>
                    }
                }) }
            </ol>
            // On a phone the guide scrolls away from the control a step asks
            // for: the current step stays in a bar at the bottom of the
            // screen (hidden on wider screens, where the guide sits beside
            // the controls; a copy, so screen readers skip it).
            if done < total {
                <div class="step-bar" id="step-bar" aria-hidden="true">
                    <span class="step-bar-count">
                        { l.tf("learn.step_short", &[("k", &(done + 1).to_string()), ("n", &total.to_string())]) }
                    </span>
                    { " " }{ lesson.steps[done].ask.get(l) }
                </div>
            }
            <p class="lesson-status" id="lesson-status" role="status" aria-live="polite">
                { if done < total {
                    l.tf("learn.step_status", &[("k", &(done + 1).to_string()), ("n", &total.to_string())])
                } else {
                    l.t("learn.steps_finished").to_string()
                } }
            </p>
            if done >= total {
                <form class="lesson-question" id="lesson-question" onsubmit={on_check}>
                    <fieldset>
                        <legend>{ l.t("learn.question") }{ l.t("common.colon") }{ lesson.question.ask.get(l) }</legend>
                        { for lesson.question.options.iter().enumerate().map(|(i, o)| html! {
                            <div class="option">
                                <input type="radio" name="answer" id={format!("answer-{i}")} value={i.to_string()}
                                    checked={*chosen == Some(i)} onchange={on_choose(i)} />
                                <label for={format!("answer-{i}")}>{ o.text.get(l) }</label>
                            </div>
                        }) }
                    </fieldset>
                    <button type="submit" class="primary" id="check-answer" disabled={chosen.is_none()}>{ l.t("learn.check") }</button>
                    if let Some(c) = *checked {
                        <div class={classes!("feedback", if c == lesson.question.answer { "right" } else { "wrong" })}
                            id="answer-feedback" role="status">
                            <p><strong>{ if c == lesson.question.answer { l.t("learn.right") } else { l.t("learn.wrong") } }</strong></p>
                            if c == lesson.question.answer || *wrong_tries >= TRIES_BEFORE_EXPLAINING {
                                <p>{ lesson.question.explain.get(l) }</p>
                            } else {
                                <p>{ l.tf("learn.tries_left", &[("left", &(TRIES_BEFORE_EXPLAINING - *wrong_tries).to_string())]) }</p>
                            }
                        </div>
                    }
                </form>
            }
            if *not_saved {
                <p class="field-help">{ l.t("learn.not_saved") }</p>
            }
            <p class="lesson-links">
                <a class="button" id="open-in-explore" href={p.explore_link.clone()}>{ l.t("learn.open_in_explore") }</a>
                if let Some(t) = tool {
                    <a class="button" id="lesson-tool" href={Route::Tool(t.clone()).fragment()}>{ l.t(keys::tool(&t).0) }</a>
                }
                if let Some(n) = next {
                    <a class="button" id="next-lesson" href={Route::Learn(LearnRoute::Lesson(n.id.to_string())).fragment()}>
                        { l.tf("learn.next_lesson", &[("title", n.title.get(l))]) }
                    </a>
                }
            </p>
        </section>
    }
}
