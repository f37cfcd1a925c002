//! Cloud services › "…I want to switch some of my users to Office 365 who are
//! currently using on-premises licenses…" Users may move between on-premises
//! and Office 365 at any time in the year while the total stays within the
//! license entitlement; beyond it, buy the CALs or online seats needed.

use crate::faq::{Section, O365_SWITCH_USERS};
use crate::figures::{Allowance, Detail};
use crate::model::{Context, NumberQuestion, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict};

pub static ENTITLEMENT: NumberQuestion = NumberQuestion::new(
    "entitlement",
    "How many licenses does your entitlement include?",
    Some("For the product you are switching users of: Office Professional Plus, or SharePoint, Lync or Exchange Server CALs."),
);

pub static ON_PREM_USERS: NumberQuestion =
    NumberQuestion::new("on-prem-users", "How many users will use the on-premises licenses?", None);

pub static CLOUD_USERS: NumberQuestion =
    NumberQuestion::new("cloud-users", "How many users will use Office 365?", None);

const ANY_TIME: &str = "Users may switch between on-premises and Office 365 at any time during the subscription or program year, as long as the total stays within the license entitlement.";

pub static WITHIN: OutcomeDef = OutcomeDef {
    id: "within-entitlement",
    verdict: Verdict::Eligible,
    headline: "Yes: this split keeps you within your license entitlement.",
    reasons: &[ANY_TIME],
    faq: &O365_SWITCH_USERS,
    decided_by: None,
    next_steps: &["Make the switch, and count again before moving more users."],
    attributes: &[],
};

pub static OVER: OutcomeDef = OutcomeDef {
    id: "over-entitlement",
    verdict: Verdict::NotEligible,
    headline: "No: this split would exceed your license entitlement.",
    reasons: &[ANY_TIME],
    faq: &O365_SWITCH_USERS,
    decided_by: None,
    next_steps: &[
        "Buy the CALs or online seats needed for the users over the entitlement, or move fewer users.",
        "The Product Usage Guide has the complete details.",
    ],
    attributes: &[],
};

fn decide(answers: &mut Reader, _: &Context) -> Result<Outcome, Pending> {
    let entitlement = answers.number(&ENTITLEMENT)?;
    let on_premises = answers.number(&ON_PREM_USERS)?;
    let cloud = answers.number(&CLOUD_USERS)?;
    // u128: two counts of up to u64::MAX each add up without overflow.
    let allowance = Allowance::new(u128::from(on_premises) + u128::from(cloud), entitlement, "users");
    let def = if allowance.within() { &WITHIN } else { &OVER };
    Ok(Outcome { def, details: vec![Detail::Allowance(allowance)], follow_up: None })
}

pub static TOPIC: Topic = Topic {
    id: "o365-switch",
    section: Section::CloudServices,
    title: "Moving users to Office 365",
    asks: "Can we move users between on-premises licenses and Office 365?",
    summary: "At any time in the year, while the total stays within your entitlement.",
    questions: &[&ENTITLEMENT.0, &ON_PREM_USERS.0, &CLOUD_USERS.0],
    outcomes: &[&WITHIN, &OVER],
    decide,
};
