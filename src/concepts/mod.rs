//! The course's concept tools, apart from the simulation: calculators a
//! student can check homework with, and the words of the course.
//!
//! * [`ahp`] — the analytic hierarchy process (层次分析法): weights and consistency.

pub mod ahp;
