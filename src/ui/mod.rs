//! The web page (yew): reads the model's results, sends it decisions.
//!
//! * `app` — the header, navigation and preferences, and the page the
//!   address asks for (`route`); `prefs` — language and projector mode;
//! * `explore/` — the Explore page, its state, hooks, worker and parts;
//!   `run` — the settings of a run and the run as the pages show it;
//!   `controls/`, `kpis`, `charts/` — parts the pages share;
//! * `course/` — Coursework mode: assignments, playing rounds, save slots,
//!   run files, the report and the assignment editor;
//! * `share` — links and QR codes; `storage` — remembered state;
//!   `keys` — the string-table keys of the model's names;
//!   `download` — CSV and PNG files; `messages` — problems worded in
//!   the user's language; `format` — numbers as people read them;
//!   `browser` — the window, the fragment, the clock, resize observation
//!   and the figures published for the end-to-end suite.

pub mod app;
pub mod browser;
pub mod charts;
pub mod controls;
pub mod course;
pub mod download;
pub mod explore;
pub mod format;
pub mod keys;
pub mod kpis;
pub mod league;
pub mod learn;
pub mod messages;
pub mod prefs;
pub mod route;
pub mod run;
pub mod share;
pub mod storage;
pub mod tools;

pub use app::App;
