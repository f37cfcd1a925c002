//! The screens a first visit does not need: their code is loaded after it
//! (`crate::ui::lazy`).

use licensing_rules::model::ToolKind;
use licensing_rules::visit::{View, Visit};

use crate::ui::markup::Markup;
use crate::ui::screens::activation_planner;
use crate::ui::screens::checks;
use crate::ui::screens::explainer;
use crate::ui::screens::key_check;
use crate::ui::screens::result;
use crate::ui::screens::tree;

/// A result (which also keeps the check it makes), a tool, a decision tree
/// or the checks kept.
pub fn later(visit: &Visit) -> Markup {
    match &visit.view {
        View::Tool(tool) => match tool.kind {
            ToolKind::KeyCheck => key_check::key_check(tool),
            ToolKind::ActivationPlanner => activation_planner::activation_planner(tool),
            ToolKind::Explainer(paragraphs) => explainer::explainer(tool, paragraphs),
        },
        View::Tree { topic, tree } => tree::tree(topic, tree),
        View::Result { .. } => result::drawn(visit),
        View::Checks => checks::checks(kept()),
        View::Start { .. } | View::Question { .. } | View::NeedsDay(_) => Markup::List(Vec::new()),
    }
}

/// The checks this browser kept; none where there is no browser (the
/// screens written at build time and in tests).
fn kept() -> crate::ui::kept::Kept {
    #[cfg(target_arch = "wasm32")]
    return crate::ui::kept::load();
    #[cfg(not(target_arch = "wasm32"))]
    crate::ui::kept::Kept::Checks { checks: Default::default(), last_refused: false }
}
