//! What the lever controls do to a draft of decisions (a coursework round,
//! a league team's round, the league's hot seat): a slider or a typed value
//! (questioned when out of range or not a number), a reset to the levers
//! in force, and the retention targeting.

use yew::prelude::*;

use crate::sim::{LeverId, Levers, RetentionTargeting};
use crate::ui::messages::{typed_lever, Notice};

/// What the lever controls do to the draft: a slider or a typed value
/// (questioned when out of range or not a number), a reset to the levers
/// in force, and the retention targeting.
pub struct DraftHandlers {
    pub on_lever: Callback<(LeverId, f64)>,
    pub on_lever_text: Callback<(LeverId, String)>,
    pub on_reset: Callback<LeverId>,
    pub on_targeting: Callback<RetentionTargeting>,
}

impl DraftHandlers {
    pub fn new(
        draft: Levers,
        in_force: Levers,
        set_draft: &Callback<Levers>,
        notice: &UseStateHandle<Option<Notice>>,
    ) -> Self {
        let with = |change: fn(&mut Levers, LeverId, f64)| {
            set_draft.reform(move |(lever, v): (LeverId, f64)| {
                let mut levers = draft;
                change(&mut levers, lever, v);
                levers
            })
        };
        let on_lever_text = {
            let (set_draft, notice) = (set_draft.clone(), notice.clone());
            Callback::from(move |(lever, text): (LeverId, String)| {
                match typed_lever(lever, &text, draft.get(lever)) {
                    Ok(v) => {
                        // A good value ends the lever's own complaint.
                        if notice.as_ref().is_some_and(|n| n.is_about(lever)) {
                            notice.set(None);
                        }
                        let mut levers = draft;
                        levers.set(lever, v);
                        set_draft.emit(levers);
                    }
                    Err(n) => notice.set(Some(n)),
                }
            })
        };
        DraftHandlers {
            on_lever: with(|l, lever, v| {
                let spec = lever.spec();
                l.set(lever, v.clamp(spec.min, spec.max))
            }),
            on_lever_text,
            on_reset: set_draft.reform(move |lever: LeverId| {
                let mut levers = draft;
                levers.set(lever, in_force.get(lever));
                levers
            }),
            on_targeting: set_draft.reform(move |t: RetentionTargeting| Levers {
                retention_targeting: t,
                ..draft
            }),
        }
    }
}
