//! Licenses › "Are the Windows client licenses granted through the Microsoft
//! Partner Network full licenses?" No: they are upgrades, they need a
//! qualifying license underneath, and they stay inside the organization.

use crate::faq::{Section, WINDOWS_UPGRADE_LICENSES};
use crate::model::{choices, ChoiceQuestion, Context, Outcome, OutcomeDef, Pending, Reader, Topic, Verdict};

choices! {
    pub enum ExistingOs {
        XpProfessional = "xp-professional" => "Windows XP Professional";
        VistaBusiness = "vista-business" => "Windows Vista Business";
        SevenProfessional = "7-professional" => "Windows 7 Professional";
        EightPro = "8-pro" => "Windows 8 Pro";
        Home = "home" => "A home edition of Windows",
            hint: "Any Home edition, for example Windows 7 Home Premium";
        Other = "other" => "Another edition",
            hint: "An edition not named above";
        NoLicense = "none" => "No Windows license";
    }
}

choices! {
    pub enum InstallLocation {
        Internal = "internal" => "Inside my organization",
            hint: "A computer your own organization uses";
        External = "external" => "Outside my organization",
            hint: "For example a client's computer, for good or only for a while";
    }
}

pub static EXISTING_OS: ChoiceQuestion<ExistingOs> = ChoiceQuestion::new(
    "existing-os",
    "Which Windows license does the computer have now?",
    Some("The licenses from the partner network upgrade a license the computer already has."),
);

pub static INSTALL_LOCATION: ChoiceQuestion<InstallLocation> =
    ChoiceQuestion::new("install-location", "Where is the computer?", None);

const UPGRADE_ONLY: &str = "The Windows client licenses granted through the partner network are upgrade licenses, not full licenses: each computer needs a qualifying Windows license first.";
const QUALIFYING_LIST: &str = "The FAQ names four qualifying licenses: Windows XP Professional, Windows Vista Business, Windows 7 Professional and Windows 8 Pro.";

pub static ELIGIBLE: OutcomeDef = OutcomeDef {
    id: "qualifying-internal",
    verdict: Verdict::Eligible,
    headline: "Yes: you can apply the upgrade license to this computer.",
    reasons: &[
        UPGRADE_ONLY,
        "The computer's current license is one of the four the FAQ names as qualifying.",
        "The computer is inside your organization, the only place these licenses may be installed.",
    ],
    faq: &WINDOWS_UPGRADE_LICENSES,
    decided_by: None,
    next_steps: &[
        "Keep the record of the computer's qualifying license together with the upgrade license: the upgrade is only valid on top of it.",
        "Install with the product key and software from the program; a clean or custom install is allowed.",
    ],
    attributes: &[],
};

pub static OUTSIDE: OutcomeDef = OutcomeDef {
    id: "outside-organization",
    verdict: Verdict::NotEligible,
    headline: "No: these licenses may only be installed inside your organization.",
    reasons: &[
        "Licenses granted through the partner network are for your organization's internal installation only.",
        "They may not go on a computer outside the organization, permanently or temporarily, whatever license that computer has.",
    ],
    faq: &WINDOWS_UPGRADE_LICENSES,
    decided_by: None,
    next_steps: &[
        "A computer outside your organization needs a license of its own, from retail or Volume Licensing.",
    ],
    attributes: &[],
};

pub static HOME_EDITION: OutcomeDef = OutcomeDef {
    id: "home-edition",
    verdict: Verdict::NotEligible,
    headline: "No: a home edition does not qualify for the upgrade.",
    reasons: &[
        UPGRADE_ONLY,
        "The FAQ says home editions are not a qualifying operating system, so they cannot take the Windows 8 or 8.1 Enterprise upgrade.",
    ],
    faq: &WINDOWS_UPGRADE_LICENSES,
    decided_by: None,
    next_steps: &[
        "Get a qualifying license for the computer first (for example a Professional or Pro edition); then the upgrade license can be applied.",
    ],
    attributes: &[],
};

pub static NO_LICENSE: OutcomeDef = OutcomeDef {
    id: "no-license",
    verdict: Verdict::NotEligible,
    headline: "No: the computer needs a qualifying Windows license first.",
    reasons: &[UPGRADE_ONLY, QUALIFYING_LIST],
    faq: &WINDOWS_UPGRADE_LICENSES,
    decided_by: None,
    next_steps: &[
        "Get a full qualifying Windows license for the computer first; then the upgrade license can be applied.",
    ],
    attributes: &[],
};

pub static OTHER_EDITION: OutcomeDef = OutcomeDef {
    id: "unlisted-edition",
    verdict: Verdict::Conditional,
    headline: "It depends: the FAQ does not list this edition as qualifying.",
    reasons: &[
        UPGRADE_ONLY,
        QUALIFYING_LIST,
        "Your computer's edition is not among them, nor is it a home edition (which the FAQ rules out), so the FAQ alone does not settle it.",
    ],
    faq: &WINDOWS_UPGRADE_LICENSES,
    decided_by: Some("the program's Product Usage Guide and the license terms of the granted software"),
    next_steps: &[
        "Check the qualifying operating systems in the Product Usage Guide, or ask your Regional Service Center.",
        "Do not apply the upgrade license until that is confirmed.",
    ],
    attributes: &[],
};

fn decide(answers: &mut Reader, _: &Context) -> Result<Outcome, Pending> {
    use ExistingOs::*;
    // Ruled out by the license alone: where the computer is cannot help.
    let qualifying = match answers.choice(&EXISTING_OS)? {
        XpProfessional | VistaBusiness | SevenProfessional | EightPro => true,
        Other => false,
        Home => return Ok(Outcome::new(&HOME_EDITION)),
        NoLicense => return Ok(Outcome::new(&NO_LICENSE)),
    };
    let outcome = match (answers.choice(&INSTALL_LOCATION)?, qualifying) {
        (InstallLocation::External, _) => &OUTSIDE,
        (InstallLocation::Internal, true) => &ELIGIBLE,
        (InstallLocation::Internal, false) => &OTHER_EDITION,
    };
    Ok(Outcome::new(outcome))
}

pub static TOPIC: Topic = Topic {
    id: "upgrade",
    section: Section::Licenses,
    title: "Windows upgrade licenses",
    asks: "Can I use these Windows licenses on this computer?",
    summary: "They upgrade a qualifying Windows license and stay inside your organization.",
    questions: &[&EXISTING_OS.question, &INSTALL_LOCATION.question],
    outcomes: &[&ELIGIBLE, &OUTSIDE, &HOME_EDITION, &NO_LICENSE, &OTHER_EDITION],
    decide,
};
