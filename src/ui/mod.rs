//! The web page: reads `sim::Run`, sends `sim::Levers`.
