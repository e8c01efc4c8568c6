//! The web page (yew): reads `sim::Run`, sends `sim::Levers`.

pub mod app;
pub mod format;
pub mod kpis;

pub use app::App;
