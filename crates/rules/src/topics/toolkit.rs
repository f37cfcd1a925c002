//! Licenses › "How can my organization qualify to purchase an Additional
//! Benefit Toolkit…?" A location qualifies when it is associated with the
//! headquarters (never the headquarters itself), holds a competency of its
//! own, and does not have its one set of core benefits yet.

use crate::faq::{Section, ADDITIONAL_BENEFIT_TOOLKIT};
use crate::model::{
    choices, ChoiceQuestion, Context, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict, YesNo,
};

choices! {
    pub enum LocationRole {
        Headquarters = "headquarters" => "The headquarters";
        Associated = "associated" => "A location associated with the headquarters",
            hint: "Linked to the headquarters at the Partner Membership Center";
        Unlinked = "unlinked" => "A location not linked to a headquarters",
            hint: "Enrolled on its own, or not yet associated at the Partner Membership Center";
    }
}

pub static LOCATION_ROLE: ChoiceQuestion<LocationRole> =
    ChoiceQuestion::new("location-role", "What is this location's place in your partner organization?", None);

pub static LOCATION_COMPETENCY: ChoiceQuestion<YesNo> = ChoiceQuestion::new(
    "location-competency",
    "Has this location attained at least one competency of its own?",
    Some("A competency held by the headquarters or by another location does not count."),
);

pub static TOOLKIT_HELD: ChoiceQuestion<YesNo> = ChoiceQuestion::new(
    "toolkit-held",
    "Does this location already have its set of Toolkit benefits?",
    Some("An Additional Benefit Toolkit bought for this location before."),
);

pub static ELIGIBLE: OutcomeDef = OutcomeDef {
    id: "qualifying-location",
    verdict: Verdict::Eligible,
    headline: "Yes: this location may buy an Additional Benefit Toolkit.",
    reasons: &[
        "It is associated with the headquarters and has attained a competency of its own: that is what makes a location qualify.",
        "It does not have its one set of core benefits yet.",
    ],
    faq: &ADDITIONAL_BENEFIT_TOOLKIT,
    decided_by: None,
    next_steps: &[
        "Buy the Toolkit for this location. It adds silver or gold competency benefits: IUR licenses for the competency the location earned, MSDN subscriptions, and Technical Presales and Advisory Services.",
        "Count the extra IUR and MSDN licenses against the country or worldwide maximums of the Competency License table; demonstration and training licenses do not count.",
    ],
    attributes: &[],
};

pub static HEADQUARTERS: OutcomeDef = OutcomeDef {
    id: "headquarters",
    verdict: Verdict::NotEligible,
    headline: "No: the headquarters cannot buy an Additional Benefit Toolkit.",
    reasons: &["Toolkits are for qualifying locations associated with the headquarters; the FAQ excludes the headquarters itself."],
    faq: &ADDITIONAL_BENEFIT_TOOLKIT,
    decided_by: None,
    next_steps: &["If a location associated with this headquarters has a competency of its own, check that location instead."],
    attributes: &[],
};

pub static UNLINKED: OutcomeDef = OutcomeDef {
    id: "not-associated",
    verdict: Verdict::NotEligible,
    headline: "No: only locations linked to the headquarters qualify.",
    reasons: &["A Toolkit is for a location that is associated with the organization's headquarters at the Partner Membership Center."],
    faq: &ADDITIONAL_BENEFIT_TOOLKIT,
    decided_by: None,
    next_steps: &["Associate the location with the headquarters at the Partner Membership Center, then check again."],
    attributes: &[],
};

pub static NO_COMPETENCY: OutcomeDef = OutcomeDef {
    id: "no-competency",
    verdict: Verdict::NotEligible,
    headline: "No: the location needs a competency of its own first.",
    reasons: &[
        "Toolkits are available to locations that attain at least one competency specific to that location.",
    ],
    faq: &ADDITIONAL_BENEFIT_TOOLKIT,
    decided_by: None,
    next_steps: &["Attain a competency at this location, then check again."],
    attributes: &[],
};

pub static ALREADY_HELD: OutcomeDef = OutcomeDef {
    id: "already-held",
    verdict: Verdict::NotEligible,
    headline: "No: this location already has its one set of Toolkit benefits.",
    reasons: &["Each qualifying location can obtain only one set of core benefits."],
    faq: &ADDITIONAL_BENEFIT_TOOLKIT,
    decided_by: None,
    next_steps: &["Use the benefits the location already has; another associated location with its own competency may qualify for a Toolkit of its own."],
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
    summary: "For associated locations with a competency of their own, once each.",
    questions: &[&LOCATION_ROLE.question, &LOCATION_COMPETENCY.question, &TOOLKIT_HELD.question],
    outcomes: &[&ELIGIBLE, &HEADQUARTERS, &UNLINKED, &NO_COMPETENCY, &ALREADY_HELD],
    decide,
};
