//! Licenses › "Are the Windows client licenses granted through the Microsoft
//! Partner Network full licenses?" No: they are upgrades, they need a
//! qualifying license underneath, and they stay inside the organization.

use crate::faq::{
    Point, Section, ASK_SUPPORT, UPGRADE_CLEAN_INSTALL, UPGRADE_INTERNAL_ONLY, UPGRADE_NOT_OUTSIDE,
    UPGRADE_NO_HOME, UPGRADE_ONLY, UPGRADE_QUALIFYING, WINDOWS_UPGRADE_LICENSES,
};
use crate::model::{
    bad, choices, good, ChoiceQuestion, Context, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict,
};
// Only the review (docs/answers.md) reads what a question tells apart.
#[cfg(not(feature = "lazy-text"))]
use crate::model::asked;
use crate::statement::{about_this_app, advice, faq, reading, start_line, Basis, Statement};
#[cfg(not(feature = "lazy-text"))]
use crate::text::Text;

// A named array: an option's hint is part of a constant, where a reference
// to a static can be taken but a temporary array of them cannot.
static HOME_EXCLUDED: [&Point; 1] = [&UPGRADE_NO_HOME];
static NEVER_OUTSIDE: [&Point; 1] = [&UPGRADE_NOT_OUTSIDE];

choices! {
    pub enum ExistingOs {
        XpProfessional = "xp-professional" => "Windows XP Professional";
        VistaBusiness = "vista-business" => "Windows Vista Business";
        SevenProfessional = "7-professional" => "Windows 7 Professional";
        EightPro = "8-pro" => "Windows 8 Pro";
        Home = "home" => "A home edition of Windows",
            hint: faq("The FAQ rules out every home edition.", &HOME_EXCLUDED);
        Other = "other" => "Another edition",
            hint: about_this_app("Any edition not named above that is not a home edition.");
        NoLicense = "none" => "No Windows license";
    }
}

choices! {
    pub enum InstallLocation {
        Internal = "internal" => "Yes, one of our organization's computers";
        External = "external" => "No, a computer outside our organization",
            hint: faq(
                "Such as a client's: the FAQ rules out installing on any computer outside your organization, for good or for a while.",
                &NEVER_OUTSIDE,
            );
    }
}

pub static EXISTING_OS: ChoiceQuestion<ExistingOs> = ChoiceQuestion::new(
    "existing-os",
    "Which Windows license does the computer have now?",
    Some(faq(
        "The Windows client licenses from the partner network are upgrades only: the computer needs a qualifying Windows license already.",
        &[&UPGRADE_ONLY, &UPGRADE_QUALIFYING],
    )),
);

pub static INSTALL_LOCATION: ChoiceQuestion<InstallLocation> =
    ChoiceQuestion::new("install-location", "Is the computer one of your organization's own?", None);

static UPGRADE_ONLY_REASON: Statement = faq(
    "Windows client licenses from the partner network are upgrades, not full licenses: each computer needs a qualifying Windows license underneath.",
    &[&UPGRADE_ONLY, &UPGRADE_QUALIFYING],
);
static QUALIFYING_LIST: Statement = faq(
    "The FAQ names four qualifying licenses: Windows XP Professional, Windows Vista Business, Windows 7 Professional and Windows 8 Pro.",
    &[&UPGRADE_QUALIFYING],
);
static GET_QUALIFYING_FIRST: Statement = reading(
    "Get the computer a qualifying license first, one of the four the FAQ names; on a computer inside your organization the upgrade license can then be applied.",
    &[&UPGRADE_QUALIFYING, &UPGRADE_INTERNAL_ONLY],
);

/// The four are editions of earlier Windows versions: where one can be had
/// now, the FAQ does not say.
static WHERE_TO_GET_ONE: Statement = faq(
    "Where one of those licenses can be had now, ask your Regional Service Center or the Partner Support Community, where the FAQ sends the questions it does not answer.",
    &[&ASK_SUPPORT],
);

pub static ELIGIBLE: OutcomeDef = OutcomeDef {
    id: "qualifying-internal",
    verdict: Verdict::Eligible,
    answer: good("Yes"),
    headline: faq(
        "You can apply the upgrade license to this computer.",
        &[&UPGRADE_QUALIFYING, &UPGRADE_INTERNAL_ONLY],
    ),
    reasons: &[
        UPGRADE_ONLY_REASON,
        faq("The computer's current license is one of the four the FAQ names as qualifying.", &[&UPGRADE_QUALIFYING]),
        faq(
            "The computer is inside your organization, where these licenses may be installed.",
            &[&UPGRADE_INTERNAL_ONLY],
        ),
    ],
    faq: &WINDOWS_UPGRADE_LICENSES,
    decided_by: None,
    next_steps: &[
        advice("Keep the record of the computer's qualifying license together with the upgrade license."),
        faq(
            "Install with the product key and software from the program; a clean or a custom installation is allowed.",
            &[&UPGRADE_CLEAN_INSTALL],
        ),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked(
            "A home edition, an edition the FAQ does not name, or no Windows license.",
            &EXISTING_OS.question,
        ),
        asked("A computer outside the organization, for good or for a while.", &INSTALL_LOCATION.question),
    ],
    limits: &[],
};

pub static OUTSIDE: OutcomeDef = OutcomeDef {
    id: "outside-organization",
    verdict: Verdict::NotEligible,
    answer: bad("No: only on your organization's own computers"),
    headline: faq(
        "These licenses may only be installed inside your organization.",
        &[&UPGRADE_INTERNAL_ONLY, &UPGRADE_NOT_OUTSIDE],
    ),
    reasons: &[
        faq(
            "Licenses granted through the partner network are for installation inside your organization only.",
            &[&UPGRADE_INTERNAL_ONLY],
        ),
        faq(
            "They may not go on any computer outside it, for good or for a while, whatever license that computer has.",
            &[&UPGRADE_NOT_OUTSIDE],
        ),
    ],
    faq: &WINDOWS_UPGRADE_LICENSES,
    decided_by: None,
    next_steps: &[advice(
        "A computer outside your organization needs a license of its own, for example from retail or Volume Licensing.",
    )],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked("A computer of the organization's own, or one outside it.", &INSTALL_LOCATION.question),
    ],
    limits: &[],
};

pub static HOME_EDITION: OutcomeDef = OutcomeDef {
    id: "home-edition",
    verdict: Verdict::NotEligible,
    answer: bad("No: a home edition does not qualify"),
    headline: faq("A home edition does not qualify for the upgrade.", &[&UPGRADE_NO_HOME]),
    reasons: &[
        UPGRADE_ONLY_REASON,
        faq(
            "The FAQ says home editions are not a qualifying operating system and cannot take the Windows 8 or 8.1 Enterprise upgrade.",
            &[&UPGRADE_NO_HOME],
        ),
    ],
    faq: &WINDOWS_UPGRADE_LICENSES,
    decided_by: None,
    next_steps: &[GET_QUALIFYING_FIRST, WHERE_TO_GET_ONE],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[asked("A home edition, or one of the four licenses the FAQ names.", &EXISTING_OS.question)],
    limits: &[],
};

pub static NO_LICENSE: OutcomeDef = OutcomeDef {
    id: "no-license",
    verdict: Verdict::NotEligible,
    answer: bad("Not until it has a qualifying license"),
    headline: faq(
        "The computer needs a qualifying Windows license first.",
        &[&UPGRADE_ONLY, &UPGRADE_QUALIFYING],
    ),
    reasons: &[UPGRADE_ONLY_REASON, QUALIFYING_LIST],
    faq: &WINDOWS_UPGRADE_LICENSES,
    decided_by: None,
    next_steps: &[GET_QUALIFYING_FIRST, WHERE_TO_GET_ONE],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[asked("No Windows license, or one of the four the FAQ names.", &EXISTING_OS.question)],
    limits: &[],
};

pub static OTHER_EDITION: OutcomeDef = OutcomeDef {
    id: "unlisted-edition",
    verdict: Verdict::NotEligible,
    answer: bad("No, as we read the FAQ: only four editions qualify"),
    headline: reading(
        "As we read the FAQ, only the four licenses it names qualify, and this edition is not one of them.",
        &[&UPGRADE_QUALIFYING],
    ),
    reasons: &[
        UPGRADE_ONLY_REASON,
        QUALIFYING_LIST,
        reading(
            "The FAQ gives those four as what a qualifying license is, not as examples, so an edition it does not name does not qualify, a later or higher one included.",
            &[&UPGRADE_QUALIFYING],
        ),
    ],
    faq: &WINDOWS_UPGRADE_LICENSES,
    decided_by: None,
    next_steps: &[
        faq(
            "If you believe this edition should count, ask your Regional Service Center, where the FAQ sends the questions it does not answer.",
            &[&ASK_SUPPORT],
        ),
        advice("Ask before you apply the upgrade license."),
    ],
    see_also: &[],
    attributes: &[],
    #[cfg(not(feature = "lazy-text"))]
    told_apart: &[
        asked("An edition the FAQ does not name, or one of the four it names.", &EXISTING_OS.question),
    ],
    limits: &[reading(
        "This answer is the same for every edition the FAQ does not name that is not a home edition: a later version (Windows 8.1 Pro, say), a higher edition (Enterprise or Ultimate) or any other. The FAQ names none of them as a qualifying license.",
        &[&UPGRADE_QUALIFYING],
    )],
};

fn decide(answers: &mut Reader, _: &Context) -> Result<Outcome, Pending> {
    use ExistingOs::*;
    // Ruled out by the license alone: where the computer is cannot help.
    match answers.choice(&EXISTING_OS)? {
        XpProfessional | VistaBusiness | SevenProfessional | EightPro => {}
        Other => return Ok(Outcome::new(&OTHER_EDITION)),
        Home => return Ok(Outcome::new(&HOME_EDITION)),
        NoLicense => return Ok(Outcome::new(&NO_LICENSE)),
    }
    Ok(Outcome::new(match answers.choice(&INSTALL_LOCATION)? {
        InstallLocation::External => &OUTSIDE,
        InstallLocation::Internal => &ELIGIBLE,
    }))
}

pub static TOPIC: Topic = Topic {
    id: "upgrade",
    section: Section::Licenses,
    title: "Windows upgrade licenses",
    asks: "Can I use these Windows licenses on this computer?",
    summary: start_line(
        "They upgrade a qualifying Windows license and stay inside your organization.",
        Basis::Faq(&[&UPGRADE_ONLY, &UPGRADE_QUALIFYING, &UPGRADE_INTERNAL_ONLY]),
    ),
    #[cfg(not(feature = "lazy-text"))]
    verdict_question: Text::new(
        "Can we apply a Windows upgrade license granted through the partner network to this computer?",
    ),
    scope: None,
    questions: &[&EXISTING_OS.question, &INSTALL_LOCATION.question],
    outcomes: &[&ELIGIBLE, &OUTSIDE, &HOME_EDITION, &NO_LICENSE, &OTHER_EDITION],
    decide,
};
