//! The Explore page: one market, every lever, the charts and the figures,
//! month by month.
//!
//! * `page` — the page: a composition of the parts below;
//! * `state` — its state as plain data, an `Action` per thing a user can do,
//!   and the reducer (no DOM);
//! * `hooks` — `use_simulation`: the run for the current settings, computed
//!   at once, taken from the runs computed ahead, or in slices between
//!   frames for large markets;
//! * `prefetch`, `worker` — the runs one slider step away, computed ahead in
//!   a web worker;
//! * `start` — the state the page opens with (a link, remembered state, a
//!   lesson's preset);
//! * `lever_panel` — the market's settings and a slider per lever;
//! * `results` — what the run on screen shows: `month_bar` (play, pause,
//!   speed, the month slider, pinning), the KPIs and the charts;
//! * `keyboard` — the page's shortcuts;
//! * `export` — the monthly series and the customers as CSV downloads;
//! * `share_dialog` — the link and QR code of what is on screen.

mod export;
pub mod hooks;
mod keyboard;
mod lever_panel;
mod month_bar;
pub mod page;
pub mod prefetch;
mod results;
pub(crate) mod share_dialog;
mod start;
pub mod state;
pub(crate) mod warning_list;
pub mod worker;

pub use page::ExplorePage;
