//! Every sentence of the FAQ revision the rules follow (`faq::FAQ_REVISION`),
//! part by part in the page's order, by its fingerprint: the points it is the
//! source of, or why it decides nothing. To see each line beside its sentence,
//! run `cargo run -p licensing-rules --example faq-changes -- --map`.
//!
//! When the FAQ changes, the change report names the lines that no longer
//! match; after the points and outcomes are reviewed, their fingerprints here
//! are updated from `--map` of the new text.

use super::{Fingerprint, MapPart, Mapped, Part, Role};
use crate::faq::*;

const fn source(fingerprint: u64, points: &'static [&'static Point]) -> Mapped {
    Mapped { fingerprint: Fingerprint(fingerprint), role: Role::Source(points) }
}

const fn heading(fingerprint: u64) -> Mapped {
    Mapped { fingerprint: Fingerprint(fingerprint), role: Role::Heading }
}

const fn set_aside(fingerprint: u64, why: &'static str) -> Mapped {
    Mapped { fingerprint: Fingerprint(fingerprint), role: Role::SetAside(why) }
}

/// The name of a linked page, on a line of its own: the source of the points
/// that send the reader there.
const fn link(fingerprint: u64, points: &'static [&'static Point]) -> Mapped {
    source(fingerprint, points)
}

pub static MAP: &[MapPart] = &[
    MapPart {
        part: Part::Head,
        sentences: &[
            set_aside(
                0x0cee86b50a90791c,
                "The page's title: the app names the FAQ by it (faq::FAQ_TITLE), and no verdict rests on it.",
            ),
            set_aside(0x84ac98b048da82d8, "The site's notice about cookies, not part of the FAQ."),
        ],
    },
    MapPart {
        part: Part::PageName,
        sentences: &[set_aside(
            0x0cee86b50a90791c,
            "The page's name in the site's navigation, the title again.",
        )],
    },
    MapPart {
        part: Part::Section(Section::Introduction),
        sentences: &[
            heading(0x99ba4d0bb6809469),
            source(0xa67aae01f64f2bf0, &[&ASK_SUPPORT]),
            link(0x1d8702c71a9f1206, &[&ASK_SUPPORT]),
            link(0x55b7c33dc61f9480, &[&ASK_SUPPORT]),
        ],
    },
    MapPart { part: Part::Section(Section::Licenses), sentences: &[heading(0x2e109263b73c12d5)] },
    MapPart {
        part: Part::Entry(&LICENSE_SHARING),
        sentences: &[
            heading(0xf3ef288a515544b5),
            source(0xa721b85578dad23a, &[&SHARING_ALLOWED]),
            source(0x97336ae4bc9ebafd, &[&SHARING_ALLOWED]),
            source(0x8a708a9007c071f8, &[&SHARING_ACTION_PACK_COUNTRY]),
            source(0x4863f8a31917cbd1, &[&SHARING_ACTION_PACK_COUNTRY]),
            source(0x62ebc87945b51c97, &[&SHARING_COMPETENCY_COUNTRIES, &SHARING_CAP]),
            source(0xf1eab57f9ff4605d, &[&SHARING_ONE_ORGANIZATION]),
            source(0x47cd076964f2070d, &[&SHARING_ASSOCIATED]),
            source(0xb5650415fbb36f7e, &[&SHARING_NOT_SEPARATE]),
            // The footnote: the ways of enrolling, then the one partner entity.
            source(0xdc33d6cc4f111f50, &[&SHARING_ONE_ENTITY]),
            source(0x6fec1fc84d21ada4, &[&SHARING_ONE_ENTITY]),
        ],
    },
    MapPart {
        part: Part::Entry(&DOWNGRADE_RIGHTS),
        sentences: &[
            heading(0xfe2c37d850fbf392),
            source(0x37643c19c348229c, &[&DOWNGRADE_NONE]),
            source(0xf043b156e58aab9e, &[&DOWNGRADE_NONE]),
            source(0x88aad2dfa599f1f3, &[&DOWNGRADE_TWELVE_MONTHS]),
            source(0xe8ac74291c19d9ad, &[&DOWNGRADE_UPDATES_TABLE]),
            source(0x36e1e1ee4116cfd5, &[&DOWNGRADE_NOT_LEARNING, &DOWNGRADE_NOT_MSDN]),
            link(0xb5831bbd56cb1e86, &[&DOWNGRADE_UPDATES_TABLE]),
        ],
    },
    MapPart {
        part: Part::Entry(&ADDITIONAL_BENEFIT_TOOLKIT),
        sentences: &[
            heading(0x08afb6075cd4813b),
            source(0x21aa532f50c29223, &[&TOOLKIT_LINKED_LOCATIONS]),
            source(0x25016a2b7181f0af, &[&TOOLKIT_OWN_COMPETENCY, &TOOLKIT_BENEFITS]),
            source(0x9a0244a526ca6d1b, &[&TOOLKIT_ONE_SET]),
            source(0x15d8696d71e50407, &[&TOOLKIT_CAPS]),
            source(0xb1c808ddf028fbf4, &[&TOOLKIT_DEMO_UNCAPPED]),
            source(0x6a762824a71b9bef, &[&TOOLKIT_NOT_HEADQUARTERS, &TOOLKIT_LINKED_LOCATIONS]),
            link(0x99934ddf3e768bf7, &[&TOOLKIT_CAPS]),
        ],
    },
    MapPart {
        part: Part::Entry(&MSDN_TERMS),
        sentences: &[
            heading(0x2c7af4696660ba46),
            source(0xa721b85578dad23a, &[&MSDN_DIFFERENT_RIGHTS]),
            source(0xc047d2eca82dad79, &[&MSDN_DIFFERENT_RIGHTS]),
            source(0x56fddc574cc5015b, &[&MSDN_NO_CLIENT_SOLUTIONS]),
            source(0x5615a545d3802397, &[&MSDN_FULL_TERMS]),
            link(0xcc844abf5fe71eea, &[&MSDN_FULL_TERMS]),
            link(0x2bcb6701724ce44f, &[&MSDN_FULL_TERMS]),
        ],
    },
    MapPart {
        part: Part::Entry(&WINDOWS_UPGRADE_LICENSES),
        sentences: &[
            heading(0x52117997a8034649),
            source(0x37643c19c348229c, &[&UPGRADE_ONLY]),
            source(0x55656292cc55b98d, &[&UPGRADE_ONLY]),
            source(0xb89357d62a626d82, &[&UPGRADE_QUALIFYING]),
            source(0x66c6a18d0c021457, &[&UPGRADE_NO_HOME]),
            source(0xcd00b57e2c3ccbc2, &[&UPGRADE_INTERNAL_ONLY, &UPGRADE_NOT_OUTSIDE]),
            source(0x24367f9197c424b6, &[&UPGRADE_CLEAN_INSTALL]),
        ],
    },
    MapPart { part: Part::Section(Section::ProductKeysAndTokens), sentences: &[heading(0xae180376b068a3a1)] },
    MapPart {
        part: Part::Entry(&PRODUCT_ACTIVATION),
        sentences: &[
            heading(0xa6319196fe7f5472),
            source(0xa43b4398c8e0c509, &[&ACTIVATION_REQUIRED]),
            source(0x2ed6a644efc382e4, &[&ACTIVATION_FINITE]),
            source(0x1ff5ad6560ce06b2, &[&ACTIVATION_DIFFERS]),
            // It introduces the three cases listed under it.
            source(
                0xd4805c932989fd80,
                &[
                    &ACTIVATION_ACTION_PACK_NEW_MACHINE,
                    &ACTIVATION_ACTION_PACK_SAME_MACHINE,
                    &ACTIVATION_ACTION_PACK_HARDWARE,
                ],
            ),
            source(0xfa080707d485a81f, &[&ACTIVATION_ACTION_PACK_NEW_MACHINE]),
            source(0x37b50834f95e57e1, &[&ACTIVATION_ACTION_PACK_SAME_MACHINE]),
            source(0x2f68f73f19b680e5, &[&ACTIVATION_ACTION_PACK_HARDWARE]),
            source(0xd5db8b25d41d3efb, &[&ACTIVATION_COMPETENCY_EVERY]),
            source(0x871d59b429e69d0f, &[&ACTIVATION_LICENSES_DIFFER]),
            source(0x652f12ff6bdda249, &[&ACTIVATION_LAB_GRACE]),
            source(0x3c11ff38a00f4465, &[&ACTIVATION_LAB_GRACE]),
            source(0x788760858aee3bf0, &[&ACTIVATION_GUIDE]),
            source(0x4a4e06344370b940, &[&ACTIVATION_ASK_RSC]),
            link(0x8c3ef21a0d8138e3, &[&ACTIVATION_GUIDE]),
            link(0x55b7c33dc61f9480, &[&ACTIVATION_ASK_RSC]),
        ],
    },
    MapPart {
        part: Part::Entry(&KMS_KEYS),
        sentences: &[
            heading(0x864ea77ee1a78416),
            source(0x64bc49cec999e7f1, &[&KMS_VOLUME_LICENSING_ONLY]),
            source(0x70a369a35348fefb, &[&KMS_VOLUME_LICENSING_ONLY]),
            source(0x218a1f1aa2c318d4, &[&KMS_FOR_GRANTED_LICENSES]),
            source(0x309828f317e85eba, &[&KMS_COMBINE]),
        ],
    },
    MapPart {
        part: Part::Entry(&KEYS_AND_TOKENS),
        sentences: &[
            heading(0x90c917547ebcf77a),
            source(0xb5bde0c875995bd3, &[&KEYS_PRODUCT_KEY, &KEYS_TOKEN]),
            source(0xe9901941fc0cfcac, &[&KEYS_FORMAT]),
        ],
    },
    MapPart {
        part: Part::Entry(&CLOUD_TOKEN_PERIOD),
        sentences: &[
            heading(0x19002d72c34d35b0),
            source(0x7cd2865bd8cbaee8, &[&CLOUD_ENDS_WITH_YEAR]),
            source(0x0b31a714ae6d179b, &[&CLOUD_ACCESS_WITHOUT_RIGHTS]),
            source(0xae98b01222b9ea47, &[&CLOUD_MORE_TOKENS]),
            source(0x9a4052bb94dfe100, &[&CLOUD_RENEWAL_TOKENS]),
            source(0x3daebc06286dc0e4, &[&CLOUD_BUY_WITHOUT_RENEWAL]),
        ],
    },
    MapPart { part: Part::Section(Section::CloudServices), sentences: &[heading(0x81623a8880a9c8b6)] },
    MapPart {
        part: Part::Entry(&O365_PURCHASED_SEATS),
        sentences: &[
            heading(0x3514a6855bc0f7ba),
            source(0xa721b85578dad23a, &[&O365_E_AND_K]),
            source(0xb6dfae5b52601a58, &[&O365_E_AND_K]),
            source(0xad44d31f6b76b450, &[&O365_OTHER_SKUS]),
        ],
    },
    MapPart {
        part: Part::Entry(&O365_SWITCH_USERS),
        sentences: &[
            heading(0x60215c7ac08345a6),
            source(0x9ca8ca26797478cf, &[&SWITCH_ANY_TIME, &SWITCH_WITHIN_ENTITLEMENT]),
            source(0x78e851fc0d9b67c3, &[&SWITCH_BUY_MORE]),
            source(0x96693294115879f5, &[&SWITCH_USAGE_GUIDE]),
            link(0x2bcb6701724ce44f, &[&SWITCH_USAGE_GUIDE]),
        ],
    },
    MapPart {
        part: Part::Entry(&ORGANIZATION_ACCOUNT),
        sentences: &[
            heading(0xdc4b285106b34e8f),
            source(0x350e77d0edca5bba, &[&ORGANIZATION_ACCOUNT_WHAT]),
            source(0x3373df1eb7e5bc3f, &[&ORGANIZATION_ACCOUNT_CREATED, &ORGANIZATION_ACCOUNT_DETAILS]),
            source(0xd5897a9821e3e865, &[&ORGANIZATION_ACCOUNT_CREATED]),
            source(0x065857daa78ef1d8, &[&ORGANIZATION_ACCOUNT_SAME_ADMIN]),
        ],
    },
];
