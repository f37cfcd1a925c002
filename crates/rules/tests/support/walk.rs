//! Every combination of answers of a topic, by representative values
//! (`licensing_rules::samples`). Shared by the exhaustive test (which checks each step) and the
//! timing example `rules_bench` (which times them).

use licensing_rules::engine::{evaluate, Evaluation, Step};
use licensing_rules::model::Topic;
use licensing_rules::model::{Answers, Context};
use licensing_rules::samples;

/// Evaluates `answers`, hands the result to `visit`, then does the same for
/// each answer to the next question (or to the result's unanswered follow-up).
/// Returns how many evaluations it made.
pub fn walk(
    topic: &Topic,
    context: &Context,
    answers: &Answers,
    visit: &mut impl FnMut(&Answers, &Evaluation),
) -> usize {
    let evaluation = evaluate(topic, answers, context);
    visit(answers, &evaluation);
    let next = match evaluation.step {
        Step::Ask(question) => Some(question),
        Step::Done(outcome) => outcome.follow_up.filter(|q| answers.get(q).is_none()),
        Step::Settled(_) => None,
    };
    let mut count = 1;
    for value in next.map(|q| samples::values(q, context.today)).unwrap_or_default() {
        let mut more = answers.clone();
        if let Some(q) = next {
            more.set(q, value);
        }
        count += walk(topic, context, &more, visit);
    }
    count
}
