//! One home for every name the page's scripts share with Rust: the scripts in `web/` write a
//! shared name as `NAMES.<group>.<CONSTANT>` and the build fills in its value from Rust, so no
//! script retypes one. The groups are the public contract's modules
//! (`licensing_rules::contract`), the verdicts' ids and the page's private names
//! (`licensing_check::ui::names`). A reference to a name that is not in the home stops the
//! build, naming the script and the reference: a name renamed in Rust fails the build, not the
//! page. (tests/shared_names.rs also holds the scripts to using no shared name by value.)

use crate::json::Json;
use crate::stop::Stop;
use licensing_rules::contract;

/// How a script refers to a shared name.
pub const PREFIX: &str = "NAMES.";

/// Every shared name: (`group.CONSTANT`, value).
pub fn home() -> Vec<(String, &'static str)> {
    let groups: [(&str, &[(&str, &'static str)]); 10] = [
        ("param", contract::param::NAMED),
        ("look", contract::look::NAMED),
        ("attr", contract::attr::NAMED),
        ("message", contract::message::NAMED),
        ("cannotStart", contract::cannot_start::NAMED),
        ("notice", contract::notice::NAMED),
        ("severity", contract::severity::NAMED),
        ("element", contract::element::NAMED),
        ("page", licensing_check::ui::names::NAMED),
        ("verdict", &[]),
    ];
    let mut all = Vec::new();
    for (group, names) in groups {
        for (constant, value) in names {
            all.push((format!("{group}.{constant}"), *value));
        }
    }
    for verdict in licensing_rules::model::Verdict::ALL {
        all.push((format!("verdict.{}", verdict.id().to_uppercase().replace('-', "_")), verdict.id()));
    }
    all
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '.'
}

/// `script` with each `NAMES.<group>.<CONSTANT>` replaced by its value as a string literal.
pub fn fill(script: &str, home: &[(String, &str)], step: &str) -> Result<String, Stop> {
    let mut out = String::with_capacity(script.len());
    let mut rest = script;
    while let Some(at) = rest.find(PREFIX) {
        let start = at + PREFIX.len();
        if rest[..at].ends_with(|c: char| c.is_alphanumeric() || c == '_' || c == '$' || c == '.') {
            // Part of another name (`MY_NAMES.x`): not a reference.
            out.push_str(&rest[..start]);
            rest = &rest[start..];
            continue;
        }
        let len = rest[start..].find(|c: char| !is_name_char(c)).unwrap_or(rest.len() - start);
        let reference = rest[start..start + len].trim_end_matches('.');
        let Some((_, value)) = home.iter().find(|(name, _)| name == reference) else {
            return Err(Stop::new(
                step,
                format!(
                    "{PREFIX}{reference} is not a shared name (crates/rules/src/contract.rs, src/ui/names.rs; \
                     crates/release/src/names.rs lists the groups)"
                ),
            ));
        };
        out.push_str(&rest[..at]);
        out.push_str(&Json::str(*value).inline());
        rest = &rest[start + reference.len()..];
    }
    out.push_str(rest);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_becomes_its_value_and_an_unknown_one_stops_the_build() {
        let home = home();
        let filled =
            fill("send({ type: NAMES.message.READY }); x[NAMES.verdict.NOT_ELIGIBLE]", &home, "s").unwrap();
        assert_eq!(filled, r#"send({ type: "licensing-check:ready" }); x["not-eligible"]"#);
        assert_eq!(fill("MY_NAMES.x.Y", &home, "s").unwrap(), "MY_NAMES.x.Y", "another name");
        assert_eq!(fill("window.NAMES.x.Y", &home, "s").unwrap(), "window.NAMES.x.Y", "another object's");
        assert_eq!(fill("$NAMES.x.Y", &home, "s").unwrap(), "$NAMES.x.Y", "another name");
        assert_eq!(
            fill("x = NAMES.page.DEEP_LINK", &home, "s").unwrap(),
            r#"x = "deep-link""#,
            "at the very end"
        );
        let stop = fill("NAMES.message.REDY;", &home, "fill (embed.js)").unwrap_err();
        assert_eq!(stop.step, "fill (embed.js)");
        assert!(stop.why.contains("NAMES.message.REDY is not a shared name"), "{stop}");
    }

    #[test]
    fn every_name_is_in_the_home_once() {
        let home = home();
        for (i, (name, _)) in home.iter().enumerate() {
            assert!(!home[..i].iter().any(|(other, _)| other == name), "{name} twice");
        }
        assert!(home.iter().any(|(name, value)| name == "page.PRERENDERED" && *value == "prerendered"));
    }
}
