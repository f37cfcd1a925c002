//! Screens that answer an FAQ entry without a run of questions: a checker, a
//! planner and an explainer. The list of them is in [`crate::catalog`].

pub mod activation_planner;
pub mod key_check;
pub mod organization_account;
