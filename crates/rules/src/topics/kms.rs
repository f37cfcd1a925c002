//! Product keys and tokens › "How can my organization obtain a Key Management
//! Service product key?" Only through Volume Licensing, never through the
//! partner network; a Volume Licensing KMS key may activate granted licenses.

use crate::faq::{
    Section, ACTIVATION_ASK_RSC, ACTIVATION_FINITE, ACTIVATION_LAB_GRACE, KMS_COMBINE,
    KMS_FOR_GRANTED_LICENSES, KMS_KEYS, KMS_VOLUME_LICENSING_ONLY,
};
use crate::model::{
    bad, choices, good, open, ChoiceQuestion, Context, Goto, Outcome, OutcomeDef, Pending, Reader, Topic,
    Verdict,
};
use crate::tools::activation_planner;
use crate::topics::activation;
// Only the review (docs/answers.md) reads what a question tells apart.
#[cfg(not(feature = "lazy-text"))]
use crate::model::asked;
use crate::statement::{advice, faq, reading, start_line, Basis, Statement};
#[cfg(not(feature = "lazy-text"))]
use crate::text::Text;

choices! {
    /// Yes and no as every yes-or-no question has them, and "not sure": an
    /// administrator may not know what the organization's agreement holds.
    pub enum HasVolumeKey {
        Yes = "yes" => "Yes";
        No = "no" => "No";
        NotSure = "not-sure" => "I don't know yet",
            hint: advice(
                "Whoever manages your organization's Volume Licensing agreement (or its purchasing) can tell whether it includes a KMS key.",
            );
    }
}

pub static VOLUME_LICENSING: ChoiceQuestion<HasVolumeKey> = ChoiceQuestion::new(
    "volume-licensing",
    "Does your organization have a KMS key through a Volume Licensing agreement?",
    None,
);

/// Why there is no key to be had from the partner network: on both results
/// that leave the reader without one.
static NONE_ISSUED: Statement = faq(
        "Only Volume Licensing customers get KMS keys; the partner network issues none, and the FAQ makes no exception.",
        &[&KMS_VOLUME_LICENSING_ONLY],
    );

pub static USE_VOLUME_KEY: OutcomeDef = OutcomeDef {
    id: "volume-licensing-key",
    verdict: Verdict::Eligible,
    answer: good("Not from the partner network: use your Volume Licensing KMS key"),
    headline: faq(
        "You already have one through Volume Licensing (the partner network issues none), and you may use it for the licenses granted through the partner network.",
        &[&KMS_VOLUME_LICENSING_ONLY, &KMS_FOR_GRANTED_LICENSES],
    ),
    reasons: &[
        faq(
            "The partner network issues no KMS keys: they come only with Volume Licensing.",
            &[&KMS_VOLUME_LICENSING_ONLY],
        ),
        faq(
            "A KMS key your organization has through a Volume Licensing agreement may also activate licenses granted through the partner network.",
            &[&KMS_FOR_GRANTED_LICENSES],
        ),
        faq(
            "Keys and activation methods from different programs may be combined, as long as every system is properly licensed and used within its rights.",
            &[&KMS_COMBINE],
        ),
    ],
    faq: &KMS_KEYS,
    decided_by: None,
    next_steps: &[
        reading(
            "Activate the partner-network installations against your KMS host, except learning, development lab and demonstration computers that are reimaged often: the FAQ, in its paragraph on competency partners, advises not activating those but running them on the initial grace periods with rearm.",
            &[&KMS_FOR_GRANTED_LICENSES, &ACTIVATION_LAB_GRACE],
        ),
        advice("Keep a record showing that each computer you activate is properly licensed."),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked("A KMS key through a Volume Licensing agreement, or none.", &VOLUME_LICENSING.question),
    ],
    limits: &[],
};

pub static NO_KEY: OutcomeDef = OutcomeDef {
    id: "not-issued",
    verdict: Verdict::NotEligible,
    answer: bad("No: only through a Volume Licensing agreement"),
    headline: faq(
        "Without a KMS key from a Volume Licensing agreement you have none to use: the partner network issues none, with no exceptions.",
        &[&KMS_VOLUME_LICENSING_ONLY],
    ),
    reasons: &[NONE_ISSUED],
    faq: &KMS_KEYS,
    decided_by: None,
    next_steps: &[
        // Never advise activating what the FAQ says not to activate.
        activation::LAB_COMPUTERS,
        reading(
            "Other computers you activate with the product keys issued to you through the partner network; each comes with a limited number of activations.",
            &[&ACTIVATION_FINITE],
        ),
        faq("If you need KMS, that takes a Volume Licensing agreement.", &[&KMS_VOLUME_LICENSING_ONLY]),
        advice("A Microsoft Volume Licensing specialist can tell what an agreement would take."),
        faq("Questions about the keys you were issued go to your Regional Service Center.", &[&ACTIVATION_ASK_RSC]),
    ],
    see_also: &[Goto::Tool(&activation_planner::TOOL), Goto::Topic(&activation::TOPIC)],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked("A KMS key through a Volume Licensing agreement, or none.", &VOLUME_LICENSING.question),
    ],
    limits: &[],
};

pub static KEY_UNKNOWN: OutcomeDef = OutcomeDef {
    id: "volume-licensing-unknown",
    verdict: Verdict::Conditional,
    answer: open("It depends on your Volume Licensing agreement"),
    headline: faq(
        "It turns on whether your organization has a KMS key through a Volume Licensing agreement: the partner network issues none.",
        &[&KMS_VOLUME_LICENSING_ONLY, &KMS_FOR_GRANTED_LICENSES],
    ),
    reasons: &[
        NONE_ISSUED,
        faq(
            "If your organization has a KMS key through a Volume Licensing agreement, it may also activate the licenses granted through the partner network.",
            &[&KMS_FOR_GRANTED_LICENSES],
        ),
    ],
    faq: &KMS_KEYS,
    decided_by: Some(advice(
        "Your organization's Volume Licensing agreement: whoever manages it (or its purchasing) can tell whether it includes a KMS key.",
    )),
    next_steps: &[
        advice("Ask whoever manages your organization's Volume Licensing agreement, then answer again (Change, beside that answer below)."),
        activation::LAB_COMPUTERS,
    ],
    see_also: &[Goto::Tool(&activation_planner::TOOL)],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked("A KMS key through a Volume Licensing agreement, or none.", &VOLUME_LICENSING.question),
    ],
    limits: &[],
};

fn decide(answers: &mut Reader, _: &Context) -> Result<Outcome, Pending> {
    Ok(Outcome::new(match answers.choice(&VOLUME_LICENSING)? {
        HasVolumeKey::Yes => &USE_VOLUME_KEY,
        HasVolumeKey::No => &NO_KEY,
        HasVolumeKey::NotSure => &KEY_UNKNOWN,
    }))
}

pub static TOPIC: Topic = Topic {
    id: "kms",
    section: Section::ProductKeysAndTokens,
    title: "KMS keys",
    asks: "Can I get a Key Management Service (KMS) key?",
    summary: start_line(
        "Only through Volume Licensing, never through the partner network.",
        Basis::Faq(&[&KMS_VOLUME_LICENSING_ONLY]),
    ),
    #[cfg(not(feature = "lazy-text"))]
    verdict_question: Text::new(
        "Can we activate the licenses granted through the partner network with a KMS key?",
    ),
    scope: Some(faq(
        "The partner network itself never issues a KMS key, to anyone: KMS keys come only through Volume Licensing.",
        &[&KMS_VOLUME_LICENSING_ONLY],
    )),
    questions: &[&VOLUME_LICENSING.question],
    outcomes: &[&USE_VOLUME_KEY, &NO_KEY, &KEY_UNKNOWN],
    decide,
};
