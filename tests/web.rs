//! Components in real headless Chromium: a deep link opens the right screen,
//! and answering moves the URL and the screen together.
#![cfg(target_arch = "wasm32")]

use licensing_check::ui::{app, mount, Mounted};
use wasm_bindgen::JsCast;

fn window() -> web_sys::Window {
    web_sys::window().expect("a window")
}

fn document() -> web_sys::Document {
    window().document().expect("a document")
}
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts the app as if the page had been opened at `query`.
async fn open(query: &str) -> Mounted {
    let history = window().history().expect("history");
    history
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("/{query}")))
        .expect("replaceState");
    // Tests share one page: clear what an earlier (perhaps failed) test left.
    let body = document().body().expect("body");
    while let Some(old) = document().query_selector(".test-host").ok().flatten() {
        body.remove_child(&old).expect("remove");
    }
    let host = document().create_element("div").expect("div");
    host.set_class_name("test-host");
    body.append_child(&host).expect("append");
    let handle = mount(&host, app);
    // Let the reactive system render before looking at the DOM.
    any_spawner::Executor::tick().await;
    handle
}

fn result_attr(name: &str) -> Option<String> {
    document().get_element_by_id("result")?.get_attribute(name)
}

fn text_of(selector: &str) -> String {
    document().query_selector(selector).ok().flatten().and_then(|el| el.text_content()).unwrap_or_default()
}

/// Presses the form's submit button (Continue), as a click would.
fn click_continue() {
    let button: web_sys::HtmlElement = document()
        .query_selector("form button[type=submit]")
        .ok()
        .flatten()
        .expect("a submit button")
        .unchecked_into();
    button.click();
}

fn search() -> String {
    window().location().search().unwrap_or_default()
}

#[wasm_bindgen_test]
async fn a_complete_deep_link_opens_on_the_result() {
    let app = open("?topic=upgrade&existing-os=8-pro&install-location=internal").await;
    assert_eq!(result_attr("data-topic").as_deref(), Some("upgrade"));
    assert_eq!(result_attr("data-verdict").as_deref(), Some("eligible"));
    assert!(text_of("#result").contains("Are the Windows client licenses granted"), "cites the FAQ entry");
    drop(app);
}

#[wasm_bindgen_test]
async fn a_downgrade_link_with_dates_carries_the_window() {
    let app = open("?topic=downgrade&license-source=mpn&new-version-date=2024-02-29&as-of=2025-02-28").await;
    assert_eq!(result_attr("data-verdict").as_deref(), Some("not-eligible"));
    assert_eq!(result_attr("data-upgrade-deadline").as_deref(), Some("2025-02-28"));
    assert_eq!(result_attr("data-upgrade-window").as_deref(), Some("open"));
    drop(app);
}

#[wasm_bindgen_test]
async fn a_partial_link_opens_on_the_first_unanswered_question() {
    let app = open("?topic=toolkit&location-role=associated").await;
    assert!(result_attr("data-verdict").is_none());
    assert!(text_of("[data-question='location-competency'] h1").contains("competency of its own"));
    drop(app);
}

#[wasm_bindgen_test]
async fn junk_in_a_link_is_named_and_the_rest_still_works() {
    let app = open("?topic=kms&volume-licensing=%3Cb%3Emaybe%3C%2Fb%3E&colour=blue").await;
    let notices = text_of("#notices");
    assert!(notices.contains("“colour”"), "{notices}");
    assert!(notices.contains("“<b>maybe</b>”"), "shown as text, not markup: {notices}");
    assert!(document().query_selector("#notices b").ok().flatten().is_none());
    assert!(text_of("[data-question='volume-licensing'] h1").contains("KMS key"));
    assert_eq!(search(), "?topic=kms", "the address bar keeps only what was used");
    drop(app);
}

#[wasm_bindgen_test]
async fn answering_updates_the_url_and_the_screen() {
    let app = open("?topic=kms").await;
    let yes: web_sys::HtmlInputElement =
        document().get_element_by_id("volume-licensing-yes").expect("radio").unchecked_into();
    yes.click();
    click_continue();
    any_spawner::Executor::tick().await;
    assert_eq!(search(), "?topic=kms&volume-licensing=yes");
    assert_eq!(result_attr("data-verdict").as_deref(), Some("eligible"));
    drop(app);
}

#[wasm_bindgen_test]
async fn continuing_without_an_answer_says_what_to_do() {
    let app = open("?topic=upgrade").await;
    click_continue();
    any_spawner::Executor::tick().await;
    assert!(text_of(".error-message").contains("Select one of the answers"));
    assert_eq!(search(), "?topic=upgrade", "no answer, no move");
    drop(app);
}

#[wasm_bindgen_test]
fn the_safety_net_shows_a_message_and_a_reload_link() {
    let host = document().create_element("div").expect("div");
    host.set_class_name("test-host");
    host.append_child(&document().create_element("p").expect("p")).expect("append");
    document().body().expect("body").append_child(&host).expect("append");
    licensing_check::ui::panic_page::show_stopped(&host);
    let text = host.text_content().unwrap_or_default();
    assert!(text.contains("Something went wrong"), "{text}");
    let link = host.query_selector("#reload").ok().flatten().expect("reload link");
    assert_eq!(link.get_attribute("href"), window().location().href().ok());
    assert!(host.query_selector("[role=alert]").ok().flatten().is_some());
    assert_eq!(host.child_element_count(), 1, "what was there is gone");
}
