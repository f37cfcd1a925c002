//! Pieces several screens are made of.

pub mod answer_form;
pub mod answers_summary;
pub mod common;
pub mod record;
pub mod share;
