//! Why the build stopped: every failure names the step it happened in.

use std::fmt;

/// The build cannot go on safely; `why` says what was found instead of what was expected.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stop {
    pub step: String,
    pub why: String,
}

impl Stop {
    pub fn new(step: &str, why: impl Into<String>) -> Self {
        Self { step: step.to_owned(), why: why.into() }
    }
}

impl fmt::Display for Stop {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "licensing-release: stopped at step “{}”: {}", self.step, self.why)
    }
}

impl std::error::Error for Stop {}

/// Names the step on a failure that does not (a file that could not be read, a tool that failed).
pub trait OrStop<T> {
    fn or_stop(self, step: &str) -> Result<T, Stop>;
}

impl<T, E: fmt::Display> OrStop<T> for Result<T, E> {
    fn or_stop(self, step: &str) -> Result<T, Stop> {
        self.map_err(|error| Stop::new(step, error.to_string()))
    }
}
