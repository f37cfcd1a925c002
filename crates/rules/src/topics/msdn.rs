//! Licenses › "Are there different terms of use for MSDN subscriptions granted
//! through the Microsoft Partner Network and those purchased…?" Yes: granted
//! subscriptions carry other use rights; for instance they may not be used
//! for client-specific solutions, which earn direct revenue. The MSDN page and
//! the Product Usage Guide hold the complete terms.

use crate::faq::{Section, MSDN_DIFFERENT_RIGHTS, MSDN_FULL_TERMS, MSDN_NO_CLIENT_SOLUTIONS, MSDN_TERMS};
use crate::model::{
    bad, choices, open, ChoiceQuestion, Context, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict,
};
// Only the review (docs/answers.md) reads what a question tells apart.
#[cfg(not(feature = "lazy-text"))]
use crate::model::asked;
use crate::statement::{about_this_app, advice, faq, reading, start_line, Basis, Statement};
#[cfg(not(feature = "lazy-text"))]
use crate::text::Text;

choices! {
    pub enum SubscriptionSource {
        Mpn = "mpn" => "Granted through the partner network";
        Purchased = "purchased" => "Bought from a retailer or through Volume Licensing";
    }
}

choices! {
    pub enum Use {
        ClientSolution = "client-solution" => "Work for a specific client",
            hint: about_this_app("A solution built for one client.");
        Internal = "internal" => "Our own internal work",
            hint: about_this_app("Work for your own organization, not for a client.");
    }
}

pub static SUBSCRIPTION_SOURCE: ChoiceQuestion<SubscriptionSource> =
    ChoiceQuestion::new("subscription-source", "Where does the MSDN subscription come from?", None);

pub static USE: ChoiceQuestion<Use> = ChoiceQuestion::new("use", "What do you want to use it for?", None);

static DIFFERENT_RIGHTS: Statement = faq(
    "MSDN subscriptions granted through the partner network carry different use rights from purchased ones.",
    &[&MSDN_DIFFERENT_RIGHTS],
);

pub static CLIENT_SOLUTION: OutcomeDef = OutcomeDef {
    id: "granted-client-solution",
    verdict: Verdict::NotEligible,
    answer: bad("No: not for client-specific solutions"),
    headline: faq(
        "MSDN subscriptions granted through the partner network may not be used for client-specific solutions.",
        &[&MSDN_NO_CLIENT_SOLUTIONS],
    ),
    reasons: &[
        DIFFERENT_RIGHTS,
        faq(
            "The FAQ names solutions for a specific client as excluded, because such work earns direct revenue.",
            &[&MSDN_NO_CLIENT_SOLUTIONS],
        ),
    ],
    faq: &MSDN_TERMS,
    decided_by: None,
    next_steps: &[
        advice(
            "For client work, ask the retailer or Microsoft Volume Licensing specialist you would buy a subscription from whether its terms allow it: the FAQ does not say.",
        ),
        faq(
            "For the complete terms of the granted subscription, the FAQ refers you to the overview on the MSDN page or to the Product Usage Guide.",
            &[&MSDN_FULL_TERMS],
        ),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked(
            "A subscription granted through the partner network, or one bought.",
            &SUBSCRIPTION_SOURCE.question,
        ),
        asked("Work for a specific client, or internal work.", &USE.question),
    ],
    limits: &[],
};

pub static GRANTED_INTERNAL: OutcomeDef = OutcomeDef {
    id: "granted-internal",
    verdict: Verdict::Conditional,
    answer: open("It depends on the subscription's complete terms"),
    headline: faq(
        "The FAQ does not settle this use: it gives client-specific work only as an example of what granted subscriptions exclude, and leaves the rest to their complete terms.",
        &[&MSDN_NO_CLIENT_SOLUTIONS, &MSDN_FULL_TERMS],
    ),
    reasons: &[
        DIFFERENT_RIGHTS,
        faq(
            "It names solutions for a specific client as one excluded use, and gives the reason: such work earns direct revenue.",
            &[&MSDN_NO_CLIENT_SOLUTIONS],
        ),
        reading(
            "Other work that earns direct revenue may be excluded for the same reason; the FAQ does not list it.",
            &[&MSDN_NO_CLIENT_SOLUTIONS],
        ),
        faq(
            "For the complete terms, the FAQ refers you to the overview on the MSDN page or to the Product Usage Guide.",
            &[&MSDN_FULL_TERMS],
        ),
    ],
    faq: &MSDN_TERMS,
    decided_by: Some(faq(
        "The complete use rights, to which the FAQ refers you: the overview on the MSDN page or the Product Usage Guide.",
        &[&MSDN_FULL_TERMS],
    )),
    next_steps: &[advice(
        "Check your intended use against the overview on the MSDN page and the Product Usage Guide before you rely on it.",
    )],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[asked("Work for a specific client, or internal work.", &USE.question)],
    limits: &[],
};

pub static PURCHASED: OutcomeDef = OutcomeDef {
    id: "purchased",
    verdict: Verdict::Conditional,
    answer: open("It depends on the use rights of your purchase"),
    headline: reading(
        "The partner network's restriction is for granted subscriptions; a purchased one has the use rights of its purchase.",
        &[&MSDN_DIFFERENT_RIGHTS],
    ),
    reasons: &[
        faq(
            "The FAQ contrasts granted subscriptions with ones bought from retailers or Volume Licensing specialists: their use rights differ.",
            &[&MSDN_DIFFERENT_RIGHTS],
        ),
        reading(
            "Its restriction on client-specific solutions is about granted subscriptions, so it does not decide for a purchased one.",
            &[&MSDN_NO_CLIENT_SOLUTIONS],
        ),
    ],
    faq: &MSDN_TERMS,
    decided_by: Some(advice("The license terms of your retail or Volume Licensing purchase.")),
    next_steps: &[advice("Read the use rights that came with the purchased subscription.")],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked(
            "A subscription granted through the partner network, or one bought.",
            &SUBSCRIPTION_SOURCE.question,
        ),
    ],
    limits: &[],
};

fn decide(answers: &mut Reader, _: &Context) -> Result<Outcome, Pending> {
    let outcome = match answers.choice(&SUBSCRIPTION_SOURCE)? {
        // Whatever the use, the purchase's own terms decide: not asked.
        SubscriptionSource::Purchased => &PURCHASED,
        SubscriptionSource::Mpn => match answers.choice(&USE)? {
            Use::ClientSolution => &CLIENT_SOLUTION,
            Use::Internal => &GRANTED_INTERNAL,
        },
    };
    Ok(Outcome::new(outcome))
}

pub static TOPIC: Topic = Topic {
    id: "msdn",
    section: Section::Licenses,
    title: "MSDN subscriptions",
    asks: "May we use our MSDN subscription for this work?",
    summary: start_line(
        "Granted subscriptions may not be used for client-specific solutions.",
        Basis::Faq(&[&MSDN_NO_CLIENT_SOLUTIONS]),
    ),
    #[cfg(not(feature = "lazy-text"))]
    verdict_question: Text::new("May we use this MSDN subscription for this work?"),
    scope: None,
    questions: &[&SUBSCRIPTION_SOURCE.question, &USE.question],
    outcomes: &[&CLIENT_SOLUTION, &GRANTED_INTERNAL, &PURCHASED],
    decide,
};
