//! The lesson's guide, beside the chart its step frames: the goal, one step
//! at a time (a prediction first where the step asks for one, the control
//! it asks for, then, once the simulator shows it done, the reveal, what to
//! notice and the figures from the learner's run), the check question with
//! its explanations, and the ways on (Explore, the next lesson).

use std::rc::Rc;

use yew::prelude::*;

use super::evidence::{data, figure_text, Evidence};
use super::progress::{self, LessonProgress};
use super::step_control::{StepAct, StepControl};
use crate::lessons::evidence::{fill, Direction, Scene};
use crate::lessons::{self, ChartKind, Facts, Goal, Hold, Progress, Step, LESSONS};
use crate::ui::keys;
use crate::ui::prefs::use_prefs;
use crate::ui::route::{LearnRoute, Route, Tool};
use crate::ui::run::ExploreRun;

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
    /// The chart the step on screen is about.
    pub on_chart: Callback<ChartKind>,
    /// The run on screen and the pinned baseline's (the step's figures).
    pub run: Option<Rc<ExploreRun>>,
    pub baseline: Option<Rc<ExploreRun>>,
    pub playing: bool,
    /// A step's own control was used.
    pub on_act: Callback<StepAct>,
}

/// The runs a done step was done on, and the month: what it says stays true
/// of them when the learner unpins the baseline or moves on.
type Frozen = (Rc<ExploreRun>, Option<Rc<ExploreRun>>, u32);

/// The prediction options' words, in the order of [`Direction::ALL`].
fn direction_key(d: Direction) -> (&'static str, &'static str) {
    match d {
        Direction::Rise => ("learn.predict.rise", "learn.outcome.rise"),
        Direction::Same => ("learn.predict.same", "learn.outcome.same"),
        Direction::Fall => ("learn.predict.fall", "learn.outcome.fall"),
    }
}

fn direction_id(d: Direction) -> &'static str {
    match d {
        Direction::Rise => "predict-rise",
        Direction::Same => "predict-same",
        Direction::Fall => "predict-fall",
    }
}

#[function_component(LessonGuide)]
pub fn lesson_guide(p: &LessonGuideProps) -> Html {
    let l = use_prefs().lang;
    let lesson = lessons::by_id(p.lesson_id).expect("a lesson of the catalogue");
    let number = LESSONS.iter().position(|x| x.id == lesson.id).unwrap_or(0) + 1;
    // Steps start afresh each visit (the simulator does too); what was
    // achieved before is remembered for the list of lessons.
    let steps = use_state(Progress::default);
    // The step on screen: it stays after its goal is met, with what to
    // notice and its figures, until the learner goes on.
    let shown = use_state(|| 0usize);
    let guesses = use_state(|| vec![None::<Direction>; lesson.steps.len()]);
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
        let (playing, on_act) = (p.playing, p.on_act.clone());
        use_effect_with(p.facts.clone(), move |facts| {
            let mut next = (*steps).clone();
            let before = next.steps_done;
            if next.advance(lesson, facts) {
                // A step that asks for a month and was done by playing stops
                // the play there: its words, and the next step's figures,
                // are about that month, not wherever the play would go on to.
                let month = lesson.steps[before..next.steps_done]
                    .iter()
                    .filter_map(|s| s.goal.month_at_least())
                    .max();
                if let (true, Some(m)) = (playing, month) {
                    on_act.emit(StepAct::TogglePlay);
                    on_act.emit(StepAct::Month(m.min(facts.months)));
                }
                let best = LessonProgress {
                    steps_done: next.steps_done.max(remembered.steps_done),
                    passed: remembered.passed,
                };
                if !progress::save(lesson.id, best) {
                    not_saved.set(true);
                }
                remembered.set(best);
                steps.set(next);
                // On one column the step's result may be under the pinned
                // chart: bring the step into view.
                crate::ui::browser::scroll_to_on_narrow("step-card");
            }
        });
    }
    let frozen = use_state(|| vec![None::<Frozen>; lesson.steps.len()]);
    {
        let frozen = frozen.clone();
        let deps = (
            steps.steps_done,
            p.run.clone(),
            p.baseline.clone(),
            p.facts.month,
        );
        use_effect_with(deps, move |(done, run, baseline, month)| {
            if let Some(run) = run {
                if frozen.iter().take(*done).any(Option::is_none) {
                    let mut f = (*frozen).clone();
                    for slot in f.iter_mut().take(*done).filter(|s| s.is_none()) {
                        *slot = Some((run.clone(), baseline.clone(), *month));
                    }
                    frozen.set(f);
                }
            }
        });
    }
    {
        let on_chart = p.on_chart.clone();
        let opened = use_mut_ref(|| false);
        use_effect_with(*shown, move |&k| {
            on_chart.emit(lesson.steps[k.min(lesson.steps.len() - 1)].chart);
            // Going on moves the focus to the new step (or the question), so
            // it is read out and scrolled into view; not on opening the page.
            if std::mem::replace(&mut *opened.borrow_mut(), true) {
                let id = if k < lesson.steps.len() {
                    "step-card"
                } else {
                    "lesson-question"
                };
                crate::ui::browser::focus_by_id(id);
            }
        });
    }

    let done = steps.steps_done;
    let total = lesson.steps.len();
    let k = (*shown).min(total);
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
    let on_next = {
        let shown = shown.clone();
        Callback::from(move |e: MouseEvent| {
            // The second click of a double click would land on whatever the
            // next step puts under the pointer.
            if e.detail() <= 1 {
                shown.set((*shown + 1).min(total));
            }
        })
    };
    let next = LESSONS.get(number);
    // Once answered rightly, the question stays answered.
    let answered = *checked == Some(lesson.question.answer);
    let tool = match lesson.tool {
        Some("clv") => Some(Tool::Clv),
        Some("ahp") => Some(Tool::Ahp),
        Some("value-matrix") => Some(Tool::ValueMatrix),
        _ => None,
    };
    let live = p
        .run
        .as_ref()
        .map(|r| (r.clone(), p.baseline.clone(), p.facts.month));

    let card = (k < total).then(|| {
        let step: &Step = &lesson.steps[k];
        let is_done = k < done;
        let guess = guesses[k];
        // A done step reads the runs it was done on; the others, the runs
        // on screen.
        let runs = if is_done { frozen[k].clone().or(live.clone()) } else { live.clone() };
        let scene = runs.as_ref().map(|(r, b, m)| Scene {
            run: data(r),
            baseline: b.as_deref().map(data),
            month: *m,
        });
        let hold = (!is_done).then(|| lesson.hold(k, &p.facts)).flatten();
        let predict_first = step.predict.is_some() && guess.is_none() && !is_done;
        let values: Vec<(&str, Option<String>)> = step
            .evidence
            .iter()
            .map(|f| (f.name, scene.as_ref().and_then(|s| figure_text(f, s, l))))
            .collect();
        html! {
            <div class={classes!("step-card", if is_done { "done" } else { "current" })}
                id="step-card" data-step={k.to_string()} tabindex="-1">
                <p class="step-count">
                    { l.tf("learn.step_short", &[("k", &(k + 1).to_string()), ("n", &total.to_string())]) }
                </p>
                <p class="step-ask">
                    if is_done { <span class="step-mark" aria-label={l.t("learn.step_done")}>{ "✓ " }</span> }
                    { step.ask.get(l) }
                </p>
                if let (Some(pr), false) = (&step.predict, is_done) {
                    <fieldset class="prediction" id="prediction">
                        <legend>{ l.t("learn.predict.legend") }{ l.t("common.colon") }{ pr.ask.get(l) }</legend>
                        <div class="prediction-options">
                            { for Direction::ALL.into_iter().map(|d| {
                                let guesses = guesses.clone();
                                let onclick = Callback::from(move |e: MouseEvent| {
                                    if e.detail() > 1 {
                                        return;
                                    }
                                    let mut g = (*guesses).clone();
                                    g[k] = Some(d);
                                    guesses.set(g);
                                });
                                html! {
                                    <button id={direction_id(d)} onclick={onclick}
                                        class={classes!((guess == Some(d)).then_some("chosen"))}
                                        aria-pressed={(guess == Some(d)).to_string()}>
                                        { l.t(direction_key(d).0) }
                                    </button>
                                }
                            }) }
                        </div>
                    </fieldset>
                }
                if let Some(Hold::WrongMarket(market)) = hold {
                    <div class="step-hold" id="step-hold" role="status">
                        <p>{ l.tf("learn.hold.market", &[("market", keys::scenario(market).map_or(market, |(n, _)| l.t(n)))]) }</p>
                        <StepControl lang={l} goal={Goal::Scenario(market)} levers={p.facts.levers}
                            pinned={p.facts.baseline.is_some()} playing={p.playing} on_act={p.on_act.clone()} />
                    </div>
                } else if hold == Some(Hold::NoBaseline) && step.goal.met(&p.facts) {
                    <div class="step-hold" id="step-hold" role="status">
                        <p>{ l.t("learn.hold.baseline") }</p>
                        <button id="restart-lesson" onclick={Callback::from(|_: MouseEvent| crate::ui::browser::reload())}>
                            { l.t("learn.restart") }
                        </button>
                    </div>
                }
                if !is_done && !predict_first {
                    <div class="step-do">
                        <p class="step-do-label">{ l.t("learn.do_it") }</p>
                        <StepControl lang={l} goal={step.goal} levers={p.facts.levers}
                            pinned={p.facts.baseline.is_some()} playing={p.playing} on_act={p.on_act.clone()} />
                    </div>
                }
                if is_done {
                    if let (Some(pr), Some(scene)) = (&step.predict, &scene) {
                        { reveal(pr, guess, scene, l) }
                    }
                    <p class="step-notice" id="step-notice">{ fill(step.notice.get(l), &values) }</p>
                    if let Some((run, baseline, month)) = runs.clone() {
                        <Evidence lang={l} figures={step.evidence} view={step.view} run={run}
                            baseline={baseline} month={month} />
                    }
                    <button class="primary" id="next-step" onclick={on_next}>
                        { if k + 1 < total { l.t("learn.next_step") } else { l.t("learn.to_question") } }
                    </button>
                }
            </div>
        }
    });

    html! {
        <section class="lesson-guide" id="lesson-guide" data-lesson={lesson.id} aria-labelledby="lesson-title">
            // The ways out stay at the top, where going on with a step never
            // moves them under the pointer.
            <p class="lesson-kicker">
                { l.tf("learn.lesson_of", &[("n", &number.to_string()), ("total", &LESSONS.len().to_string())]) }
                { " · " }
                <a href={Route::Learn(LearnRoute::Home).fragment()}>{ l.t("learn.all_lessons") }</a>
                { " · " }
                <a id="open-in-explore" href={p.explore_link.clone()}>{ l.t("learn.open_in_explore") }</a>
                if let Some(t) = tool.clone() {
                    { " · " }
                    <a id="lesson-tool" href={Route::Tool(t.clone()).fragment()}>{ l.t(keys::tool(&t).0) }</a>
                }
            </p>
            <h2 id="lesson-title">{ lesson.title.get(l) }</h2>
            // The goal and introduction lead into the first step; later they
            // fold away, so the step and its chart share the screen.
            if k == 0 && done == 0 {
                <p class="lesson-objective"><strong>{ l.t("learn.objective") }{ l.t("common.colon") }</strong>{ lesson.objective.get(l) }</p>
                <p class="lesson-intro">{ lesson.intro.get(l) }</p>
            } else {
                <details class="lesson-about">
                    <summary>{ l.t("learn.about") }</summary>
                    <p class="lesson-objective"><strong>{ l.t("learn.objective") }{ l.t("common.colon") }</strong>{ lesson.objective.get(l) }</p>
                    <p class="lesson-intro">{ lesson.intro.get(l) }</p>
                </details>
            }
            if remembered.passed {
                <p class="lesson-passed">{ l.t("learn.passed_before") }</p>
            }
            <ol class="lesson-steps" aria-label={l.t("learn.steps_nav")}>
                { for lesson.steps.iter().enumerate().map(|(i, s)| {
                    let state = if i < done { "done" } else if i == done { "current" } else { "todo" };
                    html! {
                        <li class={classes!("lesson-step", state, (i == k).then_some("shown"))} data-step={i.to_string()}
                            aria-current={(i == k).then_some("step")} title={s.ask.get(l)}>
                            <span aria-hidden="true">{ if i < done { "✓".to_string() } else { (i + 1).to_string() } }</span>
                            <span class="sr-only">{ s.ask.get(l) }</span>
                        </li>
                    }
                }) }
            </ol>
            { for card }
            <p class="lesson-status sr-only" id="lesson-status" role="status" aria-live="polite">
                { if done < total {
                    l.tf("learn.step_status", &[("k", &(done + 1).to_string()), ("n", &total.to_string())])
                } else {
                    l.t("learn.steps_finished").to_string()
                } }
            </p>
            if k >= total {
                <form class="lesson-question" id="lesson-question" onsubmit={on_check} tabindex="-1">
                    <fieldset>
                        <legend>{ l.t("learn.question") }{ l.t("common.colon") }{ lesson.question.ask.get(l) }</legend>
                        { for lesson.question.options.iter().enumerate().map(|(i, o)| html! {
                            <div class="option">
                                <input type="radio" name="answer" id={format!("answer-{i}")} value={i.to_string()}
                                    checked={*chosen == Some(i)} onchange={on_choose(i)} disabled={answered} />
                                <label for={format!("answer-{i}")}>{ o.text.get(l) }</label>
                            </div>
                        }) }
                    </fieldset>
                    <button type="submit" class="primary" id="check-answer" disabled={chosen.is_none() || answered}>{ l.t("learn.check") }</button>
                    if let Some(c) = *checked {
                        <div class={classes!("feedback", if c == lesson.question.answer { "right" } else { "wrong" })}
                            id="answer-feedback" role="status">
                            <p><strong>{ if c == lesson.question.answer { l.t("learn.right") } else { l.t("learn.wrong") } }</strong></p>
                            if let Some(why) = lesson.question.options[c].why {
                                <p class="why-not"><strong>{ l.t("learn.why_not") }</strong>{ " " }{ why.get(l) }</p>
                            }
                            if c == lesson.question.answer || *wrong_tries >= TRIES_BEFORE_EXPLAINING {
                                <p class="explain">{ lesson.question.explain.get(l) }</p>
                            } else {
                                <p>{ match TRIES_BEFORE_EXPLAINING - *wrong_tries {
                                    1 => l.t("learn.tries_left_one").to_string(),
                                    left => l.tf("learn.tries_left", &[("left", &left.to_string())]),
                                } }</p>
                            }
                        </div>
                    }
                </form>
            }
            if *not_saved {
                <p class="field-help">{ l.t("learn.not_saved") }</p>
            }
            if k >= total {
                <p class="lesson-links">
                    if let Some(n) = next {
                        <a class="button" id="next-lesson" href={Route::Learn(LearnRoute::Lesson(n.id.to_string())).fragment()}>
                            { l.tf("learn.next_lesson", &[("title", n.title.get(l))]) }
                        </a>
                    }
                </p>
            }
        </section>
    }
}

/// What happened against what the learner predicted.
fn reveal(
    pr: &lessons::Prediction,
    guess: Option<Direction>,
    scene: &Scene,
    l: crate::i18n::Lang,
) -> Html {
    let outcome = pr.outcome(scene);
    let value = figure_text(&pr.figure, scene, l).unwrap_or_else(|| "–".into());
    let other = figure_text(&pr.against, scene, l).unwrap_or_else(|| "–".into());
    let right = guess.is_some() && guess == outcome;
    let yours = match guess {
        Some(g) => l.tf("learn.predict.yours", &[("guess", l.t(direction_key(g).0))]),
        None => l.t("learn.predict.none").to_string(),
    };
    let what = outcome.map_or_else(String::new, |o| {
        l.tf(
            "learn.predict.outcome",
            &[
                ("outcome", l.t(direction_key(o).1)),
                ("value", &value),
                ("other", &other),
            ],
        )
    });
    // Chinese sentences follow each other without a space.
    let gap = match l {
        crate::i18n::Lang::En => " ",
        crate::i18n::Lang::Zh => "",
    };
    let sentence = format!("{yours}{gap}{what}");
    html! {
        <div class={classes!("reveal", if right { "right" } else { "wrong" })} id="prediction-reveal">
            <p>{ sentence }</p>
            if guess.is_some() {
                <p><strong>{ if right { l.t("learn.predict.right") } else { l.t("learn.predict.wrong") } }</strong></p>
            }
        </div>
    }
}
