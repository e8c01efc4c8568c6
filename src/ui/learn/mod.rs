//! The lessons' pages: the list of lessons with the learner's progress
//! (`home`), the guide shown beside the simulator during a lesson (`guide`),
//! and the progress remembered in the browser (`progress`).

pub mod evidence;
mod guide;
mod home;
pub mod progress;
pub mod step_control;

pub use guide::LessonGuide;
pub use home::LearnHome;
pub use step_control::StepAct;
