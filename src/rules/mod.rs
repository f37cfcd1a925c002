//! The rules: what the FAQ says, as data and pure functions. Nothing here
//! knows about the browser; `cargo test` checks it natively.

pub mod date;
pub mod faq;
pub mod model;
pub mod topics;

pub use topics::{evaluate, Evaluation, Step, Topic};
