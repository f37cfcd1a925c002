//! Trunk's post_build hook (Trunk.toml), and the release steps' other commands:
//!
//! - no argument: finishes the build in `TRUNK_STAGING_DIR` (or the folder given);
//!   `POST_BUILD_CAPTURE=DIR` first copies what Trunk and wasm-bindgen wrote there;
//! - `versions`: checks the files that repeat a pin of scripts/versions.env; `versions --write`
//!   writes them from it;
//! - `fixtures DIR`: the unit tests' fixtures from a capture (docs/upgrading.md);
//! - `wasm-opt-flags`: the flags the release wasm is optimised with (scripts/wasm-costs.sh);
//! - `sizes [--check|--markdown] [DIST]`: the bundle's sizes (scripts/sizes.sh); `--check` fails
//!   when the first visit is over its budget.

use licensing_release::{steps, stop::Stop, tools, versions};
use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = licensing_release::root();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["versions"] => {
            versions::check_repeats(&root).map(|()| println!("every repeat agrees with scripts/versions.env"))
        }
        ["versions", "--write"] => versions::write_repeats(&root).map(|changed| {
            println!(
                "{}",
                if changed.is_empty() { "every repeat already agrees".into() } else { changed.join("\n") }
            )
        }),
        ["fixtures", capture] => licensing_release::write_fixtures(&root, &PathBuf::from(capture))
            .map(|to| println!("fixtures written under {}", to.display())),
        ["sizes", rest @ ..] => sizes(rest),
        ["wasm-opt-flags"] => {
            println!("{}", tools::WASM_OPT_FLAGS.join(" "));
            Ok(())
        }
        [] => finish(&root, std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from)),
        [dist] => finish(&root, Some(PathBuf::from(dist))),
        _ => Err(Stop::new("read the command", format!("unknown arguments {args:?}; see src/main.rs"))),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(stop) => {
            eprintln!("{stop}");
            ExitCode::FAILURE
        }
    }
}

fn finish(root: &std::path::Path, dist: Option<PathBuf>) -> Result<(), Stop> {
    let dist =
        dist.ok_or_else(|| Stop::new("read the command", "no TRUNK_STAGING_DIR and no folder given"))?;
    let release = std::env::var("TRUNK_PROFILE").map_or(true, |profile| profile == "release");
    if let Some(to) = std::env::var_os("POST_BUILD_CAPTURE") {
        licensing_release::capture(&dist, &PathBuf::from(to))?;
    }
    licensing_release::check_versions(root, &dist)?;
    let public_url = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".into());
    let label = licensing_release::build_label(root);
    let mut page = steps::Page::read(root, &dist, release, label, public_url)?;
    // (Set but empty, as an unset CI variable often is: no previous deploy.)
    page.previous = std::env::var_os(licensing_release::releases::PREVIOUS_DEPLOY)
        .filter(|folder| !folder.is_empty())
        .map(PathBuf::from);
    steps::finish(&mut page, steps::STEPS)?;
    Ok(())
}

fn sizes(args: &[&str]) -> Result<(), Stop> {
    use licensing_release::sizes;
    let mode = args.iter().copied().find(|a| a.starts_with("--"));
    let dist = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .map_or_else(|| licensing_release::root().join("dist"), PathBuf::from);
    let measured = sizes::measure(&dist)?;
    if mode == Some("--markdown") {
        print!("{}", sizes::markdown(&measured));
        return Ok(());
    }
    let (report, within) = sizes::report(&measured, mode == Some("--check"));
    print!("{report}");
    if mode == Some("--check") && !within {
        return Err(Stop::new("check the size budget", "the first visit is over its budget"));
    }
    Ok(())
}
