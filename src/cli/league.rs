//! `crm-lab league`: replays a league file, verifies its table and ranks
//! the teams.

use crate::league::file::{ranking_csv, LeagueFile};

use super::files::{read_file, write_file};
use super::Outcome;

/// How many differences an unverified file's error names.
const SHOWN: usize = 5;

/// `crm-lab league FILE [--out ranking.csv]`: the ranking as CSV (printed,
/// or written with a byte-order mark for spreadsheets), or one line saying
/// why the file is refused or which of its numbers the replay contradicts.
pub(super) fn league(path: &str, out: Option<&str>) -> Outcome {
    let file = LeagueFile::read(&read_file(path, "league")?).map_err(|e| format!("{path}: {e}"))?;
    let differences = file.verify();
    if !differences.is_empty() {
        let shown: Vec<String> = differences
            .iter()
            .take(SHOWN)
            .map(|d| {
                format!(
                    "{} is {} in the file, {} replayed",
                    d.field, d.in_file, d.replayed
                )
            })
            .collect();
        let more = differences.len().saturating_sub(SHOWN);
        return Err(format!(
            "{path}: not verified: the decisions do not give the file's table ({}{})",
            shown.join("; "),
            if more > 0 {
                format!("; and {more} more")
            } else {
                String::new()
            }
        ));
    }
    let run = file.league.play().map_err(|e| format!("{path}: {e}"))?;
    let csv = ranking_csv(&run.ranking());
    let played = file.league.rounds_played();
    match out {
        Some(target) => {
            write_file(target, &format!("\u{feff}{csv}"))?;
            Ok(format!(
                "{path}: verified, {played} of {} rounds played; ranking of {} teams written to {target}\n",
                file.league.settings.rounds,
                file.league.settings.teams.len()
            ))
        }
        None => Ok(csv),
    }
}
