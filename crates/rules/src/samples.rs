//! Representative answers for a question: every choice, and for dates and
//! numbers the values around every comparison the rules make (the 12-month
//! deadline, month ends, leap days; zero, equal, one over, the largest).
//! One set, shared by the progress count, the decision tree, the settling of
//! partial links and the tests' exhaustive walk.

use crate::date::Date;
use crate::model::{Input, Question, Value};

/// Numbers: zero, small, around 100 (equal, one under, one over against any
/// other sample), and the largest.
const NUMBERS: [u64; 7] = [0, 1, 2, 99, 100, 101, u64::MAX];

/// Every representative answer to `question`, with `today` as the day dates
/// are measured from. The first is the plainest (today; zero).
pub fn values(question: &Question, today: Date) -> Vec<Value> {
    match &question.input {
        Input::Choice(options) => options.iter().map(|o| Value::Choice(o.id)).collect(),
        Input::Date => dates(today).into_iter().map(Value::Date).collect(),
        Input::Number => NUMBERS.into_iter().map(Value::Number).collect(),
    }
}

/// Today; a month, 11, 12 and 13 months back (either side of a 12-month
/// deadline); a day either side of the deadline; a year ahead; a leap day and
/// a month's 31st.
fn dates(today: Date) -> Vec<Date> {
    // (Loops, not iterator adapters: their code costs the app's first visit.)
    let mut dates = vec![today];
    for months in [1, 11, 12, 13] {
        dates.extend(months_back(today, months));
    }
    if let Some(year_ago) = months_back(today, 12) {
        for days in [-1, 1] {
            dates.extend(year_ago.add_days(days));
        }
    }
    dates.extend(today.add_months(12));
    for day in ["2024-02-29", "2025-01-31"] {
        dates.extend(Date::parse(day).ok());
    }
    dates
}

/// The same day `months` earlier (the day capped at 28, so it exists).
fn months_back(date: Date, months: u32) -> Option<Date> {
    Date::new(date.year() - 2, date.month(), date.day().min(28)).ok()?.add_months(24 - months)
}
