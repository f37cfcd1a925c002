//! Licenses › "How can my organization qualify to purchase an Additional
//! Benefit Toolkit…?" A location qualifies when it is associated with the
//! headquarters (never the headquarters itself), holds a competency of its
//! own, and has had no set of core benefits. How long that one set lasts the
//! FAQ does not say: for a location whose earlier Toolkit has ended, it depends.

use crate::faq::{
    Section, ADDITIONAL_BENEFIT_TOOLKIT, ASK_SUPPORT, SHARING_ASSOCIATED, TOOLKIT_BENEFITS, TOOLKIT_CAPS,
    TOOLKIT_DEMO_UNCAPPED, TOOLKIT_LINKED_LOCATIONS, TOOLKIT_NOT_HEADQUARTERS, TOOLKIT_ONE_SET,
    TOOLKIT_OWN_COMPETENCY,
};
use crate::model::{
    bad, choices, good, open, ChoiceQuestion, Context, Goto, Outcome, OutcomeDef, Pending, Reader, Topic,
    Verdict, YesNo,
};
use crate::topics::sharing;
// Only the review (docs/answers.md) reads what a question tells apart.
#[cfg(not(feature = "lazy-text"))]
use crate::model::asked;
use crate::statement::{about_this_app, advice, faq, reading, start_line, Basis, Statement, LEFT_OPEN};
#[cfg(not(feature = "lazy-text"))]
use crate::text::Text;

/// The points the associated location's hint rests on (a static: the
/// hint is built in a constant, where a slice literal would not live long enough).
static ASSOCIATED_HINT: [&crate::faq::Point; 2] = [&TOOLKIT_LINKED_LOCATIONS, &SHARING_ASSOCIATED];

choices! {
    pub enum LocationRole {
        Headquarters = "headquarters" => "The headquarters";
        Associated = "associated" => "A location associated with the headquarters",
            hint: reading(
                "Linked to the organization's headquarters; the FAQ's entry on sharing says locations are associated with it at the Partner Membership Center.",
                &ASSOCIATED_HINT,
            );
        Unlinked = "unlinked" => "A location not linked to a headquarters",
            hint: about_this_app("Enrolled on its own, or not yet associated with a headquarters.");
    }
}

pub static LOCATION_ROLE: ChoiceQuestion<LocationRole> =
    ChoiceQuestion::new("location-role", "What is this location's place in your partner organization?", None);

pub static LOCATION_COMPETENCY: ChoiceQuestion<YesNo> = ChoiceQuestion::new(
    "location-competency",
    "Has this location attained at least one competency of its own?",
    Some(reading(
        "A competency held by the headquarters or by another location does not count: the FAQ asks for one specific to this location.",
        &[&TOOLKIT_OWN_COMPETENCY],
    )),
);

pub static TOOLKIT_HELD: ChoiceQuestion<YesNo> = ChoiceQuestion::new(
    "toolkit-held",
    "Has this location ever had a set of Toolkit benefits, including one it has now?",
    Some(about_this_app("For example, an Additional Benefit Toolkit bought for this location.")),
);

/// The FAQ gives a location one set of core benefits without saying for how
/// long: a set still in force is that one set, an ended one leaves it open.
pub static TOOLKIT_IN_FORCE: ChoiceQuestion<YesNo> = ChoiceQuestion::new(
    "toolkit-in-force",
    "Are those Toolkit benefits still in force?",
    Some(about_this_app("No if they were for an earlier period that has ended.")),
);

static LINKED_WITH_COMPETENCY: Statement = faq(
    "The FAQ offers Toolkits to locations linked to the headquarters that have attained a competency of their own, and this location is one.",
    &[&TOOLKIT_LINKED_LOCATIONS, &TOOLKIT_OWN_COMPETENCY],
);

pub static ELIGIBLE: OutcomeDef = OutcomeDef {
    id: "qualifying-location",
    verdict: Verdict::Eligible,
    answer: good("Yes, as we read the FAQ"),
    headline: reading(
        "This location may buy an Additional Benefit Toolkit: it meets every condition the FAQ names.",
        &[&TOOLKIT_LINKED_LOCATIONS, &TOOLKIT_OWN_COMPETENCY, &TOOLKIT_NOT_HEADQUARTERS, &TOOLKIT_ONE_SET],
    ),
    reasons: &[
        LINKED_WITH_COMPETENCY,
        reading(
            "It has had no set of Toolkit benefits, so the Toolkit would be its one set of core benefits.",
            &[&TOOLKIT_ONE_SET],
        ),
    ],
    faq: &ADDITIONAL_BENEFIT_TOOLKIT,
    decided_by: None,
    next_steps: &[
        faq(
            "To buy it, ask your Regional Service Center or the Partner Support Community, where the FAQ sends the questions it does not answer.",
            &[&ASK_SUPPORT],
        ),
        faq(
            "Check which of its benefits you need: a Toolkit is meant to add silver or gold competency benefits, including IUR (internal-use rights) licenses for the competency the location earned, MSDN subscriptions, and Technical Presales and Advisory Services.",
            &[&TOOLKIT_BENEFITS, &TOOLKIT_ONE_SET],
        ),
        faq(
            "Count the extra IUR and MSDN licenses against the country or worldwide maximums of the Competency License table; demonstration and training licenses do not count.",
            &[&TOOLKIT_CAPS, &TOOLKIT_DEMO_UNCAPPED],
        ),
    ],
    see_also: &[Goto::Topic(&sharing::TOPIC)],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked("The headquarters, an associated location, or one not linked.", &LOCATION_ROLE.question),
        asked(
            "A competency of the location's own, or only one held elsewhere in the organization.",
            &LOCATION_COMPETENCY.question,
        ),
        asked("A location that has had Toolkit benefits before.", &TOOLKIT_HELD.question),
    ],
    limits: &[
        reading(
            "The FAQ names these conditions without saying they are the only ones: anything the Toolkit's own terms add is not checked here.",
            &[&TOOLKIT_LINKED_LOCATIONS, &TOOLKIT_OWN_COMPETENCY],
        ),
    ],
};

pub static HEADQUARTERS: OutcomeDef = OutcomeDef {
    id: "headquarters",
    verdict: Verdict::NotEligible,
    answer: bad("No: not the headquarters"),
    headline: faq("The headquarters cannot buy an Additional Benefit Toolkit.", &[&TOOLKIT_NOT_HEADQUARTERS]),
    reasons: &[faq(
        "Toolkits are only for associated locations that qualify; the FAQ excludes the headquarters itself.",
        &[&TOOLKIT_NOT_HEADQUARTERS],
    )],
    faq: &ADDITIONAL_BENEFIT_TOOLKIT,
    decided_by: None,
    next_steps: &[advice(
        "If a location associated with this headquarters has a competency of its own, check that location instead.",
    )],
    see_also: &[Goto::Topic(&TOPIC)],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[asked("The headquarters, or a location associated with it.", &LOCATION_ROLE.question)],
    limits: &[],
};

pub static UNLINKED: OutcomeDef = OutcomeDef {
    id: "not-associated",
    verdict: Verdict::NotEligible,
    answer: bad("No: only locations linked to the headquarters can"),
    headline: faq(
        "Only locations linked to the headquarters can buy a Toolkit.",
        &[&TOOLKIT_LINKED_LOCATIONS, &TOOLKIT_NOT_HEADQUARTERS],
    ),
    reasons: &[faq(
        "A Toolkit is for a qualifying location linked to the organization's headquarters, only associated locations can buy one, and this location is not linked.",
        &[&TOOLKIT_LINKED_LOCATIONS, &TOOLKIT_NOT_HEADQUARTERS],
    )],
    faq: &ADDITIONAL_BENEFIT_TOOLKIT,
    decided_by: None,
    next_steps: &[reading(
        "Associate the location with the headquarters at the Partner Membership Center, then check again.",
        &[&TOOLKIT_LINKED_LOCATIONS, &SHARING_ASSOCIATED],
    )],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[asked("A location already associated with the headquarters.", &LOCATION_ROLE.question)],
    limits: &[],
};

pub static NO_COMPETENCY: OutcomeDef = OutcomeDef {
    id: "no-competency",
    verdict: Verdict::NotEligible,
    answer: bad("Not until it has a competency of its own"),
    headline: faq("The location needs a competency of its own first.", &[&TOOLKIT_OWN_COMPETENCY]),
    reasons: &[faq(
        "A Toolkit needs a location with a competency of its own, and this one has none.",
        &[&TOOLKIT_OWN_COMPETENCY],
    )],
    faq: &ADDITIONAL_BENEFIT_TOOLKIT,
    decided_by: None,
    next_steps: &[
        advice("Attain a competency at this location, then check again."),
        faq(
            "Which competency this location can attain, and how, ask your Regional Service Center or the Partner Support Community, where the FAQ sends the questions it does not answer.",
            &[&ASK_SUPPORT],
        ),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[asked(
        "A competency of the location's own, or only one held elsewhere in the organization.",
        &LOCATION_COMPETENCY.question,
    )],
    limits: &[],
};

pub static ALREADY_HELD: OutcomeDef = OutcomeDef {
    id: "already-held",
    verdict: Verdict::NotEligible,
    answer: bad("No, as we read the FAQ: it already has its one set"),
    headline: reading("This location already has its one set of Toolkit benefits.", &[&TOOLKIT_ONE_SET]),
    reasons: &[reading(
        "A qualifying location gets only one set of core benefits, and we take the Toolkit benefits it already has to be that set.",
        &[&TOOLKIT_ONE_SET],
    )],
    faq: &ADDITIONAL_BENEFIT_TOOLKIT,
    decided_by: None,
    next_steps: &[
        faq(
            "Whether this location may buy another once its current benefits end, ask your Regional Service Center or the Partner Support Community, where the FAQ sends the questions it does not answer.",
            &[&ASK_SUPPORT],
        ),
        faq(
            "Another associated location with a competency of its own may qualify for a Toolkit of its own: check it here.",
            &[&TOOLKIT_LINKED_LOCATIONS, &TOOLKIT_OWN_COMPETENCY],
        ),
    ],
    see_also: &[Goto::Topic(&TOPIC)],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[asked("Toolkit benefits still in force, or ended.", &TOOLKIT_IN_FORCE.question)],
    limits: &[
        reading(
            "Whether this location may buy a Toolkit once this one ends, the FAQ does not say: ask your Regional Service Center, where it sends the questions it does not answer.",
            &[&TOOLKIT_ONE_SET, &ASK_SUPPORT],
        ),
        reading(
            "As we read the FAQ, the one set of core benefits holds however many competencies the location earns; its IUR (internal-use rights) licenses follow the competency it earned.",
            &[&TOOLKIT_ONE_SET],
        ),
    ],
};

pub static EARLIER_SET: OutcomeDef = OutcomeDef {
    id: "earlier-set-ended",
    verdict: Verdict::Conditional,
    answer: open("It depends on how long its one set of benefits lasts"),
    headline: reading(
        "We take a Toolkit to be the location's one set of core benefits; the FAQ does not say for how long that set is, so it does not settle whether a location whose earlier Toolkit has ended may buy another.",
        &[&TOOLKIT_ONE_SET],
    ),
    reasons: &[
        LINKED_WITH_COMPETENCY,
        faq(
            "A qualifying location can obtain no more than one set of core benefits; the FAQ names no period for that set.",
            &[&TOOLKIT_ONE_SET],
        ),
        reading(
            "If the one set is for good, the earlier Toolkit was it and the answer is no; if it is one set at a time, the answer is yes.",
            &[&TOOLKIT_ONE_SET],
        ),
    ],
    faq: &ADDITIONAL_BENEFIT_TOOLKIT,
    decided_by: Some(LEFT_OPEN),
    next_steps: &[
        faq(
            "Ask your Regional Service Center whether this location may buy a Toolkit now that its earlier one has ended.",
            &[&ASK_SUPPORT],
        ),
        advice("Have the dates of the earlier Toolkit at hand when you ask."),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[asked("Toolkit benefits still in force, or ended.", &TOOLKIT_IN_FORCE.question)],
    limits: &[],
};

fn decide(answers: &mut Reader, _: &Context) -> Result<Outcome, Pending> {
    let outcome = match answers.choice(&LOCATION_ROLE)? {
        LocationRole::Headquarters => &HEADQUARTERS,
        LocationRole::Unlinked => &UNLINKED,
        LocationRole::Associated => match answers.choice(&LOCATION_COMPETENCY)? {
            YesNo::No => &NO_COMPETENCY,
            YesNo::Yes => match answers.choice(&TOOLKIT_HELD)? {
                YesNo::No => &ELIGIBLE,
                YesNo::Yes => match answers.choice(&TOOLKIT_IN_FORCE)? {
                    YesNo::Yes => &ALREADY_HELD,
                    YesNo::No => &EARLIER_SET,
                },
            },
        },
    };
    Ok(Outcome::new(outcome))
}

pub static TOPIC: Topic = Topic {
    id: "toolkit",
    section: Section::Licenses,
    title: "Additional Benefit Toolkit",
    asks: "May this location buy an Additional Benefit Toolkit?",
    summary: start_line(
        "For associated locations with a competency of their own, never the headquarters.",
        Basis::Faq(&[&TOOLKIT_LINKED_LOCATIONS, &TOOLKIT_OWN_COMPETENCY, &TOOLKIT_NOT_HEADQUARTERS]),
    ),
    #[cfg(not(feature = "lazy-text"))]
    verdict_question: Text::new("May this location buy an Additional Benefit Toolkit?"),
    scope: None,
    questions: &[
        &LOCATION_ROLE.question,
        &LOCATION_COMPETENCY.question,
        &TOOLKIT_HELD.question,
        &TOOLKIT_IN_FORCE.question,
    ],
    outcomes: &[&ELIGIBLE, &HEADQUARTERS, &UNLINKED, &NO_COMPETENCY, &ALREADY_HELD, &EARLIER_SET],
    decide,
};
