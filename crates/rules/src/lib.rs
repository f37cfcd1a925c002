//! The partner-program licensing FAQ as rules: what the FAQ says, as data and
//! pure functions, and the decoder that turns outside input (links, saved
//! progress) into typed answers. Nothing here knows about the browser: this
//! crate depends on no other, and `cargo test` checks it natively.
//!
//! Data flows one way: a link or a click → typed answers ([`state`]) →
//! worked out once ([`visit`], by [`engine::evaluate`]) → the next question
//! or an outcome, for a screen to draw. [`contract`] holds the public names.

pub mod catalog;
pub mod consumption;
pub mod contract;
pub mod date;
pub mod day;
pub mod engine;
pub mod faq;
// The sentence map and the change report need the points' ids, which the app's build leaves out.
#[cfg(not(feature = "lazy-text"))]
pub mod faq_sentences;
pub mod figures;
pub mod membership;
pub mod model;
pub mod resources;
// Reviews need the words and the points' ids, which the app's build leaves out.
#[cfg(not(feature = "lazy-text"))]
pub mod review;
pub mod samples;
pub mod state;
pub mod statement;
pub mod text;
pub mod tools;
pub mod topics;
pub mod tree;
pub mod visit;
