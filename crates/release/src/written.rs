//! What the build writes from the rules and the app's own markup, called in process: the text
//! pack, the screens written for links, and the host's options for the resources the FAQ names.

use crate::json::Json;
use crate::steps::Page;
use crate::stop::{OrStop, Stop};
use crate::{digest, edit};
use licensing_check::ui::prerender;
use std::path::Path;

/// The folder of the written results, which web/start.js fetches from on a link naming its
/// answers by choices only.
pub const RESULTS_DIR: &str = licensing_check::ui::names::RESULTS_DIR;

/// Writes the rules' words as `texts-<hash>.txt`, which the app fetches; its name.
pub fn write_text_pack(dist: &Path) -> Result<String, Stop> {
    let step = "write the text pack";
    let pack =
        crate::in_app(step, || licensing_rules::text::pack::write(&licensing_rules::catalog::texts()))?;
    let name = format!("texts-{}.txt", digest::short(pack.as_bytes()));
    for old in crate::files_ending(dist, ".txt", step)? {
        if crate::file_name(&old).starts_with("texts-") {
            std::fs::remove_file(old).or_stop(step)?;
        }
    }
    std::fs::write(dist.join(&name), pack).or_stop(step)?;
    Ok(name)
}

pub fn text_pack(page: &mut Page) -> Result<(), Stop> {
    page.texts_url = format!("{}{}", page.public_url, write_text_pack(&page.dist)?);
    Ok(())
}

/// Writes the result of each link naming its answers by choices only (one file each, named by
/// the link's query; `null` where nothing is written), for each topic what a link with a number
/// or a date shows meanwhile, named by the topic, and each tool's screen, named by the tool.
/// How many of the first.
pub fn write_results(folder: &Path) -> Result<usize, Stop> {
    let step = "write the results for links";
    if folder.exists() {
        std::fs::remove_dir_all(folder).or_stop(step)?;
    }
    std::fs::create_dir_all(folder).or_stop(step)?;
    let mut answered = 0;
    for (stem, screen) in crate::in_app(step, prerender::answered_links)? {
        let json = screen.unwrap_or_else(|| "null".to_owned());
        std::fs::write(folder.join(format!("{stem}.json")), json).or_stop(step)?;
        answered += 1;
    }
    for (topic, json) in crate::in_app(step, prerender::working_out_screens)? {
        std::fs::write(folder.join(format!("{topic}.json")), json).or_stop(step)?;
    }
    for (tool, json) in crate::in_app(step, prerender::tool_screens)? {
        std::fs::write(folder.join(format!("{tool}.json")), json).or_stop(step)?;
    }
    if answered == 0 || !folder.join("kms.json").exists() {
        return Err(Stop::new(step, "no result was written"));
    }
    Ok(answered)
}

pub fn written_results(page: &mut Page) -> Result<(), Stop> {
    let count = write_results(&page.dist.join(RESULTS_DIR))?;
    println!("licensing-release: {RESULTS_DIR}/ holds {count} screens written for links");
    page.results_url = format!("{}{RESULTS_DIR}/", page.public_url);
    let tools = crate::in_app("write the results for links", prerender::tool_screens)?;
    page.tools = tools.into_iter().map(|(id, _)| id.to_owned()).collect();
    Ok(())
}

/// The host's options for the resources the FAQ names: `link-<id>` → its id and name.
pub fn resource_options() -> Json {
    let mut options = Vec::new();
    for resource in licensing_rules::resources::ALL {
        let fields = vec![
            ("id".to_owned(), Json::str(resource.id.as_str())),
            ("name".to_owned(), Json::str(resource.name.as_str())),
        ];
        options.push((resource.host_option(), Json::Object(fields)));
    }
    Json::Object(options)
}

/// Writes the resource options into the two scripts that read them.
pub fn resource_links(page: &mut Page) -> Result<(), Stop> {
    let options = resource_options().inline();
    for name in ["embed.js", "licensing-check.js"] {
        let step = format!("write the resource options ({name})");
        let path = page.dist.join(name);
        let script = std::fs::read_to_string(&path).or_stop(&step)?;
        std::fs::write(&path, edit::replace_once(&script, "'__RESOURCE_LINKS__'", &options, &step)?)
            .or_stop(&step)?;
    }
    Ok(())
}
