//! Licenses › "Does the Microsoft Partner Network grant downgrade rights?"
//! No. Partner-network software gets 12 months to move from the previous
//! version to the latest instead. The policy does not cover Learning
//! competency training licenses or MSDN benefits, which have their own terms.

use crate::faq::{Section, DOWNGRADE_RIGHTS};
use crate::figures::{Detail, UpgradeWindow};
use crate::model::{
    choices, ChoiceQuestion, Context, DateQuestion, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict,
};

choices! {
    pub enum LicenseSource {
        Mpn = "mpn" => "Through the partner network",
            hint: "Software licenses granted as partner benefits";
        LearningTraining = "learning-training" => "As commercial training licenses with the Learning competency";
        Msdn = "msdn" => "As MSDN benefits received through the partner network";
        Other = "other" => "Some other way",
            hint: "Retail, Volume Licensing or anything else";
    }
}

pub static LICENSE_SOURCE: ChoiceQuestion<LicenseSource> =
    ChoiceQuestion::new("license-source", "How did your organization get the software?", None);

/// Asked on the result, never as a step: it sets the window, not the verdict.
pub static NEW_VERSION_DATE: DateQuestion = DateQuestion::new(
    "new-version-date",
    "When was the latest version offered through the partner network?",
    Some("Optional. The Software Updates table gives the date; your 12 months to upgrade run from it."),
);

/// How long the FAQ gives to move from the previous version to the latest.
const UPGRADE_MONTHS: u32 = 12;

const NO_DOWNGRADE: &str = "Software licensed through the partner network comes without downgrade rights.";
const TWELVE_MONTHS: &str = "Instead, once a new version is offered, you have 12 months to move from the previous version to the latest one.";

pub static PARTNER_NETWORK: OutcomeDef = OutcomeDef {
    id: "partner-network",
    verdict: Verdict::NotEligible,
    headline: "No: the partner network grants no downgrade rights.",
    reasons: &[NO_DOWNGRADE, TWELVE_MONTHS],
    faq: &DOWNGRADE_RIGHTS,
    decided_by: None,
    next_steps: &[
        "Find when the latest version was offered in the Software Updates table and enter it below to see your deadline.",
        "Plan the move to the latest version within those 12 months.",
    ],
    attributes: &[],
};

pub static WINDOW_OPEN: OutcomeDef = OutcomeDef {
    id: "partner-network-window-open",
    verdict: Verdict::NotEligible,
    headline: "No downgrade rights, but you are still within your 12 months to upgrade.",
    reasons: &[NO_DOWNGRADE, TWELVE_MONTHS, "Those 12 months have not run out yet."],
    faq: &DOWNGRADE_RIGHTS,
    decided_by: None,
    next_steps: &["Move to the latest version before the deadline."],
    attributes: &[],
};

pub static WINDOW_CLOSED: OutcomeDef = OutcomeDef {
    id: "partner-network-window-closed",
    verdict: Verdict::NotEligible,
    headline: "No downgrade rights, and your 12 months to upgrade are over.",
    reasons: &[NO_DOWNGRADE, TWELVE_MONTHS, "Those 12 months have run out."],
    faq: &DOWNGRADE_RIGHTS,
    decided_by: None,
    next_steps: &[
        "Move to the latest version now: the time allowed for the previous version has passed.",
        "If the date may be wrong, check it in the Software Updates table and enter it again.",
    ],
    attributes: &[],
};

pub static LEARNING: OutcomeDef = OutcomeDef {
    id: "learning-training",
    verdict: Verdict::Conditional,
    headline: "It depends on the training licenses' own terms: the partner network's no-downgrade policy does not apply to them.",
    reasons: &["The FAQ exempts commercial training licenses granted to partners with the Learning competency from its downgrade policy, without saying what applies instead."],
    faq: &DOWNGRADE_RIGHTS,
    decided_by: Some("the license terms of the commercial training licenses granted with the Learning competency"),
    next_steps: &["Read the use rights that came with the training licenses, or ask your Regional Service Center."],
    attributes: &[],
};

pub static MSDN: OutcomeDef = OutcomeDef {
    id: "msdn",
    verdict: Verdict::Conditional,
    headline: "It depends on your MSDN subscription's terms: the partner network's no-downgrade policy does not apply to MSDN benefits.",
    reasons: &["The FAQ exempts MSDN benefits received through the partner network from its downgrade policy; the subscription's own use rights govern which versions you may run."],
    faq: &DOWNGRADE_RIGHTS,
    decided_by: Some("the MSDN subscription's use rights (the MSDN page and the Product Usage Guide)"),
    next_steps: &["Check which versions your MSDN subscription covers on the MSDN page or in the Product Usage Guide."],
    attributes: &[],
};

pub static OTHER_SOURCE: OutcomeDef = OutcomeDef {
    id: "other-source",
    verdict: Verdict::Conditional,
    headline: "It depends on the agreement you bought under: the FAQ covers partner-network licenses only.",
    reasons: &["Downgrade rights for software bought at retail, through Volume Licensing or elsewhere come from that purchase's license terms, not from the partner network."],
    faq: &DOWNGRADE_RIGHTS,
    decided_by: Some("the license terms of the channel you bought through (retail license terms or your Volume Licensing agreement)"),
    next_steps: &["Look up downgrade rights in the license terms of your purchase."],
    attributes: &[],
};

fn decide(answers: &mut Reader, context: &Context) -> Result<Outcome, Pending> {
    let outcome = match answers.choice(&LICENSE_SOURCE)? {
        LicenseSource::Mpn => {
            let window = answers
                .optional_date(&NEW_VERSION_DATE)
                .and_then(|offered| UpgradeWindow::new(offered, UPGRADE_MONTHS, context.today));
            let def = match window {
                None => &PARTNER_NETWORK,
                Some(w) if w.is_open() => &WINDOW_OPEN,
                Some(_) => &WINDOW_CLOSED,
            };
            Outcome {
                def,
                details: window.map(Detail::UpgradeWindow).into_iter().collect(),
                follow_up: Some(&NEW_VERSION_DATE.0),
            }
        }
        LicenseSource::LearningTraining => Outcome::new(&LEARNING),
        LicenseSource::Msdn => Outcome::new(&MSDN),
        LicenseSource::Other => Outcome::new(&OTHER_SOURCE),
    };
    Ok(outcome)
}

pub static TOPIC: Topic = Topic {
    id: "downgrade",
    section: Section::Licenses,
    title: "Downgrade rights",
    asks: "Do I have downgrade rights?",
    summary: "None through the partner network: you get 12 months to upgrade instead.",
    questions: &[&LICENSE_SOURCE.question, &NEW_VERSION_DATE.0],
    outcomes: &[&PARTNER_NETWORK, &WINDOW_OPEN, &WINDOW_CLOSED, &LEARNING, &MSDN, &OTHER_SOURCE],
    decide,
};
