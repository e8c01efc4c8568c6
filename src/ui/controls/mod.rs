//! The controls: one component per file.

pub mod care_mix;
pub mod lever_list;
pub mod lever_slider;
pub mod market;
pub mod programme;

pub use care_mix::CareMix;
pub use lever_list::LeverList;
pub use lever_slider::LeverSlider;
pub use market::MarketControls;
pub use programme::ProgrammeControl;
