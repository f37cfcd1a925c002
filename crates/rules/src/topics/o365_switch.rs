//! Cloud services › "…I want to switch some of my users to Office 365 who are
//! currently using on-premises licenses…" Users may move between on-premises
//! and Office 365 at any time in the year while the entitlement is not
//! exceeded; the CALs or online seats it buys cover users besides.

use crate::faq::{
    Point, Section, O365_E_AND_K, O365_OTHER_SKUS, O365_SWITCH_USERS, SWITCH_ANY_TIME, SWITCH_BUY_MORE,
    SWITCH_USAGE_GUIDE, SWITCH_WITHIN_ENTITLEMENT,
};
use crate::figures::{Allowance, Detail};
use crate::model::{
    bad, good, Context, Goto, NumberQuestion, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict,
};
use crate::topics::o365_mix;
// Only the review (docs/answers.md) reads what a question tells apart.
#[cfg(not(feature = "lazy-text"))]
use crate::model::asked;
use crate::statement::{advice, faq, reading, start_line, Basis, Statement};
#[cfg(not(feature = "lazy-text"))]
use crate::text::Text;

pub static ENTITLEMENT: NumberQuestion = NumberQuestion::new(
    "entitlement",
    "How many licenses does your entitlement include?",
    Some(reading(
        "For the product whose users you are moving: Office Professional Plus, or SharePoint, Lync or Exchange Server CALs. We count each product against its own entitlement.",
        &[&SWITCH_WITHIN_ENTITLEMENT],
    )),
);

pub static ON_PREM_USERS: NumberQuestion =
    NumberQuestion::new("on-prem-users", "How many users will use the on-premises licenses?", None);

pub static CLOUD_USERS: NumberQuestion =
    NumberQuestion::new("cloud-users", "How many users will use Office 365?", None);

/// Asked only when the users are more than the entitlement: the FAQ lets
/// an organization buy the CALs or online seats it needs besides.
pub static COVERED_BY_PURCHASES: NumberQuestion = NumberQuestion::new(
    "covered-by-purchases",
    "How many of these users are covered by CALs or online seats your organization bought?",
    Some(reading(
        "Of the users as you split them above, with licenses bought besides the entitlement: a CAL covers an on-premises user, an online seat an Office 365 user. Count each user once; 0 if none.",
        &[&SWITCH_BUY_MORE],
    )),
);

/// The rule the total is held against.
static LIMIT_RULE: [&Point; 1] = [&SWITCH_WITHIN_ENTITLEMENT];
/// The rule the users left after the bought licenses are held against.
static BOUGHT_RULE: [&Point; 2] = [&SWITCH_WITHIN_ENTITLEMENT, &SWITCH_BUY_MORE];

static ANY_TIME: Statement = faq(
    "You may move users either way between on-premises licenses and Office 365 whenever you like during the subscription or program year, as long as you do not go over your license entitlement.",
    &[&SWITCH_ANY_TIME, &SWITCH_WITHIN_ENTITLEMENT],
);
static TOTAL_COUNTS: Statement = reading(
    "Users on-premises and users on Office 365 count together against the entitlement, so moving users from one to the other does not change the total.",
    &[&SWITCH_WITHIN_ENTITLEMENT],
);
static MAY_BUY: Statement =
    faq("You may also buy the CALs or online seats your organization needs.", &[&SWITCH_BUY_MORE]);
static BOUGHT_NOT_COUNTED: Statement = reading(
    "We count a user covered by a CAL or online seat you bought outside the entitlement, so only the other users are held against it.",
    &[&SWITCH_WITHIN_ENTITLEMENT, &SWITCH_BUY_MORE],
);
static COVER_SIDE: Statement = reading(
    "A CAL covers a user only on-premises and an online seat only on Office 365, so moving a user they cover changes the count.",
    &[&SWITCH_BUY_MORE],
);
static GUIDE: Statement = faq("The Product Usage Guide has the complete details.", &[&SWITCH_USAGE_GUIDE]);

/// How the entitlement is counted in detail is the Product Usage Guide's.
static IN_DETAIL: Statement = faq(
    "How the entitlement is counted in detail, the FAQ leaves to the Product Usage Guide.",
    &[&SWITCH_USAGE_GUIDE],
);

/// Where online seats are bought, or were: which may share the tenant.
static E_AND_K_ONLY: Statement = faq(
    "Online seats bought outside the partner network can share the tenant with your earned E3 seats only if they are enterprise (E) or kiosk (K) seats.",
    &[&O365_E_AND_K, &O365_OTHER_SKUS],
);

/// Shared by every outcome: one product at a time.
static ONE_PRODUCT: Statement = reading(
    "This counts one product at a time: users of Office Professional Plus and of each server's CALs are counted against that product's own entitlement.",
    &[&SWITCH_WITHIN_ENTITLEMENT],
);

pub static WITHIN: OutcomeDef = OutcomeDef {
    id: "within-entitlement",
    verdict: Verdict::Eligible,
    answer: good("Yes, within your entitlement as we count it"),
    headline: reading(
        "Your users, on-premises and on Office 365 together, stay within your license entitlement.",
        &[&SWITCH_WITHIN_ENTITLEMENT],
    ),
    reasons: &[ANY_TIME, TOTAL_COUNTS],
    faq: &O365_SWITCH_USERS,
    decided_by: None,
    next_steps: &[
        faq(
            "Move users between on-premises and Office 365 as you need during the year, as long as you stay within your entitlement.",
            &[&SWITCH_ANY_TIME, &SWITCH_WITHIN_ENTITLEMENT],
        ),
        advice("Count again before you add users."),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[],
    limits: &[
        ONE_PRODUCT,
        IN_DETAIL,
    ],
};

pub static COVERED: OutcomeDef = OutcomeDef {
    id: "covered-by-purchases",
    verdict: Verdict::Eligible,
    answer: good("Yes, with the licenses you bought, as we count it"),
    headline: reading(
        "The users beyond your entitlement are covered by the CALs or online seats you bought.",
        &[&SWITCH_WITHIN_ENTITLEMENT, &SWITCH_BUY_MORE],
    ),
    reasons: &[ANY_TIME, MAY_BUY, BOUGHT_NOT_COUNTED],
    faq: &O365_SWITCH_USERS,
    decided_by: None,
    next_steps: &[advice("Keep a record of which users the licenses you bought cover."), GUIDE],
    see_also: &[Goto::Topic(&o365_mix::TOPIC)],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[asked(
        "Users covered by CALs or online seats bought besides the entitlement.",
        &COVERED_BY_PURCHASES.0,
    )],
    limits: &[ONE_PRODUCT, COVER_SIDE, E_AND_K_ONLY],
};

pub static OVER: OutcomeDef = OutcomeDef {
    id: "over-entitlement",
    verdict: Verdict::NotEligible,
    answer: bad("No: over your entitlement as we count it"),
    headline: reading(
        "As you split them, the users not covered by licenses you bought exceed your license entitlement.",
        &[&SWITCH_WITHIN_ENTITLEMENT, &SWITCH_BUY_MORE],
    ),
    reasons: &[ANY_TIME, BOUGHT_NOT_COUNTED, COVER_SIDE],
    faq: &O365_SWITCH_USERS,
    decided_by: None,
    next_steps: &[
        reading(
            "If you bought CALs or online seats that cover no user as you split them now, moving users to their side may bring you within the entitlement: check again with that split.",
            &[&SWITCH_ANY_TIME, &SWITCH_BUY_MORE],
        ),
        faq("You may also buy the CALs or online seats needed for the users over the entitlement.", &[&SWITCH_BUY_MORE]),
        GUIDE,
    ],
    see_also: &[Goto::Topic(&o365_mix::TOPIC)],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked(
            "Users covered by CALs or online seats bought besides the entitlement.",
            &COVERED_BY_PURCHASES.0,
        ),
    ],
    limits: &[ONE_PRODUCT, E_AND_K_ONLY],
};

fn decide(answers: &mut Reader, _: &Context) -> Result<Outcome, Pending> {
    let entitlement = answers.number(&ENTITLEMENT)?;
    let on_premises = answers.number(&ON_PREM_USERS)?;
    let cloud = answers.number(&CLOUD_USERS)?;
    // u128: two counts of up to u64::MAX each add up without overflow.
    let total = u128::from(on_premises) + u128::from(cloud);
    let allowance = Allowance::new(total, entitlement, "users in use", &LIMIT_RULE);
    if allowance.within() {
        return Ok(Outcome { def: &WITHIN, details: vec![Detail::Allowance(allowance)], follow_up: None });
    }
    // Only users the bought licenses do not cover count against the entitlement.
    let covered = answers.number(&COVERED_BY_PURCHASES)?;
    let left = total.saturating_sub(u128::from(covered));
    let allowance =
        Allowance::new(left, entitlement, "users not covered by licenses you bought", &BOUGHT_RULE);
    let def = if allowance.within() { &COVERED } else { &OVER };
    Ok(Outcome { def, details: vec![Detail::Allowance(allowance)], follow_up: None })
}

pub static TOPIC: Topic = Topic {
    id: "o365-switch",
    section: Section::CloudServices,
    title: "Moving users to Office 365",
    asks: "Can we move users between on-premises licenses and Office 365?",
    summary: start_line(
        "At any time in the year, as long as you do not exceed your license entitlement.",
        Basis::Faq(&[&SWITCH_ANY_TIME, &SWITCH_WITHIN_ENTITLEMENT]),
    ),
    #[cfg(not(feature = "lazy-text"))]
    verdict_question: Text::new(
        "Do our users stay within our license entitlement, counting the licenses we bought?",
    ),
    scope: None,
    questions: &[&ENTITLEMENT.0, &ON_PREM_USERS.0, &CLOUD_USERS.0, &COVERED_BY_PURCHASES.0],
    outcomes: &[&WITHIN, &COVERED, &OVER],
    decide,
};
