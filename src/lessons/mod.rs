//! Guided lessons: the course's core ideas, one lesson each, on top of the
//! simulator. A lesson opens the simulator at a preset, then asks for one
//! thing at a time (move a lever into a range, pin a baseline, go to a
//! month, switch the market); each step is done when the simulator's state
//! shows it ([`Goal::met`]), and says what to notice. A multiple-choice
//! question closes the lesson, with an explanation of the right answer.
//!
//! This module is plain data and pure functions (no web): the page shows the
//! lessons and the tests check that every step can be done by the action it
//! asks for. One file per lesson, named after its concept.

pub mod care_channels;
pub mod clv;
pub mod competitive_response;
pub mod complaints;
pub mod delivered_value;
pub mod early_warning;
pub mod evidence;
pub mod five_to_one;
pub mod jones_sasser;
pub mod lifecycle;
pub mod loyalty_matrix;
pub mod loyalty_programme;
pub mod pyramid;
pub mod retention_economics;
pub mod satisfaction;

use crate::sim::{LeverId, Levers, RetentionTargeting};
pub use evidence::{at, base, now, Claim, Figure, Prediction, Readout, Side, View};

/// The charts of a run, by identity: a lesson's step names the one it is
/// about; the page draws them (`ui::charts`), in this order.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ChartKind {
    /// Customers by lifecycle stage.
    Stages,
    /// Satisfaction and loyalty.
    Satisfaction,
    /// Churn, acquisition and retention rates.
    Rates,
    /// Revenue, costs and profit.
    Money,
    /// Customer lifetime value and customer equity.
    Clv,
    /// The loyalty matrix.
    Matrix,
    /// The customer pyramid.
    Pyramid,
    /// Active customers by loyalty type (the course's seven), stacked.
    LoyaltyTypes,
    /// Care contacts by channel, and customers annoyed.
    Care,
}

impl ChartKind {
    pub const ALL: [ChartKind; 9] = [
        ChartKind::Stages,
        ChartKind::Satisfaction,
        ChartKind::Rates,
        ChartKind::Money,
        ChartKind::Clv,
        ChartKind::Matrix,
        ChartKind::Pyramid,
        ChartKind::LoyaltyTypes,
        ChartKind::Care,
    ];

    /// Its name in element ids, file names and translation keys.
    pub fn id(self) -> &'static str {
        match self {
            ChartKind::Stages => "stages",
            ChartKind::Satisfaction => "satisfaction",
            ChartKind::Rates => "rates",
            ChartKind::Money => "money",
            ChartKind::Clv => "clv",
            ChartKind::Matrix => "matrix",
            ChartKind::Pyramid => "pyramid",
            ChartKind::LoyaltyTypes => "loyalty-types",
            ChartKind::Care => "care",
        }
    }

    /// Whether the x axis is time (hovering picks a month).
    pub fn over_time(self) -> bool {
        !matches!(self, ChartKind::Matrix | ChartKind::Pyramid)
    }
}

pub use crate::i18n::{t, Text};

/// The month a lesson opens at. Half a year in, every chart over time has a
/// history to read, the customer pyramid has been ranked five times (at
/// month 1 nobody is ranked yet and everybody shows as iron), the loyalty
/// matrix has spread out, and no step's month goal is met yet (the earliest
/// asks for month 10). Checked by the tests below against real runs.
pub const OPENS_AT_MONTH: u32 = 6;

/// What the simulator shows, as far as lessons care.
#[derive(Clone, Debug, PartialEq)]
pub struct Facts {
    /// The built-in scenario's name.
    pub scenario: String,
    pub levers: Levers,
    /// The pinned baseline's scenario and levers, if one is pinned.
    pub baseline: Option<(String, Levers)>,
    /// The month under the cursor (1-based).
    pub month: u32,
    pub months: u32,
}

/// How far a channel mix's cost may be from the retention spend a step asks
/// "about" (share of it): a mix is built from contacts, not typed in yuan.
pub const SPEND_LEEWAY: f64 = 0.15;

/// The levers with as many phone calls, to the call slider's step, as
/// bring the channel mix's cost to `spend` (¥ per targeted customer per
/// month), the other channels as they are: what a step that asks for a
/// retention spend tells the learner to do.
pub fn spend_by_calls(mut levers: Levers, spend: f64) -> Levers {
    let call = crate::sim::channels::Channel::Phone.traits().cost;
    let others = levers.retention_spend() - levers.care_phone * call;
    let step = LeverId::CarePhone.spec().step;
    let calls = ((spend - others) / call / step).round().max(0.0) * step;
    levers.care_phone = (calls * 1e6).round() / 1e6;
    levers
}

/// What a step asks the learner to do, checked against [`Facts`].
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Goal {
    /// A lever at or above a value (model units).
    LeverAtLeast(LeverId, f64),
    /// A lever at or below a value.
    LeverAtMost(LeverId, f64),
    /// A channel mix that costs at least this retention spend (¥ per
    /// targeted customer per month).
    RetentionSpendAtLeast(f64),
    /// A channel mix that costs about this retention spend: within
    /// [`SPEND_LEEWAY`] of it, as contacts come in whole steps.
    RetentionSpendAbout(f64),
    Targeting(RetentionTargeting),
    /// The built-in scenario by name.
    Scenario(&'static str),
    BaselinePinned,
    /// The month cursor at or after a month (the last month if the horizon
    /// is shorter).
    MonthAtLeast(u32),
    /// The month cursor at or before a month.
    MonthAtMost(u32),
    /// Two goals at once.
    Both(&'static Goal, &'static Goal),
}

impl Goal {
    /// Whether the simulator's state shows the goal reached.
    pub fn met(&self, f: &Facts) -> bool {
        // Values typed as shown (e.g. 0.9 for 90%) may carry rounding.
        const EPS: f64 = 1e-9;
        match *self {
            Goal::LeverAtLeast(lever, v) => f.levers.get(lever) >= v - EPS,
            Goal::LeverAtMost(lever, v) => f.levers.get(lever) <= v + EPS,
            Goal::RetentionSpendAtLeast(v) => f.levers.retention_spend() >= v - EPS,
            Goal::RetentionSpendAbout(v) => {
                (f.levers.retention_spend() - v).abs() <= SPEND_LEEWAY * v + EPS
            }
            Goal::Targeting(t) => f.levers.retention_targeting == t,
            Goal::Scenario(name) => f.scenario == name,
            Goal::BaselinePinned => f.baseline.is_some(),
            Goal::MonthAtLeast(m) => f.month >= m.min(f.months),
            Goal::MonthAtMost(m) => f.month <= m,
            Goal::Both(a, b) => a.met(f) && b.met(f),
        }
    }

    /// The month the goal asks the cursor to reach, if it asks for one
    /// (the latest, for two goals at once).
    pub fn month_at_least(&self) -> Option<u32> {
        match *self {
            Goal::MonthAtLeast(m) => Some(m),
            Goal::Both(a, b) => a.month_at_least().max(b.month_at_least()),
            _ => None,
        }
    }

    /// The market the goal switches to, if it does.
    pub fn scenario(&self) -> Option<&'static str> {
        match *self {
            Goal::Scenario(name) => Some(name),
            Goal::Both(a, b) => b.scenario().or_else(|| a.scenario()),
            _ => None,
        }
    }

    /// Does what the goal asks, as the page's controls would (for the
    /// tests, which take each lesson as a learner would).
    pub fn perform(&self, f: &mut Facts) {
        match *self {
            Goal::LeverAtLeast(lever, v) | Goal::LeverAtMost(lever, v) => f.levers.set(lever, v),
            Goal::RetentionSpendAtLeast(v) | Goal::RetentionSpendAbout(v) => {
                f.levers = spend_by_calls(f.levers, v)
            }
            Goal::Targeting(t) => f.levers.retention_targeting = t,
            Goal::Scenario(name) => f.scenario = name.to_string(),
            Goal::BaselinePinned => f.baseline = Some((f.scenario.clone(), f.levers)),
            Goal::MonthAtLeast(m) => f.month = m.min(f.months),
            Goal::MonthAtMost(m) => f.month = m.max(1),
            Goal::Both(a, b) => {
                a.perform(f);
                b.perform(f);
            }
        }
    }
}

/// One step: an instruction, its goal, the chart to look at, and what to
/// notice once it is done, with the figures from the learner's run that
/// the notice names.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Step {
    pub ask: Text,
    pub goal: Goal,
    /// The chart to frame while the step is on screen.
    pub chart: ChartKind,
    /// What to notice once the goal is met. `{name}` stands for the value
    /// of the figure of that name in `evidence`: figures in a lesson's
    /// words come from the learner's run, never typed in.
    pub notice: Text,
    /// The readouts shown beside the step once it is done.
    pub evidence: &'static [Figure],
    /// A table to show beside the step once it is done.
    pub view: Option<View>,
    /// A guess asked for before the action, revealed after it.
    pub predict: Option<Prediction>,
    /// What the notice states, checked against the model by the tests.
    pub claims: &'static [Claim],
}

impl Step {
    /// Whether the step's figures, prediction or claims read the baseline
    /// (pinning it is then part of the step).
    pub fn compares_with_baseline(&self) -> bool {
        use evidence::Of;
        let reads = |f: &Figure| f.of == Of::Baseline || f.readout.needs_baseline();
        let side = |s: &Side| match s {
            Side::Figure(f) | Side::Times(f, _) => reads(f),
            Side::Value(_) => false,
        };
        self.evidence.iter().any(reads)
            || self
                .predict
                .is_some_and(|p| reads(&p.figure) || reads(&p.against))
            || self.claims.iter().any(|c| match c {
                Claim::Above(f, s) | Claim::Below(f, s) => reads(f) || side(s),
                Claim::Between(f, _, _) => reads(f),
            })
    }

    /// A step with nothing but its words, goal and chart, to complete with
    /// `..Step::PLAIN`.
    pub const PLAIN: Step = Step {
        ask: t("", ""),
        goal: Goal::BaselinePinned,
        chart: ChartKind::Stages,
        notice: t("", ""),
        evidence: &[],
        view: None,
        predict: None,
        claims: &[],
    };
}

/// An option of a check question.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Choice {
    pub text: Text,
    /// For a wrong option: why it is wrong, without naming the right one
    /// (shown when it is chosen).
    pub why: Option<Text>,
}

/// The right option.
pub const fn right(text: Text) -> Choice {
    Choice { text, why: None }
}

/// A wrong option: a real misconception, and why it does not hold.
pub const fn wrong(text: Text, why: Text) -> Choice {
    Choice {
        text,
        why: Some(why),
    }
}

/// The closing check question: a new case to apply the lesson to.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Question {
    pub ask: Text,
    pub options: &'static [Choice],
    /// Index of the right option.
    pub answer: usize,
    /// Why the right answer is right (shown after a right answer, or after
    /// the last wrong try).
    pub explain: Text,
}

/// Where a lesson starts: a built-in scenario and levers changed from their
/// defaults (model units).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Preset {
    pub scenario: &'static str,
    pub levers: &'static [(LeverId, f64)],
}

impl Preset {
    /// The levers of the preset.
    pub fn levers(&self) -> Levers {
        let mut l = Levers::default();
        for &(lever, v) in self.levers {
            l.set(lever, v);
        }
        l
    }
}

/// A guided lesson.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Lesson {
    /// Used in links (`#learn/<id>`) and in remembered progress.
    pub id: &'static str,
    pub title: Text,
    /// The learning goal, one sentence.
    pub objective: Text,
    /// A short introduction: the idea in two or three sentences.
    pub intro: Text,
    pub preset: Preset,
    pub steps: &'static [Step],
    pub question: Question,
    /// A concept tool that goes with the lesson (`clv`, `ahp`, `value-matrix`).
    pub tool: Option<&'static str>,
}

/// Why a step's goal, though met, does not count yet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Hold {
    /// The step compares with the baseline, and none is pinned.
    NoBaseline,
    /// The lesson is about this market (a built-in scenario's name), and
    /// the simulator shows another: its figures would describe the wrong
    /// market.
    WrongMarket(&'static str),
}

impl Lesson {
    /// The market the lesson is in at step `k`: the preset's, or the one
    /// the last step up to `k` switched to.
    pub fn market_at(&self, k: usize) -> &'static str {
        self.steps[..=k.min(self.steps.len() - 1)]
            .iter()
            .rev()
            .find_map(|s| s.goal.scenario())
            .unwrap_or(self.preset.scenario)
    }

    /// What keeps step `k` from counting although the learner may have
    /// done what it asks: the figures its words rely on would not be there
    /// or would describe another market.
    pub fn hold(&self, k: usize, f: &Facts) -> Option<Hold> {
        let step = &self.steps[k];
        // A step that switches the market checks it by its own goal.
        let market = self.market_at(k);
        if step.goal.scenario().is_none() && f.scenario != market {
            return Some(Hold::WrongMarket(market));
        }
        (step.compares_with_baseline() && f.baseline.is_none()).then_some(Hold::NoBaseline)
    }

    /// Whether step `k` is done: its goal met, and nothing holding it.
    pub fn step_done(&self, k: usize, f: &Facts) -> bool {
        self.steps[k].goal.met(f) && self.hold(k, f).is_none()
    }
}

/// The lessons, in course order.
pub const LESSONS: [&Lesson; 14] = [
    &lifecycle::LESSON,
    &satisfaction::LESSON,
    &five_to_one::LESSON,
    &retention_economics::LESSON,
    &jones_sasser::LESSON,
    &loyalty_matrix::LESSON,
    &complaints::LESSON,
    &clv::LESSON,
    &delivered_value::LESSON,
    &pyramid::LESSON,
    &care_channels::LESSON,
    &loyalty_programme::LESSON,
    &early_warning::LESSON,
    &competitive_response::LESSON,
];

/// A lesson by its id.
pub fn by_id(id: &str) -> Option<&'static Lesson> {
    LESSONS.iter().copied().find(|l| l.id == id)
}

/// How far a learner got in a lesson: the steps done so far are latched (a
/// step stays done when the learner moves on and changes things again).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Progress {
    /// Steps done, in order: step `k` is done when its goal was met while it
    /// was the current step.
    pub steps_done: usize,
}

impl Progress {
    /// Advances over every current step the facts show done
    /// ([`Lesson::step_done`]).
    pub fn advance(&mut self, lesson: &Lesson, facts: &Facts) -> bool {
        let before = self.steps_done;
        while self.steps_done < lesson.steps.len() && lesson.step_done(self.steps_done, facts) {
            self.steps_done += 1;
        }
        self.steps_done != before
    }

    pub fn finished_steps(&self, lesson: &Lesson) -> bool {
        self.steps_done >= lesson.steps.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::sim::Scenario;

    pub(crate) fn facts_of(lesson: &Lesson) -> Facts {
        Facts {
            scenario: lesson.preset.scenario.to_string(),
            levers: lesson.preset.levers(),
            baseline: None,
            month: OPENS_AT_MONTH,
            months: 36,
        }
    }

    /// At the month a lesson opens, what its first step points at is there
    /// to see: every tier of the pyramid holds customers, every quadrant of
    /// the loyalty matrix is seen, the stages have customers, and the month
    /// cursor has months behind it to draw lines through.
    #[test]
    fn lessons_open_on_a_month_with_something_to_see() {
        for l in LESSONS {
            let mut sc = Scenario::built_in(l.preset.scenario).unwrap();
            sc.market_size = 10_000;
            let run =
                crate::sim::run_unpaired(&sc, &crate::sim::Decisions::constant(l.preset.levers()))
                    .unwrap();
            let m = &run.months[OPENS_AT_MONTH as usize - 1];
            const { assert!(OPENS_AT_MONTH >= 3, "lines need months behind the cursor") };
            assert!(
                m.pyramid.to_array().iter().all(|&n| n > 0),
                "{}: a tier is empty at month {OPENS_AT_MONTH}: {:?}",
                l.id,
                m.pyramid
            );
            assert!(m.active > 0 && m.stages.growth > 0 && m.stages.acquisition > 0);
            fn earliest(g: &Goal) -> Option<u32> {
                match g {
                    Goal::MonthAtLeast(k) => Some(*k),
                    Goal::Both(a, b) => earliest(a).into_iter().chain(earliest(b)).min(),
                    _ => None,
                }
            }
            for s in l.steps {
                if let Some(k) = earliest(&s.goal) {
                    assert!(k > OPENS_AT_MONTH, "{}: a month goal met on opening", l.id);
                }
            }
        }
        // At month 1 the pyramid is degenerate (nobody ranked yet): the
        // reason the lessons do not open there.
        let sc = Scenario::built_in("default").unwrap();
        let run =
            crate::sim::run_unpaired(&sc, &crate::sim::Decisions::constant(Levers::default()))
                .unwrap();
        assert!(
            run.months[0]
                .pyramid
                .to_array()
                .iter()
                .filter(|&&n| n > 0)
                .count()
                == 1
        );
    }

    #[test]
    fn fourteen_lessons_with_unique_ids_and_every_text_in_both_languages() {
        assert_eq!(LESSONS.len(), 14);
        let mut ids: Vec<&str> = LESSONS.iter().map(|l| l.id).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), 14);
        for l in LESSONS {
            let mut texts = vec![
                l.title,
                l.objective,
                l.intro,
                l.question.ask,
                l.question.explain,
            ];
            for s in l.steps {
                texts.push(s.ask);
                texts.push(s.notice);
            }
            for (i, o) in l.question.options.iter().enumerate() {
                texts.push(o.text);
                assert_eq!(
                    o.why.is_none(),
                    i == l.question.answer,
                    "{}: every wrong option, and only those, says why it is wrong",
                    l.id
                );
                texts.extend(o.why);
            }
            for tx in texts {
                assert!(
                    !tx.en.trim().is_empty() && !tx.zh.trim().is_empty(),
                    "{}: {tx:?}",
                    l.id
                );
                let words = tx.en.chars().any(|c| c.is_ascii_alphabetic());
                assert!(
                    !words
                        || tx
                            .zh
                            .chars()
                            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{}: the Chinese text is Chinese: {}",
                    l.id,
                    tx.zh
                );
                assert!(
                    tx.en.is_ascii()
                        || !tx
                            .en
                            .chars()
                            .any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)),
                    "{}: the English text has no Chinese: {}",
                    l.id,
                    tx.en
                );
            }
            assert!((3..=6).contains(&l.steps.len()), "{}: 3–6 steps", l.id);
            assert!(
                l.steps.iter().any(|s| s.predict.is_some()),
                "{}: a prediction before a reveal",
                l.id
            );
            assert!((3..=5).contains(&l.question.options.len()));
            assert!(l.question.answer < l.question.options.len());
            assert!(by_id(l.id) == Some(l));
        }
    }

    #[test]
    fn presets_and_goals_name_real_scenarios_and_stay_within_range() {
        fn check(goal: &Goal, id: &str) {
            match *goal {
                Goal::LeverAtLeast(lever, v) | Goal::LeverAtMost(lever, v) => {
                    let spec = lever.spec();
                    assert!(
                        (spec.min..=spec.max).contains(&v),
                        "{id}: {lever:?} {v} out of range"
                    );
                }
                Goal::Scenario(name) => assert!(Scenario::built_in(name).is_some(), "{id}: {name}"),
                Goal::MonthAtLeast(m) | Goal::MonthAtMost(m) => assert!((1..=36).contains(&m)),
                Goal::RetentionSpendAtLeast(v) | Goal::RetentionSpendAbout(v) => {
                    let spec = LeverId::CarePhone.spec();
                    let mix = Levers::default().with_retention_spend(v).mix();
                    assert!(
                        mix.phone <= spec.max,
                        "{id}: retention spend {v} out of reach"
                    );
                }
                Goal::Both(a, b) => {
                    check(a, id);
                    check(b, id);
                }
                Goal::Targeting(_) | Goal::BaselinePinned => {}
            }
        }
        for l in LESSONS {
            assert!(Scenario::built_in(l.preset.scenario).is_some(), "{}", l.id);
            for &(lever, v) in l.preset.levers {
                let spec = lever.spec();
                assert!((spec.min..=spec.max).contains(&v), "{}: {lever:?}", l.id);
            }
            for s in l.steps {
                check(&s.goal, l.id);
            }
        }
    }

    #[test]
    fn every_step_is_done_by_its_action_and_not_before() {
        for l in LESSONS {
            // The lesson opens as the page does, at OPENS_AT_MONTH; no step is
            // done by merely opening it.
            let mut f = facts_of(l);
            let mut p = Progress::default();
            p.advance(l, &f);
            assert_eq!(
                p.steps_done, 0,
                "{}: the first step is not done at the start",
                l.id
            );
            for (k, s) in l.steps.iter().enumerate() {
                assert!(
                    !s.goal.met(&f),
                    "{} step {}: already met before acting",
                    l.id,
                    k + 1
                );
                s.goal.perform(&mut f);
                p.advance(l, &f);
                assert!(
                    p.steps_done > k,
                    "{} step {}: its action completes it",
                    l.id,
                    k + 1
                );
            }
            assert!(p.finished_steps(l));
        }
    }

    /// A step that compares with the baseline does not count without one,
    /// nor in another market than the lesson's at that step.
    #[test]
    fn a_step_is_held_without_its_baseline_or_in_another_market() {
        let l = by_id("five-to-one").unwrap();
        let k = 2; // go to month 36, compared with the baseline
        assert!(l.steps[k].compares_with_baseline());
        let mut f = facts_of(l);
        l.steps[k].goal.perform(&mut f);
        assert_eq!(l.hold(k, &f), Some(Hold::NoBaseline));
        assert!(!l.step_done(k, &f));
        Goal::BaselinePinned.perform(&mut f);
        assert!(l.step_done(k, &f));
        f.scenario = "subscription".into();
        assert_eq!(l.hold(k, &f), Some(Hold::WrongMarket("default")));
        // A lesson that switches market expects the new one from then on.
        let js = by_id("jones-sasser").unwrap();
        assert_eq!(js.market_at(0), "competitive");
        assert_eq!(js.market_at(1), "monopoly");
        assert_eq!(js.market_at(2), "monopoly");
        // The step that switches is not held before it is done.
        let mut f = facts_of(js);
        js.steps[0].goal.perform(&mut f);
        assert_eq!(js.hold(1, &f), None);
        js.steps[1].goal.perform(&mut f);
        assert!(js.step_done(1, &f));
        // The first step of a lesson reads no baseline it has not pinned.
        for l in LESSONS {
            let first = &l.steps[0];
            assert!(
                !first.compares_with_baseline()
                    || matches!(first.goal, Goal::Both(..) | Goal::BaselinePinned),
                "{}",
                l.id
            );
        }
    }

    #[test]
    fn goals_read_the_facts() {
        let mut f = Facts {
            scenario: "default".into(),
            levers: Levers::default(),
            baseline: None,
            month: 5,
            months: 12,
        };
        assert!(Goal::RetentionSpendAtLeast(5.0).met(&f));
        assert!(!Goal::RetentionSpendAtLeast(5.5).met(&f));
        assert!(Goal::RetentionSpendAbout(5.5).met(&f));
        assert!(!Goal::RetentionSpendAbout(7.0).met(&f));
        assert!(Goal::LeverAtMost(LeverId::ComplaintHandling, 0.6).met(&f));
        assert!(
            Goal::MonthAtLeast(36).met(&Facts {
                month: 12,
                ..f.clone()
            }),
            "the last month counts"
        );
        assert!(!Goal::MonthAtLeast(6).met(&f));
        assert!(!Goal::BaselinePinned.met(&f));
        f.baseline = Some(("default".into(), Levers::default()));
        assert!(Goal::BaselinePinned.met(&f));
        assert!(Goal::Both(&Goal::BaselinePinned, &Goal::Scenario("default")).met(&f));
        assert_eq!(
            Goal::Both(&Goal::MonthAtLeast(36), &Goal::BaselinePinned).month_at_least(),
            Some(36)
        );
        assert_eq!(Goal::BaselinePinned.month_at_least(), None);
        assert!(!Goal::Both(&Goal::BaselinePinned, &Goal::Scenario("monopoly")).met(&f));
    }
}
