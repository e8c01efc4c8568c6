//! The web page (yew): reads the model's results, sends it decisions.
//!
//! * `state` — the page's state as plain data, its `Action`s and reducer;
//! * `explore` — the settings of a run and the run as the page shows it;
//! * `hooks` — `use_simulation` (computing, in slices for large markets);
//! * `app` — the page; `controls/`, `kpis`, `charts/` — its parts;
//! * `share`, `share_dialog` — links and QR codes; `storage` — remembered
//!   state; `prefetch`, `worker` — runs computed ahead in a web worker;
//!   `download` — CSV and PNG files; `messages` — problems worded in
//!   the user's language; `format` — numbers as people read them.

pub mod app;
pub mod charts;
pub mod controls;
pub mod download;
pub mod explore;
pub mod format;
pub mod hooks;
pub mod kpis;
pub mod messages;
pub mod prefetch;
pub mod share;
pub mod share_dialog;
pub mod state;
pub mod storage;
pub mod worker;

pub use app::App;
