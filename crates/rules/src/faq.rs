//! The FAQ, as the rules cite it: its entries (section and question, the
//! citation a result names) and, beside each, the separate points it makes,
//! each in the project's own words with an id. Every statement a screen makes
//! as the FAQ's rests on points listed here (`crate::statement`); a reviewer
//! holds this file against the FAQ in one sitting.

use crate::text::Text;

/// Which copy of the FAQ these rules follow (the seed file's content hash).
pub const FAQ_TITLE: &str = "Microsoft Partner Network software licensing benefits FAQ";
pub const FAQ_REVISION: &str = "9956fd733dfac895";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The FAQ's opening lines, before its first section.
    Introduction,
    Licenses,
    ProductKeysAndTokens,
    CloudServices,
}

impl Section {
    /// The sections that hold entries, in the FAQ's order.
    pub const ALL: [Section; 3] = [Section::Licenses, Section::ProductKeysAndTokens, Section::CloudServices];

    pub fn title(self) -> &'static str {
        match self {
            Section::Introduction => "Frequently asked questions",
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
    pub question: Text,
}

impl FaqEntry {
    /// "Licenses › Does the … grant downgrade rights?"
    pub fn citation(&self) -> String {
        format!("{} › {}", self.section.title(), self.question)
    }
}

/// One claim an FAQ entry makes, paraphrased.
#[derive(Debug, PartialEq, Eq)]
pub struct Point {
    /// Unique among all points: `<entry id>/<short name>`. (For reviews and
    /// tests: the app's build, which shows only what points say, has none.)
    #[cfg(not(feature = "lazy-text"))]
    pub id: &'static str,
    pub entry: &'static FaqEntry,
    /// What it says, in the project's words (never the FAQ's sentence).
    pub says: Text,
    /// For a point no outcome rests on: why it cannot decide a verdict (it
    /// explains a term, or only a tool or the start page shows it). `None`
    /// for the points outcomes rest on; a test holds the two apart.
    #[cfg(not(feature = "lazy-text"))]
    pub not_decisive: Option<&'static str>,
}

const fn point(id: &'static str, entry: &'static FaqEntry, says: &'static str) -> Point {
    Point::new(id, entry, says, None)
}

const fn context(id: &'static str, entry: &'static FaqEntry, says: &'static str, why: &'static str) -> Point {
    Point::new(id, entry, says, Some(why))
}

impl Point {
    #[cfg_attr(feature = "lazy-text", allow(unused_variables))]
    const fn new(
        id: &'static str,
        entry: &'static FaqEntry,
        says: &'static str,
        why: Option<&'static str>,
    ) -> Point {
        Point {
            #[cfg(not(feature = "lazy-text"))]
            id,
            entry,
            says: Text::new(says),
            #[cfg(not(feature = "lazy-text"))]
            not_decisive: why,
        }
    }
}

/// The lines before the FAQ's first section.
pub static INTRODUCTION: FaqEntry = FaqEntry {
    id: "introduction",
    section: Section::Introduction,
    question: Text::new("Frequently asked questions (its opening lines)"),
};

pub static LICENSE_SHARING: FaqEntry = FaqEntry {
    id: "license-sharing",
    section: Section::Licenses,
    question: Text::new("Can partners share licenses earned between locations?"),
};
pub static DOWNGRADE_RIGHTS: FaqEntry = FaqEntry {
    id: "downgrade-rights",
    section: Section::Licenses,
    question: Text::new("Does the Microsoft Partner Network grant downgrade rights?"),
};
pub static ADDITIONAL_BENEFIT_TOOLKIT: FaqEntry = FaqEntry {
    id: "additional-benefit-toolkit",
    section: Section::Licenses,
    question: Text::new("How can my organization qualify to purchase an Additional Benefit Toolkit, and what additional benefits will my organization receive?"),
};
pub static MSDN_TERMS: FaqEntry = FaqEntry {
    id: "msdn-terms",
    section: Section::Licenses,
    question: Text::new("Are there different terms of use for MSDN subscriptions granted through the Microsoft Partner Network and those purchased through retailers or Volume Licensing specialists?"),
};
pub static WINDOWS_UPGRADE_LICENSES: FaqEntry = FaqEntry {
    id: "windows-upgrade-licenses",
    section: Section::Licenses,
    question: Text::new(
        "Are the Windows client licenses granted through the Microsoft Partner Network full licenses?",
    ),
};
pub static PRODUCT_ACTIVATION: FaqEntry = FaqEntry {
    id: "product-activation",
    section: Section::ProductKeysAndTokens,
    question: Text::new(
        "Which products require product activation? What do I need to know about product activation?",
    ),
};
pub static KMS_KEYS: FaqEntry = FaqEntry {
    id: "kms-keys",
    section: Section::ProductKeysAndTokens,
    question: Text::new("How can my organization obtain a Key Management Service product key?"),
};
pub static KEYS_AND_TOKENS: FaqEntry = FaqEntry {
    id: "keys-and-tokens",
    section: Section::ProductKeysAndTokens,
    question: Text::new("What is the difference between a product key and a token?"),
};
pub static CLOUD_TOKEN_PERIOD: FaqEntry = FaqEntry {
    id: "cloud-token-period",
    section: Section::ProductKeysAndTokens,
    question: Text::new("Do my tokens for Cloud services need to be redeemed within a specific time period?"),
};
pub static O365_PURCHASED_SEATS: FaqEntry = FaqEntry {
    id: "o365-purchased-seats",
    section: Section::CloudServices,
    question: Text::new("My organization has purchased Microsoft Office 365 seats outside of the Microsoft Partner Network. Can I use the purchased seats on the same tenant with the E3 seats I have earned through the Microsoft Partner Network?"),
};
pub static O365_SWITCH_USERS: FaqEntry = FaqEntry {
    id: "o365-switch-users",
    section: Section::CloudServices,
    question: Text::new("My organization's needs have changed and I want to switch some of my users to Office 365 who are currently using on-premises licenses (…). What do I need to do to ensure my organization is in compliance?"),
};
pub static ORGANIZATION_ACCOUNT: FaqEntry = FaqEntry {
    id: "organization-account",
    section: Section::CloudServices,
    question: Text::new("What is a Microsoft Organization Account?"),
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

// The points, entry by entry, in the FAQ's order.

pub static ASK_SUPPORT: Point = point(
    "introduction/ask-support",
    &INTRODUCTION,
    "Questions the FAQ does not answer go to the Partner Support Community page or to the local Regional Service Center.",
);

pub static SHARING_ALLOWED: Point = point(
    "license-sharing/allowed",
    &LICENSE_SHARING,
    "Licenses a partner has earned may be shared between its locations.",
);
pub static SHARING_ACTION_PACK_COUNTRY: Point = point(
    "license-sharing/action-pack-one-country",
    &LICENSE_SHARING,
    "Action Pack licenses are granted per country: they may be shared only inside the country that subscribed, never across countries.",
);
pub static SHARING_COMPETENCY_COUNTRIES: Point = point(
    "license-sharing/competency-across-countries",
    &LICENSE_SHARING,
    "Competency partners may share licenses across countries.",
);
pub static SHARING_CAP: Point = point(
    "license-sharing/competency-cap",
    &LICENSE_SHARING,
    "For competency partners, the total of licenses in use within the organization may not exceed the per-country or worldwide maximum.",
);
pub static SHARING_ONE_ORGANIZATION: Point = point(
    "license-sharing/one-organization",
    &LICENSE_SHARING,
    "Partners may share licenses only within the organization that earned them: between its headquarters and the locations associated with it. (The FAQ says so in its paragraph on competency partners.)",
);
pub static SHARING_ASSOCIATED: Point = point(
    "license-sharing/associated-at-membership-center",
    &LICENSE_SHARING,
    "To be eligible to share, locations must be associated with the headquarters at the Partner Membership Center.",
);
pub static SHARING_NOT_SEPARATE: Point = point(
    "license-sharing/no-separate-organizations",
    &LICENSE_SHARING,
    "Licenses may not be shared across separate organizations.",
);
pub static SHARING_ONE_ENTITY: Point = point(
    "license-sharing/one-partner-entity",
    &LICENSE_SHARING,
    "Locations or organizations of one company doing the same business count as a single partner entity for license grants and maximums, however they enrolled.",
);

pub static DOWNGRADE_NONE: Point =
    point("downgrade-rights/none", &DOWNGRADE_RIGHTS, "The partner network offers no downgrade rights.");
pub static DOWNGRADE_TWELVE_MONTHS: Point = point(
    "downgrade-rights/twelve-months-to-upgrade",
    &DOWNGRADE_RIGHTS,
    "Partners get 12 months to move from the program's previous version of a product to its latest one.",
);
pub static DOWNGRADE_UPDATES_TABLE: Point = point(
    "downgrade-rights/software-updates-table",
    &DOWNGRADE_RIGHTS,
    "For the details, the FAQ refers to the Software Updates table.",
);
pub static DOWNGRADE_NOT_LEARNING: Point = point(
    "downgrade-rights/learning-exempt",
    &DOWNGRADE_RIGHTS,
    "This policy does not cover the commercial training licenses granted to partners with the Learning competency.",
);
pub static DOWNGRADE_NOT_MSDN: Point = point(
    "downgrade-rights/msdn-exempt",
    &DOWNGRADE_RIGHTS,
    "This policy does not cover MSDN benefits received through the partner network.",
);

pub static TOOLKIT_LINKED_LOCATIONS: Point = point(
    "additional-benefit-toolkit/linked-locations",
    &ADDITIONAL_BENEFIT_TOOLKIT,
    "A Toolkit can be bought for a qualifying location linked to the organization's headquarters.",
);
pub static TOOLKIT_OWN_COMPETENCY: Point = point(
    "additional-benefit-toolkit/own-competency",
    &ADDITIONAL_BENEFIT_TOOLKIT,
    "Toolkits are for locations that attain at least one competency of their own.",
);
pub static TOOLKIT_BENEFITS: Point = point(
    "additional-benefit-toolkit/benefits",
    &ADDITIONAL_BENEFIT_TOOLKIT,
    "A Toolkit is meant to give the location extra silver or gold competency benefits, among them IUR licenses, MSDN subscriptions, and Technical Presales and Advisory Services.",
);
pub static TOOLKIT_ONE_SET: Point = point(
    "additional-benefit-toolkit/one-set",
    &ADDITIONAL_BENEFIT_TOOLKIT,
    "A qualifying location can obtain no more than one set of core benefits, with IUR licenses for the competency it earned.",
);
pub static TOOLKIT_CAPS: Point = point(
    "additional-benefit-toolkit/capped",
    &ADDITIONAL_BENEFIT_TOOLKIT,
    "The extra IUR and MSDN licenses count against the country or worldwide maximums of the Competency License table.",
);
pub static TOOLKIT_DEMO_UNCAPPED: Point = point(
    "additional-benefit-toolkit/demonstration-training-uncapped",
    &ADDITIONAL_BENEFIT_TOOLKIT,
    "Demonstration and training licenses are not bound to maximum grants.",
);
pub static TOOLKIT_NOT_HEADQUARTERS: Point = point(
    "additional-benefit-toolkit/not-headquarters",
    &ADDITIONAL_BENEFIT_TOOLKIT,
    "The headquarters cannot buy a Toolkit; only associated locations that qualify can.",
);

pub static MSDN_DIFFERENT_RIGHTS: Point = point(
    "msdn-terms/different-use-rights",
    &MSDN_TERMS,
    "MSDN subscriptions granted through the partner network carry different use rights from ones bought at retail or through Volume Licensing.",
);
pub static MSDN_NO_CLIENT_SOLUTIONS: Point = point(
    "msdn-terms/no-client-solutions",
    &MSDN_TERMS,
    "As one example of the difference, granted subscriptions may not be used for client-specific solutions, because that work earns direct revenue.",
);
pub static MSDN_FULL_TERMS: Point = point(
    "msdn-terms/complete-terms-elsewhere",
    &MSDN_TERMS,
    "For the complete use rights, the FAQ refers to the overview on the MSDN page or to the Product Usage Guide.",
);

pub static UPGRADE_ONLY: Point = point(
    "windows-upgrade-licenses/upgrades-only",
    &WINDOWS_UPGRADE_LICENSES,
    "Windows client licenses granted through the partner network are upgrade licenses, not full licenses.",
);
pub static UPGRADE_QUALIFYING: Point = point(
    "windows-upgrade-licenses/qualifying-license",
    &WINDOWS_UPGRADE_LICENSES,
    "Each computer needs an existing qualifying operating system license: Windows XP Professional, Windows Vista Business, Windows 7 Professional or Windows 8 Pro.",
);
pub static UPGRADE_NO_HOME: Point = point(
    "windows-upgrade-licenses/home-editions-excluded",
    &WINDOWS_UPGRADE_LICENSES,
    "Home editions are not a qualifying operating system and cannot take a Windows 8 or 8.1 Enterprise upgrade license through the program.",
);
pub static UPGRADE_INTERNAL_ONLY: Point = point(
    "windows-upgrade-licenses/internal-only",
    &WINDOWS_UPGRADE_LICENSES,
    "The licenses are for installation inside the organization only.",
);
pub static UPGRADE_NOT_OUTSIDE: Point = point(
    "windows-upgrade-licenses/never-outside",
    &WINDOWS_UPGRADE_LICENSES,
    "They may not be installed on any computer outside the organization, for good or for a while.",
);
pub static UPGRADE_CLEAN_INSTALL: Point = point(
    "windows-upgrade-licenses/clean-or-custom-install",
    &WINDOWS_UPGRADE_LICENSES,
    "The product keys and software provided allow a clean or a custom installation.",
);

pub static ACTIVATION_REQUIRED: Point = point(
    "product-activation/required",
    &PRODUCT_ACTIVATION,
    "Windows Server, the Windows client operating systems and every Office client application require product activation.",
);
pub static ACTIVATION_FINITE: Point = point(
    "product-activation/finite",
    &PRODUCT_ACTIVATION,
    "Product keys for those products come with a limited number of activations.",
);
pub static ACTIVATION_DIFFERS: Point = context(
    "product-activation/differs-by-membership",
    &PRODUCT_ACTIVATION,
    "Action Pack subscribers and competency partners use up activations in different ways.",
    "It only announces the difference; the points for each membership say what it is, and outcomes rest on those.",
);
pub static ACTIVATION_ACTION_PACK_NEW_MACHINE: Point = point(
    "product-activation/action-pack-new-machine",
    &PRODUCT_ACTIVATION,
    "For Action Pack subscribers, installing on a new or different machine uses up an activation.",
);
pub static ACTIVATION_ACTION_PACK_SAME_MACHINE: Point = point(
    "product-activation/action-pack-same-machine",
    &PRODUCT_ACTIVATION,
    "For Action Pack subscribers, installing again on the same machine with no hardware changed does not use one up.",
);
pub static ACTIVATION_ACTION_PACK_HARDWARE: Point = point(
    "product-activation/action-pack-hardware-change",
    &PRODUCT_ACTIVATION,
    "For Action Pack subscribers, installing on the same machine after its hardware changed uses one up.",
);
pub static ACTIVATION_COMPETENCY_EVERY: Point = point(
    "product-activation/competency-every-activation",
    &PRODUCT_ACTIVATION,
    "For competency partners, every activation of a machine uses up one of the key's activations, a reimaged machine activated again included.",
);
pub static ACTIVATION_LICENSES_DIFFER: Point = point(
    "product-activation/licenses-differ-from-activations",
    &PRODUCT_ACTIVATION,
    "For that reason (every activation uses one up), the number of licenses an organization is entitled to and the number of activations it was assigned are not the same.",
);
pub static ACTIVATION_LAB_GRACE: Point = point(
    "product-activation/lab-computers-grace-period",
    &PRODUCT_ACTIVATION,
    "Learning, development lab and demonstration computers that are reimaged often should not be activated: the initial grace periods with rearm are for them instead. (The FAQ says so in its paragraph on competency partners, in words about any such computer.)",
);
pub static ACTIVATION_GUIDE: Point = point(
    "product-activation/volume-activation-guide",
    &PRODUCT_ACTIVATION,
    "The Partner Volume Activation Guide has the specifics.",
);
pub static ACTIVATION_ASK_RSC: Point = point(
    "product-activation/key-questions-to-rsc",
    &PRODUCT_ACTIVATION,
    "Questions about the product keys issued through the partner network go to the local Regional Service Center.",
);

pub static KMS_VOLUME_LICENSING_ONLY: Point = point(
    "kms-keys/volume-licensing-only",
    &KMS_KEYS,
    "KMS keys are limited to Volume Licensing customers and are never issued through the partner network, with no exceptions.",
);
pub static KMS_FOR_GRANTED_LICENSES: Point = point(
    "kms-keys/for-granted-licenses",
    &KMS_KEYS,
    "An organization with a KMS key through a Volume Licensing agreement may use it for the licenses granted through the partner network.",
);
pub static KMS_COMBINE: Point = point(
    "kms-keys/combine-methods",
    &KMS_KEYS,
    "Activation methods and keys from different Microsoft programs may be combined as the business needs, as long as every system is properly licensed and used within its rights.",
);

pub static KEYS_PRODUCT_KEY: Point = context(
    "keys-and-tokens/product-keys",
    &KEYS_AND_TOKENS,
    "Product keys are used to install or activate software.",
    "It explains a term: the key check shows it, and no eligibility question turns on it.",
);
pub static KEYS_TOKEN: Point = context(
    "keys-and-tokens/tokens",
    &KEYS_AND_TOKENS,
    "Tokens are used to redeem cloud services.",
    "It explains a term: the key check shows it, and no eligibility question turns on it.",
);
pub static KEYS_FORMAT: Point = context(
    "keys-and-tokens/five-by-five",
    &KEYS_AND_TOKENS,
    "Product keys and tokens alike are 25 characters: five groups of five letters or digits.",
    "It describes a format: the key check tests text against it, and no eligibility question turns on it.",
);

pub static CLOUD_ENDS_WITH_YEAR: Point = point(
    "cloud-token-period/ends-with-year",
    &CLOUD_TOKEN_PERIOD,
    "The cloud services entitlement ends when the program enrollment year ends.",
);
pub static CLOUD_ACCESS_WITHOUT_RIGHTS: Point = point(
    "cloud-token-period/access-without-rights",
    &CLOUD_TOKEN_PERIOD,
    "Access to the cloud services may go on past the enrollment end date, but without use rights through the program.",
);
pub static CLOUD_MORE_TOKENS: Point = point(
    "cloud-token-period/more-tokens-during-year",
    &CLOUD_TOKEN_PERIOD,
    "During the program year, more tokens are issued as the organization qualifies for more seats.",
);
pub static CLOUD_RENEWAL_TOKENS: Point = point(
    "cloud-token-period/new-tokens-on-renewal",
    &CLOUD_TOKEN_PERIOD,
    "A new set of tokens comes with each yearly renewal of the subscription or membership.",
);
pub static CLOUD_BUY_WITHOUT_RENEWAL: Point = point(
    "cloud-token-period/buy-without-renewal",
    &CLOUD_TOKEN_PERIOD,
    "An organization that does not renew must buy the cloud services through Volume Licensing.",
);

pub static O365_E_AND_K: Point = point(
    "o365-purchased-seats/enterprise-and-kiosk",
    &O365_PURCHASED_SEATS,
    "Office 365 seats bought outside the program may share the tenant with earned E3 seats when they are enterprise (E) or kiosk (K) SKUs.",
);
pub static O365_OTHER_SKUS: Point = point(
    "o365-purchased-seats/other-skus",
    &O365_PURCHASED_SEATS,
    "Seats of any other SKU cannot be used on the same tenant.",
);

pub static SWITCH_ANY_TIME: Point = point(
    "o365-switch-users/any-time",
    &O365_SWITCH_USERS,
    "Users can be moved between on-premises licenses and Office 365 whenever the organization chooses, at any time in the subscription or program year.",
);
pub static SWITCH_WITHIN_ENTITLEMENT: Point = point(
    "o365-switch-users/within-entitlement",
    &O365_SWITCH_USERS,
    "Switching must not take the organization beyond its license entitlement.",
);
pub static SWITCH_BUY_MORE: Point = point(
    "o365-switch-users/buy-cals-or-seats",
    &O365_SWITCH_USERS,
    "The organization may also buy the CALs or online seats it needs.",
);
pub static SWITCH_USAGE_GUIDE: Point = point(
    "o365-switch-users/product-usage-guide",
    &O365_SWITCH_USERS,
    "The Product Usage Guide has the complete details.",
);

const EXPLAINS_A_TERM: &str =
    "It explains a term: the Organization Account page tells it, and no eligibility question turns on it.";

pub static ORGANIZATION_ACCOUNT_WHAT: Point = context(
    "organization-account/what",
    &ORGANIZATION_ACCOUNT,
    "An Organization Account, also called a Microsoft Account for Organizations, is how an organization reaches Microsoft cloud services.",
    EXPLAINS_A_TERM,
);
pub static ORGANIZATION_ACCOUNT_CREATED: Point = context(
    "organization-account/created-at-first-sign-up",
    &ORGANIZATION_ACCOUNT,
    "It is created at the organization's first sign-up for a Microsoft cloud service, or for Azure as an organization.",
    EXPLAINS_A_TERM,
);
pub static ORGANIZATION_ACCOUNT_DETAILS: Point = context(
    "organization-account/sign-up-details",
    &ORGANIZATION_ACCOUNT,
    "That sign-up asks for details of the organization and of its Internet domain name registration.",
    EXPLAINS_A_TERM,
);
pub static ORGANIZATION_ACCOUNT_SAME_ADMIN: Point = context(
    "organization-account/keep-tenant-administrator",
    &ORGANIZATION_ACCOUNT,
    "After the first service, Microsoft recommends going on with the tenant administrator account received at that sign-up.",
    EXPLAINS_A_TERM,
);

/// Every point, in the FAQ's order.
pub static POINTS: &[&Point] = &[
    &ASK_SUPPORT,
    &SHARING_ALLOWED,
    &SHARING_ACTION_PACK_COUNTRY,
    &SHARING_COMPETENCY_COUNTRIES,
    &SHARING_CAP,
    &SHARING_ONE_ORGANIZATION,
    &SHARING_ASSOCIATED,
    &SHARING_NOT_SEPARATE,
    &SHARING_ONE_ENTITY,
    &DOWNGRADE_NONE,
    &DOWNGRADE_TWELVE_MONTHS,
    &DOWNGRADE_UPDATES_TABLE,
    &DOWNGRADE_NOT_LEARNING,
    &DOWNGRADE_NOT_MSDN,
    &TOOLKIT_LINKED_LOCATIONS,
    &TOOLKIT_OWN_COMPETENCY,
    &TOOLKIT_BENEFITS,
    &TOOLKIT_ONE_SET,
    &TOOLKIT_CAPS,
    &TOOLKIT_DEMO_UNCAPPED,
    &TOOLKIT_NOT_HEADQUARTERS,
    &MSDN_DIFFERENT_RIGHTS,
    &MSDN_NO_CLIENT_SOLUTIONS,
    &MSDN_FULL_TERMS,
    &UPGRADE_ONLY,
    &UPGRADE_QUALIFYING,
    &UPGRADE_NO_HOME,
    &UPGRADE_INTERNAL_ONLY,
    &UPGRADE_NOT_OUTSIDE,
    &UPGRADE_CLEAN_INSTALL,
    &ACTIVATION_REQUIRED,
    &ACTIVATION_FINITE,
    &ACTIVATION_DIFFERS,
    &ACTIVATION_ACTION_PACK_NEW_MACHINE,
    &ACTIVATION_ACTION_PACK_SAME_MACHINE,
    &ACTIVATION_ACTION_PACK_HARDWARE,
    &ACTIVATION_COMPETENCY_EVERY,
    &ACTIVATION_LICENSES_DIFFER,
    &ACTIVATION_LAB_GRACE,
    &ACTIVATION_GUIDE,
    &ACTIVATION_ASK_RSC,
    &KMS_VOLUME_LICENSING_ONLY,
    &KMS_FOR_GRANTED_LICENSES,
    &KMS_COMBINE,
    &KEYS_PRODUCT_KEY,
    &KEYS_TOKEN,
    &KEYS_FORMAT,
    &CLOUD_ENDS_WITH_YEAR,
    &CLOUD_ACCESS_WITHOUT_RIGHTS,
    &CLOUD_MORE_TOKENS,
    &CLOUD_RENEWAL_TOKENS,
    &CLOUD_BUY_WITHOUT_RENEWAL,
    &O365_E_AND_K,
    &O365_OTHER_SKUS,
    &SWITCH_ANY_TIME,
    &SWITCH_WITHIN_ENTITLEMENT,
    &SWITCH_BUY_MORE,
    &SWITCH_USAGE_GUIDE,
    &ORGANIZATION_ACCOUNT_WHAT,
    &ORGANIZATION_ACCOUNT_CREATED,
    &ORGANIZATION_ACCOUNT_DETAILS,
    &ORGANIZATION_ACCOUNT_SAME_ADMIN,
];
