//! The AHP loyalty-index calculator (层次分析法): the course's index system
//! (A1 perceived value, A2 satisfaction, A3 switching cost, A4 trust, three
//! sub-indicators each), pairwise judgements on Saaty's 1–9 scale, weights
//! from the principal eigenvector, λmax, CI, RI and CR with a warning above
//! 0.1, and the weighted loyalty score of a customer profile.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::concepts::ahp::{scale, show_judgement, Judgements, Priorities, CR_LIMIT, RANDOM_INDEX};
use crate::concepts::loyalty_index::{IndexJudgements, Words, CRITERIA};
use crate::i18n::Lang;
use crate::ui::prefs::use_prefs;

fn word(w: &Words, l: Lang) -> String {
    format!("{} {}", w.code, l.pick(w.en, w.zh))
}

/// One judgement matrix: the upper triangle as menus, the rest shown.
fn matrix(
    l: Lang,
    id: &str,
    names: &[String],
    codes: &[&str],
    upper: &[f64],
    on_change: Callback<(usize, f64)>,
) -> Html {
    let n = names.len();
    let rows = Judgements::from_upper(n, upper)
        .map(|j| j.rows().to_vec())
        .unwrap_or_default();
    let mut k = 0;
    let mut index = vec![vec![None; n]; n];
    for (i, row) in index.iter_mut().enumerate() {
        for cell in row.iter_mut().skip(i + 1) {
            *cell = Some(k);
            k += 1;
        }
    }
    html! {
        <div class="table-wrap">
            <table class="figures ahp-matrix" id={id.to_string()}>
                <thead><tr><th></th>{ for codes.iter().zip(names).map(|(c, n)| html! { <th scope="col" title={n.clone()}>{ *c }</th> }) }</tr></thead>
                <tbody>
                    { for (0..n).map(|i| html! {
                        <tr>
                            <th scope="row">{ names[i].clone() }</th>
                            { for (0..n).map(|j| match index[i][j] {
                                Some(k) => {
                                    let on_change = on_change.clone();
                                    let label = l.tf("ahp.judgement.label", &[("a", &names[i]), ("b", &names[j])]);
                                    html! {
                                        <td>
                                            <select id={format!("{id}-{i}-{j}")} aria-label={label}
                                                onchange={Callback::from(move |e: Event| {
                                                    let s: HtmlSelectElement = e.target_unchecked_into();
                                                    if let Ok(v) = s.value().parse::<f64>() { on_change.emit((k, v)); }
                                                })}>
                                                { for scale().into_iter().map(|v| html! {
                                                    <option value={v.to_string()} selected={(v - upper[k]).abs() < 1e-9}>{ show_judgement(v) }</option>
                                                }) }
                                            </select>
                                        </td>
                                    }
                                }
                                None => html! {
                                    <td class="derived">{ rows.get(i).and_then(|r| r.get(j)).map(|v| show_judgement(*v)).unwrap_or_default() }</td>
                                },
                            }) }
                        </tr>
                    }) }
                </tbody>
            </table>
        </div>
    }
}

/// Weights and the consistency check of one matrix.
fn verdict(l: Lang, id: &str, names: &[String], p: &Priorities) -> Html {
    let ok = p.consistent();
    html! {
        <div class={classes!("ahp-result", if ok { "consistent" } else { "inconsistent" })} id={format!("{id}-result")}>
            <ul class="weights">
                { for names.iter().zip(&p.weights).map(|(n, w)| html! {
                    <li>
                        <span class="weight-name">{ n.clone() }</span>
                        <progress class="bar" max="1" value={format!("{w:.4}")} aria-hidden="true"></progress>
                        <span class="weight-value">{ format!("{:.3}", w) }</span>
                    </li>
                }) }
            </ul>
            <p class="consistency" id={format!("{id}-consistency")}>
                { format!("λmax = {:.3} · CI = {:.3} · RI = {:.2} · CR = {:.3}", p.lambda_max, p.ci, p.ri, p.cr) }
            </p>
            if ok {
                <p class="verdict good">{ l.tf("ahp.consistent", &[("limit", &CR_LIMIT.to_string())]) }</p>
            } else {
                <p class="verdict bad" role="alert">{ l.tf("ahp.inconsistent", &[("cr", &format!("{:.3}", p.cr)), ("limit", &CR_LIMIT.to_string())]) }</p>
            }
        </div>
    }
}

#[function_component(AhpCalculator)]
pub fn ahp_calculator() -> Html {
    let l = use_prefs().lang;
    let judgements = use_state(IndexJudgements::default);
    let profile = use_state(|| [[70.0_f64; 3]; 4]);
    let weights = judgements.weights();
    let criteria_names: Vec<String> = CRITERIA.iter().map(|c| word(&c.words, l)).collect();

    let on_criteria = {
        let judgements = judgements.clone();
        Callback::from(move |(k, v): (usize, f64)| {
            let mut j = (*judgements).clone();
            j.criteria[k] = v;
            judgements.set(j);
        })
    };
    let on_sub = |c: usize| {
        let judgements = judgements.clone();
        Callback::from(move |(k, v): (usize, f64)| {
            let mut j = (*judgements).clone();
            j.subs[c][k] = v;
            judgements.set(j);
        })
    };
    let on_score = |i: usize, j: usize| {
        let profile = profile.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Ok(v) = input.value().trim().parse::<f64>() {
                if v.is_finite() {
                    let mut p = *profile;
                    p[i][j] = v.clamp(0.0, 100.0);
                    profile.set(p);
                }
            }
        })
    };
    let on_reset = {
        let (judgements, profile) = (judgements.clone(), profile.clone());
        Callback::from(move |_: MouseEvent| {
            judgements.set(IndexJudgements::default());
            profile.set([[70.0; 3]; 4]);
        })
    };

    let Ok(w) = weights else {
        // Unreachable with the menus (every value is on the scale), kept
        // so a bad state shows a message, never a panic.
        return html! { <p class="notice" role="alert">{ l.t("ahp.bad_matrix") }</p> };
    };
    let scores = w.criterion_scores(&profile);
    let total = w.score(&profile);

    html! {
        <div class="tool ahp-tool" id="ahp-calculator">
            <h2>{ l.t("ahp.title") }</h2>
            <p class="page-lead">{ l.t("ahp.lead") }</p>
            <p class="field-help">{ l.t("ahp.scale.help") }</p>
            <button id="ahp-reset" onclick={on_reset}>{ l.t("ahp.reset") }</button>

            <section aria-labelledby="ahp-criteria-heading">
                <h3 id="ahp-criteria-heading">{ l.t("ahp.criteria") }</h3>
                { matrix(l, "ahp-criteria", &criteria_names, &CRITERIA.map(|c| c.words.code), &judgements.criteria, on_criteria) }
                { verdict(l, "ahp-criteria", &criteria_names, &w.criteria) }
            </section>

            <section aria-labelledby="ahp-subs-heading">
                <h3 id="ahp-subs-heading">{ l.t("ahp.subs") }</h3>
                <div class="ahp-subs">
                    { for CRITERIA.iter().enumerate().map(|(c, crit)| {
                        let names: Vec<String> = crit.subs.iter().map(|s| word(s, l)).collect();
                        let id = format!("ahp-sub-{c}");
                        html! {
                            <div class="ahp-sub">
                                <h4>{ word(&crit.words, l) }</h4>
                                { matrix(l, &id, &names, &crit.subs.map(|s| s.code), &judgements.subs[c], on_sub(c)) }
                                { verdict(l, &id, &names, &w.subs[c]) }
                            </div>
                        }
                    }) }
                </div>
            </section>

            <section aria-labelledby="ahp-profile-heading">
                <h3 id="ahp-profile-heading">{ l.t("ahp.profile") }</h3>
                <p class="field-help">{ l.t("ahp.profile.help") }</p>
                <div class="table-wrap">
                    <table class="figures ahp-profile" id="ahp-profile">
                        <thead><tr>
                            <th scope="col">{ l.t("ahp.indicator") }</th>
                            <th scope="col">{ l.t("ahp.global_weight") }</th>
                            <th scope="col">{ l.t("ahp.score") }</th>
                        </tr></thead>
                        <tbody>
                            { for CRITERIA.iter().enumerate().flat_map(|(i, crit)| {
                                let on_score = &on_score;
                                let profile = &profile;
                                let w = &w;
                                crit.subs.iter().enumerate().map(move |(j, s)| {
                                    let id = format!("ahp-score-{i}-{j}");
                                    html! {
                                        <tr>
                                            <th scope="row"><label for={id.clone()}>{ word(s, l) }</label></th>
                                            <td>{ format!("{:.3}", w.global(i, j)) }</td>
                                            <td><input type="number" min="0" max="100" step="1" id={id}
                                                value={format!("{}", profile[i][j])} onchange={on_score(i, j)} /></td>
                                        </tr>
                                    }
                                })
                            }) }
                        </tbody>
                    </table>
                </div>
                <ul class="criterion-scores">
                    { for CRITERIA.iter().zip(scores).map(|(c, s)| html! {
                        <li>{ word(&c.words, l) }{ l.t("common.colon") }{ format!("{s:.1}") }{ " " }{ l.t("unit.points") }</li>
                    }) }
                </ul>
                <p class="big-number" id="ahp-loyalty">{ format!("{total:.1}") }{ " " }<span class="unit">{ l.t("unit.points") }</span></p>
                <p class="field-help">{ l.t("ahp.loyalty.help") }</p>
                if !w.consistent() {
                    <p class="verdict bad">{ l.t("ahp.score_warning") }</p>
                }
            </section>

            <details class="ri-table">
                <summary>{ l.t("ahp.ri_table") }</summary>
                <table class="figures">
                    <tr><th scope="row">{ "n" }</th>{ for (1..=RANDOM_INDEX.len()).map(|n| html! { <td>{ n }</td> }) }</tr>
                    <tr><th scope="row">{ "RI" }</th>{ for RANDOM_INDEX.iter().map(|r| html! { <td>{ format!("{r:.2}") }</td> }) }</tr>
                </table>
            </details>
        </div>
    }
}
