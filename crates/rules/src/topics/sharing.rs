//! Licenses › "Can partners share licenses earned between locations?" Yes,
//! within one partner organization: Action Pack licenses within the
//! subscribing country only; competency licenses across countries, as long as
//! the organization stays within the per-country or worldwide license cap.

use crate::faq::{Section, LICENSE_SHARING};
use crate::figures::{Allowance, Detail};
use crate::model::{
    ChoiceQuestion, Context, NumberQuestion, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict, YesNo,
};
use crate::program::Membership;

pub static MEMBERSHIP: ChoiceQuestion<Membership> =
    ChoiceQuestion::new("membership", "How did your organization earn the licenses?", None);

pub static SAME_ORGANIZATION: ChoiceQuestion<YesNo> = ChoiceQuestion::new(
    "same-organization",
    "Do both locations belong to the same partner organization?",
    Some("The headquarters and the locations associated with it at the Partner Membership Center form one organization."),
);

pub static SAME_COUNTRY: ChoiceQuestion<YesNo> =
    ChoiceQuestion::new("same-country", "Are both locations in the same country?", None);

pub static LICENSES_IN_USE: NumberQuestion = NumberQuestion::new(
    "licenses-in-use",
    "How many of these licenses would be in use across your organization after sharing?",
    Some("Count every location of the organization. Locations of one company doing the same business count together, even if enrolled separately."),
);

pub static LICENSE_CAP: NumberQuestion = NumberQuestion::new(
    "license-cap",
    "What is the maximum number of these licenses for your organization?",
    Some("The per-country or worldwide maximum that applies, from the Competency License table."),
);

const ONE_ORGANIZATION: &str = "Licenses may be shared only within the organization that earned them: between the headquarters and the locations associated with it at the Partner Membership Center.";

pub static SEPARATE_ORGANIZATIONS: OutcomeDef = OutcomeDef {
    id: "separate-organizations",
    verdict: Verdict::NotEligible,
    headline: "No: licenses cannot be shared between separate organizations.",
    reasons: &[ONE_ORGANIZATION],
    faq: &LICENSE_SHARING,
    decided_by: None,
    next_steps: &[
        "If the other location is part of your company, associate it with your headquarters at the Partner Membership Center, then check again.",
        "Otherwise the other organization needs licenses of its own.",
    ],
    attributes: &[],
};

pub static ACTION_PACK_OTHER_COUNTRY: OutcomeDef = OutcomeDef {
    id: "action-pack-other-country",
    verdict: Verdict::NotEligible,
    headline: "No: Action Pack licenses stay in the country that subscribed.",
    reasons: &["Licenses granted through an Action Pack subscription are granted per country and may be shared within the subscribing country only."],
    faq: &LICENSE_SHARING,
    decided_by: None,
    next_steps: &["A location in another country needs licenses granted in that country."],
    attributes: &[],
};

pub static ACTION_PACK_SAME_COUNTRY: OutcomeDef = OutcomeDef {
    id: "action-pack-same-country",
    verdict: Verdict::Eligible,
    headline: "Yes: you can share these Action Pack licenses with that location.",
    reasons: &[
        ONE_ORGANIZATION,
        "Action Pack licenses may be shared within the subscribing country, and both locations are in it.",
    ],
    faq: &LICENSE_SHARING,
    decided_by: None,
    next_steps: &["Keep a record of which location uses which license."],
    attributes: &[],
};

pub static COMPETENCY_WITHIN_CAP: OutcomeDef = OutcomeDef {
    id: "competency-within-cap",
    verdict: Verdict::Eligible,
    headline: "Yes: you can share these competency licenses, in any country, within your cap.",
    reasons: &[
        ONE_ORGANIZATION,
        "Competency licenses may be shared across countries.",
        "The licenses in use across the organization stay within the per-country or worldwide maximum.",
    ],
    faq: &LICENSE_SHARING,
    decided_by: None,
    next_steps: &["Keep counting licenses in use across all locations as you share more: the cap is for the whole organization."],
    attributes: &[],
};

pub static COMPETENCY_OVER_CAP: OutcomeDef = OutcomeDef {
    id: "competency-over-cap",
    verdict: Verdict::NotEligible,
    headline: "No: sharing would take your organization over its license cap.",
    reasons: &[
        ONE_ORGANIZATION,
        "Competency licenses may be shared across countries, but the total in use within the organization may not exceed the per-country or worldwide maximum.",
    ],
    faq: &LICENSE_SHARING,
    decided_by: None,
    next_steps: &[
        "Free up licenses elsewhere in the organization first, or share fewer.",
        "Check the maximum in the Competency License table.",
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
            let allowance = Allowance::new(u128::from(in_use), cap, "licenses");
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
    summary:
        "Within one organization: Action Pack licenses in one country, competency licenses up to the cap.",
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
