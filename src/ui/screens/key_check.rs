//! The product key and token check: is what was typed written as a key or
//! token is? The key is a secret, so it stays in this screen.

use licensing_rules::contract::attr;
use licensing_rules::model::{News, Tool};
use licensing_rules::tools::key_check;

use crate::ui::markup::{dynamic, el, Markup};
use crate::ui::parts::common::{labelled, news_class, statement, tool_screen};
use crate::ui::screen_state::Local;

/// Checks a key's format as it is typed. There is no form, so nothing is
/// submitted, and the text is kept nowhere (only its format, in this
/// screen's own state): never in the URL, history or storage.
pub fn key_check(tool: &'static Tool) -> Markup {
    let format = Local::new(None::<key_check::KeyFormat>);
    let shown = format.clone();
    let result = dynamic(move || {
        shown
            .get()
            .map(|f| {
                let (class, verdict) = match f {
                    key_check::KeyFormat::Valid => (news_class(News::Good), "Format is valid"),
                    key_check::KeyFormat::Invalid(_) => (news_class(News::Bad), "Format is not valid"),
                };
                el("div")
                    .attr("id", "result")
                    .class("key-result")
                    .attr(attr::TOPIC, "keys")
                    .attr(attr::KEY_FORMAT, f.id())
                    .child(el("p").class(class).text(verdict))
                    .child(labelled(el("p"), key_check::EXPLANATION_BASIS).text(f.explain()))
            })
            .into()
    });
    let body = Markup::List(vec![
        el("div")
            .class("field")
            .child(el("label").class("field__label").attr("for", "product-key").text("Product key or token"))
            .child(
                el("div")
                    .class("hint")
                    .attr("id", "product-key-hint")
                    .children(key_check::FIELD_NOTES.iter().map(|s| statement("p", s).into())),
            )
            .child(
                el("input")
                    .class("input input--key")
                    .attr("id", "product-key")
                    .attr("name", "product-key")
                    .attr("type", "text")
                    .attr("autocomplete", "off")
                    .attr("autocapitalize", "characters")
                    .attr("spellcheck", "false")
                    .attr("maxlength", "200")
                    .attr("aria-describedby", "product-key-hint")
                    .on_input(move |text| {
                        format.set_if_changed((!text.trim().is_empty()).then(|| key_check::check(&text)));
                    }),
            )
            .into(),
        el("div").attr("aria-live", "polite").child(result).into(),
        el("h2").text("Product key or token?").into(),
        el("div").children(key_check::KEY_OR_TOKEN.iter().map(|s| statement("p", s).into())).into(),
    ]);
    tool_screen(tool, body)
}
