//! End-to-end: coursework, as a lecturer and a student would use it. The
//! lecturer builds a short assignment in the editor and makes a link; the
//! student opens the link, plays it round by round (with a what-if
//! projection and a reload in the middle), hands in the run file; the file
//! opens again as verified, a tampered copy does not, and the report is
//! shown, screenshotted and printed to PDF in both languages.

use super::*;

fn lever_number(name: &str) -> String {
    format!(".lever[data-lever='{name}'] .lever-number")
}

/// Waits for a downloaded file and returns its text.
async fn downloaded(dir: &Path, name: &str) -> String {
    let path = dir.join(name);
    let start = Instant::now();
    loop {
        if let Ok(text) = std::fs::read_to_string(&path) {
            if !text.is_empty() {
                return text;
            }
        }
        assert!(
            start.elapsed() < Duration::from_secs(15),
            "{name} was not downloaded"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Opens `path` in the file input `css`.
async fn open_file(c: &Client, css: &str, path: &Path) {
    c.find(Locator::Css(css))
        .await
        .expect(css)
        .send_keys(&path.display().to_string())
        .await
        .expect(css);
}

/// The report printed to A4 PDF, written to `shots`; returns its page count.
async fn print_report(c: &Client, shots: &Path, name: &str) -> usize {
    // On an A4 page's width (18 cm of text at 96 dpi) in print media, no
    // table is cut (the English "Key figures by round" once lost its last
    // column's last digit).
    use super::classroom::{cut_tables, viewport, Cdp};
    viewport(c, 680, 1000).await;
    c.issue_cmd(Cdp(
        "Emulation.setEmulatedMedia",
        json!({ "media": "print" }),
    ))
    .await
    .unwrap();
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(
        cut_tables(c).await,
        json!([]),
        "{name}: tables cut on paper"
    );
    c.issue_cmd(Cdp("Emulation.setEmulatedMedia", json!({ "media": "" })))
        .await
        .unwrap();
    c.issue_cmd(Cdp("Emulation.clearDeviceMetricsOverride", json!({})))
        .await
        .unwrap();
    let config = fantoccini::wd::PrintConfiguration::builder()
        .background(true)
        .build()
        .unwrap();
    let pdf = c.print(config).await.expect("the page prints");
    assert!(pdf.starts_with(b"%PDF"), "{name} is a PDF");
    std::fs::write(shots.join(name), &pdf).unwrap();
    // Page objects are `/Type /Page`; the page tree is `/Type /Pages`.
    let text = String::from_utf8_lossy(&pdf);
    text.match_indices("/Type /Page")
        .filter(|(i, m)| !text[i + m.len()..].starts_with('s'))
        .count()
}

#[tokio::test]
#[ignore = "needs the release build (dist/) and Chromium: run by scripts/test.sh"]
async fn coursework_end_to_end() {
    let (c, session) = open_browser("course").await;
    let (base, shots, downloads) = (&session.base, &session.shots, &session.downloads);

    // 1. The coursework page lists the built-in assignments.
    c.goto(&format!("{base}#course")).await.unwrap();
    until(
        &c,
        "assignment cards",
        "return document.querySelectorAll('.assignment-card').length >= 4",
    )
    .await;
    assert!(text(&c, "#nav-course").await.contains("Coursework"));

    // 2. The lecturer builds a three-round assignment of one month per round
    //    in the editor and makes a link of it.
    click(&c, "a[href='#course/editor']").await;
    until_text(&c, "#editor-check", "").await;
    set_field(&c, "#ed-id", "three-rounds").await;
    set_field(&c, "#ed-title-en", "Three quick rounds").await;
    set_field(&c, "#ed-title-zh", "三轮快速练习").await;
    set_field(
        &c,
        "#ed-brief-en",
        "Three rounds of one month: try better service and see what it does.",
    )
    .await;
    set_field(
        &c,
        "#ed-brief-zh",
        "三轮,每轮一个月:试试提高服务质量,看看效果。",
    )
    .await;
    set_field(&c, "#ed-rounds", "0").await;
    until(
        &c,
        "the editor refusing zero rounds",
        "return document.querySelector('#editor-check').classList.contains('bad') && document.querySelector('#ed-link').disabled",
    )
    .await;
    set_field(&c, "#ed-rounds", "3").await;
    set_field(&c, "#ed-round-months", "1").await;
    set_field(&c, "#ed-market", "5000").await;
    until(
        &c,
        "a valid assignment",
        "return document.querySelector('#editor-check').classList.contains('good')",
    )
    .await;
    click(&c, "#ed-preview").await;
    until_text(&c, "#ed-preview-result", "Three quick rounds").await;
    click(&c, "#ed-link").await;
    until(
        &c,
        "the link",
        "const e = document.querySelector('#ed-link-text'); return !!e && e.value.includes('#assignment=')",
    )
    .await;
    let link = js(&c, "return document.querySelector('#ed-link-text').value").await;
    let link = link.as_str().unwrap().to_string();
    assert!(
        link.starts_with(base.as_str()),
        "the link points at this site: {link}"
    );

    // 3. The student opens the link (a fresh page load) and starts the run.
    c.goto("about:blank").await.unwrap();
    c.goto(&link).await.unwrap();
    until_text(&c, "[data-assignment='three-rounds']", "Three quick rounds").await;
    if js(
        &c,
        "return !document.querySelector('#start-three-rounds-student')",
    )
    .await
        == json!(true)
    {
        click(&c, "[data-assignment='three-rounds'] button.start").await;
    }
    set_field(&c, "#start-three-rounds-student", "Wang Fang").await;
    click(
        &c,
        "[data-assignment='three-rounds'] form button[type=submit]",
    )
    .await;
    until_text(&c, "#round-status", "Round 1 of 3").await;

    // 4. Round 1: better service; the projected cost follows the lever; a
    //    what-if projection is marked as such and does not use up the round.
    let cost_before = text(&c, "#projected-cost").await;
    set_field(&c, &lever_number("service_quality"), "14").await;
    until(
        &c,
        "the projected cost to follow the lever",
        &format!(
            "return document.querySelector('#projected-cost').textContent !== {cost_before:?}"
        ),
    )
    .await;
    // A loyalty programme from round 1 (3% of spend in points).
    set_field(&c, &lever_number("points_rate"), "3").await;
    until_text(&c, "#programme-summary", "earn 3% of their spend").await;
    click(&c, "#what-if").await;
    until_text(&c, "#projection", "rojection").await;
    assert!(text(&c, "#round-status").await.contains("Round 1 of 3"));
    click(&c, "#submit-round").await;
    until_text(&c, "#round-report", "round 1").await;
    until_text(&c, "#round-status", "Round 2 of 3").await;
    let report_1 = text(&c, "#round-report").await;
    assert!(
        report_1.contains("Service quality"),
        "the round report names the change: {report_1}"
    );

    // 5. Reload in the middle: nothing is lost, the next round continues
    //    from the levers last submitted.
    c.refresh().await.unwrap();
    until_text(&c, "#round-status", "Round 2 of 3").await;
    let kept = js(
        &c,
        &format!(
            "return document.querySelector(\"{}\").value",
            lever_number("service_quality")
        ),
    )
    .await;
    assert_eq!(kept, json!("14"), "the submitted levers survive a reload");
    // Cutting the programme brings the course's warning; keeping it does not.
    assert!(js(&c, "return !document.querySelector('#programme-warning')").await == json!(true));
    set_field(&c, &lever_number("points_rate"), "1").await;
    until_text(
        &c,
        "#programme-warning",
        "Incentive loyalty leaves when the incentive goes",
    )
    .await;
    set_field(&c, &lever_number("points_rate"), "3").await;
    until(
        &c,
        "the warning gone",
        "return !document.querySelector('#programme-warning')",
    )
    .await;
    set_field(&c, &lever_number("care_phone"), "1.5").await;
    click(&c, "#submit-round").await;
    until_text(&c, "#round-status", "Round 3 of 3").await;

    // On a phone the round's page fits the screen: the rounds table and the
    // charts scroll or shrink in their own boxes, in both languages.
    {
        use super::classroom::viewport;
        viewport(&c, 390, 844).await;
        for _ in 0..2 {
            tokio::time::sleep(Duration::from_millis(800)).await;
            let over = js(
                &c,
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
            )
            .await;
            assert_eq!(over, json!(0), "the play page is no wider than a phone");
            click(&c, "#lang-toggle").await;
        }
        c.issue_cmd(super::classroom::Cdp(
            "Emulation.clearDeviceMetricsOverride",
            json!({}),
        ))
        .await
        .expect("the window's own size");
    }

    // Storage fills up before the last round: the round still runs, the
    // student is told to export, and the export works (step 6).
    let filled = js(
        &c,
        "let i = 0; for (const n of [1 << 20, 1 << 14, 1 << 8]) { const s = 'x'.repeat(n); \
         try { for (;;) localStorage.setItem('junk-' + (i++), s); } catch (e) {} } return i",
    )
    .await;
    assert!(filled.as_u64().unwrap_or(0) > 3, "storage filled: {filled}");
    click(&c, "#submit-round").await;
    until_text(&c, "#save-warning", "could not be saved").await;
    assert!(
        text(&c, "#save-warning").await.contains("progress"),
        "it names the progress"
    );
    js(
        &c,
        "Object.keys(localStorage).filter(k => k.startsWith('junk-')).forEach(k => localStorage.removeItem(k)); return true",
    )
    .await;
    until(
        &c,
        "the run finished",
        "return !!document.querySelector('#finished')",
    )
    .await;
    assert_eq!(
        js(&c, "return !!document.querySelector('#submit-round')").await,
        json!(false),
        "submitted rounds are final: nothing left to submit"
    );
    let score = text(&c, "#score").await;
    c.find(Locator::Css("#notes"))
        .await
        .unwrap()
        .send_keys("Service first, then retention.")
        .await
        .unwrap();
    click(&c, "#student").await; // leaving the notes saves them

    // 6. The run file: versioned, with the decisions, name, notes and results.
    click(&c, "#export-run").await;
    let file_name = "crm-lab-run-three-rounds-Wang-Fang.json";
    let run: Value = serde_json::from_str(&downloaded(downloads, file_name).await).unwrap();
    assert_eq!(run["student"], json!("Wang Fang"));
    assert_eq!(run["notes"], json!("Service first, then retention."));
    assert_eq!(run["assignment"]["id"], json!("three-rounds"));
    let decisions = run["decisions"].as_array().expect("decisions");
    assert_eq!(decisions.len(), 3, "one set of levers per round");
    assert_eq!(decisions[0]["service_quality"], json!(14.0));
    assert_eq!(decisions[1]["care_phone"], json!(1.5));
    assert!(run["format_version"].is_u64(), "versioned: {run}");
    assert!(run["results"]["score"].is_number());

    // 7. Opening the file again: verified by replay. A copy with one changed
    //    decision is not, and says what differs. A broken file is refused.
    c.goto(&format!("{base}#course")).await.unwrap();
    until_text(&c, "tr[data-slot]", "Three quick rounds").await;
    open_file(&c, "#open-file", &downloads.join(file_name)).await;
    until(
        &c,
        "verified",
        "const v = document.querySelector('#verification'); return !!v && v.classList.contains('verified')",
    )
    .await;
    let mut tampered = run.clone();
    tampered["decisions"][1]["care_phone"] = json!(2.0);
    let tampered_path = downloads.join("tampered.json");
    std::fs::write(&tampered_path, tampered.to_string()).unwrap();
    open_file(&c, "#open-file", &tampered_path).await;
    until(
        &c,
        "not verified",
        "const v = document.querySelector('#verification'); return !!v && v.classList.contains('not-verified')",
    )
    .await;
    let why = text(&c, "#verification").await;
    // Each difference is named as the page names it, with its numbers.
    assert!(
        why.contains("Round 2 · Cumulative profit") && why.contains("the replay gives ¥"),
        "says what differs: {why}"
    );
    let junk = downloads.join("junk.json");
    std::fs::write(&junk, "{ this is not a run").unwrap();
    open_file(&c, "#open-file", &junk).await;
    until_text(&c, "#notice", "not JSON").await;

    // 7b. Saved runs: renamed (the name survives a reload), and the
    //     tampered import deleted.
    let rows = "return document.querySelectorAll('tr[data-slot]').length";
    let before = js(&c, rows).await.as_u64().unwrap_or(0);
    assert!(before >= 3, "the played run and both imports are kept");
    set_field(&c, "tr[data-slot] .slot-name", "My first run").await;
    c.refresh().await.unwrap();
    until(
        &c,
        "the renamed run",
        "return [...document.querySelectorAll('.slot-name')].some(i => i.value === 'My first run')",
    )
    .await;
    click(&c, "tr[data-slot]:has(.badge.bad) button.danger").await;
    c.accept_alert().await.expect("asked before deleting");
    until(
        &c,
        "one run fewer",
        &format!(
            "return document.querySelectorAll('tr[data-slot]').length === {} && !document.querySelector('tr[data-slot] .badge.bad')",
            before - 1
        ),
    )
    .await;

    // A run file saved before care was modelled by channel opens, says
    // first that an earlier model made it, and can be deleted like any.
    let earlier = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden/run-files/pricing-and-cdv-v0.json");
    open_file(&c, "#open-file", &earlier).await;
    until_text(&c, "#verification", "Made with an earlier model").await;
    click(&c, "tr[data-slot]:has(.badge.bad) button.danger").await;
    c.accept_alert().await.expect("asked before deleting");
    until(
        &c,
        "the earlier run deleted",
        "return !document.querySelector('tr[data-slot] .badge.bad')",
    )
    .await;

    // 8. The report of the verified run, on screen and printed, in English
    //    and in Chinese.
    open_file(&c, "#open-file", &downloads.join(file_name)).await;
    until(
        &c,
        "verified again",
        "const v = document.querySelector('#verification'); return !!v && v.classList.contains('verified')",
    )
    .await;
    click(&c, "#verification a.button").await;
    until_text(&c, "#report-student", "Wang Fang").await;
    until(
        &c,
        "report charts",
        "const i = [...document.querySelectorAll('.report-chart img')]; return i.length >= 4 && i.every(x => x.complete && x.naturalWidth > 1000)",
    )
    .await;
    let report_score = text(&c, "#report-score").await;
    let number = |s: &str| -> String {
        s.split_whitespace()
            .find(|w| w.chars().any(|c| c.is_ascii_digit()))
            .unwrap_or("")
            .to_string()
    };
    assert_eq!(
        number(&report_score),
        number(score.rsplit(':').next().unwrap_or("")),
        "the report's score ({report_score}) is the play page's ({score})"
    );
    assert!(text(&c, "#report-check").await.contains("replay"));
    let decisions = js(
        &c,
        "return document.querySelectorAll('.decisions-table tbody tr').length",
    )
    .await;
    assert_eq!(decisions, json!(3), "one row of decisions per round");
    screenshot(&c, shots, "report-en.png").await;
    let pages = print_report(&c, shots, "report-en.pdf").await;
    assert!(pages >= 2, "the report prints on A4 pages ({pages})");

    click(&c, "#lang-toggle").await;
    until_text(&c, "#report-title", "三轮快速练习").await;
    assert!(text(&c, "#report-check").await.contains("重放"));
    let english_left = js(
        &c,
        "return [...document.querySelectorAll('#report h2, #report h3, #report th, #report dt, #report p, #report li, #report button')].map(e => e.textContent).filter(t => /\\b(the|and|of|round|customers?|your?)\\b/i.test(t))",
    )
    .await;
    assert_eq!(
        english_left,
        json!([]),
        "English words left on the Chinese report"
    );
    screenshot(&c, shots, "report-zh.png").await;
    print_report(&c, shots, "report-zh.pdf").await;

    let errors = console_errors(&c).await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    c.close().await.unwrap();
    drop(session);
}
