//! The partner program's own vocabulary, shared by several topics.

use crate::model::choices;

choices! {
    /// How a partner holds its benefits; the FAQ treats the two differently
    /// for license sharing and for product activation.
    pub enum Membership {
        ActionPack = "action-pack" => "An Action Pack subscription";
        Competency = "competency" => "A competency (silver or gold)";
    }
}
