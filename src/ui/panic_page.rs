//! The page's safety net. A panic in WebAssembly kills the app mid-update;
//! instead of a frozen screen the user gets a plain message and a way to
//! reload, and the panic message goes to the console for whoever debugs it.

use wasm_bindgen::JsValue;
use web_sys::{Document, Element};

/// Installs the safety net; called once, before mounting.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("Partner licensing check stopped: {info}")));
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            show_stopped(&body);
        }
    }));
}

/// Replaces everything in `container` with the message. Uses only text nodes:
/// nothing here is parsed as HTML.
pub fn show_stopped(container: &Element) {
    let Some(document) = container.owner_document() else { return };
    while let Some(child) = container.first_child() {
        if container.remove_child(&child).is_err() {
            break;
        }
    }
    let reload_href =
        web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_else(|| "/".to_owned());
    let built = (|| -> Option<Element> {
        let main = element(&document, "main", "")?;
        main.set_class_name("page stopped");
        main.set_attribute("role", "alert").ok()?;
        let heading = element(&document, "h1", "Something went wrong")?;
        let explanation = element(
            &document,
            "p",
            "This page stopped working because of an error in it, not in anything you did. \
             Reloading starts it again; the answers in this page's link are kept.",
        )?;
        let link = element(&document, "a", "Reload the page")?;
        link.set_attribute("href", &reload_href).ok()?;
        link.set_id("reload");
        let paragraph = element(&document, "p", "")?;
        paragraph.append_child(&link).ok()?;
        for part in [&heading, &explanation, &paragraph] {
            main.append_child(part).ok()?;
        }
        Some(main)
    })();
    if let Some(main) = built {
        let _ = container.append_child(&main);
    }
}

fn element(document: &Document, tag: &str, text: &str) -> Option<Element> {
    let el = document.create_element(tag).ok()?;
    if !text.is_empty() {
        el.set_text_content(Some(text));
    }
    Some(el)
}
