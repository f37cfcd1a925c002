//! Licenses › "How can my organization qualify to purchase an Additional
//! Benefit Toolkit…?" A location qualifies when it is associated with the
//! headquarters (never the headquarters itself), holds a competency of its
//! own, and does not have its one set of core benefits yet.

use crate::faq::{
    Section, ADDITIONAL_BENEFIT_TOOLKIT, SHARING_ASSOCIATED, TOOLKIT_BENEFITS, TOOLKIT_CAPS,
    TOOLKIT_DEMO_UNCAPPED, TOOLKIT_LINKED_LOCATIONS, TOOLKIT_NOT_HEADQUARTERS, TOOLKIT_ONE_SET,
    TOOLKIT_OWN_COMPETENCY,
};
use crate::model::{
    choices, ChoiceQuestion, Context, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict, YesNo,
};
use crate::statement::{about_tool, advice, faq, first_screen, reading, Basis};
use crate::text::Text;

choices! {
    pub enum LocationRole {
        Headquarters = "headquarters" => "The headquarters";
        Associated = "associated" => "A location associated with the headquarters",
            hint: about_tool("Linked to the headquarters at the Partner Membership Center.");
        Unlinked = "unlinked" => "A location not linked to a headquarters",
            hint: about_tool("Enrolled on its own, or not yet associated with the headquarters at the Partner Membership Center.");
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
    "Does this location already have its set of Toolkit benefits?",
    Some(about_tool("For example, an Additional Benefit Toolkit bought for this location before.")),
);

pub static ELIGIBLE: OutcomeDef = OutcomeDef {
    id: "qualifying-location",
    verdict: Verdict::Eligible,
    headline: faq(
        "This location may buy an Additional Benefit Toolkit.",
        &[&TOOLKIT_LINKED_LOCATIONS, &TOOLKIT_OWN_COMPETENCY],
    ),
    reasons: &[
        faq(
            "It is associated with the headquarters and has a competency of its own: that is what makes a location qualify.",
            &[&TOOLKIT_LINKED_LOCATIONS, &TOOLKIT_OWN_COMPETENCY],
        ),
        reading(
            "It does not have its one set of core benefits yet, so the Toolkit would be its first.",
            &[&TOOLKIT_ONE_SET],
        ),
    ],
    faq: &ADDITIONAL_BENEFIT_TOOLKIT,
    decided_by: None,
    next_steps: &[
        advice("Buy the Toolkit for this location if you want its benefits."),
        faq(
            "A Toolkit is meant to add silver or gold competency benefits, including IUR licenses for the competency the location earned, MSDN subscriptions, and Technical Presales and Advisory Services.",
            &[&TOOLKIT_BENEFITS, &TOOLKIT_ONE_SET],
        ),
        faq(
            "Count the extra IUR and MSDN licenses against the country or worldwide maximums of the Competency License table; demonstration and training licenses do not count.",
            &[&TOOLKIT_CAPS, &TOOLKIT_DEMO_UNCAPPED],
        ),
    ],
    attributes: &[],
};

pub static HEADQUARTERS: OutcomeDef = OutcomeDef {
    id: "headquarters",
    verdict: Verdict::NotEligible,
    headline: faq("The headquarters cannot buy an Additional Benefit Toolkit.", &[&TOOLKIT_NOT_HEADQUARTERS]),
    reasons: &[faq(
        "Toolkits are only for associated locations that qualify; the FAQ excludes the headquarters itself.",
        &[&TOOLKIT_NOT_HEADQUARTERS],
    )],
    faq: &ADDITIONAL_BENEFIT_TOOLKIT,
    decided_by: None,
    next_steps: &[faq(
        "If a location associated with this headquarters has a competency of its own, check that location instead.",
        &[&TOOLKIT_LINKED_LOCATIONS, &TOOLKIT_OWN_COMPETENCY],
    )],
    attributes: &[],
};

pub static UNLINKED: OutcomeDef = OutcomeDef {
    id: "not-associated",
    verdict: Verdict::NotEligible,
    headline: faq("Only locations linked to the headquarters can buy a Toolkit.", &[&TOOLKIT_LINKED_LOCATIONS]),
    reasons: &[faq(
        "A Toolkit is for a qualifying location linked to the organization's headquarters, and this location is not linked.",
        &[&TOOLKIT_LINKED_LOCATIONS],
    )],
    faq: &ADDITIONAL_BENEFIT_TOOLKIT,
    decided_by: None,
    next_steps: &[reading(
        "Associate the location with the headquarters at the Partner Membership Center, then check again.",
        &[&TOOLKIT_LINKED_LOCATIONS, &SHARING_ASSOCIATED],
    )],
    attributes: &[],
};

pub static NO_COMPETENCY: OutcomeDef = OutcomeDef {
    id: "no-competency",
    verdict: Verdict::NotEligible,
    headline: faq("The location needs a competency of its own first.", &[&TOOLKIT_OWN_COMPETENCY]),
    reasons: &[faq(
        "A Toolkit needs a location with a competency of its own, and this one has none.",
        &[&TOOLKIT_OWN_COMPETENCY],
    )],
    faq: &ADDITIONAL_BENEFIT_TOOLKIT,
    decided_by: None,
    next_steps: &[advice("Attain a competency at this location, then check again.")],
    attributes: &[],
};

pub static ALREADY_HELD: OutcomeDef = OutcomeDef {
    id: "already-held",
    verdict: Verdict::NotEligible,
    headline: reading("This location already has its one set of Toolkit benefits.", &[&TOOLKIT_ONE_SET]),
    reasons: &[reading(
        "A qualifying location gets only one set of core benefits, and we take the Toolkit benefits it already has to be that set.",
        &[&TOOLKIT_ONE_SET],
    )],
    faq: &ADDITIONAL_BENEFIT_TOOLKIT,
    decided_by: None,
    next_steps: &[faq(
        "Another associated location with a competency of its own may qualify for a Toolkit of its own.",
        &[&TOOLKIT_LINKED_LOCATIONS, &TOOLKIT_OWN_COMPETENCY],
    )],
    attributes: &[],
};

fn decide(answers: &mut Reader, _: &Context) -> Result<Outcome, Pending> {
    let outcome = match answers.choice(&LOCATION_ROLE)? {
        LocationRole::Headquarters => &HEADQUARTERS,
        LocationRole::Unlinked => &UNLINKED,
        LocationRole::Associated => match answers.choice(&LOCATION_COMPETENCY)? {
            YesNo::No => &NO_COMPETENCY,
            YesNo::Yes => match answers.choice(&TOOLKIT_HELD)? {
                YesNo::Yes => &ALREADY_HELD,
                YesNo::No => &ELIGIBLE,
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
    summary: first_screen(
        "For associated locations with a competency of their own, never the headquarters.",
        Basis::Faq(&[&TOOLKIT_LINKED_LOCATIONS, &TOOLKIT_OWN_COMPETENCY, &TOOLKIT_NOT_HEADQUARTERS]),
    ),
    verdict_question: Text::new("May this location buy an Additional Benefit Toolkit?"),
    scope: None,
    questions: &[&LOCATION_ROLE.question, &LOCATION_COMPETENCY.question, &TOOLKIT_HELD.question],
    outcomes: &[&ELIGIBLE, &HEADQUARTERS, &UNLINKED, &NO_COMPETENCY, &ALREADY_HELD],
    decide,
};
