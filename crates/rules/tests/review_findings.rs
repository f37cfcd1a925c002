//! What the review of every outcome against the FAQ found at aafcedb, each
//! held fixed: one reading of the sharing rules for both memberships; the
//! cloud tokens' deadline; what decides an open point; two wording slips in
//! the points; the limits a partner needs, and none that cannot change an
//! answer; and a next step the FAQ advises against (the lab computers).

use licensing_rules::catalog::TOPICS;
use licensing_rules::faq::{self, Point};
use licensing_rules::model::{Input, OutcomeDef, Verdict};
use licensing_rules::statement::{Basis, Statement, LEFT_OPEN};
use licensing_rules::topics::{activation, cloud_tokens, kms, o365_switch, sharing, upgrade};

fn rests_on(statement: &Statement, point: &Point) -> bool {
    statement.basis.points().iter().any(|p| std::ptr::eq(*p, point))
}

#[test]
fn sharing_reads_the_organization_rules_the_same_way_for_action_pack() {
    // A separate organization and a location not yet associated: both a No,
    // both by the same labelled reading of the general words.
    for outcome in [&sharing::SEPARATE_ORGANIZATIONS, &sharing::ACTION_PACK_NOT_ASSOCIATED] {
        assert_eq!(outcome.verdict, Verdict::NotEligible, "{}", outcome.id);
        assert!(
            outcome.reasons.iter().any(|r| matches!(r.basis, Basis::Reading(_))
                && r.text.as_str().contains("Action Pack")
                && r.text.as_str().contains("partners in general")),
            "{}: the reading for Action Pack is stated and labelled",
            outcome.id
        );
    }
    // The option a reader chooses by says what the FAQ counts as one
    // organization, as a labelled reading of the footnote, not as this app's.
    let Input::Choice(options) = sharing::SAME_ORGANIZATION.question.input else { panic!("a choice") };
    for id in ["same-company", "no"] {
        let option = options.iter().find(|o| o.id == id).expect("the option");
        let hint = option.hint.expect("a hint");
        assert!(matches!(hint.basis, Basis::Reading(_)), "{id}");
        assert!(rests_on(&hint, &faq::SHARING_ONE_ENTITY), "{id}: rests on the footnote");
        assert!(hint.text.as_str().contains("same business"), "{id}");
    }
}

#[test]
fn cloud_tokens_tie_redeeming_to_the_enrollment_year() {
    let scope = cloud_tokens::TOPIC.scope.expect("a scope");
    let text = scope.text.as_str();
    assert!(!text.contains("no deadline"), "{text}");
    assert!(text.contains("enrollment year ends"), "{text}");
    assert!(rests_on(&scope, &faq::CLOUD_ENDS_WITH_YEAR));
}

#[test]
fn what_decides_an_open_point_is_never_said_to_be_where_the_faq_sends_questions() {
    for topic in TOPICS {
        for outcome in topic.outcomes {
            let Some(decider) = outcome.decided_by else { continue };
            if rests_on(&decider, &faq::ASK_SUPPORT) {
                assert_eq!(decider, LEFT_OPEN, "{}:{}", topic.id, outcome.id);
            }
        }
    }
    assert!(LEFT_OPEN.text.as_str().starts_with("Not the FAQ"));
}

#[test]
fn the_points_say_or_where_the_faq_does_and_do_not_narrow_the_lab_computers() {
    let full_terms = faq::MSDN_FULL_TERMS.says.as_str();
    assert!(full_terms.contains("MSDN page or"), "{full_terms}");
    let lab = faq::ACTIVATION_LAB_GRACE.says.as_str();
    assert!(!lab.to_lowercase().starts_with("competency partners"), "{lab}");
    assert!(lab.contains("any such computer"), "{lab}");
}

#[test]
fn the_limits_a_partner_needs_are_stated() {
    let limit_about =
        |outcome: &OutcomeDef, words: &str| outcome.limits.iter().any(|l| l.text.as_str().contains(words));
    assert!(limit_about(&activation::ACTION_PACK_FREE, "how large a hardware change"));
    assert!(limit_about(&upgrade::OTHER_EDITION, "every edition the FAQ does not name"));
    assert!(limit_about(&sharing::UNCAPPED, "only some of the licenses"));
    for outcome in activation::TOPIC.outcomes {
        assert!(limit_about(outcome, "keys of other products"), "{}", outcome.id);
    }
    assert!(limit_about(&o365_switch::OVER, "enterprise (E) or kiosk (K)"), "a No that may buy seats");
}

#[test]
fn no_limit_that_cannot_change_the_answer() {
    // Over the maximum already: counting Toolkit licenses too cannot make it a Yes.
    for outcome in [&sharing::COMPETENCY_OVER_CAP, &sharing::COMPETENCY_OVER_COUNTRY_CAP] {
        assert!(outcome.limits.iter().all(|l| !l.text.as_str().contains("count them too")), "{}", outcome.id);
    }
    // The Product Usage Guide said once a result, not as a step and a limit.
    for outcome in o365_switch::TOPIC.outcomes {
        let guide = outcome.statements().filter(|s| rests_on(s, &faq::SWITCH_USAGE_GUIDE)).count();
        assert_eq!(guide, 1, "{}", outcome.id);
    }
}

#[test]
fn no_next_step_advises_activating_frequently_reimaged_computers() {
    let steps = kms::NO_KEY.next_steps;
    let lab = steps.iter().position(|s| rests_on(s, &faq::ACTIVATION_LAB_GRACE)).expect("the lab advice");
    let activate = steps
        .iter()
        .position(|s| s.text.as_str().contains("activate with the product keys"))
        .expect("the step to activate");
    assert!(lab < activate, "the exception comes first");
    // Every step that tells a reader to activate with the partner keys says
    // which computers not to activate, or follows a step that does.
    for topic in TOPICS {
        for outcome in topic.outcomes {
            for (i, step) in outcome.next_steps.iter().enumerate() {
                let text = step.text.as_str().to_lowercase();
                if text.contains("activate with the product keys") {
                    assert!(
                        outcome.next_steps[..=i].iter().any(|s| rests_on(s, &faq::ACTIVATION_LAB_GRACE)),
                        "{}:{}",
                        topic.id,
                        outcome.id
                    );
                }
            }
        }
    }
}
