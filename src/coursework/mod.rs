//! Coursework (课程作业): the course's "do the CRM simulation exercise and
//! write a report" (做好CRM模拟练习,写出报告) as a lecturer sets it and a
//! student plays it, with no server and no account.
//!
//! * [`assignment`] — what a lecturer sets: market, rounds, limits, scoring,
//!   scripted market events, a bilingual brief; the built-in assignments;
//! * [`play`] — a playthrough: rounds submitted one by one, projections;
//! * [`summary`] — what happened in a round, and how much the decisions caused;
//! * [`scoring`] — the results summary: figures per round, limits, score;
//! * [`run_file`] — the file a student hands in, and its verification by replay;
//! * [`link`] — an assignment handed out as a link;
//! * [`grade`] — grading a folder of run files (`crm-lab grade`).
//!
//! Plain Rust over the model, no web dependency: the page and the command
//! line use the same code, so a run verifies the same in both.

pub mod assignment;
pub mod grade;
pub mod link;
pub mod play;
pub mod run_file;
pub mod scoring;
pub mod summary;

pub use assignment::{Assignment, Bilingual, Constraints, Metric, ScheduledEvent, Scoring};
pub use play::{PlayError, Playthrough, Projection};
pub use run_file::{read_file, verify, CrmLabFile, FileProblem, RunFile, Verification};
pub use scoring::{Limit, LimitCheck, Results, RoundKpis, Status};
pub use summary::{Kpi, KpiMove, RoundReport};
