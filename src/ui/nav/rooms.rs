//! The page's three rooms, as the screens reach them: the moves ([`use_nav`]), the answers
//! remembered ([`use_memory`]) and the text pack ([`use_text_pack`]). Handed down together,
//! as one context, not three: each type given as a context costs the first visit its own code
//! (0.5 KB gzip for two more, measured).

use crate::ui::reactive::*;

use super::memory::Memory;
use super::text_pack::TextPack;
use super::Nav;

#[derive(Clone, Copy)]
struct Rooms {
    nav: Nav,
    memory: Memory,
    texts: TextPack,
}

/// Gives the screens drawn under the current owner the page's rooms, `nav`'s.
pub fn provide(nav: Nav) {
    provide_context(Rooms { nav, memory: nav.memory(), texts: TextPack::new() });
}

fn rooms() -> Rooms {
    use_context::<Rooms>()
        .unwrap_or_else(|| unreachable!("the frame provides the rooms before any screen renders"))
}

pub fn use_nav() -> Nav {
    rooms().nav
}

pub fn use_memory() -> Memory {
    rooms().memory
}

pub fn use_text_pack() -> TextPack {
    rooms().texts
}
