//! Licenses › "Does the Microsoft Partner Network grant downgrade rights?"
//! No. Partner-network software gets 12 months to move from the previous
//! version to the latest instead. The policy does not cover Learning
//! competency training licenses or MSDN benefits, which have their own terms.

use crate::faq::{
    Section, ASK_SUPPORT, DOWNGRADE_NONE, DOWNGRADE_NOT_LEARNING, DOWNGRADE_NOT_MSDN, DOWNGRADE_RIGHTS,
    DOWNGRADE_TWELVE_MONTHS, DOWNGRADE_UPDATES_TABLE, MSDN_FULL_TERMS,
};
use crate::figures::{Detail, UpgradeWindow};
use crate::model::{
    bad, choices, open, ChoiceQuestion, Context, DateQuestion, Outcome, OutcomeDef, Pending, Reader, Topic,
    Verdict,
};
// Only the review (docs/answers.md) reads what a question tells apart.
#[cfg(not(feature = "lazy-text"))]
use crate::model::asked;
use crate::statement::{about_this_app, advice, faq, reading, start_line, Basis, Statement};
#[cfg(not(feature = "lazy-text"))]
use crate::text::Text;

choices! {
    pub enum LicenseSource {
        Mpn = "mpn" => "Through the partner network",
            hint: about_this_app("Software licenses granted as partner benefits, other than the two kinds below.");
        LearningTraining = "learning-training" => "As commercial training licenses with the Learning competency";
        Msdn = "msdn" => "As MSDN benefits received through the partner network";
        Other = "other" => "Some other way",
            hint: about_this_app("Retail, Volume Licensing or anything else.");
    }
}

pub static LICENSE_SOURCE: ChoiceQuestion<LicenseSource> =
    ChoiceQuestion::new("license-source", "How did your organization get the software?", None);

/// Asked on the result, never as a step: it sets the window, not the verdict.
pub static NEW_VERSION_DATE: DateQuestion = DateQuestion::new(
    "new-version-date",
    "When was the latest version offered through the partner network?",
    Some(reading(
        "Optional. The Software Updates table has the versions; we count your 12 months from the day the latest one was offered.",
        &[&DOWNGRADE_UPDATES_TABLE, &DOWNGRADE_TWELVE_MONTHS],
    )),
);

/// How long the FAQ gives to move from the previous version to the latest.
const UPGRADE_MONTHS: u32 = 12;

static NO_DOWNGRADE: Statement =
    faq("Software licensed through the partner network comes without downgrade rights.", &[&DOWNGRADE_NONE]);
static TWELVE_MONTHS: Statement = faq(
    "Instead, you get 12 months to move from the program's previous version of a product to its latest one.",
    &[&DOWNGRADE_TWELVE_MONTHS],
);
static COUNTED_FROM_OFFER: &[&crate::faq::Point] = &[&DOWNGRADE_TWELVE_MONTHS];

pub static PARTNER_NETWORK: OutcomeDef = OutcomeDef {
    id: "partner-network",
    verdict: Verdict::NotEligible,
    answer: bad("No downgrade rights: 12 months to move to the latest version"),
    headline: faq("The partner network grants no downgrade rights.", &[&DOWNGRADE_NONE]),
    reasons: &[NO_DOWNGRADE, TWELVE_MONTHS],
    faq: &DOWNGRADE_RIGHTS,
    decided_by: None,
    next_steps: &[
        reading(
            "Look up when the latest version was offered (the FAQ points to the Software Updates table for details), and enter it below to see your deadline.",
            &[&DOWNGRADE_UPDATES_TABLE, &DOWNGRADE_TWELVE_MONTHS],
        ),
        advice("Plan the move to the latest version within those 12 months."),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked(
            "Software from the partner network, training licenses with the Learning competency, MSDN benefits, or software got another way.",
            &LICENSE_SOURCE.question,
        ),
        asked("The day the latest version was offered, for the 12-month window.", &NEW_VERSION_DATE.0),
    ],
    limits: &[
        reading(
            "The 12 months are for moving from the program's previous version to its latest; for software older than the previous version, the FAQ gives no time.",
            &[&DOWNGRADE_TWELVE_MONTHS],
        ),
    ],
};

pub static WINDOW_OPEN: OutcomeDef = OutcomeDef {
    id: "partner-network-window-open",
    verdict: Verdict::NotEligible,
    answer: bad("No downgrade rights; as we count the 12 months to upgrade, until").until_day(),
    headline: reading(
        "No downgrade rights, but your 12 months to upgrade have not run out.",
        &[&DOWNGRADE_NONE, &DOWNGRADE_TWELVE_MONTHS],
    ),
    reasons: &[
        NO_DOWNGRADE,
        TWELVE_MONTHS,
        reading(
            "We count the 12 months from the day the latest version was offered; counted so, they have not run out.",
            COUNTED_FROM_OFFER,
        ),
    ],
    faq: &DOWNGRADE_RIGHTS,
    decided_by: None,
    next_steps: &[advice("Move to the latest version before the deadline (the FAQ points to the Software Updates table for details).")],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked("The day the latest version was offered, for the 12-month window.", &NEW_VERSION_DATE.0),
    ],
    limits: &[
        reading(
            "The 12 months are for moving from the program's previous version to its latest; for software older than the previous version, the FAQ gives no time.",
            &[&DOWNGRADE_TWELVE_MONTHS],
        ),
    ],
};

pub static WINDOW_CLOSED: OutcomeDef = OutcomeDef {
    id: "partner-network-window-closed",
    verdict: Verdict::NotEligible,
    answer: bad("No downgrade rights; as we count the 12 months to upgrade, they ended on").until_day(),
    headline: reading(
        "No downgrade rights, and your 12 months to upgrade are over.",
        &[&DOWNGRADE_NONE, &DOWNGRADE_TWELVE_MONTHS],
    ),
    reasons: &[
        NO_DOWNGRADE,
        TWELVE_MONTHS,
        reading(
            "We count the 12 months from the day the latest version was offered; counted so, they are over.",
            COUNTED_FROM_OFFER,
        ),
    ],
    faq: &DOWNGRADE_RIGHTS,
    decided_by: None,
    next_steps: &[
        reading(
            "Move to the latest version now: the time the FAQ allows for the previous version has passed.",
            COUNTED_FROM_OFFER,
        ),
        reading(
            "If the date may be wrong, check it (the FAQ points to the Software Updates table for details) and enter it again.",
            &[&DOWNGRADE_UPDATES_TABLE],
        ),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked("The day the latest version was offered, for the 12-month window.", &NEW_VERSION_DATE.0),
    ],
    limits: &[
        reading(
            "The 12 months are for moving from the program's previous version to its latest; for software older than the previous version, the FAQ gives no time.",
            &[&DOWNGRADE_TWELVE_MONTHS],
        ),
    ],
};

pub static NOT_OFFERED_YET: OutcomeDef = OutcomeDef {
    id: "partner-network-not-offered-yet",
    verdict: Verdict::NotEligible,
    answer: bad("No downgrade rights; the date you gave is ahead: check it"),
    headline: reading(
        "No downgrade rights; the day you gave for the latest version has not come yet, so its 12 months have not started.",
        &[&DOWNGRADE_NONE, &DOWNGRADE_TWELVE_MONTHS],
    ),
    reasons: &[NO_DOWNGRADE, TWELVE_MONTHS],
    faq: &DOWNGRADE_RIGHTS,
    decided_by: None,
    next_steps: &[reading(
        "Check the date (the FAQ points to the Software Updates table for details), and enter it again if it was mistyped.",
        &[&DOWNGRADE_UPDATES_TABLE],
    )],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked("The day the latest version was offered, for the 12-month window.", &NEW_VERSION_DATE.0),
    ],
    limits: &[],
};

pub static LEARNING: OutcomeDef = OutcomeDef {
    id: "learning-training",
    verdict: Verdict::Conditional,
    answer: open("It depends on the training licenses' own terms"),
    headline: faq(
        "The partner network's no-downgrade policy does not cover these training licenses, and the FAQ does not say what does.",
        &[&DOWNGRADE_NOT_LEARNING],
    ),
    reasons: &[faq(
        "The FAQ exempts commercial training licenses granted with the Learning competency from its downgrade policy, without saying what applies instead.",
        &[&DOWNGRADE_NOT_LEARNING],
    )],
    faq: &DOWNGRADE_RIGHTS,
    decided_by: Some(advice("The license terms that came with the training licenses; the FAQ does not name them.")),
    next_steps: &[
        advice("Read the use rights that came with the training licenses."),
        faq("Or ask your Regional Service Center, where the FAQ sends the questions it does not answer.", &[&ASK_SUPPORT]),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked(
            "Software from the partner network, training licenses with the Learning competency, MSDN benefits, or software got another way.",
            &LICENSE_SOURCE.question,
        ),
    ],
    limits: &[],
};

pub static MSDN: OutcomeDef = OutcomeDef {
    id: "msdn",
    verdict: Verdict::Conditional,
    answer: open("It depends on the MSDN subscription's use rights"),
    headline: reading(
        "The partner network's no-downgrade policy does not cover MSDN benefits: as we read the FAQ, the subscription's own use rights decide.",
        &[&DOWNGRADE_NOT_MSDN, &MSDN_FULL_TERMS],
    ),
    reasons: &[
        faq(
            "The FAQ exempts MSDN benefits received through the partner network from its downgrade policy.",
            &[&DOWNGRADE_NOT_MSDN],
        ),
        faq(
            "For the subscription's use rights, the FAQ refers you to the overview on the MSDN page or to the Product Usage Guide.",
            &[&MSDN_FULL_TERMS],
        ),
    ],
    faq: &DOWNGRADE_RIGHTS,
    decided_by: Some(reading(
        "The MSDN subscription's use rights, to which the FAQ refers you: the overview on the MSDN page or the Product Usage Guide.",
        &[&MSDN_FULL_TERMS],
    )),
    next_steps: &[reading(
        "Check which versions your MSDN subscription covers: the FAQ sends you to the MSDN page or the Product Usage Guide for the complete terms of use.",
        &[&MSDN_FULL_TERMS],
    )],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked(
            "Software from the partner network, training licenses with the Learning competency, MSDN benefits, or software got another way.",
            &LICENSE_SOURCE.question,
        ),
    ],
    limits: &[],
};

pub static OTHER_SOURCE: OutcomeDef = OutcomeDef {
    id: "other-source",
    verdict: Verdict::Conditional,
    answer: open("It depends on the license terms you bought it under"),
    headline: reading(
        "The FAQ's downgrade policy speaks only of software from the partner network; of software got another way it says nothing.",
        &[&DOWNGRADE_NONE],
    ),
    reasons: &[reading(
        "The FAQ's downgrade policy is about software licensed through the partner network; it says nothing about software bought at retail, through Volume Licensing or elsewhere.",
        &[&DOWNGRADE_NONE],
    )],
    faq: &DOWNGRADE_RIGHTS,
    decided_by: Some(advice(
        "The license terms of the channel you got it through: retail license terms or your Volume Licensing agreement.",
    )),
    next_steps: &[advice("Look up downgrade rights in the license terms of your purchase.")],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked(
            "Software from the partner network, training licenses with the Learning competency, MSDN benefits, or software got another way.",
            &LICENSE_SOURCE.question,
        ),
    ],
    limits: &[],
};

fn decide(answers: &mut Reader, context: &Context) -> Result<Outcome, Pending> {
    let outcome = match answers.choice(&LICENSE_SOURCE)? {
        LicenseSource::Mpn => {
            let window = answers.optional_date(&NEW_VERSION_DATE).and_then(|offered| {
                UpgradeWindow::new(offered, UPGRADE_MONTHS, context.today, COUNTED_FROM_OFFER)
            });
            let def = match window {
                None => &PARTNER_NETWORK,
                Some(w) if !w.has_started() => &NOT_OFFERED_YET,
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
    summary: start_line(
        "None through the partner network: you get 12 months to upgrade instead.",
        Basis::Faq(&[&DOWNGRADE_NONE, &DOWNGRADE_TWELVE_MONTHS]),
    ),
    #[cfg(not(feature = "lazy-text"))]
    verdict_question: Text::new("Does this software come with downgrade rights?"),
    scope: None,
    questions: &[&LICENSE_SOURCE.question, &NEW_VERSION_DATE.0],
    outcomes: &[
        &PARTNER_NETWORK,
        &WINDOW_OPEN,
        &WINDOW_CLOSED,
        &NOT_OFFERED_YET,
        &LEARNING,
        &MSDN,
        &OTHER_SOURCE,
    ],
    decide,
};
