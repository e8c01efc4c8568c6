//! The Explore page's state: plain data, an `Action` per thing a user can do,
//! and `impl Reducible`. No DOM here.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::Lang;
use crate::sim::validation::fmt_num;
use crate::sim::{LeverId, RetentionTargeting, ValidationError};

use crate::sim::validation::shorten;
use crate::ui::format::{display_scale, read_lever_text, TypedLever};
use crate::ui::keys;
use crate::ui::run::ExploreSettings;

/// A message for the user, worded when shown so it follows the language.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub key: &'static str,
    pub args: Vec<(&'static str, String)>,
    /// Arguments that are string-table keys, worded when shown (a lever's
    /// name follows a language switch).
    pub keys: Vec<(&'static str, &'static str)>,
    /// A validation problem, told in the user's language as `{detail}`.
    pub detail: Option<ValidationError>,
    /// Fields named by their on-screen labels as `{fields}` (a link cut
    /// short names those it lacked).
    pub fields: Vec<String>,
}

impl Notice {
    pub fn new(key: &'static str) -> Self {
        Notice {
            key,
            args: Vec::new(),
            keys: Vec::new(),
            detail: None,
            fields: Vec::new(),
        }
    }

    /// A notice with a validation problem as its `{detail}`.
    pub fn with_detail(key: &'static str, detail: ValidationError) -> Self {
        Notice {
            detail: Some(detail),
            ..Notice::new(key)
        }
    }

    /// Whether the notice is about lever `id`'s value.
    pub fn is_about(&self, id: LeverId) -> bool {
        self.keys.iter().any(|(_, k)| *k == lever_key(id))
    }

    pub fn text(&self, lang: Lang) -> String {
        let mut args: Vec<(&str, String)> =
            self.args.iter().map(|(k, v)| (*k, v.clone())).collect();
        args.extend(
            self.keys
                .iter()
                .map(|(k, key)| (*k, lang.t(key).to_string())),
        );
        if let Some(e) = &self.detail {
            args.push(("detail", crate::ui::messages::describe(lang, e)));
        }
        if !self.fields.is_empty() {
            let names: Vec<String> = self
                .fields
                .iter()
                .map(|f| crate::ui::messages::field_label(lang, f))
                .collect();
            args.push(("fields", names.join(lang.t("list_sep"))));
        }
        let refs: Vec<(&str, &str)> = args.iter().map(|(k, v)| (*k, v.as_str())).collect();
        lang.tf(self.key, &refs)
    }
}

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
    SetSeed(u64),
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

/// A notice about lever `id`'s value: the lever's name (in the reader's
/// language) fills `{name}`.
fn lever_notice(key: &'static str, id: LeverId, args: Vec<(&'static str, String)>) -> Notice {
    Notice {
        key,
        args,
        keys: vec![("name", lever_key(id))],
        detail: None,
        fields: Vec::new(),
    }
}

/// The translation key of a lever's name.
fn lever_key(id: LeverId) -> &'static str {
    keys::lever(id).label
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
                    s.notice = Some(lever_notice(
                        "msg_invalid_value",
                        id,
                        vec![
                            ("value", fmt_num(value)),
                            ("min", fmt_num(spec.min)),
                            ("max", fmt_num(spec.max)),
                            ("kept", fmt_num(s.settings.levers.get(id))),
                        ],
                    ));
                }
            }
            Action::SetLeverText(id, text) => {
                let spec = id.spec();
                let scale = display_scale(id);
                let kept = fmt_num(s.settings.levers.get(id) * scale);
                let range = |key, value: String| {
                    lever_notice(
                        key,
                        id,
                        vec![
                            ("value", value),
                            ("min", fmt_num(spec.min * scale)),
                            ("max", fmt_num(spec.max * scale)),
                            ("kept", kept.clone()),
                        ],
                    )
                };
                match read_lever_text(id, &text) {
                    TypedLever::Value(v) => {
                        s.settings.levers.set(id, v);
                        // A good value ends the lever's own complaint.
                        if s.notice.as_ref().is_some_and(|n| n.is_about(id)) {
                            s.notice = None;
                        }
                    }
                    TypedLever::ShareInPercent(percent) => {
                        s.notice = Some(lever_notice(
                            "msg_did_you_mean_percent",
                            id,
                            vec![
                                ("value", text.trim().to_string()),
                                ("percent", fmt_num(percent)),
                                ("kept", kept.clone()),
                            ],
                        ))
                    }
                    TypedLever::OutOfRange(_) => {
                        s.notice = Some(range("msg_invalid_value", shorten(text.trim())))
                    }
                    TypedLever::NotANumber => {
                        s.notice = Some(range("msg_not_a_number", shorten(text.trim())))
                    }
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
    use crate::sim::Levers;

    fn state() -> Rc<ExploreState> {
        Rc::new(ExploreState::new(ExploreSettings::default()))
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
        let s = s.reduce(Action::SetLever(LeverId::RetentionSpend, 12.0));
        assert_eq!(s.baseline.as_ref().unwrap().levers.retention_spend, 5.0);
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
