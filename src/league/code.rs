//! Decision codes (决策码): one team's decisions for one round of a league,
//! short enough to read aloud, with a check that catches a mistyped or
//! swapped character.
//!
//! The code holds a version, the team, the round, the retention targeting
//! and every numeric lever on its slider's step (a lever's value is its
//! step index), packed as one mixed-radix number (about 94 bits), followed
//! by a check: the number modulo [`CHECK_PRIME`]. A prime above 32 that
//! divides neither 31 nor a power of 32 makes every single-character change
//! and every swap of two neighbouring characters of the number change the
//! check. Written in Crockford's base 32 (no I, L, O or U; read case-blind,
//! I and L as 1, O as 0), in groups of three: `7Q2-K0M-...`.

use crate::sim::{LeverId, Levers, RetentionTargeting, LEVERS};

/// The code format's version (the first digit of the number, radix
/// [`VERSIONS`]): a later format can tell its codes from these.
pub const VERSION: u128 = 1;
/// How many code versions the format leaves room for.
pub const VERSIONS: u128 = 4;
/// Teams a league may have.
pub const MAX_TEAMS: u8 = 8;
/// Rounds a league may have (as an assignment's).
pub const MAX_ROUNDS: u32 = crate::coursework::assignment::MAX_ROUNDS;
/// The check's modulus: a prime just below 2¹⁰, so the check takes two
/// base-32 characters.
pub const CHECK_PRIME: u128 = 1021;
/// Characters of a code, without the group separators.
pub const LENGTH: usize = 21;
/// Characters per group as written.
pub const GROUP: usize = 3;

/// One team's decisions for one round.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct DecisionCode {
    /// The team, 0-based (below [`MAX_TEAMS`]).
    pub team: u8,
    /// The round, 1-based (up to [`MAX_ROUNDS`]).
    pub round: u32,
    /// The levers, each on its slider's step.
    pub levers: Levers,
}

/// Why a code was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CodeError {
    /// Nothing but separators.
    Empty,
    /// A character outside the code's alphabet (as typed), at a 1-based
    /// position among the code's characters.
    BadCharacter { character: char, position: usize },
    /// Too few or too many characters.
    WrongLength { given: usize },
    /// The check does not match: a character mistyped or two swapped.
    Check,
    /// Made by another version of the code format.
    Version { given: u128 },
    /// A team or round outside what any league has.
    OutOfRange { field: &'static str },
}

impl std::fmt::Display for CodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            CodeError::Empty => write!(f, "no code given"),
            CodeError::BadCharacter {
                character,
                position,
            } => write!(f, "character {position}, '{character}', is not in a code"),
            CodeError::WrongLength { given } => {
                write!(f, "a code has {LENGTH} characters, not {given}")
            }
            CodeError::Check => write!(
                f,
                "the code's check does not match: a character is mistyped or two are swapped"
            ),
            CodeError::Version { given } => {
                write!(f, "the code is of format version {given}, not {VERSION}")
            }
            CodeError::OutOfRange { field } => write!(f, "the code's {field} is out of range"),
        }
    }
}

/// Steps in a lever's range, ends included: its radix in the code.
pub(crate) fn steps(id: LeverId) -> u128 {
    let s = id.spec();
    ((s.max - s.min) / s.step).round() as u128 + 1
}

/// A lever's value as its step index (values between steps go to the
/// nearest; out of range to the end).
pub(crate) fn index(id: LeverId, v: f64) -> u128 {
    let s = id.spec();
    let k = ((v - s.min) / s.step).round().max(0.0) as u128;
    k.min(steps(id) - 1)
}

/// A step index's value, without the binary noise of the multiplication.
pub(crate) fn value(id: LeverId, k: u128) -> f64 {
    let s = id.spec();
    ((s.min + k as f64 * s.step) * 1e9).round() / 1e9
}

impl DecisionCode {
    /// The decisions as the code carries them: each lever on its step.
    pub fn quantised(levers: &Levers) -> Levers {
        let mut out = *levers;
        for s in &LEVERS {
            out.set(s.id, value(s.id, index(s.id, levers.get(s.id))));
        }
        out
    }

    /// The code as written: [`LENGTH`] characters in groups of [`GROUP`],
    /// for no league in particular (see [`encode_for`](Self::encode_for)).
    pub fn encode(&self) -> String {
        self.encode_for(0)
    }

    /// The code for the league whose `link::league_salt` is `salt`: its check
    /// is offset by the salt, so a code made for another league fails its
    /// check (all but one in [`CHECK_PRIME`]); a single changed character or
    /// swapped pair is still always caught, the offset being the same.
    pub fn encode_for(&self, salt: u128) -> String {
        let mut n = VERSION;
        n = n * u128::from(MAX_TEAMS) + u128::from(self.team.min(MAX_TEAMS - 1));
        n = n * u128::from(MAX_ROUNDS) + u128::from(self.round.clamp(1, MAX_ROUNDS) - 1);
        let targeting = RetentionTargeting::ALL
            .iter()
            .position(|t| *t == self.levers.retention_targeting)
            .unwrap_or(0);
        n = n * RetentionTargeting::ALL.len() as u128 + targeting as u128;
        for s in &LEVERS {
            n = n * steps(s.id) + index(s.id, self.levers.get(s.id));
        }
        let full = (n << 10) | ((n + salt) % CHECK_PRIME);
        let digits = fast32::base32::CROCKFORD.encode_u128(full);
        let padded = format!("{digits:0>LENGTH$}");
        padded
            .as_bytes()
            .chunks(GROUP)
            .map(|g| std::str::from_utf8(g).unwrap_or_default())
            .collect::<Vec<_>>()
            .join("-")
    }

    /// Reads a code as typed: case-blind, separators (dashes, spaces) left
    /// out, I and L read as 1 and O as 0 (for no league in particular).
    pub fn decode(text: &str) -> Result<DecisionCode, CodeError> {
        Self::decode_for(text, 0)
    }

    /// As [`decode`](Self::decode), for the league whose salt is `salt`.
    pub fn decode_for(text: &str, salt: u128) -> Result<DecisionCode, CodeError> {
        let mut chars = String::new();
        for c in text
            .chars()
            .filter(|c| !matches!(c, '-' | ' ' | '\u{3000}' | '\t'))
        {
            let c = match c.to_ascii_uppercase() {
                'I' | 'L' => '1',
                'O' => '0',
                c => c,
            };
            if !c.is_ascii_alphanumeric() || c == 'U' {
                return Err(CodeError::BadCharacter {
                    character: c,
                    position: chars.chars().count() + 1,
                });
            }
            chars.push(c);
        }
        if chars.is_empty() {
            return Err(CodeError::Empty);
        }
        if chars.len() != LENGTH {
            return Err(CodeError::WrongLength { given: chars.len() });
        }
        let full = fast32::base32::CROCKFORD
            .decode_u128_str(&chars)
            .map_err(|e| match e {
                fast32::DecodeError::InvalidChar { char, index } => CodeError::BadCharacter {
                    character: char,
                    position: index + 1,
                },
                fast32::DecodeError::InvalidLength { length } => {
                    CodeError::WrongLength { given: length }
                }
            })?;
        let (mut n, check) = (full >> 10, full & 0x3FF);
        if (n + salt) % CHECK_PRIME != check {
            return Err(CodeError::Check);
        }
        let mut levers = Levers::default();
        for s in LEVERS.iter().rev() {
            let radix = steps(s.id);
            levers.set(s.id, value(s.id, n % radix));
            n /= radix;
        }
        let targets = RetentionTargeting::ALL.len() as u128;
        levers.retention_targeting = RetentionTargeting::ALL[(n % targets) as usize];
        n /= targets;
        let round = (n % u128::from(MAX_ROUNDS)) as u32 + 1;
        n /= u128::from(MAX_ROUNDS);
        let team = (n % u128::from(MAX_TEAMS)) as u8;
        n /= u128::from(MAX_TEAMS);
        if n != VERSION {
            return Err(if n < VERSIONS {
                CodeError::Version { given: n }
            } else {
                CodeError::OutOfRange { field: "version" }
            });
        }
        Ok(DecisionCode {
            team,
            round,
            levers,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sample() -> DecisionCode {
        let levers = Levers {
            price: 1.07,
            care_im: 4.0,
            points_rate: 0.025,
            save_offer: 20.0,
            retention_targeting: RetentionTargeting::ValueAtRisk,
            ..Levers::default()
        };
        DecisionCode {
            team: 5,
            round: 12,
            levers,
        }
    }

    #[test]
    fn a_code_is_short_grouped_and_round_trips() {
        let c = sample();
        let text = c.encode();
        assert_eq!(text.replace('-', "").len(), LENGTH);
        assert!(text.split('-').all(|g| g.len() <= GROUP), "{text}");
        assert_eq!(DecisionCode::decode(&text), Ok(c));
        // As typed: lower case, spaces, O for 0 and l for 1.
        let typed = text
            .to_lowercase()
            .replace('-', " ")
            .replace('0', "o")
            .replace('1', "l");
        assert_eq!(DecisionCode::decode(&typed), Ok(c));
        // Every team, round, targeting and lever end survives.
        for team in 0..MAX_TEAMS {
            for round in [1, 2, MAX_ROUNDS] {
                for t in RetentionTargeting::ALL {
                    let mut lo = Levers::default();
                    let mut hi = Levers::default();
                    for s in &LEVERS {
                        lo.set(s.id, s.min);
                        hi.set(s.id, s.max);
                    }
                    for mut levers in [lo, hi, Levers::default()] {
                        levers.retention_targeting = t;
                        let c = DecisionCode {
                            team,
                            round,
                            levers,
                        };
                        let back = DecisionCode::decode(&c.encode()).unwrap();
                        assert_eq!(
                            back,
                            DecisionCode {
                                levers: DecisionCode::quantised(&levers),
                                ..c
                            }
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn every_lever_is_carried_on_its_step() {
        // The defaults sit on their steps, so they come back exactly.
        let d = Levers::default();
        assert_eq!(DecisionCode::quantised(&d), d);
        for s in &LEVERS {
            let mut l = Levers::default();
            // A value between two steps goes to the nearest.
            let v = (s.min + 2.4 * s.step).min(s.max);
            l.set(s.id, v);
            let back = DecisionCode::decode(
                &DecisionCode {
                    team: 0,
                    round: 1,
                    levers: l,
                }
                .encode(),
            )
            .unwrap()
            .levers;
            let want = (s.min + 2.0 * s.step).min(s.max);
            assert!(
                (back.get(s.id) - want).abs() < 1e-9,
                "{}: {} for {v}",
                s.name,
                back.get(s.id)
            );
        }
    }

    #[test]
    fn a_mistyped_or_swapped_character_is_caught() {
        let text = sample().encode().replace('-', "");
        let alphabet: Vec<char> = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".chars().collect();
        for i in 0..LENGTH {
            for &c in &alphabet {
                let mut t: Vec<char> = text.chars().collect();
                if t[i] == c {
                    continue;
                }
                t[i] = c;
                let t: String = t.into_iter().collect();
                assert!(
                    DecisionCode::decode(&t).is_err(),
                    "{t}: character {} changed",
                    i + 1
                );
            }
        }
        for i in 0..LENGTH - 1 {
            let mut t: Vec<char> = text.chars().collect();
            if t[i] == t[i + 1] {
                continue;
            }
            t.swap(i, i + 1);
            let t: String = t.into_iter().collect();
            assert!(
                DecisionCode::decode(&t).is_err(),
                "{t}: characters {} and {} swapped",
                i + 1,
                i + 2
            );
        }
    }

    #[test]
    fn bad_codes_say_why() {
        assert_eq!(DecisionCode::decode(" - "), Err(CodeError::Empty));
        assert_eq!(
            DecisionCode::decode("ABC-DEF"),
            Err(CodeError::WrongLength { given: 6 })
        );
        assert!(matches!(
            DecisionCode::decode("ABC-DEF-GHU-KMN-PQR-STV-WXY"),
            Err(CodeError::BadCharacter {
                character: 'U',
                position: 9
            })
        ));
        assert!(matches!(
            DecisionCode::decode("ABC-DEF-GH#-KMN-PQR-STV-WXY"),
            Err(CodeError::BadCharacter { character: '#', .. })
        ));
        // Another version of the format, with its check right.
        let n: u128 = 2;
        let full = (n << 10) | (n % CHECK_PRIME);
        let other = format!("{:0>LENGTH$}", fast32::base32::CROCKFORD.encode_u128(full));
        assert!(DecisionCode::decode(&other).is_err());
    }
}
