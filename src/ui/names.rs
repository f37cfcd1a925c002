//! The page's private names: ids, classes, globals, attributes, messages and files that
//! Rust (the app, or the build in crates/release) shares with the scripts in `web/` and the
//! stylesheet, and the scripts with each other. Not public: hosts never see them, so they may
//! change, but only here. The scripts write them `NAMES.page.<CONSTANT>` and the build fills
//! them in (crates/release/src/names.rs), so a name renamed here is renamed there, and one the
//! scripts ask for that is not here stops the build. The stylesheet is plain CSS and spells
//! the classes, ids and custom properties it styles itself (so do the scripts where they
//! name them: `.page`, `.verdict`, `--eligible`): crates/release/tests/shared_names.rs fails
//! when a name here that the stylesheet styles is not in it. The public names are in
//! `licensing_rules::contract`.

macro_rules! page_names {
    ($( $(#[$doc:meta])* $name:ident = $value:literal, )+) => {
        $( $(#[$doc])* pub const $name: &str = $value; )+
        /// Every name above, by its constant's name.
        pub const NAMED: &[(&str, &str)] = &[$((stringify!($name), $value)),+];
    };
}

page_names! {
    /// The id of the element holding the written-in start screen, which the app removes when it
    /// starts (src/ui/prerender.rs, web/start.js).
    PRERENDERED = "prerendered",
    /// The id of the data block of the screens of links naming a topic (web/start.js).
    LINKED_SCREENS = "linked-screens",
    /// The class on `<html>` while a deep link's screen is shown before the app (web/start.js,
    /// style/main.css).
    DEEP_LINK = "deep-link",
    /// The global holding the wasm module web/start.js compiled, which Trunk's start-up script
    /// takes (crates/release/src/page.rs).
    WASM_GLOBAL = "licensingWasm",
    /// The global Trunk's start-up script calls when the app cannot start (web/start.js).
    STOPPED_GLOBAL = "licensingStopped",
    /// The global function of web/start.js that fetches the text pack once (src/ui/texts.rs).
    TEXTS_GLOBAL = "licensingTexts",
    /// The global holding the frame's look as the link gave it, before the app drops it from its
    /// address (web/shell.js, web/embed.js).
    LOOK_GLOBAL = "licensingLook",
    /// In a frame's fragment, beside the look: the origin of the page that framed it, kept by
    /// web/embed.js for the frame's reloads, after which `document.referrer` is its own address.
    FRAMED_BY = "framed-by",
    /// The id of the notice that the app cannot start, with its "Try again" (web/start.js,
    /// web/embed.js).
    CANNOT_START_ID = "cannot-start",
    /// The attribute of `<html>` holding, in a frame, the link's problems for the host page
    /// (src/ui/frame.rs, web/embed.js).
    HOST_NOTICES = "data-host-notices",
    /// The attribute of `<html>` naming the service worker, in release builds (web/shell.js).
    SERVICE_WORKER_ATTR = "data-service-worker",
    /// The message the page sends a waiting service worker to take over (web/shell.js, web/sw.js).
    SKIP_WAITING = "skip-waiting",
    /// The class of the link web/embed.js adds to a resource the host gave an address for.
    RESOURCE_LINK = "resource-link",
    /// The script a frame loads for its host page (web/shell.js).
    EMBED_SCRIPT = "embed.js",
    /// The colour arithmetic of an embed's look (crates/look, web/embed.js).
    LOOK_MODULE = "look.wasm",
    /// The `<meta name>` of the build's label, which the build writes and web/embed.js reads.
    VERSION_META = "version",
    /// The id of a result's section (src/ui/screens/result.rs, web/embed.js).
    RESULT_ID = "result",
    /// The folder of the screens written for links (web/start.js, web/sw.js).
    RESULTS_DIR = "results",
    /// The folder of each release's host-facing files, by version (crates/release/src/releases.rs),
    /// whose element takes the app from the folder above it (web/licensing-check.js).
    RELEASES_DIR = "releases",
}
