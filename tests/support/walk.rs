//! Every combination of answers of a topic, by representative classes of
//! values. Shared by the exhaustive test (which checks each step) and the
//! timing example `rules_bench` (which times them).

use licensing_check::rules::date::Date;
use licensing_check::rules::model::{Answers, Context, Input, Question, Value};
use licensing_check::rules::topics::Topic;
use licensing_check::rules::{evaluate, Evaluation, Step};

/// Representative answers for a question: every choice; dates by their classes
/// around the 12-month deadline and the month ends.
pub fn classes(question: &Question, today: Date) -> Vec<Value> {
    match &question.input {
        Input::Choice(options) => options.iter().map(|o| Value::Choice(o.id)).collect(),
        Input::Date => {
            ["2024-02-29", "2025-01-31", "2025-11-27", "2025-11-28", "2025-11-29", "2026-11-28", "2030-06-15"]
                .iter()
                .filter_map(|d| Date::parse(d).ok())
                .map(Value::Date)
                .chain(std::iter::once(Value::Date(today)))
                .collect()
        }
        // Boundary classes: zero, small, around 100 (equal, one under, one
        // over against any other class), and the largest.
        Input::Number => [0, 1, 2, 99, 100, 101, u64::MAX].into_iter().map(Value::Number).collect(),
    }
}

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
    };
    let mut count = 1;
    for value in next.map(|q| classes(q, context.today)).unwrap_or_default() {
        let mut more = answers.clone();
        if let Some(q) = next {
            more.set(q, value);
        }
        count += walk(topic, context, &more, visit);
    }
    count
}
