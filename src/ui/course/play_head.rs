//! The head of a run being played: the assignment, the round, the score so
//! far and the limits.

use std::rc::Rc;

use yew::prelude::*;

use super::words;
use crate::coursework::{Assignment, Results};
use crate::i18n::Lang;
use crate::ui::format::money_span;

#[derive(Properties, PartialEq)]
pub struct PlayHeadProps {
    pub lang: Lang,
    pub assignment: Rc<Assignment>,
    pub results: Results,
    /// The round to play next, or `None` when every round is played.
    pub round: Option<u32>,
    /// Whether the saved results equal their replay.
    pub matches_replay: bool,
}

#[function_component(PlayHead)]
pub fn play_head(p: &PlayHeadProps) -> Html {
    let (l, a, results) = (p.lang, &p.assignment, &p.results);
    html! {
        <section class="play-head" aria-labelledby="play-title">
            <h2 id="play-title">{ a.title.get(l) }</h2>
            <p class="meta" id="round-status">{ match p.round {
                Some(r) => {
                    let (first, last) = a.round_span(r);
                    l.tf(if first == last { "course.round_of_one" } else { "course.round_of" }, &[
                        ("round", &r.to_string()), ("rounds", &a.rounds.to_string()),
                        ("first", &first.to_string()), ("last", &last.to_string()),
                    ])
                }
                None => l.tf("course.all_played", &[("rounds", &a.rounds.to_string())]),
            } }</p>
            <p class="score" id="score">
                { l.t("course.score") }{ l.t("common.colon") }
                <strong>{ money_span(results.score, l) }</strong>
                <span class="field-help">{ " " }{ words::score_rule(l, a.scoring.metric, a.scoring.penalty) }</span>
            </p>
            { super::figures::limits_view(l, results) }
            if !p.matches_replay {
                <p class="notice" role="status">{ l.t("course.msg_saved_differs") }</p>
            }
        </section>
    }
}
