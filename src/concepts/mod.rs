//! The course's concept tools, apart from the simulation: calculators a
//! student can check homework with, and the words of the course.
//!
//! * [`ahp`] — the analytic hierarchy process (层次分析法): weights and consistency.
//! * [`clv_calc`] — the CLV calculator's arithmetic, for the page and the CLI.
//! * [`glossary`] — every concept of the course in both languages.
//! * [`loyalty_index`] — the course's loyalty index system A1–A4, weighted by AHP.
//! * [`terms`] — the terminology table: one name per concept in each language.
//! * [`value_matrix`] — the customer value matrix (客户价值矩阵).

pub mod ahp;
pub mod clv_calc;
pub mod glossary;
pub mod loyalty_index;
pub mod terms;
pub mod value_matrix;
