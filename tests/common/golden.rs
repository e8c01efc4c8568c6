//! Runs whose digests are pinned in `tests/golden/digests.txt`, checked
//! natively (`tests/determinism.rs`) and in headless Chromium
//! (`tests/wasm_determinism.rs`): same scenario, decisions and seed, same
//! numbers to the last bit on both.

use crm_lab::sim::{run, Decision, Decisions, Levers, RetentionTargeting, Scenario, BUILT_IN};

/// (case name, digest of its monthly series as 16 hex digits).
pub fn digests() -> Vec<(String, String)> {
    let mut out = Vec::new();
    for name in BUILT_IN {
        let s = Scenario::built_in(name).unwrap();
        let r = run(&s, &Decisions::constant(Levers::default())).unwrap();
        out.push((name.to_string(), format!("{:016x}", r.digest())));
    }
    // A schedule that changes every lever during the run, with targeting,
    // instant messages (read by a share online that differs by segment), a
    // save plan and a loyalty programme with a gold card.
    let later = Levers {
        price: 1.15,
        service_quality: 14.0,
        care_sms: 2.0,
        care_phone: 1.5,
        care_im: 6.0,
        care_email: 3.0,
        acquisition_spend: 2500.0,
        complaint_handling: 0.9,
        winback_spend: 12.0,
        save_offer: 15.0,
        points_rate: 0.03,
        member_threshold: 60.0,
        gold_card_threshold: 180.0,
        gold_card_benefit: 0.05,
        retention_targeting: RetentionTargeting::TopTiers,
    };
    let d = Decisions {
        format_version: crm_lab::sim::FORMAT_VERSION,
        schedule: vec![
            Decision {
                from_month: 1,
                levers: Levers::default(),
            },
            Decision {
                from_month: 10,
                levers: later,
            },
        ],
    };
    let s = Scenario {
        market_size: 3_000,
        months: 48,
        seed: 987_654_321,
        ..Scenario::built_in("competitive").unwrap()
    };
    let r = run(&s, &d).unwrap();
    out.push(("schedule".to_string(), format!("{:016x}", r.digest())));
    // A market large enough to be split over threads natively (one thread in
    // the browser): the chunked pass must not depend on the thread count.
    let s = Scenario {
        market_size: 60_000,
        months: 18,
        ..Scenario::default()
    };
    let r = run(&s, &Decisions::constant(Levers::default())).unwrap();
    out.push(("large".to_string(), format!("{:016x}", r.digest())));
    out.push(("league".to_string(), format!("{:016x}", league_digest())));
    out
}

/// A three-team league of three rounds (a rival's price cut, care, a
/// scripted outage): the market's months and the league tables.
fn league_digest() -> u64 {
    use crm_lab::league::{League, LeagueSettings, ScriptedEvent};
    use crm_lab::sim::MarketEvent;
    let mut s = LeagueSettings::template("competitive").unwrap();
    s.market_size = 3_000;
    s.rounds = 3;
    s.seed = 42;
    s.teams = vec!["A".into(), "B".into(), "C".into()];
    s.spend_cap = Some(9_000.0);
    // The template's price cut, in the last round.
    s.events[0].round = 3;
    s.events.push(ScriptedEvent {
        round: 2,
        event: MarketEvent::ServiceOutage {
            extra_failure: 0.2,
            months: 2,
        },
    });
    let cheap = Levers {
        price: 0.85,
        ..Levers::default()
    };
    let caring = Levers {
        care_phone: 2.0,
        care_email: 4.0,
        retention_targeting: RetentionTargeting::ValueAtRisk,
        ..Levers::default()
    };
    let mut league = League::new(s);
    league.decisions = vec![
        vec![Levers::default(); 3],
        vec![Levers::default(), cheap, caring],
        vec![cheap, cheap, caring],
    ];
    let r = league.play().unwrap();
    let text = serde_json::to_string(&(&r.months, &r.tables)).unwrap();
    crm_lab::sim::fnv1a(text.as_bytes())
}

/// The pinned digests.
pub fn pinned() -> Vec<(String, String)> {
    include_str!("../golden/digests.txt")
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (a, b) = l.split_once(' ').expect("'name digest' lines");
            (a.to_string(), b.trim().to_string())
        })
        .collect()
}
