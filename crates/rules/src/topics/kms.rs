//! Product keys and tokens › "How can my organization obtain a Key Management
//! Service product key?" Only through Volume Licensing; never through the
//! partner network. A Volume Licensing KMS key may activate granted licenses.

use crate::faq::{Section, KMS_KEYS};
use crate::model::{ChoiceQuestion, Context, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict, YesNo};

pub static VOLUME_LICENSING: ChoiceQuestion<YesNo> = ChoiceQuestion::new(
    "volume-licensing",
    "Does your organization have a KMS key through a Volume Licensing agreement?",
    Some("KMS is the Key Management Service, which activates many computers from one host."),
);

pub static USE_VOLUME_KEY: OutcomeDef = OutcomeDef {
    id: "volume-licensing-key",
    verdict: Verdict::Eligible,
    headline: "Yes: you can use your Volume Licensing KMS key for the licenses granted through the partner network.",
    reasons: &[
        "KMS keys come only with Volume Licensing; the partner network never issues them.",
        "A KMS key your organization has through a Volume Licensing agreement may also activate licenses granted through the partner network.",
        "You may combine activation methods and keys from different programs, as long as every system is properly licensed and used within its rights.",
    ],
    faq: &KMS_KEYS,
    decided_by: None,
    next_steps: &[
        "Activate the partner-network installations against your KMS host.",
        "Keep records that show each activated computer is properly licensed.",
    ],
    attributes: &[],
};

pub static NO_KEY: OutcomeDef = OutcomeDef {
    id: "not-issued",
    verdict: Verdict::NotEligible,
    headline: "No: the partner network does not issue KMS keys, and there are no exceptions.",
    reasons: &["KMS keys are limited to Volume Licensing customers."],
    faq: &KMS_KEYS,
    decided_by: None,
    next_steps: &[
        "Activate with the product keys issued to you through the partner network; each comes with a set number of activations.",
        "If you need KMS, it comes with a Volume Licensing agreement.",
        "Questions about the keys you were issued go to your Regional Service Center.",
    ],
    attributes: &[],
};

fn decide(answers: &mut Reader, _: &Context) -> Result<Outcome, Pending> {
    Ok(Outcome::new(match answers.choice(&VOLUME_LICENSING)? {
        YesNo::Yes => &USE_VOLUME_KEY,
        YesNo::No => &NO_KEY,
    }))
}

pub static TOPIC: Topic = Topic {
    id: "kms",
    section: Section::ProductKeysAndTokens,
    title: "KMS keys",
    asks: "Can I get a Key Management Service (KMS) key?",
    summary: "Only through Volume Licensing, never through the partner network.",
    questions: &[&VOLUME_LICENSING.question],
    outcomes: &[&USE_VOLUME_KEY, &NO_KEY],
    decide,
};
