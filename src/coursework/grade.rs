//! Grading a folder of run files (`crm-lab grade`): each file is replayed and
//! verified, and gives one row — student, verified or not and why, score and
//! the main figures. Verified runs are ranked by score; unverified ones
//! follow, unranked (a tampered file must not outrank an honest one), then
//! the files that cannot be read, each with a row saying why. A file is
//! verified exactly as the page verifies it (`run_file::verify_handed_in`).

use crate::export::{cell, text, CsvText};

use super::assignment::Assignment;
use super::run_file::{plain_text, read_run_file, verify_handed_in};
use super::scoring::Results;

/// The columns of the grading CSV.
pub const GRADE_COLUMNS: [&str; 16] = [
    "rank",
    "file",
    "student",
    "verified",
    "reason",
    "score",
    "finished",
    "rounds_played",
    "broken_limits",
    "satisfaction",
    "annual_retention",
    "active_customers",
    "cumulative_profit",
    "customer_equity",
    "total_spend",
    "notes",
];

/// One graded file.
#[derive(Clone, Debug, PartialEq)]
pub struct GradeRow {
    pub file: String,
    pub student: String,
    /// The student's notes, as in the file.
    pub notes: String,
    pub verified: bool,
    /// Why not verified (empty when verified).
    pub reason: String,
    /// The replayed results (what the decisions really earn), when the
    /// decisions could be replayed.
    pub results: Option<Results>,
}

/// Grades one file's text.
pub fn grade_one(file: &str, text: &str, official: Option<&Assignment>) -> GradeRow {
    let run = match read_run_file(text) {
        Ok(r) => r,
        Err(problem) => {
            return GradeRow {
                file: file.into(),
                student: String::new(),
                notes: String::new(),
                verified: false,
                reason: problem.to_string(),
                results: None,
            }
        }
    };
    let v = verify_handed_in(&run, official);
    let reason = match v.differences.split_first() {
        None => String::new(),
        Some((first, rest)) => {
            let mut r = if first.field == super::run_file::EARLIER_MODEL {
                format!(
                    "made with an earlier model (run file version {}; this CRM Lab writes version {} and models care by channel): ask for the assignment to be played again",
                    first.in_file, first.replayed
                )
            } else {
                format!(
                    "{}: the file says {}, the replay gives {}",
                    first.field, first.in_file, first.replayed
                )
            };
            if !rest.is_empty() {
                r.push_str(&format!(" (and {} more differences)", rest.len()));
            }
            r
        }
    };
    GradeRow {
        file: file.into(),
        student: plain_text(&run.student),
        notes: plain_text(&run.notes),
        verified: v.verified,
        reason,
        results: v.replay.as_ref().map(Results::of),
    }
}

/// A text cell on one line (a row per file reads best), text-reordering
/// controls removed (see `run_file::plain_text`) and a would-be formula
/// kept as text (see `export::text`).
fn field(s: &str) -> String {
    text(&plain_text(s).replace(['\r', '\n'], " "))
}

/// The rows as CSV: verified runs ranked by score (highest first), then the
/// unverified ones by score without a rank, then the unreadable ones, each
/// group in file-name order where scores tie.
pub fn grade_csv(mut rows: Vec<GradeRow>) -> String {
    let group = |r: &GradeRow| match (r.verified, r.results.is_some()) {
        (true, true) => 0,
        (false, true) => 1,
        _ => 2,
    };
    rows.sort_by(|a, b| {
        let score = |r: &GradeRow| r.results.as_ref().map_or(f64::NEG_INFINITY, |x| x.score);
        group(a)
            .cmp(&group(b))
            .then_with(|| score(b).total_cmp(&score(a)))
            .then_with(|| a.file.cmp(&b.file))
    });
    let mut out = CsvText::new();
    out.row(GRADE_COLUMNS);
    // Equal scores share a rank (1, 1, 3): a tie is not decided by file name.
    let verified_scores: Vec<f64> = rows
        .iter()
        .filter(|r| group(r) == 0)
        .filter_map(|r| r.results.as_ref().map(|x| x.score))
        .collect();
    let rank = |score: f64| 1 + verified_scores.iter().filter(|s| **s > score).count();
    for r in &rows {
        let res = r.results.as_ref();
        let last = res.and_then(|x| x.rounds.last());
        let cells = [
            match (group(r), res) {
                (0, Some(x)) => rank(x.score).to_string(),
                _ => String::new(),
            },
            field(&r.file),
            field(&r.student),
            if r.verified { "yes" } else { "no" }.to_string(),
            field(&r.reason),
            cell(res.map(|x| x.score)),
            res.map_or(String::new(), |x| {
                if x.finished { "yes" } else { "no" }.to_string()
            }),
            res.map_or(String::new(), |x| x.rounds_played.to_string()),
            res.map_or(String::new(), |x| x.broken_limits.to_string()),
            cell(last.map(|k| k.satisfaction)),
            cell(last.and_then(|k| k.annual_retention)),
            last.map_or(String::new(), |k| k.active_customers.to_string()),
            cell(last.map(|k| k.cumulative_profit)),
            cell(last.map(|k| k.customer_equity)),
            cell(res.map(|x| x.total_spend)),
            field(&r.notes),
        ];
        out.row(cells);
    }
    out.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::coursework::assignment::built_in;
    use crate::coursework::play::Playthrough;
    use crate::coursework::run_file::RunFile;

    #[test]
    fn rows_are_sorted_by_score_with_unreadable_files_last() {
        let mut a = built_in().remove(3);
        a.scenario.market_size = 1_000;
        a.rounds = 3;
        a.events.clear();
        let file = |price: f64, who: &str| {
            let mut p = Playthrough::new(&a, a.scenario.seed).unwrap();
            let l = crate::sim::Levers {
                price,
                ..a.start_levers
            };
            for _ in 0..3 {
                p.submit(&l).unwrap();
            }
            RunFile::of(&p, who, "").to_json()
        };
        let mut tampered: RunFile = serde_json::from_str(&file(1.0, "Tampered, T.")).unwrap();
        tampered.results.score += 1e6;
        let rows = vec![
            grade_one("a.json", &file(0.8, "Low Price"), Some(&a)),
            grade_one("b.json", &file(1.2, "High Price"), Some(&a)),
            grade_one("c.json", &tampered.to_json(), Some(&a)),
            grade_one("d.json", "{ broken", Some(&a)),
        ];
        assert!(rows[0].verified && rows[1].verified);
        assert!(!rows[2].verified);
        assert!(
            rows[2].reason.starts_with("results.score"),
            "{}",
            rows[2].reason
        );
        assert!(!rows[3].verified && rows[3].results.is_none());
        let csv = grade_csv(rows.clone());
        let lines: Vec<&str> = csv.lines().collect();
        assert_eq!(lines[0], GRADE_COLUMNS.join(","));
        assert_eq!(lines.len(), 5);
        assert!(
            lines[4].starts_with(",d.json,,no,the file is not JSON"),
            "{}",
            lines[4]
        );
        // The tampered run follows the verified ones, unranked, whatever
        // its replayed score.
        assert!(
            lines[3].starts_with(",c.json,\"Tampered, T.\",no,"),
            "{}",
            lines[3]
        );
        assert!(lines[1].starts_with("1,") && lines[2].starts_with("2,"));
        // Verified runs sorted by the replayed score, highest first.
        let scores: Vec<f64> = lines[1..3]
            .iter()
            .map(|l| {
                let r = rows
                    .iter()
                    .find(|r| l.contains(&r.file))
                    .and_then(|r| r.results.as_ref())
                    .unwrap();
                r.score
            })
            .collect();
        assert!(scores.windows(2).all(|w| w[0] >= w[1]), "{scores:?}");
    }

    #[test]
    fn equal_scores_share_a_rank() {
        let mut a = built_in().remove(3);
        a.scenario.market_size = 1_000;
        a.rounds = 2;
        a.events.clear();
        let mut p = Playthrough::new(&a, a.scenario.seed).unwrap();
        p.submit(&a.start_levers).unwrap();
        let file = RunFile::of(&p, "Same", "").to_json();
        let mut lower = Playthrough::new(&a, a.scenario.seed).unwrap();
        let cheaper = crate::sim::Levers {
            price: 0.7,
            ..a.start_levers
        };
        lower.submit(&cheaper).unwrap();
        let rows = vec![
            grade_one("b.json", &file, Some(&a)),
            grade_one("a.json", &file, Some(&a)),
            grade_one(
                "c.json",
                &RunFile::of(&lower, "Other", "").to_json(),
                Some(&a),
            ),
        ];
        let csv = grade_csv(rows);
        let ranks: Vec<&str> = csv
            .lines()
            .skip(1)
            .map(|l| l.split(',').next().unwrap())
            .collect();
        assert_eq!(ranks[0], ranks[1], "{csv}");
        assert!(
            ranks == ["1", "1", "3"] || ranks == ["1", "2", "2"],
            "{csv}"
        );
    }

    #[test]
    fn text_cells_are_one_line_quoted_and_never_formulas() {
        assert_eq!(field("two\nlines"), "two lines");
        assert_eq!(field("=1+2"), "'=1+2");
        let row = GradeRow {
            file: "@x.json".into(),
            student: "say \"hi\", =cmd".into(),
            notes: "-5 is my\nanswer".into(),
            verified: false,
            reason: "the file is not JSON".into(),
            results: None,
        };
        let csv = grade_csv(vec![row]);
        assert_eq!(
            csv.lines().nth(1),
            Some(",'@x.json,\"say \"\"hi\"\", =cmd\",no,the file is not JSON,,,,,,,,,,,'-5 is my answer")
        );
    }
}
