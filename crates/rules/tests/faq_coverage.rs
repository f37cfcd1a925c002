//! Every one of the FAQ's entries is answered somewhere in the app: cited by
//! at least one outcome or tool. A failure names the entries left out.

use licensing_rules::catalog::cited_entries;
use licensing_rules::faq;

#[test]
fn every_faq_entry_is_cited_by_an_outcome_or_a_tool() {
    let cited = cited_entries();
    let uncited: Vec<String> = faq::ALL
        .iter()
        .filter(|entry| !cited.contains(entry))
        .map(|entry| format!("{} ({})", entry.id, entry.citation()))
        .collect();
    assert!(uncited.is_empty(), "FAQ entries no outcome or tool cites:\n{}", uncited.join("\n"));
}

#[test]
fn the_faq_has_twelve_entries_in_three_sections_with_unique_ids() {
    assert_eq!(faq::ALL.len(), 12);
    let mut ids: Vec<&str> = faq::ALL.iter().map(|e| e.id).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), 12);
    for section in faq::Section::ALL {
        assert!(faq::ALL.iter().any(|e| e.section == section), "{}", section.title());
    }
}
