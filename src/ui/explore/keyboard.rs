//! The page's keyboard shortcuts (space plays, ←/→ step a month, b pins the
//! baseline, ? lists them, Escape closes a dialog) and the dialog that lists
//! them.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::KeyboardEvent;
use yew::prelude::*;

use super::state::{Action, ExploreState};
use crate::i18n::Lang;
use crate::ui::browser::window;
use crate::ui::run::ExploreSettings;

/// Whether a key pressed in `target` belongs to a form control (typing in a
/// field, pressing a button) rather than to the page.
fn in_field(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().as_str(),
                "INPUT" | "SELECT" | "TEXTAREA" | "BUTTON"
            )
        })
}

/// Listens for the shortcuts while the page is open. `on_screen` holds the
/// settings of the run on screen (what `b` pins).
#[hook]
pub fn use_shortcuts(
    state: &UseReducerHandle<ExploreState>,
    on_screen: &Rc<RefCell<Option<ExploreSettings>>>,
) {
    // The listener outlives renders: it reads the dialog's state here.
    let shortcuts_open = use_mut_ref(|| false);
    *shortcuts_open.borrow_mut() = state.show_shortcuts;
    let state = state.clone();
    let on_screen = on_screen.clone();
    use_effect_with((), move |_| {
        let listener = window().and_then(|w| w.document()).map(|doc| {
            // Not passive: the shortcuts prevent the default (space scrolls).
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&doc, "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if e.ctrl_key() || e.meta_key() || e.alt_key() {
                    return;
                }
                let action = match e.key().as_str() {
                    "Escape" => {
                        state.dispatch(Action::ShowShortcuts(false));
                        Some(Action::ShowShare(false))
                    }
                    _ if in_field(e.target()) => None,
                    " " => Some(Action::TogglePlay),
                    "ArrowLeft" => Some(Action::StepMonth(-1)),
                    "ArrowRight" => Some(Action::StepMonth(1)),
                    "b" | "B" => Some(Action::TogglePin(on_screen.borrow().clone())),
                    "?" => Some(Action::ShowShortcuts(!*shortcuts_open.borrow())),
                    _ => None,
                };
                if let Some(a) = action {
                    e.prevent_default();
                    state.dispatch(a);
                }
            })
        });
        move || drop(listener)
    });
}

#[derive(Properties, PartialEq)]
pub struct ShortcutsDialogProps {
    pub lang: Lang,
    pub on_close: Callback<()>,
}

/// The list of shortcuts, in a modal dialog.
#[function_component(ShortcutsDialog)]
pub fn shortcuts_dialog(p: &ShortcutsDialogProps) -> Html {
    let l = p.lang;
    html! {
        <div class="dialog-backdrop">
            <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" id="shortcuts-dialog">
                <h2 id="shortcuts-title">{ l.t("shortcuts.title") }</h2>
                <p>{ l.t("shortcuts.list") }</p>
                <button class="close" autofocus=true onclick={p.on_close.reform(|_| ())}>{ l.t("common.close") }</button>
            </div>
        </div>
    }
}
