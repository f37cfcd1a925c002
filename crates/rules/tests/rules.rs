//! Every outcome of every topic, as the FAQ states it, plus the date edges.

mod support;

use licensing_rules::engine::Step;
use licensing_rules::model::{Outcome, Verdict};
use support::run;

const TODAY: &str = "2026-11-28";

/// The outcome for complete answers, with the contract's attributes.
fn outcome(topic: &str, pairs: &[(&str, &str)], today: &str) -> Outcome {
    match run(topic, pairs, today).step {
        Step::Done(outcome) => outcome,
        Step::Ask(q) => panic!("{topic} {pairs:?}: still asks {}", q.id),
        Step::Settled(s) => panic!("{topic} {pairs:?}: settled before the end: {}", s.outcome_ids()),
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
        Step::Settled(s) => panic!("{topic} {pairs:?}: settled {} already", s.outcome_ids()),
    }
}

fn attributes(o: &Outcome) -> Vec<(&'static str, String)> {
    o.details.iter().flat_map(|d| d.attributes()).collect()
}

mod upgrade {
    use super::*;

    #[test]
    fn each_qualifying_license_inside_the_organization_is_eligible() {
        for os in ["xp-professional", "vista-business", "7-professional", "8-pro"] {
            assert_eq!(
                verdict_and_id("upgrade", &[("existing-os", os), ("install-location", "internal")]),
                (Verdict::Eligible, "qualifying-internal"),
                "{os}"
            );
        }
    }

    #[test]
    fn outside_the_organization_is_never_eligible() {
        for os in ["xp-professional", "8-pro"] {
            assert_eq!(
                verdict_and_id("upgrade", &[("existing-os", os), ("install-location", "external")]),
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
    fn an_unlisted_edition_does_not_qualify_wherever_the_computer_is() {
        // The FAQ's four are what "qualifying" means ("that is"), not examples.
        for location in ["internal", "external"] {
            let o = outcome("upgrade", &[("existing-os", "other"), ("install-location", location)], TODAY);
            assert_eq!((o.def.verdict, o.def.id), (Verdict::NotEligible, "unlisted-edition"));
        }
        assert_eq!(
            verdict_and_id("upgrade", &[("existing-os", "other")]),
            (Verdict::NotEligible, "unlisted-edition")
        );
    }

    #[test]
    fn asks_the_license_first_then_the_location() {
        assert_eq!(asks("upgrade", &[]), "existing-os");
        assert_eq!(asks("upgrade", &[("existing-os", "8-pro")]), "install-location");
        assert_eq!(asks("upgrade", &[("install-location", "internal")]), "existing-os");
    }
}

mod toolkit {
    use super::*;

    #[test]
    fn an_associated_location_with_a_competency_and_no_toolkit_qualifies() {
        assert_eq!(
            verdict_and_id(
                "toolkit",
                &[("location-role", "associated"), ("location-competency", "yes"), ("toolkit-held", "no")]
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
            verdict_and_id("toolkit", &[("location-role", "associated"), ("location-competency", "no")]),
            (Verdict::NotEligible, "no-competency")
        );
    }

    fn held(in_force: &str) -> (Verdict, &'static str) {
        verdict_and_id(
            "toolkit",
            &[
                ("location-role", "associated"),
                ("location-competency", "yes"),
                ("toolkit-held", "yes"),
                ("toolkit-in-force", in_force),
            ],
        )
    }

    /// The FAQ's one set of core benefits, with no period named: a set in
    /// force is that set; one from an earlier period that has ended leaves
    /// it open, for the Regional Service Center.
    #[test]
    fn a_set_in_force_is_the_one_set_and_an_ended_one_depends() {
        assert_eq!(held("yes"), (Verdict::NotEligible, "already-held"));
        assert_eq!(held("no"), (Verdict::Conditional, "earlier-set-ended"));
        let earlier = outcome(
            "toolkit",
            &[
                ("location-role", "associated"),
                ("location-competency", "yes"),
                ("toolkit-held", "yes"),
                ("toolkit-in-force", "no"),
            ],
            TODAY,
        );
        let decider = earlier.def.decided_by.expect("says who settles it");
        assert!(decider.text.as_str().contains("Regional Service Center"));
    }

    #[test]
    fn whether_the_set_is_in_force_is_asked_only_of_a_location_that_had_one() {
        let before =
            [("location-role", "associated"), ("location-competency", "yes"), ("toolkit-held", "yes")];
        assert_eq!(
            asks("toolkit", &before),
            "toolkit-in-force",
            "an older link with toolkit-held=yes asks it"
        );
        let never = run(
            "toolkit",
            &[
                ("location-role", "associated"),
                ("location-competency", "yes"),
                ("toolkit-held", "no"),
                ("toolkit-in-force", "yes"),
            ],
            TODAY,
        );
        assert_eq!(never.path.len(), 3, "not read when the location never had a set");
    }

    #[test]
    fn the_headquarters_is_not_asked_about_competencies() {
        assert_eq!(asks("toolkit", &[("location-role", "associated")]), "location-competency");
        let path =
            run("toolkit", &[("location-role", "headquarters"), ("location-competency", "yes")], TODAY).path;
        assert_eq!(path.len(), 1, "only the role was read");
    }
}

mod downgrade {
    use super::*;

    #[test]
    fn the_partner_network_grants_no_downgrade_rights() {
        let o = outcome("downgrade", &[("license-source", "mpn")], TODAY);
        assert_eq!((o.def.verdict, o.def.id), (Verdict::NotEligible, "partner-network"));
        assert!(attributes(&o).is_empty(), "no window without a date");
        assert_eq!(o.follow_up.map(|q| q.id), Some("new-version-date"), "offers the date on the result");
    }

    #[test]
    fn training_msdn_and_other_sources_depend_on_their_own_terms() {
        for (source, id) in
            [("learning-training", "learning-training"), ("msdn", "msdn"), ("other", "other-source")]
        {
            let o = outcome("downgrade", &[("license-source", source)], TODAY);
            assert_eq!((o.def.verdict, o.def.id), (Verdict::Conditional, id));
            assert!(o.def.decided_by.is_some());
            assert!(o.follow_up.is_none(), "the 12-month window is for partner-network software only");
        }
    }

    #[test]
    fn the_date_is_not_used_for_other_sources() {
        let o =
            outcome("downgrade", &[("license-source", "msdn"), ("new-version-date", "2026-01-01")], TODAY);
        assert!(attributes(&o).is_empty());
    }

    fn window(offered: &str, as_of: &str) -> (&'static str, Vec<(&'static str, String)>) {
        let o = outcome("downgrade", &[("license-source", "mpn"), ("new-version-date", offered)], as_of);
        (o.def.id, attributes(&o))
    }

    fn attrs(deadline: &str, state: &str) -> Vec<(&'static str, String)> {
        vec![("data-upgrade-deadline", deadline.to_owned()), ("data-upgrade-window", state.to_owned())]
    }

    #[test]
    fn the_window_is_open_through_the_deadline_day_itself() {
        assert_eq!(
            window("2025-11-28", "2026-11-28"),
            ("partner-network-window-open", attrs("2026-11-28", "open"))
        );
        assert_eq!(
            window("2025-11-28", "2026-11-29"),
            ("partner-network-window-closed", attrs("2026-11-28", "closed"))
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
            ("partner-network-window-closed", attrs("2025-02-28", "closed"))
        );
        // From 28 February of a year before a leap year the deadline stays the 28th.
        assert_eq!(window("2023-02-28", "2024-02-29").1, attrs("2024-02-28", "closed"));
    }

    #[test]
    fn the_31st_keeps_the_31st_twelve_months_later() {
        assert_eq!(window("2025-01-31", "2026-01-31").1, attrs("2026-01-31", "open"));
        assert_eq!(window("2025-12-31", "2027-01-01").1, attrs("2026-12-31", "closed"));
    }

    #[test]
    fn a_date_in_the_future_leaves_the_window_open() {
        assert_eq!(window("2027-06-15", TODAY).1, attrs("2028-06-15", "open"));
    }

    #[test]
    fn the_window_sentence_counts_days_for_people() {
        let sentence = |offered: &str, as_of: &str| {
            outcome("downgrade", &[("license-source", "mpn"), ("new-version-date", offered)], as_of)
                .details
                .first()
                .map(|d| d.sentence())
                .unwrap_or_default()
        };
        // Never "today": the date it counts from may be a link's as-of.
        assert!(sentence("2025-11-28", "2026-11-28").contains("As of 28 November 2026, it is the last day"));
        assert!(sentence("2025-11-28", "2026-11-27").contains("1 day is left"));
        assert!(sentence("2025-11-28", "2026-11-18").contains("10 days are left"));
        assert!(sentence("2025-11-28", "2026-11-29").contains("it closed the day before"));
        assert!(sentence("2025-11-28", "2026-12-08").contains("it closed 10 days before"));
        for as_of in ["2026-11-28", "2026-11-29", "2026-12-08"] {
            assert!(!sentence("2025-11-28", as_of).contains("today"), "{as_of}");
        }
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

mod sharing {
    use super::*;

    fn competency(in_use: &str, cap: &str) -> (Verdict, &'static str) {
        verdict_and_id(
            "sharing",
            &[
                ("membership", "competency"),
                ("same-organization", "yes"),
                ("demo-training", "no"),
                ("cap-scope", "worldwide"),
                ("licenses-in-use", in_use),
                ("license-cap", cap),
            ],
        )
    }

    #[test]
    fn never_between_separate_organizations() {
        for membership in ["action-pack", "competency"] {
            assert_eq!(
                verdict_and_id("sharing", &[("membership", membership), ("same-organization", "no")]),
                (Verdict::NotEligible, "separate-organizations")
            );
        }
    }

    #[test]
    fn action_pack_licenses_stay_in_the_country() {
        let ap = |country| {
            verdict_and_id(
                "sharing",
                &[("membership", "action-pack"), ("same-organization", "yes"), ("same-country", country)],
            )
        };
        assert_eq!(ap("yes"), (Verdict::Eligible, "action-pack-same-country"));
        assert_eq!(ap("no"), (Verdict::NotEligible, "action-pack-other-country"));
        assert_eq!(
            asks("sharing", &[("membership", "action-pack"), ("same-organization", "yes")]),
            "same-country",
            "the cap is not asked of Action Pack"
        );
    }

    fn over(scope: &str, in_country: Option<&str>) -> (Verdict, &'static str) {
        let mut pairs = vec![
            ("membership", "competency"),
            ("same-organization", "yes"),
            ("licenses-in-use", "120"),
            ("license-cap", "100"),
            ("demo-training", "no"),
            ("cap-scope", scope),
        ];
        pairs.extend(in_country.map(|n| ("licenses-in-country", n)));
        verdict_and_id("sharing", &pairs)
    }

    #[test]
    fn competency_licenses_cross_countries_up_to_the_cap_itself() {
        assert_eq!(
            asks("sharing", &[("membership", "competency"), ("same-organization", "yes")]),
            "demo-training",
            "the country is not asked of competency partners; what needs no count comes first"
        );
        assert_eq!(competency("100", "100"), (Verdict::Eligible, "competency-within-cap"));
        assert_eq!(competency("0", "0"), (Verdict::Eligible, "competency-within-cap"));
        let max = u64::MAX.to_string();
        assert_eq!(competency(&max, &max), (Verdict::Eligible, "competency-within-cap"));
        assert_eq!(over("worldwide", None), (Verdict::NotEligible, "competency-over-cap"));
    }

    /// First what makes the rest moot: demonstration or training licenses
    /// need no count, and the kind of maximum comes before its number.
    #[test]
    fn what_makes_other_questions_moot_is_asked_first() {
        let base = [("membership", "competency"), ("same-organization", "yes")];
        let with = |more: &[(&'static str, &'static str)]| [&base[..], more].concat();
        assert_eq!(asks("sharing", &with(&[])), "demo-training");
        assert_eq!(
            verdict_and_id("sharing", &with(&[("demo-training", "yes")])),
            (Verdict::Eligible, "uncapped-licenses"),
            "no count asked"
        );
        assert_eq!(asks("sharing", &with(&[("demo-training", "no")])), "cap-scope");
        let scoped = with(&[("demo-training", "no"), ("cap-scope", "per-country")]);
        assert_eq!(asks("sharing", &scoped), "licenses-in-use");
        let counted = [&scoped[..], &[("licenses-in-use", "101"), ("license-cap", "100")]].concat();
        assert_eq!(asks("sharing", &counted), "licenses-in-country");
        let mut worldwide = with(&[("demo-training", "no"), ("cap-scope", "worldwide")]);
        worldwide.extend([("licenses-in-use", "101"), ("license-cap", "100"), ("licenses-in-country", "5")]);
        let path = run("sharing", &worldwide, TODAY).path;
        assert!(
            path.iter().all(|(q, _)| q.id != "licenses-in-country"),
            "the country is not read for a worldwide cap"
        );
        // An older link that gave the counts first still asks what it lacks.
        let older = with(&[("licenses-in-use", "101"), ("license-cap", "100")]);
        assert_eq!(asks("sharing", &older), "demo-training");
    }

    /// A reader who does not know the kind of maximum: within it across the
    /// organization is a yes anyway; over it, it depends on the kind, and
    /// the result says where the kind is found.
    #[test]
    fn not_sure_of_the_kind_of_maximum_is_an_it_depends_that_names_where_to_look() {
        let pairs = |in_use| {
            vec![
                ("membership", "competency"),
                ("same-organization", "yes"),
                ("demo-training", "no"),
                ("cap-scope", "not-sure"),
                ("licenses-in-use", in_use),
                ("license-cap", "200"),
            ]
        };
        assert_eq!(verdict_and_id("sharing", &pairs("200")), (Verdict::Eligible, "competency-within-cap"));
        assert_eq!(verdict_and_id("sharing", &pairs("210")), (Verdict::Conditional, "cap-scope-unknown"));
        let unknown = &licensing_rules::topics::sharing::CAP_SCOPE_UNKNOWN;
        let decider = unknown.decided_by.expect("what decides").text.as_str();
        assert!(decider.contains("Competency License table"), "{decider}");
        assert!(unknown.answer.words.as_str().starts_with("It depends"));
    }

    /// "Demonstration and training licenses are not bound to maximum grants"
    /// (the Toolkit entry): over the cap, those are asked about first.
    #[test]
    fn demonstration_and_training_licenses_are_not_held_against_the_cap() {
        let pairs = |demo| {
            vec![
                ("membership", "competency"),
                ("same-organization", "yes"),
                ("licenses-in-use", "130"),
                ("license-cap", "100"),
                ("demo-training", demo),
                ("cap-scope", "worldwide"),
            ]
        };
        assert_eq!(verdict_and_id("sharing", &pairs("yes")), (Verdict::Eligible, "uncapped-licenses"));
        assert_eq!(verdict_and_id("sharing", &pairs("no")), (Verdict::NotEligible, "competency-over-cap"));
    }

    /// The FAQ keeps apart another organization (never) and a location of
    /// the same company not associated with the headquarters (associate it
    /// first). Both rules are in words about partners in general, and are
    /// read the same way for Action Pack: never a separate organization, and
    /// an unassociated location not until it is associated.
    #[test]
    fn a_location_of_the_same_company_must_be_associated_first() {
        let same_company = |membership: &'static str, country: Option<&'static str>| {
            let mut pairs = vec![("membership", membership), ("same-organization", "same-company")];
            pairs.extend(country.map(|c| ("same-country", c)));
            verdict_and_id("sharing", &pairs)
        };
        assert_eq!(same_company("competency", None), (Verdict::NotEligible, "competency-not-associated"));
        assert_eq!(
            same_company("action-pack", Some("yes")),
            (Verdict::NotEligible, "action-pack-not-associated")
        );
        assert_eq!(
            same_company("action-pack", Some("no")),
            (Verdict::NotEligible, "action-pack-other-country"),
            "the country rule holds either way"
        );
        let separate =
            verdict_and_id("sharing", &[("membership", "action-pack"), ("same-organization", "no")]);
        assert_eq!(separate, (Verdict::NotEligible, "separate-organizations"), "the same reading");
    }

    /// What a per-country cap counts the FAQ leaves open: over it in the
    /// country alone is over it either way; over only across the
    /// organization depends.
    #[test]
    fn a_per_country_cap_is_a_no_only_when_the_country_alone_is_over_it() {
        assert_eq!(over("per-country", Some("101")), (Verdict::NotEligible, "competency-over-country-cap"));
        assert_eq!(over("per-country", Some("100")), (Verdict::Conditional, "per-country-cap-open"));
        assert_eq!(over("per-country", Some("0")), (Verdict::Conditional, "per-country-cap-open"));
        let open = outcome(
            "sharing",
            &[
                ("membership", "competency"),
                ("same-organization", "yes"),
                ("licenses-in-use", "120"),
                ("license-cap", "100"),
                ("demo-training", "no"),
                ("cap-scope", "per-country"),
                ("licenses-in-country", "60"),
            ],
            TODAY,
        );
        let sentences: Vec<String> = open.details.iter().map(|d| d.sentence()).collect();
        assert_eq!(
            sentences,
            [
                "120 licenses in use against a maximum of 100: 20 over it.",
                "60 licenses in use in that country against a maximum of 100: 40 to spare."
            ]
        );
        assert!(open.def.decided_by.is_some_and(|d| d.text.as_str().contains("Regional Service Center")));
    }

    #[test]
    fn the_count_is_said_in_words() {
        let sentence = |in_use: &str, cap: &str| {
            outcome(
                "sharing",
                &[
                    ("membership", "competency"),
                    ("same-organization", "yes"),
                    ("licenses-in-use", in_use),
                    ("license-cap", cap),
                    ("demo-training", "no"),
                    ("cap-scope", "worldwide"),
                ],
                TODAY,
            )
            .details[0]
                .sentence()
        };
        assert_eq!(sentence("40", "50"), "40 licenses in use against a maximum of 50: 10 to spare.");
        assert_eq!(sentence("51", "50"), "51 licenses in use against a maximum of 50: 1 over it.");
    }
}

mod msdn {
    use super::*;

    #[test]
    fn granted_subscriptions_exclude_client_solutions() {
        assert_eq!(
            verdict_and_id("msdn", &[("subscription-source", "mpn"), ("use", "client-solution")]),
            (Verdict::NotEligible, "granted-client-solution")
        );
        assert_eq!(
            verdict_and_id("msdn", &[("subscription-source", "mpn"), ("use", "internal")]),
            (Verdict::Conditional, "granted-internal")
        );
    }

    #[test]
    fn purchased_subscriptions_follow_their_purchase_terms_whatever_the_use() {
        assert_eq!(
            verdict_and_id("msdn", &[("subscription-source", "purchased")]),
            (Verdict::Conditional, "purchased")
        );
    }
}

mod activation {
    use super::*;

    fn consumes(membership: &str, event: &str) -> (Verdict, String) {
        let o = outcome("activation", &[("membership", membership), ("event", event)], TODAY);
        let flag = o.def.attributes.iter().find(|(k, _)| *k == "data-consumes").map(|(_, v)| v.to_string());
        (o.def.verdict, flag.unwrap_or_default())
    }

    #[test]
    fn action_pack_keys_count_new_machines_and_hardware_changes() {
        assert_eq!(consumes("action-pack", "new-machine"), (Verdict::NotEligible, "true".into()));
        assert_eq!(consumes("action-pack", "hardware-change"), (Verdict::NotEligible, "true".into()));
        assert_eq!(consumes("action-pack", "same-machine"), (Verdict::Eligible, "false".into()));
        assert_eq!(consumes("action-pack", "reimage"), (Verdict::Eligible, "false".into()));
    }

    #[test]
    fn competency_keys_count_everything_so_the_event_is_not_asked() {
        for event in ["new-machine", "same-machine", "hardware-change", "reimage"] {
            assert_eq!(consumes("competency", event), (Verdict::NotEligible, "true".into()));
        }
        assert_eq!(run("activation", &[("membership", "competency")], TODAY).path.len(), 1);
        let o = outcome("activation", &[("membership", "competency")], TODAY);
        assert!(
            o.def.next_steps.iter().any(|s| s.text.as_str().contains("rearm")),
            "gives the lab-machine advice"
        );
    }
}

mod cloud_tokens {
    use super::*;

    fn tokens(
        end: &str,
        renewing: &str,
        as_of: &str,
    ) -> (Verdict, &'static str, Vec<(&'static str, String)>) {
        let o = outcome("cloud-tokens", &[("enrollment-end", end), ("renewing", renewing)], as_of);
        (o.def.verdict, o.def.id, attributes(&o))
    }

    #[test]
    fn the_reason_names_the_end_of_use_rights_and_the_day_counted_from() {
        let o =
            outcome("cloud-tokens", &[("enrollment-end", "2026-06-30"), ("renewing", "no")], "2026-06-01");
        let sentences: Vec<String> = o.details.iter().map(|d| d.sentence()).collect();
        assert_eq!(sentences.len(), 1);
        assert!(sentences[0].contains("on 30 June 2026"), "{sentences:?}");
        assert!(sentences[0].contains("As of 1 June 2026"), "{sentences:?}");
    }

    #[test]
    fn use_rights_last_through_the_last_day_of_the_enrollment_year() {
        let end = vec![("data-use-rights-end", "2026-06-30".to_owned())];
        assert_eq!(
            tokens("2026-06-30", "yes", "2026-06-30"),
            (Verdict::Eligible, "in-force-renewing", end.clone())
        );
        assert_eq!(
            tokens("2026-06-30", "no", "2026-01-01"),
            (Verdict::Eligible, "in-force-not-renewing", end.clone())
        );
        assert_eq!(
            tokens("2026-06-30", "yes", "2026-07-01"),
            (Verdict::NotEligible, "ended-renewing", end.clone())
        );
        assert_eq!(
            tokens("2026-06-30", "no", "2026-07-01"),
            (Verdict::NotEligible, "ended-not-renewing", end)
        );
    }

    #[test]
    fn a_29th_of_february_end_is_kept_as_given() {
        assert_eq!(
            tokens("2028-02-29", "no", "2028-02-29").2,
            vec![("data-use-rights-end", "2028-02-29".to_owned())]
        );
    }
}

mod office_365 {
    use super::*;

    #[test]
    fn enterprise_and_kiosk_seats_share_the_tenant_others_do_not() {
        assert_eq!(verdict_and_id("o365-mix", &[("sku-family", "enterprise")]).0, Verdict::Eligible);
        assert_eq!(verdict_and_id("o365-mix", &[("sku-family", "kiosk")]).0, Verdict::Eligible);
        assert_eq!(verdict_and_id("o365-mix", &[("sku-family", "other")]).0, Verdict::NotEligible);
    }

    fn switch(entitlement: &str, on_prem: &str, cloud: &str, covered: &str) -> (Verdict, &'static str) {
        verdict_and_id(
            "o365-switch",
            &[
                ("entitlement", entitlement),
                ("on-prem-users", on_prem),
                ("cloud-users", cloud),
                ("covered-by-purchases", covered),
            ],
        )
    }

    #[test]
    fn users_may_switch_while_the_total_stays_within_the_entitlement() {
        assert_eq!(switch("100", "60", "40", "0"), (Verdict::Eligible, "within-entitlement"));
        assert_eq!(switch("100", "60", "41", "0"), (Verdict::NotEligible, "over-entitlement"));
        assert_eq!(switch("0", "0", "0", "0").0, Verdict::Eligible);
        assert_eq!(switch("0", "0", "1", "0").0, Verdict::NotEligible);
        let max = u64::MAX.to_string();
        assert_eq!(switch(&max, &max, "0", "0").0, Verdict::Eligible);
        assert_eq!(switch(&max, &max, &max, "0").0, Verdict::NotEligible, "the sum does not overflow");
    }

    /// "You can also purchase the required CALs or online seats": users those
    /// cover are not over the granted entitlement. The issue's example: 80
    /// on-premises and 40 on Office 365 against 100, with 20 seats bought.
    #[test]
    fn users_covered_by_bought_cals_or_seats_are_not_over_the_entitlement() {
        assert_eq!(switch("100", "80", "40", "20"), (Verdict::Eligible, "covered-by-purchases"));
        assert_eq!(switch("100", "80", "40", "19"), (Verdict::NotEligible, "over-entitlement"));
        assert_eq!(
            switch("100", "80", "40", "500").0,
            Verdict::Eligible,
            "more than the users covers them all"
        );
        let max = u64::MAX.to_string();
        assert_eq!(switch("0", &max, &max, &max).0, Verdict::NotEligible, "no overflow either way");
        let covered = outcome(
            "o365-switch",
            &[
                ("entitlement", "100"),
                ("on-prem-users", "80"),
                ("cloud-users", "40"),
                ("covered-by-purchases", "20"),
            ],
            TODAY,
        );
        assert_eq!(
            covered.details[0].sentence(),
            "100 users not covered by licenses you bought against a maximum of 100: 0 to spare."
        );
    }

    #[test]
    fn bought_licenses_are_asked_about_only_when_the_users_are_over_the_entitlement() {
        let over = [("entitlement", "100"), ("on-prem-users", "80"), ("cloud-users", "40")];
        assert_eq!(asks("o365-switch", &over), "covered-by-purchases", "the issue's older link asks it");
        let within = run(
            "o365-switch",
            &[
                ("entitlement", "100"),
                ("on-prem-users", "60"),
                ("cloud-users", "40"),
                ("covered-by-purchases", "0"),
            ],
            TODAY,
        );
        assert_eq!(within.path.len(), 3, "not read when within");
    }
}

mod progress {
    use super::*;
    use licensing_rules::engine::questions_left;
    use licensing_rules::model::Context;

    fn left(topic: &str, pairs: &[(&str, &str)]) -> usize {
        let t = support::topic(topic);
        questions_left(t, &support::answers(t, pairs), &Context { today: support::date(TODAY) })
    }

    #[test]
    fn counts_the_longest_way_still_open() {
        assert_eq!(left("toolkit", &[]), 4);
        assert_eq!(left("toolkit", &[("location-role", "associated")]), 3);
        assert_eq!(left("toolkit", &[("location-role", "headquarters")]), 0);
        assert_eq!(
            left("sharing", &[]),
            7,
            "membership, organization, the two numbers, which licenses, the kind of cap, the country's count"
        );
        assert_eq!(left("sharing", &[("membership", "action-pack")]), 2);
        assert_eq!(left("o365-switch", &[("entitlement", "5")]), 3);
        assert_eq!(left("downgrade", &[]), 1, "the date is a follow-up, never a step");
    }
}
