//! The controls: one component per file.

pub mod draft;
pub mod lever_group;
pub mod lever_list;
pub mod lever_slider;
pub mod market;

pub use draft::DraftHandlers;
pub use lever_group::{Group, LeverGroup};
pub use lever_list::LeverList;
pub use lever_slider::LeverSlider;
pub use market::MarketControls;
