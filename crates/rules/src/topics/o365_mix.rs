//! Cloud services › "…Can I use the purchased seats on the same tenant with
//! the E3 seats I have earned…?" Yes for enterprise (E) and kiosk (K) SKUs;
//! no for any other.

use crate::faq::{Section, ASK_SUPPORT, O365_E_AND_K, O365_OTHER_SKUS, O365_PURCHASED_SEATS};
use crate::model::{
    bad, choices, good, ChoiceQuestion, Context, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict,
};
// Only the review (docs/answers.md) reads what a question tells apart.
#[cfg(not(feature = "lazy-text"))]
use crate::model::asked;
use crate::statement::{about_this_app, advice, faq, start_line, Basis};
#[cfg(not(feature = "lazy-text"))]
use crate::text::Text;

choices! {
    pub enum SkuFamily {
        Enterprise = "enterprise" => "Enterprise (E) plans";
        Kiosk = "kiosk" => "Kiosk (K) plans";
        Other = "other" => "Another plan",
            hint: about_this_app("Any plan that is not an E or K plan.");
    }
}

pub static SKU_FAMILY: ChoiceQuestion<SkuFamily> = ChoiceQuestion::new(
    "sku-family",
    "Which kind of Office 365 plan are the seats you bought?",
    Some(about_this_app("The seats bought outside the partner network.")),
);

pub static SAME_TENANT: OutcomeDef = OutcomeDef {
    id: "enterprise-or-kiosk",
    verdict: Verdict::Eligible,
    answer: good("Yes"),
    headline: faq("Purchased E or K seats can share the tenant with your earned E3 seats.", &[&O365_E_AND_K]),
    reasons: &[faq(
        "Office 365 seats bought outside the partner network may be used on the same tenant as earned E3 seats when they are enterprise (E) or kiosk (K) SKUs.",
        &[&O365_E_AND_K],
    )],
    faq: &O365_PURCHASED_SEATS,
    decided_by: None,
    next_steps: &[advice("Assign the purchased seats on the tenant that holds your E3 seats.")],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[asked("Enterprise (E), kiosk (K) or other seats.", &SKU_FAMILY.question)],
    limits: &[
        faq(
            "If the seats you bought are of several plans, only the E and K seats among them can share the tenant.",
            &[&O365_E_AND_K, &O365_OTHER_SKUS],
        ),
    ],
};

pub static OTHER_SKU: OutcomeDef = OutcomeDef {
    id: "other-sku",
    verdict: Verdict::NotEligible,
    answer: bad("No: only enterprise (E) and kiosk (K) seats can"),
    headline: faq(
        "Only enterprise (E) and kiosk (K) seats can share the tenant with earned E3 seats.",
        &[&O365_E_AND_K, &O365_OTHER_SKUS],
    ),
    reasons: &[faq(
        "Purchased seats may share the tenant only when they are E or K SKUs; other SKUs cannot be used there.",
        &[&O365_E_AND_K, &O365_OTHER_SKUS],
    )],
    faq: &O365_PURCHASED_SEATS,
    decided_by: None,
    next_steps: &[
        advice(
            "If you need more seats on this tenant, buy enterprise (E) or kiosk (K) seats: only those may share it with your earned E3 seats.",
        ),
        faq(
            "Or ask your Regional Service Center or the Partner Support Community, where the FAQ sends the questions it does not answer.",
            &[&ASK_SUPPORT],
        ),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[asked("Enterprise (E), kiosk (K) or other seats.", &SKU_FAMILY.question)],
    limits: &[
        faq(
            "If the seats you bought are of several plans, only the E and K seats among them can share the tenant.",
            &[&O365_E_AND_K, &O365_OTHER_SKUS],
        ),
    ],
};

fn decide(answers: &mut Reader, _: &Context) -> Result<Outcome, Pending> {
    Ok(Outcome::new(match answers.choice(&SKU_FAMILY)? {
        SkuFamily::Enterprise | SkuFamily::Kiosk => &SAME_TENANT,
        SkuFamily::Other => &OTHER_SKU,
    }))
}

pub static TOPIC: Topic = Topic {
    id: "o365-mix",
    section: Section::CloudServices,
    title: "Purchased Office 365 seats",
    asks: "Can our purchased Office 365 seats share the tenant with our earned E3 seats?",
    summary: start_line(
        "Enterprise and kiosk plans can; other plans cannot.",
        Basis::Faq(&[&O365_E_AND_K, &O365_OTHER_SKUS]),
    ),
    #[cfg(not(feature = "lazy-text"))]
    verdict_question: Text::new(
        "Can our purchased Office 365 seats share the tenant with our earned E3 seats?",
    ),
    scope: None,
    questions: &[&SKU_FAMILY.question],
    outcomes: &[&SAME_TENANT, &OTHER_SKU],
    decide,
};
