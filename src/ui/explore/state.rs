//! The Explore page's state: plain data, an `Action` per thing a user can do,
//! and `impl Reducible`. No DOM here.

use std::rc::Rc;

use yew::prelude::*;

use crate::sim::validation::fmt_num;
use crate::sim::{LeverId, RetentionTargeting};

use crate::sim::scenario::MAX_MONTHS;
use crate::ui::format::display_scale;
pub use crate::ui::messages::Notice;
use crate::ui::messages::{about, lever_out_of_range, typed_lever, typed_whole};
use crate::ui::run::ExploreSettings;

/// Playback speeds offered, in months per second.
pub const SPEEDS: [u32; 4] = [1, 2, 4, 8];

#[derive(Clone, Debug, PartialEq)]
pub struct ExploreState {
    pub settings: ExploreSettings,
    /// The month shown by cards, matrix and pyramid (1-based).
    pub month: u32,
    pub playing: bool,
    /// Months per second while playing.
    pub speed: u32,
    /// Settings of the pinned baseline run (the run is recomputed from them:
    /// same settings, same numbers).
    pub baseline: Option<ExploreSettings>,
    pub notice: Option<Notice>,
    pub show_shortcuts: bool,
    pub show_share: bool,
}

impl ExploreState {
    pub fn new(settings: ExploreSettings) -> Self {
        ExploreState {
            month: settings.months,
            settings,
            playing: false,
            speed: 2,
            baseline: None,
            notice: None,
            show_shortcuts: false,
            show_share: false,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum Action {
    /// A numeric lever's new value; a value outside its range is refused
    /// with a notice.
    SetLever(LeverId, f64),
    /// A numeric lever as typed, in display units (see [`display_scale`]).
    SetLeverText(LeverId, String),
    SetTargeting(RetentionTargeting),
    ResetLever(LeverId),
    ResetAll,
    SetScenario(String),
    SetMarketSize(u32),
    SetMonths(u32),
    /// The horizon as typed: a whole number of months from 1 to the
    /// longest, or a notice and the horizon kept.
    SetMonthsText(String),
    SetSeed(u64),
    /// The seed as typed: a whole number, or a notice and the seed kept.
    SetSeedText(String),
    SetMonth(u32),
    StepMonth(i32),
    TogglePlay,
    /// One playback tick: the next month, stopping at the end.
    Tick,
    SetSpeed(u32),
    /// Pins the run on screen as the baseline (its settings, given when a
    /// newer run is still computing), or unpins it.
    TogglePin(Option<ExploreSettings>),
    ShowShortcuts(bool),
    ShowShare(bool),
    Notify(Notice),
    Dismiss,
}

/// A callback that dispatches the action `make` finds in its argument, if
/// any (a slider's value that does not parse makes none).
pub fn dispatch_some<T: 'static>(
    dispatch: &Callback<Action>,
    make: impl Fn(T) -> Option<Action> + 'static,
) -> Callback<T> {
    let dispatch = dispatch.clone();
    Callback::from(move |v| {
        if let Some(a) = make(v) {
            dispatch.emit(a)
        }
    })
}

fn clamp_month(month: u32, months: u32) -> u32 {
    month.clamp(1, months.max(1))
}

impl Reducible for ExploreState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        let at_end = s.month >= s.settings.months;
        match action {
            Action::SetLever(id, value) => {
                let spec = id.spec();
                if value.is_finite() && (spec.min..=spec.max).contains(&value) {
                    s.settings.levers.set(id, value);
                } else {
                    let shown = fmt_num(value * display_scale(id));
                    let kept = s.settings.levers.get(id);
                    s.notice = Some(lever_out_of_range("msg.invalid_value", id, shown, kept));
                }
            }
            Action::SetLeverText(id, text) => {
                match typed_lever(id, &text, s.settings.levers.get(id)) {
                    Ok(v) => {
                        s.settings.levers.set(id, v);
                        // A good value ends the lever's own complaint.
                        if s.notice.as_ref().is_some_and(|n| n.is_about(id)) {
                            s.notice = None;
                        }
                    }
                    Err(notice) => s.notice = Some(notice),
                }
            }
            Action::SetTargeting(t) => s.settings.levers.retention_targeting = t,
            Action::ResetLever(id) => s.settings.levers.set(id, id.spec().default),
            Action::ResetAll => {
                s.settings = ExploreSettings::default();
                s.month = s.settings.months;
            }
            Action::SetScenario(name) => s.settings.scenario = name,
            Action::SetMarketSize(n) => s.settings.market_size = n,
            Action::SetMonths(m) => {
                s.settings.months = m.clamp(1, crate::sim::scenario::MAX_MONTHS);
                if at_end || s.month > s.settings.months {
                    s.month = s.settings.months;
                }
            }
            Action::SetSeed(seed) => s.settings.seed = seed.min(crate::sim::scenario::MAX_SEED),
            Action::SetMonthsText(text) => {
                let kept = s.settings.months;
                match typed_whole("market.months", &text, u64::from(kept)) {
                    Ok(m) if (1..=u64::from(MAX_MONTHS)).contains(&m) => {
                        return Rc::new(s).reduce(Action::SetMonths(m as u32));
                    }
                    Ok(_) => {
                        s.notice = Some(about(
                            "msg.invalid_value",
                            "market.months",
                            vec![
                                ("value", text.trim().to_string()),
                                ("min", "1".into()),
                                ("max", MAX_MONTHS.to_string()),
                                ("kept", kept.to_string()),
                            ],
                        ))
                    }
                    Err(n) => s.notice = Some(n),
                }
            }
            Action::SetSeedText(text) => match typed_whole("market.seed", &text, s.settings.seed) {
                Ok(seed) => s.settings.seed = seed,
                Err(n) => s.notice = Some(n),
            },
            Action::SetMonth(m) => {
                s.month = clamp_month(m, s.settings.months);
                s.playing = false;
            }
            Action::StepMonth(d) => {
                let m = i64::from(s.month) + i64::from(d);
                s.month = clamp_month(m.max(1) as u32, s.settings.months);
            }
            Action::TogglePlay => {
                if !s.playing && at_end {
                    s.month = 1;
                }
                s.playing = !s.playing;
            }
            Action::Tick => {
                if s.playing {
                    if s.month >= s.settings.months {
                        s.playing = false;
                    } else {
                        s.month += 1;
                    }
                }
            }
            Action::SetSpeed(v) => s.speed = v.clamp(1, 60),
            Action::TogglePin(on_screen) => {
                s.baseline = match s.baseline {
                    Some(_) => None,
                    None => Some(on_screen.unwrap_or_else(|| s.settings.clone())),
                }
            }
            Action::ShowShortcuts(v) => s.show_shortcuts = v,
            Action::ShowShare(v) => s.show_share = v,
            Action::Notify(n) => s.notice = Some(n),
            Action::Dismiss => s.notice = None,
        }
        // A month beyond a shortened horizon moves back inside it.
        s.month = clamp_month(s.month, s.settings.months);
        Rc::new(s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::sim::Levers;

    fn state() -> Rc<ExploreState> {
        Rc::new(ExploreState::new(ExploreSettings::default()))
    }

    #[test]
    fn a_typed_horizon_or_seed_is_taken_or_told_never_changed_quietly() {
        let s = state().reduce(Action::SetMonthsText(" 24 ".into()));
        assert_eq!(s.settings.months, 24);
        for bad in ["0", "121", "1.5", "abc", "-1", ""] {
            let t = s.clone().reduce(Action::SetMonthsText(bad.into()));
            assert_eq!(t.settings.months, 24, "{bad}: kept");
            let told = t.notice.clone().unwrap().text(Lang::En);
            assert!(told.contains("kept 24"), "{bad}: {told}");
        }
        let s = s.reduce(Action::SetSeedText("42".into()));
        assert_eq!(s.settings.seed, 42);
        let t = s.reduce(Action::SetSeedText("-1".into()));
        assert_eq!(t.settings.seed, 42);
        assert!(t
            .notice
            .clone()
            .unwrap()
            .text(Lang::Zh)
            .contains("不是整数"));
    }

    #[test]
    fn a_typed_lever_that_is_not_a_number_is_told_then_cleared() {
        let s = state().reduce(Action::SetLeverText(LeverId::Price, "abc".into()));
        let told = s.notice.clone().unwrap().text(Lang::En);
        assert!(told.contains("not a number"), "{told}");
        // A good value afterwards clears the lever's complaint.
        let s = s.reduce(Action::SetLeverText(LeverId::Price, "1.1".into()));
        assert!(s.notice.is_none());
        let s = s.reduce(Action::SetLeverText(LeverId::Price, "1,5".into()));
        assert!(s.notice.is_some(), "a decimal comma is not 15");
        assert_eq!(s.settings.levers.price, 1.1);
    }

    #[test]
    fn a_share_in_a_percent_lever_is_questioned() {
        let s = state().reduce(Action::SetLeverText(
            LeverId::ComplaintHandling,
            "0.8".into(),
        ));
        assert_eq!(
            s.settings.levers.complaint_handling,
            Levers::default().complaint_handling
        );
        assert!(s.notice.clone().unwrap().text(Lang::En).contains("80%"));
        let s = s.reduce(Action::SetLeverText(
            LeverId::ComplaintHandling,
            "0.8%".into(),
        ));
        assert!(s.notice.is_some(), "0.8% is not a number the field reads");
    }

    #[test]
    fn levers_change_within_range_and_refuse_outside_it() {
        let s = state().reduce(Action::SetLever(LeverId::Price, 1.2));
        assert_eq!(s.settings.levers.price, 1.2);
        let s = s.reduce(Action::SetLever(LeverId::Price, 7.0));
        assert_eq!(s.settings.levers.price, 1.2, "the last good value is kept");
        let n = s.notice.clone().unwrap();
        assert_eq!(n.text(Lang::En), "Price: 7 is outside 0.6–1.6; kept 1.2.");
        assert_eq!(n.text(Lang::Zh), "价格：7 超出 0.6–1.6 的范围；保留 1.2。");
        let s = s.reduce(Action::ResetLever(LeverId::Price));
        assert_eq!(s.settings.levers.price, 1.0);
        let s = s.reduce(Action::SetLever(LeverId::Price, f64::NAN));
        assert_eq!(s.settings.levers.price, 1.0);
        let s = s.reduce(Action::SetLeverText(
            LeverId::ComplaintHandling,
            "85".into(),
        ));
        assert_eq!(s.settings.levers.complaint_handling, 0.85);
        let s = s.reduce(Action::SetLeverText(
            LeverId::ComplaintHandling,
            "abc".into(),
        ));
        assert_eq!(s.settings.levers.complaint_handling, 0.85);
        assert_eq!(
            s.notice.clone().unwrap().text(Lang::En),
            "Complaint handling: “abc” is not a number; kept 85."
        );
    }

    #[test]
    fn month_cursor_and_playback() {
        let s = state();
        assert_eq!(s.month, 36);
        let s = s.reduce(Action::TogglePlay);
        assert!(s.playing && s.month == 1, "play from the end starts over");
        let s = s.reduce(Action::Tick).reduce(Action::Tick);
        assert_eq!(s.month, 3);
        let s = s.reduce(Action::StepMonth(-10));
        assert_eq!(s.month, 1);
        let s = s.reduce(Action::SetMonth(99));
        assert_eq!(s.month, 36);
        assert!(!s.playing);
        let s = s.reduce(Action::SetMonths(12));
        assert_eq!(s.month, 12);
        let mut s = s.reduce(Action::SetMonth(11)).reduce(Action::TogglePlay);
        for _ in 0..5 {
            s = s.reduce(Action::Tick);
        }
        assert_eq!(s.month, 12);
        assert!(!s.playing, "playback stops at the end");
    }

    #[test]
    fn pinning_keeps_the_settings_of_the_moment() {
        let s = state().reduce(Action::TogglePin(None));
        assert_eq!(s.baseline.as_ref(), Some(&ExploreSettings::default()));
        let s = s.reduce(Action::SetLever(LeverId::CarePhone, 2.0));
        assert_eq!(s.baseline.as_ref().unwrap().levers.retention_spend(), 5.0);
        let s = s.reduce(Action::TogglePin(None));
        assert!(s.baseline.is_none());
        // While a newer run computes, the run on screen is what gets pinned.
        let older = ExploreSettings {
            seed: 9,
            ..ExploreSettings::default()
        };
        let s2 = s.clone().reduce(Action::TogglePin(Some(older.clone())));
        assert_eq!(s2.baseline, Some(older));
        let s = s.reduce(Action::ResetAll);
        assert_eq!(s.settings, ExploreSettings::default());
    }
}
