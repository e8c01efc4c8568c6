//! The classroom league (课堂竞赛): student teams run rival firms in one
//! market, round by round, with no server. Decisions travel as short codes
//! a team reads aloud or pastes ([`code`]).

pub mod code;
