//! Licenses › "Can partners share licenses earned between locations?" Yes,
//! within one partner organization: Action Pack licenses within the
//! subscribing country only; competency licenses across countries, as long as
//! the organization stays within the per-country or worldwide license cap.

use crate::faq::{
    Point, Section, LICENSE_SHARING, SHARING_ACTION_PACK_COUNTRY, SHARING_ALLOWED, SHARING_ASSOCIATED,
    SHARING_CAP, SHARING_COMPETENCY_COUNTRIES, SHARING_NOT_SEPARATE, SHARING_ONE_ENTITY,
    SHARING_ONE_ORGANIZATION, TOOLKIT_CAPS,
};
use crate::figures::{Allowance, Detail};
use crate::model::{
    ChoiceQuestion, Context, NumberQuestion, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict, YesNo,
};
use crate::program::Membership;
use crate::statement::{advice, faq, first_screen, reading, Basis, Statement};
use crate::text::Text;

pub static MEMBERSHIP: ChoiceQuestion<Membership> =
    ChoiceQuestion::new("membership", "How did your organization earn the licenses?", None);

pub static SAME_ORGANIZATION: ChoiceQuestion<YesNo> = ChoiceQuestion::new(
    "same-organization",
    "Do both locations belong to the same partner organization?",
    // Shown to both memberships: what the FAQ says, and where it says it.
    Some(faq(
        "That is, each is the headquarters or a location associated with it at the Partner Membership Center, as the FAQ puts it in its paragraph on competency partners.",
        &[&SHARING_ONE_ORGANIZATION, &SHARING_ASSOCIATED],
    )),
);

pub static SAME_COUNTRY: ChoiceQuestion<YesNo> =
    ChoiceQuestion::new("same-country", "Are both locations in the same country?", None);

pub static LICENSES_IN_USE: NumberQuestion = NumberQuestion::new(
    "licenses-in-use",
    "How many of these licenses would be in use across your organization after sharing?",
    Some(faq(
        "Count every location of the organization: locations of one company doing the same business count together, even if enrolled separately.",
        &[&SHARING_CAP, &SHARING_ONE_ENTITY],
    )),
);

pub static LICENSE_CAP: NumberQuestion = NumberQuestion::new(
    "license-cap",
    "What is the maximum number of these licenses for your organization?",
    Some(reading(
        "The per-country or worldwide maximum that applies, as the Competency License table gives it.",
        &[&SHARING_CAP, &TOOLKIT_CAPS],
    )),
);

/// The rule the count is held against.
static CAP_RULE: [&Point; 1] = [&SHARING_CAP];

static ONE_ORGANIZATION: Statement = faq(
    "Licenses may be shared only within the organization that earned them: between the headquarters and the locations associated with it at the Partner Membership Center.",
    &[&SHARING_ONE_ORGANIZATION, &SHARING_ASSOCIATED],
);

/// The same rule for Action Pack licenses: the FAQ states it in its
/// paragraph on competency partners, in words about partners in general.
static ONE_ORGANIZATION_ACTION_PACK: Statement = reading(
    "Action Pack licenses, too, may be shared only within the organization that earned them: the FAQ gives that rule in its paragraph on competency partners, in words about partners in general.",
    &[&SHARING_ONE_ORGANIZATION, &SHARING_ASSOCIATED],
);

// Reached by both memberships (and by a link that does not say which), so
// each sentence says what the FAQ says and where, and the one step beyond it
// (Action Pack) is labelled as our reading.
pub static SEPARATE_ORGANIZATIONS: OutcomeDef = OutcomeDef {
    id: "separate-organizations",
    verdict: Verdict::NotEligible,
    headline: faq("The FAQ rules out sharing licenses with a separate organization.", &[&SHARING_NOT_SEPARATE]),
    reasons: &[
        faq(
            "It allows sharing only within the organization that earned the licenses, the headquarters and the locations associated with it at the Partner Membership Center, and says so in its paragraph on competency partners.",
            &[&SHARING_ONE_ORGANIZATION, &SHARING_ASSOCIATED, &SHARING_NOT_SEPARATE],
        ),
        reading(
            "For Action Pack licenses we read the rule the same way: its words are about partners in general.",
            &[&SHARING_ONE_ORGANIZATION, &SHARING_NOT_SEPARATE],
        ),
    ],
    faq: &LICENSE_SHARING,
    decided_by: None,
    next_steps: &[
        reading(
            "If the other location is part of your company, associate it with your headquarters at the Partner Membership Center, then check again.",
            &[&SHARING_ASSOCIATED, &SHARING_ONE_ENTITY],
        ),
        advice("Otherwise the other organization needs licenses of its own."),
    ],
    attributes: &[],
};

pub static ACTION_PACK_OTHER_COUNTRY: OutcomeDef = OutcomeDef {
    id: "action-pack-other-country",
    verdict: Verdict::NotEligible,
    headline: faq(
        "Action Pack licenses stay in the country that subscribed.",
        &[&SHARING_ACTION_PACK_COUNTRY],
    ),
    reasons: &[faq(
        "Action Pack licenses are granted per country and may be shared within the subscribing country only.",
        &[&SHARING_ACTION_PACK_COUNTRY],
    )],
    faq: &LICENSE_SHARING,
    decided_by: None,
    next_steps: &[reading(
        "A location in another country needs licenses granted for that country.",
        &[&SHARING_ACTION_PACK_COUNTRY],
    )],
    attributes: &[],
};

pub static ACTION_PACK_SAME_COUNTRY: OutcomeDef = OutcomeDef {
    id: "action-pack-same-country",
    verdict: Verdict::Eligible,
    headline: faq(
        "You can share these Action Pack licenses with that location.",
        &[&SHARING_ALLOWED, &SHARING_ACTION_PACK_COUNTRY],
    ),
    reasons: &[
        ONE_ORGANIZATION_ACTION_PACK,
        faq(
            "Action Pack licenses may be shared within the subscribing country, and both locations are in it.",
            &[&SHARING_ACTION_PACK_COUNTRY],
        ),
    ],
    faq: &LICENSE_SHARING,
    decided_by: None,
    next_steps: &[advice("Keep a record of which location uses which license.")],
    attributes: &[],
};

pub static COMPETENCY_WITHIN_CAP: OutcomeDef = OutcomeDef {
    id: "competency-within-cap",
    verdict: Verdict::Eligible,
    headline: faq(
        "You can share these competency licenses, in any country, within your cap.",
        &[&SHARING_COMPETENCY_COUNTRIES, &SHARING_CAP],
    ),
    reasons: &[
        ONE_ORGANIZATION,
        faq("Competency licenses may be shared across countries.", &[&SHARING_COMPETENCY_COUNTRIES]),
        faq(
            "The licenses in use across the organization must stay within the per-country or worldwide maximum, and yours do.",
            &[&SHARING_CAP],
        ),
    ],
    faq: &LICENSE_SHARING,
    decided_by: None,
    next_steps: &[faq(
        "Keep counting the licenses in use across all locations as you share more: the maximum is for the whole organization.",
        &[&SHARING_CAP],
    )],
    attributes: &[],
};

pub static COMPETENCY_OVER_CAP: OutcomeDef = OutcomeDef {
    id: "competency-over-cap",
    verdict: Verdict::NotEligible,
    headline: faq("Sharing would take your organization over its license cap.", &[&SHARING_CAP]),
    reasons: &[
        ONE_ORGANIZATION,
        faq(
            "Competency licenses may be shared across countries, but the total in use within the organization may not exceed the per-country or worldwide maximum.",
            &[&SHARING_COMPETENCY_COUNTRIES, &SHARING_CAP],
        ),
    ],
    faq: &LICENSE_SHARING,
    decided_by: None,
    next_steps: &[
        advice("Free up licenses elsewhere in the organization first, or share fewer."),
        reading("Check the maximum that applies in the Competency License table.", &[&TOOLKIT_CAPS]),
    ],
    attributes: &[],
};

fn decide(answers: &mut Reader, _: &Context) -> Result<Outcome, Pending> {
    let membership = answers.choice(&MEMBERSHIP)?;
    // Sharing across separate organizations is ruled out for every member.
    if answers.choice(&SAME_ORGANIZATION)? == YesNo::No {
        return Ok(Outcome::new(&SEPARATE_ORGANIZATIONS));
    }
    match membership {
        Membership::ActionPack => Ok(Outcome::new(match answers.choice(&SAME_COUNTRY)? {
            YesNo::Yes => &ACTION_PACK_SAME_COUNTRY,
            YesNo::No => &ACTION_PACK_OTHER_COUNTRY,
        })),
        // Countries do not matter for competency licenses; the cap does.
        Membership::Competency => {
            let in_use = answers.number(&LICENSES_IN_USE)?;
            let cap = answers.number(&LICENSE_CAP)?;
            let allowance = Allowance::new(u128::from(in_use), cap, "licenses", &CAP_RULE);
            let def = if allowance.within() { &COMPETENCY_WITHIN_CAP } else { &COMPETENCY_OVER_CAP };
            Ok(Outcome { def, details: vec![Detail::Allowance(allowance)], follow_up: None })
        }
    }
}

pub static TOPIC: Topic = Topic {
    id: "sharing",
    section: Section::Licenses,
    title: "Sharing licenses between locations",
    asks: "Can we share these licenses with another location?",
    summary: first_screen(
        "Action Pack licenses within one country; competency licenses across countries, up to the cap.",
        Basis::Faq(&[&SHARING_ACTION_PACK_COUNTRY, &SHARING_COMPETENCY_COUNTRIES, &SHARING_CAP]),
    ),
    verdict_question: Text::new("Can we share these licenses with the other location?"),
    scope: None,
    questions: &[
        &MEMBERSHIP.question,
        &SAME_ORGANIZATION.question,
        &SAME_COUNTRY.question,
        &LICENSES_IN_USE.0,
        &LICENSE_CAP.0,
    ],
    outcomes: &[
        &SEPARATE_ORGANIZATIONS,
        &ACTION_PACK_OTHER_COUNTRY,
        &ACTION_PACK_SAME_COUNTRY,
        &COMPETENCY_WITHIN_CAP,
        &COMPETENCY_OVER_CAP,
    ],
    decide,
};
