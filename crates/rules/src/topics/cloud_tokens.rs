//! Product keys and tokens › "Do my tokens for Cloud services need to be
//! redeemed within a specific time period?" The entitlement ends with the
//! program enrollment year: access may go on, use rights through the program
//! do not. Renewing brings a new set of tokens; otherwise buy through Volume
//! Licensing.

use crate::faq::{Section, CLOUD_TOKEN_PERIOD};
use crate::figures::{Detail, UseRights};
use crate::model::{
    ChoiceQuestion, Context, DateQuestion, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict, YesNo,
};

pub static ENROLLMENT_END: DateQuestion =
    DateQuestion::new("enrollment-end", "When does your program enrollment year end?", None);

pub static RENEWING: ChoiceQuestion<YesNo> =
    ChoiceQuestion::new("renewing", "Will your organization renew its subscription or membership?", None);

const ENDS_WITH_YEAR: &str = "The cloud services entitlement ends when the program enrollment year ends.";

pub static IN_FORCE_RENEWING: OutcomeDef = OutcomeDef {
    id: "in-force-renewing",
    verdict: Verdict::Eligible,
    headline: "Yes: you have use rights to your cloud services until the enrollment year ends.",
    reasons: &[
        ENDS_WITH_YEAR,
        "During the year you are issued more tokens as you qualify for more seats, and renewing brings a new set for the next year.",
    ],
    faq: &CLOUD_TOKEN_PERIOD,
    decided_by: None,
    next_steps: &[
        "Redeem the tokens you need before the end date.",
        "Renew before the year ends; the new set of tokens comes with the renewal.",
    ],
    attributes: &[],
};

pub static IN_FORCE_NOT_RENEWING: OutcomeDef = OutcomeDef {
    id: "in-force-not-renewing",
    verdict: Verdict::Eligible,
    headline: "Yes, for now: your use rights end with this enrollment year.",
    reasons: &[ENDS_WITH_YEAR, "Without a renewal no new tokens are issued."],
    faq: &CLOUD_TOKEN_PERIOD,
    decided_by: None,
    next_steps: &["To keep using the services with rights after the end date, buy them through Volume Licensing in time."],
    attributes: &[],
};

pub static ENDED_RENEWING: OutcomeDef = OutcomeDef {
    id: "ended-renewing",
    verdict: Verdict::NotEligible,
    headline: "No: that enrollment year's use rights are over; your renewal brings new tokens.",
    reasons: &[
        ENDS_WITH_YEAR,
        "Access to the services may continue past the end date, but not the use rights through the program.",
    ],
    faq: &CLOUD_TOKEN_PERIOD,
    decided_by: None,
    next_steps: &["Redeem the new set of tokens issued with your renewal, then check again with the new year's end date."],
    attributes: &[],
};

pub static ENDED_NOT_RENEWING: OutcomeDef = OutcomeDef {
    id: "ended-not-renewing",
    verdict: Verdict::NotEligible,
    headline: "No: your use rights through the program have ended.",
    reasons: &[
        ENDS_WITH_YEAR,
        "Access to the services may continue past the end date, but not the use rights through the program.",
    ],
    faq: &CLOUD_TOKEN_PERIOD,
    decided_by: None,
    next_steps: &["Buy the cloud services through Volume Licensing to go on using them."],
    attributes: &[],
};

fn decide(answers: &mut Reader, context: &Context) -> Result<Outcome, Pending> {
    let rights = UseRights { end: answers.date(&ENROLLMENT_END)?, as_of: context.today };
    let renewing = answers.choice(&RENEWING)? == YesNo::Yes;
    let def = match (rights.in_force(), renewing) {
        (true, true) => &IN_FORCE_RENEWING,
        (true, false) => &IN_FORCE_NOT_RENEWING,
        (false, true) => &ENDED_RENEWING,
        (false, false) => &ENDED_NOT_RENEWING,
    };
    Ok(Outcome { def, details: vec![Detail::UseRights(rights)], follow_up: None })
}

pub static TOPIC: Topic = Topic {
    id: "cloud-tokens",
    section: Section::ProductKeysAndTokens,
    title: "Cloud services tokens",
    asks: "Until when can we use our cloud services benefits?",
    summary: "Use rights end with the program enrollment year.",
    questions: &[&ENROLLMENT_END.0, &RENEWING.question],
    outcomes: &[&IN_FORCE_RENEWING, &IN_FORCE_NOT_RENEWING, &ENDED_RENEWING, &ENDED_NOT_RENEWING],
    decide,
};
