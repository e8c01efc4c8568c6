//! Fuzzing every reader of text a person or a browser hands in: share links,
//! page addresses, assignment links, run and assignment files (as bytes),
//! scenarios, decision schedules, AHP matrices, the CLV calculator's and the
//! levers' fields. Inputs are valid ones mutated the way real input goes
//! wrong (cut short, doubled, a character changed, a huge or odd value,
//! bytes that are not UTF-8). Each reader must not panic, and a refusal must
//! name the field and the reason in one short line.
#![cfg(not(target_arch = "wasm32"))]

use crm_lab::coursework::assignment::built_in;
use crm_lab::coursework::{link, run_file, Playthrough, RunFile};
use crm_lab::i18n::Lang;
use crm_lab::sim::validation::ValidationError;
use crm_lab::sim::{Decisions, Levers, Scenario};
use crm_lab::ui::messages::describe;
use crm_lab::ui::run::ExploreSettings;
use crm_lab::ui::{route, share};
use proptest::prelude::*;

/// Ways a text goes wrong.
#[derive(Clone, Debug)]
enum Damage {
    Cut(usize),
    Insert(usize, String),
    Replace(usize, char),
    Double,
    SwapHalves,
    Huge(usize),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        any::<usize>().prop_map(Damage::Cut),
        (
            any::<usize>(),
            prop_oneof![
                Just("&".to_string()),
                Just("=".to_string()),
                Just("%".to_string()),
                Just("%E4".to_string()),
                Just("-0".to_string()),
                Just("\u{202E}".to_string()),
                Just("NaN".to_string()),
                Just("1e309".to_string()),
                Just("\"".to_string()),
                Just("}".to_string()),
                Just("[".to_string()),
                "[ -~]{0,8}",
                "\\PC{0,4}",
            ]
        )
            .prop_map(|(at, s)| Damage::Insert(at, s)),
        (any::<usize>(), any::<char>()).prop_map(|(at, c)| Damage::Replace(at, c)),
        Just(Damage::Double),
        Just(Damage::SwapHalves),
        (0usize..3).prop_map(Damage::Huge),
    ]
}

/// The nearest char boundary at or before `at` (mod the length).
fn boundary(s: &str, at: usize) -> usize {
    if s.is_empty() {
        return 0;
    }
    let mut i = at % (s.len() + 1);
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn apply(s: &str, d: &Damage) -> String {
    match d {
        Damage::Cut(at) => s[..boundary(s, *at)].to_string(),
        Damage::Insert(at, t) => {
            let i = boundary(s, *at);
            format!("{}{t}{}", &s[..i], &s[i..])
        }
        Damage::Replace(at, c) => {
            let i = boundary(s, *at);
            let mut out = s[..i].to_string();
            out.push(*c);
            out.push_str(s[i..].chars().skip(1).collect::<String>().as_str());
            out
        }
        Damage::Double => format!("{s}{s}"),
        Damage::SwapHalves => {
            let i = boundary(s, s.len() / 2);
            format!("{}{}", &s[i..], &s[..i])
        }
        Damage::Huge(k) => {
            let i = boundary(s, s.len() / 3);
            let huge = ["9".repeat(309), "x".repeat(100_000), "1".repeat(20)][*k].clone();
            format!("{}{huge}{}", &s[..i], &s[i..])
        }
    }
}

/// A refusal names the field and gives a reason, in one line, in both
/// languages, and never echoes a long input whole.
fn told_well(e: &ValidationError) {
    assert!(!e.field.is_empty(), "{e:?}");
    for l in [Lang::En, Lang::Zh] {
        let text = describe(l, e);
        assert!(!text.contains('\n'), "{text}");
        assert!(text.chars().count() < 400, "a short message: {text}");
        assert!(
            text.contains('：') || text.contains(": "),
            "field and reason: {text}"
        );
    }
}

fn a_run_file() -> RunFile {
    let a = built_in().remove(0);
    let mut p = Playthrough::new(&a, a.scenario.seed).unwrap();
    p.submit(&a.start_levers).unwrap();
    RunFile::of(&p, "王芳", "notes")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn share_links_and_addresses(d in damage(), d2 in damage()) {
        let mut s = ExploreSettings::default();
        s.levers.price = 1.1;
        let view = share::View { month: Some(7), baseline: Some(ExploreSettings::default()) };
        let good = share::encode_view(&s, &view, Lang::Zh);
        let bad = apply(&apply(&good, &d), &d2);
        match share::decode(&bad) {
            Ok(Some(shared)) => {
                prop_assert!(shared.settings.validate().is_ok());
                let again = share::encode_view(&shared.settings, &share::View { month: shared.month, baseline: shared.baseline.clone() }, Lang::En);
                prop_assert!(!again.contains("=-0&"), "{again}");
            }
            Ok(None) => {}
            Err(e) => told_well(&e),
        }
        let _ = share::lang_of(&bad);
        let r = route::Route::parse(&bad);
        if let route::Route::NotFound(f) = r {
            prop_assert!(f.chars().count() < 100, "a short echo");
        }
    }

    #[test]
    fn assignment_links(d in damage()) {
        let good = link::encode(&built_in().remove(2));
        let bad = apply(&good, &d);
        if let Err(p) = link::decode(&bad) {
            let text = p.to_string();
            prop_assert!(!text.is_empty() && !text.contains('\n') && text.chars().count() < 400, "{text}");
        }
    }

    #[test]
    fn run_and_assignment_files_as_bytes(d in damage(), utf16 in any::<bool>(), junk in proptest::collection::vec(any::<u8>(), 0..4)) {
        let good = a_run_file().to_json();
        let text = apply(&good, &d);
        let mut bytes: Vec<u8> = if utf16 {
            let mut b = vec![0xFF, 0xFE];
            b.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
            b
        } else {
            text.into_bytes()
        };
        let at = bytes.len() / 2;
        bytes.splice(at..at, junk);
        match run_file::decode_bytes(&bytes).and_then(|t| run_file::read_file(&t)) {
            Ok(run_file::CrmLabFile::Run(f)) => {
                let v = run_file::verify_handed_in(&f, None);
                if !v.verified {
                    prop_assert!(!v.differences.is_empty(), "an unverified file says what differs");
                }
                let clean = run_file::plain_text(&f.student);
                prop_assert!(!clean.contains('\u{202E}'), "bidi override removed");
            }
            Ok(run_file::CrmLabFile::Assignment(a)) => prop_assert!(a.validate().is_ok()),
            Err(p) => {
                let text = p.to_string();
                prop_assert!(!text.contains('\n') && text.chars().count() < 600, "{text}");
            }
        }
    }

    #[test]
    fn scenarios_and_schedules(d in damage()) {
        let sc = serde_json::to_string(&Scenario::built_in("competitive").unwrap()).unwrap();
        if let Err(e) = Scenario::from_json(&apply(&sc, &d)) {
            told_well(&e);
        }
        let ds = serde_json::to_string(&Decisions::constant(Levers::default())).unwrap();
        if let Err(e) = Decisions::from_json(&apply(&ds, &d)) {
            told_well(&e);
        }
    }

    #[test]
    fn fields_people_type(d in damage()) {
        for good in ["80", "1,000", "0.8", "12", "2150000", "1/3"] {
            let bad = apply(good, &d);
            let _ = crm_lab::concepts::clv_calc::read_percent(&bad, crm_lab::concepts::clv_calc::ClvProblem::Retention);
            let _ = crm_lab::concepts::clv_calc::read_margin(&bad);
            let _ = crm_lab::concepts::clv_calc::read_years(&bad);
            if let Some(v) = crm_lab::sim::validation::read_typed_number(&bad) {
                prop_assert!(v.is_finite());
            }
            let _ = crm_lab::concepts::ahp::parse_entry(&bad);
        }
        let matrix = "1,3,5\n1/3,1,2\n1/5,1/2,1\n";
        if let Ok(j) = crm_lab::concepts::ahp::Judgements::parse(&apply(matrix, &d)) {
            let p = j.priorities();
            prop_assert!(p.weights.iter().all(|w| w.is_finite() && *w >= 0.0));
        }
    }
}
