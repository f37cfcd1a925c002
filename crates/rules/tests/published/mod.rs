//! The ids FAQ sites and hosts may hold, as published: shared by the contract test (they keep
//! working) and the changelog test (each added since 1.0.0 is announced).

/// (topic, question, answers) as contract 1.0.0 published them. Numbers and dates are checked
/// with a sample value. Never remove or change a line.
pub const PUBLISHED: &[(&str, &str, &[&str])] = &[
    (
        "upgrade",
        "existing-os",
        &["xp-professional", "vista-business", "7-professional", "8-pro", "home", "other", "none"],
    ),
    ("upgrade", "install-location", &["internal", "external"]),
    ("toolkit", "location-role", &["headquarters", "associated", "unlinked"]),
    ("toolkit", "location-competency", &["yes", "no"]),
    ("toolkit", "toolkit-held", &["yes", "no"]),
    ("downgrade", "license-source", &["mpn", "learning-training", "msdn", "other"]),
    ("downgrade", "new-version-date", &["2025-03-31"]),
    ("kms", "volume-licensing", &["yes", "no"]),
    ("sharing", "membership", &["action-pack", "competency"]),
    ("sharing", "same-organization", &["yes", "no"]),
    ("sharing", "same-country", &["yes", "no"]),
    ("sharing", "licenses-in-use", &["0", "250"]),
    ("sharing", "license-cap", &["250"]),
    ("msdn", "subscription-source", &["mpn", "purchased"]),
    ("msdn", "use", &["client-solution", "internal"]),
    ("activation", "membership", &["action-pack", "competency"]),
    ("activation", "event", &["new-machine", "same-machine", "hardware-change", "reimage"]),
    ("cloud-tokens", "enrollment-end", &["2026-06-30"]),
    ("cloud-tokens", "renewing", &["yes", "no"]),
    ("o365-mix", "sku-family", &["enterprise", "kiosk", "other"]),
    ("o365-switch", "entitlement", &["10"]),
    ("o365-switch", "on-prem-users", &["4"]),
    ("o365-switch", "cloud-users", &["6"]),
    // Added in December 2026, before contract 1.0.0 named them all.
    ("sharing", "same-organization", &["same-company"]),
    ("sharing", "demo-training", &["yes", "no"]),
    ("sharing", "cap-scope", &["worldwide", "per-country"]),
    ("sharing", "licenses-in-country", &["120"]),
    ("toolkit", "toolkit-in-force", &["yes", "no"]),
    ("o365-switch", "covered-by-purchases", &["20"]),
];

/// Answers added since 1.0.0: (topic, question, answers), by the version that added them (each
/// announced in CHANGELOG.md, crates/rules/tests/changelog.rs). Never remove a line; add new ones.
pub const ADDED_ANSWERS: &[(&str, &str, &[&str])] = &[
    // Contract 1.2.0.
    ("sharing", "cap-scope", &["not-sure"]),
    ("kms", "volume-licensing", &["not-sure"]),
];

pub const PUBLISHED_SCREENS: &[&str] = &["keys", "activation-planner", "organization-account"];

pub const PUBLISHED_OUTCOMES: &[(&str, &[&str])] = &[
    (
        "sharing",
        &[
            "separate-organizations",
            "action-pack-other-country",
            "action-pack-same-country",
            "competency-within-cap",
            "competency-over-cap",
            "competency-over-country-cap",
            "per-country-cap-open",
            "competency-not-associated",
            "action-pack-not-associated",
            "uncapped-licenses",
        ],
    ),
    (
        "downgrade",
        &[
            "partner-network",
            "partner-network-window-open",
            "partner-network-window-closed",
            "partner-network-not-offered-yet",
            "learning-training",
            "msdn",
            "other-source",
        ],
    ),
    (
        "toolkit",
        &[
            "qualifying-location",
            "headquarters",
            "not-associated",
            "no-competency",
            "already-held",
            "earlier-set-ended",
        ],
    ),
    ("msdn", &["granted-client-solution", "granted-internal", "purchased"]),
    (
        "upgrade",
        &["qualifying-internal", "outside-organization", "home-edition", "no-license", "unlisted-edition"],
    ),
    ("activation", &["action-pack-consumed", "action-pack-not-consumed", "competency-consumed"]),
    ("kms", &["volume-licensing-key", "not-issued"]),
    ("cloud-tokens", &["in-force-renewing", "in-force-not-renewing", "ended-renewing", "ended-not-renewing"]),
    ("o365-mix", &["enterprise-or-kiosk", "other-sku"]),
    ("o365-switch", &["within-entitlement", "covered-by-purchases", "over-entitlement"]),
];

/// Outcomes added since 1.0.0, as [`ADDED_ANSWERS`].
pub const ADDED_OUTCOMES: &[(&str, &[&str])] = &[
    // Contract 1.2.0.
    ("sharing", &["cap-scope-unknown"]),
    ("kms", &["volume-licensing-unknown"]),
];
