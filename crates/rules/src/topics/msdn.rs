//! Licenses › "Are there different terms of use for MSDN subscriptions granted
//! through the Microsoft Partner Network and those purchased…?" Yes: granted
//! subscriptions may not be used for client-specific solutions, which earn
//! direct revenue; the MSDN page and the Product Usage Guide hold the rest.

use crate::faq::{Section, MSDN_TERMS};
use crate::model::{choices, ChoiceQuestion, Context, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict};

choices! {
    pub enum SubscriptionSource {
        Mpn = "mpn" => "Granted through the partner network";
        Purchased = "purchased" => "Bought from a retailer or through Volume Licensing";
    }
}

choices! {
    pub enum Use {
        ClientSolution = "client-solution" => "Work for a specific client",
            hint: "A solution for one client that earns your organization direct revenue";
        Internal = "internal" => "Our own internal work",
            hint: "Not tied to a specific client";
    }
}

pub static SUBSCRIPTION_SOURCE: ChoiceQuestion<SubscriptionSource> =
    ChoiceQuestion::new("subscription-source", "Where does the MSDN subscription come from?", None);

pub static USE: ChoiceQuestion<Use> = ChoiceQuestion::new("use", "What do you want to use it for?", None);

pub static CLIENT_SOLUTION: OutcomeDef = OutcomeDef {
    id: "granted-client-solution",
    verdict: Verdict::NotEligible,
    headline: "No: MSDN subscriptions granted through the partner network may not be used for client-specific solutions.",
    reasons: &[
        "Granted MSDN subscriptions carry different use rights from purchased ones.",
        "Building a solution for a specific client is a direct-revenue activity, which the granted subscriptions exclude.",
    ],
    faq: &MSDN_TERMS,
    decided_by: None,
    next_steps: &["For client work, use an MSDN subscription bought from a retailer or through Volume Licensing, whose own terms then apply."],
    attributes: &[],
};

pub static GRANTED_INTERNAL: OutcomeDef = OutcomeDef {
    id: "granted-internal",
    verdict: Verdict::Conditional,
    headline: "It depends on the subscription's use rights: the FAQ rules out only client-specific work.",
    reasons: &[
        "Granted MSDN subscriptions carry different use rights from purchased ones.",
        "The FAQ gives client-specific solutions as the example of what is excluded and refers to the MSDN page and the Product Usage Guide for the complete terms.",
    ],
    faq: &MSDN_TERMS,
    decided_by: Some("the MSDN page's overview and the Product Usage Guide"),
    next_steps: &["Check your intended use against the Product Usage Guide before relying on it."],
    attributes: &[],
};

pub static PURCHASED: OutcomeDef = OutcomeDef {
    id: "purchased",
    verdict: Verdict::Conditional,
    headline: "It depends on the terms you bought it under: the partner network's restrictions do not apply to purchased subscriptions.",
    reasons: &["The FAQ's restriction on client-specific solutions is for subscriptions granted through the partner network; a purchased subscription has the use rights of its purchase."],
    faq: &MSDN_TERMS,
    decided_by: Some("the license terms of your retail or Volume Licensing purchase"),
    next_steps: &["Read the use rights that came with the purchased subscription."],
    attributes: &[],
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
    summary: "Granted subscriptions may not be used for client-specific, revenue-earning solutions.",
    questions: &[&SUBSCRIPTION_SOURCE.question, &USE.question],
    outcomes: &[&CLIENT_SOLUTION, &GRANTED_INTERNAL, &PURCHASED],
    decide,
};
