//! The FAQ's entries, as outcomes cite them: one static per entry, in the
//! FAQ's own order.

/// Which copy of the FAQ these rules follow (the seed file's content hash).
pub const FAQ_TITLE: &str = "Microsoft Partner Network software licensing benefits FAQ";
pub const FAQ_REVISION: &str = "9956fd733dfac895";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    Licenses,
    ProductKeysAndTokens,
    CloudServices,
}

impl Section {
    pub const ALL: [Section; 3] = [Section::Licenses, Section::ProductKeysAndTokens, Section::CloudServices];

    pub fn title(self) -> &'static str {
        match self {
            Section::Licenses => "Licenses",
            Section::ProductKeysAndTokens => "Product keys and tokens",
            Section::CloudServices => "Cloud services",
        }
    }
}

#[derive(Debug, PartialEq, Eq)]
pub struct FaqEntry {
    /// Stable id, used by tests and the decision tree.
    pub id: &'static str,
    pub section: Section,
    /// The entry's question as the FAQ asks it: the citation.
    pub question: &'static str,
}

impl FaqEntry {
    /// "Licenses › Does the … grant downgrade rights?"
    pub fn citation(&self) -> String {
        format!("{} › {}", self.section.title(), self.question)
    }
}

pub static LICENSE_SHARING: FaqEntry = FaqEntry {
    id: "license-sharing",
    section: Section::Licenses,
    question: "Can partners share licenses earned between locations?",
};
pub static DOWNGRADE_RIGHTS: FaqEntry = FaqEntry {
    id: "downgrade-rights",
    section: Section::Licenses,
    question: "Does the Microsoft Partner Network grant downgrade rights?",
};
pub static ADDITIONAL_BENEFIT_TOOLKIT: FaqEntry = FaqEntry {
    id: "additional-benefit-toolkit",
    section: Section::Licenses,
    question: "How can my organization qualify to purchase an Additional Benefit Toolkit, and what additional benefits will my organization receive?",
};
pub static MSDN_TERMS: FaqEntry = FaqEntry {
    id: "msdn-terms",
    section: Section::Licenses,
    question: "Are there different terms of use for MSDN subscriptions granted through the Microsoft Partner Network and those purchased through retailers or Volume Licensing specialists?",
};
pub static WINDOWS_UPGRADE_LICENSES: FaqEntry = FaqEntry {
    id: "windows-upgrade-licenses",
    section: Section::Licenses,
    question: "Are the Windows client licenses granted through the Microsoft Partner Network full licenses?",
};
pub static PRODUCT_ACTIVATION: FaqEntry = FaqEntry {
    id: "product-activation",
    section: Section::ProductKeysAndTokens,
    question: "Which products require product activation? What do I need to know about product activation?",
};
pub static KMS_KEYS: FaqEntry = FaqEntry {
    id: "kms-keys",
    section: Section::ProductKeysAndTokens,
    question: "How can my organization obtain a Key Management Service product key?",
};
pub static KEYS_AND_TOKENS: FaqEntry = FaqEntry {
    id: "keys-and-tokens",
    section: Section::ProductKeysAndTokens,
    question: "What is the difference between a product key and a token?",
};
pub static CLOUD_TOKEN_PERIOD: FaqEntry = FaqEntry {
    id: "cloud-token-period",
    section: Section::ProductKeysAndTokens,
    question: "Do my tokens for Cloud services need to be redeemed within a specific time period?",
};
pub static O365_PURCHASED_SEATS: FaqEntry = FaqEntry {
    id: "o365-purchased-seats",
    section: Section::CloudServices,
    question: "My organization has purchased Microsoft Office 365 seats outside of the Microsoft Partner Network. Can I use the purchased seats on the same tenant with the E3 seats I have earned through the Microsoft Partner Network?",
};
pub static O365_SWITCH_USERS: FaqEntry = FaqEntry {
    id: "o365-switch-users",
    section: Section::CloudServices,
    question: "My organization's needs have changed and I want to switch some of my users to Office 365 who are currently using on-premises licenses. What do I need to do to ensure my organization is in compliance?",
};
pub static ORGANIZATION_ACCOUNT: FaqEntry = FaqEntry {
    id: "organization-account",
    section: Section::CloudServices,
    question: "What is a Microsoft Organization Account?",
};

/// Every entry, in the FAQ's order.
pub static ALL: [&FaqEntry; 12] = [
    &LICENSE_SHARING,
    &DOWNGRADE_RIGHTS,
    &ADDITIONAL_BENEFIT_TOOLKIT,
    &MSDN_TERMS,
    &WINDOWS_UPGRADE_LICENSES,
    &PRODUCT_ACTIVATION,
    &KMS_KEYS,
    &KEYS_AND_TOKENS,
    &CLOUD_TOKEN_PERIOD,
    &O365_PURCHASED_SEATS,
    &O365_SWITCH_USERS,
    &ORGANIZATION_ACCOUNT,
];
