//! The app: the header with its navigation and preferences (language,
//! projector mode, full screen), and the page the address asks for —
//! Explore, Lessons or Coursework (see `route`).

use gloo::events::EventListener;
use yew::prelude::*;

use super::course::CoursePage;
use super::explore::ExplorePage;
use super::learn::LearnHome;
use super::prefs::{self, Prefs, PrefsAction, PrefsHandle};
use super::route::{CourseRoute, LearnRoute, Route, Tool};
use super::tools::{AhpCalculator, ClvCalculator, Glossary, ValueMatrixTool};
use super::{share, storage};
use crate::i18n::Lang;

use super::browser::{location_hash, window};

fn browser_lang() -> Lang {
    window()
        .and_then(|w| w.navigator().language())
        .map(|t| Lang::from_tag(&t))
        .unwrap_or(Lang::Zh)
}

/// The preferences the app opens with: a link's language wins, then the
/// remembered preferences (or those an older save kept), then the browser's
/// language.
fn initial_prefs() -> Prefs {
    let stored = prefs::load();
    let (old_lang, old_projector) = storage::legacy_prefs();
    let lang = share::lang_of(&location_hash())
        .or(stored.map(|p| p.lang))
        .or(old_lang)
        .unwrap_or_else(browser_lang);
    let projector = stored
        .map(|p| p.projector)
        .or(old_projector)
        .unwrap_or(false);
    Prefs { lang, projector }
}

#[function_component(App)]
pub fn app() -> Html {
    let prefs = use_reducer(initial_prefs);
    let route = use_state(|| Route::parse(&location_hash()));
    // Bumped when a link is opened in Explore while Explore is on screen
    // (pasted into the address bar): the page starts again from the link.
    // The page's own address updates use the History API, which fires no
    // hashchange, so every hashchange here is the user's.
    let explore_generation = use_state(|| 0u32);
    let l = prefs.lang;

    // The page follows the address (links, Back, the navigation).
    {
        let route = route.clone();
        let generation = explore_generation.clone();
        let prefs = prefs.clone();
        use_effect_with((), move |_| {
            // Counted here: the handles' values are the first render's.
            let opened = std::cell::Cell::new(0u32);
            let listener = window().map(|w| {
                EventListener::new(&w, "hashchange", move |_| {
                    let next = Route::parse(&location_hash());
                    if next == Route::Explore {
                        opened.set(opened.get() + 1);
                        generation.set(opened.get());
                        // A link opened in the page brings its language,
                        // as it does when it opens the page.
                        if let Some(lang) = share::lang_of(&location_hash()) {
                            prefs.dispatch(PrefsAction::SetLang(lang));
                        }
                    }
                    route.set(next);
                })
            });
            move || drop(listener)
        });
    }

    // <html lang>, the title and projector mode follow the preferences,
    // which are remembered.
    use_effect_with(*prefs, move |p| {
        if let Some(doc) = window().and_then(|w| w.document()) {
            if let Some(el) = doc.document_element() {
                let _ = el.set_attribute("lang", p.lang.tag());
            }
            doc.set_title(&format!(
                "{} · {}",
                p.lang.t("app.title"),
                p.lang.t("app.subtitle")
            ));
            if let Some(body) = doc.body() {
                let _ = body
                    .class_list()
                    .toggle_with_force("projector", p.projector);
            }
        }
        prefs::save(p);
    });

    let on_lang = {
        let prefs = prefs.clone();
        Callback::from(move |_: MouseEvent| prefs.dispatch(PrefsAction::SetLang(l.other())))
    };
    let on_projector = {
        let prefs = prefs.clone();
        Callback::from(move |_: MouseEvent| prefs.dispatch(PrefsAction::ToggleProjector))
    };
    let on_fullscreen = Callback::from(|_: MouseEvent| {
        if let Some(el) = window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            let _ = el.request_fullscreen();
        }
    });
    let current = |on: bool| on.then_some("page");
    let in_course = matches!(*route, Route::Course(_));
    let in_learn = matches!(*route, Route::Learn(_) | Route::Tool(_));
    let page = match &*route {
        Route::Explore => {
            html! { <ExplorePage key={format!("explore-{}", *explore_generation)} /> }
        }
        Route::NotFound(f) => html! {
            <div class="not-found" id="not-found">
                <div class="notice" role="alert" id="notice">
                    <span>{ l.tf("msg.no_such_page", &[("fragment", f)]) }</span>
                </div>
                <p>
                    <a href="#">{ l.t("nav.explore") }</a>{ " · " }
                    <a href={Route::Learn(LearnRoute::Home).fragment()}>{ l.t("nav.learn") }</a>{ " · " }
                    <a href={Route::Course(CourseRoute::Home).fragment()}>{ l.t("nav.course") }</a>
                </p>
            </div>
        },
        Route::Course(r) => html! { <CoursePage route={r.clone()} /> },
        Route::League(r) => html! { <crate::ui::league::LeaguePage route={r.clone()} /> },
        Route::Learn(LearnRoute::Home) => html! { <LearnHome /> },
        // Keyed by the lesson, so another lesson starts afresh.
        Route::Learn(LearnRoute::Lesson(id)) if crate::lessons::by_id(id).is_some() => {
            html! { <ExplorePage key={id.clone()} lesson={Some(id.clone())} /> }
        }
        Route::Learn(LearnRoute::Lesson(id)) => html! { <LearnHome unknown={Some(id.clone())} /> },
        Route::Tool(Tool::Clv) => html! { <ClvCalculator /> },
        Route::Tool(Tool::Ahp) => html! { <AhpCalculator /> },
        Route::Tool(Tool::ValueMatrix) => html! { <ValueMatrixTool /> },
        Route::Tool(Tool::Glossary(term)) => html! { <Glossary term={term.clone()} /> },
    };
    let handle: PrefsHandle = prefs.clone();
    html! {
        <ContextProvider<PrefsHandle> context={handle}>
            <div class={classes!("app", prefs.projector.then_some("projector"))}>
                <header class="top">
                    <div class="titles">
                        <h1>{ l.t("app.title") }</h1>
                        <p class="subtitle">{ l.t("app.subtitle") }</p>
                    </div>
                    <nav class="pages" aria-label={l.t("nav.label")}>
                        <a id="nav-explore" href="#" aria-current={current(*route == Route::Explore)}>{ l.t("nav.explore") }</a>
                        <a id="nav-learn" href={Route::Learn(LearnRoute::Home).fragment()}
                            aria-current={current(in_learn)}>{ l.t("nav.learn") }</a>
                        <a id="nav-course" href={Route::Course(CourseRoute::Home).fragment()}
                            aria-current={current(in_course)}>{ l.t("nav.course") }</a>
                        <a id="nav-league" href={Route::League(crate::ui::route::LeagueRoute::Home).fragment()}
                            aria-current={current(matches!(*route, Route::League(_)))}>{ l.t("nav.league") }</a>
                    </nav>
                    <div class="tools">
                        <button id="lang-toggle" onclick={on_lang}
                            aria-label={l.t("app.switch_language.label")} lang={l.other().tag()}>{ l.t("app.switch_language") }</button>
                        <button id="projector-toggle" onclick={on_projector}
                            aria-pressed={prefs.projector.to_string()}>{ l.t("app.projector") }</button>
                        <button id="fullscreen" onclick={on_fullscreen}>{ l.t("app.fullscreen") }</button>
                    </div>
                </header>
                { page }
            </div>
        </ContextProvider<PrefsHandle>>
    }
}
