//! The editor's sections, one component each: the texts in both
//! languages, the market, the rounds, the start levers, and the limits and
//! scoring. Each shows the draft and sends its changes as edits.

use std::rc::Rc;

use yew::prelude::*;

use super::fields::{field, input, optional, text_area, value_of, EditFn, Sink};
use crate::coursework::assignment::ROUND_MONTHS;
use crate::coursework::{Assignment, Metric};
use crate::i18n::Lang;
use crate::sim::{LeverId, RetentionTargeting, Scenario, BUILT_IN};
use crate::ui::controls::lever_slider::show;
use crate::ui::course::words;
use crate::ui::format::display_scale;
use crate::ui::keys;

/// What every section gets: the draft, and where its edits and notices go.
#[derive(Properties, PartialEq)]
pub struct SectionProps {
    pub lang: Lang,
    pub assignment: Rc<Assignment>,
    pub sink: Sink,
}

/// The identifier, title, chapter and brief in both languages.
#[function_component(Texts)]
pub fn texts(p: &SectionProps) -> Html {
    let (l, a) = (p.lang, &p.assignment);
    let field = |f: fn(&mut Assignment, String)| field(&p.sink.on_edit, f);
    html! {
        <fieldset>
            <legend>{ l.t("ed.texts") }</legend>
            { input("ed-id", l.t("ed.field.id"), "", a.id.clone(), field(|a, t| a.id = t.trim().into()), "text") }
            <div class="two-languages">
                { input("ed-title-zh", l.t("ed.title_zh"), "", a.title.zh.clone(), field(|a, t| a.title.zh = t), "text") }
                { input("ed-title-en", l.t("ed.title_en"), "", a.title.en.clone(), field(|a, t| a.title.en = t), "text") }
                { input("ed-chapter-zh", l.t("ed.chapter_zh"), "", a.chapter.zh.clone(), field(|a, t| a.chapter.zh = t), "text") }
                { input("ed-chapter-en", l.t("ed.chapter_en"), "", a.chapter.en.clone(), field(|a, t| a.chapter.en = t), "text") }
                { text_area("ed-brief-zh", l.t("ed.brief_zh"), a.brief.zh.clone(), 7, field(|a, t| a.brief.zh = t)) }
                { text_area("ed-brief-en", l.t("ed.brief_en"), a.brief.en.clone(), 7, field(|a, t| a.brief.en = t)) }
            </div>
        </fieldset>
    }
}

/// The scenario and the market's settings.
#[function_component(Market)]
pub fn market(p: &SectionProps) -> Html {
    let (l, a) = (p.lang, &p.assignment);
    let on_scenario = p.sink.on_edit.reform(|e: Event| -> EditFn {
        let name = value_of(&e);
        Box::new(move |a| {
            if let Some(mut s) = Scenario::built_in(&name) {
                s.market_size = a.scenario.market_size;
                s.seed = a.scenario.seed;
                a.scenario = s;
            }
        })
    });
    html! {
        <fieldset>
            <legend>{ l.t("ed.market") }</legend>
            <div class="field">
                <label for="ed-scenario">{ l.t("market.scenario") }</label>
                <select id="ed-scenario" onchange={on_scenario}>
                    { for BUILT_IN.iter().map(|n| html! {
                        <option value={*n} selected={a.scenario.name == *n}>{ keys::scenario(n).map_or(*n, |(name, _)| l.t(name)) }</option>
                    }) }
                </select>
            </div>
            <div class="grid-fields">
                { input("ed-market", l.t("market.size"), l.t("market.size.unit"), a.scenario.market_size.to_string(), p.sink.whole("market.size", u64::from(a.scenario.market_size), |a, n| a.scenario.market_size = u32::try_from(n).unwrap_or(u32::MAX)), "number") }
                { input("ed-seed", l.t("market.seed"), "", a.scenario.seed.to_string(), p.sink.whole("market.seed", a.scenario.seed, |a, n| a.scenario.seed = n), "number") }
                { input("ed-initial", l.t("ed.field.initial_customers"), "%", show(a.scenario.initial_customers * 100.0), p.sink.number("ed.field.initial_customers", a.scenario.initial_customers, 100.0, |a, v| a.scenario.initial_customers = v), "text") }
                { input("ed-competition", l.t("ed.field.competition"), l.t("ed.unit_index"), show(a.scenario.competition), p.sink.number("ed.field.competition", a.scenario.competition, 1.0, |a, v| a.scenario.competition = v), "text") }
                { input("ed-competitor-price", l.t("ed.field.competitor_price"), l.t("lever.price.unit"), show(a.scenario.competitor_price), p.sink.number("ed.field.competitor_price", a.scenario.competitor_price, 1.0, |a, v| a.scenario.competitor_price = v), "text") }
                { input("ed-competitor-quality", l.t("ed.field.competitor_quality"), l.t("ed.unit_quality"), show(a.scenario.competitor_quality), p.sink.number("ed.field.competitor_quality", a.scenario.competitor_quality, 1.0, |a, v| a.scenario.competitor_quality = v), "text") }
            </div>
        </fieldset>
    }
}

/// How many rounds, of how many months, with how many "what if"s.
#[function_component(Rounds)]
pub fn rounds(p: &SectionProps) -> Html {
    let (l, a) = (p.lang, &p.assignment);
    html! {
        <fieldset>
            <legend>{ l.t("ed.rounds") }</legend>
            <div class="grid-fields">
                { input("ed-rounds", l.t("ed.field.rounds"), "", a.rounds.to_string(), p.sink.whole("ed.field.rounds", u64::from(a.rounds), |a, n| a.rounds = u32::try_from(n).unwrap_or(u32::MAX)), "number") }
                <div class="field">
                    <label for="ed-round-months">{ l.t("ed.field.round_months") }</label>
                    <select id="ed-round-months" onchange={p.sink.whole("ed.field.round_months", u64::from(a.round_months), |a, n| a.round_months = u32::try_from(n).unwrap_or(u32::MAX)).reform(|e: Event| value_of(&e))}>
                        { for ROUND_MONTHS.iter().map(|m| html! {
                            <option value={m.to_string()} selected={a.round_months == *m}>{ if *m == 1 { l.t("ed.months_one").to_string() } else { l.tf("ed.months_n", &[("n", &m.to_string())]) } }</option>
                        }) }
                    </select>
                </div>
                { input("ed-previews", l.t("ed.field.previews_per_round"), "", a.previews_per_round.to_string(), p.sink.whole("ed.field.previews_per_round", u64::from(a.previews_per_round), |a, n| a.previews_per_round = u32::try_from(n).unwrap_or(u32::MAX)), "number") }
            </div>
            <p class="field-help">{ l.tf("ed.horizon", &[("months", &a.months().to_string())]) }</p>
        </fieldset>
    }
}

/// The levers in force before the first round.
#[function_component(StartLevers)]
pub fn start_levers(p: &SectionProps) -> Html {
    let (l, a) = (p.lang, &p.assignment);
    // Start levers, in display units.
    let levers = LeverId::ALL.into_iter().map(|lever| {
        let apply = p.sink.number(
            keys::lever(lever).label,
            a.start_levers.get(lever),
            display_scale(lever),
            move |a, v| a.start_levers.set(lever, v),
        );
        input(
            &format!("ed-lever-{}", lever.name()),
            &words::lever_label(l, lever),
            l.t(keys::lever(lever).unit),
            show(a.start_levers.get(lever) * display_scale(lever)),
            apply,
            "text",
        )
    });
    let on_targeting = p.sink.on_edit.reform(|e: Event| -> EditFn {
        let t = RetentionTargeting::from_name(&value_of(&e)).unwrap_or_default();
        Box::new(move |a| a.start_levers.retention_targeting = t)
    });
    html! {
        <fieldset>
            <legend>{ l.t("ed.start_levers") }</legend>
            <div class="grid-fields">
                { for levers }
                <div class="field">
                    <label for="ed-targeting">{ l.t("targeting.label") }</label>
                    <select id="ed-targeting" onchange={on_targeting}>
                        { for RetentionTargeting::ALL.into_iter().map(|t| html! {
                            <option value={t.name()} selected={a.start_levers.retention_targeting == t}>{ l.t(keys::targeting(t)) }</option>
                        }) }
                    </select>
                </div>
            </div>
        </fieldset>
    }
}

/// The limits a run must keep, and how it is scored.
#[function_component(Limits)]
pub fn limits(p: &SectionProps) -> Html {
    let (l, a) = (p.lang, &p.assignment);
    let field = |f: fn(&mut Assignment, String)| field(&p.sink.on_edit, f);
    html! {
        <fieldset>
            <legend>{ l.t("ed.limits_scoring") }</legend>
            <p class="field-help">{ l.t("ed.limits.help") }</p>
            <div class="grid-fields">
                { input("ed-spend-cap", l.t("course.limit.spend_cap"), l.t("unit.yuan"), optional(a.constraints.spend_cap, 1.0), p.sink.optional("course.limit.spend_cap", a.constraints.spend_cap, 1.0, |a, v| a.constraints.spend_cap = v), "text") }
                { input("ed-sat-floor", l.t("course.limit.satisfaction_floor"), l.t("unit.points"), optional(a.constraints.satisfaction_floor, 1.0), p.sink.optional("course.limit.satisfaction_floor", a.constraints.satisfaction_floor, 1.0, |a, v| a.constraints.satisfaction_floor = v), "text") }
                { input("ed-ret-floor", l.t("course.limit.retention_floor"), "%", optional(a.constraints.retention_floor, 100.0), p.sink.optional("course.limit.retention_floor", a.constraints.retention_floor, 100.0, |a, v| a.constraints.retention_floor = v), "text") }
                <div class="field">
                    <label for="ed-metric">{ l.t("ed.field.metric") }</label>
                    <select id="ed-metric" onchange={field(|a, t| if let Some(m) = Metric::from_name(&t) { a.scoring.metric = m }).reform(|e: Event| value_of(&e))}>
                        { for Metric::ALL.iter().map(|m| html! {
                            <option value={m.name()} selected={a.scoring.metric == *m}>{ words::metric(l, *m) }</option>
                        }) }
                    </select>
                </div>
                { input("ed-penalty", l.t("ed.field.scoring_penalty"), "%", show(a.scoring.penalty * 100.0), p.sink.number("ed.field.scoring_penalty", a.scoring.penalty, 100.0, |a, v| a.scoring.penalty = v), "text") }
            </div>
        </fieldset>
    }
}
