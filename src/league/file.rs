//! League files: the lecturer's league saved as JSON (settings, every
//! round's decisions, the league table), to keep, to move to another
//! computer and to grade with `crm-lab league`. Opening one replays the
//! decisions: a table equal to the replayed one to the last bit is
//! *verified*; an edited number or decision is found and named.

use serde::{Deserialize, Serialize};

use crate::coursework::run_file::{
    diff_values, Difference, JsonProblem, APP_VERSION, MAX_FILE_BYTES,
};

use super::play::{League, Standing};

/// The `format` field of a league file.
pub const LEAGUE_FORMAT: &str = "crm-lab-league";
/// The league-file version this build writes and reads.
pub const LEAGUE_FORMAT_VERSION: u32 = 1;

/// A league as saved.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LeagueFile {
    /// Always [`LEAGUE_FORMAT`].
    pub format: String,
    pub format_version: u32,
    /// The CRM Lab version that wrote the file.
    pub app_version: String,
    /// The settings and every round's decisions.
    pub league: League,
    /// The league table after the last round played, in team order.
    pub table: Vec<Standing>,
}

/// Why a league file could not be opened.
#[derive(Clone, Debug, PartialEq)]
pub enum LeagueFileProblem {
    TooLarge {
        bytes: usize,
    },
    /// Not JSON, or JSON but not a league file, or a malformed field.
    Unreadable(JsonProblem),
    /// Some other CRM Lab file, or another program's JSON.
    NotLeague,
    NewerVersion {
        found: u32,
    },
    /// A league whose settings or decisions are out of range.
    Invalid(crate::sim::ValidationError),
}

impl std::fmt::Display for LeagueFileProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LeagueFileProblem::TooLarge { bytes } => write!(
                f,
                "the file is {bytes} bytes: a league file is at most {MAX_FILE_BYTES}"
            ),
            LeagueFileProblem::Unreadable(e) => {
                write!(f, "the file is not a readable league file ({e})")
            }
            LeagueFileProblem::NotLeague => write!(
                f,
                "the file is not a CRM Lab league file (is it a run file or an assignment?)"
            ),
            LeagueFileProblem::NewerVersion { found } => write!(
                f,
                "the league file is format version {found}, newer than this CRM Lab reads ({LEAGUE_FORMAT_VERSION})"
            ),
            LeagueFileProblem::Invalid(e) => write!(f, "the league is not valid: {e}"),
        }
    }
}

impl LeagueFile {
    /// The file for a league as it stands (replayed for its table).
    pub fn of(league: &League) -> Result<LeagueFile, crate::sim::ValidationError> {
        Ok(Self::of_played(league, &league.play()?))
    }

    /// The file for a league already replayed (`run` is `league.play()`'s).
    pub fn of_played(league: &League, run: &super::LeagueRun) -> LeagueFile {
        LeagueFile {
            format: LEAGUE_FORMAT.into(),
            format_version: LEAGUE_FORMAT_VERSION,
            app_version: APP_VERSION.into(),
            league: league.clone(),
            table: run.tables.last().cloned().unwrap_or_default(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("a league file serialises")
    }

    /// Reads a league file (not yet verified: see [`verify`](Self::verify)).
    pub fn read(text: &str) -> Result<LeagueFile, LeagueFileProblem> {
        if text.len() > MAX_FILE_BYTES {
            return Err(LeagueFileProblem::TooLarge { bytes: text.len() });
        }
        let value: serde_json::Value = serde_json::from_str(text)
            .map_err(|e| LeagueFileProblem::Unreadable(JsonProblem::of(&e)))?;
        if value.get("format").and_then(|f| f.as_str()) != Some(LEAGUE_FORMAT) {
            return Err(LeagueFileProblem::NotLeague);
        }
        let version = value
            .get("format_version")
            .and_then(|v| v.as_u64())
            .unwrap_or(0);
        if version > u64::from(LEAGUE_FORMAT_VERSION) {
            return Err(LeagueFileProblem::NewerVersion {
                found: version as u32,
            });
        }
        let file: LeagueFile = serde_json::from_str(text)
            .map_err(|e| LeagueFileProblem::Unreadable(JsonProblem::of(&e)))?;
        file.league.validate().map_err(LeagueFileProblem::Invalid)?;
        Ok(file)
    }

    /// Replays the decisions and compares the table: empty when verified.
    pub fn verify(&self) -> Vec<Difference> {
        self.verify_with(self.league.play().as_ref())
    }

    /// As [`verify`](Self::verify), with the league already replayed
    /// (`replayed` is `self.league.play()`'s result).
    pub fn verify_with(
        &self,
        replayed: Result<&super::LeagueRun, &crate::sim::ValidationError>,
    ) -> Vec<Difference> {
        let replayed = match replayed {
            Ok(run) => run.tables.last().cloned().unwrap_or_default(),
            Err(e) => {
                return vec![Difference {
                    field: e.field.clone(),
                    in_file: e.to_string(),
                    replayed: "cannot be replayed".into(),
                }]
            }
        };
        let a = serde_json::to_value(&self.table).expect("a table serialises");
        let b = serde_json::to_value(&replayed).expect("a table serialises");
        let mut out = Vec::new();
        diff_values("table", &a, &b, &mut out);
        out
    }
}

/// The league table as CSV, best first: rank, team and every figure (¥
/// and shares 0–1), for a spreadsheet.
pub fn ranking_csv(ranking: &[Standing]) -> String {
    use crate::export::{cell, text, CsvText};
    let mut csv = CsvText::new();
    csv.row([
        "rank",
        "team",
        "score",
        "customer_equity",
        "cumulative_profit",
        "penalties",
        "months_over_cap",
        "customers",
        "customer_share",
        "revenue_share",
    ]);
    for r in ranking {
        csv.row([
            r.rank.to_string(),
            text(&r.name),
            cell(Some(r.score)),
            cell(Some(r.customer_equity)),
            cell(Some(r.cumulative_profit)),
            cell(Some(r.penalties)),
            r.months_over_cap.to_string(),
            r.customers.to_string(),
            cell(Some(r.customer_share)),
            cell(Some(r.revenue_share)),
        ]);
    }
    csv.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::league::settings::LeagueSettings;
    use crate::sim::Levers;

    fn played() -> League {
        let mut s = LeagueSettings::template("default").unwrap();
        s.market_size = 3_000;
        s.teams.truncate(3);
        let mut league = League::new(s);
        let cheap = Levers {
            price: 0.9,
            ..Levers::default()
        };
        league.decisions = vec![vec![Levers::default(), cheap, Levers::default()]; 2];
        league
    }

    #[test]
    fn a_saved_league_reads_back_verified() {
        let file = LeagueFile::of(&played()).unwrap();
        let back = LeagueFile::read(&file.to_json()).unwrap();
        assert_eq!(back, file);
        assert!(back.verify().is_empty());
    }

    #[test]
    fn edited_numbers_and_decisions_are_found() {
        let file = LeagueFile::of(&played()).unwrap();
        let mut scored = file.clone();
        scored.table[1].score *= 1.25;
        let d = LeagueFile::read(&scored.to_json()).unwrap().verify();
        assert_eq!(d.len(), 1);
        assert_eq!(d[0].field, "table[1].score");
        let mut moved = file.clone();
        moved.league.decisions[1][0].price = 1.2;
        let d = LeagueFile::read(&moved.to_json()).unwrap().verify();
        assert!(d.iter().any(|x| x.field.starts_with("table[0].")), "{d:?}");
    }

    #[test]
    fn other_files_are_refused_with_a_reason() {
        assert!(matches!(
            LeagueFile::read("not json"),
            Err(LeagueFileProblem::Unreadable(_))
        ));
        assert_eq!(
            LeagueFile::read(r#"{"format":"crm-lab-run"}"#),
            Err(LeagueFileProblem::NotLeague)
        );
        let json = LeagueFile::of(&played()).unwrap().to_json();
        let newer = json.replace("\"format_version\": 1", "\"format_version\": 9");
        assert_eq!(
            LeagueFile::read(&newer),
            Err(LeagueFileProblem::NewerVersion { found: 9 })
        );
        let bad = json.replace("\"market_size\": 3000", "\"market_size\": 3");
        assert!(matches!(
            LeagueFile::read(&bad),
            Err(LeagueFileProblem::Invalid(_))
        ));
        let cut = &json[..json.len() / 2];
        assert!(matches!(
            LeagueFile::read(cut),
            Err(LeagueFileProblem::Unreadable(_))
        ));
    }
}
