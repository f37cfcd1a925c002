//! docs/answers.md: everything the app can say, topic by topic and outcome
//! by outcome, each statement with its basis, and the FAQ's points they rest
//! on. For a FAQ site's editor to review the whole app without running it.
//! Written by `cargo run -p licensing-rules --example answers`; a test fails
//! when the file is not what the rules give.

use std::fmt::Write;

use crate::catalog::{statements, TOOLS, TOPICS};
use crate::faq::{self, FaqEntry, POINTS};
use crate::faq_sentences::map::MAP;
use crate::faq_sentences::Role;
use crate::model::{Goto, Input, News, OutcomeDef, Question, Tool, ToolKind, Topic};
use crate::statement::{Basis, Statement};
use crate::tools::{activation_planner, key_check};

/// The whole document.
pub fn answers_markdown() -> String {
    let mut out = String::new();
    let _ = write_document(&mut out);
    out
}

fn write_document(out: &mut String) -> std::fmt::Result {
    writeln!(out, "# Every answer the app gives, and what each sentence rests on")?;
    writeln!(out)?;
    writeln!(
        out,
        "Generated from the rules by `cargo run -p licensing-rules --example answers > docs/answers.md`; \
         `crates/rules/tests/answers_doc.rs` fails when this file is not what the rules give. \
         The FAQ followed is the *{}* (revision `{}`).",
        faq::FAQ_TITLE,
        faq::FAQ_REVISION
    )?;
    writeln!(out)?;
    writeln!(
        out,
        "Each statement is marked with its basis: **FAQ** (the points named say it), **reading** (the \
         project's reading of the points named; the page labels it “Our reading of the FAQ, not its \
         words”), **answers** (worked out from the user's answers by the points named; “From your \
         answers”), **advice** (general advice, not from the FAQ; labelled so on the page) or **tool** \
         (what this tool itself does or means by its own words). On a result, every reason is followed \
         by the points it rests on."
    )?;
    writeln!(out)?;
    write_counts(out)?;
    write_sentence_coverage(out)?;
    writeln!(out, "## The FAQ's points")?;
    writeln!(out)?;
    let mut entry: Option<&FaqEntry> = None;
    for point in POINTS {
        if entry.is_none_or(|e| !std::ptr::eq(e, point.entry)) {
            entry = Some(point.entry);
            writeln!(out, "\n### {}\n", point.entry.citation())?;
        }
        write!(out, "- `{}`: {}", point.id, point.says)?;
        if let Some(why) = point.not_decisive {
            write!(out, " *Decides no verdict: {why}*")?;
        }
        writeln!(out)?;
    }
    writeln!(out)?;
    writeln!(out, "## Topics")?;
    for topic in TOPICS {
        write_topic(out, topic)?;
    }
    writeln!(out)?;
    writeln!(out, "## Tools")?;
    for tool in TOOLS {
        write_tool(out, tool)?;
    }
    Ok(())
}

fn write_counts(out: &mut String) -> std::fmt::Result {
    let all = statements();
    let count = |id: &str| all.iter().filter(|(_, _, s)| s.basis.id() == id).count();
    writeln!(out, "| basis | statements |\n|---|---:|")?;
    for (id, name) in [
        ("faq", "FAQ"),
        ("reading", "reading (labelled)"),
        ("answers", "answers"),
        ("advice", "advice (labelled)"),
        ("tool", "tool"),
    ] {
        writeln!(out, "| {name} | {} |", count(id))?;
    }
    writeln!(out, "| **all** | **{}** |", all.len())?;
    writeln!(
        out,
        "\nFigures worked out from the user's answers (counts against a maximum, the upgrade window, \
         the end of use rights) are sentences made at run time; each names its points with the \
         outcome that shows it below.\n"
    )
}

/// Per part of the FAQ's page: how many sentences, and what each is to the
/// rules (crates/rules/src/faq_sentences/map.rs).
fn write_sentence_coverage(out: &mut String) -> std::fmt::Result {
    writeln!(out, "## The FAQ, sentence by sentence\n")?;
    writeln!(
        out,
        "Every sentence of the FAQ's text (revision `{}`), its introduction, footnotes and the names of \
         linked pages included, is in the map `crates/rules/src/faq_sentences/map.rs` by its part, its \
         position and a fingerprint of its text: the source of points, an entry's question or a \
         section's heading (which citations name), or set aside with the reason it decides nothing. \
         `crates/rules/tests/faq_sentences.rs` holds the map to the text. `cargo run -p licensing-rules \
         --example faq-changes -- --map` prints each sentence beside its line of the map.\n",
        faq::FAQ_REVISION
    )?;
    writeln!(
        out,
        "| part | sentences | question or heading | sources of points | of which only of points deciding no verdict | set aside |\n|---|---:|---:|---:|---:|---:|"
    )?;
    let mut totals = [0usize; 5];
    for part in MAP {
        let count = |f: &dyn Fn(&Role) -> bool| part.sentences.iter().filter(|s| f(&s.role)).count();
        let row = [
            part.sentences.len(),
            count(&|r| *r == Role::Heading),
            count(&|r| matches!(r, Role::Source(_))),
            count(&|r| matches!(r, Role::Source(points) if points.iter().all(|p| p.not_decisive.is_some()))),
            count(&|r| matches!(r, Role::SetAside(_))),
        ];
        for (total, n) in totals.iter_mut().zip(row) {
            *total += n;
        }
        writeln!(
            out,
            "| {} (`{}`) | {} | {} | {} | {} | {} |",
            part.part.described(),
            part.part.id(),
            row[0],
            row[1],
            row[2],
            row[3],
            row[4]
        )?;
    }
    writeln!(
        out,
        "| **all** | **{}** | **{}** | **{}** | **{}** | **{}** |\n",
        totals[0], totals[1], totals[2], totals[3], totals[4]
    )?;
    writeln!(out, "Set aside:\n")?;
    for part in MAP {
        for (i, sentence) in part.sentences.iter().enumerate() {
            if let Role::SetAside(why) = sentence.role {
                writeln!(out, "- `{}`, sentence {}: {why}", part.part.id(), i + 1)?;
            }
        }
    }
    writeln!(out, "\n### When the FAQ changes\n")?;
    writeln!(
        out,
        "1. Save the page's new text (as the seed file is: the page's text, one paragraph a line) and run \
         `cargo run -q -p licensing-rules --example faq-changes -- NEW.txt` (add `--json` for one JSON \
         object: `outcomes`, `changed`, `unread`). Exit status 0: every sentence is as the map has it; \
         1: something changed; 2: the file could not be read as the FAQ. Without a file it reads \
         `LICENSING_FAQ`, or else the FAQ beside the checkout (`../shared/seed/000_<revision>.txt`).\n\
         2. For each changed or removed sentence, the report lists the points that rest on it, the statements \
         that cite them and the outcomes and tool screens that show them; for each added sentence \
         (“unread”), the entry it joins and what is drawn from that entry. Change the points, statements \
         and outcomes the new words call for, or set the sentence aside in the map with its reason.\n\
         3. Give `faq::FAQ_REVISION` the new text's revision (the name its file carries: `000_<revision>.txt`), write the new fingerprints into the map \
         (`--map` on the new text prints them), regenerate this file, and have every changed outcome \
         reviewed against the new text before the release.\n"
    )
}

/// "— FAQ: `a`, `b`" and the like.
fn basis(basis: Basis) -> String {
    let points = basis.points().iter().map(|p| format!("`{}`", p.id)).collect::<Vec<_>>().join(", ");
    match basis {
        Basis::Faq(_) => format!("FAQ: {points}"),
        Basis::Reading(_) => format!("reading of {points}"),
        Basis::Answers(_) => format!("answers, by {points}"),
        Basis::Advice => "advice".to_owned(),
        Basis::ThisApp => "tool".to_owned(),
    }
}

fn statement(s: &Statement) -> String {
    format!("{} — *{}*", s.text, basis(s.basis))
}

fn write_question(out: &mut String, question: &Question) -> std::fmt::Result {
    write!(out, "- `{}`: {}", question.id, question.prompt)?;
    match question.input {
        Input::Date => write!(out, " (a date, YYYY-MM-DD)")?,
        Input::Number => write!(out, " (a whole number)")?,
        Input::Choice(_) => {}
    }
    writeln!(out)?;
    if let Some(hint) = question.hint {
        writeln!(out, "  - hint: {}", statement(&hint))?;
    }
    if let Input::Choice(options) = question.input {
        for option in options {
            write!(out, "  - `{}`: {}", option.id, option.label)?;
            if let Some(hint) = option.hint {
                write!(out, " (hint: {})", statement(&hint))?;
            }
            writeln!(out)?;
        }
    }
    Ok(())
}

fn write_topic(out: &mut String, topic: &Topic) -> std::fmt::Result {
    writeln!(out, "\n### {} (`?topic={}`)\n", topic.title, topic.id)?;
    writeln!(out, "- On the start page: “{}” — {}", topic.asks, statement(&topic.summary))?;
    writeln!(
        out,
        "- The reader's question, which every badge answers in the reader's words: “{}”",
        topic.asks
    )?;
    writeln!(out, "- Every verdict (`data-verdict`) answers: “{}”", topic.verdict_question)?;
    if let Some(scope) = topic.scope {
        writeln!(out, "- Every result adds: {}", statement(&scope))?;
    }
    writeln!(out, "\nQuestions:\n")?;
    for question in topic.questions {
        write_question(out, question)?;
    }
    for outcome in topic.outcomes {
        write_outcome(out, topic, outcome)?;
    }
    Ok(())
}

fn news(news: News) -> &'static str {
    match news {
        News::Good => "good news for the reader",
        News::Bad => "bad news for the reader",
        News::Open => "open: it depends, or neither",
    }
}

fn write_outcome(out: &mut String, topic: &Topic, outcome: &OutcomeDef) -> std::fmt::Result {
    writeln!(out, "\n#### `{}`: {} (`{}`)\n", outcome.id, outcome.verdict.label(), outcome.verdict.id())?;
    writeln!(out, "- Answer on the badge: **{}** ({})", outcome.answer.words, news(outcome.answer.news))?;
    writeln!(out, "- Headline: {}", statement(&outcome.headline))?;
    writeln!(out, "- Why:")?;
    for reason in outcome.reasons {
        writeln!(out, "  - {}", statement(reason))?;
    }
    if let Some(decider) = outcome.decided_by {
        writeln!(out, "- What decides: {}", statement(&decider))?;
    }
    writeln!(out, "- What to do next:")?;
    for step in outcome.next_steps {
        writeln!(out, "  - {}", statement(step))?;
    }
    for resource in crate::resources::ALL.iter().filter(|r| crate::resources::named_by(r, topic, outcome)) {
        writeln!(
            out,
            "  - how to find a resource it names (`data-resource=\"{}\"`): {} — *{}*",
            resource.id,
            resource.find,
            basis(crate::resources::Resource::FIND_BASIS)
        )?;
    }
    for goto in outcome.see_also {
        let (asks, id) = match goto {
            Goto::Topic(topic) => (topic.asks, topic.id),
            Goto::Tool(tool) => (tool.asks, tool.id),
        };
        writeln!(out, "  - a link: “{asks}” (`?topic={id}`)")?;
    }
    writeln!(out, "- Situations a partner may be in that could change it (its limits):")?;
    for situation in outcome.told_apart {
        writeln!(out, "  - {} — *told apart by `{}`*", situation.text, situation.by.id)?;
    }
    for limit in outcome.limits {
        writeln!(out, "  - {} — stated on the result as a limit", statement(limit))?;
    }
    writeln!(out, "- FAQ entry: {}", outcome.faq.citation())?;
    if !outcome.attributes.is_empty() {
        let attributes: Vec<String> =
            outcome.attributes.iter().map(|(k, v)| format!("`{k}=\"{v}\"`")).collect();
        writeln!(out, "- Attributes: {}", attributes.join(", "))?;
    }
    Ok(())
}

fn write_tool(out: &mut String, tool: &Tool) -> std::fmt::Result {
    writeln!(out, "\n### {} (`?topic={}`)\n", tool.title, tool.id)?;
    writeln!(out, "- On the start page: “{}” — {}", tool.asks, statement(&tool.summary))?;
    writeln!(out, "- FAQ entry: {}", tool.faq.citation())?;
    let texts: Vec<Statement> = match tool.kind {
        ToolKind::KeyCheck => {
            writeln!(
                out,
                "- Explains the typed text against the format — *{}*",
                basis(key_check::EXPLANATION_BASIS)
            )?;
            [&key_check::FIELD_NOTES[..], &key_check::KEY_OR_TOKEN[..]].concat()
        }
        ToolKind::ActivationPlanner => {
            write_question(out, &activation_planner::ACTIVATIONS.0)?;
            writeln!(out, "- Counts install by install — *{}*", basis(activation_planner::COUNT_BASIS))?;
            [&[activation_planner::REIMAGE_READING][..], &activation_planner::LAB_COMPUTERS[..]].concat()
        }
        ToolKind::Explainer(paragraphs) => paragraphs.to_vec(),
    };
    for text in texts {
        writeln!(out, "- {}", statement(&text))?;
    }
    Ok(())
}
