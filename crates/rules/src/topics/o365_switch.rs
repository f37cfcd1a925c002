//! Cloud services › "…I want to switch some of my users to Office 365 who are
//! currently using on-premises licenses…" Users may move between on-premises
//! and Office 365 at any time in the year while the entitlement is not
//! exceeded; beyond it, buy the CALs or online seats needed.

use crate::faq::{
    Point, Section, O365_SWITCH_USERS, SWITCH_ANY_TIME, SWITCH_BUY_MORE, SWITCH_USAGE_GUIDE,
    SWITCH_WITHIN_ENTITLEMENT,
};
use crate::figures::{Allowance, Detail};
use crate::model::{Context, NumberQuestion, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict};
use crate::statement::{about_tool, advice, faq, first_screen, reading, Basis, Statement};
use crate::text::Text;

pub static ENTITLEMENT: NumberQuestion = NumberQuestion::new(
    "entitlement",
    "How many licenses does your entitlement include?",
    Some(about_tool(
        "For the product whose users you are moving: Office Professional Plus, or SharePoint, Lync or Exchange Server CALs.",
    )),
);

pub static ON_PREM_USERS: NumberQuestion =
    NumberQuestion::new("on-prem-users", "How many users will use the on-premises licenses?", None);

pub static CLOUD_USERS: NumberQuestion =
    NumberQuestion::new("cloud-users", "How many users will use Office 365?", None);

/// The rule the total is held against.
static LIMIT_RULE: [&Point; 1] = [&SWITCH_WITHIN_ENTITLEMENT];

static ANY_TIME: Statement = faq(
    "You may move users either way between on-premises licenses and Office 365 whenever you like during the subscription or program year, as long as you do not go over your license entitlement.",
    &[&SWITCH_ANY_TIME, &SWITCH_WITHIN_ENTITLEMENT],
);
static TOTAL_COUNTS: Statement = reading(
    "Users on-premises and users on Office 365 count together against the entitlement, so moving users from one to the other does not change the total.",
    &[&SWITCH_WITHIN_ENTITLEMENT],
);

pub static WITHIN: OutcomeDef = OutcomeDef {
    id: "within-entitlement",
    verdict: Verdict::Eligible,
    headline: reading(
        "Your users, on-premises and on Office 365 together, stay within your license entitlement.",
        &[&SWITCH_WITHIN_ENTITLEMENT],
    ),
    reasons: &[ANY_TIME, TOTAL_COUNTS],
    faq: &O365_SWITCH_USERS,
    decided_by: None,
    next_steps: &[
        faq(
            "Move users between on-premises and Office 365 as you need during the year.",
            &[&SWITCH_ANY_TIME],
        ),
        advice("Count again before you add users."),
    ],
    attributes: &[],
};

pub static OVER: OutcomeDef = OutcomeDef {
    id: "over-entitlement",
    verdict: Verdict::NotEligible,
    headline: reading(
        "Your users, on-premises and on Office 365 together, exceed your license entitlement, however they are split.",
        &[&SWITCH_WITHIN_ENTITLEMENT],
    ),
    reasons: &[ANY_TIME, TOTAL_COUNTS],
    faq: &O365_SWITCH_USERS,
    decided_by: None,
    next_steps: &[
        faq("Buy the CALs or online seats needed for the users over the entitlement.", &[&SWITCH_BUY_MORE]),
        faq("The Product Usage Guide has the complete details.", &[&SWITCH_USAGE_GUIDE]),
    ],
    attributes: &[],
};

fn decide(answers: &mut Reader, _: &Context) -> Result<Outcome, Pending> {
    let entitlement = answers.number(&ENTITLEMENT)?;
    let on_premises = answers.number(&ON_PREM_USERS)?;
    let cloud = answers.number(&CLOUD_USERS)?;
    // u128: two counts of up to u64::MAX each add up without overflow.
    let total = u128::from(on_premises) + u128::from(cloud);
    let allowance = Allowance::new(total, entitlement, "users", &LIMIT_RULE);
    let def = if allowance.within() { &WITHIN } else { &OVER };
    Ok(Outcome { def, details: vec![Detail::Allowance(allowance)], follow_up: None })
}

pub static TOPIC: Topic = Topic {
    id: "o365-switch",
    section: Section::CloudServices,
    title: "Moving users to Office 365",
    asks: "Can we move users between on-premises licenses and Office 365?",
    summary: first_screen(
        "At any time in the year, as long as you do not exceed your license entitlement.",
        Basis::Faq(&[&SWITCH_ANY_TIME, &SWITCH_WITHIN_ENTITLEMENT]),
    ),
    verdict_question: Text::new(
        "Do our users, on-premises and on Office 365 together, stay within our license entitlement?",
    ),
    scope: None,
    questions: &[&ENTITLEMENT.0, &ON_PREM_USERS.0, &CLOUD_USERS.0],
    outcomes: &[&WITHIN, &OVER],
    decide,
};
