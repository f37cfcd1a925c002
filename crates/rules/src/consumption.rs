//! Which installs use up one of a product key's activations, by membership:
//! the one statement of the rule, which the activation topic and the
//! activation planner both ask (apart from both, so each can link the other).

use crate::membership::Membership;
use crate::model::choices;

choices! {
    pub enum Event {
        NewMachine = "new-machine" => "Installing on a new or different machine";
        SameMachine = "same-machine" => "Installing again on the same machine, no hardware changed";
        HardwareChange = "hardware-change" => "Installing again on the same machine after a hardware change";
        Reimage = "reimage" => "Reimaging the same machine, no hardware changed";
    }
}

/// Whether activating after `event` uses up one of the key's activations.
/// The one statement of the rule; the topic and the planner both ask it.
pub fn consumes(membership: Membership, event: Event) -> bool {
    match membership {
        Membership::ActionPack => matches!(event, Event::NewMachine | Event::HardwareChange),
        Membership::Competency => true,
    }
}
