//! Product keys and tokens › "Do my tokens for Cloud services need to be
//! redeemed within a specific time period?" The entitlement ends with the
//! program enrollment year: access may go on, use rights through the program
//! do not. A renewal brings a new set of tokens; otherwise buy through Volume
//! Licensing.

use crate::faq::{
    Point, Section, ASK_SUPPORT, CLOUD_ACCESS_WITHOUT_RIGHTS, CLOUD_BUY_WITHOUT_RENEWAL,
    CLOUD_ENDS_WITH_YEAR, CLOUD_MORE_TOKENS, CLOUD_RENEWAL_TOKENS, CLOUD_TOKEN_PERIOD,
};
use crate::figures::{Detail, UseRights};
use crate::model::{
    bad, good, ChoiceQuestion, Context, DateQuestion, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict,
    YesNo,
};
// Only the review (docs/answers.md) reads what a question tells apart.
#[cfg(not(feature = "lazy-text"))]
use crate::model::asked;
use crate::statement::{about_this_app, advice, faq, reading, start_line, Basis, Statement};
#[cfg(not(feature = "lazy-text"))]
use crate::text::Text;

pub static ENROLLMENT_END: DateQuestion = DateQuestion::new(
    "enrollment-end",
    "When does your program enrollment year end?",
    Some(about_this_app(
        "The enrollment year you are in: if you have renewed already, the end of the new year.",
    )),
);

pub static RENEWING: ChoiceQuestion<YesNo> = ChoiceQuestion::new(
    "renewing",
    "Does your organization mean to renew its subscription or membership?",
    None,
);

/// The rule the end date is worked out by.
static ENDS_RULE: [&Point; 1] = [&CLOUD_ENDS_WITH_YEAR];

static ENDS_WITH_YEAR: Statement = faq(
    "The cloud services entitlement ends when the program enrollment year ends.",
    &[&CLOUD_ENDS_WITH_YEAR],
);
static ACCESS_WITHOUT_RIGHTS: Statement = faq(
    "Access to the services may go on past the end date, but not the use rights through the program.",
    &[&CLOUD_ACCESS_WITHOUT_RIGHTS],
);
static BUY_WITHOUT_RENEWAL: Statement = faq(
    "An organization that does not renew must buy the cloud services through Volume Licensing.",
    &[&CLOUD_BUY_WITHOUT_RENEWAL],
);

/// What every outcome's two questions tell apart.
#[cfg(not(feature = "lazy-text"))]
static TOLD_APART: [crate::model::Situation; 2] = [
    asked("The enrollment year ended, or still running, on the day shown.", &ENROLLMENT_END.0),
    asked("Renewing the subscription or membership, or not.", &RENEWING.question),
];

/// Where the year entered is over: the question asks for the current one.
static RENEWED_ALREADY: Statement = about_this_app(
    "If your organization has renewed already, enter the end of the new enrollment year instead.",
);

pub static IN_FORCE_RENEWING: OutcomeDef = OutcomeDef {
    id: "in-force-renewing",
    verdict: Verdict::Eligible,
    answer: good("Use rights until").until_day(),
    headline: faq(
        "You have use rights to your cloud services through the program until your enrollment year ends.",
        &[&CLOUD_ENDS_WITH_YEAR],
    ),
    reasons: &[
        ENDS_WITH_YEAR,
        faq(
            "During the year you are issued more tokens as you qualify for more seats, and a new set is issued when you renew.",
            &[&CLOUD_MORE_TOKENS, &CLOUD_RENEWAL_TOKENS],
        ),
    ],
    faq: &CLOUD_TOKEN_PERIOD,
    decided_by: None,
    next_steps: &[
        advice("Redeem the tokens you need while the enrollment year runs."),
        advice("Plan the renewal before the end date."),
        faq(
            "Questions about redeeming or renewing go to your Regional Service Center or the Partner Support Community, where the FAQ sends the questions it does not answer.",
            &[&ASK_SUPPORT],
        ),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &TOLD_APART,
    limits: &[],
};

pub static IN_FORCE_NOT_RENEWING: OutcomeDef = OutcomeDef {
    id: "in-force-not-renewing",
    verdict: Verdict::Eligible,
    answer: good("Use rights until").until_day(),
    headline: faq(
        "You have use rights through the program until this enrollment year ends, and not after.",
        &[&CLOUD_ENDS_WITH_YEAR],
    ),
    reasons: &[
        ENDS_WITH_YEAR,
        faq("During the year, more tokens are issued as you qualify for more seats.", &[&CLOUD_MORE_TOKENS]),
        BUY_WITHOUT_RENEWAL,
    ],
    faq: &CLOUD_TOKEN_PERIOD,
    decided_by: None,
    next_steps: &[reading(
        "To keep using the services with rights after the end date, buy them through Volume Licensing: a Microsoft Volume Licensing specialist can tell what that takes.",
        &[&CLOUD_BUY_WITHOUT_RENEWAL, &CLOUD_ACCESS_WITHOUT_RIGHTS],
    )],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &TOLD_APART,
    limits: &[],
};

pub static ENDED_RENEWING: OutcomeDef = OutcomeDef {
    id: "ended-renewing",
    verdict: Verdict::NotEligible,
    answer: bad("Not now: that year's use rights ended on").until_day(),
    headline: faq(
        "The use rights of that enrollment year are over; a new set of tokens is issued when you renew.",
        &[&CLOUD_ENDS_WITH_YEAR, &CLOUD_RENEWAL_TOKENS],
    ),
    reasons: &[
        ENDS_WITH_YEAR,
        ACCESS_WITHOUT_RIGHTS,
        faq("A new set of tokens comes with each yearly renewal.", &[&CLOUD_RENEWAL_TOKENS]),
    ],
    faq: &CLOUD_TOKEN_PERIOD,
    decided_by: None,
    next_steps: &[
        reading(
            "Until you renew, the services have no use rights through the program: renew, or buy them through Volume Licensing meanwhile. Your Regional Service Center or the Partner Support Community, where the FAQ sends the questions it does not answer, can say how.",
            &[&CLOUD_ACCESS_WITHOUT_RIGHTS, &CLOUD_BUY_WITHOUT_RENEWAL, &ASK_SUPPORT],
        ),
        reading(
            "Once you have renewed, redeem the new set of tokens, then check again with the new year's end date.",
            &[&CLOUD_RENEWAL_TOKENS, &CLOUD_ENDS_WITH_YEAR],
        ),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &TOLD_APART,
    limits: &[RENEWED_ALREADY],
};

pub static ENDED_NOT_RENEWING: OutcomeDef = OutcomeDef {
    id: "ended-not-renewing",
    verdict: Verdict::NotEligible,
    answer: bad("Not now: your use rights ended on").until_day(),
    headline: faq("Your use rights through the program have ended.", &[&CLOUD_ENDS_WITH_YEAR]),
    reasons: &[ENDS_WITH_YEAR, ACCESS_WITHOUT_RIGHTS],
    faq: &CLOUD_TOKEN_PERIOD,
    decided_by: None,
    next_steps: &[reading(
        "Buy the cloud services through Volume Licensing to go on using them with rights: a Microsoft Volume Licensing specialist can tell what that takes.",
        &[&CLOUD_BUY_WITHOUT_RENEWAL, &CLOUD_ACCESS_WITHOUT_RIGHTS],
    )],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &TOLD_APART,
    limits: &[RENEWED_ALREADY],
};

fn decide(answers: &mut Reader, context: &Context) -> Result<Outcome, Pending> {
    let rights = UseRights { end: answers.date(&ENROLLMENT_END)?, as_of: context.today, rule: &ENDS_RULE };
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
    summary: start_line("Use rights end with the program enrollment year.", Basis::Faq(&[&CLOUD_ENDS_WITH_YEAR])),
    #[cfg(not(feature = "lazy-text"))]
    verdict_question: Text::new("Do we still have use rights to our cloud services through the program?"),
    scope: Some(reading(
        "This answers whether your use rights through the program still hold on the date shown. The FAQ answers the question of when to redeem tokens through the entitlement: it ends when the program enrollment year ends, so the tokens give use rights through the program only until then.",
        &[&CLOUD_ENDS_WITH_YEAR],
    )),
    questions: &[&ENROLLMENT_END.0, &RENEWING.question],
    outcomes: &[&IN_FORCE_RENEWING, &IN_FORCE_NOT_RENEWING, &ENDED_RENEWING, &ENDED_NOT_RENEWING],
    decide,
};
