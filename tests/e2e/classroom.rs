//! End-to-end: what a lecturer and a student meet in the first minute, and
//! what bad input meets. The first screen at a laptop's and a projector's
//! size, charts that follow their box, a presenter's resting pointer, share
//! links that carry the month and the baseline, links pasted into an open
//! page or cut short, pages that do not exist, the glossary in Chinese, a
//! lesson on a phone and a coursework round on a laptop.

use super::*;

/// A Chrome DevTools command through ChromeDriver (`goog/cdp/execute`).
#[derive(Debug)]
pub(crate) struct Cdp(pub &'static str, pub Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(json!({ "cmd": self.0, "params": self.1 }).to_string()),
        )
    }
}

/// Makes the page's viewport exactly `w` × `h` CSS pixels (a phone when
/// narrow), as a laptop, a projector or a phone shows it.
pub(crate) async fn viewport(c: &Client, w: u32, h: u32) {
    c.issue_cmd(Cdp(
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": w, "height": h, "deviceScaleFactor": 1, "mobile": w < 600 }),
    ))
    .await
    .expect("a viewport");
    until(
        c,
        "the viewport",
        &format!("return innerWidth === {w} && innerHeight === {h}"),
    )
    .await;
}

/// Every chart canvas whose backing store does not match its box
/// (× devicePixelRatio): a stretched or squeezed drawing.
async fn stretched_canvases(c: &Client) -> Value {
    js(
        c,
        "return [...document.querySelectorAll('figure.chart canvas')].filter(cv => { \
           const r = cv.getBoundingClientRect(); \
           if (r.bottom < -300 || r.top > innerHeight + 300) return false; \
           const d = Math.max(1, devicePixelRatio); \
           return Math.abs(cv.width - Math.round(cv.clientWidth * d)) > 1 \
               || Math.abs(cv.height - Math.round(cv.clientHeight * d)) > 1; \
         }).map(cv => cv.closest('figure').dataset.chart + ' ' + cv.width + 'x' + cv.height \
               + ' in ' + cv.clientWidth + 'x' + cv.clientHeight)",
    )
    .await
}

/// The KPI cards' texts, in order.
async fn card_texts(c: &Client) -> Value {
    js(
        c,
        "return [...document.querySelectorAll('#kpis .kpi-number')].map(e => e.textContent)",
    )
    .await
}

#[tokio::test]
#[ignore = "needs the release build (dist/) and Chromium: run by scripts/test.sh"]
async fn classroom_first_minute_end_to_end() {
    let (c, session) = open_browser("classroom").await;
    let (base, shots) = (&session.base, &session.shots);

    // 1. A laptop (1366 × 768): the levers, the strip of key figures and a
    //    whole chart on the first screen.
    viewport(&c, 1366, 768).await;
    c.goto(base).await.unwrap();
    wait_ready(&c).await;
    for css in ["#lever-price", "#kpi-strip", "figure.chart"] {
        assert!(
            in_viewport(&c, css).await,
            "{css} on the first screen at 1366×768"
        );
    }
    assert!(text(&c, "[data-strip='cumulative_profit']")
        .await
        .contains('¥'));
    screenshot(&c, shots, "first-screen-1366.png").await;

    // 2. Projector mode at 1920 × 1080: the same, and every canvas redrawn
    //    at its new box without a window resize (a toggle, a language
    //    switch); and back.
    viewport(&c, 1920, 1080).await;
    click(&c, "#projector-toggle").await;
    until(
        &c,
        "charts at their projector size",
        &format!(
            "return document.querySelectorAll('figure.chart canvas').length === {}",
            crm_lab::lessons::ChartKind::ALL.len()
        ),
    )
    .await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(
        stretched_canvases(&c).await,
        json!([]),
        "after projector on"
    );
    for css in ["#lever-price", "#kpi-strip", "figure.chart"] {
        assert!(
            in_viewport(&c, css).await,
            "{css} on the first projector screen"
        );
    }
    screenshot(&c, shots, "first-screen-projector-1920.png").await;
    click(&c, "#lang-toggle").await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(
        stretched_canvases(&c).await,
        json!([]),
        "after a language switch"
    );
    click(&c, "#lang-toggle").await;
    click(&c, "#projector-toggle").await;
    tokio::time::sleep(Duration::from_millis(400)).await;
    assert_eq!(
        stretched_canvases(&c).await,
        json!([]),
        "after projector off"
    );

    // 3. A presenter's resting pointer does not move the month cursor; a
    //    press does.
    viewport(&c, 1366, 768).await;
    let month_before = js(&c, "return document.querySelector('#month').value").await;
    let moved = js(
        &c,
        "const cv = document.querySelector('figure.chart canvas'); const r = cv.getBoundingClientRect(); \
         const at = (f) => ({ clientX: r.left + r.width * f, clientY: r.top + r.height / 2, bubbles: true, pointerType: 'mouse' }); \
         cv.dispatchEvent(new PointerEvent('pointermove', at(0.3))); \
         cv.dispatchEvent(new PointerEvent('pointermove', at(0.35))); \
         return document.querySelector('#month').value",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(200)).await;
    assert_eq!(
        js(&c, "return document.querySelector('#month').value").await,
        month_before,
        "hovering left the month alone ({moved})"
    );
    js(
        &c,
        "const cv = document.querySelector('figure.chart canvas'); const r = cv.getBoundingClientRect(); \
         cv.dispatchEvent(new PointerEvent('pointerdown', { clientX: r.left + r.width * 0.3, clientY: r.top + r.height / 2, bubbles: true, buttons: 1 })); return true",
    )
    .await;
    until(
        &c,
        "a press to pick a month",
        &format!("return document.querySelector('#month').value !== {month_before}"),
    )
    .await;

    // 4. A share link carries the month and the pinned baseline: a fresh
    //    page opened from it shows the same cards, month and ghost curves.
    set_field(&c, "#month", "14").await;
    click(&c, "#pin").await;
    set_field(&c, ".lever[data-lever='care_phone'] .lever-number", "2").await;
    until_text(&c, ".month-value", "14 /").await;
    until(
        &c,
        "the cards to compare with the baseline",
        "return !!document.querySelector('#kpis .kpi-delta')",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    let cards = card_texts(&c).await;
    let deltas = js(
        &c,
        "return [...document.querySelectorAll('#kpis .kpi-delta')].map(e => e.textContent)",
    )
    .await;
    click(&c, "#share").await;
    let link = js(&c, "return document.querySelector('#share-link').value").await;
    let link = link.as_str().unwrap().to_string();
    assert!(link.contains("&m=14&") && link.contains("base=1"), "{link}");
    c.goto("about:blank").await.unwrap();
    c.goto(&link).await.unwrap();
    wait_ready(&c).await;
    until_text(&c, ".month-value", "14 /").await;
    until(
        &c,
        "the baseline",
        "return !!document.querySelector('#kpis .kpi-delta')",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(
        card_texts(&c).await,
        cards,
        "the same figures from the link"
    );
    assert_eq!(
        js(
            &c,
            "return [...document.querySelectorAll('#kpis .kpi-delta')].map(e => e.textContent)"
        )
        .await,
        deltas,
        "the same baseline"
    );
    assert_eq!(
        js(
            &c,
            "return document.querySelector('#pin').getAttribute('aria-pressed')"
        )
        .await,
        json!("true")
    );

    // 5. A link pasted into the open Explore page is applied.
    let pasted = link.replace("price=1&", "price=1.2&");
    js(&c, &format!("location.href = {pasted:?}; return true")).await;
    until(
        &c,
        "the pasted link's price",
        "return document.querySelector(\".lever[data-lever='price'] .lever-number\").value === '1.2'",
    )
    .await;

    // 6. A link cut short opens, and says which fields took their defaults.
    let cut = &link[..link.find("&service_quality").unwrap()];
    c.goto("about:blank").await.unwrap();
    c.goto(cut).await.unwrap();
    wait_ready(&c).await;
    until_text(&c, "#notice", "cut short").await;
    let told = text(&c, "#notice").await;
    assert!(
        told.contains("Service quality") && told.contains("Retention targeting"),
        "{told}"
    );
    // A link without its value says why.
    // (Pasted into the open page: the page then shows the defaults, and
    // its address with them.)
    c.goto(&format!("{base}#v=1&price")).await.unwrap();
    until_text(&c, "#notice", "expected name=value").await;

    // 7. A page that does not exist says so, decoded and short.
    c.goto(&format!("{base}#tools/zzz")).await.unwrap();
    c.refresh().await.unwrap();
    until_text(&c, "#not-found", "#tools/zzz").await;

    // 8. The glossary in Chinese: a raw or an escaped Chinese slug opens
    //    the entry; an unknown one is shown decoded; the search box
    //    matches either language.
    for slug in [
        "客户终生价值",
        "%E5%AE%A2%E6%88%B7%E7%BB%88%E7%94%9F%E4%BB%B7%E5%80%BC",
    ] {
        c.goto(&format!("{base}#glossary/{slug}")).await.unwrap();
        c.refresh().await.unwrap();
        until(
            &c,
            "the CLV entry",
            "return !!document.querySelector('#term-clv.highlight')",
        )
        .await;
    }
    c.goto(&format!("{base}#glossary/%E6%97%A0%E6%AD%A4"))
        .await
        .unwrap();
    c.refresh().await.unwrap();
    until_text(&c, "#notice", "无此").await;
    assert!(!text(&c, "#notice").await.contains("%E6"));
    set_field(&c, "#glossary-search", "金字塔").await;
    until(
        &c,
        "the search to narrow the list",
        "return document.querySelectorAll('.glossary-terms .term').length >= 1 && \
                document.querySelectorAll('.glossary-terms .term').length < 6 && \
                !!document.querySelector('#term-pyramid')",
    )
    .await;

    // 9. A lesson on a phone: the step, the control it asks for and the
    //    chart it frames are on screen together.
    viewport(&c, 390, 844).await;
    c.goto(&format!("{base}#learn/satisfaction")).await.unwrap();
    c.refresh().await.unwrap();
    until(
        &c,
        "the run",
        "return !!document.querySelector('#step-pin')",
    )
    .await;
    js(
        &c,
        "document.querySelector('#step-pin').scrollIntoView({ block: 'end' }); return true",
    )
    .await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(
        in_viewport(&c, "#step-pin").await,
        "the pin button is on screen"
    );
    assert!(
        in_viewport(&c, ".step-ask").await,
        "its step is on screen with it"
    );
    assert!(text(&c, "#step-card").await.contains("Step 1 of"));
    let order = js(
        &c,
        "const ch = document.querySelector('figure.chart.highlight').getBoundingClientRect(); \
         return [ch.top, ch.bottom, document.querySelector('.step-ask').getBoundingClientRect().top]",
    )
    .await;
    let v: Vec<f64> = serde_json::from_value(order.clone()).unwrap();
    assert!(
        v[0] >= 0.0 && v[1] <= v[2],
        "the step's chart on screen above the step: {order}"
    );
    screenshot(&c, shots, "lesson-phone-step.png").await;

    // Every page fits a phone's width, in projector mode too (a chart, a
    // table or a form's row is never wider than the screen).
    let mut too_wide = Vec::new();
    for projector in [false, true] {
        if projector {
            click(&c, "#projector-toggle").await;
        }
        for route in [
            "#",
            "#learn",
            "#course",
            "#course/editor",
            "#tools/clv",
            "#tools/ahp",
            "#tools/value-matrix",
            "#glossary",
            "#league/new",
            &team_page(),
        ] {
            c.goto(&format!("{base}{route}")).await.unwrap();
            until(&c, "the page", "return !!document.querySelector('.app')").await;
            tokio::time::sleep(Duration::from_millis(900)).await;
            let over = js(
                &c,
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
            )
            .await;
            if over != json!(0) {
                too_wide.push(format!(
                    "{route} (projector {projector}): {over} px too wide"
                ));
            }
        }
        if projector {
            click(&c, "#projector-toggle").await;
        }
    }
    assert!(
        too_wide.is_empty(),
        "pages wider than a phone:\n{}",
        too_wide.join("\n")
    );

    // 10. A lesson opens on a month with something to see: the pyramid's
    //     tiers are filled.
    viewport(&c, 1366, 768).await;
    c.goto(&format!("{base}#learn/pyramid")).await.unwrap();
    c.refresh().await.unwrap();
    until_text(&c, ".month-value", "6 /").await;

    // 11. Coursework round 1 on a laptop: the submit button is on screen.
    c.goto(&format!("{base}#course")).await.unwrap();
    c.refresh().await.unwrap();
    start_run(&c, base, "Li Lei", 0).await;
    js(&c, "window.scrollTo(0, 0); return true").await;
    assert!(
        in_viewport(&c, "#submit-round").await,
        "submit on the first screen"
    );
    screenshot(&c, shots, "course-round-1-1366.png").await;

    let errors = console_errors(&c).await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
}

/// axe-core's serious and critical violations on the page as it is now:
/// `rule (impact) ×count: first target`.
async fn axe_violations(c: &Client, axe: &str) -> Vec<String> {
    let loaded = js(c, "return typeof window.axe === 'object'").await;
    if loaded != json!(true) {
        c.execute(axe, vec![]).await.expect("axe-core loads");
    }
    let v = c
        .execute_async(
            "const done = arguments[arguments.length - 1]; \
             axe.run(document, { resultTypes: ['violations'] }).then(r => done(r.violations \
               .filter(v => v.impact === 'serious' || v.impact === 'critical') \
               .map(v => v.id + ' (' + v.impact + ') x' + v.nodes.length + ': ' + v.nodes[0].target.join(' ') \
                    + ' | ' + (v.nodes[0].failureSummary || '').slice(0, 160)))) \
               .catch(e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .expect("axe runs");
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[tokio::test]
#[ignore = "needs the release build (dist/) and Chromium: run by scripts/test.sh"]
async fn accessibility_of_every_route_in_both_languages() {
    let axe_file = root().join("tests/axe/node_modules/axe-core/axe.min.js");
    let axe = std::fs::read_to_string(&axe_file)
        .unwrap_or_else(|_| panic!("{} (scripts/setup.sh installs it)", axe_file.display()));
    let (c, session) = open_browser("axe").await;
    let base = &session.base;
    viewport(&c, 1366, 768).await;
    // A run in coursework, for the play and report pages.
    start_run(&c, base, "Li Lei", 1).await;
    let play = js(&c, "return location.hash")
        .await
        .as_str()
        .unwrap()
        .to_string();
    let report = play.replace("#course/play/", "#course/report/");

    let routes = [
        "#".to_string(),
        "#learn".into(),
        "#learn/satisfaction".into(),
        "#learn/pyramid".into(),
        "#tools/clv".into(),
        "#tools/ahp".into(),
        "#tools/value-matrix".into(),
        "#glossary".into(),
        "#course".into(),
        "#course/editor".into(),
        play,
        report,
        "#league/new".into(),
        "#league/host".into(),
        team_page(),
        "#tools/zzz".into(),
    ];
    let mut found = Vec::new();
    for lang in ["en", "zh"] {
        for route in &routes {
            c.goto("about:blank").await.unwrap();
            c.goto(&format!("{base}{route}")).await.unwrap();
            until(&c, "the page", "return !!document.querySelector('.app')").await;
            if js(&c, "return document.documentElement.lang").await
                != json!(if lang == "en" { "en" } else { "zh-CN" })
            {
                click(&c, "#lang-toggle").await;
            }
            tokio::time::sleep(Duration::from_millis(900)).await;
            for v in axe_violations(&c, &axe).await {
                found.push(format!("{lang} {route}: {v}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "axe-core serious/critical violations:\n{}",
        found.join("\n")
    );
}

/// A team's page of a league after one round (four teams, the retail
/// template), as the league link opens it.
fn team_page() -> String {
    use crm_lab::league::{League, LeagueSettings};
    let s = LeagueSettings::template("default").unwrap();
    let mut league = League::new(s.clone());
    league.decisions = vec![vec![s.starting_levers(); 4]];
    format!(
        "#league/v/{}/team/2",
        crm_lab::league::link::encode(&league)
    )
}

/// Fields whose value (or a menu's chosen option) does not fit its box, as
/// `id: text`, on the page as it is now.
async fn squeezed_fields(c: &Client) -> Vec<String> {
    let v = js(
        c,
        "const ctx = document.createElement('canvas').getContext('2d'); \
         return [...document.querySelectorAll('input[type=text], input[type=number], input:not([type]), select')] \
           .filter(e => e.offsetParent !== null && !e.readOnly && e.type !== 'search') \
           .filter(e => { \
             const cs = getComputedStyle(e); \
             ctx.font = cs.fontStyle + ' ' + cs.fontWeight + ' ' + cs.fontSize + ' ' + cs.fontFamily; \
             const text = e.tagName === 'SELECT' ? (e.selectedOptions[0] || {}).text || '' : e.value; \
             const pad = parseFloat(cs.paddingLeft) + parseFloat(cs.paddingRight) + (e.tagName === 'SELECT' ? 22 : 0); \
             return ctx.measureText(text).width > e.clientWidth - pad + 1; \
           }).map(e => (e.id || e.className) + ': ' + (e.tagName === 'SELECT' ? e.selectedOptions[0].text : e.value))",
    )
    .await;
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

/// Tables wider than their box on the page as it is (printed, when print
/// media is emulated): their last columns would be cut.
pub(crate) async fn cut_tables(c: &Client) -> Value {
    js(
        c,
        "return [...document.querySelectorAll('table')].filter(t => t.offsetParent !== null) \
           .filter(t => { const box = (t.closest('.table-wrap') || t.parentElement).getBoundingClientRect(); \
                          return t.getBoundingClientRect().right > box.right + 1 || t.scrollWidth > t.clientWidth + 1; }) \
           .map(t => (t.id || t.className))",
    )
    .await
}

#[tokio::test]
#[ignore = "needs the release build (dist/) and Chromium: run by scripts/test.sh"]
async fn every_field_fits_its_longest_value_in_both_languages() {
    let (c, session) = open_browser("fields").await;
    let (base, shots) = (&session.base, &session.shots);
    viewport(&c, 1366, 768).await;
    let mut found = Vec::new();
    for lang in ["en", "zh"] {
        for route in [
            "#",
            "#course/editor",
            "#tools/clv",
            "#tools/ahp",
            "#tools/value-matrix",
            "#learn/pyramid",
        ] {
            c.goto("about:blank").await.unwrap();
            c.goto(&format!("{base}{route}")).await.unwrap();
            until(&c, "the page", "return !!document.querySelector('.app')").await;
            if js(&c, "return document.documentElement.lang").await
                != json!(if lang == "en" { "en" } else { "zh-CN" })
            {
                click(&c, "#lang-toggle").await;
            }
            tokio::time::sleep(Duration::from_millis(700)).await;
            // The longest values a lecturer types.
            if route == "#course/editor" {
                for (id, v) in [("#ed-spend-cap", "2150000"), ("#ed-market", "100000")] {
                    if js(&c, &format!("return !!document.querySelector({id:?})")).await
                        == json!(true)
                    {
                        set_field(&c, id, v).await;
                    }
                }
                tokio::time::sleep(Duration::from_millis(300)).await;
                screenshot(&c, shots, &format!("editor-{lang}-1366.png")).await;
            }
            if route == "#tools/ahp" {
                screenshot(&c, shots, &format!("tool-ahp-{lang}-1366.png")).await;
                let clipped = js(
                    &c,
                    "return [...document.querySelectorAll('.table-wrap, .ahp-matrix')].filter(w => w.scrollWidth > w.clientWidth + 1) \
                       .map(w => w.id || w.className)",
                )
                .await;
                if clipped != json!([]) {
                    found.push(format!("{lang} {route}: matrices that scroll: {clipped}"));
                }
            }
            for f in squeezed_fields(&c).await {
                found.push(format!("{lang} {route}: {f}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "fields too narrow for their values:\n{}",
        found.join("\n")
    );
}
