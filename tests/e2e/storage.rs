//! End-to-end: nothing a student keeps in the browser is lost, and every
//! message says why. A damaged list of saved runs is kept aside and
//! rebuilt; a save that cannot finish leaves no half; a run outside the list
//! can be taken back; an imported file is listed by what its replay gives,
//! with its strings bounded and its reordering controls removed; the same
//! file reads the same in the page and in `crm-lab grade`; a damaged editor
//! draft or lesson progress is kept aside, not overwritten.

use super::*;
use crm_lab::coursework::{Assignment, Playthrough, RunFile};

const INDEX: &str = "crm-lab/course/slots/v1";

/// How many slot keys storage holds.
async fn slot_keys(c: &Client) -> u64 {
    js(
        c,
        "return Object.keys(localStorage).filter(k => k.startsWith('crm-lab/course/slot/')).length",
    )
    .await
    .as_u64()
    .unwrap()
}

/// A run file of the first built-in assignment, two rounds played.
fn run_file(student: &str) -> RunFile {
    let a = Assignment::built_in("retention-vs-acquisition").expect("the built-in assignment");
    let mut p = Playthrough::new(&a, a.scenario.seed).unwrap();
    for _ in 0..2 {
        p.submit(&a.start_levers).unwrap();
    }
    RunFile::of(&p, student, "")
}

#[tokio::test]
#[ignore = "needs the release build (dist/) and Chromium: run by scripts/test.sh"]
async fn nothing_lost_end_to_end() {
    let (c, session) = open_browser("storage").await;
    let base = &session.base;

    // 1. Two saved runs; then the index is damaged (bad JSON). The page
    //    keeps the damaged text aside, rebuilds the list from the runs, and
    //    says so; the next save keeps both.
    start_run(&c, base, "Zhang San", 1).await;
    start_run(&c, base, "Li Si", 0).await;
    assert_eq!(slot_keys(&c).await, 2);
    for damage in ["{ not json", r#"[{"id":"x","score":null}]"#] {
        js(
            &c,
            &format!("localStorage.setItem({INDEX:?}, {damage:?}); return true"),
        )
        .await;
        c.goto(&format!("{base}#course")).await.unwrap();
        c.refresh().await.unwrap();
        until_text(&c, "#slots-rebuilt", "runs listed: 2").await;
        assert_eq!(
            js(
                &c,
                "return document.querySelectorAll('table.slots tbody tr').length"
            )
            .await,
            json!(2)
        );
        until(
            &c,
            "the kept copy",
            "return !!document.querySelector('#backups [data-backup]')",
        )
        .await;
    }
    start_run(&c, base, "Wang Wu", 0).await;
    c.goto(&format!("{base}#course")).await.unwrap();
    until(
        &c,
        "three runs listed",
        "return document.querySelectorAll('table.slots tbody tr').length === 3",
    )
    .await;

    // 2. A save whose index write fails (storage full) leaves nothing
    //    half-written, and says so next to the submit button, naming the
    //    progress.
    start_run(&c, base, "Zhao Liu", 0).await;
    let slot = js(&c, "return location.hash.split('/').pop()").await;
    let slot = slot.as_str().unwrap().to_string();
    let key = format!("crm-lab/course/slot/{slot}");
    let before = js(&c, &format!("return localStorage.getItem({key:?})")).await;
    js(
        &c,
        &format!(
            "const set = Storage.prototype.setItem; window.crmLabSet = set; \
             Storage.prototype.setItem = function (k, v) {{ \
               if (k === {INDEX:?}) throw new DOMException('full', 'QuotaExceededError'); \
               return set.call(this, k, v); }}; return true"
        ),
    )
    .await;
    click(&c, "#submit-round").await;
    until_text(&c, "#save-warning", "progress").await;
    assert!(in_viewport(&c, "#save-warning").await && in_viewport(&c, "#submit-round").await);
    assert_eq!(
        js(&c, &format!("return localStorage.getItem({key:?})")).await,
        before,
        "the slot went back to what it was"
    );
    js(
        &c,
        "Storage.prototype.setItem = window.crmLabSet; return true",
    )
    .await;

    // 3. A run outside the list (an orphan) is shown and can be taken back.
    js(
        &c,
        &format!(
            "const ix = JSON.parse(localStorage.getItem({INDEX:?})).filter(m => m.id !== {slot:?}); \
             localStorage.setItem({INDEX:?}, JSON.stringify(ix)); return true"
        ),
    )
    .await;
    c.goto(&format!("{base}#course")).await.unwrap();
    c.refresh().await.unwrap();
    until_text(&c, "#orphans", "Zhao Liu").await;
    click(&c, "#orphans button.adopt").await;
    until(
        &c,
        "the orphan taken back",
        "return !document.querySelector('#orphans')",
    )
    .await;
    assert_eq!(
        js(
            &c,
            "return document.querySelectorAll('table.slots tbody tr').length"
        )
        .await,
        json!(4)
    );

    // 4. An imported file is listed by its replay, not its claims; its
    //    name is bounded and cannot reorder text; a UTF-16 file from
    //    Notepad reads (and verifies) as it does for `crm-lab grade`.
    let dir = std::env::temp_dir().join(format!("crm-lab-e2e-files-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let mut bragging = run_file(&format!("Eve\u{202E}gnp.exe{}", "x".repeat(5000)));
    bragging.results.score = 1e308;
    bragging.results.rounds_played = 12;
    let claims = dir.join("claims.json");
    std::fs::write(&claims, bragging.to_json()).unwrap();
    let honest = run_file("Notepad User");
    let mut utf16 = vec![0xFF, 0xFE];
    utf16.extend(honest.to_json().encode_utf16().flat_map(u16::to_le_bytes));
    let notepad = dir.join("notepad.json");
    std::fs::write(&notepad, &utf16).unwrap();

    c.goto(&format!("{base}#course")).await.unwrap();
    until(
        &c,
        "the file input",
        "return !!document.querySelector('#open-file')",
    )
    .await;
    c.find(Locator::Css("#open-file"))
        .await
        .unwrap()
        .send_keys(&claims.display().to_string())
        .await
        .unwrap();
    until_text(&c, "#verification", "Not verified").await;
    let shown = text(&c, "#verification").await;
    assert!(!shown.contains('\u{202E}'), "no override character shown");
    let row = js(
        &c,
        "const r = [...document.querySelectorAll('table.slots tbody tr')].find(r => r.querySelector('input.slot-name').value.startsWith('Eve')); \
         return r ? [r.querySelector('input.slot-name').value.length, r.textContent] : null",
    )
    .await;
    assert!(row[0].as_u64().unwrap() <= 80, "the name is bounded: {row}");
    let row_text = row[1].as_str().unwrap();
    assert!(
        row_text.contains("2 of 8") || row_text.contains("2 / 8"),
        "{row_text}"
    );
    assert!(
        !row_text.contains("e+") && !row_text.contains("12 of"),
        "{row_text}"
    );
    c.find(Locator::Css("#open-file"))
        .await
        .unwrap()
        .send_keys(&notepad.display().to_string())
        .await
        .unwrap();
    until_text(&c, "#verification", "Notepad User").await;
    assert!(
        !text(&c, "#verification h2").await.contains("Not"),
        "a UTF-16 file verifies"
    );
    // The command line reads the same folder to the same verdicts.
    let out = Command::new(env!("CARGO_BIN_EXE_crm-lab"))
        .args(["grade", dir.to_str().unwrap()])
        .output()
        .unwrap();
    let csv = String::from_utf8_lossy(&out.stdout);
    assert!(
        csv.lines()
            .any(|l| l.starts_with("1,notepad.json,Notepad User,yes")),
        "{csv}"
    );
    assert!(
        csv.lines()
            .any(|l| l.starts_with(",claims.json,") && l.contains(",no,")),
        "{csv}"
    );
    assert!(!csv.contains('\u{202E}'));
    let _ = std::fs::remove_dir_all(&dir);

    // 4b. A run whose own data is damaged is kept aside when opened and
    //     leaves the list (the list never offers a run that cannot open).
    c.goto(&format!("{base}#course")).await.unwrap();
    until(
        &c,
        "the list",
        "return !!document.querySelector('table.slots')",
    )
    .await;
    let victim = js(
        &c,
        "return document.querySelector('table.slots tbody tr').dataset.slot",
    )
    .await;
    let victim = victim.as_str().unwrap().to_string();
    js(
        &c,
        &format!("localStorage.setItem('crm-lab/course/slot/{victim}', '{{ damaged'); return true"),
    )
    .await;
    // (A fresh page: this tab still holds the run it opened.)
    c.goto("about:blank").await.unwrap();
    c.goto(&format!("{base}#course/play/{victim}"))
        .await
        .unwrap();
    until_text(&c, ".notice", "kept aside").await;
    c.goto(&format!("{base}#course")).await.unwrap();
    until(
        &c,
        "the damaged run off the list, its copy kept",
        &format!(
            "return !document.querySelector('[data-slot=\"{victim}\"]') && \
             [...document.querySelectorAll('#backups [data-backup]')].some(e => e.dataset.backup.includes('{victim}'))"
        ),
    )
    .await;

    // 5. A damaged editor draft and damaged lesson progress are kept aside
    //    and said, not silently replaced.
    js(
        &c,
        "localStorage.setItem('crm-lab/course/editor/v1', '{ draft'); \
         localStorage.setItem('crm-lab/lessons/v1', '{ progress'); return true",
    )
    .await;
    c.goto("about:blank").await.unwrap();
    c.goto(&format!("{base}#course/editor")).await.unwrap();
    until_text(&c, "#draft-set-aside", "kept aside").await;
    c.goto(&format!("{base}#learn")).await.unwrap();
    until_text(&c, "#progress-set-aside", "kept aside").await;
    // Told again after a reload, until the kept copy is deleted.
    c.refresh().await.unwrap();
    until_text(&c, "#progress-set-aside", "kept aside").await;
    let kept = js(
        &c,
        "return Object.keys(localStorage).filter(k => k.includes('/damaged-')).map(k => localStorage.getItem(k))",
    )
    .await;
    let kept = kept.to_string();
    assert!(kept.contains("{ draft") && kept.contains("{ progress") && kept.contains("{ not json"));

    let errors = console_errors(&c).await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
}

/// A browser sample of the fuzzing in `tests/fuzz.rs`: damaged share and
/// assignment links opened in the page never crash it, always say what is
/// wrong, and leave what the browser remembers as it was.
#[tokio::test]
#[ignore = "needs the release build (dist/) and Chromium: run by scripts/test.sh"]
async fn damaged_links_change_nothing_stored() {
    let (c, session) = open_browser("fuzz").await;
    let base = &session.base;
    c.goto(base).await.unwrap();
    wait_ready(&c).await;
    set_field(&c, ".lever[data-lever='price'] .lever-number", "1.2").await;
    until(
        &c,
        "the settings remembered",
        "const v = localStorage.getItem('crm-lab/explore/v1'); return !!v && v.includes('1.2')",
    )
    .await;
    let link = js(&c, "return location.href")
        .await
        .as_str()
        .unwrap()
        .to_string();
    let fragment = link.split('#').nth(1).unwrap().to_string();
    let code = crm_lab::coursework::link::encode(
        &Assignment::built_in("retention-vs-acquisition").unwrap(),
    );
    let mut bad: Vec<String> = vec![
        fragment.replace("price=1.2", "price=abc"),
        fragment.replace("v=1", "v=2"),
        fragment.replace("&n=", "&n=9".repeat(400).as_str()),
        format!("{fragment}&=x"),
        format!("{fragment}&colour=%E4"),
        fragment.replace("price=1.2", "price"),
        fragment.replace("months=36", "months=-0"),
        fragment.replace("lang=", "lang=\u{202E}"),
        format!("assignment={}", &code[..code.len() / 2]),
        format!("assignment={}x!", code),
        format!("assignment={}", "A".repeat(250_000)),
        "glossary/%E6%97%A0%E6%AD%A4".into(),
        "course/play/nope".into(),
        "tools/%00".into(),
    ];
    bad.push(format!("{}%", &fragment[..fragment.len() - 3]));
    for (i, f) in bad.iter().enumerate() {
        let before = js(&c, "return localStorage.getItem('crm-lab/explore/v1')").await;
        c.goto("about:blank").await.unwrap();
        c.goto(&format!("{base}#{f}")).await.unwrap();
        until(&c, "the page", "return !!document.querySelector('.app')").await;
        tokio::time::sleep(Duration::from_millis(600)).await;
        let said = js(
            &c,
            "const n = document.querySelector('#notice, #not-found, .notice'); return n ? n.textContent : ''",
        )
        .await;
        let said = said.as_str().unwrap_or("");
        assert!(
            !said.is_empty() && said.chars().count() < 600,
            "case {i}: {said:?}"
        );
        assert_eq!(
            js(&c, "return localStorage.getItem('crm-lab/explore/v1')").await,
            before,
            "case {i} ({}) changed what was remembered",
            f.chars().take(60).collect::<String>()
        );
    }
    let errors = console_errors(&c).await;
    assert!(errors.is_empty(), "console errors: {errors:?}");
}
