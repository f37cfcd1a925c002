//! The rules: what the FAQ says, as data and pure functions. Nothing here
//! knows about the browser; `cargo test` checks it natively.

pub mod date;
pub mod faq;
pub mod info;
pub mod keys;
pub mod model;
pub mod pages;
pub mod planner;
pub mod program;
pub mod topics;
pub mod tree;

pub use topics::{evaluate, Evaluation, Step, Topic};

use faq::FaqEntry;

/// Every FAQ entry something in the app cites: outcomes and pages.
pub fn cited_entries() -> Vec<&'static FaqEntry> {
    let outcomes = topics::ALL.iter().flat_map(|t| t.outcomes.iter().map(|o| o.faq));
    let pages = pages::ALL.iter().map(|p| p.faq);
    outcomes.chain(pages).collect()
}
