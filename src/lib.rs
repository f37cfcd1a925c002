//! Partner licensing check: the rules (`rules`), outside input (`state`) and
//! the view (`ui`). Data flows one way: URL or clicks → typed answers →
//! `rules::evaluate` → next question or outcome → view.

pub mod rules;
pub mod state;
pub mod ui;
