//! The concept tools: calculators the course teaches by hand, checked
//! against the same code the command line uses (`sim::clv`,
//! `concepts::ahp`).

mod ahp;
mod clv;

pub use ahp::AhpCalculator;
pub use clv::ClvCalculator;
