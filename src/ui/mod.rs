//! The web page (yew): reads the model's results, sends it decisions.
//!
//! * `app` — the header, navigation and preferences, and the page the
//!   address asks for (`route`); `prefs` — language and projector mode;
//! * `explore_page` — the Explore page; `state` — its state as plain data,
//!   its `Action`s and reducer; `explore` — the settings of a run and the run
//!   as the page shows it; `hooks` — `use_simulation` (computing, in slices
//!   for large markets); `controls/`, `kpis`, `charts/` — its parts;
//! * `course/` — Coursework mode: assignments, playing rounds, save slots,
//!   run files, the report and the assignment editor;
//! * `share`, `share_dialog` — links and QR codes; `storage` — remembered
//!   state; `prefetch`, `worker` — runs computed ahead in a web worker;
//!   `download` — CSV and PNG files; `messages` — problems worded in
//!   the user's language; `format` — numbers as people read them;
//!   `browser` — the window, the fragment, the clock and the figures
//!   published for the end-to-end suite.

pub mod app;
pub mod browser;
pub mod charts;
pub mod controls;
pub mod course;
pub mod download;
pub mod explore;
pub mod explore_page;
pub mod format;
pub mod hooks;
pub mod kpis;
pub mod learn;
pub mod messages;
pub mod prefetch;
pub mod prefs;
pub mod route;
pub mod share;
pub mod share_dialog;
pub mod state;
pub mod storage;
pub mod tools;
pub mod worker;

pub use app::App;
