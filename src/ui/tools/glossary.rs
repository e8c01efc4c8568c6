//! The glossary page: every term of the course in the reader's language,
//! with its name in the other language beside it (students read the
//! textbook in one and the slides in the other). `#glossary/<term>` opens the
//! page at that term, framed; the explanations of KPI cards and levers link
//! here.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::concepts::glossary::{by_id, TERMS};
use crate::concepts::terms::{Group, NAMES};
use crate::i18n::Lang;
use crate::ui::prefs::use_prefs;
use crate::ui::route::{LearnRoute, Route};

#[derive(Properties, PartialEq)]
pub struct GlossaryProps {
    /// The term asked for by the link, if any.
    #[prop_or_default]
    pub term: Option<String>,
}

fn lang_tag(l: Lang) -> &'static str {
    l.tag()
}

#[function_component(Glossary)]
pub fn glossary(p: &GlossaryProps) -> Html {
    let l = use_prefs().lang;
    let known = p.term.as_deref().and_then(by_id).map(|t| t.id);
    // The search box: terms whose name or explanation, in either language,
    // holds the query.
    let query = use_state(String::new);
    let q = query.trim().to_lowercase();
    let shown: Vec<_> = TERMS.iter().filter(|t| t.matches(&q)).collect();
    let on_query = {
        let query = query.clone();
        Callback::from(move |e: InputEvent| {
            let i: HtmlInputElement = e.target_unchecked_into();
            query.set(i.value());
        })
    };
    // Bring the asked-for term into view once the page is drawn.
    use_effect_with(known, |known| {
        if let Some(id) = known {
            if let Some(el) = crate::ui::browser::window()
                .and_then(|w| w.document())
                .and_then(|d| d.get_element_by_id(&format!("term-{id}")))
            {
                el.scroll_into_view();
            }
        }
    });
    html! {
        <div class="tool glossary" id="glossary">
            <h2>{ l.t("glossary.title") }</h2>
            <p class="page-lead">{ l.t("glossary.lead") }</p>
            if let (Some(asked), None) = (&p.term, known) {
                <div class="notice" role="alert" id="notice">
                    <span>{ l.tf("glossary.unknown", &[("term", &crate::sim::validation::shorten(asked))]) }</span>
                </div>
            }
            <div class="field glossary-search">
                <label for="glossary-search">{ l.t("glossary.search") }</label>
                <input type="search" id="glossary-search" value={(*query).clone()} oninput={on_query}
                    aria-describedby="glossary-search-help" autocomplete="off" />
                <div class="field-help" id="glossary-search-help" role="status" aria-live="polite">
                    { if q.is_empty() {
                        l.t("glossary.search.help").to_string()
                    } else {
                        l.tf("glossary.search_count", &[("n", &shown.len().to_string()), ("total", &TERMS.len().to_string())])
                    } }
                </div>
            </div>
            <nav class="glossary-index" aria-label={l.t("glossary.index")}>
                <ul>
                    { for TERMS.iter().map(|t| html! {
                        <li><a href={Route::Tool(crate::ui::route::Tool::Glossary(Some(t.id.to_string()))).fragment()}>{ t.name.get(l) }</a></li>
                    }) }
                </ul>
            </nav>
            <dl class="glossary-terms">
                { for shown.iter().map(|t| {
                    let other = l.other();
                    html! {
                        <div class={classes!("term", (known == Some(t.id)).then_some("highlight"))}
                            id={format!("term-{}", t.id)} tabindex="-1">
                            <dt>
                                <span class="term-name">{ t.name.get(l) }</span>
                                { " " }
                                <span class="term-other" lang={lang_tag(other)}>{ t.name.get(other) }</span>
                            </dt>
                            <dd>{ t.explain.get(l) }</dd>
                        </div>
                    }
                }) }
            </dl>
            { terminology(l, &q) }
            <p><a href={Route::Learn(LearnRoute::Home).fragment()}>{ l.t("learn.all_lessons") }</a></p>
        </div>
    }
}

/// The terminology table: every name of the course and the simulator in
/// both languages, the reader's first, group by group (filtered by the
/// search box like the terms above).
fn terminology(l: Lang, query: &str) -> Html {
    let other = l.other();
    let groups = Group::ALL.iter().filter_map(|g| {
        let rows: Vec<_> = NAMES
            .iter()
            .filter(|n| n.group == *g && n.matches(query))
            .collect();
        (!rows.is_empty()).then(|| {
            html! {
                <tbody>
                    <tr class="terms-group"><th scope="rowgroup" colspan="2">{ g.title().get(l) }</th></tr>
                    { for rows.iter().map(|n| html! {
                        <tr id={format!("name-{}", n.id)}>
                            <td lang={l.tag()}>{ n.name.get(l) }</td>
                            <td lang={other.tag()}>{ n.name.get(other) }</td>
                        </tr>
                    }) }
                </tbody>
            }
        })
    });
    html! {
        <section class="terminology" id="terminology" aria-labelledby="terminology-heading">
            <h3 id="terminology-heading">{ l.t("glossary.terms_table") }</h3>
            <p class="field-help">{ l.t("glossary.terms_table.help") }</p>
            <div class="table-wrap">
                <table class="figures terms-table">
                    <thead><tr>
                        <th scope="col">{ l.t("glossary.col_this_language") }</th>
                        <th scope="col">{ l.t("glossary.col_other_language") }</th>
                    </tr></thead>
                    { for groups }
                </table>
            </div>
        </section>
    }
}
