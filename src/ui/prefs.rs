//! The reader's preferences, shared by every page: the interface language
//! and projector mode. Plain data with its `Action`s and reducer, given to
//! the pages as a yew context, and remembered in localStorage.

use std::rc::Rc;

use gloo::storage::{LocalStorage, Storage};
use serde::{Deserialize, Serialize};
use yew::prelude::*;

use crate::i18n::Lang;

/// The key under which preferences are kept.
pub const KEY: &str = "crm-lab/prefs/v1";

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Prefs {
    pub lang: Lang,
    /// Larger type, thicker lines, more contrast: for a projector.
    pub projector: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PrefsAction {
    SetLang(Lang),
    ToggleProjector,
}

impl Reducible for Prefs {
    type Action = PrefsAction;

    fn reduce(self: Rc<Self>, action: PrefsAction) -> Rc<Self> {
        let mut p = *self;
        match action {
            PrefsAction::SetLang(l) => p.lang = l,
            PrefsAction::ToggleProjector => p.projector = !p.projector,
        }
        Rc::new(p)
    }
}

/// What pages receive: the preferences and a way to change them.
pub type PrefsHandle = UseReducerHandle<Prefs>;

/// The preferences of the page being rendered (inside the app's provider).
#[hook]
pub fn use_prefs() -> PrefsHandle {
    use_context::<PrefsHandle>().expect("pages are rendered inside the preferences provider")
}

/// The remembered preferences, if any could be read.
pub fn load() -> Option<Prefs> {
    LocalStorage::get::<Prefs>(KEY).ok()
}

/// Remembers the preferences; storage problems are reported by the pages
/// that save work, so a failure here is silent.
pub fn save(p: &Prefs) {
    let _ = LocalStorage::set(KEY, p);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_change_one_thing() {
        let p = Rc::new(Prefs {
            lang: Lang::Zh,
            projector: false,
        });
        let p = p.reduce(PrefsAction::SetLang(Lang::En));
        assert_eq!(p.lang, Lang::En);
        assert!(!p.projector);
        let p = p.reduce(PrefsAction::ToggleProjector);
        assert!(p.projector);
        assert_eq!(p.lang, Lang::En);
    }
}
