//! Figures a result computes from the user's answers: the upgrade window,
//! the end of use rights, a count against an allowance. Each keeps its
//! wording and the contract attributes it sets; the topics decide when they
//! apply (the 12 months, for example, are the downgrade topic's fact).

use crate::date::{countdown, Date};

/// Figures computed from the answers that a result reports. Each kind keeps
/// its wording and its contract attributes next to the rule that computes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Detail {
    UpgradeWindow(UpgradeWindow),
    UseRights(UseRights),
    Allowance(Allowance),
}

impl Detail {
    /// The contract's extra `data-*` attributes.
    pub fn attributes(&self) -> Vec<(&'static str, String)> {
        match self {
            Detail::UpgradeWindow(window) => window.attributes(),
            Detail::UseRights(rights) => rights.attributes(),
            Detail::Allowance(_) => Vec::new(),
        }
    }

    /// The figure in a sentence.
    pub fn sentence(&self) -> String {
        match self {
            Detail::UpgradeWindow(window) => window.sentence(),
            Detail::UseRights(rights) => rights.sentence(),
            Detail::Allowance(allowance) => allowance.sentence(),
        }
    }
}

/// Licenses in use against the most allowed: the comparison behind the
/// license cap and the Office 365 entitlement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Allowance {
    /// Wide enough that adding two counts never overflows.
    pub in_use: u128,
    pub limit: u64,
    /// What is counted, plural: "licenses".
    pub unit: &'static str,
}

impl Allowance {
    pub fn new(in_use: u128, limit: u64, unit: &'static str) -> Allowance {
        Allowance { in_use, limit, unit }
    }

    /// Using exactly the limit is within it.
    pub fn within(&self) -> bool {
        self.in_use <= u128::from(self.limit)
    }

    pub fn sentence(&self) -> String {
        let limit = u128::from(self.limit);
        if self.within() {
            format!(
                "{} {} in use against a maximum of {}: {} to spare.",
                self.in_use,
                self.unit,
                self.limit,
                limit - self.in_use
            )
        } else {
            format!(
                "{} {} in use against a maximum of {}: {} too many.",
                self.in_use,
                self.unit,
                self.limit,
                self.in_use - limit
            )
        }
    }
}

/// The 12-month window to upgrade, as of a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UpgradeWindow {
    pub offered: Date,
    /// The window's last day: 12 months after `offered`, clamped to the end of a
    /// shorter month (offered 29 February → deadline 28 February).
    pub deadline: Date,
    pub as_of: Date,
}

impl UpgradeWindow {
    /// The window of `months` from `offered`. `None` only for dates past the
    /// year 9999, which input never gives.
    pub fn new(offered: Date, months: u32, as_of: Date) -> Option<UpgradeWindow> {
        let deadline = offered.add_months(months)?;
        Some(UpgradeWindow { offered, deadline, as_of })
    }

    /// Open up to and including the deadline itself.
    pub fn is_open(&self) -> bool {
        self.as_of <= self.deadline
    }

    pub fn attributes(&self) -> Vec<(&'static str, String)> {
        vec![
            ("data-upgrade-deadline", self.deadline.to_string()),
            ("data-upgrade-window", if self.is_open() { "open" } else { "closed" }.to_owned()),
        ]
    }

    pub fn sentence(&self) -> String {
        let state = countdown(self.as_of.days_until(self.deadline), "it closed");
        format!(
            "The latest version was offered on {}, so the 12-month window to upgrade ends on {}. As of {}, {}.",
            self.offered.long(),
            self.deadline.long(),
            self.as_of.long(),
            state
        )
    }
}

/// The last day of use rights through the program, as of a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UseRights {
    /// The end of the enrollment year: the last day with use rights.
    pub end: Date,
    pub as_of: Date,
}

impl UseRights {
    pub fn in_force(&self) -> bool {
        self.as_of <= self.end
    }

    pub fn attributes(&self) -> Vec<(&'static str, String)> {
        vec![("data-use-rights-end", self.end.to_string())]
    }

    pub fn sentence(&self) -> String {
        let state = countdown(self.as_of.days_until(self.end), "they ended");
        format!(
            "Use rights through the program end with the enrollment year on {}. As of {}, {}.",
            self.end.long(),
            self.as_of.long(),
            state
        )
    }
}
