//! Licenses › "Can partners share licenses earned between locations?" Yes,
//! within one partner organization: Action Pack licenses within the
//! subscribing country only; competency licenses across countries, as long as
//! the organization stays within the per-country or worldwide license cap.
//! What a per-country cap counts (that country, or the whole organization)
//! the FAQ leaves open: where the verdict turns on it, it depends.

use crate::faq::{
    Point, Section, ASK_SUPPORT, LICENSE_SHARING, SHARING_ACTION_PACK_COUNTRY, SHARING_ALLOWED,
    SHARING_ASSOCIATED, SHARING_CAP, SHARING_COMPETENCY_COUNTRIES, SHARING_NOT_SEPARATE, SHARING_ONE_ENTITY,
    SHARING_ONE_ORGANIZATION, TOOLKIT_CAPS, TOOLKIT_DEMO_UNCAPPED,
};
use crate::figures::{Allowance, Detail};
use crate::model::{
    bad, choices, good, open, ChoiceQuestion, Context, NumberQuestion, Outcome, OutcomeDef, Pending, Reader,
    Topic, Verdict, YesNo,
};
// Only the review (docs/answers.md) reads what a question tells apart.
use crate::membership::Membership;
#[cfg(not(feature = "lazy-text"))]
use crate::model::asked;
use crate::statement::{about_this_app, advice, faq, reading, start_line, Basis, Statement, LEFT_OPEN};
#[cfg(not(feature = "lazy-text"))]
use crate::text::Text;

pub static MEMBERSHIP: ChoiceQuestion<Membership> =
    ChoiceQuestion::new("membership", "How did your organization earn the licenses?", None);

// Named arrays: an option's hint is part of a constant (see upgrade.rs).
static ONE_ENTITY_ASSOCIATED: [&Point; 2] = [&SHARING_ONE_ENTITY, &SHARING_ASSOCIATED];
static ONE_ENTITY_SEPARATE: [&Point; 2] = [&SHARING_ONE_ENTITY, &SHARING_NOT_SEPARATE];

choices! {
    /// The FAQ keeps apart a separate organization, which never shares, and
    /// a location of the same company doing the same business that is not yet
    /// associated with the headquarters, which must be associated first. Both
    /// rules are in words about partners in general, in the paragraph on
    /// competency partners; they are read the same way for Action Pack.
    pub enum SameOrganization {
        Yes = "yes" => "Yes";
        SameCompany = "same-company" => "Part of our company, but not associated with our headquarters",
            hint: reading(
                "A location of your company doing the same business, for example one that enrolled on its own: the FAQ counts it as one partner entity with yours for grants and maximums, and asks for it to be associated with the headquarters before it shares.",
                &ONE_ENTITY_ASSOCIATED,
            );
        No = "no" => "No, another organization",
            hint: reading(
                "Another company, or a part of yours doing a different business that is not associated with your headquarters: the FAQ makes one partner entity only of locations of one company doing the same business.",
                &ONE_ENTITY_SEPARATE,
            );
    }
}

pub static SAME_ORGANIZATION: ChoiceQuestion<SameOrganization> = ChoiceQuestion::new(
    "same-organization",
    "Do both locations belong to the same partner organization?",
    // Shown to both memberships: a reading (two associated locations, and
    // Action Pack, are beyond the FAQ's words), with where the FAQ says it.
    Some(reading(
        "That is, each is the headquarters or a location associated with it at the Partner Membership Center: the FAQ's paragraph on competency partners allows sharing between those.",
        &[&SHARING_ONE_ORGANIZATION, &SHARING_ASSOCIATED],
    )),
);

pub static SAME_COUNTRY: ChoiceQuestion<YesNo> = ChoiceQuestion::new(
    "same-country",
    "Are both locations in the country of the Action Pack subscription?",
    Some(about_this_app("The country the subscription that granted these licenses was taken out in.")),
);

pub static LICENSES_IN_USE: NumberQuestion = NumberQuestion::new(
    "licenses-in-use",
    "How many of these licenses would be in use across your organization after sharing?",
    Some(reading(
        "The FAQ counts the licenses in use within the partner organization, and locations of one company doing the same business as one partner entity for maximums, however they enrolled. It binds the IUR (internal-use rights) and MSDN licenses from Additional Benefit Toolkits to the Competency License table's maximums, which we take to be this one, and no maximum binds demonstration and training licenses.",
        &[&SHARING_CAP, &SHARING_ONE_ENTITY, &TOOLKIT_CAPS, &TOOLKIT_DEMO_UNCAPPED],
    )),
);

pub static LICENSE_CAP: NumberQuestion = NumberQuestion::new(
    "license-cap",
    "What is the maximum number of these licenses for your organization?",
    Some(reading(
        "The maximum that applies, per country or worldwide, as the Competency License table gives it; for a per-country one, that of the country where the shared licenses would be used.",
        &[&SHARING_CAP, &TOOLKIT_CAPS],
    )),
);

static CAP_TABLE: [&Point; 2] = [&SHARING_CAP, &TOOLKIT_CAPS];

/// Where the kind of maximum is found: said where a reader may not know it.
static WHERE_THE_MAXIMUM_IS: Statement = reading(
    "The Microsoft Competency License table, which the FAQ names in its entry on Toolkits, lists each maximum and whether it is per country or worldwide: search the partner network's site for “Microsoft Competency License table”.",
    &CAP_TABLE,
);

choices! {
    pub enum CapScope {
        Worldwide = "worldwide" => "Worldwide";
        PerCountry = "per-country" => "Per country";
        NotSure = "not-sure" => "I don't know yet",
            hint: WHERE_THE_MAXIMUM_IS;
    }
}

/// Before the numbers: the kind of maximum decides which numbers matter.
pub static CAP_SCOPE: ChoiceQuestion<CapScope> = ChoiceQuestion::new(
    "cap-scope",
    "Is your maximum for these licenses a worldwide one or a per-country one?",
    Some(reading(
        "The FAQ speaks of a per-country or worldwide maximum; the Competency License table gives which it is.",
        &[&SHARING_CAP, &TOOLKIT_CAPS],
    )),
);

/// Asked only for a per-country maximum the organization's count is over.
pub static LICENSES_IN_COUNTRY: NumberQuestion = NumberQuestion::new(
    "licenses-in-country",
    "How many of these licenses would be in use in that country alone after sharing?",
    Some(reading(
        "The country whose maximum you entered, counting every location in it of your company doing the same business, however they enrolled, and leaving out demonstration and training licenses.",
        &[&SHARING_ONE_ENTITY, &TOOLKIT_DEMO_UNCAPPED],
    )),
);

/// The rule the count is held against.
static CAP_RULE: [&Point; 1] = [&SHARING_CAP];

/// What goes into the counts, from the FAQ's Toolkit entry: on every result
/// that compares them.
static TOOLKIT_LICENSES_COUNT: Statement = reading(
    "The FAQ binds the IUR (internal-use rights) and MSDN licenses from Additional Benefit Toolkits to the Competency License table's maximums; we take those to be this maximum, so count them too.",
    &[&TOOLKIT_CAPS],
);

/// Asked before any count: the FAQ (in its Toolkit entry) puts these
/// licenses outside every maximum, so no count can matter for them.
pub static DEMO_TRAINING: ChoiceQuestion<YesNo> = ChoiceQuestion::new(
    "demo-training",
    "Are the licenses you want to share demonstration or training licenses?",
    Some(faq(
        "The FAQ's entry on Toolkits says demonstration and training licenses are not bound to maximum grants.",
        &[&TOOLKIT_DEMO_UNCAPPED],
    )),
);

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
    answer: bad("No: not with another organization"),
    headline: faq("The FAQ rules out sharing licenses with a separate organization.", &[&SHARING_NOT_SEPARATE]),
    reasons: &[
        faq(
            "The FAQ allows sharing only within the organization that earned the licenses, the headquarters and the locations associated with it at the Partner Membership Center, and says so in its paragraph on competency partners.",
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
            "If the other location is part of your company and does the same business, associate it with your headquarters at the Partner Membership Center, then check again answering that both belong to the same organization.",
            &[&SHARING_ONE_ENTITY, &SHARING_ASSOCIATED],
        ),
        advice("Otherwise the other organization needs licenses of its own, through its own partner membership or a purchase: its Regional Service Center can tell it how."),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked(
            "Another organization, or a location of the same company not associated with the headquarters.",
            &SAME_ORGANIZATION.question,
        ),
    ],
    limits: &[],
};

pub static COMPETENCY_NOT_ASSOCIATED: OutcomeDef = OutcomeDef {
    id: "competency-not-associated",
    verdict: Verdict::NotEligible,
    answer: bad("Not until that location is associated"),
    headline: faq(
        "Competency licenses may be shared only with locations associated with the headquarters at the Partner Membership Center.",
        &[&SHARING_ASSOCIATED, &SHARING_ONE_ORGANIZATION],
    ),
    reasons: &[
        ONE_ORGANIZATION,
        faq(
            "Locations of one company doing the same business count as one partner entity for grants and maximums, however they enrolled; to share, the FAQ still asks for the association.",
            &[&SHARING_ONE_ENTITY, &SHARING_ASSOCIATED],
        ),
    ],
    faq: &LICENSE_SHARING,
    decided_by: None,
    next_steps: &[reading(
        "Associate the location with your headquarters at the Partner Membership Center, then check again.",
        &[&SHARING_ASSOCIATED],
    )],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked("A location associated with the headquarters, or not yet.", &SAME_ORGANIZATION.question),
    ],
    limits: &[],
};

// Read as for a separate organization: the FAQ's rules on one organization
// and on association are in words about partners in general.
pub static ACTION_PACK_NOT_ASSOCIATED: OutcomeDef = OutcomeDef {
    id: "action-pack-not-associated",
    verdict: Verdict::NotEligible,
    answer: bad("Not until it is associated, as we read the FAQ"),
    headline: reading(
        "Not until that location is associated with your headquarters at the Partner Membership Center.",
        &[&SHARING_ASSOCIATED, &SHARING_ONE_ORGANIZATION],
    ),
    reasons: &[
        faq(
            "Action Pack licenses may be shared within the subscribing country, and both locations are in it.",
            &[&SHARING_ACTION_PACK_COUNTRY],
        ),
        faq(
            "The FAQ allows sharing only within the organization that earned the licenses, between the headquarters and the locations associated with it at the Partner Membership Center, and says so in its paragraph on competency partners.",
            &[&SHARING_ONE_ORGANIZATION, &SHARING_ASSOCIATED],
        ),
        reading(
            "For Action Pack licenses we read that rule the same way as for a separate organization: its words are about partners in general. A location of your company that is not associated is not yet one of those locations.",
            &[&SHARING_ONE_ORGANIZATION, &SHARING_ASSOCIATED, &SHARING_ONE_ENTITY],
        ),
    ],
    faq: &LICENSE_SHARING,
    decided_by: None,
    next_steps: &[
        reading(
            "Associate the location with your headquarters at the Partner Membership Center, then check again: within the subscribing country the FAQ's rule for Action Pack licenses then allows sharing.",
            &[&SHARING_ASSOCIATED, &SHARING_ACTION_PACK_COUNTRY],
        ),
        faq(
            "If you read the FAQ otherwise for Action Pack licenses, ask the Partner Support Community or your Regional Service Center, where the FAQ sends the questions it does not answer.",
            &[&ASK_SUPPORT],
        ),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked("A location associated with the headquarters, or not yet.", &SAME_ORGANIZATION.question),
        asked("Both locations in the subscribing country, or one outside it.", &SAME_COUNTRY.question),
    ],
    limits: &[],
};

pub static ACTION_PACK_OTHER_COUNTRY: OutcomeDef = OutcomeDef {
    id: "action-pack-other-country",
    verdict: Verdict::NotEligible,
    answer: bad("No: not outside the subscribing country"),
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
    next_steps: &[
        reading(
            "A location in another country needs licenses granted for that country, for example through an Action Pack subscription taken out there: Action Pack licenses are granted per country.",
            &[&SHARING_ACTION_PACK_COUNTRY],
        ),
        faq(
            "Ask your Regional Service Center or the Partner Support Community, where the FAQ sends the questions it does not answer, how to get licenses for that country.",
            &[&ASK_SUPPORT],
        ),
        faq(
            "Licenses earned with a competency may be shared across countries, within the maximum: if your organization has them, check again choosing a competency.",
            &[&SHARING_COMPETENCY_COUNTRIES, &SHARING_CAP],
        ),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked(
            "Licenses earned with a competency rather than an Action Pack subscription.",
            &MEMBERSHIP.question,
        ),
        asked("Both locations in the subscribing country, or one outside it.", &SAME_COUNTRY.question),
    ],
    limits: &[],
};

pub static ACTION_PACK_SAME_COUNTRY: OutcomeDef = OutcomeDef {
    id: "action-pack-same-country",
    verdict: Verdict::Eligible,
    answer: good("Yes, within the subscribing country"),
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
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked("Locations of separate organizations.", &SAME_ORGANIZATION.question),
        asked(
            "A location outside the subscribing country, or both in another country.",
            &SAME_COUNTRY.question,
        ),
    ],
    limits: &[],
};

pub static COMPETENCY_WITHIN_CAP: OutcomeDef = OutcomeDef {
    id: "competency-within-cap",
    verdict: Verdict::Eligible,
    answer: good("Yes, within your maximum"),
    headline: faq(
        "You can share these competency licenses within your cap.",
        &[&SHARING_COMPETENCY_COUNTRIES, &SHARING_CAP],
    ),
    reasons: &[
        ONE_ORGANIZATION,
        faq("Competency licenses may be shared across countries.", &[&SHARING_COMPETENCY_COUNTRIES]),
        faq(
            "The FAQ holds the licenses in use within the organization against the per-country or worldwide maximum, and yours are within it.",
            &[&SHARING_CAP],
        ),
    ],
    faq: &LICENSE_SHARING,
    decided_by: None,
    next_steps: &[advice(
        "Count again before you share more: the licenses in use within the organization are held against the maximum.",
    )],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[asked("Locations of separate organizations.", &SAME_ORGANIZATION.question)],
    limits: &[
        TOOLKIT_LICENSES_COUNT,
        reading(
            "The organization's count is held against the one maximum you entered. Where the Competency License table gives a different maximum for another country the licenses are used in, check against that one too.",
            &[&SHARING_CAP, &TOOLKIT_CAPS],
        ),
    ],
};

pub static COMPETENCY_OVER_CAP: OutcomeDef = OutcomeDef {
    id: "competency-over-cap",
    verdict: Verdict::NotEligible,
    answer: bad("No: it would go over your maximum"),
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
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[asked("A per-country maximum, where what it counts is open.", &CAP_SCOPE.question)],
    limits: &[],
};

pub static UNCAPPED: OutcomeDef = OutcomeDef {
    id: "uncapped-licenses",
    verdict: Verdict::Eligible,
    answer: good("Yes, as we read the FAQ: no maximum binds these licenses"),
    headline: reading(
        "Demonstration and training licenses are not bound to the maximums, so the cap does not stop you sharing them.",
        &[&TOOLKIT_DEMO_UNCAPPED, &SHARING_CAP],
    ),
    reasons: &[
        ONE_ORGANIZATION,
        faq("Competency licenses may be shared across countries.", &[&SHARING_COMPETENCY_COUNTRIES]),
        faq(
            "The FAQ says, in its entry on Toolkits, that demonstration and training licenses are not bound to maximum grants.",
            &[&TOOLKIT_DEMO_UNCAPPED],
        ),
        reading(
            "We take that to hold for sharing too: the cap on sharing is a maximum grant.",
            &[&TOOLKIT_DEMO_UNCAPPED, &SHARING_CAP],
        ),
    ],
    faq: &LICENSE_SHARING,
    decided_by: None,
    next_steps: &[advice("Keep a record of which licenses are for demonstration or training.")],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked("Demonstration or training licenses, or licenses the maximums bind.", &DEMO_TRAINING.question),
    ],
    limits: &[reading(
        "If only some of the licenses you share are demonstration or training licenses, the others still count against the maximum: check again for those, answering No to that question.",
        &[&TOOLKIT_DEMO_UNCAPPED, &SHARING_CAP],
    )],
};

/// What the FAQ leaves open about a per-country maximum.
static PER_COUNTRY_OPEN: Statement = reading(
    "The FAQ's words hold the total of licenses used within the organization against the per-country or worldwide maximum. We read a maximum set per country as possibly counting only the licenses in use in that country, which the FAQ does not settle either way.",
    &[&SHARING_CAP],
);

pub static COMPETENCY_OVER_COUNTRY_CAP: OutcomeDef = OutcomeDef {
    id: "competency-over-country-cap",
    verdict: Verdict::NotEligible,
    answer: bad("No: it would go over that country's maximum"),
    headline: reading(
        "Sharing would take the licenses in use in that country over its per-country maximum, however the maximum is counted.",
        &[&SHARING_CAP],
    ),
    reasons: &[
        ONE_ORGANIZATION,
        PER_COUNTRY_OPEN,
        reading(
            "Counted in that country alone or across the organization, your licenses would be over it.",
            &[&SHARING_CAP],
        ),
    ],
    faq: &LICENSE_SHARING,
    decided_by: None,
    next_steps: &[
        advice("Free up licenses in that country first, or share fewer."),
        reading("Check the maximum that applies in the Competency License table.", &[&TOOLKIT_CAPS]),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked(
            "The licenses in use in that country alone, against a per-country maximum.",
            &LICENSES_IN_COUNTRY.0,
        ),
    ],
    limits: &[],
};

pub static COMPETENCY_COUNTRY_CAP_OPEN: OutcomeDef = OutcomeDef {
    id: "per-country-cap-open",
    verdict: Verdict::Conditional,
    answer: open("It depends on what the per-country maximum counts"),
    headline: reading(
        "It turns on what a per-country maximum counts, which the FAQ does not say: your licenses stay within it in that country, but not across the organization.",
        &[&SHARING_CAP],
    ),
    reasons: &[
        ONE_ORGANIZATION,
        faq("Competency licenses may be shared across countries.", &[&SHARING_COMPETENCY_COUNTRIES]),
        PER_COUNTRY_OPEN,
    ],
    faq: &LICENSE_SHARING,
    decided_by: Some(LEFT_OPEN),
    next_steps: &[
        faq(
            "Ask your Regional Service Center or the Partner Support Community, where the FAQ sends the questions it does not answer, what a per-country maximum counts.",
            &[&ASK_SUPPORT],
        ),
        advice("Ask before you share."),
        advice("Until you know, keep the licenses in use across the organization within the maximum."),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked(
            "The licenses in use in that country alone, against a per-country maximum.",
            &LICENSES_IN_COUNTRY.0,
        ),
        asked("A worldwide maximum, which counts the whole organization.", &CAP_SCOPE.question),
    ],
    limits: &[TOOLKIT_LICENSES_COUNT],
};

pub static CAP_SCOPE_UNKNOWN: OutcomeDef = OutcomeDef {
    id: "cap-scope-unknown",
    verdict: Verdict::Conditional,
    answer: open("It depends on the kind of maximum"),
    headline: reading(
        "It turns on whether your maximum is worldwide or per country, which you do not know yet: worldwide, sharing would take your organization over it.",
        &[&SHARING_CAP],
    ),
    reasons: &[
        ONE_ORGANIZATION,
        faq(
            "The FAQ holds the total of licenses used within the organization against the per-country or worldwide maximum.",
            &[&SHARING_CAP],
        ),
        reading(
            "If the maximum is worldwide, your organization's total after sharing is over it: the answer is No.",
            &[&SHARING_CAP],
        ),
        reading(
            "If it is per country, the answer turns on the licenses in use in that country, and may turn on what a per-country maximum counts, which the FAQ does not say.",
            &[&SHARING_CAP],
        ),
    ],
    faq: &LICENSE_SHARING,
    decided_by: Some(WHERE_THE_MAXIMUM_IS),
    next_steps: &[
        reading(
            "Look the maximum up in the Competency License table, then answer whether it is worldwide or per country (Change, beside that answer below).",
            &CAP_TABLE,
        ),
        advice("Until you know, share no more than keeps your organization's total within the maximum."),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[asked("A worldwide maximum or a per-country one.", &CAP_SCOPE.question)],
    limits: &[TOOLKIT_LICENSES_COUNT],
};

fn decide(answers: &mut Reader, _: &Context) -> Result<Outcome, Pending> {
    let membership = answers.choice(&MEMBERSHIP)?;
    let organization = answers.choice(&SAME_ORGANIZATION)?;
    // Sharing across separate organizations is ruled out for every member.
    if organization == SameOrganization::No {
        return Ok(Outcome::new(&SEPARATE_ORGANIZATIONS));
    }
    let associated = organization == SameOrganization::Yes;
    match membership {
        // The country rule holds whatever the association.
        Membership::ActionPack => Ok(Outcome::new(match (answers.choice(&SAME_COUNTRY)?, associated) {
            (YesNo::No, _) => &ACTION_PACK_OTHER_COUNTRY,
            (YesNo::Yes, true) => &ACTION_PACK_SAME_COUNTRY,
            (YesNo::Yes, false) => &ACTION_PACK_NOT_ASSOCIATED,
        })),
        Membership::Competency if !associated => Ok(Outcome::new(&COMPETENCY_NOT_ASSOCIATED)),
        // Countries do not matter for competency licenses; the cap does.
        Membership::Competency => competency(answers),
    }
}

// First what makes the rest moot: licenses no maximum binds need no count,
// and the kind of maximum says which counts matter.
fn competency(answers: &mut Reader) -> Result<Outcome, Pending> {
    if answers.choice(&DEMO_TRAINING)? == YesNo::Yes {
        return counted(&UNCAPPED, &[]);
    }
    let scope = answers.choice(&CAP_SCOPE)?;
    let in_use = answers.number(&LICENSES_IN_USE)?;
    let cap = answers.number(&LICENSE_CAP)?;
    let organization =
        Detail::Allowance(Allowance::new(u128::from(in_use), cap, "licenses in use", &CAP_RULE));
    // Within the maximum across the organization is within it in every
    // country too: what kind of maximum it is cannot matter.
    if in_use <= cap {
        return counted(&COMPETENCY_WITHIN_CAP, &[organization]);
    }
    match scope {
        CapScope::Worldwide => return counted(&COMPETENCY_OVER_CAP, &[organization]),
        CapScope::NotSure => return counted(&CAP_SCOPE_UNKNOWN, &[organization]),
        CapScope::PerCountry => {}
    }
    let in_country = answers.number(&LICENSES_IN_COUNTRY)?;
    let country = Detail::Allowance(Allowance::new(
        u128::from(in_country),
        cap,
        "licenses in use in that country",
        &CAP_RULE,
    ));
    if in_country <= cap {
        counted(&COMPETENCY_COUNTRY_CAP_OPEN, &[organization, country])
    } else {
        counted(&COMPETENCY_OVER_COUNTRY_CAP, &[country])
    }
}

fn counted(def: &'static OutcomeDef, details: &[Detail]) -> Result<Outcome, Pending> {
    Ok(Outcome { def, details: details.to_vec(), follow_up: None })
}

pub static TOPIC: Topic = Topic {
    id: "sharing",
    section: Section::Licenses,
    title: "Sharing licenses between locations",
    asks: "Can we share these licenses with another location?",
    summary: start_line(
        "Action Pack licenses within the subscribing country; competency licenses across countries, up to the cap.",
        Basis::Faq(&[&SHARING_ACTION_PACK_COUNTRY, &SHARING_COMPETENCY_COUNTRIES, &SHARING_CAP]),
    ),
    #[cfg(not(feature = "lazy-text"))]
    verdict_question: Text::new("Can we share these licenses with the other location?"),
    scope: None,
    questions: &[
        &MEMBERSHIP.question,
        &SAME_ORGANIZATION.question,
        &SAME_COUNTRY.question,
        &DEMO_TRAINING.question,
        &CAP_SCOPE.question,
        &LICENSES_IN_USE.0,
        &LICENSE_CAP.0,
        &LICENSES_IN_COUNTRY.0,
    ],
    outcomes: &[
        &SEPARATE_ORGANIZATIONS,
        &COMPETENCY_NOT_ASSOCIATED,
        &ACTION_PACK_NOT_ASSOCIATED,
        &ACTION_PACK_OTHER_COUNTRY,
        &ACTION_PACK_SAME_COUNTRY,
        &COMPETENCY_WITHIN_CAP,
        &COMPETENCY_OVER_CAP,
        &COMPETENCY_OVER_COUNTRY_CAP,
        &COMPETENCY_COUNTRY_CAP_OPEN,
        &UNCAPPED,
        &CAP_SCOPE_UNKNOWN,
    ],
    decide,
};
