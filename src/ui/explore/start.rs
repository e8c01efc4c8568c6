//! The state the page opens with: a link wins, then remembered state, then
//! defaults; a lesson opens at its preset.

use super::state::{ExploreState, Notice};
use crate::lessons::{self, Lesson};
use crate::ui::browser::location_hash;
use crate::ui::run::ExploreSettings;
use crate::ui::{share, storage};

/// The state for the address and storage as they are. A bad link or bad
/// storage leaves a notice (in the language the app chose, see `app`).
pub fn initial_state() -> ExploreState {
    match share::decode(&location_hash()) {
        Ok(Some(shared)) => {
            let mut s = ExploreState::new(shared.settings);
            if let Some(m) = shared.month {
                s.month = m.clamp(1, s.settings.months);
            }
            s.baseline = shared.baseline;
            if !shared.missing.is_empty() {
                let mut n = Notice::new("msg.link_defaulted");
                n.fields = shared.missing;
                n.args.push(("cut", shared.cut.unwrap_or_default()));
                s.notice = Some(n);
            } else if shared.dropped {
                let mut n = Notice::new("msg.link_end_dropped");
                n.args.push(("cut", shared.cut.unwrap_or_default()));
                s.notice = Some(n);
            }
            s
        }
        Err(e) => {
            // A link that cannot be read changes nothing: the page shows
            // what it remembers (so the next save writes the same), or the
            // defaults.
            let remembered = storage::load().ok().flatten().map(|r| r.settings);
            let key = if remembered.is_some() {
                "msg.link_invalid_kept"
            } else {
                "msg.link_invalid"
            };
            let mut s = ExploreState::new(remembered.unwrap_or_default());
            s.notice = Some(Notice::with_detail(key, e));
            s
        }
        Ok(None) => match storage::load() {
            Ok(Some(r)) => ExploreState::new(r.settings),
            Ok(None) => ExploreState::new(ExploreSettings::default()),
            Err(problem) => {
                let mut s = ExploreState::new(ExploreSettings::default());
                if problem != storage::StorageProblem::Unavailable {
                    s.notice = Some(Notice::new(problem.message_key()));
                }
                s
            }
        },
    }
}

/// A lesson's starting state: its preset, at [`lessons::OPENS_AT_MONTH`].
pub fn lesson_state(lesson: &Lesson) -> ExploreState {
    let settings = ExploreSettings {
        scenario: lesson.preset.scenario.to_string(),
        levers: lesson.preset.levers(),
        ..ExploreSettings::default()
    };
    let mut s = ExploreState::new(settings);
    s.month = lessons::OPENS_AT_MONTH;
    s
}
