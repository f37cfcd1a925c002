//! The decision trees drawn from the rules show every question and every
//! outcome of every topic, so a reviewer misses nothing.

mod support;

use std::collections::BTreeSet;

use licensing_rules::catalog::TOPICS;
use licensing_rules::tree::{decision_tree, Node};

fn collect(node: &Node, questions: &mut BTreeSet<&'static str>, outcomes: &mut BTreeSet<&'static str>) {
    match node {
        Node::Ask { question, branches } => {
            questions.insert(question.id);
            for branch in branches {
                collect(&branch.then, questions, outcomes);
            }
        }
        Node::Decide { outcomes: reached, otherwise, follow_up } => {
            assert!(!reached.is_empty());
            outcomes.extend(reached.iter().map(|o| o.id));
            for next in [otherwise, follow_up].into_iter().flatten() {
                collect(next, questions, outcomes);
            }
        }
    }
}

#[test]
fn every_tree_shows_every_question_and_outcome_of_its_topic() {
    for topic in TOPICS {
        let (mut questions, mut outcomes) = (BTreeSet::new(), BTreeSet::new());
        collect(&decision_tree(topic, support::date("2026-11-28")), &mut questions, &mut outcomes);
        let all_questions: BTreeSet<&str> = topic.questions.iter().map(|q| q.id).collect();
        let all_outcomes: BTreeSet<&str> = topic.outcomes.iter().map(|o| o.id).collect();
        assert_eq!(questions, all_questions, "{}", topic.id);
        assert_eq!(outcomes, all_outcomes, "{}", topic.id);
    }
}

#[test]
fn a_choice_branches_by_answer_and_numbers_decide_at_the_end() {
    let tree = decision_tree(support::topic("toolkit"), support::date("2026-11-28"));
    let Node::Ask { question, branches } = &tree else { panic!("starts with a question") };
    assert_eq!(question.id, "location-role");
    let answers: Vec<&str> = branches.iter().map(|b| b.answer.as_str()).collect();
    assert_eq!(
        answers,
        [
            "The headquarters",
            "A location associated with the headquarters",
            "A location not linked to a headquarters"
        ]
    );

    let tree = decision_tree(support::topic("o365-switch"), support::date("2026-11-28"));
    let mut node = &tree;
    while let Node::Ask { branches, .. } = node {
        node = &branches[0].then;
    }
    // Within the entitlement, or more users than it: then whether bought
    // licenses cover them is asked, and the numbers decide again.
    let Node::Decide { outcomes, otherwise: Some(otherwise), .. } = node else { panic!("asks on when over") };
    let ids: Vec<&str> = outcomes.iter().map(|o| o.id).collect();
    assert_eq!(ids, ["within-entitlement"]);
    let Node::Ask { question, branches } = &**otherwise else { panic!("a question") };
    assert_eq!(question.id, "covered-by-purchases");
    let Node::Decide { outcomes, otherwise: None, .. } = &branches[0].then else { panic!("decides") };
    let ids: Vec<&str> = outcomes.iter().map(|o| o.id).collect();
    assert_eq!(ids, ["within-entitlement", "covered-by-purchases", "over-entitlement"]);
}
