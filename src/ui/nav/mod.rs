//! Moving between screens: the URL is the state (the deep-link contract), so
//! every move is a history entry and Back/Forward replay it. Each move is
//! worked out once (`licensing_rules::visit`) and the screen drawn from
//! that. By job, each a room of its own: the moves here ([`Nav`]); the answers
//! remembered and saved ([`memory::Memory`], which the moves tell each
//! visit); the text pack's state ([`text_pack::TextPack`]); and the page's
//! address ([`address`]) and links to other screens ([`links`]). Screens
//! reach each room by itself ([`rooms`]). What the page reads of them is
//! read through their methods: only they change it.

mod address;
pub mod links;
pub mod memory;
pub mod rooms;
pub mod text_pack;

use crate::ui::reactive::*;

use licensing_rules::model::{Answers, Question, Topic, Value};
use licensing_rules::state::{decode, Location, Saved, Screen};
use licensing_rules::visit::Visit;

use super::clock::today;
use super::markup::focus_after_render;
use super::storage::{self, Loaded};
use memory::Memory;

pub use address::shareable_url;

/// The id of each screen's main heading, which takes focus after a move so
/// screen readers announce the new screen.
pub const HEADING_ID: &str = "page-heading";

#[derive(Clone, Copy)]
pub struct Nav {
    /// Where the page is, worked out.
    visit: RwSignal<Visit>,
    /// Whether the page is embedded (`embed=1`): follows the location, but
    /// changes only when that setting does, so the frame is not rebuilt on
    /// every move.
    embed: RwSignal<bool>,
    /// What the last link asked for that could not be used, and other news.
    notices: RwSignal<Vec<String>>,
    /// The user came to this question by a Change link: answering it keeps
    /// the later answers that still apply.
    changing: RwSignal<bool>,
    /// The answers remembered, which each move tells.
    memory: Memory,
}

impl Nav {
    /// Reads the page's own URL and the saved answers; puts the cleaned-up
    /// URL back in the address bar. A link's answers win over saved ones.
    /// Also gives what the link asked for that could not be used when the
    /// page is embedded: the link is then the host page's, and its problems
    /// the host's developer's to fix, not the reader's (web/embed.js tells
    /// the host). Only the first link can have any: every later address is
    /// one the app wrote.
    pub fn from_page() -> (Nav, Vec<String>) {
        let decoded = decode(&address::current_query());
        let mut notices: Vec<String> = decoded.ignored.iter().map(|i| i.message()).collect();
        let for_host = if decoded.location.embed { std::mem::take(&mut notices) } else { Vec::new() };
        let saved = match storage::load() {
            Loaded::Saved(saved) => saved,
            Loaded::Discarded(problem) => {
                notices.push(problem.message().to_owned());
                Saved::default()
            }
            Loaded::Nothing | Loaded::Unavailable => Saved::default(),
        };
        let today = today();
        let visit = Visit::of(decoded.location, today).with_saved(&saved, today);
        let nav = Nav::new(notices, saved, visit.clone());
        nav.memory.remember(&visit);
        let href = address::href(&visit.location);
        // Most links arrive clean; replacing the URL costs the first screen time.
        if href != address::current_address() {
            address::replace_url(&href);
        }
        (nav, for_host)
    }

    /// At `location`, with nothing saved and no page to read: a screen as
    /// the build writes it into index.html (`super::prerender`).
    pub fn written(location: Location) -> Nav {
        Nav::new(Vec::new(), Saved::default(), Visit::of(location, today()))
    }

    fn new(notices: Vec<String>, saved: Saved, visit: Visit) -> Nav {
        let notices = RwSignal::new(notices);
        Nav {
            embed: RwSignal::new(visit.location.embed),
            visit: RwSignal::new(visit),
            notices,
            changing: RwSignal::new(false),
            memory: Memory::new(saved, notices),
        }
    }

    /// The answers remembered, which the moves tell each visit.
    pub(super) fn memory(&self) -> Memory {
        self.memory
    }

    /// Reads where the page is (what reads it is drawn again when it moves).
    pub fn with_visit<R>(&self, read: impl FnOnce(&Visit) -> R) -> R {
        self.visit.with(read)
    }

    /// The page's location, now (in event handlers and as a screen is built).
    pub fn location(&self) -> Location {
        self.visit.with_untracked(|v| v.location.clone())
    }

    /// The page's settings (as-of, embedding) on another screen.
    pub fn at(&self, screen: Screen) -> Location {
        self.visit.with_untracked(|v| v.location.with_screen(screen))
    }

    /// [`Nav::at`], followed: drawn again when the page's settings change.
    pub fn at_tracked(&self, screen: Screen) -> Location {
        self.visit.with(|v| v.location.with_screen(screen))
    }

    /// Whether the page is embedded.
    pub fn embed(&self) -> bool {
        self.embed.get()
    }

    /// What the page has to tell.
    pub fn notices(&self) -> Vec<String> {
        self.notices.get()
    }

    /// Browser Back/Forward: the URL has already changed; follow it.
    pub fn follow_browser(&self) {
        self.changing.set(false);
        let decoded = decode(&address::current_query());
        self.notices.set(decoded.ignored.iter().map(|i| i.message()).collect());
        let visit = self.visit_of(decoded.location);
        self.memory.remember(&visit);
        self.show(visit);
        focus_after_render(HEADING_ID);
    }

    pub fn go(&self, to: Location) {
        self.changing.set(false);
        self.notices.set(Vec::new());
        let visit = self.visit_of(to);
        self.memory.remember(&visit);
        address::push_url(&address::href(&visit.location));
        self.show(visit);
        focus_after_render(HEADING_ID);
    }

    /// The day may have changed under the shown screen (`super::clock`): the
    /// same location, worked out again.
    pub fn day_changed(&self) {
        self.show(self.visit_of(self.location()));
    }

    /// `location` worked out, with today and the answers saved (for the
    /// start page).
    pub(super) fn visit_of(&self, location: Location) -> Visit {
        let today = today();
        self.memory.with_saved(|saved| Visit::of(location, today).with_saved(saved, today))
    }

    fn show(&self, visit: Visit) {
        // Only a real change: the frame, which reads it, is rebuilt for it.
        if self.embed.get_untracked() != visit.location.embed {
            self.embed.set(visit.location.embed);
        }
        self.visit.set(visit);
    }

    /// Goes to a question to change its answer (a Change link).
    pub fn go_change(&self, to: Location) {
        self.go(to);
        self.changing.set(true);
    }

    /// Records an answer to `question`, given the answers before it, and moves
    /// on. After a Change link, the later answers given before come back too;
    /// those that no longer apply are pruned when the move is worked out.
    pub fn answer(&self, topic: &'static Topic, before: &Answers, question: &'static Question, value: Value) {
        let mut answers = before.clone();
        answers.set(question, value);
        if self.changing.get_untracked() {
            self.memory.restore_later(topic, &mut answers);
        }
        self.go(self.at(Screen::Topic { topic, answers }));
    }

    /// Forgets the current topic's answers and goes back to the topics.
    pub fn start_again(&self) {
        if let Some(topic) = self.visit.with_untracked(|v| v.location.topic().map(|(t, _)| t)) {
            self.memory.forget(topic);
        }
        self.go(self.at(Screen::Start));
    }

    /// Forgets every saved answer, here and in storage, and shows the start
    /// page again without them.
    pub fn clear_saved(&self) {
        self.memory.clear();
        self.notices.set(vec!["Your saved answers have been cleared.".to_owned()]);
        self.show(self.visit_of(self.location()));
    }
}
