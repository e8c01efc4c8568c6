//! KPI cards: a number with its unit and a one-line meaning.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct KpiCardProps {
    /// The KPI's name.
    pub label: AttrValue,
    /// The value, formatted.
    pub value: AttrValue,
    /// The unit shown after the value (may be empty, e.g. for percentages).
    pub unit: AttrValue,
    /// One line on what the number means.
    pub help: AttrValue,
    /// A stable name for tests and styling.
    pub id: AttrValue,
}

#[function_component(KpiCard)]
pub fn kpi_card(props: &KpiCardProps) -> Html {
    html! {
        <div class="kpi" data-kpi={props.id.clone()} title={props.help.clone()}>
            <div class="kpi-label">{ props.label.clone() }</div>
            <div class="kpi-value">
                <span class="kpi-number">{ props.value.clone() }</span>
                if !props.unit.is_empty() {
                    <span class="kpi-unit">{ " " }{ props.unit.clone() }</span>
                }
            </div>
            <div class="kpi-help">{ props.help.clone() }</div>
        </div>
    }
}
