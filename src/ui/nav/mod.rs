//! Moving between screens: the URL is the state (the deep-link contract), so
//! every move is a history entry and Back/Forward replay it. Answers given
//! along the way are remembered per topic (and saved, where the browser
//! allows) to preselect them when their question comes up again.

use crate::ui::reactive::*;
use wasm_bindgen::JsValue;

use licensing_rules::date::Date;
use licensing_rules::model::{Answers, Question, Topic, Value};
use licensing_rules::state::{decode, encode, Location, Saved, Screen};

use super::markup::{focus_after_render, Element};
use super::storage::{self, Loaded};

/// The id of each screen's main heading, which takes focus after a move so
/// screen readers announce the new screen.
pub const HEADING_ID: &str = "page-heading";

const CANNOT_SAVE: &str = "Your answers cannot be saved in this browser (its storage is turned off, full, \
     or blocked, as it often is for a page embedded in another site). \
     The page works as usual, but will not remember your answers after you close it.";

#[derive(Clone, Copy)]
pub struct Nav {
    pub location: RwSignal<Location>,
    /// Whether the page is embedded (`embed=1`): follows `location`, but
    /// changes only when that setting does, so the frame is not rebuilt on
    /// every move.
    pub embed: RwSignal<bool>,
    /// What the last link asked for that could not be used, and other news.
    pub notices: RwSignal<Vec<String>>,
    /// Where the user got to in each topic: the answers in the URL when they
    /// last were there. Kept in storage, to resume from the start page.
    pub saved: RwSignal<Saved>,
    /// Every answer given per topic, including ones the URL no longer holds
    /// (after Back, or a changed answer): preselected when their question
    /// comes up again, and restored after a Change. Seeded from `saved`.
    remembered: RwSignal<Saved>,
    /// Whether the user has been told that saving does not work here.
    told_cannot_save: RwSignal<bool>,
    /// The user came to this question by a Change link: answering it keeps
    /// the later answers that still apply.
    changing: RwSignal<bool>,
    /// Notified when the day may have changed under the shown screen
    /// (`super::clock`): what reads it draws itself again.
    pub day: Trigger,
    /// Whether the words of the rules' texts are here (`super::texts`), and
    /// whether fetching them failed.
    pub texts_ready: RwSignal<bool>,
    pub texts_failed: RwSignal<bool>,
}

impl Nav {
    /// Reads the page's own URL and the saved answers; puts the cleaned-up
    /// URL back in the address bar. A link's answers win over saved ones.
    pub fn from_page() -> Nav {
        let decoded = decode(&current_query());
        let mut notices: Vec<String> = decoded.ignored.iter().map(|i| i.message()).collect();
        let saved = match storage::load() {
            Loaded::Saved(saved) => saved,
            Loaded::Discarded(problem) => {
                notices.push(problem.message().to_owned());
                Saved::default()
            }
            Loaded::Nothing | Loaded::Unavailable => Saved::default(),
        };
        let nav = Nav::new(notices, saved);
        let canonical = nav.settle(decoded.location);
        let href = nav.href(&canonical);
        // Most links arrive clean; replacing the URL costs the first screen time.
        if href != current_address() {
            replace_url(&href);
        }
        nav.show(canonical);
        nav
    }

    /// On the start screen, with nothing saved and no page to read: what
    /// every visitor sees first (the start screen written into index.html
    /// at build time, `super::prerender`).
    pub fn at_start() -> Nav {
        Nav::new(Vec::new(), Saved::default())
    }

    fn new(notices: Vec<String>, saved: Saved) -> Nav {
        Nav {
            location: RwSignal::new(Location::default()),
            embed: RwSignal::new(false),
            notices: RwSignal::new(notices),
            remembered: RwSignal::new(saved.clone()),
            saved: RwSignal::new(saved),
            told_cannot_save: RwSignal::new(false),
            changing: RwSignal::new(false),
            day: Trigger::new(),
            texts_ready: RwSignal::new(super::texts::ready()),
            texts_failed: RwSignal::new(false),
        }
    }

    /// Browser Back/Forward: the URL has already changed; follow it.
    pub fn follow_browser(&self) {
        self.changing.set(false);
        let decoded = decode(&current_query());
        self.notices.set(decoded.ignored.iter().map(|i| i.message()).collect());
        let canonical = self.settle(decoded.location);
        self.show(canonical);
        focus_after_render(HEADING_ID);
    }

    pub fn go(&self, to: Location) {
        self.changing.set(false);
        self.notices.set(Vec::new());
        let canonical = self.settle(to);
        push_url(&self.href(&canonical));
        self.show(canonical);
        focus_after_render(HEADING_ID);
    }

    fn show(&self, location: Location) {
        // Only a real change: the frame, which reads it, is rebuilt for it.
        if self.embed.get_untracked() != location.embed {
            self.embed.set(location.embed);
        }
        self.location.set(location);
    }

    /// A click on a link to `to`: a plain click moves in place (a Change link
    /// through [`Nav::go_change`]); modified clicks are left to the browser
    /// (new tab, new window).
    fn follow(&self, ev: &web_sys::MouseEvent, to: &Location, change: bool) {
        if plain_click(ev) {
            ev.prevent_default();
            if change {
                self.go_change(to.clone());
            } else {
                self.go(to.clone());
            }
        }
    }

    /// Goes to a question to change its answer (a Change link).
    pub fn go_change(&self, to: Location) {
        self.go(to);
        self.changing.set(true);
    }

    /// Records an answer to `question`, given the answers before it, and moves
    /// on. After a Change link, the later answers given before come back too;
    /// those that no longer apply are pruned by `settle`.
    pub fn answer(&self, topic: &'static Topic, before: &Answers, question: &'static Question, value: Value) {
        let mut answers = before.clone();
        answers.set(question, value);
        if self.changing.get_untracked() {
            if let Some(later) = self.remembered.with_untracked(|all| all.get(topic).cloned()) {
                for (q, v) in later.iter() {
                    if answers.get(q).is_none() {
                        answers.set(q, v);
                    }
                }
            }
        }
        let to = self.location.with_untracked(|l| l.with_screen(Screen::Topic { topic, answers }));
        self.go(to);
    }

    /// Prunes answers that do not matter; remembers every answer given and
    /// saves where the user is. Opening a topic afresh does not erase the
    /// progress saved for it: only Start again and Clear do.
    fn settle(&self, to: Location) -> Location {
        let (canonical, dropped) = to.canonical(day_or_stand_in(&to));
        if let Some((topic, kept)) = canonical.topic() {
            self.remembered.update(|all| {
                all.remember(topic, &dropped);
                all.remember(topic, kept);
            });
            if !kept.is_empty() {
                self.saved.update(|saved| saved.set(topic, kept.clone()));
                self.persist();
            }
        }
        canonical
    }

    fn persist(&self) {
        let stored = self.saved.with_untracked(storage::store);
        if !stored && !self.told_cannot_save.get_untracked() {
            self.told_cannot_save.set(true);
            self.notices.update(|n| n.push(CANNOT_SAVE.to_owned()));
        }
    }

    /// The answer to preselect for a question: the one given before, if any.
    pub fn prefill(&self, topic: &'static Topic, question: &Question) -> Option<Value> {
        self.remembered.with_untracked(|all| all.get(topic).and_then(|a| a.get(question)))
    }

    /// Forgets the current topic's answers and goes back to the topics.
    pub fn start_again(&self) {
        if let Some((topic, _)) = self.location.with_untracked(|l| l.topic().map(|(t, a)| (t, a.clone()))) {
            self.remembered.update(|all| all.set(topic, Answers::default()));
            self.saved.update(|saved| saved.set(topic, Answers::default()));
            self.persist();
        }
        let to = self.location.with_untracked(|l| l.with_screen(Screen::Start));
        self.go(to);
    }

    /// Fetches the rules' words if they are not here (again, after a
    /// failure); the screen waiting for them is drawn when they come.
    pub fn load_texts(&self) {
        let nav = *self;
        if nav.texts_failed.get_untracked() {
            nav.texts_failed.set(false);
        }
        super::texts::load(move |ok| {
            nav.texts_ready.set(ok);
            nav.texts_failed.set(!ok);
        });
    }

    /// Forgets every saved answer, here and in storage.
    pub fn clear_saved(&self) {
        self.remembered.set(Saved::default());
        self.saved.set(Saved::default());
        self.persist();
        self.notices.set(vec!["Your saved answers have been cleared.".to_owned()]);
    }

    /// A link to a location that keeps the page's path (for hosting under a sub-path).
    pub fn href(&self, to: &Location) -> String {
        let query = encode(to);
        if query.is_empty() {
            page_path()
        } else {
            query
        }
    }
}

/// The page's own path, without a query: a link to the start screen.
#[cfg(target_arch = "wasm32")]
fn page_path() -> String {
    window().location().pathname().unwrap_or_else(|_| "/".to_owned())
}

/// Outside a browser (the start screen written at build time) the path is not
/// known yet; an empty query stays on whatever path the page is served from.
#[cfg(not(target_arch = "wasm32"))]
fn page_path() -> String {
    "?".to_owned()
}

/// The whole address of `location` to share: this page's origin and path,
/// and the location's link without the frame's embedding settings.
#[cfg(target_arch = "wasm32")]
pub fn shareable_url(location: &Location) -> String {
    let origin = window().location().origin().unwrap_or_default();
    format!("{origin}{}{}", page_path(), encode(&location.shared()))
}

/// Outside a browser (screens written as HTML by tests) there is no address.
#[cfg(not(target_arch = "wasm32"))]
pub fn shareable_url(_: &Location) -> String {
    String::new()
}

/// The day dates are worked out from at `location`: its `as-of`, else
/// today; `None` when the clock gives no usable date. Read without marking
/// it shown: callers that show something counted from it say so.
pub fn known_day(location: &Location) -> Option<Date> {
    location.as_of.or_else(super::clock::today_unshown)
}

/// [`known_day`], or a stand-in, for work whose result does not depend on
/// the date (which answers matter, how many questions are left: the same on
/// any day). Never shown.
pub fn day_or_stand_in(location: &Location) -> Date {
    known_day(location).unwrap_or(STAND_IN)
}

/// The day undated work counts from when no day is known.
pub const STAND_IN: Date = Date::UNIX_EPOCH;

pub fn use_nav() -> Nav {
    // Provided by `App` before any screen renders.
    use_context::<Nav>()
        .unwrap_or_else(|| unreachable!("the frame provides the Nav before any screen renders"))
}

fn current_query() -> String {
    window().location().search().unwrap_or_default()
}

/// The page's address as [`Nav::href`] writes it: the query, or without
/// one the path.
fn current_address() -> String {
    match current_query() {
        query if query.is_empty() => page_path(),
        query => query,
    }
}

fn push_url(url: &str) {
    if let Ok(history) = window().history() {
        // A failure (for example a sandboxed iframe) only loses the history entry.
        let _ = history.push_state_with_url(&JsValue::NULL, "", Some(url));
    }
}

fn replace_url(url: &str) {
    if let Ok(history) = window().history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(url));
    }
}

/// Links to other screens of the app: `el("a").text("Back").to(location)`.
/// The `href` is the real URL (so a new tab or "copy link" works); a plain
/// click moves in place, without a reload.
pub trait Link {
    fn to(self, to: Location) -> Element;
    /// A Change link: answering the question it leads to keeps the later
    /// answers that still apply.
    fn change_to(self, to: Location) -> Element;
}

impl Link for Element {
    fn to(self, to: Location) -> Element {
        link(self, to, false)
    }

    fn change_to(self, to: Location) -> Element {
        link(self, to, true)
    }
}

fn link(element: Element, to: Location, change: bool) -> Element {
    let nav = use_nav();
    element.attr("href", nav.href(&to)).on_click(move |click| nav.follow(click, &to, change))
}

/// A left click without modifier keys: the one a link should handle in place.
/// Other clicks (new tab, new window) keep the browser's behaviour.
fn plain_click(ev: &web_sys::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}

/// Where Back leads from a topic screen reached by `path`: the last answer
/// undone (answers kept for later questions stay), or the topics when there
/// is none.
pub fn back_from(
    topic: &'static Topic,
    path: &[(&'static Question, Value)],
    later: &[(&'static Question, Value)],
) -> Screen {
    match path.split_last() {
        Some((_, before)) => Screen::Topic { topic, answers: before.iter().chain(later).copied().collect() },
        None => Screen::Start,
    }
}
