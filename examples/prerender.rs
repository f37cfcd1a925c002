//! What the build writes for a visitor to see before the app has loaded
//! (see `src/ui/prerender.rs`), each from the app's own markup:
//!
//! - no argument: the start screen as HTML, for `scripts/build/post_build.py`
//!   to write into the built `index.html`;
//! - `linked`: the screen of each link naming only a topic, as the JSON
//!   object the page's first script builds them from;
//! - `tools`: the ids of the tools whose screens `results` writes, as a JSON
//!   array, for the page's first script to know which links to fetch;
//! - `results <folder>`: the screen of each link naming its answers by
//!   choices only, one JSON file each, named by the link, for the page's
//!   first script to fetch on such a link (`null` where nothing is written);
//!   named by its topic, what a link with a number or a date shows until the
//!   app has worked it out; and, named by the tool, each tool's screen.

use licensing_check::ui::prerender::{
    answered_links, linked_screens_json, start_screen_html, tool_screens, working_out_screens,
};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["linked"] => println!("{}", linked_screens_json()),
        ["tools"] => {
            let ids: Vec<String> = tool_screens().into_iter().map(|(id, _)| format!("\"{id}\"")).collect();
            println!("[{}]", ids.join(","));
        }
        ["results", folder] => write_results(std::path::Path::new(folder)),
        ["resource-links"] => {
            let options: Vec<String> = licensing_rules::resources::ALL
                .iter()
                .map(|r| {
                    format!(
                        r#""{}":{{"id":"{}","name":"{}"}}"#,
                        r.host_option(),
                        r.id.as_str(),
                        r.name.as_str()
                    )
                })
                .collect();
            println!("{{{}}}", options.join(","));
        }
        _ => println!("{}", start_screen_html()),
    }
}

fn write_results(folder: &std::path::Path) {
    std::fs::create_dir_all(folder).expect("a folder for the results");
    for (stem, screen) in answered_links() {
        let json = screen.unwrap_or_else(|| "null".to_owned());
        std::fs::write(folder.join(format!("{stem}.json")), json).expect("a screen written");
    }
    for (topic, json) in working_out_screens() {
        std::fs::write(folder.join(format!("{topic}.json")), json).expect("a screen written");
    }
    for (tool, json) in tool_screens() {
        std::fs::write(folder.join(format!("{tool}.json")), json).expect("a screen written");
    }
}
