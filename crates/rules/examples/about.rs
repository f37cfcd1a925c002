//! Prints what the rules are, as JSON, for the release's version.json
//! (scripts/build/post_build.py): the FAQ revision they follow and the
//! version of the public contract.

fn main() {
    println!(
        "{{\"faqRevision\":\"{}\",\"contract\":\"{}\"}}",
        licensing_rules::faq::FAQ_REVISION,
        licensing_rules::contract::VERSION
    );
}
