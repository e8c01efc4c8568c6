//! The classroom league (课堂竞赛): student teams run rival firms in one
//! market, round by round, with no server. The lecturer sets the league
//! ([`settings`]); each team sends its round's decisions as a short code it
//! reads aloud or pastes ([`code`]); the lecturer enters the codes
//! ([`round`]) and the round runs through one market of several firms
//! ([`play`], over `sim::market`); a link carries the league to every
//! browser ([`link`]) and a file keeps it for grading ([`file`]).

pub mod code;
pub mod file;
pub mod link;
pub mod play;
pub mod round;
pub mod settings;

pub use play::{League, LeagueRun, Standing};
pub use settings::{LeagueSettings, Scoring, ScriptedEvent};
