//! Partner licensing check: the view, in the browser. The rules and the
//! decoder of links are the crate `licensing_rules` (no web dependency);
//! data flows one way: URL or clicks → typed answers →
//! `licensing_rules::visit::Visit::of` (the engine, once) → next question or
//! outcome → view.

pub mod ui;
