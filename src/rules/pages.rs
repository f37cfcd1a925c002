//! Screens that are not a run of questions: a checker, a planner and an
//! information page. Each cites its FAQ entry like an outcome does.

use super::faq::{FaqEntry, Section};
use super::{info, keys, planner};

#[derive(Debug)]
pub enum PageKind {
    KeyCheck,
    ActivationPlanner,
    /// Plain information, in paragraphs.
    Info(&'static [&'static str]),
}

#[derive(Debug)]
pub struct Page {
    /// Its `topic=` value (the contract names `keys`).
    pub id: &'static str,
    pub section: Section,
    pub title: &'static str,
    /// The question it answers, in the user's words.
    pub asks: &'static str,
    /// One line for the start page.
    pub summary: &'static str,
    pub faq: &'static FaqEntry,
    pub kind: PageKind,
}

impl PartialEq for Page {
    fn eq(&self, other: &Self) -> bool {
        std::ptr::eq(self, other)
    }
}
impl Eq for Page {}

pub static ALL: &[&Page] = &[&planner::PAGE, &keys::PAGE, &info::ORGANIZATION_ACCOUNT];

pub fn find(id: &str) -> Option<&'static Page> {
    ALL.iter().copied().find(|p| p.id == id)
}
