//! Component tests in headless Chromium: controls, KPI cards and the
//! share-link codec, mounted into a real DOM.
#![cfg(target_arch = "wasm32")]

use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

use crm_lab::i18n::Lang;
use crm_lab::sim::{Decisions, LeverId, Levers, Scenario};
use crm_lab::ui::controls::{lever_slider::LeverSliderProps, LeverSlider};
use crm_lab::ui::kpis::{KpiPanel, KpiPanelProps, KPIS};
use crm_lab::ui::run::ExploreSettings;
use crm_lab::ui::share;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement};
use yew::prelude::*;

wasm_bindgen_test_configure!(run_in_browser);

fn mount_point() -> Element {
    let doc = web_sys::window().unwrap().document().unwrap();
    let div = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&div).unwrap();
    div
}

async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(30)).await;
}

fn find(root: &Element, css: &str) -> Element {
    root.query_selector(css)
        .unwrap()
        .unwrap_or_else(|| panic!("{css}"))
}

#[wasm_bindgen_test]
async fn lever_slider_labels_its_range_and_reports_changes() {
    let root = mount_point();
    let typed = Rc::new(RefCell::new(Vec::<(String, String)>::new()));
    let reset = Rc::new(RefCell::new(Vec::<String>::new()));
    let touched = Rc::new(RefCell::new(Vec::<String>::new()));
    let props = LeverSliderProps {
        lever: LeverId::ComplaintHandling,
        value: 0.75,
        lang: Lang::Zh,
        on_change: Callback::noop(),
        on_text: {
            let typed = typed.clone();
            Callback::from(move |(n, v): (LeverId, String)| {
                typed.borrow_mut().push((n.name().into(), v))
            })
        },
        on_reset: {
            let reset = reset.clone();
            Callback::from(move |n: LeverId| reset.borrow_mut().push(n.name().into()))
        },
        on_focus: {
            let touched = touched.clone();
            Callback::from(move |n: LeverId| touched.borrow_mut().push(n.name().into()))
        },
        id_prefix: "",
    };
    yew::Renderer::<LeverSlider>::with_root_and_props(root.clone(), props).render();
    settle().await;
    // A label bound to the slider, in Chinese, with its unit and explanation.
    let label = find(&root, "label[for='lever-complaint_handling']");
    assert_eq!(label.text_content().unwrap(), "投诉处理");
    let range: HtmlInputElement = find(&root, "#lever-complaint_handling").dyn_into().unwrap();
    assert_eq!(range.type_(), "range");
    assert_eq!(
        (range.min(), range.max(), range.value()),
        ("0".into(), "100".into(), "75".into())
    );
    assert!(find(&root, ".lever-unit")
        .text_content()
        .unwrap()
        .contains('%'));
    assert!(!find(&root, ".lever-help")
        .text_content()
        .unwrap()
        .is_empty());
    // Typing a value reports it as text; the reset button reports the lever.
    // Focusing the slider says which lever is being touched (its
    // neighbouring values are then computed ahead).
    range.focus().unwrap();
    assert_eq!(
        touched.borrow().as_slice(),
        &["complaint_handling".to_string()]
    );
    let number: HtmlInputElement = find(&root, ".lever-number").dyn_into().unwrap();
    number.set_value("80");
    number
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    assert_eq!(
        typed.borrow().as_slice(),
        &[("complaint_handling".to_string(), "80".to_string())]
    );
    let button: HtmlElement = find(&root, "button.reset").dyn_into().unwrap();
    assert!(
        !button.has_attribute("disabled"),
        "not at the default, so resettable"
    );
    button.click();
    assert_eq!(
        reset.borrow().as_slice(),
        &["complaint_handling".to_string()]
    );
}

fn month(levers: Levers) -> crm_lab::sim::MonthReport {
    let s = Scenario {
        market_size: 1_000,
        months: 6,
        ..Scenario::default()
    };
    crm_lab::sim::run(&s, &Decisions::constant(levers))
        .unwrap()
        .months
        .pop()
        .unwrap()
}

#[wasm_bindgen_test]
async fn kpi_cards_show_units_meanings_and_differences() {
    let root = mount_point();
    let now = month(Levers {
        service_quality: 16.0,
        ..Levers::default()
    });
    let base = month(Levers::default());
    let props = KpiPanelProps {
        lang: Lang::En,
        month: now,
        baseline: Some(base),
        delta_label: None,
    };
    yew::Renderer::<KpiPanel>::with_root_and_props(root.clone(), props).render();
    settle().await;
    // No loyalty programme in either run: its cards are left out.
    let cards = root.query_selector_all(".kpi").unwrap();
    let plain: Vec<_> = KPIS.iter().filter(|k| !k.programme).collect();
    assert_eq!(cards.length() as usize, plain.len());
    assert!(root
        .query_selector("[data-kpi='members']")
        .unwrap()
        .is_none());
    for k in plain {
        let card = find(&root, &format!("[data-kpi='{}']", k.id));
        assert!(!card
            .query_selector(".kpi-help")
            .unwrap()
            .unwrap()
            .text_content()
            .unwrap()
            .is_empty());
        assert!(card.get_attribute("title").is_some());
    }
    let unit = find(&root, "[data-kpi='response_time'] .kpi-unit")
        .text_content()
        .unwrap();
    assert!(unit.contains('h'));
    // Better service: satisfaction up (good), response time down (good).
    let sat = find(&root, "[data-kpi='satisfaction'] .kpi-delta");
    assert!(sat.class_list().contains("good"), "{:?}", sat.class_name());
    assert!(sat.text_content().unwrap().starts_with('+'));
    let rt = find(&root, "[data-kpi='response_time'] .kpi-delta");
    assert!(rt.class_list().contains("good"));
    assert!(rt.text_content().unwrap().starts_with('−'));

    // A programme in the run: every card, members counted in customers, and
    // its cost a cost (a rise is bad news).
    let root = mount_point();
    let props = KpiPanelProps {
        lang: Lang::Zh,
        month: month(Levers {
            points_rate: 0.03,
            ..Levers::default()
        }),
        baseline: Some(month(Levers::default())),
        delta_label: None,
    };
    yew::Renderer::<KpiPanel>::with_root_and_props(root.clone(), props).render();
    settle().await;
    assert_eq!(
        root.query_selector_all(".kpi").unwrap().length() as usize,
        KPIS.len()
    );
    assert!(find(&root, "[data-kpi='members'] .kpi-unit")
        .text_content()
        .unwrap()
        .contains("位客户"));
    let cost = find(&root, "[data-kpi='programme_cost'] .kpi-delta");
    assert!(cost.class_list().contains("bad"), "{:?}", cost.class_name());
}

#[wasm_bindgen_test]
fn share_links_round_trip_in_the_browser() {
    let mut s = ExploreSettings::default();
    s.levers.price = 1.25;
    s.seed = 42;
    let link = share::encode(&s, Lang::Zh);
    let back = share::decode(&link).unwrap().unwrap();
    assert_eq!(back.settings, s);
    assert_eq!(back.lang, Some(Lang::Zh));
    for bad in [
        "#v=1&price=2",
        "#v=1&months=x",
        "#scenario=default",
        "#v=1&zzz=1",
        "#%%%",
    ] {
        assert!(share::decode(bad).is_err(), "{bad}");
    }
}

#[wasm_bindgen_test]
fn a_run_crosses_from_the_worker_exactly() {
    use crm_lab::ui::explore::prefetch::{message_of, unpack_message};
    use crm_lab::ui::run::compute;
    let s = ExploreSettings {
        market_size: 2_000,
        months: 8,
        ..ExploreSettings::default()
    };
    let run = compute(&s).unwrap();
    let back = unpack_message(&message_of(&run.pack())).expect("a packed run");
    assert_eq!(back.run, run.run);
    assert_eq!(back.matrix, run.matrix);
    assert!(unpack_message(&wasm_bindgen::JsValue::from_str("idle 1")).is_none());
}

/// Mounts a step's control for `goal` and returns its root and what it
/// reported.
async fn mount_step_control(
    goal: crm_lab::lessons::Goal,
    lang: Lang,
) -> (Element, Rc<RefCell<Vec<crm_lab::ui::learn::StepAct>>>) {
    use crm_lab::ui::learn::step_control::{StepControl, StepControlProps};
    let root = mount_point();
    let acts = Rc::new(RefCell::new(Vec::new()));
    let props = StepControlProps {
        lang,
        goal,
        levers: Levers::default(),
        pinned: false,
        playing: false,
        on_act: {
            let acts = acts.clone();
            Callback::from(move |a| acts.borrow_mut().push(a))
        },
    };
    yew::Renderer::<StepControl>::with_root_and_props(root.clone(), props).render();
    settle().await;
    (root, acts)
}

/// A step's own control: the targeting menu and the channel mix a step
/// asks for (with its cost), with ids of their own (the page's controls
/// keep theirs), each reporting what the learner did; the month buttons of
/// a month goal.
#[wasm_bindgen_test]
async fn a_steps_control_does_what_the_step_asks() {
    use crm_lab::lessons::Goal;
    use crm_lab::sim::RetentionTargeting;
    use crm_lab::ui::learn::StepAct;
    const AIM: Goal = Goal::Both(
        &Goal::Targeting(RetentionTargeting::TopTiers),
        &Goal::RetentionSpendAbout(20.0),
    );
    let (root, acts) = mount_step_control(AIM, Lang::En).await;
    assert!(root.query_selector("#lever-care_phone").unwrap().is_none());
    assert_eq!(
        root.query_selector_all(".lever-group.care .lever")
            .unwrap()
            .length(),
        4
    );
    assert!(find(&root, ".care-cost")
        .text_content()
        .unwrap()
        .contains("Retention spend: ¥5.00 per targeted customer per month"));
    let select: web_sys::HtmlSelectElement = find(&root, "#step-targeting").dyn_into().unwrap();
    select.set_value("top_tiers");
    select
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    let number: HtmlInputElement = find(&root, "[data-lever='care_phone'] .lever-number")
        .dyn_into()
        .unwrap();
    number.set_value("3.9");
    number
        .dispatch_event(&web_sys::Event::new("change").unwrap())
        .unwrap();
    assert!(find(&root, "label[for='step-lever-care_phone']")
        .text_content()
        .unwrap()
        .contains("Phone"));
    assert_eq!(
        acts.borrow().as_slice(),
        &[
            StepAct::Targeting(RetentionTargeting::TopTiers),
            StepAct::LeverText(LeverId::CarePhone, "3.9".into())
        ]
    );

    let (root, acts) = mount_step_control(Goal::MonthAtLeast(36), Lang::Zh).await;
    assert!(find(&root, "#step-month")
        .text_content()
        .unwrap()
        .contains("36"));
    find(&root, "#step-play")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    find(&root, "#step-month")
        .dyn_into::<HtmlElement>()
        .unwrap()
        .click();
    assert_eq!(
        acts.borrow().as_slice(),
        &[StepAct::TogglePlay, StepAct::Month(36)]
    );

    // "Exactly 1.2" is one slider, not two with the same ids.
    const EXACTLY: Goal = Goal::Both(
        &Goal::LeverAtLeast(LeverId::Price, 1.2),
        &Goal::LeverAtMost(LeverId::Price, 1.2),
    );
    let (root, _) = mount_step_control(EXACTLY, Lang::En).await;
    assert_eq!(root.query_selector_all(".lever").unwrap().length(), 1);
}

/// A step's evidence: each readout once, the learner's run beside the
/// baseline, valued from the runs themselves; and the table it frames.
#[wasm_bindgen_test]
async fn a_steps_evidence_reads_the_run_and_the_baseline() {
    use crm_lab::lessons::evidence::{base, now, Readout, View};
    use crm_lab::lessons::Figure;
    use crm_lab::ui::learn::evidence::{Evidence, EvidenceProps};
    use crm_lab::ui::run::compute;
    static FIGURES: [Figure; 3] = [
        now("profit", Readout::CumulativeProfit),
        base("profit_base", Readout::CumulativeProfit),
        now("kept", Readout::AnnualRetention),
    ];
    let small = |acquisition: f64| {
        let mut s = ExploreSettings {
            market_size: 2_000,
            months: 12,
            ..ExploreSettings::default()
        };
        s.levers.acquisition_spend = acquisition;
        Rc::new(compute(&s).unwrap())
    };
    let (run, baseline) = (small(8000.0), small(4000.0));
    let root = mount_point();
    let props = EvidenceProps {
        lang: Lang::En,
        figures: &FIGURES,
        view: Some(View::RepurchaseByBand),
        run: run.clone(),
        baseline: Some(baseline.clone()),
        month: 12,
    };
    yew::Renderer::<Evidence>::with_root_and_props(root.clone(), props).render();
    settle().await;
    let rows = root
        .query_selector_all("#evidence-figures tbody tr")
        .unwrap();
    assert_eq!(rows.length(), 2, "profit once, with its baseline beside it");
    let money = |x: f64| crm_lab::ui::format::money_short(x, Lang::En);
    assert_eq!(
        find(&root, "td[data-figure='profit']")
            .text_content()
            .unwrap(),
        money(run.month(12).cumulative_profit)
    );
    assert_eq!(
        find(&root, "td[data-figure='profit_base']")
            .text_content()
            .unwrap(),
        money(baseline.month(12).cumulative_profit)
    );
    assert_ne!(
        find(&root, "td[data-figure='profit']").text_content(),
        find(&root, "td[data-figure='profit_base']").text_content()
    );
    assert!(find(&root, "td[data-figure='kept']")
        .text_content()
        .unwrap()
        .ends_with('%'));
    let bands = root
        .query_selector_all("#view-repurchase tbody tr")
        .unwrap();
    assert_eq!(bands.length(), 5);
    assert_eq!(
        root.query_selector_all("#view-repurchase thead th")
            .unwrap()
            .length(),
        4,
        "band, customers, run, baseline"
    );
}
