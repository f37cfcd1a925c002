//! The activation planner: a run of installs on one product key, counted for
//! Action Pack and competency membership side by side with the same rule as
//! the activation topic ([`consumes`]).

use crate::consumption::{consumes, Event};
use crate::faq::{
    Section, ACTIVATION_ACTION_PACK_HARDWARE, ACTIVATION_ACTION_PACK_NEW_MACHINE,
    ACTIVATION_ACTION_PACK_SAME_MACHINE, ACTIVATION_COMPETENCY_EVERY, ACTIVATION_GUIDE, ACTIVATION_LAB_GRACE,
    PRODUCT_ACTIVATION,
};
use crate::membership::Membership;
use crate::model::{NumberQuestion, Tool, ToolKind};
use crate::statement::{about_this_app, faq, reading, start_line, Basis, Statement};

pub static TOOL: Tool = Tool {
    id: "activation-planner",
    section: Section::ProductKeysAndTokens,
    title: "Activation planner",
    asks: "How many activations will this key have left after our installs?",
    summary: start_line(
        "Counts a list of installs against a key, for Action Pack and competency keys side by side.",
        Basis::ThisApp,
    ),
    faq: &PRODUCT_ACTIVATION,
    kind: ToolKind::ActivationPlanner,
};

pub static ACTIVATIONS: NumberQuestion = NumberQuestion::new(
    "activations",
    "How many activations does the key have?",
    Some(about_this_app("As issued with the key, or what is left of them now.")),
);

/// The counts rest on the typed count and installs, by these points (the
/// same rule as the activation topic: [`consumes`]).
pub static COUNT_BASIS: Basis = Basis::Answers(&[
    &ACTIVATION_ACTION_PACK_NEW_MACHINE,
    &ACTIVATION_ACTION_PACK_SAME_MACHINE,
    &ACTIVATION_ACTION_PACK_HARDWARE,
    &ACTIVATION_COMPETENCY_EVERY,
]);

/// Shown with the counts: where the rule is the project's reading.
pub static REIMAGE_READING: Statement = reading(
    "For an Action Pack key we count a reimage with no hardware changed like installing again on the same machine, which uses no activation: the FAQ names reimaging only for competency keys.",
    &[&ACTIVATION_ACTION_PACK_SAME_MACHINE, &ACTIVATION_COMPETENCY_EVERY],
);

/// "Lab and demonstration computers".
pub static LAB_COMPUTERS: [Statement; 5] = [
    faq(
        "The FAQ advises not to activate learning, development lab and demonstration computers that are reimaged often, but to run them on the initial grace period with rearm (it says so in its paragraph on competency partners).",
        &[&ACTIVATION_LAB_GRACE],
    ),
    about_this_app("The planner counts every install in the list as activated."),
    reading(
        "So leave out the computers you run on the grace period: they are not activated.",
        &[&ACTIVATION_LAB_GRACE],
    ),
    faq("The Partner Volume Activation Guide has the details.", &[&ACTIVATION_GUIDE]),
    crate::resources::FIND_VOLUME_ACTIVATION_GUIDE,
];

/// The most installs one plan lists: plenty for a key, and a bound on work.
pub const MAX_EVENTS: usize = 100;

/// One install for one kind of membership.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Step {
    pub consumes: bool,
    /// Activations left after this install.
    pub left: u64,
    /// The install needs an activation and none is left: it would fail.
    pub short: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Row {
    pub event: Event,
    pub action_pack: Step,
    pub competency: Step,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Total {
    pub consumed: u64,
    pub left: u64,
    /// Installs that would find no activation left.
    pub short_by: u64,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Plan {
    pub rows: Vec<Row>,
    pub action_pack: Total,
    pub competency: Total,
}

struct Counter {
    membership: Membership,
    total: Total,
}

impl Counter {
    fn new(membership: Membership, activations: u64) -> Counter {
        Counter { membership, total: Total { consumed: 0, left: activations, short_by: 0 } }
    }

    fn install(&mut self, event: Event) -> Step {
        let consumes = consumes(self.membership, event);
        let short = consumes && self.total.left == 0;
        if consumes {
            self.total.consumed += 1;
            if short {
                self.total.short_by += 1;
            } else {
                self.total.left -= 1;
            }
        }
        Step { consumes, left: self.total.left, short }
    }
}

/// Counts `events` in order against a key with `activations`; events past
/// [`MAX_EVENTS`] are not counted.
pub fn plan(activations: u64, events: &[Event]) -> Plan {
    let mut action_pack = Counter::new(Membership::ActionPack, activations);
    let mut competency = Counter::new(Membership::Competency, activations);
    let rows = events
        .iter()
        .take(MAX_EVENTS)
        .map(|&event| Row {
            event,
            action_pack: action_pack.install(event),
            competency: competency.install(event),
        })
        .collect();
    Plan { rows, action_pack: action_pack.total, competency: competency.total }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Event::*;

    #[test]
    fn counts_each_membership_by_its_own_rule() {
        let plan = plan(3, &[NewMachine, Reimage, SameMachine, HardwareChange, Reimage]);
        assert_eq!(plan.action_pack, Total { consumed: 2, left: 1, short_by: 0 });
        assert_eq!(plan.competency, Total { consumed: 5, left: 0, short_by: 2 });
        let competency_left: Vec<u64> = plan.rows.iter().map(|r| r.competency.left).collect();
        assert_eq!(competency_left, [2, 1, 0, 0, 0]);
        let short: Vec<bool> = plan.rows.iter().map(|r| r.competency.short).collect();
        assert_eq!(short, [false, false, false, true, true]);
    }

    #[test]
    fn a_key_with_no_activations_fails_at_the_first_that_needs_one() {
        let plan = plan(0, &[SameMachine, NewMachine]);
        assert!(!plan.rows[0].action_pack.short, "a free reinstall needs none");
        assert!(plan.rows[1].action_pack.short);
        assert_eq!(plan.action_pack.short_by, 1);
    }

    #[test]
    fn huge_counts_and_long_lists_stay_bounded() {
        let plan = plan(u64::MAX, &[NewMachine; 500]);
        assert_eq!(plan.rows.len(), MAX_EVENTS);
        assert_eq!(plan.competency.left, u64::MAX - MAX_EVENTS as u64);
    }
}
