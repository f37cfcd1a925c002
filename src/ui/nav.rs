//! Moving between screens: the URL is the state (the deep-link contract), so
//! every move is a history entry and Back/Forward replay it.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue};

use crate::rules::date::Date;
use crate::rules::model::{Answers, Question, Value};
use crate::rules::Topic;
use crate::state::{decode, encode, Location, Screen};

/// The id of each screen's main heading, which takes focus after a move so
/// screen readers announce the new screen.
pub const HEADING_ID: &str = "page-heading";

#[derive(Clone, Copy)]
pub struct Nav {
    pub location: RwSignal<Location>,
    /// What the last link asked for that could not be used, in words.
    pub notices: RwSignal<Vec<String>>,
    /// Answers the user gave that are no longer in the URL (after Back, or a
    /// changed answer), to preselect when their question comes up again.
    remembered: RwSignal<Vec<(&'static Topic, Answers)>>,
    pub today: Date,
}

impl Nav {
    /// Reads the page's own URL; puts the cleaned-up form back in the address bar.
    pub fn from_page(today: Date) -> Nav {
        let decoded = decode(&current_query());
        let nav = Nav {
            location: RwSignal::new(Location::default()),
            notices: RwSignal::new(decoded.ignored.iter().map(|i| i.message()).collect()),
            remembered: RwSignal::new(Vec::new()),
            today,
        };
        let canonical = nav.settle(decoded.location);
        replace_url(&nav.href(&canonical));
        nav.location.set(canonical);
        nav
    }

    /// Browser Back/Forward: the URL has already changed; follow it.
    pub fn follow_browser(&self) {
        let decoded = decode(&current_query());
        let canonical = self.settle(decoded.location);
        self.notices.set(decoded.ignored.iter().map(|i| i.message()).collect());
        self.location.set(canonical);
        focus_heading();
    }

    pub fn go(&self, to: Location) {
        let canonical = self.settle(to);
        push_url(&self.href(&canonical));
        self.notices.set(Vec::new());
        self.location.set(canonical);
        focus_heading();
    }

    /// Prunes answers that do not matter, remembering them and the current ones.
    fn settle(&self, to: Location) -> Location {
        if let Some((topic, answers)) =
            self.location.with_untracked(|l| l.topic().map(|(t, a)| (t, a.clone())))
        {
            self.remember(topic, &answers);
        }
        let (canonical, dropped) = to.canonical(self.today);
        if let Some((topic, _)) = canonical.topic() {
            self.remember(topic, &dropped);
        }
        canonical
    }

    fn remember(&self, topic: &'static Topic, answers: &Answers) {
        self.remembered.update(|all| {
            let slot = match all.iter().position(|(t, _)| *t == topic) {
                Some(i) => i,
                None => {
                    all.push((topic, Answers::default()));
                    all.len() - 1
                }
            };
            if let Some((_, kept)) = all.get_mut(slot) {
                for (q, v) in answers.iter() {
                    kept.set(q, v);
                }
            }
        });
    }

    /// The answer to preselect for a question: the one given before, if any.
    pub fn prefill(&self, topic: &'static Topic, question: &Question) -> Option<Value> {
        self.remembered
            .with_untracked(|all| all.iter().find(|(t, _)| *t == topic).and_then(|(_, a)| a.get(question)))
    }

    pub fn start_again(&self) {
        self.remembered.set(Vec::new());
        let to = self.location.with_untracked(|l| l.with_screen(Screen::Start));
        self.go(to);
    }

    /// A link to a location that keeps the page's path (for hosting under a sub-path).
    pub fn href(&self, to: &Location) -> String {
        let query = encode(to);
        if query.is_empty() {
            window().location().pathname().unwrap_or_else(|_| "/".to_owned())
        } else {
            query
        }
    }
}

pub fn use_nav() -> Nav {
    // Provided by `App` before any screen renders.
    expect_context::<Nav>()
}

fn current_query() -> String {
    window().location().search().unwrap_or_default()
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

/// Moves focus to the new screen's heading once it is on the page.
fn focus_heading() {
    request_animation_frame(|| {
        if let Some(heading) =
            document().get_element_by_id(HEADING_ID).and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
        {
            let _ = heading.focus();
        }
    });
}

/// A left click without modifier keys: the one a link should handle in place.
/// Other clicks (new tab, new window) keep the browser's behaviour.
pub fn plain_click(ev: &leptos::ev::MouseEvent) -> bool {
    ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key())
}
