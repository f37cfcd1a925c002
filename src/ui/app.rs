use leptos::prelude::*;

use super::markup::{el, render};
use super::nav::Nav;
use super::page_screen::PageScreen;
use super::question_page::QuestionPage;
use super::result_page::ResultPage;
use super::start_page::StartPage;
use super::tree_page::TreePage;
use crate::rules::date::Date;
use crate::rules::faq::{FAQ_REVISION, FAQ_TITLE};
use crate::rules::Step;
use crate::state::Screen;

/// Today's local date, as the browser knows it.
fn today() -> Date {
    let now = js_sys::Date::new_0();
    let (year, month, day) = (now.get_full_year(), now.get_month() + 1, now.get_date());
    Date::new(year as i32, month as u8, day as u8).unwrap_or(Date::UNIX_EPOCH)
}

#[component]
pub fn App() -> impl IntoView {
    let nav = Nav::from_page(today());
    provide_context(nav);
    let handle = window_event_listener(leptos::ev::popstate, move |_| nav.follow_browser());
    on_cleanup(move || handle.remove());

    let embed = move || nav.location.with(|l| l.embed);
    let screen = move || {
        let location = nav.location.get();
        match (&location.screen, location.evaluate(nav.today)) {
            (Screen::Page(page), _) => view! { <PageScreen page=*page/> }.into_any(),
            (Screen::Tree(topic), _) => view! { <TreePage topic=*topic/> }.into_any(),
            (_, None) => view! { <StartPage/> }.into_any(),
            (_, Some((topic, evaluation))) => match evaluation.step {
                Step::Ask(question) => {
                    view! { <QuestionPage topic question path=evaluation.path/> }.into_any()
                }
                Step::Done(outcome) => view! { <ResultPage topic outcome path=evaluation.path/> }.into_any(),
            },
        }
    };
    // Home keeps the page settings (as-of, embed) and every saved answer.
    let home = move || {
        let to = nav.location.with(|l| l.with_screen(Screen::Start));
        render(el("a").class("site-title").text("Partner licensing check").to(to))
    };

    view! {
        <div class="page" class:embed=embed>
            <Show when=move || !embed()>
                <header class="site-header">
                    {home}
                </header>
            </Show>
            <main id="main" class="main">
                <Notices/>
                {screen}
            </main>
            // Embedded, the host page is the frame; one line keeps the disclaimer.
            <footer class="site-footer">
                <Show
                    when=move || !embed()
                    fallback=|| view! { <p>"An independent aid, not legal advice; your license agreements decide."</p> }
                >
                    <p>
                        "An independent aid based on the " {FAQ_TITLE} " (revision " {FAQ_REVISION}
                        "). It is not legal advice and is not affiliated with or endorsed by Microsoft; "
                        "your license agreements decide."
                    </p>
                </Show>
            </footer>
        </div>
    }
}

/// What the link asked for that could not be used, and news about saving.
#[component]
fn Notices() -> impl IntoView {
    let nav = super::nav::use_nav();
    move || {
        let notices = nav.notices.get();
        (!notices.is_empty()).then(|| {
            view! {
                <div class="notice" role="status" id="notices">
                    <h2 class="notice__title">"Please note"</h2>
                    <ul>
                        {notices.into_iter().map(|n| view! { <li>{n}</li> }).collect_view()}
                    </ul>
                </div>
            }
        })
    }
}
