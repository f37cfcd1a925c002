use leptos::prelude::*;

use super::nav::{plain_click, use_nav, HEADING_ID};
use crate::rules::faq::Section;
use crate::rules::model::Answers;
use crate::rules::topics;
use crate::state::Screen;

/// The topics, grouped by the FAQ's sections.
#[component]
pub fn StartPage() -> impl IntoView {
    let nav = use_nav();
    let sections = Section::ALL
        .into_iter()
        .filter_map(|section| {
            let links = topics::ALL
                .iter()
                .copied()
                .filter(|t| t.section == section)
                .map(|topic| {
                    let to = nav.location.with_untracked(|l| {
                        l.with_screen(Screen::Topic { topic, answers: Answers::default() })
                    });
                    let href = nav.href(&to);
                    view! {
                        <li class="topics__item">
                            <a class="topics__link" href=href data-topic-link=topic.id on:click=move |ev| {
                                if plain_click(&ev) {
                                    ev.prevent_default();
                                    nav.go(to.clone());
                                }
                            }>{topic.asks}</a>
                            <span class="topics__title">{topic.title}</span>
                        </li>
                    }
                })
                .collect::<Vec<_>>();
            (!links.is_empty()).then(|| {
                view! {
                    <section class="topics">
                        <h2 class="topics__section">{section.title()}</h2>
                        <ul class="topics__list">{links}</ul>
                    </section>
                }
            })
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
