//! Product keys and tokens › "Which products require product activation? What
//! do I need to know about product activation?" Windows Server, Windows client
//! and Office client keys come with a limited number of activations. Action Pack
//! keys are consumed by a new machine or a hardware change; competency keys by
//! every activation, a reimage of the same machine included.

use crate::contract::attr;
use crate::faq::{
    Section, ACTIVATION_ACTION_PACK_HARDWARE, ACTIVATION_ACTION_PACK_NEW_MACHINE,
    ACTIVATION_ACTION_PACK_SAME_MACHINE, ACTIVATION_ASK_RSC, ACTIVATION_COMPETENCY_EVERY, ACTIVATION_DIFFERS,
    ACTIVATION_FINITE, ACTIVATION_GUIDE, ACTIVATION_LAB_GRACE, ACTIVATION_LICENSES_DIFFER,
    ACTIVATION_REQUIRED, KMS_COMBINE, KMS_FOR_GRANTED_LICENSES, PRODUCT_ACTIVATION,
};
use crate::model::{
    bad, good, ChoiceQuestion, Context, Goto, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict,
};
use crate::tools::activation_planner;
// Only the review (docs/answers.md) reads what a question tells apart.
use crate::membership::Membership;
#[cfg(not(feature = "lazy-text"))]
use crate::model::asked;
use crate::statement::{about_this_app, advice, faq, reading, start_line, Basis, Statement};
#[cfg(not(feature = "lazy-text"))]
use crate::text::Text;

pub use crate::consumption::{consumes, Event};

pub static MEMBERSHIP: ChoiceQuestion<Membership> =
    ChoiceQuestion::new("membership", "How did your organization get the product key?", None);

pub static EVENT: ChoiceQuestion<Event> = ChoiceQuestion::new(
    "event",
    "What are you about to do?",
    Some(faq(
        "Windows Server, Windows client and Office client products need activation.",
        &[&ACTIVATION_REQUIRED],
    )),
);

static FINITE: Statement = faq(
    "Product keys for Windows Server, Windows client and Office client products come with a limited number of activations.",
    &[&ACTIVATION_REQUIRED, &ACTIVATION_FINITE],
);
static ASK_RSC: Statement =
    faq("Questions about your keys go to your Regional Service Center.", &[&ACTIVATION_ASK_RSC]);
static WORK_OUT_FIRST: Statement = advice("Before you activate, work out what the key would have left.");
/// The products the FAQ's activation rules speak of: a key of any other
/// product is beyond them.
static OTHER_PRODUCTS: Statement = reading(
    "The FAQ's rules on activations are for the keys of Windows Server, the Windows client operating systems and Office client applications; for the keys of other products it says nothing.",
    &[&ACTIVATION_REQUIRED, &ACTIVATION_FINITE],
);
/// Given wherever activating is a next step (here and on the KMS results):
/// the FAQ says it in its paragraph on competency partners, in words about
/// any such computer.
pub static LAB_COMPUTERS: Statement = reading(
    "Do not activate learning, development lab or demonstration computers that are reimaged often: the FAQ, in its paragraph on competency partners, advises running them on the initial grace periods with rearm instead.",
    &[&ACTIVATION_LAB_GRACE],
);
static PLANNER: Statement = about_this_app(
    "The activation planner counts down from the number of activations you enter, install by install.",
);

static HARDWARE_CHANGE_SIZE: Statement = reading(
    "The FAQ does not say how large a hardware change must be to count; we count any change, so if any part of the machine was changed since it was activated, answer that the hardware changed.",
    &[&ACTIVATION_ACTION_PACK_HARDWARE],
);

pub static ACTION_PACK_CONSUMED: OutcomeDef = OutcomeDef {
    id: "action-pack-consumed",
    verdict: Verdict::NotEligible,
    answer: bad("Uses up one activation"),
    headline: faq(
        "This uses up one activation: on an Action Pack key, a new machine or changed hardware does.",
        &[&ACTIVATION_ACTION_PACK_NEW_MACHINE, &ACTIVATION_ACTION_PACK_HARDWARE],
    ),
    reasons: &[
        FINITE,
        faq(
            "For Action Pack subscribers, installing on a new or different machine, or on the same machine after a hardware change, uses up an activation.",
            &[&ACTIVATION_ACTION_PACK_NEW_MACHINE, &ACTIVATION_ACTION_PACK_HARDWARE],
        ),
    ],
    faq: &PRODUCT_ACTIVATION,
    decided_by: None,
    next_steps: &[WORK_OUT_FIRST, LAB_COMPUTERS, PLANNER, ASK_RSC],
    see_also: &[Goto::Tool(&activation_planner::TOOL)],
    attributes: &[(attr::CONSUMES, "true")],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked("A key from an Action Pack subscription, or from a competency.", &MEMBERSHIP.question),
        asked("A new machine, the same machine unchanged, a hardware change, or a reimage.", &EVENT.question),
    ],
    limits: &[
        reading(
            "A machine activated with your own Volume Licensing KMS key uses none of this key's activations: the FAQ lets you combine keys and methods from different programs.",
            &[&KMS_FOR_GRANTED_LICENSES, &KMS_COMBINE],
        ),
        HARDWARE_CHANGE_SIZE,
        OTHER_PRODUCTS,
    ],
};

pub static ACTION_PACK_FREE: OutcomeDef = OutcomeDef {
    id: "action-pack-not-consumed",
    verdict: Verdict::Eligible,
    answer: good("Uses no activation"),
    headline: faq(
        "Installing again on the same, unchanged machine uses no activation of an Action Pack key.",
        &[&ACTIVATION_ACTION_PACK_SAME_MACHINE],
    ),
    reasons: &[
        FINITE,
        faq(
            "For Action Pack subscribers, installing again on the same machine with no hardware changed uses no activation.",
            &[&ACTIVATION_ACTION_PACK_SAME_MACHINE],
        ),
        reading(
            "We count a reimage of the same machine with no hardware changed as such an install: the FAQ names reimaging only for competency partners.",
            &[&ACTIVATION_ACTION_PACK_SAME_MACHINE, &ACTIVATION_COMPETENCY_EVERY],
        ),
    ],
    faq: &PRODUCT_ACTIVATION,
    decided_by: None,
    next_steps: &[
        faq(
            "If you will change the hardware before installing, check again choosing a hardware change: that activation counts.",
            &[&ACTIVATION_ACTION_PACK_HARDWARE],
        ),
        LAB_COMPUTERS,
    ],
    see_also: &[Goto::Tool(&activation_planner::TOOL)],
    attributes: &[(attr::CONSUMES, "false")],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked("A key from an Action Pack subscription, or from a competency.", &MEMBERSHIP.question),
        asked("A new machine, the same machine unchanged, a hardware change, or a reimage.", &EVENT.question),
    ],
    limits: &[HARDWARE_CHANGE_SIZE, OTHER_PRODUCTS],
};

pub static COMPETENCY_CONSUMED: OutcomeDef = OutcomeDef {
    id: "competency-consumed",
    verdict: Verdict::NotEligible,
    answer: bad("Uses up one activation"),
    headline: faq(
        "Every activation of a competency key uses one up, even on the same machine.",
        &[&ACTIVATION_COMPETENCY_EVERY],
    ),
    reasons: &[
        FINITE,
        faq(
            "For competency partners, each activation uses up one of the key's activations, reimaging and activating the same machine again included.",
            &[&ACTIVATION_COMPETENCY_EVERY],
        ),
        faq(
            "That is why the number of licenses you are entitled to and the number of activations you were assigned differ.",
            &[&ACTIVATION_LICENSES_DIFFER],
        ),
    ],
    faq: &PRODUCT_ACTIVATION,
    decided_by: None,
    next_steps: &[
        faq(
            "Do not activate learning, development lab and demonstration computers that are reimaged often: run them on the initial grace period with rearm. The Partner Volume Activation Guide has the details.",
            &[&ACTIVATION_LAB_GRACE, &ACTIVATION_GUIDE],
        ),
        WORK_OUT_FIRST,
        PLANNER,
        ASK_RSC,
    ],
    see_also: &[Goto::Tool(&activation_planner::TOOL)],
    attributes: &[(attr::CONSUMES, "true")],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked("A key from an Action Pack subscription, or from a competency.", &MEMBERSHIP.question),
    ],
    limits: &[
        reading(
            "A machine activated with your own Volume Licensing KMS key uses none of this key's activations: the FAQ lets you combine keys and methods from different programs.",
            &[&KMS_FOR_GRANTED_LICENSES, &KMS_COMBINE],
        ),
        OTHER_PRODUCTS,
    ],
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
    summary: start_line(
        "Action Pack and competency keys count activations differently.",
        Basis::Faq(&[&ACTIVATION_DIFFERS]),
    ),
    #[cfg(not(feature = "lazy-text"))]
    verdict_question: Text::new(
        "Can we activate this install with this product key without using up one of its activations?",
    ),
    scope: None,
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
