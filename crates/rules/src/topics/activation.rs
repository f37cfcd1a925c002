//! Product keys and tokens › "Which products require product activation? What
//! do I need to know about product activation?" Windows Server, Windows client
//! and Office client keys come with a set number of activations. Action Pack
//! keys are consumed by a new machine or a hardware change; competency keys by
//! every activation, a reimage of the same machine included.

use crate::faq::{Section, PRODUCT_ACTIVATION};
use crate::model::{choices, ChoiceQuestion, Context, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict};
use crate::program::Membership;

choices! {
    pub enum Event {
        NewMachine = "new-machine" => "Installing on a new or different machine";
        SameMachine = "same-machine" => "Installing again on the same machine, no hardware changed";
        HardwareChange = "hardware-change" => "Installing again on the same machine after a hardware change";
        Reimage = "reimage" => "Reimaging the same machine, no hardware changed";
    }
}

/// Whether activating after `event` uses up one of the key's activations.
/// The one statement of the rule; the topic and the planner both ask it.
pub fn consumes(membership: Membership, event: Event) -> bool {
    match membership {
        Membership::ActionPack => matches!(event, Event::NewMachine | Event::HardwareChange),
        Membership::Competency => true,
    }
}

pub static MEMBERSHIP: ChoiceQuestion<Membership> =
    ChoiceQuestion::new("membership", "How did your organization get the product key?", None);

pub static EVENT: ChoiceQuestion<Event> = ChoiceQuestion::new(
    "event",
    "What are you about to do?",
    Some("Windows Server, Windows client and Office client products need activation."),
);

const FINITE: &str = "Product keys for Windows Server, Windows client and Office client products come with a set number of activations.";
const LAB_ADVICE: &str = "Do not activate learning, development lab and demonstration computers that are reimaged often: use the initial grace period together with rearm instead (see the Partner Volume Activation Guide).";

pub static ACTION_PACK_CONSUMED: OutcomeDef = OutcomeDef {
    id: "action-pack-consumed",
    verdict: Verdict::NotEligible,
    headline: "No: this uses up one activation, as a new machine or changed hardware does on an Action Pack key.",
    reasons: &[
        FINITE,
        "For Action Pack subscribers, installing on a new or different machine, or on the same machine after a hardware change, consumes an activation.",
    ],
    faq: &PRODUCT_ACTIVATION,
    decided_by: None,
    next_steps: &[
        "Check how many activations the key has left before you activate (the activation planner counts them).",
        "Questions about your keys go to your Regional Service Center.",
    ],
    attributes: &[("data-consumes", "true")],
};

pub static ACTION_PACK_FREE: OutcomeDef = OutcomeDef {
    id: "action-pack-not-consumed",
    verdict: Verdict::Eligible,
    headline: "Yes: reinstalling an Action Pack key on the same, unchanged machine uses no activation.",
    reasons: &[
        FINITE,
        "For Action Pack subscribers, installing again on the same machine with no hardware changed does not consume an activation, and a reimage without hardware changes is such an install.",
    ],
    faq: &PRODUCT_ACTIVATION,
    decided_by: None,
    next_steps: &["Go ahead; if you change hardware first, the next activation will count."],
    attributes: &[("data-consumes", "false")],
};

pub static COMPETENCY_CONSUMED: OutcomeDef = OutcomeDef {
    id: "competency-consumed",
    verdict: Verdict::NotEligible,
    headline: "No: every activation of a competency key uses one up, even on the same machine.",
    reasons: &[
        FINITE,
        "For competency partners, each activation consumes one of the key's activations, including reimaging and activating the same machine again.",
        "That is why the number of licenses you are entitled to and the number of activations you were assigned differ.",
    ],
    faq: &PRODUCT_ACTIVATION,
    decided_by: None,
    next_steps: &[
        LAB_ADVICE,
        "Check how many activations the key has left (the activation planner counts them); questions about your keys go to your Regional Service Center.",
    ],
    attributes: &[("data-consumes", "true")],
};

fn decide(answers: &mut Reader, _: &Context) -> Result<Outcome, Pending> {
    let membership = answers.choice(&MEMBERSHIP)?;
    // Every competency activation counts, so what the user is doing cannot matter.
    if membership == Membership::Competency {
        return Ok(Outcome::new(&COMPETENCY_CONSUMED));
    }
    let event = answers.choice(&EVENT)?;
    Ok(Outcome::new(if consumes(membership, event) { &ACTION_PACK_CONSUMED } else { &ACTION_PACK_FREE }))
}

pub static TOPIC: Topic = Topic {
    id: "activation",
    section: Section::ProductKeysAndTokens,
    title: "Product activation",
    asks: "Can we activate this install without using up an activation?",
    summary: "Action Pack and competency keys count activations differently.",
    questions: &[&MEMBERSHIP.question, &EVENT.question],
    outcomes: &[&ACTION_PACK_CONSUMED, &ACTION_PACK_FREE, &COMPETENCY_CONSUMED],
    decide,
};

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Choice;

    #[test]
    fn competency_keys_count_every_activation_and_action_pack_keys_two_kinds() {
        for &event in Event::ALL {
            assert!(consumes(Membership::Competency, event));
        }
        let action_pack: Vec<bool> =
            Event::ALL.iter().map(|&e| consumes(Membership::ActionPack, e)).collect();
        assert_eq!(action_pack, [true, false, true, false]);
    }
}
