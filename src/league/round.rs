//! Resolving a round: the lecturer collects one decision code per team.
//! A code for another round or a team the league does not have, a code
//! that fails its check, or a second code for a team already in is refused
//! and changes nothing; a team that sent nothing can keep last round's
//! decisions. Decisions stay hidden until every team is in.

use crate::sim::Levers;

use super::code::{CodeError, DecisionCode};
use super::play::League;

/// Why a code was not taken.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum EntryError {
    /// The code itself is unreadable.
    Code(CodeError),
    /// The league is over: no round is open.
    Finished,
    /// A code for another round than the open one.
    WrongRound { given: u32, open: u32 },
    /// A code for a team the league does not have (1-based numbers).
    NoSuchTeam { given: u8, teams: usize },
    /// The team's decisions are already in for this round.
    Duplicate { team: u8 },
    /// "Same as last round" in the first round.
    NoLastRound,
}

impl std::fmt::Display for EntryError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            EntryError::Code(e) => write!(f, "{e}"),
            EntryError::Finished => write!(f, "the league is over: every round has been played"),
            EntryError::WrongRound { given, open } => {
                write!(f, "the code is for round {given}, but round {open} is open")
            }
            EntryError::NoSuchTeam { given, teams } => write!(
                f,
                "the code is for team {}, but the league has {teams} teams",
                given + 1
            ),
            EntryError::Duplicate { team } => write!(
                f,
                "team {}'s decisions are already in for this round (clear them first to replace them)",
                team + 1
            ),
            EntryError::NoLastRound => write!(f, "there is no last round to repeat in round 1"),
        }
    }
}

/// The open round's decisions as they come in.
#[derive(Clone, Debug, PartialEq)]
pub struct RoundEntry {
    /// The round open for decisions (1-based).
    pub round: u32,
    /// Each team's decisions, once in.
    pub received: Vec<Option<Levers>>,
}

impl RoundEntry {
    /// The round after the league's last played one, empty.
    pub fn open(league: &League) -> Self {
        RoundEntry {
            round: league.rounds_played() + 1,
            received: vec![None; league.settings.teams.len()],
        }
    }

    /// Takes a typed or pasted code; the team it was for (0-based).
    pub fn enter(&mut self, league: &League, text: &str) -> Result<u8, EntryError> {
        if league.finished() {
            return Err(EntryError::Finished);
        }
        let salt = super::link::league_salt(&league.settings);
        let code = DecisionCode::decode_for(text, salt).map_err(EntryError::Code)?;
        if code.round != self.round {
            return Err(EntryError::WrongRound {
                given: code.round,
                open: self.round,
            });
        }
        let teams = self.received.len();
        let slot = self
            .received
            .get_mut(usize::from(code.team))
            .ok_or(EntryError::NoSuchTeam {
                given: code.team,
                teams,
            })?;
        if slot.is_some() {
            return Err(EntryError::Duplicate { team: code.team });
        }
        *slot = Some(code.levers);
        Ok(code.team)
    }

    /// Gives team `team` its decisions of the last round played.
    pub fn same_as_last(&mut self, league: &League, team: usize) -> Result<(), EntryError> {
        let last = league.decisions.last().ok_or(EntryError::NoLastRound)?;
        let slot = self.received.get_mut(team).ok_or(EntryError::NoSuchTeam {
            given: team as u8,
            teams: last.len(),
        })?;
        if slot.is_some() {
            return Err(EntryError::Duplicate { team: team as u8 });
        }
        *slot = Some(last[team]);
        Ok(())
    }

    /// Takes team `team`'s decisions back out (a wrong code read in).
    pub fn clear(&mut self, team: usize) {
        if let Some(slot) = self.received.get_mut(team) {
            *slot = None;
        }
    }

    /// Teams whose decisions are not in yet (0-based).
    pub fn missing(&self) -> Vec<usize> {
        (0..self.received.len())
            .filter(|&t| self.received[t].is_none())
            .collect()
    }

    /// Every team's decisions, once all are in.
    pub fn complete(&self) -> Option<Vec<Levers>> {
        self.received.iter().copied().collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::league::settings::LeagueSettings;

    fn code(team: u8, round: u32, price: f64) -> String {
        let salt = crate::league::link::league_salt(&LeagueSettings::template("default").unwrap());
        DecisionCode {
            team,
            round,
            levers: Levers {
                price,
                ..Levers::default()
            },
        }
        .encode_for(salt)
    }

    #[test]
    fn codes_are_checked_against_the_open_round_and_the_teams() {
        let mut league = League::new(LeagueSettings::template("default").unwrap());
        let mut entry = RoundEntry::open(&league);
        assert_eq!(entry.round, 1);
        assert_eq!(entry.same_as_last(&league, 0), Err(EntryError::NoLastRound));
        assert_eq!(entry.enter(&league, &code(1, 1, 1.1)), Ok(1));
        assert_eq!(
            entry.enter(&league, &code(1, 1, 1.2)),
            Err(EntryError::Duplicate { team: 1 })
        );
        assert_eq!(
            entry.enter(&league, &code(0, 2, 1.0)),
            Err(EntryError::WrongRound { given: 2, open: 1 })
        );
        assert_eq!(
            entry.enter(&league, &code(5, 1, 1.0)),
            Err(EntryError::NoSuchTeam { given: 5, teams: 4 })
        );
        let mut typo = code(0, 1, 1.0).into_bytes();
        typo[4] = if typo[4] == b'7' { b'8' } else { b'7' };
        let typo = String::from_utf8(typo).unwrap();
        assert_eq!(
            entry.enter(&league, &typo),
            Err(EntryError::Code(CodeError::Check))
        );
        // A code made for another league fails its check.
        let mut other = LeagueSettings::template("default").unwrap();
        other.seed = 2;
        let foreign = DecisionCode {
            team: 0,
            round: 1,
            levers: Levers::default(),
        }
        .encode_for(crate::league::link::league_salt(&other));
        assert_eq!(
            entry.enter(&league, &foreign),
            Err(EntryError::Code(CodeError::Check))
        );
        assert_eq!(entry.missing(), vec![0, 2, 3]);
        assert!(entry.complete().is_none());
        for t in [0, 2, 3] {
            entry.enter(&league, &code(t, 1, 1.0)).unwrap();
        }
        let round = entry.complete().unwrap();
        assert!((round[1].price - 1.1).abs() < 1e-12);
        league.decisions.push(round);

        let mut next = RoundEntry::open(&league);
        assert_eq!(next.round, 2);
        next.same_as_last(&league, 1).unwrap();
        assert!((next.received[1].unwrap().price - 1.1).abs() < 1e-12);
        next.clear(1);
        assert_eq!(next.missing().len(), 4);
    }
}
