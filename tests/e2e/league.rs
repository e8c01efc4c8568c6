//! End-to-end: a classroom league played as a class plays it. A lecturer's
//! browser sets the league up; three teams, each in its own browser (its own
//! profile and storage), open the league link, pick their team and read out
//! their decision codes; the lecturer enters them (a mistyped code, a
//! duplicate and a code for the wrong round are refused), gives a silent
//! team "same as last round", runs two rounds and hands out the new link;
//! every browser then shows the same league table.

use super::*;

/// The decision code a team's page shows for `team` (1-based), after
/// setting the price lever to `price` if given.
async fn team_code(c: &Client, link: &str, team: usize, price: Option<&str>) -> String {
    c.goto(&format!("{link}/team/{team}")).await.unwrap();
    c.wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("#decision-code"))
        .await
        .expect("the team's decision form");
    if let Some(p) = price {
        set_field(c, ".lever[data-lever='price'] .lever-number", p).await;
        until(
            c,
            "the price in the form",
            &format!(
                "return document.querySelector(\".lever[data-lever='price'] .lever-number\").value === {p:?}"
            ),
        )
        .await;
    }
    text(c, "#decision-code").await
}

/// The league link the console hands out.
async fn league_link(c: &Client) -> String {
    c.find(Locator::Css("#league-link"))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap()
}

/// Enters a code on the lecturer's console; the notice it gives.
async fn enter(c: &Client, code: &str) -> String {
    set_field(c, "#league-code", code).await;
    click(c, "#league-code-enter").await;
    until(c, "a notice", "return !!document.querySelector('#notice')").await;
    let said = text(c, "#notice").await;
    click(c, "#notice button").await;
    said
}

/// The league table's rows as text.
async fn table(c: &Client) -> String {
    c.wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("#league-table tbody"))
        .await
        .expect("a league table");
    text(c, "#league-table tbody").await
}

#[tokio::test]
#[ignore = "needs the release build (dist/) and Chromium: run by scripts/test.sh"]
async fn a_lecturer_and_three_teams_play_two_rounds_through_codes_and_links() {
    let (lecturer, session) = open_browser("league-lecturer").await;
    let mut teams = Vec::new();
    for t in 1..=3 {
        teams.push(open_browser(&format!("league-team-{t}")).await);
    }
    let c = &lecturer;
    c.goto(&format!("{}#league/new", session.base))
        .await
        .unwrap();
    c.wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("#league-form"))
        .await
        .expect("the set-up form");
    set_field(c, "#league-teams", "红队\nBlue\nGreen").await;
    set_field(c, "#league-market-size", "5000").await;
    set_field(c, "#league-rounds", "3").await;
    click(c, "#league-create").await;
    until_text(c, "#league-status", "Round 1 of 3").await;
    screenshot(c, &session.shots, "league-console-start.png").await;

    // Round 1: every team reads out its code.
    let link = league_link(c).await;
    assert!(link.contains("#league/v/") && link.len() < 2_000, "{link}");
    let mut codes = Vec::new();
    for (t, (tc, _)) in teams.iter().enumerate() {
        let price = (t == 1).then_some("0.9");
        codes.push(team_code(tc, &link, t + 1, price).await);
    }
    screenshot(&teams[1].0, &session.shots, "league-team-form.png").await;
    assert_eq!(codes.len(), 3);
    assert!(codes.iter().all(|k| k.len() == 27), "{codes:?}");

    // A code read back wrong is refused, and nothing changes.
    let mut typo: Vec<char> = codes[0].chars().collect();
    typo[5] = if typo[5] == '7' { '8' } else { '7' };
    let said = enter(c, &typo.into_iter().collect::<String>()).await;
    assert!(said.contains("check does not match"), "{said}");
    assert_eq!(
        js(
            c,
            "return document.querySelectorAll('.team-status.in').length"
        )
        .await,
        json!(0)
    );
    for k in &codes {
        let said = enter(c, &k.to_lowercase()).await;
        assert!(said.contains("Code taken"), "{said}");
    }
    let said = enter(c, &codes[1]).await;
    assert!(said.contains("already in"), "{said}");
    // Decisions stay hidden on the console until the round runs.
    let console = text(c, "#league-teams").await;
    assert!(!console.contains("0.9"), "{console}");
    click(c, "#league-run").await;
    until_text(c, "#league-status", "Round 2 of 3").await;
    let after_one = table(c).await;

    // Round 2: team 2 is silent and keeps last round's decisions.
    let link2 = league_link(c).await;
    assert_ne!(link2, link);
    let said = enter(c, &codes[0]).await;
    assert!(
        said.contains("round 1") && said.contains("round 2"),
        "{said}"
    );
    let one = team_code(&teams[0].0, &link2, 1, Some("1.1")).await;
    let three = team_code(&teams[2].0, &link2, 3, None).await;
    assert!(enter(c, &one).await.contains("Code taken"));
    assert!(enter(c, &three).await.contains("Code taken"));
    assert_eq!(
        js(c, "return document.querySelector('#league-run').disabled").await,
        json!(true)
    );
    click(c, ".team-status[data-team='1'] button.same").await;
    until(
        c,
        "three teams in",
        "return document.querySelectorAll('.team-status.in').length === 3",
    )
    .await;
    click(c, "#league-run").await;
    until_text(c, "#league-status", "Round 3 of 3").await;
    let final_table = table(c).await;
    assert_ne!(final_table, after_one);
    screenshot(c, &session.shots, "league-console-round-2.png").await;

    // Every browser recomputes the same table from the new link.
    let link3 = league_link(c).await;
    for (t, (tc, _)) in teams.iter().enumerate() {
        tc.goto(&format!("{link3}/team/{}", t + 1)).await.unwrap();
        assert_eq!(table(tc).await, final_table, "team {}", t + 1);
        until_text(tc, "#league-status", "2 of 3 rounds played").await;
        assert!(console_errors(tc).await.is_empty());
    }
    screenshot(&teams[0].0, &session.shots, "league-team-results.png").await;

    // The lecturer's league survives a reload.
    c.refresh().await.unwrap();
    assert_eq!(table(c).await, final_table);
    assert!(console_errors(c).await.is_empty());

    // A damaged link is told, not a blank page.
    let (tc, _) = &teams[0];
    tc.goto(&format!("{}xyz", &link3[..link3.len() - 40]))
        .await
        .unwrap();
    until_text(tc, "#notice", "damaged").await;

    for (tc, _) in teams {
        tc.close().await.unwrap();
    }
    lecturer.close().await.unwrap();
}

/// The largest league the set-up allows (8 teams × 50,000 people × 120
/// months), every round played, with a spread of prices.
fn largest_league() -> crm_lab::league::League {
    use crm_lab::league::code::DecisionCode;
    use crm_lab::sim::Levers;
    let mut s = crm_lab::league::LeagueSettings::template("default").unwrap();
    s.name = "Large market".into();
    s.market_size = 50_000;
    s.rounds = 10;
    s.months_per_round = 12;
    s.teams = (1..=8).map(|k| format!("Team {k}")).collect();
    let mut league = crm_lab::league::League::new(s);
    league.decisions = (0..10)
        .map(|r| {
            (0..8)
                .map(|t| {
                    DecisionCode::quantised(&Levers {
                        price: 0.85 + 0.05 * ((t + r) % 6) as f64,
                        ..Levers::default()
                    })
                })
                .collect()
        })
        .collect();
    league
}

/// Starts recording, every frame the page paints, the league progress bar's
/// value (or −1 without one) in `window.__frames`.
async fn record_frames(c: &Client) {
    js(
        c,
        "window.__frames = [];
         const tick = () => {
           const p = document.querySelector('#league-progress progress');
           window.__frames.push(p ? Number(p.value) : -1);
           requestAnimationFrame(tick);
         };
         requestAnimationFrame(tick);
         return true",
    )
    .await;
}

/// The progress values of the frames painted while a replay ran.
async fn frames_with_progress(c: &Client) -> Vec<f64> {
    let frames = js(c, "return window.__frames.filter(v => v >= 0)").await;
    serde_json::from_value(frames).unwrap()
}

/// Opens the league file at `path` from the set-up page (shown), and
/// waits for the console.
async fn open_league_file(c: &Client, path: &Path) {
    c.wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("#league-file"))
        .await
        .expect("the set-up page");
    c.find(Locator::Css("#league-file"))
        .await
        .unwrap()
        .send_keys(&path.display().to_string())
        .await
        .unwrap();
    until(
        c,
        "the console",
        "return !!document.querySelector('#league-host')",
    )
    .await;
}

#[tokio::test]
#[ignore = "needs the release build (dist/) and Chromium: run by scripts/test.sh"]
async fn a_large_league_is_replayed_in_slices_with_progress_on_every_page() {
    let league = largest_league();
    let native = league.play().unwrap().ranking();
    let (c, session) = open_browser("league-large").await;
    let c = &c;
    c.goto(&session.base).await.unwrap();
    until(
        c,
        "the app",
        "return !!document.querySelector('#app-nav, nav')",
    )
    .await;

    // 1. A team's page from the link: the market is replayed between
    //    frames, the bar moving on screen, and ends in the table every
    //    browser computes.
    record_frames(c).await;
    let payload = crm_lab::league::link::encode(&league);
    js(
        c,
        &format!("location.hash = '#league/v/{payload}/team/3'; return true"),
    )
    .await;
    let team_table = table(c).await;
    let seen = frames_with_progress(c).await;
    let figure = |v: Value| v.as_f64().unwrap_or(f64::NAN);
    let slices = figure(js(c, "return (window.crmLabLeagueSliceMs || []).length").await);
    let longest = figure(js(c, "return Math.max(...(window.crmLabLeagueSliceMs || [0]))").await);
    let took = figure(js(c, "return window.crmLabLeagueReplayMs || 0").await);
    println!(
        "league of 8 teams x 50,000 people x 120 months replayed in the page in {took:.0} ms: \
         {slices} slices (longest {longest:.1} ms), {} frames painted with the progress bar",
        seen.len()
    );
    assert!(
        seen.len() >= 2 && seen.windows(2).all(|w| w[0] <= w[1]) && seen.last() > seen.first(),
        "the page paints the bar moving while replaying: {seen:?}"
    );
    let first: Vec<&str> = team_table.lines().take(1).collect();
    assert!(
        first[0].contains(&native[0].name),
        "the page's leader is the native replay's ({}): {team_table}",
        native[0].name
    );
    until_text(c, "#league-status", "all 10 rounds").await;
    assert!(
        js(
            c,
            "return !!document.querySelector('#team-dashboard, .team-dashboard')"
        )
        .await
            == json!(true)
    );

    // 2. The lecturer opens the league's file: the console replays it the
    //    same way and shows the same table; so does the report.
    let file =
        std::env::temp_dir().join(format!("crm-lab-large-league-{}.json", std::process::id()));
    std::fs::write(
        &file,
        crm_lab::league::file::LeagueFile::of(&league)
            .unwrap()
            .to_json(),
    )
    .unwrap();
    // A page loaded afresh (it has not replayed this league yet).
    js(c, "location.hash = '#league/new'; return true").await;
    c.refresh().await.unwrap();
    record_frames(c).await;
    open_league_file(c, &file).await;
    assert_eq!(table(c).await, team_table);
    let seen = frames_with_progress(c).await;
    assert!(
        seen.len() >= 2,
        "checking the file shows progress: {seen:?}"
    );
    screenshot(c, &session.shots, "league-large-console.png").await;
    // The console and the report find the league replayed: no second wait.
    record_frames(c).await;
    click(c, "#league-report-link").await;
    c.wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("#league-report table"))
        .await
        .expect("the report");
    assert!(frames_with_progress(c).await.is_empty());
    assert!(console_errors(c).await.is_empty());

    // 3. A file whose table was edited opens on the console, which says so.
    let mut edited: Value = serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
    edited["table"][0]["score"] = json!(1.0);
    std::fs::write(&file, edited.to_string()).unwrap();
    js(c, "location.hash = '#league/new'; return true").await;
    open_league_file(c, &file).await;
    until_text(c, "#notice", "does not match").await;
    assert_eq!(table(c).await, team_table);
    let _ = std::fs::remove_file(&file);
    c.clone().close().await.unwrap();
}
