//! The public contract in one place: the names FAQ sites and host pages
//! rely on (docs/deep-links.md), that is the link's parameters and the
//! `data-*` attributes the page puts on its screens. Every name here is
//! public: add freely, never rename. The ids a link and the page carry as
//! values (topics and tools, questions, answers, outcomes, verdicts, bases)
//! are public too; each is defined beside its rule and marked there as
//! public (`Topic::id`, `Question::id`, `OptionDef::id`, `OutcomeDef::id`,
//! `Tool::id`, `Verdict::id`, `Basis::id`). This module depends on
//! nothing, so the decoder and the rules alike can name what they write.

/// The version of this contract, semantic: a removed or renamed name or id
/// is a major change, an added one a minor change (CHANGELOG.md says which).
pub const VERSION: &str = "1.5.0";

/// Declares public names as constants, the list of them all (which the
/// contract test holds against the docs), and each by its constant's name
/// (which the build uses to fill the names into the page's scripts, where
/// they are written `NAMES.<module>.<CONSTANT>`: crates/release/src/names.rs).
macro_rules! public_names {
    ($( $(#[$doc:meta])* $name:ident = $value:literal, )+) => {
        $( $(#[$doc])* pub const $name: &str = $value; )+
        /// Every name above.
        pub const ALL: &[&str] = &[$($value),+];
        /// Every name above, by its constant's name.
        pub const NAMED: &[(&str, &str)] = &[$((stringify!($name), $value)),+];
    };
}

/// The link's parameters besides the answers (which are named by the
/// questions' ids).
pub mod param {
    public_names! {
        /// The topic or tool a link opens.
        TOPIC = "topic",
        /// The day dates are worked out from, instead of today.
        AS_OF = "as-of",
        /// `tree`: how the topic is decided.
        VIEW = "view",
        /// `1`: the compact layout for frames.
        EMBED = "embed",
        /// The origin an embedded page tells its height to.
        EMBED_ORIGIN = "embed-origin",
        /// `transparent`: a see-through page background.
        EMBED_BACKGROUND = "embed-background",
        /// `1`: an embedded page keeps and lists the reader's checks (its
        /// host lets it: "Your checks" lists every topic checked).
        EMBED_CHECKS = "embed-checks",
        /// Never read from a link: a key is kept out of addresses.
        PRODUCT_KEY = "product-key",
    }
}

/// The app's own pages that `topic=` names besides the rules' topics and
/// tools: nothing the FAQ says, so no tool of the rules.
pub mod page {
    public_names! {
        /// "Your checks": every result this browser reached.
        CHECKS = "checks",
    }
}

/// The look of an embedded page (docs/embedding.md): in the link's fragment
/// (`#accent=%23ffe600&scheme=dark`), never its query, so the rules never
/// see them; web/embed.js applies them, with contrast kept (crates/look).
pub mod look {
    public_names! {
        /// `light`, `dark`, or `auto` (the reader's setting).
        SCHEME = "scheme",
        /// Buttons, links and focus: a colour, `#rrggbb` or `#rgb`.
        ACCENT = "accent",
        /// The page's background: a colour.
        BACKGROUND = "background",
        /// The text: a colour.
        TEXT = "text",
        /// A font family list the reader's system may have.
        FONT = "font",
        /// Corners: 0 to 24 (CSS pixels).
        RADIUS = "radius",
    }
}

/// Everything the contract puts on a result's element, in this order: the
/// topic, the verdict, the outcomes (space-separated), then the topic's own
/// attributes (`data-consumes`, `data-upgrade-deadline`, …). Composed here,
/// from the ids the rules give, so the page and the JavaScript module put
/// the same names in the same order.
pub fn result_attributes(
    topic: &str,
    verdict: &str,
    outcomes: String,
    own: Vec<(&'static str, String)>,
) -> Vec<(&'static str, String)> {
    let mut all =
        vec![(attr::TOPIC, topic.to_owned()), (attr::VERDICT, verdict.to_owned()), (attr::OUTCOME, outcomes)];
    all.extend(own);
    all
}

/// The `data-*` attributes of the page's screens.
pub mod attr {
    public_names! {
        /// The topic id, on a result and on a question screen.
        TOPIC = "data-topic",
        /// The verdict's id, on a result and on a decision tree's outcomes.
        VERDICT = "data-verdict",
        /// The outcome ids of a result, space-separated; an outcome's on a tree.
        OUTCOME = "data-outcome",
        /// The question asked on a question screen (and on a tree's questions).
        QUESTION = "data-question",
        /// On each topic link of the start page.
        TOPIC_LINK = "data-topic-link",
        /// On each row of "Your answers": the question it answers.
        ANSWER = "data-answer",
        /// On a tool's page: its id.
        PAGE = "data-page",
        /// On a decision tree: its topic.
        TREE = "data-tree",
        /// On each outcome of a result that names several.
        BRANCH = "data-branch",
        /// On each statement: what it rests on.
        BASIS = "data-basis",
        /// On the key check's result: `valid` or `invalid`.
        KEY_FORMAT = "data-key-format",
        /// On each of the activation planner's buttons that add an install.
        EVENT = "data-event",
        /// On the activation planner's totals: `action-pack` or `competency`.
        TOTAL = "data-total",
        /// Activation: whether the activation uses one up.
        CONSUMES = "data-consumes",
        /// Downgrade: the last day to upgrade.
        UPGRADE_DEADLINE = "data-upgrade-deadline",
        /// Downgrade: `open` or `closed`.
        UPGRADE_WINDOW = "data-upgrade-window",
        /// Cloud tokens: the last day of the use rights.
        USE_RIGHTS_END = "data-use-rights-end",
        /// On each next step that says how to find a resource the FAQ names
        /// outside this app (the Regional Service Center, …): its id
        /// (`crate::resources`).
        RESOURCE = "data-resource",
    }
}

/// The messages a framed app posts to its host page (web/embed.js), which
/// `<licensing-check>` dispatches as DOM events of the same names
/// (docs/embedding.md, "Events").
pub mod message {
    public_names! {
        /// The app has started (`version`: its build).
        READY = "licensing-check:ready",
        /// The start screen shows.
        START = "licensing-check:start",
        /// A question shows (`topic`, `question`).
        QUESTION = "licensing-check:question",
        /// A result shows (`topic`, `verdict`, `outcome`).
        RESULT = "licensing-check:result",
        /// The height of what the frame shows, for the host to size it.
        HEIGHT = "licensing-check:height",
        /// Mistakes in the host's setup (`notices`), for its developer.
        NOTICE = "licensing-check:notice",
        /// The app cannot start (`reason`, `message`).
        CANNOT_START = "licensing-check:cannot-start",
    }
}

/// Why the app cannot start, as `licensing-check:cannot-start` says it
/// (`reason`).
pub mod cannot_start {
    public_names! {
        /// Part of it did not download.
        DOWNLOAD = "download",
        /// The reader's browser runs no WebAssembly.
        NO_WEBASSEMBLY = "no-webassembly",
        /// A sandbox (the element's `sandbox`, or the frame's) lacks what the
        /// app needs.
        SANDBOX = "sandbox",
        /// Its page loaded but the app said nothing for 20 seconds.
        SILENT = "silent",
    }
}

/// What a notice is about (`licensing-check:notice`'s `details`, each
/// `{ code, severity, message }`): the part of the host's setup that could
/// not be used.
pub mod notice {
    public_names! {
        /// Part of the link (a query parameter, an element's attribute) that
        /// the app could not use.
        LINK = "link",
        /// A look option or value that could not be used.
        LOOK = "look",
        /// A look colour moved to the nearest that keeps its contrast.
        LOOK_ADJUSTED = "look-adjusted",
        /// The look's module did not load, or came as another type than
        /// `application/wasm`.
        LOOK_MODULE = "look-module",
        /// A resource's address (`link-<resource id>`) that is not an
        /// `http:` or `https:` address.
        RESOURCE_LINK = "resource-link",
        /// `embed-origin` names another origin than the page framing the app.
        EMBED_ORIGIN = "embed-origin",
        /// The element's `app`: missing where the element cannot tell the
        /// app's address, not a web address, or a host name without its scheme.
        APP = "app",
    }
}

/// How much a notice matters (`severity`).
pub mod severity {
    public_names! {
        /// Done differently from what was asked, and said: nothing to fix.
        INFO = "info",
        /// Ignored: the check works without it.
        WARNING = "warning",
        /// The check cannot start, or cannot tell the host page anything.
        ERROR = "error",
    }
}

/// The host element, `<licensing-check>` (web/licensing-check.js,
/// docs/embedding.md): its tag name and its own attributes. Its look options
/// are [`look`]'s names, and the rest of its attributes spell the link
/// ([`param`] and the questions' ids).
pub mod element {
    public_names! {
        /// The element's tag name.
        NAME = "licensing-check",
        /// The app's address (else the folder the script came from).
        APP = "app",
        /// `look="host"`: the host page's own look.
        LOOK = "look",
        /// The value of `look` that takes the host page's look.
        LOOK_HOST = "host",
        /// The frame's title.
        TITLE = "title",
        /// `background="transparent"` (and the link's `embed-background`
        /// value): the frame shows the host page through.
        TRANSPARENT = "transparent",
        /// `checks`: the frame keeps and lists the reader's checks (the
        /// link's `embed-checks=1`).
        CHECKS = "checks",
    }
}
