//! The concept tools: calculators the course teaches by hand, checked
//! against the same code the command line uses (`sim::clv`,
//! `concepts::ahp`, `concepts::value_matrix`), and the glossary.

mod ahp;
mod clv;
mod glossary;
mod value_matrix;

pub use ahp::AhpCalculator;
pub use clv::ClvCalculator;
pub use glossary::Glossary;
pub use value_matrix::ValueMatrixTool;
