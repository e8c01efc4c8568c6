#![allow(dead_code)]
pub mod golden;
pub mod sources;
