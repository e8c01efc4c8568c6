//! Coursework on the command line: `assignments`, `play` (a run file from a
//! decisions file, as the page writes it), `grade` and `replay`.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use serde_json::Value;

use super::files::{read_file, read_limited, write_file};
use super::Outcome;
use crate::coursework::grade::{grade_csv, grade_one, GradeRow};
use crate::coursework::run_file::{
    read_file as read_crm_lab_file, read_run_file, CrmLabFile, RunFile,
};
use crate::coursework::{self, Assignment, Playthrough};
use crate::export;
use crate::sim::Levers;

/// `crm-lab assignments`: the built-in assignments, optionally written out.
pub(super) fn assignments(export_dir: Option<&str>) -> Outcome {
    if let Some(dir) = export_dir {
        std::fs::create_dir_all(dir).map_err(|e| format!("cannot make folder '{dir}': {e}"))?;
    }
    let mut out = String::new();
    for a in coursework::assignment::built_in() {
        let _ = writeln!(
            out,
            "{:<28}{:>2} rounds x {} month{}  {}",
            a.id,
            a.rounds,
            a.round_months,
            if a.round_months == 1 { " " } else { "s" },
            a.title.en
        );
        if let Some(dir) = export_dir {
            let path = Path::new(dir).join(format!("{}.json", a.id));
            write_file(&path.to_string_lossy(), &a.to_json())?;
        }
    }
    Ok(out)
}

/// A built-in assignment by id, or an assignment file.
fn assignment(given: &str, option: &str) -> Result<Assignment, String> {
    if let Some(a) = Assignment::built_in(given) {
        return Ok(a);
    }
    match read_crm_lab_file(&read_file(given, "assignment")?) {
        Ok(CrmLabFile::Assignment(a)) => Ok(*a),
        Ok(CrmLabFile::Run(_)) => Err(format!(
            "{option}'{given}' is a run file, not an assignment"
        )),
        Err(e) => Err(format!("{option}{given}: {e}")),
    }
}

/// The levers of each round from a decisions file: a JSON list with one
/// object per round, each naming the levers it changes; the others keep
/// their values from the round before (in round 1, `start`).
pub fn rounds_from_json(text: &str, start: &Levers) -> Result<Vec<Levers>, String> {
    let rounds: Vec<serde_json::Map<String, Value>> = serde_json::from_str(text).map_err(|e| {
        format!(
            "expected a list of rounds such as [{{\"price\": 1.1}}, {{\"retention_spend\": 8}}] ({})",
            crate::sim::validation::tidy(&e.to_string())
        )
    })?;
    let mut levers = *start;
    let mut out = Vec::with_capacity(rounds.len());
    for (i, round) in rounds.iter().enumerate() {
        for (name, value) in round {
            let text = match value {
                Value::String(s) => s.clone(),
                Value::Number(n) => n.to_string(),
                other => {
                    return Err(format!(
                        "round {}: {name}: expected a number or a name, not {other}",
                        i + 1
                    ))
                }
            };
            let known = levers
                .set_from_text(name, &text)
                .map_err(|e| format!("round {}: {e}", i + 1))?;
            if !known {
                return Err(format!(
                    "round {}: unknown lever '{name}' (levers: {})",
                    i + 1,
                    Levers::names().join(", ")
                ));
            }
        }
        out.push(levers);
    }
    Ok(out)
}

/// `crm-lab play`: plays `assignment` round by round as the page does and
/// writes the run file the page would write.
pub(super) fn play(
    assignment_given: &str,
    decisions: &str,
    student: &str,
    notes: &str,
    out: &str,
) -> Outcome {
    let a = assignment(assignment_given, "")?;
    let rounds = rounds_from_json(&read_file(decisions, "decisions")?, &a.start_levers)
        .map_err(|e| format!("{decisions}: {e}"))?;
    if rounds.len() > a.rounds as usize {
        return Err(format!(
            "{decisions}: {} rounds of decisions for an assignment of {} rounds",
            rounds.len(),
            a.rounds
        ));
    }
    let mut p = Playthrough::new(&a, a.scenario.seed).map_err(|e| e.to_string())?;
    for (i, levers) in rounds.iter().enumerate() {
        p.submit(levers)
            .map_err(|e| format!("{decisions}: round {}: {e}", i + 1))?;
    }
    let file = RunFile::of(&p, student, notes);
    write_file(out, &file.to_json())?;
    let mut said = format!(
        "played {} of {} rounds of '{}' for {student}: score {:.0}; wrote {out}\n",
        p.rounds_played(),
        a.rounds,
        a.id,
        file.results.score
    );
    let mut before = a.start_levers;
    for (i, levers) in rounds.iter().enumerate() {
        if crate::sim::programme::cuts(&before, levers) {
            said.push_str(&format!(
                "note: round {} {}\n",
                i + 1,
                crate::sim::programme::CUT_WARNING
            ));
        }
        before = *levers;
    }
    Ok(said)
}

/// `crm-lab grade DIR`: every `*.json` in the folder, replayed and verified.
pub(super) fn grade(dir: &str, official: Option<&str>, out: Option<&str>) -> Outcome {
    let official = official
        .map(|given| assignment(given, "--assignment: "))
        .transpose()?;
    let entries = std::fs::read_dir(dir).map_err(|e| format!("cannot read folder '{dir}': {e}"))?;
    // Every entry named *.json gets a row, whatever it turns out to be (a
    // broken link, a folder, a pipe): the lecturer sees every hand-in.
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension()
                .is_some_and(|x| x.eq_ignore_ascii_case("json"))
        })
        .collect();
    paths.sort();
    let rows: Vec<GradeRow> = paths
        .iter()
        .map(|p| {
            let name = p
                .file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned());
            match read_limited(p) {
                Ok(text) => grade_one(&name, &text, official.as_ref()),
                Err(reason) => GradeRow {
                    file: name,
                    student: String::new(),
                    notes: String::new(),
                    verified: false,
                    reason,
                    results: None,
                },
            }
        })
        .collect();
    let count = rows.len();
    let csv = grade_csv(rows);
    match out {
        Some(path) => {
            // A byte-order mark, so a spreadsheet opens the file as UTF-8
            // (Chinese names read right), as the page's downloads have.
            write_file(path, &format!("\u{feff}{csv}"))?;
            Ok(format!("graded {count} files into {path}\n"))
        }
        None => Ok(csv),
    }
}

/// `crm-lab replay FILE`: a run file's monthly series.
pub(super) fn replay(path: &str) -> Outcome {
    let file = read_run_file(&read_file(path, "run")?).map_err(|e| format!("{path}: {e}"))?;
    let p = Playthrough::replay(&file.assignment, file.seed, &file.decisions)
        .map_err(|e| format!("{path}: {e}"))?;
    Ok(export::monthly_csv(p.months()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_keep_the_levers_they_do_not_name() {
        let start = Levers::default();
        let rounds = rounds_from_json(
            r#"[{"price": 1.2}, {"retention_targeting": "value_at_risk", "retention_spend": 8}, {}]"#,
            &start,
        )
        .unwrap();
        assert_eq!(rounds.len(), 3);
        assert_eq!(rounds[0].price, 1.2);
        assert_eq!(rounds[0].mix(), start.mix());
        assert_eq!(rounds[1].price, 1.2);
        assert!((rounds[1].retention_spend() - 8.0).abs() < 1e-9);
        assert_eq!(rounds[2], rounds[1]);
    }

    #[test]
    fn bad_rounds_are_named() {
        let start = Levers::default();
        let e = rounds_from_json(r#"[{"price": 1.1}, {"price": 9}]"#, &start).unwrap_err();
        assert_eq!(
            e,
            "round 2: price: 9 is outside the allowed range 0.6 to 1.6"
        );
        let e = rounds_from_json(r#"[{"colour": 1}]"#, &start).unwrap_err();
        assert!(e.starts_with("round 1: unknown lever 'colour'"), "{e}");
        let e = rounds_from_json(r#"{"price": 1}"#, &start).unwrap_err();
        assert!(e.starts_with("expected a list of rounds"), "{e}");
        let e = rounds_from_json(r#"[{"price": true}]"#, &start).unwrap_err();
        assert!(e.contains("expected a number or a name"), "{e}");
    }
}
