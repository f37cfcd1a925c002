use leptos::prelude::*;

use super::nav::{plain_click, use_nav, HEADING_ID};
use crate::rules::faq::Section;
use crate::rules::model::Answers;
use crate::rules::{pages, topics};
use crate::state::{Location, Screen};

/// One line of the start page: a link in the user's words and what it covers.
#[component]
fn TopicLink(id: &'static str, asks: &'static str, summary: &'static str, to: Location) -> impl IntoView {
    let nav = use_nav();
    let href = nav.href(&to);
    view! {
        <li class="topics__item">
            <a class="topics__link" href=href data-topic-link=id on:click=move |ev| {
                if plain_click(&ev) {
                    ev.prevent_default();
                    nav.go(to.clone());
                }
            }>{asks}</a>
            <span class="topics__summary">{summary}</span>
        </li>
    }
}

/// Every topic and page, grouped by the FAQ's sections.
#[component]
pub fn StartPage() -> impl IntoView {
    let nav = use_nav();
    let here = nav.location.get_untracked();
    let sections = Section::ALL
        .into_iter()
        .map(|section| {
            let topic_links = topics::ALL.iter().copied().filter(|t| t.section == section).map(|topic| {
                let to = here.with_screen(Screen::Topic { topic, answers: Answers::default() });
                view! { <TopicLink id=topic.id asks=topic.asks summary=topic.summary to/> }
            });
            let page_links = pages::ALL.iter().copied().filter(|p| p.section == section).map(|page| {
                let to = here.with_screen(Screen::Page(page));
                view! { <TopicLink id=page.id asks=page.asks summary=page.summary to/> }
            });
            view! {
                <section class="topics">
                    <h2 class="topics__section">{section.title()}</h2>
                    <ul class="topics__list">{topic_links.collect_view()} {page_links.collect_view()}</ul>
                </section>
            }
        })
        .collect_view();

    view! {
        <div class="screen screen--start">
            <h1 id=HEADING_ID tabindex="-1">"What do your partner licensing benefits allow?"</h1>
            <p class="lead">
                "Pick a question. A few answers later you get a verdict, the reasons, "
                "the FAQ entry it rests on and what to do next. Everything is worked out "
                "in your browser; nothing you enter is sent anywhere."
            </p>
            {sections}
        </div>
    }
}
