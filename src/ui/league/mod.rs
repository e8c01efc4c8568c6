//! The classroom league's pages (课堂竞赛): the lecturer's set-up
//! (`new`), the lecturer's console that enters codes and runs rounds
//! (`host`, with the hot seat for a class with one computer), the team's
//! page opened from the league link (`team`), and the printable report
//! (`report`). `views` holds what they share: the league table, market
//! shares and switching flows; `replay` replays the league for them
//! (large markets in slices, with progress).
//!
//! The lecturer's league lives in this browser (`store`); teams get it
//! through the link, which every browser replays to the same numbers.

pub mod host;
pub mod new;
pub mod replay;
pub mod report;
pub mod store;
pub mod team;
pub mod views;

use yew::prelude::*;

use crate::ui::route::LeagueRoute;

#[derive(Properties, PartialEq)]
pub struct LeaguePageProps {
    pub route: LeagueRoute,
}

/// The league page the route asks for.
#[function_component(LeaguePage)]
pub fn league_page(p: &LeaguePageProps) -> Html {
    match &p.route {
        LeagueRoute::Home => {
            if store::load().ok().flatten().is_some() {
                html! { <host::LeagueHost /> }
            } else {
                html! { <new::LeagueNew /> }
            }
        }
        LeagueRoute::New => html! { <new::LeagueNew /> },
        LeagueRoute::Host => html! { <host::LeagueHost /> },
        LeagueRoute::Report => html! { <report::LeagueReport /> },
        LeagueRoute::View { payload, team } => {
            html! { <team::LeagueView key={payload.clone()} payload={payload.clone()} team={*team} /> }
        }
    }
}

/// The address of the league link for `league`, under this page's address.
pub fn link_for(league: &crate::league::League) -> String {
    let fragment = crate::ui::route::Route::League(LeagueRoute::View {
        payload: crate::league::link::encode(league),
        team: None,
    })
    .fragment();
    match crate::ui::browser::window().and_then(|w| w.location().href().ok()) {
        Some(href) => format!("{}{fragment}", href.split('#').next().unwrap_or("")),
        None => fragment,
    }
}
