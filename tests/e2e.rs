//! End-to-end: the release build (`dist/`), served from a sub-path by a small
//! static server, driven in headless Chromium through ChromeDriver as a user
//! would: sliders from the keyboard, buttons, links, shortcuts.
//!
//! Run by `scripts/test.sh` after `trunk build --release`:
//! `cargo test --release --test e2e -- --ignored --nocapture`.
//! Screenshots go to `target/e2e-screenshots/`; the suite prints the folder
//! and the measured time from a slider move to redrawn charts. This file
//! drives the Explore page; `e2e/course.rs` drives coursework.
#![cfg(not(target_arch = "wasm32"))]

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::key::Key;
use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};

#[path = "e2e/classroom.rs"]
mod classroom;
#[path = "e2e/course.rs"]
mod course;
#[path = "e2e/league.rs"]
mod league;
#[path = "e2e/lessons.rs"]
mod lessons;
#[path = "e2e/storage.rs"]
mod storage;

const SUB_PATH: &str = "/courses/crm-lab/";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Serves `dir` under [`SUB_PATH`] on a free loopback port, forever.
fn serve(dir: PathBuf) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let dir = dir.clone();
            std::thread::spawn(move || answer(stream, &dir));
        }
    });
    port
}

fn answer(mut stream: TcpStream, dir: &Path) {
    let mut line = String::new();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    if reader.read_line(&mut line).is_err() {
        return;
    }
    // Drain the headers.
    let mut h = String::new();
    while reader.read_line(&mut h).is_ok_and(|n| n > 2) {
        h.clear();
    }
    let path = line
        .split_whitespace()
        .nth(1)
        .unwrap_or("/")
        .split('?')
        .next()
        .unwrap_or("/");
    let file = path
        .strip_prefix(SUB_PATH)
        .map(|p| if p.is_empty() { "index.html" } else { p })
        .filter(|p| !p.contains(".."))
        .map(|p| dir.join(p));
    let (status, body, kind) = match file.and_then(|f| std::fs::read(&f).ok().map(|b| (f, b))) {
        Some((f, body)) => {
            let kind = match f.extension().and_then(|e| e.to_str()) {
                Some("html") => "text/html; charset=utf-8",
                Some("js") => "text/javascript",
                Some("wasm") => "application/wasm",
                Some("css") => "text/css",
                Some("svg") => "image/svg+xml",
                _ => "application/octet-stream",
            };
            ("200 OK", body, kind)
        }
        None => ("404 Not Found", b"not found".to_vec(), "text/plain"),
    };
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    );
    let _ = stream.write_all(head.as_bytes());
    let _ = stream.write_all(&body);
}

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// The browser's console messages (ChromeDriver's log endpoint).
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base: &url::Url,
        session: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (
            http::Method::POST,
            Some(r#"{"type":"browser"}"#.to_string()),
        )
    }
}

async fn console_errors(c: &Client) -> Vec<String> {
    let v = c.issue_cmd(BrowserLog).await.unwrap_or(Value::Null);
    v.as_array()
        .map(|entries| {
            entries
                .iter()
                .filter(|e| e["level"] == "SEVERE")
                .map(|e| e["message"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}

async fn js(c: &Client, script: &str) -> Value {
    c.execute(script, vec![]).await.expect(script)
}

async fn text(c: &Client, css: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .expect(css)
        .text()
        .await
        .unwrap()
}

async fn click(c: &Client, css: &str) {
    c.find(Locator::Css(css))
        .await
        .expect(css)
        .click()
        .await
        .expect(css);
}

/// Presses a special key on `el`.
async fn press(el: &fantoccini::elements::Element, key: Key) {
    el.send_keys(&String::from(char::from(key))).await.unwrap();
}

/// The page's measured times from a change to redrawn charts, sorted (ms).
async fn timings(c: &Client) -> Vec<f64> {
    let v = js(c, "return window.crmLabTimings || []").await;
    let mut ms: Vec<f64> = v
        .as_array()
        .map(|a| a.iter().filter_map(Value::as_f64).collect())
        .unwrap_or_default();
    ms.sort_by(f64::total_cmp);
    assert!(!ms.is_empty(), "the page measured its changes");
    ms
}

async fn kpi(c: &Client, id: &str) -> String {
    text(c, &format!("[data-kpi='{id}'] .kpi-number")).await
}

/// Waits until `script` returns true (up to 20 s).
async fn until(c: &Client, what: &str, script: &str) {
    let start = Instant::now();
    loop {
        if js(c, script).await == json!(true) {
            return;
        }
        assert!(
            start.elapsed() < Duration::from_secs(20),
            "timed out waiting for {what}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// Scrolls every chart into view (charts off screen are drawn when they
/// come into view), then back to the top.
async fn show_all_charts(c: &Client) {
    let n = js(c, "return document.querySelectorAll('figure.chart').length").await;
    for i in 0..n.as_u64().unwrap_or(0) {
        js(
            c,
            &format!(
                "document.querySelectorAll('figure.chart')[{i}].scrollIntoView(); return true"
            ),
        )
        .await;
        tokio::time::sleep(Duration::from_millis(120)).await;
    }
    js(c, "window.scrollTo(0, 0); return true").await;
}

/// Share of non-white pixels of every chart canvas, and a hash of its pixels.
async fn canvas_ink(c: &Client) -> Vec<(String, f64, f64)> {
    show_all_charts(c).await;
    let v = js(
        c,
        r#"return [...document.querySelectorAll('figure.chart')].map(f => {
            const cv = f.querySelector('canvas');
            const d = cv.getContext('2d').getImageData(0, 0, cv.width, cv.height).data;
            let ink = 0, h = 0;
            for (let i = 0; i < d.length; i += 4) {
                if (d[i] < 235 || d[i+1] < 235 || d[i+2] < 235) ink++;
                h = (h * 31 + d[i] + 7 * d[i+1] + 13 * d[i+2]) % 1000000007;
            }
            return [f.dataset.chart, ink / (d.length / 4), h];
        });"#,
    )
    .await;
    v.as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p[0].as_str().unwrap().to_string(),
                p[1].as_f64().unwrap(),
                p[2].as_f64().unwrap(),
            )
        })
        .collect()
}

/// Sets a form field's value as a person would leave it, firing `change`.
async fn set_field(c: &Client, css: &str, value: &str) {
    let done = c
        .execute(
            "const e = document.querySelector(arguments[0]); if (!e) return false; \
             e.value = arguments[1]; \
             e.dispatchEvent(new Event('input', { bubbles: true })); \
             e.dispatchEvent(new Event('change', { bubbles: true })); return true",
            vec![json!(css), json!(value)],
        )
        .await
        .expect(css);
    assert_eq!(done, json!(true), "no field {css}");
}

/// Waits until the text of `css` contains `needle`.
async fn until_text(c: &Client, css: &str, needle: &str) {
    until(
        c,
        &format!("{css} to say {needle:?}"),
        &format!(
            "const e = document.querySelector({css:?}); return !!e && e.textContent.includes({needle:?})"
        ),
    )
    .await;
}

async fn screenshot(c: &Client, dir: &Path, name: &str) {
    let png = c.screenshot().await.unwrap();
    std::fs::write(dir.join(name), png).unwrap();
}

async fn wait_ready(c: &Client) {
    c.wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("#kpis"))
        .await
        .expect("the page shows its KPI cards");
    until(
        c,
        "charts drawn",
        &format!(
            "return document.querySelectorAll('figure.chart canvas').length === {}",
            crm_lab::lessons::ChartKind::ALL.len()
        ),
    )
    .await;
}

/// A browser session on the served release build, and what it leaves
/// behind (a profile, a downloads folder), removed when dropped.
struct Session {
    base: String,
    shots: PathBuf,
    downloads: PathBuf,
    profile: PathBuf,
    _driver: Driver,
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.profile);
        let _ = std::fs::remove_dir_all(&self.downloads);
    }
}

/// Serves `dist/` under [`SUB_PATH`], starts ChromeDriver and opens a
/// headless Chromium with a fresh profile; `tag` keeps the folders of two
/// Whether the element `css` lies wholly inside the viewport, unscrolled.
async fn in_viewport(c: &Client, css: &str) -> bool {
    js(
        c,
        &format!(
            "const e = document.querySelector({css:?}); if (!e) return false; \
             const r = e.getBoundingClientRect(); \
             return r.width > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth"
        ),
    )
    .await
        == json!(true)
}

/// Starts the first built-in assignment as `student` and plays `rounds`.
async fn start_run(c: &Client, base: &str, student: &str, rounds: u32) {
    c.goto(&format!("{base}#course")).await.unwrap();
    until(
        c,
        "the assignments",
        "return !!document.querySelector('[data-assignment] button.start')",
    )
    .await;
    js(
        c,
        "document.querySelector('[data-assignment] button.start').click(); return true",
    )
    .await;
    until(
        c,
        "the start form",
        "return !!document.querySelector('[data-assignment] form')",
    )
    .await;
    c.execute(
        "const f = document.querySelector('[data-assignment] form'); \
         const i = f.querySelector('input'); i.value = arguments[0]; \
         i.dispatchEvent(new Event('input', { bubbles: true })); \
         f.querySelector('button[type=submit]').click(); return true",
        vec![json!(student)],
    )
    .await
    .unwrap();
    until_text(c, "#round-status", "Round 1 of").await;
    for r in 1..=rounds {
        click(c, "#submit-round").await;
        until_text(c, "#round-status", &format!("Round {} of", r + 1)).await;
    }
}

/// sessions apart.
async fn open_browser(tag: &str) -> (Client, Session) {
    let dist = root().join("dist");
    assert!(
        dist.join("index.html").exists(),
        "build the site first: trunk build --release --offline"
    );
    let shots = root().join("target/e2e-screenshots");
    std::fs::create_dir_all(&shots).unwrap();
    let site = serve(dist);
    let base = format!("http://127.0.0.1:{site}{SUB_PATH}");

    let port = free_port();
    let driver = Driver(
        Command::new(std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into()))
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("chromedriver is installed (scripts/setup.sh)"),
    );
    let profile = std::env::temp_dir().join(format!("crm-lab-e2e-{tag}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&profile);
    let downloads = std::env::temp_dir().join(format!(
        "crm-lab-e2e-downloads-{tag}-{}",
        std::process::id()
    ));
    let _ = std::fs::remove_dir_all(&downloads);
    std::fs::create_dir_all(&downloads).unwrap();
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": std::env::var("CHROMIUM").unwrap_or_else(|_| "/usr/bin/chromium".into()),
            "args": [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1440,1000", "--lang=en-US",
                format!("--user-data-dir={}", profile.display()),
            ],
            "prefs": {
                "download.default_directory": downloads.display().to_string(),
                "download.prompt_for_download": false,
            },
        }),
    );
    caps.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
    let mut client = None;
    for _ in 0..50 {
        match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(c) => {
                client = Some(c);
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
    let c = client.expect("a ChromeDriver session");
    (
        c,
        Session {
            base,
            shots,
            downloads,
            profile,
            _driver: driver,
        },
    )
}

#[tokio::test]
#[ignore = "needs the release build (dist/) and Chromium: run by scripts/test.sh"]
async fn explore_page_end_to_end() {
    let (c, session) = open_browser("explore").await;
    let (base, shots, downloads) = (&session.base, &session.shots, &session.downloads);

    // 1. Loads from a sub-path, in English (the browser's language), with no
    //    console errors and no request outside this site.
    c.goto(base).await.unwrap();
    wait_ready(&c).await;
    assert_eq!(text(&c, "h1").await, "CRM Lab");
    assert_eq!(
        js(&c, "return document.documentElement.lang").await,
        json!("en")
    );
    let errors = console_errors(&c).await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    let foreign = js(
        &c,
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith(location.origin))",
    )
    .await;
    assert_eq!(foreign, json!([]), "requests outside the site");

    // 2. Every chart is drawn.
    for (chart, ink, _) in canvas_ink(&c).await {
        assert!(ink > 0.02, "chart {chart} looks blank ({ink:.3})");
    }
    screenshot(&c, shots, "explore-en.png").await;

    // 3. Moving the email slider (a care channel) from the keyboard changes the KPIs.
    //    A person pauses between steps; meanwhile the worker computes the
    //    neighbouring values, so the next step only redraws.
    let equity_before = kpi(&c, "equity").await;
    let slider = c.find(Locator::Css("#lever-care_email")).await.unwrap();
    js(
        &c,
        "document.querySelector('#lever-care_email').focus(); return true",
    )
    .await;
    let right: String = char::from(Key::Right).into();
    until(
        &c,
        "runs computed ahead",
        "return window.crmLabPrefetchIdle === true",
    )
    .await;
    js(
        &c,
        "window.crmLabTimings = []; window.crmLabDrawMs = 0; window.crmLabComputeMs = 0; window.crmLabPrefetchHits = 0; return true",
    )
    .await;
    for step in 1..=6 {
        slider.send_keys(&right).await.unwrap();
        until(
            &c,
            "the step drawn",
            &format!("return (window.crmLabTimings || []).length >= {step}"),
        )
        .await;
        until(
            &c,
            "runs computed ahead",
            "return window.crmLabPrefetchIdle === true",
        )
        .await;
    }
    until(&c, "KPI change", &format!(
        "return document.querySelector(\"[data-kpi='equity'] .kpi-number\").textContent !== '{equity_before}'"
    ))
    .await;
    let value = js(
        &c,
        "return document.querySelector('#lever-care_email').value",
    )
    .await;
    assert_eq!(value, json!("7"), "six steps of 0.5 from 4");
    let hits = js(&c, "return window.crmLabPrefetchHits || 0").await;
    assert_eq!(
        hits,
        json!(6),
        "every step was computed ahead by the worker"
    );
    let stepped = timings(&c).await;
    let draw = js(&c, "return window.crmLabDrawMs || 0")
        .await
        .as_f64()
        .unwrap_or(0.0);

    // Values nobody computed ahead: typed into the number field.
    js(
        &c,
        "window.crmLabTimings = []; window.crmLabComputeMs = 0; window.crmLabPrefetchHits = 0; return true",
    )
    .await;
    for (k, typed) in ["27", "1.5", "23", "13.5", "29.5"].iter().enumerate() {
        js(&c, &format!(
            "const i = document.querySelector(\".lever[data-lever='care_email'] .lever-number\"); \
             i.value = '{typed}'; i.dispatchEvent(new Event('change', {{ bubbles: true }})); return true"
        ))
        .await;
        until(
            &c,
            "the typed value drawn",
            &format!("return (window.crmLabTimings || []).length >= {}", k + 1),
        )
        .await;
        tokio::time::sleep(Duration::from_millis(150)).await;
    }
    let cold = timings(&c).await;
    let compute = js(&c, "return window.crmLabComputeMs || 0")
        .await
        .as_f64()
        .unwrap_or(0.0);
    let per_chart = js(
        &c,
        "return Object.keys(window).filter(k => k.startsWith('crmLabDrawMs_')).map(k => k.slice(13) + ' ' + window[k].toFixed(0) + ' ms').join(', ')",
    )
    .await;
    println!(
        "drawing since the page loaded, by chart: {}",
        per_chart.as_str().unwrap_or("")
    );
    println!(
        "slider step to redrawn charts (10,000 customers x 36 months, neighbouring values computed ahead by the worker): median {:.1} ms, max {:.1} ms over {} steps; drawing the charts on screen {:.1} ms a step",
        stepped[stepped.len() / 2],
        stepped[stepped.len() - 1],
        stepped.len(),
        draw / stepped.len() as f64
    );
    println!(
        "a value not computed ahead (typed): median {:.1} ms, max {:.1} ms over {} changes, of which computing the run {:.1} ms",
        cold[cold.len() / 2],
        cold[cold.len() - 1],
        cold.len(),
        compute / cold.len() as f64
    );
    js(
        &c,
        "const i = document.querySelector(\".lever[data-lever='care_email'] .lever-number\"); \
         i.value = '8'; i.dispatchEvent(new Event('change', { bubbles: true })); return true",
    )
    .await;
    until(
        &c,
        "back to 8",
        "return document.querySelector('#lever-care_email').value === '8'",
    )
    .await;

    // The early-warning list at the month on screen: the customers at risk,
    // most likely to leave first; a header sorts by its column.
    until(
        &c,
        "the early-warning list",
        "return document.querySelectorAll('#warning-table tbody tr').length >= 10",
    )
    .await;
    let risks = "return [...document.querySelectorAll('#warning-table tbody tr')].map(r => parseFloat(r.children[3].textContent))";
    let r: Vec<f64> = serde_json::from_value(js(&c, risks).await).unwrap();
    assert!(r.windows(2).all(|w| w[0] >= w[1]) && r[0] >= 8.0, "{r:?}");
    click(&c, "#warning-table button[data-column='0']").await;
    let ids: Vec<u64> = serde_json::from_value(
        js(&c, "return [...document.querySelectorAll('#warning-table tbody tr')].map(r => Number(r.dataset.customer))").await,
    )
    .unwrap();
    assert!(ids.windows(2).all(|w| w[0] < w[1]), "{ids:?}");

    // A loyalty programme brings its cards (members, points liability, its
    // cost, members' and others' retention); without one they are gone.
    assert!(
        js(
            &c,
            "return !document.querySelector(\"[data-kpi='members']\")"
        )
        .await
            == json!(true)
    );
    set_field(&c, ".lever[data-lever='points_rate'] .lever-number", "3").await;
    until(
        &c,
        "the programme's cards",
        "const m = document.querySelector(\"[data-kpi='members'] .kpi-number\"); \
         return !!m && Number(m.textContent.replace(/,/g, '')) > 1000 \
           && !!document.querySelector(\"[data-kpi='points_liability']\")",
    )
    .await;
    set_field(&c, ".lever[data-lever='points_rate'] .lever-number", "0").await;
    until(
        &c,
        "no programme, no programme cards",
        "return !document.querySelector(\"[data-kpi='members']\")",
    )
    .await;

    // 4. Pin a baseline, move a lever: differences appear on the cards.
    click(&c, "#pin").await;
    assert_eq!(
        c.find(Locator::Css("#pin"))
            .await
            .unwrap()
            .attr("aria-pressed")
            .await
            .unwrap(),
        Some("true".into())
    );
    let ink_before = canvas_ink(&c).await;
    let price = c.find(Locator::Css("#lever-price")).await.unwrap();
    price.click().await.ok();
    for _ in 0..8 {
        price.send_keys(&right).await.unwrap();
    }
    until(
        &c,
        "deltas",
        "return document.querySelectorAll('.kpi-delta.good, .kpi-delta.bad').length > 4",
    )
    .await;
    let ink_after = canvas_ink(&c).await;
    let changed = ink_before
        .iter()
        .zip(&ink_after)
        .filter(|(a, b)| a.2 != b.2)
        .count();
    assert_eq!(
        changed,
        crm_lab::lessons::ChartKind::ALL.len(),
        "every chart redrawn with the baseline: {ink_before:?} -> {ink_after:?}"
    );
    screenshot(&c, shots, "explore-baseline-en.png").await;

    // 5. The share link opened in a fresh page restores the same numbers.
    let link = c.current_url().await.unwrap().to_string();
    let price_now = js(&c, "return document.querySelector('#lever-price').value").await;
    assert_ne!(price_now, json!("1"));
    assert!(
        link.contains(&format!("price={}&", price_now.as_str().unwrap())),
        "{link}"
    );
    let kpis_here = js(
        &c,
        "return [...document.querySelectorAll('.kpi-number')].map(e => e.textContent)",
    )
    .await;
    js(&c, "localStorage.clear(); return true").await;
    c.goto("about:blank").await.unwrap();
    c.goto(&link).await.unwrap();
    wait_ready(&c).await;
    let kpis_there = js(
        &c,
        "return [...document.querySelectorAll('.kpi-number')].map(e => e.textContent)",
    )
    .await;
    assert_eq!(kpis_here, kpis_there);

    // 6. Switching to Chinese changes the visible text, and keeps the state.
    click(&c, "#lang-toggle").await;
    until(
        &c,
        "Chinese",
        "return document.documentElement.lang === 'zh-CN'",
    )
    .await;
    assert_eq!(text(&c, "h1").await, "CRM 实验室");
    assert!(text(&c, "[data-kpi='retention'] .kpi-label")
        .await
        .contains("客户保留率"));
    // The figures themselves (money, shortened on a card, by its exact
    // figure), each language writing its own currency.
    let figures = "return [...document.querySelectorAll('#kpis .kpi-number')].map(e => (e.dataset.exact || e.textContent).replace(/[^0-9.%-]/g, ''))";
    let kpis_zh = js(&c, figures).await;
    assert!(
        text(&c, "[data-kpi='profit'] .kpi-number")
            .await
            .ends_with('元'),
        "Chinese money in 元"
    );
    click(&c, "#lang-toggle").await;
    until(
        &c,
        "English",
        "return document.documentElement.lang === 'en'",
    )
    .await;
    let kpis_en = js(&c, figures).await;
    assert!(text(&c, "[data-kpi='profit'] .kpi-number")
        .await
        .starts_with('¥'));
    click(&c, "#lang-toggle").await;
    until(
        &c,
        "Chinese",
        "return document.documentElement.lang === 'zh-CN'",
    )
    .await;
    assert_eq!(kpis_zh, kpis_en, "the language changes words, not numbers");
    let english_left = js(
        &c,
        "return [...document.querySelectorAll('label, h2, h3, button, .kpi-label, .kpi-help, .lever-help')].map(e => e.textContent).filter(t => /\\b(the|and|of|customers?)\\b/i.test(t))",
    )
    .await;
    assert_eq!(
        english_left,
        json!([]),
        "English words left on the Chinese page"
    );
    screenshot(&c, shots, "explore-zh.png").await;

    // 6b. Exports: the monthly series as CSV with a BOM and Chinese headers.
    click(&c, "#export-series").await;
    let csv_path = downloads.join("crm-lab-monthly.csv");
    let start = Instant::now();
    while !csv_path.exists() && start.elapsed() < Duration::from_secs(15) {
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let csv = std::fs::read(&csv_path).expect("the monthly CSV was downloaded");
    assert!(
        csv.starts_with(&[0xEF, 0xBB, 0xBF]),
        "UTF-8 byte-order mark"
    );
    let csv = String::from_utf8(csv[3..].to_vec()).unwrap();
    assert!(
        csv.starts_with("月份,潜在客户,"),
        "{}",
        &csv[..60.min(csv.len())]
    );
    assert_eq!(csv.lines().count(), 37);

    // 7. Projector mode enlarges the type.
    let small = js(
        &c,
        "return parseFloat(getComputedStyle(document.body).fontSize)",
    )
    .await;
    click(&c, "#projector-toggle").await;
    until(
        &c,
        "projector mode",
        "return document.body.classList.contains('projector')",
    )
    .await;
    let big = js(
        &c,
        "return parseFloat(getComputedStyle(document.body).fontSize)",
    )
    .await;
    assert!(big.as_f64() > small.as_f64(), "{small} -> {big}");
    tokio::time::sleep(Duration::from_millis(300)).await;
    screenshot(&c, shots, "explore-projector-zh.png").await;
    click(&c, "#projector-toggle").await;

    // 8. Keyboard shortcuts: ? lists them, space plays and pauses, arrows move the month, b pins.
    let body = c.find(Locator::Css("body")).await.unwrap();
    body.send_keys("?").await.unwrap();
    until(
        &c,
        "shortcut list",
        "return !!document.querySelector('#shortcuts-dialog')",
    )
    .await;
    body.send_keys("?").await.unwrap();
    until(
        &c,
        "shortcut list toggled off by ?",
        "return !document.querySelector('#shortcuts-dialog')",
    )
    .await;
    body.send_keys("?").await.unwrap();
    until(
        &c,
        "shortcut list again",
        "return !!document.querySelector('#shortcuts-dialog')",
    )
    .await;
    press(&body, Key::Escape).await;
    until(
        &c,
        "shortcut list closed",
        "return !document.querySelector('#shortcuts-dialog')",
    )
    .await;
    let month = || async { js(&c, "return document.querySelector('#month').value").await };
    let m0 = month().await;
    press(&body, Key::Left).await;
    until(
        &c,
        "month back",
        &format!("return document.querySelector('#month').value !== {m0}"),
    )
    .await;
    body.send_keys(" ").await.unwrap();
    until(
        &c,
        "playing",
        "return document.querySelector('#play').getAttribute('aria-pressed') === 'true'",
    )
    .await;
    body.send_keys(" ").await.unwrap();
    until(
        &c,
        "paused",
        "return document.querySelector('#play').getAttribute('aria-pressed') === 'false'",
    )
    .await;
    let pinned = c
        .find(Locator::Css("#pin"))
        .await
        .unwrap()
        .attr("aria-pressed")
        .await
        .unwrap();
    body.send_keys("b").await.unwrap();
    until(
        &c,
        "pin toggled",
        &format!(
            "return document.querySelector('#pin').getAttribute('aria-pressed') !== '{}'",
            pinned.unwrap_or_default()
        ),
    )
    .await;

    // 8b. The share dialog: the link, a QR code big enough to scan, a copy button.
    click(&c, "#share").await;
    until(
        &c,
        "share dialog",
        "return !!document.querySelector('#share-qr svg')",
    )
    .await;
    let shown = js(&c, "return document.querySelector('#share-link').value").await;
    assert!(shown.as_str().unwrap().contains("#v=1&"), "{shown}");
    // The dialog keeps the keyboard: focus starts on the link, and Tab
    // from its last control comes back to the first.
    until(
        &c,
        "focus in the dialog",
        "return document.activeElement && document.activeElement.id === 'share-link'",
    )
    .await;
    let close = c
        .find(Locator::Css("#share-qr ~ button.close"))
        .await
        .unwrap();
    close.click().await.ok();
    click(&c, "#share").await;
    until(
        &c,
        "share dialog again",
        "return !!document.querySelector('#share-qr svg')",
    )
    .await;
    js(
        &c,
        "document.querySelector('.dialog.share button.close').focus(); return true",
    )
    .await;
    let last = c
        .find(Locator::Css(".dialog.share button.close"))
        .await
        .unwrap();
    press(&last, Key::Tab).await;
    until(
        &c,
        "Tab cycles inside the dialog",
        "return document.activeElement && document.activeElement.id === 'share-link'",
    )
    .await;
    let qr_px = js(
        &c,
        "return document.querySelector('#share-qr svg').getBoundingClientRect().width",
    )
    .await;
    assert!(qr_px.as_f64().unwrap() >= 300.0, "QR code {qr_px} px wide");
    js(
        &c,
        "document.querySelector('#notice button')?.click(); return true",
    )
    .await;
    until(&c, "no notice", "return !document.querySelector('#notice')").await;
    click(&c, "#copy-link").await;
    until(
        &c,
        "copy result",
        "return !!document.querySelector('#notice')",
    )
    .await;
    press(&body, Key::Escape).await;
    until(
        &c,
        "share dialog closed",
        "return !document.querySelector('#share-qr')",
    )
    .await;
    until(
        &c,
        "focus back on Share",
        "return document.activeElement && document.activeElement.id === 'share'",
    )
    .await;

    // 9. A malformed link (pasted into the open page) shows a message in the
    //    user's language and opens the remembered state, unchanged.
    c.goto(&format!("{base}#v=1&scenario=default&price=9&lang=en"))
        .await
        .unwrap();
    wait_ready(&c).await;
    until(
        &c,
        "the notice",
        "return !!document.querySelector('#notice')",
    )
    .await;
    let notice = text(&c, "#notice").await;
    assert!(
        notice.contains("Price: 9 is outside the allowed range 0.6 to 1.6"),
        "{notice}"
    );
    // The remembered price, not the link's 9.
    assert_eq!(
        js(&c, "return document.querySelector('#lever-price').value").await,
        js(
            &c,
            "return String(JSON.parse(localStorage.getItem('crm-lab/explore/v1')).settings.levers.price)"
        )
        .await
    );
    c.goto("about:blank").await.unwrap();
    c.goto(&format!("{base}#v=1&seed=banana&lang=zh"))
        .await
        .unwrap();
    wait_ready(&c).await;
    let notice = text(&c, "#notice").await;
    assert!(notice.contains("无法读取此链接"), "{notice}");

    // 10. Corrupted storage (the page's state and the language preference):
    //     a message, the default state in the browser's language, no crash.
    c.goto(base).await.unwrap();
    wait_ready(&c).await;
    tokio::time::sleep(Duration::from_millis(600)).await; // the page has saved its state; now spoil it
    js(
        &c,
        "localStorage.setItem('crm-lab/explore/v1', '{not json'); localStorage.setItem('crm-lab/prefs/v1', '[1,'); history.replaceState(null, '', location.pathname); return true",
    )
    .await;
    c.refresh().await.unwrap();
    wait_ready(&c).await;
    let notice = text(&c, "#notice").await;
    assert!(
        notice.contains("Saved settings could not be read"),
        "{notice}"
    );

    // 10b. Full storage: a change that cannot be saved gives a message and still applies.
    click(&c, "#notice button").await;
    js(
        &c,
        r#"localStorage.clear();
           const block = 'x'.repeat(1 << 20);
           try { for (let i = 0; i < 64; i++) localStorage.setItem('filler-' + i, block); } catch (e) {}
           try { for (let i = 0; i < 1024; i++) localStorage.setItem('small-' + i, 'x'.repeat(1024)); } catch (e) {}
           return true"#,
    )
    .await;
    let seed = c.find(Locator::Css("#seed")).await.unwrap();
    seed.click().await.unwrap();
    press(&seed, Key::End).await;
    for _ in 0..6 {
        press(&seed, Key::Backspace).await;
    }
    seed.send_keys("77").await.unwrap();
    click(&c, "h1").await; // leaving the field commits it
    until(
        &c,
        "storage-full notice",
        "return !!document.querySelector('#notice')",
    )
    .await;
    let notice = text(&c, "#notice").await;
    assert!(notice.contains("storage is full"), "{notice}");
    let hash = js(&c, "return location.hash").await;
    assert!(hash.as_str().unwrap().contains("seed=77"), "{hash}");
    js(&c, "localStorage.clear(); return true").await;

    // 11. A large market computes in slices with progress; results stay on screen meanwhile.
    c.find(Locator::Css("#market-size"))
        .await
        .unwrap()
        .select_by_value("100000")
        .await
        .unwrap();
    until(
        &c,
        "progress or done",
        "return !!document.querySelector('#progress') || !!document.querySelector('#kpis')",
    )
    .await;
    assert!(js(&c, "return !!document.querySelector('#kpis')").await == json!(true));
    until(
        &c,
        "large run done",
        "return !document.querySelector('#progress') && location.hash.includes('n=100000')",
    )
    .await;

    // 11b. A million people: progress moves while the page stays responsive.
    let started = Instant::now();
    c.find(Locator::Css("#market-size"))
        .await
        .unwrap()
        .select_by_value("1000000")
        .await
        .unwrap();
    until(
        &c,
        "progress bar",
        "return !!document.querySelector('#progress progress')",
    )
    .await;
    let progress = || async {
        js(&c, "const p = document.querySelector('#progress progress'); return p ? Number(p.value) : 100").await.as_f64().unwrap()
    };
    let p0 = progress().await;
    // The page answers a click while computing.
    click(&c, "#projector-toggle").await;
    until(
        &c,
        "projector on while computing",
        "return document.body.classList.contains('projector')",
    )
    .await;
    click(&c, "#projector-toggle").await;
    tokio::time::sleep(Duration::from_millis(800)).await;
    let p1 = progress().await;
    assert!(p1 > p0, "progress moves: {p0} -> {p1}");
    assert_eq!(
        js(&c, "return !!document.querySelector('#kpis')").await,
        json!(true)
    );
    let start = Instant::now();
    while js(&c, "return !!document.querySelector('#progress')").await == json!(true) {
        assert!(
            start.elapsed() < Duration::from_secs(120),
            "a million people within two minutes"
        );
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    println!(
        "1,000,000 customers x 36 months computed in the page in {:.1} s (in slices, with progress)",
        started.elapsed().as_secs_f64()
    );

    // 12. A phone in portrait: one column.
    c.set_window_size(390, 844).await.unwrap();
    c.goto(&format!(
        "{base}#v=1&scenario=default&n=10000&months=36&seed=1&lang=zh"
    ))
    .await
    .unwrap();
    c.refresh().await.unwrap();
    wait_ready(&c).await;
    show_all_charts(&c).await;
    let fits = js(
        &c,
        "return [...document.querySelectorAll('figure.chart canvas')].every(cv => Math.abs(cv.width - cv.clientWidth * devicePixelRatio) <= 2)",
    )
    .await;
    assert_eq!(fits, json!(true), "charts redrawn at the phone's width");
    let cols = js(&c, "return getComputedStyle(document.querySelector('.layout')).gridTemplateColumns.split(' ').length").await;
    assert_eq!(cols, json!(1));
    let overflow = js(
        &c,
        "return document.documentElement.scrollWidth <= window.innerWidth + 1",
    )
    .await;
    assert_eq!(overflow, json!(true), "no sideways scrolling on a phone");
    screenshot(&c, shots, "explore-phone-zh.png").await;

    // Back to a laptop window, twice, without reloading: charts follow the size.
    for width in [1366, 1440] {
        c.set_window_size(width, 900).await.unwrap();
        tokio::time::sleep(Duration::from_millis(300)).await;
        show_all_charts(&c).await;
        let fits = js(
            &c,
            "return [...document.querySelectorAll('figure.chart canvas')].every(cv => Math.abs(cv.width - cv.clientWidth * devicePixelRatio) <= 2)",
        )
        .await;
        assert_eq!(
            fits,
            json!(true),
            "charts redrawn after resizing to {width} px"
        );
    }

    let errors = console_errors(&c).await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
    println!("screenshots: {}", shots.display());
    c.close().await.unwrap();
    drop(session);
}
