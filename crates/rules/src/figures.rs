//! Figures a result computes from the user's answers: the upgrade window,
//! the end of use rights, a count against an allowance. Each keeps its
//! wording and the contract attributes it sets; the topics decide when they
//! apply (the 12 months, for example, are the downgrade topic's fact).

use crate::contract::attr;
use crate::date::{countdown, Date};
use crate::faq::Point;
use crate::statement::Basis;

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

    /// The day a dated figure counts to, as a badge says it: "10 March
    /// 2027 (94 days are left)".
    pub fn until(&self) -> Option<String> {
        let (day, as_of) = match self {
            Detail::UpgradeWindow(window) => (window.deadline, window.as_of),
            Detail::UseRights(rights) => (rights.end, rights.as_of),
            Detail::Allowance(_) => return None,
        };
        let days = as_of.days_until(day);
        Some(if days < 0 { day.long() } else { format!("{} ({})", day.long(), countdown(days, "")) })
    }

    /// The figure in a sentence.
    pub fn sentence(&self) -> String {
        match self {
            Detail::UpgradeWindow(window) => window.sentence(),
            Detail::UseRights(rights) => rights.sentence(),
            Detail::Allowance(allowance) => allowance.sentence(),
        }
    }

    /// The sentence rests on the user's answers, worked out by the rule of
    /// these points.
    pub fn basis(&self) -> Basis {
        Basis::Answers(match self {
            Detail::UpgradeWindow(window) => window.rule,
            Detail::UseRights(rights) => rights.rule,
            Detail::Allowance(allowance) => allowance.rule,
        })
    }
}

/// Licenses in use against the most allowed: the comparison behind the
/// license cap and the Office 365 entitlement.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Allowance {
    /// Wide enough that adding two counts never overflows.
    pub in_use: u128,
    pub limit: u64,
    /// What is counted, plural: "licenses in use".
    pub unit: &'static str,
    /// The FAQ's points that set the limit.
    pub rule: &'static [&'static Point],
}

impl Allowance {
    pub fn new(in_use: u128, limit: u64, unit: &'static str, rule: &'static [&'static Point]) -> Allowance {
        Allowance { in_use, limit, unit, rule }
    }

    /// Using exactly the limit is within it.
    pub fn within(&self) -> bool {
        self.in_use <= u128::from(self.limit)
    }

    pub fn sentence(&self) -> String {
        let limit = u128::from(self.limit);
        if self.within() {
            format!(
                "{} {} against a maximum of {}: {} to spare.",
                decimal(self.in_use),
                self.unit,
                self.limit,
                decimal(limit - self.in_use)
            )
        } else {
            format!(
                "{} {} against a maximum of {}: {} over it.",
                decimal(self.in_use),
                self.unit,
                self.limit,
                decimal(self.in_use - limit)
            )
        }
    }
}

/// A count in decimal. `u128`'s own formatting costs about 0.6 KB gzip of
/// WebAssembly (its 128-bit division) for counts no real answer reaches: this
/// splits off nineteen digits at a time by long division in shifts, and lets
/// `u64` write them.
pub fn decimal(n: u128) -> String {
    const E19: u128 = 10_000_000_000_000_000_000;
    if let Ok(small) = u64::try_from(n) {
        return small.to_string();
    }
    let (mut quotient, mut rest) = (0u128, 0u128);
    // Bit by bit from the top, through the two 64-bit halves: shifts by a
    // constant only (128-bit shifts by a variable are calls in WebAssembly).
    for half in [(n >> 64) as u64, n as u64] {
        for bit in (0..64).rev() {
            rest = (rest << 1) | u128::from((half >> bit) & 1);
            quotient <<= 1;
            if rest >= E19 {
                rest -= E19;
                quotient |= 1;
            }
        }
    }
    // The rest is below 10^19, so it fits in a u64.
    format!("{}{:019}", decimal(quotient), rest as u64)
}

/// The window to upgrade after a new version is offered, as of a day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct UpgradeWindow {
    pub offered: Date,
    pub months: u32,
    /// The window's last day: `months` after `offered`, clamped to the end of
    /// a shorter month (offered 29 February → deadline 28 February).
    pub deadline: Date,
    pub as_of: Date,
    /// The FAQ's points that set the window.
    pub rule: &'static [&'static Point],
}

impl UpgradeWindow {
    /// The window of `months` from `offered`. `None` only for dates past the
    /// year 9999, which input never gives.
    pub fn new(
        offered: Date,
        months: u32,
        as_of: Date,
        rule: &'static [&'static Point],
    ) -> Option<UpgradeWindow> {
        let deadline = offered.add_months(months)?;
        Some(UpgradeWindow { offered, months, deadline, as_of, rule })
    }

    /// The version has been offered by `as_of`: a date after it names a
    /// version not offered yet, whose window has not begun.
    pub fn has_started(&self) -> bool {
        self.offered <= self.as_of
    }

    /// Open up to and including the deadline itself. (A window not started
    /// yet is open too, by the contract's reading: its deadline is ahead.)
    pub fn is_open(&self) -> bool {
        self.as_of <= self.deadline
    }

    pub fn attributes(&self) -> Vec<(&'static str, String)> {
        vec![
            (attr::UPGRADE_DEADLINE, self.deadline.to_string()),
            (attr::UPGRADE_WINDOW, if self.is_open() { "open" } else { "closed" }.to_owned()),
        ]
    }

    pub fn sentence(&self) -> String {
        if !self.has_started() {
            return format!(
                "The date you gave for the latest version, {}, is after {}: as of that day the version is not offered yet, \
                 so its {} months have not started (counted from it, they would end on {}).",
                self.offered.long(),
                self.as_of.long(),
                self.months,
                self.deadline.long()
            );
        }
        let state = countdown(self.as_of.days_until(self.deadline), "it closed");
        format!(
            "The latest version was offered on {}; counted from then, the {}-month window to upgrade ends on {}. As of {}, {}.",
            self.offered.long(),
            self.months,
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
    /// The FAQ's points that end them.
    pub rule: &'static [&'static Point],
}

impl UseRights {
    pub fn in_force(&self) -> bool {
        self.as_of <= self.end
    }

    pub fn attributes(&self) -> Vec<(&'static str, String)> {
        vec![(attr::USE_RIGHTS_END, self.end.to_string())]
    }

    pub fn sentence(&self) -> String {
        let state = countdown(self.as_of.days_until(self.end), "they ended");
        format!(
            "Use rights through the program end with the enrollment year, on {}. As of {}, {}.",
            self.end.long(),
            self.as_of.long(),
            state
        )
    }
}

#[cfg(test)]
mod tests {
    use super::decimal;

    #[test]
    fn counts_are_written_in_decimal_up_to_the_largest() {
        for n in [0, 7, 10_000_000_000_000_000_000, u128::from(u64::MAX), u128::from(u64::MAX) * 2, u128::MAX]
        {
            assert_eq!(decimal(n), n.to_string());
        }
        assert_eq!(decimal(u128::from(u64::MAX) + 1), "18446744073709551616");
    }
}
