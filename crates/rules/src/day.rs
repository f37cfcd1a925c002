//! The day dates are worked out from, when this device's clock gives none:
//! the question that asks for it. (Its answer travels in a link as `as-of`,
//! which is the decoder's business; the question is the rules'.)

use crate::model::DateQuestion;
use crate::statement::about_this_app;

/// The date that stands in for today (`as-of`), asked for when the device's
/// clock gives none and a topic works with dates (`visit::View::NeedsDay`).
pub static AS_OF: DateQuestion = DateQuestion::new(
    "as-of",
    "Which day should dates be worked out from?",
    Some(about_this_app(
        "This device's clock gives no date this page can use. Results will say which day they count from.",
    )),
);
