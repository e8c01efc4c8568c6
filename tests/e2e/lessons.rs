//! End-to-end: every lesson taken as a learner would, in English and in
//! Chinese. Each step is done by the action it asks for, through the page's
//! own controls (a lever's number field, the scenario and targeting menus,
//! the month slider, the pin button), and must tick; the check question is
//! answered (once wrongly, then rightly) and explained; progress shows on
//! the list of lessons; a lesson's share link opens that lesson.

use super::*;
use crm_lab::concepts::glossary::TERMS;
use crm_lab::concepts::value_matrix::{over_run, ValueQuadrant};
use crm_lab::lessons::{Goal, Lesson, LESSONS};
use crm_lab::sim::{Decisions, Levers, Scenario};

/// Does what `goal` asks, with the control the step itself shows.
async fn act(c: &Client, goal: &Goal) {
    match *goal {
        Goal::LeverAtLeast(lever, v) | Goal::LeverAtMost(lever, v) => {
            // In display units (complaint handling is shown in percent).
            let shown = v * lever.spec().display_scale;
            set_field(
                c,
                &format!(
                    "#step-card .lever[data-lever='{}'] .lever-number",
                    lever.name()
                ),
                &shown.to_string(),
            )
            .await;
        }
        Goal::RetentionSpendAtLeast(v) | Goal::RetentionSpendAbout(v) => {
            // As the step says: as many calls as bring the mix's cost there,
            // from the mix the step's control shows.
            let shown = js(
                c,
                "return ['sms', 'phone', 'im', 'email'].map(n => Number(document.querySelector(\
                 `#step-card .lever[data-lever='care_${n}'] .lever-number`).value))",
            )
            .await;
            let n = |i: usize| shown[i].as_f64().unwrap();
            let l = Levers {
                care_sms: n(0),
                care_phone: n(1),
                care_im: n(2),
                care_email: n(3),
                ..Levers::default()
            };
            let calls = crm_lab::lessons::spend_by_calls(l, v).care_phone;
            set_field(
                c,
                "#step-card .lever[data-lever='care_phone'] .lever-number",
                &calls.to_string(),
            )
            .await;
        }
        Goal::Targeting(t) => set_field(c, "#step-targeting", t.name()).await,
        Goal::Scenario(_) => click(c, "#step-scenario").await,
        Goal::BaselinePinned => click(c, "#step-pin").await,
        Goal::MonthAtLeast(_) | Goal::MonthAtMost(_) => click(c, "#step-month").await,
        Goal::Both(a, b) => {
            Box::pin(act(c, a)).await;
            // The first action may complete the step (a lever set to one
            // value meets "at least" and "at most" at once).
            if js(c, "return !!document.querySelector('#step-card.done')").await != json!(true) {
                Box::pin(act(c, b)).await;
            }
        }
    }
}

/// Whether the top of `css` is on screen (its start is what must be seen).
async fn top_on_screen(c: &Client, css: &str) -> bool {
    js(
        c,
        &format!(
            "const e = document.querySelector({css:?}); if (!e) return false; \
             const r = e.getBoundingClientRect(); \
             return r.width > 0 && r.top >= 0 && r.top + 24 <= innerHeight"
        ),
    )
    .await
        == json!(true)
}

/// Takes one lesson from its link to its check question, at 1366×768: for
/// each step the words, its control (after the prediction it asks for) and
/// the chart it frames are on screen together, and once it is done, what
/// to notice (its figures filled in from the run) and its evidence.
async fn take(c: &Client, base: &str, lesson: &Lesson, zh: bool) {
    c.goto(&format!("{base}#learn/{}", lesson.id))
        .await
        .unwrap();
    c.refresh().await.unwrap();
    let title = if zh { lesson.title.zh } else { lesson.title.en };
    until_text(c, "#lesson-title", title).await;
    until(c, "the run", "return !!document.querySelector('#month')").await;
    let chart = "figure.chart.highlight";
    for (k, step) in lesson.steps.iter().enumerate() {
        let card = format!("#step-card[data-step='{k}']");
        until(
            c,
            &format!("{} step {} on screen", lesson.id, k + 1),
            &format!("return !!document.querySelector(\"{card}.current\")"),
        )
        .await;
        assert_eq!(
            js(
                c,
                &format!(
                    "const f = document.querySelector('{chart}'); return f && f.dataset.chart"
                )
            )
            .await,
            json!(step.chart.id()),
            "{} step {}: its chart is framed",
            lesson.id,
            k + 1
        );
        if step.predict.is_some() {
            // The control comes after the prediction.
            assert!(!top_on_screen(c, "#step-control").await);
            assert!(top_on_screen(c, "#prediction").await);
            click(c, "#predict-same").await;
        }
        assert!(
            top_on_screen(c, "#step-control").await && top_on_screen(c, chart).await,
            "{} step {}: its control and chart on one screen",
            lesson.id,
            k + 1
        );
        act(c, &step.goal).await;
        until(
            c,
            &format!("{} step {} to tick", lesson.id, k + 1),
            &format!("return !!document.querySelector(\"{card}.done\")"),
        )
        .await;
        let notice = if zh { step.notice.zh } else { step.notice.en };
        let fixed = notice.split('{').next().unwrap();
        // Filled in once the run for the new settings is on screen.
        until(
            c,
            &format!("{} step {}: its figures", lesson.id, k + 1),
            "const n = document.querySelector('#step-notice'); return !!n && !n.textContent.includes('{') && !n.textContent.includes('–')",
        )
        .await;
        assert!(
            text(c, "#step-notice").await.contains(fixed),
            "{} step {}: what to notice appears",
            lesson.id,
            k + 1
        );
        if step.predict.is_some() {
            assert!(text(c, "#prediction-reveal").await.contains(if zh {
                "差不多"
            } else {
                "About the same"
            }));
        }
        assert!(
            top_on_screen(c, "#step-notice").await && top_on_screen(c, chart).await,
            "{} step {}: what to notice beside its chart",
            lesson.id,
            k + 1
        );
        if !step.evidence.is_empty() || step.view.is_some() {
            assert!(
                top_on_screen(c, "#step-evidence").await,
                "{} step {}: its evidence",
                lesson.id,
                k + 1
            );
        }
        click(c, "#next-step").await;
    }
    // The question: a wrong answer first (why it is wrong, not the answer),
    // then the right one, explained.
    until(
        c,
        "the question",
        "return !!document.querySelector('#lesson-question')",
    )
    .await;
    let q = &lesson.question;
    let wrong = (q.answer + 1) % q.options.len();
    click(c, &format!("#answer-{wrong}")).await;
    click(c, "#check-answer").await;
    until(
        c,
        "feedback",
        "return !!document.querySelector('#answer-feedback.wrong')",
    )
    .await;
    let why = q.options[wrong].why.expect("a wrong option says why");
    let explain = if zh { q.explain.zh } else { q.explain.en };
    let feedback = text(c, "#answer-feedback").await;
    assert!(feedback.contains(if zh { why.zh } else { why.en }));
    assert!(!feedback.contains(explain), "the explanation waits");
    click(c, &format!("#answer-{}", q.answer)).await;
    click(c, "#check-answer").await;
    until(
        c,
        "praise",
        "return !!document.querySelector('#answer-feedback.right')",
    )
    .await;
    assert!(text(c, "#answer-feedback").await.contains(explain));
}

#[tokio::test]
#[ignore = "needs the release build (dist/) and Chromium: run by scripts/test.sh"]
async fn lessons_end_to_end() {
    let (c, session) = open_browser("lessons").await;
    let (base, shots) = (&session.base, &session.shots);

    c.goto(&format!("{base}#learn")).await.unwrap();
    until(
        &c,
        "the list of lessons",
        &format!(
            "return document.querySelectorAll('.lesson-card').length === {}",
            LESSONS.len()
        ),
    )
    .await;
    assert_eq!(
        js(
            &c,
            "return document.querySelectorAll('.lesson-card.passed').length"
        )
        .await,
        json!(0)
    );

    // A laptop's screen: each step, its control and its chart on it.
    super::classroom::viewport(&c, 1366, 768).await;
    for lesson in LESSONS {
        take(&c, base, lesson, false).await;
        if lesson.id == "jones-sasser" {
            screenshot(&c, shots, "lesson-en.png").await;
        }
    }
    // Progress is remembered: every lesson is marked done on the list.
    c.goto(&format!("{base}#learn")).await.unwrap();
    c.refresh().await.unwrap();
    until(
        &c,
        "every lesson marked done",
        &format!(
            "return document.querySelectorAll('.lesson-card.passed').length === {}",
            LESSONS.len()
        ),
    )
    .await;

    // The same lessons in Chinese.
    click(&c, "#lang-toggle").await;
    until(
        &c,
        "Chinese",
        "return document.documentElement.lang === 'zh-CN'",
    )
    .await;
    for lesson in LESSONS {
        take(&c, base, lesson, true).await;
        if lesson.id == "jones-sasser" {
            screenshot(&c, shots, "lesson-zh.png").await;
        }
    }

    // A lesson's share link is the lesson; "Open in Explore" carries the
    // lesson's state to the Explore page.
    click(&c, "#share").await;
    until(
        &c,
        "the share dialog",
        "const i = document.querySelector('#share-link'); return !!i && i.value.endsWith('#learn/competitive-response')",
    )
    .await;
    js(
        &c,
        "document.querySelector('.dialog button.close').click(); return true",
    )
    .await;
    click(&c, "#open-in-explore").await;
    until(
        &c,
        "Explore with the lesson's levers",
        "return !document.querySelector('#lesson-guide') && parseFloat(document.querySelector('#lever-price').value) <= 0.85 && location.hash.includes('scenario=price_cut')",
    )
    .await;

    // A done step keeps what it said when the baseline is unpinned; a step
    // that compares with the baseline waits for one, and says so.
    c.goto(&format!("{base}#learn/five-to-one")).await.unwrap();
    c.refresh().await.unwrap();
    until(
        &c,
        "the step",
        "return !!document.querySelector('#step-pin')",
    )
    .await;
    click(&c, "#step-pin").await;
    until(
        &c,
        "step 1 done",
        "return !!document.querySelector('#step-card.done')",
    )
    .await;
    click(&c, "#next-step").await;
    set_field(
        &c,
        "#step-card .lever[data-lever='acquisition_spend'] .lever-number",
        "8000",
    )
    .await;
    until(
        &c,
        "step 2 done",
        "return !!document.querySelector(\"#step-card[data-step='1'].done\")",
    )
    .await;
    click(&c, "#next-step").await;
    click(&c, "#predict-fall").await;
    click(&c, "#step-month").await;
    until(
        &c,
        "step 3 done, its figures in",
        "const n = document.querySelector(\"#step-card[data-step='2'].done #step-notice\"); return !!n && !n.textContent.includes('–')",
    )
    .await;
    let said = text(&c, "#step-card").await;
    click(&c, "#pin").await; // unpin
    until(
        &c,
        "unpinned",
        "return document.querySelector('#pin').getAttribute('aria-pressed') === 'false'",
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    assert_eq!(
        text(&c, "#step-card").await,
        said,
        "what the step said stands"
    );
    click(&c, "#next-step").await;
    click(&c, "#predict-rise").await;
    set_field(
        &c,
        "#step-card .lever[data-lever='acquisition_spend'] .lever-number",
        "4000",
    )
    .await;
    set_field(
        &c,
        "#step-card .lever[data-lever='care_phone'] .lever-number",
        "1.9",
    )
    .await;
    until(
        &c,
        "the step waits for a baseline",
        "return !!document.querySelector('#step-hold #restart-lesson') && !!document.querySelector(\"#step-card[data-step='3'].current\")",
    )
    .await;

    // On a phone: the month bar and the step's chart stay at the top while
    // the step scrolls beneath them; nothing is wider than the screen.
    super::classroom::viewport(&c, 390, 844).await;
    c.goto(&format!("{base}#learn/clv")).await.unwrap();
    c.refresh().await.unwrap();
    until(
        &c,
        "the step on a phone",
        "return !!document.querySelector('#step-card.current')",
    )
    .await;
    click(&c, "#step-month").await;
    until(
        &c,
        "the step done, its figures beside the chart",
        "return !!document.querySelector('#step-card.done') && !!document.querySelector('#step-evidence')",
    )
    .await;
    js(
        &c,
        "document.querySelector('#step-evidence').scrollIntoView({ block: 'end' }); return true",
    )
    .await;
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let layout = js(
        &c,
        "const f = document.querySelector('.lesson-figure').getBoundingClientRect(), \
         e = document.querySelector('#step-evidence').getBoundingClientRect(), \
         ch = document.querySelector('figure.chart.highlight').getBoundingClientRect(); \
         return [f.top, ch.bottom, e.top, e.bottom, innerHeight, \
           document.documentElement.scrollWidth - document.documentElement.clientWidth, f.height]",
    )
    .await;
    let v: Vec<f64> = serde_json::from_value(layout.clone()).unwrap();
    assert!(v[0].abs() < 1.0, "the chart stays at the top: {layout}");
    assert!(
        v[1] <= v[2] && v[3] <= v[4] + 1.0,
        "the evidence below it, on screen: {layout}"
    );
    assert!(v[5] <= 0.0, "nothing wider than the phone: {layout}");
    assert!(
        v[6] < 0.55 * v[4],
        "the pinned chart leaves most of the screen to the step: {layout}"
    );
    screenshot(&c, shots, "lesson-phone-evidence.png").await;
    super::classroom::viewport(&c, 1440, 1000).await;

    // A link to a lesson that does not exist: a message, the list.
    c.goto(&format!("{base}#learn/no-such-lesson"))
        .await
        .unwrap();
    c.refresh().await.unwrap();
    until_text(&c, "#notice", "no-such-lesson").await;
    assert_eq!(
        js(
            &c,
            "return document.querySelectorAll('.lesson-card').length"
        )
        .await,
        json!(LESSONS.len())
    );

    let errors = console_errors(&c).await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    c.close().await.unwrap();
    drop(session);
}

#[tokio::test]
#[ignore = "needs the release build (dist/) and Chromium: run by scripts/test.sh"]
async fn concept_tools_end_to_end() {
    let (c, session) = open_browser("tools").await;
    let (base, shots) = (&session.base, &session.shots);

    // The CLV calculator: the textbook case, a refused input, the table.
    c.goto(&format!("{base}#learn")).await.unwrap();
    click(&c, "#tool-clv").await;
    until_text(&c, "#clv-value", "¥2,666.67").await;
    set_field(&c, "#clv-retention", "90").await;
    set_field(&c, "#clv-discount", "12").await;
    // 1,000 × 0.9 / 0.22 = 4,090.91
    until_text(&c, "#clv-value", "¥4,090.91").await;
    assert!(text(&c, "#clv-multiple").await.contains("4.09"));
    assert_eq!(
        text(&c, "#clv-table td.here").await,
        "4.09",
        "the table frames the inputs' cell"
    );
    // A refused input keeps the last result, marked out of date.
    set_field(&c, "#clv-retention", "120").await;
    until_text(&c, "#notice", "0 to 100").await;
    assert_eq!(text(&c, "#clv-value").await, "¥4,090.91");
    assert!(text(&c, "#clv-stale").await.contains("Out of date"));
    assert_eq!(
        js(
            &c,
            "return document.querySelector('#clv-retention').getAttribute('aria-invalid')"
        )
        .await,
        json!("true")
    );
    // A share typed into a percent field is questioned, not read as 0.8%.
    set_field(&c, "#clv-retention", "0.8").await;
    until_text(&c, "#notice", "did you mean 80%?").await;
    // The refused text stays, marked, to be corrected.
    assert_eq!(
        js(&c, "return document.querySelector('#clv-retention').value").await,
        json!("0.8")
    );
    set_field(&c, "#clv-retention", "90").await;
    until(
        &c,
        "the stale mark to go",
        "return !document.querySelector('#clv-stale')",
    )
    .await;
    // r = 100% is accepted: twelve years at no discount are twelve margins;
    // forever with d = 10% is m/d; forever with d = 0 is infinite.
    set_field(&c, "#clv-retention", "100").await;
    set_field(&c, "#clv-discount", "0").await;
    set_field(&c, "#clv-years", "12").await;
    until_text(&c, "#clv-value", "¥12,000.00").await;
    set_field(&c, "#clv-years", "").await;
    until_text(&c, "#clv-value", "Infinite").await;
    set_field(&c, "#clv-discount", "10").await;
    until_text(&c, "#clv-value", "¥10,000.00").await;
    // A finite horizon: its own formula and multiple, money to the cent.
    set_field(&c, "#clv-retention", "80").await;
    set_field(&c, "#clv-discount", "5").await;
    set_field(&c, "#clv-years", "3").await;
    until_text(&c, "#clv-value", "¥1,784.69").await;
    assert!(text(&c, "#clv-formula").await.contains("Σ(t=1..3)"));
    assert!(text(&c, "#clv-multiple").await.contains("over 3 years"));
    assert!(text(&c, "#clv-multiple").await.contains("1.78"));
    screenshot(&c, shots, "tool-clv-en.png").await;

    // The AHP calculator: the model's judgements are consistent; a cycle
    // of judgements is flagged; a profile's score follows the weights.
    c.goto(&format!("{base}#tools/ahp")).await.unwrap();
    until_text(&c, "#ahp-criteria-consistency", "CR = 0.004").await;
    assert!(
        js(
            &c,
            "return !!document.querySelector('#ahp-criteria-result.consistent')"
        )
        .await
            == json!(true)
    );
    // A1 ≫ A2 (9), A2 ≫ A3 (9), but A3 ≫ A1 (A1 vs A3 = 1/9).
    set_field(&c, "#ahp-criteria-0-1", "9").await;
    set_field(&c, "#ahp-criteria-1-2", "9").await;
    set_field(&c, "#ahp-criteria-0-2", &(1.0f64 / 9.0).to_string()).await;
    until(
        &c,
        "the inconsistency flagged",
        "return !!document.querySelector('#ahp-criteria-result.inconsistent [role=alert]')",
    )
    .await;
    click(&c, "#ahp-reset").await;
    until_text(&c, "#ahp-criteria-consistency", "CR = 0.004").await;
    until_text(&c, "#ahp-loyalty", "70.0").await;
    for i in 0..4 {
        for j in 0..3 {
            set_field(&c, &format!("#ahp-score-{i}-{j}"), "100").await;
        }
    }
    until_text(&c, "#ahp-loyalty", "100.0").await;
    // Only satisfaction high: the score is its weight (0.424) times 100,
    // plus the others at zero.
    for i in 0..4 {
        for j in 0..3 {
            let v = if i == 1 { "100" } else { "0" };
            set_field(&c, &format!("#ahp-score-{i}-{j}"), v).await;
        }
    }
    until_text(&c, "#ahp-loyalty", "42.4").await;

    click(&c, "#lang-toggle").await;
    until_text(&c, "h2", "层次分析法").await;
    screenshot(&c, shots, "tool-ahp-zh.png").await;
    click(&c, "#lang-toggle").await;
    until_text(&c, "h2", "AHP").await;

    value_matrix(&c, base, shots).await;
    glossary(&c, base, shots).await;

    let errors = console_errors(&c).await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    c.close().await.unwrap();
    drop(session);
}

/// The page's customers per quadrant, in [`ValueQuadrant::ALL`] order.
async fn quadrant_counts(c: &Client) -> [u32; 4] {
    let mut counts = [0; 4];
    for q in ValueQuadrant::ALL {
        let shown = text(
            c,
            &format!(
                ".vm-quadrant[data-quadrant='{}'] .vm-count strong",
                q.name()
            ),
        )
        .await;
        let digits: String = shown.chars().filter(char::is_ascii_digit).collect();
        counts[q.index()] = digits.parse().expect("a count");
    }
    counts
}

/// Waits until the page shows `expected` customers per quadrant.
async fn until_counts(c: &Client, what: &str, expected: [u32; 4]) {
    let start = Instant::now();
    loop {
        if c.find(Locator::Css(".vm-quadrant")).await.is_ok()
            && quadrant_counts(c).await == expected
        {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "{what}: the page shows {:?}, the native run {expected:?}",
            quadrant_counts(c).await
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// The value matrix shows the customers of the learner's Explore run: the
/// same counts per quadrant as the native run of the same settings, at the
/// month and in the market chosen.
async fn value_matrix(c: &Client, base: &str, shots: &std::path::Path) {
    c.goto(&format!("{base}#")).await.unwrap();
    set_field(c, ".lever[data-lever='care_phone'] .lever-number", "3.9").await;
    until(
        c,
        "the Explore run remembered",
        "const r = JSON.parse(localStorage.getItem('crm-lab/explore/v1') || 'null'); \
         return !!r && r.settings.levers.care_phone === 3.9",
    )
    .await;
    let levers = Levers {
        care_phone: 3.9,
        ..Levers::default()
    };
    let native = |name: &str| {
        let scenario = Scenario::built_in(name).unwrap();
        assert!(scenario.market_size <= 10_000);
        over_run(&scenario, &Decisions::constant(levers), 1_500).unwrap()
    };

    c.goto(&format!("{base}#learn/pyramid")).await.unwrap();
    c.refresh().await.unwrap();
    until(
        c,
        "the pyramid lesson's tool",
        "const a = document.querySelector('#lesson-tool'); return !!a && a.getAttribute('href') === '#tools/value-matrix'",
    )
    .await;
    click(c, "#lesson-tool").await;
    until_text(c, "#vm-source", "Explore run").await;
    let default = native("default");
    until_counts(c, "month 36", default[35].counts).await;
    for q in ValueQuadrant::ALL {
        assert!(default[35].counts[q.index()] > 0, "{q:?} is empty");
    }
    let ink = js(
        c,
        "const cv = document.querySelector('#vm-canvas'); \
         const d = cv.getContext('2d').getImageData(0, 0, cv.width, cv.height).data; \
         let ink = 0; for (let i = 0; i < d.length; i += 4) if (d[i] < 235 || d[i+1] < 235 || d[i+2] < 235) ink++; \
         return ink / (d.length / 4)",
    )
    .await
    .as_f64()
    .unwrap();
    assert!(ink > 0.03, "the value matrix chart looks blank ({ink:.3})");
    for q in ["invest", "develop", "maintain", "drop"] {
        assert!(
            !text(c, &format!(".vm-quadrant[data-quadrant='{q}'] .vm-action"))
                .await
                .is_empty()
        );
    }
    screenshot(c, shots, "tool-value-matrix-en.png").await;

    set_field(c, "#vm-month", "12").await;
    until_text(c, "#vm-chart-title", "month 12").await;
    until_counts(c, "month 12", default[11].counts).await;

    set_field(c, "#vm-scenario", "competitive").await;
    until_counts(
        c,
        "the competitive market",
        native("competitive")[35].counts,
    )
    .await;
    assert_eq!(
        js(c, "return document.querySelector('#vm-month').value").await,
        json!("36"),
        "another market shows its last month"
    );
    click(c, "#lang-toggle").await;
    until_text(c, "h2", "客户价值矩阵").await;
    until_text(c, ".vm-quadrant[data-quadrant='invest'] h3", "重点保持").await;
    click(c, "#lang-toggle").await;
    until_text(c, "h2", "Customer value matrix").await;
}

/// The glossary: reached from a KPI card's and a lever's explanation, opened
/// at the term, every term named in both languages; an unknown term says so.
async fn glossary(c: &Client, base: &str, shots: &std::path::Path) {
    c.goto(&format!("{base}#")).await.unwrap();
    until(
        c,
        "the glossary links",
        &format!(
            "return document.querySelectorAll('.kpi .glossary-link').length >= 8 \
             && document.querySelectorAll('.lever-help .glossary-link').length === {}",
            crm_lab::sim::LEVERS.len()
        ),
    )
    .await;
    let link = c
        .find(Locator::Css("[data-kpi='clv'] .glossary-link"))
        .await
        .unwrap();
    assert_eq!(
        link.attr("target").await.unwrap().as_deref(),
        Some("_blank")
    );
    // Its accessible name is its visible text, then the term it explains.
    let name = js(
        c,
        "return document.querySelector(\"[data-kpi='clv'] .glossary-link\").textContent",
    )
    .await;
    let name = name.as_str().unwrap_or_default();
    assert!(
        name.starts_with("More in the glossary") && name.contains("Customer lifetime value"),
        "{name}"
    );
    let href = link.attr("href").await.unwrap().unwrap();
    assert_eq!(href, "#glossary/clv");
    c.goto(&format!("{base}{href}")).await.unwrap();
    until(
        c,
        "the term framed and in view",
        "const e = document.querySelector('#term-clv.highlight'); if (!e) return false; \
         const r = e.getBoundingClientRect(); return r.top >= 0 && r.top < window.innerHeight",
    )
    .await;
    assert_eq!(
        js(
            c,
            "return document.querySelectorAll('.glossary-terms .term').length"
        )
        .await,
        json!(TERMS.len())
    );
    for term in TERMS {
        let shown = text(c, &format!("#term-{} dt", term.id)).await;
        assert!(
            shown.contains(term.name.en) && shown.contains(term.name.zh),
            "{shown}"
        );
    }
    screenshot(c, shots, "glossary-en.png").await;

    c.goto(&format!("{base}#")).await.unwrap();
    let href = c
        .find(Locator::Css(".lever[data-lever='price'] .glossary-link"))
        .await
        .unwrap()
        .attr("href")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(href, "#glossary/cdv");

    click(c, "#lang-toggle").await;
    c.goto(&format!("{base}#glossary/no-such-term"))
        .await
        .unwrap();
    until_text(c, "#notice", "no-such-term").await;
    until_text(c, "h2", "术语表").await;
    assert_eq!(
        js(
            c,
            "return document.querySelector('#term-cdv .term-other').getAttribute('lang')"
        )
        .await,
        json!("en")
    );
    assert!(text(c, "#term-cdv dd").await.contains("客户总价值"));
    click(c, "#lang-toggle").await;
}
