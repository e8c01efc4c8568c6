//! The controls: one component per file.

pub mod lever_slider;
pub mod market;

pub use lever_slider::LeverSlider;
pub use market::MarketControls;
