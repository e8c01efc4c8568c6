//! CRM Lab (客户关系管理模拟实验室): a customer-relationship-management teaching
//! simulator.
//!
//! * [`sim`] — the model: pure Rust, deterministic, no web dependency.
//! * [`concepts`] — the course's calculators (AHP, CLV tables, customer value matrix) and glossary.
//! * [`coursework`] — assignments in decision rounds, run files, verification, grading.
//! * [`export`] — the model's results as CSV and JSON, for the command line and the page.
//! * `cli` — the native command-line runner `crm-lab` (not in the web build).
//! * [`lessons`] — ten guided lessons on the course's core ideas, as data with checkable goals.
//! * [`i18n`] — the interface's words in 简体中文 and English.
//! * [`ui`] — the web page (yew), which reads the model's results and sends it decisions.

#[cfg(not(target_arch = "wasm32"))]
pub mod cli;
pub mod concepts;
pub mod coursework;
pub mod export;
pub mod i18n;
pub mod league;
pub mod lessons;
pub mod sim;
pub mod ui;
