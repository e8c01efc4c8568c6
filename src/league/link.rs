//! League links (竞赛链接): a league's settings and every decision so far in
//! a URL fragment, so any browser opening it recomputes the market with no
//! server. The lecturer hands the same link to every team after each round.
//!
//! The payload is a version byte, then postcard (a compact binary serde
//! format) of the settings and of the decisions packed as bits: each lever
//! as its slider's step index in just the bits its steps need (as decision
//! codes carry it), about 90 bits a team a round. Written as URL-safe
//! base64 without padding; 8 teams × 12 rounds stay under 2,000 characters.

use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use serde::{Deserialize, Serialize};

use crate::sim::{LeverId, Levers, MarketEvent, RetentionTargeting, BUILT_IN, LEVERS};

use super::code;
use super::play::League;
use super::settings::{LeagueSettings, Scoring, ScriptedEvent};

/// The payload's first byte: a later format can tell its links from these.
pub const LINK_VERSION: u8 = 1;
/// Longest payload read (characters): a pasted text far beyond a league's
/// size is refused before decoding.
pub const MAX_PAYLOAD_CHARS: usize = 8_000;

/// Why a link could not be read.
#[derive(Clone, Debug, PartialEq)]
pub enum LinkError {
    /// Longer than any league link.
    TooLong { chars: usize },
    /// Not base64, or cut short, or not a league.
    Damaged,
    /// Made by another version of the link format.
    Version { given: u8 },
    /// Read, but the league in it is not valid.
    Invalid(crate::sim::ValidationError),
}

impl std::fmt::Display for LinkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LinkError::TooLong { chars } => write!(
                f,
                "the link's league part is {chars} characters, more than a league link has (was it pasted twice?)"
            ),
            LinkError::Damaged => write!(
                f,
                "the link is damaged or cut short: copy the whole link again"
            ),
            LinkError::Version { given } => write!(
                f,
                "the link is of league format {given}, not {LINK_VERSION}: open it with the CRM Lab that made it"
            ),
            LinkError::Invalid(e) => write!(f, "the link's league is not valid: {e}"),
        }
    }
}

/// The settings as the link carries them (postcard needs no field names or
/// enum tags).
#[derive(Serialize, Deserialize)]
struct Packed {
    name: String,
    scenario: u8,
    seed: u64,
    market_size: u32,
    rounds: u8,
    months_per_round: u8,
    teams: Vec<String>,
    spend_cap: Option<f64>,
    scoring: (f64, f64, f64),
    /// (round, kind 0–3, size, months of an outage)
    events: Vec<(u8, u8, f64, u8)>,
    /// Rounds of decisions packed in `bits`.
    played: u8,
    bits: Vec<u8>,
}

/// Bytes of the check at the end of the payload.
const CHECK_BYTES: usize = 4;

/// The check of the payload's bytes: the low 32 bits of their FNV-1a hash,
/// so any edited or mistyped character is caught (all but one in 4 billion).
fn check_of(bytes: &[u8]) -> [u8; CHECK_BYTES] {
    (crate::sim::fnv1a(bytes) as u32).to_le_bytes()
}

/// Bits a lever's step index needs.
fn width(id: LeverId) -> u32 {
    u128::BITS - (code::steps(id) - 1).leading_zeros()
}

/// Bits for the retention targeting.
const TARGETING_BITS: u32 = 2;

#[derive(Default)]
struct BitWriter {
    bytes: Vec<u8>,
    used: u32,
}

impl BitWriter {
    fn push(&mut self, value: u128, width: u32) {
        for i in (0..width).rev() {
            if self.used % 8 == 0 {
                self.bytes.push(0);
            }
            let bit = ((value >> i) & 1) as u8;
            let last = self.bytes.len() - 1;
            self.bytes[last] |= bit << (7 - self.used % 8);
            self.used += 1;
        }
    }
}

struct BitReader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl BitReader<'_> {
    fn take(&mut self, width: u32) -> Option<u128> {
        let mut v = 0u128;
        for _ in 0..width {
            let byte = *self.bytes.get(self.at / 8)?;
            v = (v << 1) | u128::from((byte >> (7 - self.at % 8)) & 1);
            self.at += 1;
        }
        Some(v)
    }
}

fn pack_levers(w: &mut BitWriter, l: &Levers) {
    let t = RetentionTargeting::ALL
        .iter()
        .position(|t| *t == l.retention_targeting)
        .unwrap_or(0);
    w.push(t as u128, TARGETING_BITS);
    for s in &LEVERS {
        w.push(code::index(s.id, l.get(s.id)), width(s.id));
    }
}

fn unpack_levers(r: &mut BitReader) -> Option<Levers> {
    let mut l = Levers {
        retention_targeting: *RetentionTargeting::ALL.get(r.take(TARGETING_BITS)? as usize)?,
        ..Levers::default()
    };
    for s in &LEVERS {
        let k = r.take(width(s.id))?;
        if k >= code::steps(s.id) {
            return None;
        }
        l.set(s.id, code::value(s.id, k));
    }
    Some(l)
}

/// A league's salt for its decision codes' check (below
/// [`code::CHECK_PRIME`]): a hash of its settings as its link carries them,
/// the same in every browser, so a code made for another league is refused.
pub fn league_salt(settings: &super::LeagueSettings) -> u128 {
    let link = encode(&League::new(settings.clone()));
    u128::from(crate::sim::fnv1a(link.as_bytes())) % code::CHECK_PRIME
}

/// The league as a link's payload (the part after `#league/`). Levers are
/// carried on their sliders' steps (as decision codes carry them).
pub fn encode(league: &League) -> String {
    let s = &league.settings;
    let mut w = BitWriter::default();
    for round in &league.decisions {
        for l in round {
            pack_levers(&mut w, l);
        }
    }
    let packed = Packed {
        name: s.name.clone(),
        scenario: BUILT_IN.iter().position(|b| *b == s.scenario).unwrap_or(0) as u8,
        seed: s.seed,
        market_size: s.market_size,
        rounds: s.rounds.min(255) as u8,
        months_per_round: s.months_per_round.min(255) as u8,
        teams: s.teams.clone(),
        spend_cap: s.spend_cap,
        scoring: (
            s.scoring.equity_weight,
            s.scoring.profit_weight,
            s.scoring.penalty_per_yuan,
        ),
        events: s
            .events
            .iter()
            .map(|e| {
                let round = e.round.min(255) as u8;
                match e.event {
                    MarketEvent::CompetitorPrice { change } => (round, 0, change, 0),
                    MarketEvent::CompetitorQuality { change } => (round, 1, change, 0),
                    MarketEvent::Competition { change } => (round, 2, change, 0),
                    MarketEvent::ServiceOutage {
                        extra_failure,
                        months,
                    } => (round, 3, extra_failure, months.min(255) as u8),
                }
            })
            .collect(),
        played: league.decisions.len().min(255) as u8,
        bits: w.bytes,
    };
    let mut bytes = vec![LINK_VERSION];
    bytes.extend(postcard::to_allocvec(&packed).expect("a league serialises"));
    let check = check_of(&bytes);
    bytes.extend(check);
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Reads a link's payload back into a league (checked: settings and
/// decisions valid).
pub fn decode(payload: &str) -> Result<League, LinkError> {
    let payload = payload.trim();
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(LinkError::TooLong {
            chars: payload.chars().count(),
        });
    }
    let bytes = URL_SAFE_NO_PAD
        .decode(payload.trim_end_matches('='))
        .map_err(|_| LinkError::Damaged)?;
    // The last four bytes check the rest: a changed character is a
    // damaged link, never another league.
    if bytes.len() < 1 + CHECK_BYTES {
        return Err(LinkError::Damaged);
    }
    let (body, check) = bytes.split_at(bytes.len() - CHECK_BYTES);
    if check != check_of(body) {
        return Err(LinkError::Damaged);
    }
    let (&version, rest) = body.split_first().ok_or(LinkError::Damaged)?;
    if version != LINK_VERSION {
        return Err(LinkError::Version { given: version });
    }
    let (p, tail): (Packed, _) = postcard::take_from_bytes(rest).map_err(|_| LinkError::Damaged)?;
    if !tail.is_empty() {
        return Err(LinkError::Damaged);
    }
    let scenario = BUILT_IN
        .get(usize::from(p.scenario))
        .ok_or(LinkError::Damaged)?;
    let mut events = Vec::new();
    for (round, kind, size, months) in p.events {
        let event = match kind {
            0 => MarketEvent::CompetitorPrice { change: size },
            1 => MarketEvent::CompetitorQuality { change: size },
            2 => MarketEvent::Competition { change: size },
            3 => MarketEvent::ServiceOutage {
                extra_failure: size,
                months: u32::from(months),
            },
            _ => return Err(LinkError::Damaged),
        };
        events.push(ScriptedEvent {
            round: u32::from(round),
            event,
        });
    }
    let settings = LeagueSettings {
        name: p.name,
        scenario: scenario.to_string(),
        seed: p.seed,
        market_size: p.market_size,
        rounds: u32::from(p.rounds),
        months_per_round: u32::from(p.months_per_round),
        teams: p.teams,
        spend_cap: p.spend_cap,
        scoring: Scoring {
            equity_weight: p.scoring.0,
            profit_weight: p.scoring.1,
            penalty_per_yuan: p.scoring.2,
        },
        events,
    };
    settings.validate().map_err(LinkError::Invalid)?;
    let mut r = BitReader {
        bytes: &p.bits,
        at: 0,
    };
    let mut decisions = Vec::new();
    for _ in 0..p.played {
        let round = (0..settings.teams.len())
            .map(|_| unpack_levers(&mut r))
            .collect::<Option<Vec<_>>>()
            .ok_or(LinkError::Damaged)?;
        decisions.push(round);
    }
    // Nothing but padding may follow the last decision.
    if r.at.div_ceil(8) != p.bits.len() {
        return Err(LinkError::Damaged);
    }
    let league = League {
        settings,
        decisions,
    };
    league.validate().map_err(LinkError::Invalid)?;
    Ok(league)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::league::code::DecisionCode;

    fn full_league() -> League {
        let mut s = LeagueSettings::template("competitive").unwrap();
        s.rounds = 12;
        s.name = "市场营销 2026 秋 A 班 league".chars().take(24).collect();
        s.teams = (1..=8).map(|k| format!("第{k}队 Lions")).collect();
        s.spend_cap = Some(12_345.5);
        s.seed = u64::MAX - 3;
        s.events.push(ScriptedEvent {
            round: 9,
            event: MarketEvent::ServiceOutage {
                extra_failure: 0.25,
                months: 2,
            },
        });
        let decisions = (0..12)
            .map(|r| {
                (0..8)
                    .map(|t| {
                        let mut l = Levers::default();
                        // Every lever away from its default, at its ends or between.
                        for (i, spec) in LEVERS.iter().enumerate() {
                            let u = ((r * 8 + t + i * 5) % 11) as f64 / 10.0;
                            l.set(spec.id, spec.min + u * (spec.max - spec.min));
                        }
                        l.retention_targeting = RetentionTargeting::ALL[(r + t) % 3];
                        DecisionCode::quantised(&l)
                    })
                    .collect()
            })
            .collect();
        League {
            settings: s,
            decisions,
        }
    }

    #[test]
    fn a_full_league_round_trips_in_under_2000_characters() {
        let league = full_league();
        let link = encode(&league);
        assert!(link.len() < 2_000, "{} characters", link.len());
        assert!(link
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(decode(&link).unwrap(), league);
        let mut fresh = league.clone();
        fresh.decisions.clear();
        assert_eq!(decode(&encode(&fresh)).unwrap(), fresh);
    }

    #[test]
    fn damaged_links_are_refused() {
        let link = encode(&full_league());
        assert_eq!(decode(&link[..link.len() - 7]), Err(LinkError::Damaged));
        assert_eq!(decode(&format!("{link}AAAA")), Err(LinkError::Damaged));
        assert_eq!(decode("!!!"), Err(LinkError::Damaged));
        assert_eq!(decode(""), Err(LinkError::Damaged));
        assert!(matches!(
            decode(&"A".repeat(9_000)),
            Err(LinkError::TooLong { .. })
        ));
        let mut bytes = URL_SAFE_NO_PAD.decode(&link).unwrap();
        bytes[0] = 7;
        let n = bytes.len() - CHECK_BYTES;
        let check = check_of(&bytes[..n]);
        bytes[n..].copy_from_slice(&check);
        assert_eq!(
            decode(&URL_SAFE_NO_PAD.encode(&bytes)),
            Err(LinkError::Version { given: 7 })
        );
        // Any one character changed is a damaged link, never another league
        // (the last character's spare bits may change nothing).
        let league = decode(&link).unwrap();
        for (i, c) in link.char_indices() {
            for other in ['A', 'q', '7', '-'] {
                if other == c {
                    continue;
                }
                let mut edited = link.clone();
                edited.replace_range(i..i + 1, &other.to_string());
                match decode(&edited) {
                    Err(_) => {}
                    Ok(l) => assert!(i == link.len() - 1 && l == league, "character {i}"),
                }
            }
        }
        // A league whose settings are out of range is read but refused.
        let mut bad = full_league();
        bad.decisions.clear();
        bad.settings.market_size = 5;
        assert!(matches!(decode(&encode(&bad)), Err(LinkError::Invalid(_))));
    }
}
