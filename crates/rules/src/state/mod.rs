//! Outside input ⇄ typed state. Nothing here touches the browser, so the
//! decoder that stands between the world and the rules is tested natively.

pub mod checks;
pub mod location;
pub mod query;
pub mod saved;

pub use checks::{Check, Checks};
pub use location::{EmbedOrigin, Location, Screen};
pub use query::{decode, encode, Decoded, Given, Ignored, InLink, InQuery, InState};
pub use saved::{Saved, SavedProblem};
