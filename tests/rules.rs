//! Every outcome of every topic, as the FAQ states it, plus the date edges.

mod support;

use licensing_check::rules::model::{Outcome, Verdict};
use licensing_check::rules::Step;
use support::run;

const TODAY: &str = "2026-11-28";

/// The outcome for complete answers, with the contract's attributes.
fn outcome(topic: &str, pairs: &[(&str, &str)], today: &str) -> Outcome {
    match run(topic, pairs, today).step {
        Step::Done(outcome) => outcome,
        Step::Ask(q) => panic!("{topic} {pairs:?}: still asks {}", q.id),
    }
}

fn verdict_and_id(topic: &str, pairs: &[(&str, &str)]) -> (Verdict, &'static str) {
    let o = outcome(topic, pairs, TODAY);
    (o.def.verdict, o.def.id)
}

fn asks(topic: &str, pairs: &[(&str, &str)]) -> &'static str {
    match run(topic, pairs, TODAY).step {
        Step::Ask(q) => q.id,
        Step::Done(o) => panic!("{topic} {pairs:?}: decided {} already", o.def.id),
    }
}

fn attributes(o: &Outcome) -> Vec<(&'static str, String)> {
    o.details.iter().flat_map(|d| d.attributes()).collect()
}

mod upgrade {
    use super::*;

    #[test]
    fn each_qualifying_license_inside_the_organization_is_eligible() {
        for os in [
            "xp-professional",
            "vista-business",
            "7-professional",
            "8-pro",
        ] {
            assert_eq!(
                verdict_and_id(
                    "upgrade",
                    &[("existing-os", os), ("install-location", "internal")]
                ),
                (Verdict::Eligible, "qualifying-internal"),
                "{os}"
            );
        }
    }

    #[test]
    fn outside_the_organization_is_never_eligible() {
        for os in ["xp-professional", "8-pro", "other"] {
            assert_eq!(
                verdict_and_id(
                    "upgrade",
                    &[("existing-os", os), ("install-location", "external")]
                ),
                (Verdict::NotEligible, "outside-organization")
            );
        }
    }

    #[test]
    fn home_editions_and_no_license_are_decided_without_asking_where() {
        assert_eq!(
            verdict_and_id("upgrade", &[("existing-os", "home")]),
            (Verdict::NotEligible, "home-edition")
        );
        assert_eq!(
            verdict_and_id("upgrade", &[("existing-os", "none")]),
            (Verdict::NotEligible, "no-license")
        );
    }

    #[test]
    fn an_unlisted_edition_depends_on_other_documents() {
        let o = outcome(
            "upgrade",
            &[("existing-os", "other"), ("install-location", "internal")],
            TODAY,
        );
        assert_eq!(
            (o.def.verdict, o.def.id),
            (Verdict::Conditional, "unlisted-edition")
        );
        assert!(
            o.def.decided_by.is_some(),
            "a conditional result names the deciding document"
        );
    }

    #[test]
    fn asks_the_license_first_then_the_location() {
        assert_eq!(asks("upgrade", &[]), "existing-os");
        assert_eq!(
            asks("upgrade", &[("existing-os", "8-pro")]),
            "install-location"
        );
        assert_eq!(
            asks("upgrade", &[("install-location", "internal")]),
            "existing-os"
        );
    }
}

mod toolkit {
    use super::*;

    #[test]
    fn an_associated_location_with_a_competency_and_no_toolkit_qualifies() {
        assert_eq!(
            verdict_and_id(
                "toolkit",
                &[
                    ("location-role", "associated"),
                    ("location-competency", "yes"),
                    ("toolkit-held", "no")
                ]
            ),
            (Verdict::Eligible, "qualifying-location")
        );
    }

    #[test]
    fn each_missing_condition_has_its_own_no() {
        assert_eq!(
            verdict_and_id("toolkit", &[("location-role", "headquarters")]),
            (Verdict::NotEligible, "headquarters")
        );
        assert_eq!(
            verdict_and_id("toolkit", &[("location-role", "unlinked")]),
            (Verdict::NotEligible, "not-associated")
        );
        assert_eq!(
            verdict_and_id(
                "toolkit",
                &[
                    ("location-role", "associated"),
                    ("location-competency", "no")
                ]
            ),
            (Verdict::NotEligible, "no-competency")
        );
        assert_eq!(
            verdict_and_id(
                "toolkit",
                &[
                    ("location-role", "associated"),
                    ("location-competency", "yes"),
                    ("toolkit-held", "yes")
                ]
            ),
            (Verdict::NotEligible, "already-held")
        );
    }

    #[test]
    fn the_headquarters_is_not_asked_about_competencies() {
        assert_eq!(
            asks("toolkit", &[("location-role", "associated")]),
            "location-competency"
        );
        let path = run(
            "toolkit",
            &[
                ("location-role", "headquarters"),
                ("location-competency", "yes"),
            ],
            TODAY,
        )
        .path;
        assert_eq!(path.len(), 1, "only the role was read");
    }
}

mod downgrade {
    use super::*;

    #[test]
    fn the_partner_network_grants_no_downgrade_rights() {
        let o = outcome("downgrade", &[("license-source", "mpn")], TODAY);
        assert_eq!(
            (o.def.verdict, o.def.id),
            (Verdict::NotEligible, "partner-network")
        );
        assert!(attributes(&o).is_empty(), "no window without a date");
        assert_eq!(
            o.follow_up.map(|q| q.id),
            Some("new-version-date"),
            "offers the date on the result"
        );
    }

    #[test]
    fn training_msdn_and_other_sources_depend_on_their_own_terms() {
        for (source, id) in [
            ("learning-training", "learning-training"),
            ("msdn", "msdn"),
            ("other", "other-source"),
        ] {
            let o = outcome("downgrade", &[("license-source", source)], TODAY);
            assert_eq!((o.def.verdict, o.def.id), (Verdict::Conditional, id));
            assert!(o.def.decided_by.is_some());
            assert!(
                o.follow_up.is_none(),
                "the 12-month window is for partner-network software only"
            );
        }
    }

    #[test]
    fn the_date_is_not_used_for_other_sources() {
        let o = outcome(
            "downgrade",
            &[
                ("license-source", "msdn"),
                ("new-version-date", "2026-01-01"),
            ],
            TODAY,
        );
        assert!(attributes(&o).is_empty());
    }

    fn window(offered: &str, as_of: &str) -> (&'static str, Vec<(&'static str, String)>) {
        let o = outcome(
            "downgrade",
            &[("license-source", "mpn"), ("new-version-date", offered)],
            as_of,
        );
        (o.def.id, attributes(&o))
    }

    fn attrs(deadline: &str, state: &str) -> Vec<(&'static str, String)> {
        vec![
            ("data-upgrade-deadline", deadline.to_owned()),
            ("data-upgrade-window", state.to_owned()),
        ]
    }

    #[test]
    fn the_window_is_open_through_the_deadline_day_itself() {
        assert_eq!(
            window("2025-11-28", "2026-11-28"),
            ("partner-network-window-open", attrs("2026-11-28", "open"))
        );
        assert_eq!(
            window("2025-11-28", "2026-11-29"),
            (
                "partner-network-window-closed",
                attrs("2026-11-28", "closed")
            )
        );
        assert_eq!(
            window("2025-11-28", "2025-11-28"),
            ("partner-network-window-open", attrs("2026-11-28", "open"))
        );
    }

    #[test]
    fn the_29th_of_february_falls_back_to_the_28th() {
        assert_eq!(
            window("2024-02-29", "2025-02-28"),
            ("partner-network-window-open", attrs("2025-02-28", "open"))
        );
        assert_eq!(
            window("2024-02-29", "2025-03-01"),
            (
                "partner-network-window-closed",
                attrs("2025-02-28", "closed")
            )
        );
        // From 28 February of a year before a leap year the deadline stays the 28th.
        assert_eq!(
            window("2023-02-28", "2024-02-29").1,
            attrs("2024-02-28", "closed")
        );
    }

    #[test]
    fn the_31st_keeps_the_31st_twelve_months_later() {
        assert_eq!(
            window("2025-01-31", "2026-01-31").1,
            attrs("2026-01-31", "open")
        );
        assert_eq!(
            window("2025-12-31", "2027-01-01").1,
            attrs("2026-12-31", "closed")
        );
    }

    #[test]
    fn a_date_in_the_future_leaves_the_window_open() {
        assert_eq!(window("2027-06-15", TODAY).1, attrs("2028-06-15", "open"));
    }

    #[test]
    fn the_window_sentence_counts_days_for_people() {
        let sentence = |offered: &str, as_of: &str| {
            outcome(
                "downgrade",
                &[("license-source", "mpn"), ("new-version-date", offered)],
                as_of,
            )
            .details
            .first()
            .map(|d| d.sentence())
            .unwrap_or_default()
        };
        assert!(sentence("2025-11-28", "2026-11-28").contains("today is its last day"));
        assert!(sentence("2025-11-28", "2026-11-27").contains("1 day is left"));
        assert!(sentence("2025-11-28", "2026-11-18").contains("10 days are left"));
        assert!(sentence("2025-11-28", "2026-11-29").contains("it closed yesterday"));
        assert!(sentence("2025-11-28", "2026-12-08").contains("it closed 10 days ago"));
        assert!(sentence("2024-02-29", "2024-06-01").contains("ends on 28 February 2025"));
    }
}

mod kms {
    use super::*;

    #[test]
    fn a_volume_licensing_key_may_activate_granted_licenses() {
        assert_eq!(
            verdict_and_id("kms", &[("volume-licensing", "yes")]),
            (Verdict::Eligible, "volume-licensing-key")
        );
    }

    #[test]
    fn the_partner_network_never_issues_kms_keys() {
        assert_eq!(
            verdict_and_id("kms", &[("volume-licensing", "no")]),
            (Verdict::NotEligible, "not-issued")
        );
    }
}
