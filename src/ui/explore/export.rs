//! The results as files: the monthly series and the customers at the end of
//! the run, as CSV with headers in the reader's language.

use std::rc::Rc;

use yew::prelude::*;

use crate::i18n::{columns, Lang};
use crate::ui::run::ExploreRun;
use crate::ui::{download, keys};

/// The monthly series, one row per month.
fn save_series(run: &ExploreRun, lang: Lang) {
    let csv =
        crate::export::monthly_csv_with_headers(&run.run.months, |n| columns::header(lang, n));
    if let Err(e) = download::save_csv("crm-lab-monthly.csv", &csv) {
        gloo::console::error!(e);
    }
}

/// Every person in the market at the end of the run, one row each.
fn save_customers(run: &ExploreRun, lang: Lang) {
    let header = match lang {
        Lang::En => crate::export::CUSTOMER_COLUMNS,
        Lang::Zh => columns::CUSTOMER_ZH,
    };
    let population = match run.final_population() {
        Ok(p) => p,
        Err(e) => {
            gloo::console::error!(e.to_string());
            return;
        }
    };
    // The categories in the page's words: a Chinese table of Chinese
    // columns holds 价值寻求者 and 成熟期, not value_seekers and maturity.
    let segment = move |name: &str| match keys::segment(name) {
        Some(k) => lang.t(k).to_string(),
        None => name.to_string(),
    };
    let stage = move |s| lang.t(keys::stage(s)).to_string();
    let band = move |b: crate::sim::Band| lang.t(keys::BANDS[b as usize]).to_string();
    let tier = move |t| lang.t(keys::tier(t)).to_string();
    let quadrant = move |q| lang.t(keys::quadrant(q)).to_string();
    let loyalty_type = move |t| lang.t(keys::loyalty_type(t)).to_string();
    let words = crate::export::CustomerWords {
        segment: &segment,
        stage: &stage,
        band: &band,
        tier: &tier,
        quadrant: &quadrant,
        loyalty_type: &loyalty_type,
    };
    let market = crate::sim::loyalty_types::Market::of(&run.run.scenario, &run.settings.levers);
    let csv = crate::export::customers_csv_with(
        &run.run.scenario,
        population.customers(),
        &market,
        &header,
        &words,
    );
    if let Err(e) = download::save_csv("crm-lab-customers.csv", &csv) {
        gloo::console::error!(e);
    }
}

#[derive(Properties, PartialEq)]
pub struct ExportButtonsProps {
    pub lang: Lang,
    pub run: Rc<ExploreRun>,
}

#[function_component(ExportButtons)]
pub fn export_buttons(p: &ExportButtonsProps) -> Html {
    let l = p.lang;
    let on = |save: fn(&ExploreRun, Lang)| {
        let run = p.run.clone();
        Callback::from(move |_: MouseEvent| save(&run, l))
    };
    html! {
        <section class="export" aria-labelledby="export-heading">
            <h2 id="export-heading">{ l.t("export.heading") }</h2>
            <button id="export-series" onclick={on(save_series)}>{ l.t("export.series") }</button>
            <button id="export-customers" onclick={on(save_customers)}>{ l.t("export.customers") }</button>
        </section>
    }
}
